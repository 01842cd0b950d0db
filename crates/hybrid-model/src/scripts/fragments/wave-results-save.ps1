$counts = @($results | Group-Object -Property status |
    ForEach-Object -Process { "$($_.Name) $($_.Count)" }) -join ', '
Write-Host "Wave $waveLabel`: $counts"
$report = [ordered]@{
    schema = 'hybrid-builder-wave-results'
    schema_version = 1
    wave = $wave
    created_unix = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
    dry_run = [bool]$WhatIfPreference
    settings_sip_domains = $expectedDomains
    move_report = $(if ($moved) { $moveReport } else { '' })
    users = $results.ToArray()
}
$resultsFile = Join-Path -Path $ReportPath -ChildPath "hybrid-wave-$waveLabel-results-$stamp.json"
if ($WhatIfPreference) {
    Write-Host ("Dry run (-WhatIf): the wave results would be written to $resultsFile; " +
        'nothing was written and no user moved.')
} else {
    $report | ConvertTo-Json -Depth 6 | Set-Content -LiteralPath $resultsFile -Encoding UTF8
    Write-Host "Wave results for Hybrid Builder: $resultsFile"
}
