$skypeAppId = '00000004-0000-0ff1-ce00-000000000000'
$skype = Get-MgServicePrincipal -Filter "AppId eq '$skypeAppId'"
if (-not $skype) {
    throw "This service principal does not exist in the tenant: $skypeAppId"
}
# Only a single-object read with keyCredentials selected returns key material, and an update
# replaces the whole list (Microsoft Graph keyCredential resource): every existing key goes back
# exactly as read, and this certificate is found by its thumbprint (customKeyIdentifier).
$keys = @((Get-MgServicePrincipal -ServicePrincipalId $skype.Id -Property 'keyCredentials').KeyCredentials)
$present = @($keys | Where-Object -FilterScript { Test-IsThisCertificate -Key $_ })
if ($present.Count -gt 0) {
    Write-Host "Certificate already registered on $skypeAppId"
} elseif ($PSCmdlet.ShouldProcess("Service principal $skypeAppId",
    'Add the on-premises certificate, keeping every existing key')) {
    # The key as Microsoft shows it for Update-MgServicePrincipal (oauth-with-online-and-on-premises.md):
    # the ASCII bytes of the base64 certificate.
    $newKey = @{
        Type = 'AsymmetricX509Cert'
        Usage = 'Verify'
        Key = [System.Text.Encoding]::ASCII.GetBytes($credentialValue)
    }
    Update-MgServicePrincipal -ServicePrincipalId $skype.Id -KeyCredentials ($keys + $newKey)
}
