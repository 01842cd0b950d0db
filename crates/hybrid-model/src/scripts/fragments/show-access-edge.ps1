Get-CsAccessEdgeConfiguration |
    Select-Object -Property AllowOutsideUsers, AllowFederatedUsers, EnablePartnerDiscovery
