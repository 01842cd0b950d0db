# What server-to-server authentication alters on a service principal, read before any change:
# its key ids, service principal names and enabled state. Key material is not saved: the
# rollback keeps the keys whose ids were saved and removes the others.
$principalProperties = 'id,appId,accountEnabled,servicePrincipalNames,keyCredentials'
function Get-PrincipalState([string] $AppId) {
    $principal = Get-MgServicePrincipal -Filter "AppId eq '$AppId'"
    if (-not $principal) {
        throw "This service principal does not exist in the tenant: $AppId"
    }
    $full = Get-MgServicePrincipal -ServicePrincipalId $principal.Id -Property $principalProperties
    [pscustomobject]@{
        AppId = $AppId
        Id = $full.Id
        AccountEnabled = [bool]$full.AccountEnabled
        ServicePrincipalNames = @($full.ServicePrincipalNames)
        KeyIds = @($full.KeyCredentials | ForEach-Object -Process { "$($_.KeyId)" })
    }
}
