$savedProviders = @($backup['HostingProviders'] |
    Where-Object -FilterScript { "$($_.Identity)" -eq $identity -or $_.ProxyFqdn -eq $proxy })
foreach ($current in @(Get-CsHostingProvider |
    Where-Object -FilterScript { "$($_.Identity)" -eq $identity -or $_.ProxyFqdn -eq $proxy })) {
    $sameSaved = @($savedProviders | Where-Object -FilterScript {
        "$($_.Identity)" -eq "$($current.Identity)" -and $_.ProxyFqdn -eq $current.ProxyFqdn
    })
    if ($sameSaved.Count -eq 0 -and
        $PSCmdlet.ShouldProcess("Hosting provider $($current.Identity)", 'Remove (not in the backup)')) {
        Remove-CsHostingProvider -Identity "$($current.Identity)"
    }
}
foreach ($provider in $savedProviders) {
    $now = @(Get-CsHostingProvider | Where-Object -FilterScript { "$($_.Identity)" -eq "$($provider.Identity)" })
    if ($now.Count -gt 0) {
        if ($PSCmdlet.ShouldProcess("Hosting provider $($provider.Identity)", 'Put back the saved values')) {
            $params = @{
                Identity = "$($provider.Identity)"
                Enabled = $provider.Enabled
                EnabledSharedAddressSpace = $provider.EnabledSharedAddressSpace
                HostsOCSUsers = $provider.HostsOCSUsers
                IsLocal = $provider.IsLocal
                VerificationLevel = "$($provider.VerificationLevel)"
                AutodiscoverUrl = $provider.AutodiscoverUrl
                SipClientPort = $provider.SipClientPort
            }
            Set-CsHostingProvider @params
        }
    } elseif ($PSCmdlet.ShouldProcess("Hosting provider $($provider.Identity)", 'Recreate with the saved values')) {
        $params = @{
            Identity = "$($provider.Identity)"
            ProxyFqdn = $provider.ProxyFqdn
            Enabled = $provider.Enabled
            EnabledSharedAddressSpace = $provider.EnabledSharedAddressSpace
            HostsOCSUsers = $provider.HostsOCSUsers
            IsLocal = $provider.IsLocal
            VerificationLevel = "$($provider.VerificationLevel)"
            AutodiscoverUrl = $provider.AutodiscoverUrl
            SipClientPort = $provider.SipClientPort
        }
        New-CsHostingProvider @params
    }
}
