# The properties Get-PrincipalState saved, read again to compare (principal-state.ps1).
$principalProperties = 'id,appId,accountEnabled,servicePrincipalNames,keyCredentials'
foreach ($saved in @($backup['ServicePrincipals'])) {
    $current = Get-MgServicePrincipal -ServicePrincipalId $saved.Id -Property $principalProperties
    $keep = @($current.KeyCredentials | Where-Object -FilterScript { @($saved.KeyIds) -contains "$($_.KeyId)" })
    $added = @($current.KeyCredentials).Count - $keep.Count
    if ($added -eq 0) {
        Write-Host "Keys of $($saved.AppId) are as saved."
    } elseif ($PSCmdlet.ShouldProcess("Service principal $($saved.AppId)",
        "Remove the $added key(s) added since the backup")) {
        Update-MgServicePrincipal -ServicePrincipalId $saved.Id -KeyCredentials $keep
    }
    $names = @($saved.ServicePrincipalNames)
    $changed = @(Compare-Object -ReferenceObject $names -DifferenceObject @($current.ServicePrincipalNames))
    if ($changed.Count -eq 0) {
        Write-Host "Service principal names of $($saved.AppId) are as saved."
    } elseif ($PSCmdlet.ShouldProcess("Service principal $($saved.AppId)",
        'Put back the saved service principal names')) {
        Update-MgServicePrincipal -ServicePrincipalId $saved.Id -ServicePrincipalNames $names
    }
    if ([bool]$current.AccountEnabled -eq [bool]$saved.AccountEnabled) {
        Write-Host "Enabled state of $($saved.AppId) is as saved."
    } elseif ($PSCmdlet.ShouldProcess("Service principal $($saved.AppId)",
        'Put back the saved enabled state')) {
        Update-MgServicePrincipal -ServicePrincipalId $saved.Id -AccountEnabled:([bool]$saved.AccountEnabled)
    }
}
