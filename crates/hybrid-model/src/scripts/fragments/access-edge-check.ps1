$facts.access_edge = [ordered]@{
    allow_outside_users = [bool]$edge.AllowOutsideUsers
    allow_federated_users = [bool]$edge.AllowFederatedUsers
    enable_partner_discovery = [bool]$edge.EnablePartnerDiscovery
    use_dns_srv_routing = $srv
}
if ($edge.AllowFederatedUsers -and $srv) {
    Add-Check -Id 'access-edge' -Status 'PASS' -Found 'Federated users allowed, DNS SRV routing.' -Todo ''
} elseif (-not $srv) {
    $finding = "Default route: $($edge.PSObject.Properties['DefaultRouteFqdn'].Value)."
    Add-Check -Id 'access-edge' -Status 'WARN' -Found $finding -Todo (
        'The change script switches to DNS SRV routing; federation through the default route ' +
        '(clearing house) stops. Plan it with your federation partners.')
} else {
    Add-Check -Id 'access-edge' -Status 'WARN' -Found 'Federated users are not allowed.' -Todo (
        'The change script allows them (Step 1).')
}
