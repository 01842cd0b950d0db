$edges = @(Get-CsService -EdgeServer)
$facts.edge_external_fqdns = @($edges | ForEach-Object -Process { "$($_.AccessEdgeExternalFqdn)" } | Where-Object -FilterScript { $_ })
if ($edges.Count -eq 0) {
    Add-Check -Id 'edge-pools' -Status 'FAIL' -Found 'No Edge pool in the topology.' -Todo 'Hybrid needs an Edge Server deployed with federation.'
} elseif ($edges.Count -gt 1) {
    Add-Check -Id 'edge-pools' -Status 'WARN' -Found ("Edge pools: " + ($facts.edge_external_fqdns -join ', ')) -Todo 'Only one Edge pool may be the federation Edge: check the federation route in the topology.'
} else {
    Add-Check -Id 'edge-pools' -Status 'PASS' -Found ("Access Edge: " + ($facts.edge_external_fqdns -join ', ')) -Todo ''
}
