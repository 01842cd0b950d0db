if ($server -and $server.MetadataUrl -ne $metadata -and
    $PSCmdlet.ShouldProcess('OAuth server microsoft.sts', 'Remove (different metadata URL)')) {
    Remove-CsOAuthServer -Identity 'microsoft.sts'
    $server = $null
}
if (-not $server -and $PSCmdlet.ShouldProcess('OAuth server microsoft.sts', 'Create')) {
