$edges = @(Get-CsService -EdgeServer)
$facts.edge_external_fqdns = @($edges | ForEach-Object -Process { "$($_.AccessEdgeExternalFqdn)" } |
    Where-Object -FilterScript { $_ })
if ($edges.Count -eq 0) {
    Add-Check -Id 'edge-pools' -Status 'FAIL' -Found 'No Edge pool in the topology.' -Todo (
        'Hybrid needs an Edge Server deployed with federation.')
} elseif ($edges.Count -gt 1) {
    $finding = ("Edge pools: " + ($facts.edge_external_fqdns -join ', '))
    Add-Check -Id 'edge-pools' -Status 'WARN' -Found $finding -Todo (
        'Only one Edge pool may be the federation Edge: check the federation route in the topology.')
} else {
    $finding = ("Access Edge: " + ($facts.edge_external_fqdns -join ', '))
    Add-Check -Id 'edge-pools' -Status 'PASS' -Found $finding -Todo ''
}
