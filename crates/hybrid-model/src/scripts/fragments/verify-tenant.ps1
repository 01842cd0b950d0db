$federation = Get-CsTenantFederationConfiguration
$found = ("SharedSipAddressSpace $($federation.SharedSipAddressSpace), " +
    "AllowFederatedUsers $($federation.AllowFederatedUsers), " +
    "AllowedDomains $($federation.AllowedDomains)")
if ($federation.SharedSipAddressSpace -and $federation.AllowFederatedUsers -and
    (("$($federation.AllowedDomains)" -match 'AllowAllKnownDomains') -eq $expectedOpen)) {
    Add-Check -Id 'verify-tenant' -Status 'PASS' -Found $found -Todo ''
} else {
    Add-Check -Id 'verify-tenant' -Status 'FAIL' -Found $found -Todo (
        'Run the online change script again and read its output.')
}
