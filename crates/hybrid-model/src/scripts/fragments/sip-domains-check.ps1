$topology = @(Get-CsSipDomain | ForEach-Object -Process { "$($_.Identity)".ToLowerInvariant() })
$facts.topology_sip_domains = $topology
$missing = @($expectedDomains | Where-Object -FilterScript { $topology -notcontains $_.ToLowerInvariant() })
$expectedLower = @($expectedDomains | ForEach-Object -Process { $_.ToLowerInvariant() })
$extra = @($topology | Where-Object -FilterScript { $expectedLower -notcontains $_ })
if ($missing.Count -gt 0) {
    Add-Check -Id 'sip-domains' -Status 'FAIL' -Found ("Not in the topology: " + ($missing -join ', ')) -Todo (
        'Add the SIP domain to the topology, or remove it from the settings in Hybrid Builder.')
} elseif ($extra.Count -gt 0) {
    $finding = ("In the topology but not in the settings: " + ($extra -join ', '))
    Add-Check -Id 'sip-domains' -Status 'WARN' -Found $finding -Todo (
        'List every SIP domain in Hybrid Builder: DNS, certificates and the tenant need all of them.')
} else {
    Add-Check -Id 'sip-domains' -Status 'PASS' -Found ($topology -join ', ') -Todo ''
}
