$exchange = Get-MgServicePrincipal -Filter "AppId eq '00000002-0000-0ff1-ce00-000000000000'"
$keys = @((Get-MgServicePrincipal -ServicePrincipalId $exchange.Id -Property 'keyCredentials').KeyCredentials)
$facts.exchange_principal_keys = @($keys | ForEach-Object -Process {
    $thumbprint = ''
    if ($_.CustomKeyIdentifier) {
        $thumbprint = [System.BitConverter]::ToString([byte[]]$_.CustomKeyIdentifier).Replace('-', '')
    }
    [ordered]@{ key_id = "$($_.KeyId)"; thumbprint = $thumbprint; expires = "$($_.EndDateTime)" }
})
if ($keys.Count -gt 0) {
    $listed = @($facts.exchange_principal_keys |
        ForEach-Object -Process { "$($_.thumbprint) (expires $($_.expires))" }) -join ', '
    $finding = "Keys on the Exchange Online principal 00000002-0000-0ff1-ce00-000000000000: $listed"
    Add-Check -Id 'exchange-principal-keys' -Status 'WARN' -Found $finding -Todo (
        'Microsoft CSS-Exchange ConfigureExchangeHybridApplication.ps1 removes them: ' +
        '-ResetFirstPartyServicePrincipalKeyCredentials (every key), with -CertificateInformation ' +
        '<thumbprint> (that key and every expired one). Run it once Exchange hybrid uses its dedicated ' +
        'application.')
} else {
    $finding = 'No key on the Exchange Online principal 00000002-0000-0ff1-ce00-000000000000.'
    Add-Check -Id 'exchange-principal-keys' -Status 'PASS' -Found $finding -Todo ''
}
