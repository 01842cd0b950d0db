# {CutoverProviderStep}
# {CutoverProviderEarly}
foreach ($item in @(Get-CsHostingProvider)) {
    if (-not $item.Enabled) {
        Write-Host "Hosting provider $($item.Identity) ($($item.ProxyFqdn)) is already disabled."
    } elseif ($PSCmdlet.ShouldProcess("Hosting provider $($item.Identity) ($($item.ProxyFqdn))",
        'Set Enabled to False')) {
        Set-CsHostingProvider -Identity $item.Identity -Enabled $false
    }
}
Get-CsHostingProvider | Select-Object -Property Identity, ProxyFqdn, Enabled
# {CutoverAttributes}
