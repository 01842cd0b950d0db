# {ParityStep}
$federation = Get-CsTenantFederationConfiguration
if (-not $federation.AllowFederatedUsers) {
    Write-Warning '{TenantFederationOff}'
}
# {ParityHow}
$tenantOpen = "$($federation.AllowedDomains)" -match 'AllowAllKnownDomains'
