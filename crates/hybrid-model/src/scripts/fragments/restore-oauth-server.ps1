$savedServer = @($backup['OAuthServers'] | Where-Object -FilterScript { "$($_.Identity)" -eq 'microsoft.sts' })
$server = Get-CsOAuthServer -Identity 'microsoft.sts' -ErrorAction SilentlyContinue
if ($savedServer.Count -eq 0) {
    if ($server -and $PSCmdlet.ShouldProcess('OAuth server microsoft.sts', 'Remove (not in the backup)')) {
        Remove-CsOAuthServer -Identity 'microsoft.sts'
    }
} elseif (-not $server) {
    if ($PSCmdlet.ShouldProcess('OAuth server microsoft.sts', 'Recreate with the saved metadata URL')) {
        New-CsOAuthServer -Identity 'microsoft.sts' -MetadataUrl $savedServer[0].MetadataUrl
    }
} elseif ($server.MetadataUrl -ne $savedServer[0].MetadataUrl -and
    $PSCmdlet.ShouldProcess('OAuth server microsoft.sts', 'Put back the saved metadata URL')) {
    Set-CsOAuthServer -Identity 'microsoft.sts' -MetadataUrl $savedServer[0].MetadataUrl
}
