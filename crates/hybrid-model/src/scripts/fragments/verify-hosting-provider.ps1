$found = @(Get-CsHostingProvider | Where-Object -FilterScript { "$($_.ProxyFqdn)" -eq $proxy })
if ($found.Count -eq 1 -and $found[0].Enabled -and $found[0].EnabledSharedAddressSpace -and
    $found[0].HostsOCSUsers -and -not $found[0].IsLocal -and
    "$($found[0].VerificationLevel)" -eq $verificationLevel -and $found[0].AutodiscoverUrl -eq $autodiscover) {
    $finding = "$($found.Count) provider(s) for $proxy"
    Add-Check -Id 'verify-hosting-provider' -Status 'PASS' -Found $finding -Todo ''
} else {
    $finding = "$($found.Count) provider(s) for $proxy"
    Add-Check -Id 'verify-hosting-provider' -Status 'FAIL' -Found $finding -Todo (
        'Run the on-premises change script again; compare Get-CsHostingProvider with the checklist.')
}
