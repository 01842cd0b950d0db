$edge = Get-CsAccessEdgeConfiguration
# The routing is read from the type Get-CsAccessEdgeConfiguration returns:
# DisplayAccessEdgeSettingsDnsSrvRouting or DisplayAccessEdgeSettingsDefaultRoute
# (Get-CsAccessEdgeConfiguration.md).
$srv = [bool](@($edge.PSObject.TypeNames) -match 'DisplayAccessEdgeSettingsDnsSrvRouting')
