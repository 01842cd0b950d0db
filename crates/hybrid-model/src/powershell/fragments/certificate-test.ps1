function Test-IsThisCertificate($Key) {
    if (-not $Key.CustomKeyIdentifier) {
        return $false
    }
    $id = [byte[]]$Key.CustomKeyIdentifier
    $hex = [System.BitConverter]::ToString($id).Replace('-', '')
    ($hex -eq $certificate.Thumbprint) -or ([System.Text.Encoding]::ASCII.GetString($id) -eq $certificate.Thumbprint)
}
