# Test-CsFederatedPartner.md: TargetFqdn is the internal FQDN of the Edge that federated SIP traffic
# goes through, Domain a federated partner's domain. A success shows that federation through this
# Edge works: evidence for the Edge, not proof of the hybrid route, so it verifies no step.
$edgePools = @(Get-CsService -EdgeServer | ForEach-Object -Process { "$($_.PoolFqdn)" })
$edgePool = if ($EdgePoolFqdn) { $EdgePoolFqdn } elseif ($edgePools.Count -eq 1) { $edgePools[0] } else { '' }
if (-not $PartnerDomain) {
    $finding = 'Not run: no -PartnerDomain was given.'
    Add-Check -Id 'verify-federated-partner' -Status 'WARN' -Found $finding -Todo (
        'Run again with -PartnerDomain <a federated partner domain on the allowed list>.')
} elseif (-not $edgePool) {
    $finding = "Not run: several Edge pools ($($edgePools -join ', '))."
    Add-Check -Id 'verify-federated-partner' -Status 'WARN' -Found $finding -Todo (
        'Run again with -EdgePoolFqdn <the Edge pool that is the federation route>.')
} else {
    $test = Test-CsFederatedPartner -TargetFqdn $edgePool -Domain $PartnerDomain
    if ("$($test.Result)" -eq 'Success') {
        $finding = ("Federation with $PartnerDomain through $edgePool works (evidence for the Edge, not " +
            "proof of the hybrid route).")
        Add-Check -Id 'verify-federated-partner' -Status 'PASS' -Found $finding -Todo ''
    } else {
        $finding = "$($test.Result) $($test.Diagnosis) ($PartnerDomain through $edgePool)"
        Add-Check -Id 'verify-federated-partner' -Status 'WARN' -Found $finding -Todo (
            'Check DNS, the Edge certificate and the firewall of the federation Edge (see DNS in the ' +
            'checklist).')
    }
}
