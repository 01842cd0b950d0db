# {OAuthStep}
$certificate = Get-CsCertificate -Type OAuthTokenIssuer
if (-not $certificate) {
    throw '{NoOAuthCertificate}'
}
