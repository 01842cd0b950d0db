$netFramework = 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319'
$strong = Get-ItemProperty -Path $netFramework -ErrorAction SilentlyContinue
if ($strong -and $strong.PSObject.Properties['SchUseStrongCrypto'] -and $strong.SchUseStrongCrypto -eq 1) {
    Add-Check -Id 'tls12' -Status 'PASS' -Found 'SchUseStrongCrypto is 1 for .NET 4.' -Todo ''
} else {
    Add-Check -Id 'tls12' -Status 'WARN' -Found 'SchUseStrongCrypto is not set for .NET 4.' -Todo (
        'Move-CsUser needs TLS 1.2: enable it for .NET on this server before the moves (the change script ' +
        'also asks for it in its own session).')
}
