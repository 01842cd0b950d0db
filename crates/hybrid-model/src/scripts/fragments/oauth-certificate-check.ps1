$oauth = Get-CsCertificate -Type OAuthTokenIssuer -ErrorAction SilentlyContinue | Select-Object -First 1
if (-not $oauth -and $serverToServer) {
    Add-Check -Id 'oauth-certificate' -Status 'FAIL' -Found 'No OAuthTokenIssuer certificate.' -Todo (
        'Assign one (Set-CsCertificate -Identity global -Type OAuthTokenIssuer) before server-to-server ' +
        'authentication.')
} elseif (-not $oauth) {
    Add-Check -Id 'oauth-certificate' -Status 'WARN' -Found 'No OAuthTokenIssuer certificate.' -Todo (
        'Assign one (Set-CsCertificate -Identity global -Type OAuthTokenIssuer) before server-to-server ' +
        'authentication.')
} elseif ($oauth.NotAfter -lt (Get-Date)) {
    Add-Check -Id 'oauth-certificate' -Status 'FAIL' -Found "Expired on $($oauth.NotAfter)." -Todo (
        'Renew the OAuthTokenIssuer certificate before the window.')
} elseif ($oauth.NotAfter -lt (Get-Date).AddDays(60)) {
    Add-Check -Id 'oauth-certificate' -Status 'WARN' -Found "Expires on $($oauth.NotAfter)." -Todo (
        'Plan the renewal (Set-CsCertificate -Roll) soon.')
} else {
    $x509 = Get-Item -LiteralPath "Cert:\LocalMachine\My\$($oauth.Thumbprint)" -ErrorAction SilentlyContinue
    if ($x509 -and $x509.PublicKey.Key.KeySize -lt 2048) {
        $finding = "Key size $($x509.PublicKey.Key.KeySize)."
        Add-Check -Id 'oauth-certificate' -Status 'FAIL' -Found $finding -Todo (
            'Use a certificate with a 2048-bit or larger key.')
    } else {
        $finding = "Thumbprint $($oauth.Thumbprint), expires $($oauth.NotAfter)."
        Add-Check -Id 'oauth-certificate' -Status 'PASS' -Found $finding -Todo ''
    }
}
