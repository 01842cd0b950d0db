# {CutoverSharedStep}
# {CutoverSharedEarly}
$federation = Get-CsTenantFederationConfiguration
if ($federation.SharedSipAddressSpace -eq $false) {
    Write-Host 'SharedSipAddressSpace is already False in the tenant; nothing to change.'
} elseif ($PSCmdlet.ShouldProcess('Tenant federation configuration', 'Set SharedSipAddressSpace to False')) {
