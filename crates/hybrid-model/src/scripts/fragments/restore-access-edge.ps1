$savedEdge = $backup['AccessEdge']
# UNCONFIRMED: the name of the routing-method property in the output (reference 2.2); it is read only if present,
# and a saved DefaultRouteFqdn without DNS SRV routing means a default route.
$routeFqdn = $savedEdge.PSObject.Properties['DefaultRouteFqdn']
$dnsSrv = $savedEdge.PSObject.Properties['UseDnsSrvRouting']
$routingMethod = $savedEdge.PSObject.Properties['RoutingMethod']
# The routing is read from the type Get-CsAccessEdgeConfiguration returns: DisplayAccessEdgeSettingsDnsSrvRouting or
# DisplayAccessEdgeSettingsDefaultRoute (Get-CsAccessEdgeConfiguration.md).
$savedDnsSrv = ([bool](@($savedEdge.PSObject.TypeNames) -match 'DisplayAccessEdgeSettingsDnsSrvRouting') -or
    ($dnsSrv -and $dnsSrv.Value -eq $true) -or
    ($routingMethod -and "$($routingMethod.Value)" -match 'DnsSrv'))
$useDefaultRoute = $routeFqdn -and "$($routeFqdn.Value)" -and -not $savedDnsSrv
if ($PSCmdlet.ShouldProcess('Access Edge configuration', 'Put back the saved values and routing')) {
    if ($useDefaultRoute) {
        $params = @{
            AllowOutsideUsers = $savedEdge.AllowOutsideUsers
            AllowFederatedUsers = $savedEdge.AllowFederatedUsers
            UseDefaultRouting = $true
            DefaultRouteFqdn = "$($routeFqdn.Value)"
        }
        Set-CsAccessEdgeConfiguration @params
    } else {
        $params = @{
            AllowOutsideUsers = $savedEdge.AllowOutsideUsers
            AllowFederatedUsers = $savedEdge.AllowFederatedUsers
            EnablePartnerDiscovery = $savedEdge.EnablePartnerDiscovery
            UseDnsSrvRouting = $true
        }
        Set-CsAccessEdgeConfiguration @params
    }
}
