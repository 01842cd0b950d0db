# {TenantStep}
# {TenantWhy}
$federation = Get-CsTenantFederationConfiguration
if ($federation.SharedSipAddressSpace -eq $true) {
    Write-Host '{TenantUpToDate}'
} elseif ($PSCmdlet.ShouldProcess('Tenant federation configuration', 'Set SharedSipAddressSpace to True')) {
