$providers = @(Get-CsHostingProvider)
$facts.hosting_providers = @($providers | ForEach-Object -Process {
    [ordered]@{
        identity = "$($_.Identity)"
        proxy_fqdn = "$($_.ProxyFqdn)"
        enabled = [bool]$_.Enabled
        enabled_shared_address_space = [bool]$_.EnabledSharedAddressSpace
        hosts_ocs_users = [bool]$_.HostsOCSUsers
        is_local = [bool]$_.IsLocal
        verification_level = "$($_.VerificationLevel)"
        autodiscover_url = "$($_.AutodiscoverUrl)"
    }
})
$public = @(Get-CsPublicProvider | Where-Object -Property Identity -EQ -Value $identity)
$sameName = @($providers |
    Where-Object -FilterScript { "$($_.Identity)" -eq $identity -and "$($_.ProxyFqdn)" -ne $proxy })
$sameProxy = @($providers | Where-Object -FilterScript { "$($_.ProxyFqdn)" -eq $proxy })
if ($public.Count -gt 0) {
    Add-Check -Id 'hosting-providers' -Status 'FAIL' -Found "A public provider is named $identity." -Todo (
        'Choose another identity in Hybrid Builder, or remove the public provider.')
} elseif ($sameName.Count -gt 0) {
    $finding = "A hosting provider named $identity points to $($sameName[0].ProxyFqdn)."
    Add-Check -Id 'hosting-providers' -Status 'FAIL' -Found $finding -Todo (
        'Choose another identity in Hybrid Builder, or remove that provider.')
} elseif ($sameProxy.Count -gt 0) {
    $finding = "Existing provider for $proxy`: $($sameProxy[0].Identity)."
    Add-Check -Id 'hosting-providers' -Status 'WARN' -Found $finding -Todo (
        'The change script handles it as chosen under If a provider for this ProxyFqdn already exists; see ' +
        'What will change.')
} else {
    $finding = "$($providers.Count) hosting provider(s); none for $proxy."
    Add-Check -Id 'hosting-providers' -Status 'PASS' -Found $finding -Todo ''
}
