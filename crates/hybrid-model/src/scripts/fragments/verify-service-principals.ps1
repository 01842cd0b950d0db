$problems = @()
$skype = Get-MgServicePrincipal -Filter "AppId eq '00000004-0000-0ff1-ce00-000000000000'"
$skypeKeys = @((Get-MgServicePrincipal -ServicePrincipalId $skype.Id -Property 'keyCredentials').KeyCredentials)
if (@($skypeKeys | Where-Object -FilterScript { Test-IsThisCertificate -Key $_ }).Count -eq 0) {
    $problems += 'no key with the certificate thumbprint on 00000004-0000-0ff1-ce00-000000000000'
}
foreach ($spn in $spns) {
    if (@($skype.ServicePrincipalNames) -notcontains $spn) {
        $problems += "missing service principal name $spn"
    }
}
$exchange = Get-MgServicePrincipal -Filter "AppId eq '00000002-0000-0ff1-ce00-000000000000'"
if (-not $exchange.AccountEnabled) {
    $problems += '00000002-0000-0ff1-ce00-000000000000 is not enabled'
}
$exchangeKeys = @(
    (Get-MgServicePrincipal -ServicePrincipalId $exchange.Id -Property 'keyCredentials').KeyCredentials
)
if (@($exchangeKeys | Where-Object -FilterScript { Test-IsThisCertificate -Key $_ }).Count -gt 0) {
    $problems += ('this certificate is a key of the Exchange Online principal ' +
        '00000002-0000-0ff1-ce00-000000000000: remove it (CSS-Exchange ' +
        'ConfigureExchangeHybridApplication.ps1 -ResetFirstPartyServicePrincipalKeyCredentials ' +
        '-CertificateInformation <thumbprint>)')
}
$found = if ($problems.Count -eq 0) { 'Keys, account and names in place.' } else { $problems -join '; ' }
if ($problems.Count -eq 0) {
    Add-Check -Id 'verify-service-principals' -Status 'PASS' -Found $found -Todo ''
} else {
    Add-Check -Id 'verify-service-principals' -Status 'FAIL' -Found $found -Todo (
        'Run the online change script again with server-to-server authentication.')
}
