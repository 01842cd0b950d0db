# Every SIP domain must be a verified, enabled SIP domain of the tenant: in a disabled domain
# provisioning of users is blocked (Get-CsOnlineSipDomain.md, -DomainStatus Disabled).
$online = @(Get-CsOnlineSipDomain | ForEach-Object -Process { "$($_.Name)".ToLowerInvariant() })
$disabledOnline = @(Get-CsOnlineSipDomain -DomainStatus Disabled |
    ForEach-Object -Process { "$($_.Name)".ToLowerInvariant() })
$facts.tenant_sip_domains = $online
$missing = @($expectedDomains | Where-Object -FilterScript { $online -notcontains $_.ToLowerInvariant() })
$disabled = @($expectedDomains | Where-Object -FilterScript { $disabledOnline -contains $_.ToLowerInvariant() })
if ($missing.Count -gt 0) {
    $finding = ("Not a SIP domain of the tenant: " + ($missing -join ', '))
    Add-Check -Id 'tenant-domains' -Status 'FAIL' -Found $finding -Todo (
        'Add and verify the domain in the tenant before the window.')
} elseif ($disabled.Count -gt 0) {
    $finding = ("Disabled in the tenant: " + ($disabled -join ', '))
    Add-Check -Id 'tenant-domains' -Status 'FAIL' -Found $finding -Todo (
        'Users of a disabled SIP domain are not provisioned (Get-CsOnlineSipDomain.md): enable the domain ' +
        'before the window.')
} else {
    Add-Check -Id 'tenant-domains' -Status 'PASS' -Found ($online -join ', ') -Todo ''
}
