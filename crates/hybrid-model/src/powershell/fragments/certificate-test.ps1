function Test-IsThisCertificate($Key) {
    if (-not $Key.CustomKeyIdentifier) {
        return $false
    }
    $id = [byte[]]$Key.CustomKeyIdentifier
    ([System.BitConverter]::ToString($id).Replace('-', '') -eq $certificate.Thumbprint) -or ([System.Text.Encoding]::ASCII.GetString($id) -eq $certificate.Thumbprint)
}
