# Users still homed on premises, by registrar pool: Get-CsUser -Filter { HostingProvider -eq "SRV:" }
# (decommission-move-on-prem-users.md: "To check if there are any remaining users in your
# on-premises deployment").
$onPremises = @(Get-CsUser -Filter 'HostingProvider -eq "SRV:"')
$pools = @($onPremises | Group-Object -Property RegistrarPool |
    Sort-Object -Property Count -Descending |
    ForEach-Object -Process { [pscustomobject][ordered]@{ pool = "$($_.Name)"; users = $_.Count } })
$sample = @($onPremises | Select-Object -First 100 | ForEach-Object -Process { "$($_.SipAddress)" })
Write-Host "Users still homed on premises: $($onPremises.Count)"
foreach ($pool in $pools) {
    Write-Host ('    {0,-48} {1}' -f $pool.pool, $pool.users)
}
# The hosting providers: the last cut-over step sets Enabled to False on each
# (cloud-consolidation-disabling-hybrid.md).
$providers = @(Get-CsHostingProvider | ForEach-Object -Process {
    [pscustomobject][ordered]@{
        identity = "$($_.Identity)"
        proxy_fqdn = "$($_.ProxyFqdn)"
        enabled = [bool]$_.Enabled
    }
})
foreach ($provider in $providers) {
    Write-Host "Hosting provider $($provider.identity) ($($provider.proxy_fqdn)): Enabled $($provider.enabled)"
}
# DNS of each SIP domain (decommission-manage-dns-entries.md): every record found must point to
# Microsoft 365; a record that is not found is fine (removed for a SIP domain no longer used).
$dns = [System.Collections.Generic.List[object]]::new()
foreach ($domain in $expectedDomains) {
    foreach ($record in @(Get-SipRecord -Domain $domain)) {
        $targets = @(Get-RecordTarget -Name $record.Name -Type $record.Type)
        $state = if ($targets.Count -eq 0) {
            'missing'
        } elseif (@($targets | Where-Object -FilterScript { $cloudTargets -contains $_ }).Count -gt 0) {
            'microsoft'
        } else {
            'elsewhere'
        }
        Write-Host ('DNS {0,-10} {1,-48} {2}' -f $state, $record.Name, ($targets -join ', '))
        $dns.Add([pscustomobject][ordered]@{
            name = $record.Name
            type = $record.Type
            state = $state
            targets = @($targets)
        })
    }
}
Write-Host "DNS read through $view."
