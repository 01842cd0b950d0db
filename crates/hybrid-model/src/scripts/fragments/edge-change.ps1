if ($srv -and $edge.AllowOutsideUsers -eq $expectedOutsideUsers -and
    $edge.AllowFederatedUsers -eq $expectedFederatedUsers -and
    $edge.EnablePartnerDiscovery -eq $expectedPartnerDiscovery) {
    Write-Host '{EdgeUpToDate}'
} elseif ($PSCmdlet.ShouldProcess('Access Edge configuration', 'Enable federation with DNS SRV routing')) {
