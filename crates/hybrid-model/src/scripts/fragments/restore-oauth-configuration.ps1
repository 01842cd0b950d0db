$savedConfiguration = @($backup['OAuthConfiguration'] |
    Where-Object -FilterScript { "$($_.Identity)" -eq 'Global' })
$configuration = Get-CsOAuthConfiguration -Identity 'Global'
if ($savedConfiguration.Count -eq 0) {
    Write-Warning 'The backup holds no global OAuth configuration; its service name was left as it is.'
} elseif ("$($configuration.ServiceName)" -ne "$($savedConfiguration[0].ServiceName)" -and
    $PSCmdlet.ShouldProcess('OAuth configuration', 'Put back the saved service name')) {
    Set-CsOAuthConfiguration -ServiceName $savedConfiguration[0].ServiceName
}
