$federation = Get-CsTenantFederationConfiguration
$facts.shared_sip_address_space = [bool]$federation.SharedSipAddressSpace
$facts.tenant_allow_federated_users = [bool]$federation.AllowFederatedUsers
$facts.tenant_open_federation = ("$($federation.AllowedDomains)" -match 'AllowAllKnownDomains')
# Allowed domains are a list only in allow-list mode (AllowedDomains is then an AllowList with
# AllowedDomain entries; open federation shows AllowAllKnownDomains): both lists are read as they
# are, for Hybrid Builder to compare with the on-premises lists (plan-hybrid-connectivity.md).
$allowList = $federation.AllowedDomains
$facts.tenant_allowed_domains = @(
    if ($allowList -and $allowList.PSObject.Properties['AllowedDomain']) {
        $allowList.AllowedDomain | ForEach-Object -Process { "$($_.Domain)" } |
            Where-Object -FilterScript { $_ }
    }
)
$facts.tenant_blocked_domains = @($federation.BlockedDomains | ForEach-Object -Process { "$($_.Domain)" } |
    Where-Object -FilterScript { $_ })
if (-not $federation.AllowFederatedUsers) {
    Add-Check -Id 'tenant-federation' -Status 'FAIL' -Found 'The tenant does not allow federated users.' -Todo (
        'Turn external access on (Set-CsTenantFederationConfiguration -AllowFederatedUsers $true) before the ' +
        'window.')
} else {
    $finding = ("SharedSipAddressSpace $($federation.SharedSipAddressSpace), open federation " +
        "$($facts.tenant_open_federation).")
    Add-Check -Id 'tenant-federation' -Status 'PASS' -Found $finding -Todo ''
}
