$shown = @(
    'Identity', 'ProxyFqdn', 'Enabled', 'EnabledSharedAddressSpace', 'HostsOCSUsers', 'IsLocal'
    'VerificationLevel', 'AutodiscoverUrl'
)
Get-CsHostingProvider | Select-Object -Property $shown
