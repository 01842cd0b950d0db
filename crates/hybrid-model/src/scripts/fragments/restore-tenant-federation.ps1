$savedFederation = $backup['TenantFederation']
$federation = Get-CsTenantFederationConfiguration
if ([bool]$federation.SharedSipAddressSpace -eq [bool]$savedFederation.SharedSipAddressSpace) {
    Write-Host 'SharedSipAddressSpace already has its saved value; nothing to change.'
} elseif ($PSCmdlet.ShouldProcess('Tenant federation configuration', 'Put back the saved SharedSipAddressSpace')) {
    Set-CsTenantFederationConfiguration -SharedSipAddressSpace ([bool]$savedFederation.SharedSipAddressSpace)
}
