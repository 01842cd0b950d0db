function Test-IsThisCertificate($Key) {
    if (-not $Key.CustomKeyIdentifier) {
        return $false
    }
    $id = [byte[]]$Key.CustomKeyIdentifier
    $hex = [System.BitConverter]::ToString($id).Replace('-', '')
    $text = [System.Text.Encoding]::ASCII.GetString($id)
    ($hex -eq $certificate.Thumbprint) -or ($text -eq $certificate.Thumbprint)
}
