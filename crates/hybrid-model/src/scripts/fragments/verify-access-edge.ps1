$found = ("AllowOutsideUsers $($edge.AllowOutsideUsers), " +
    "AllowFederatedUsers $($edge.AllowFederatedUsers), " +
    "EnablePartnerDiscovery $($edge.EnablePartnerDiscovery), " +
    "DNS SRV routing $srv")
if ($edge.AllowOutsideUsers -eq $expectedOutsideUsers -and
    $edge.AllowFederatedUsers -eq $expectedFederatedUsers -and
    $edge.EnablePartnerDiscovery -eq $expectedPartnerDiscovery -and $srv) {
    Add-Check -Id 'verify-access-edge' -Status 'PASS' -Found $found -Todo ''
} else {
    Add-Check -Id 'verify-access-edge' -Status 'FAIL' -Found $found -Todo (
        'Run the on-premises change script again and read its output.')
}
