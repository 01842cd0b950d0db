    $report = [ordered]@{
        schema = '{Schema}'
        schema_version = 1
        kind = '{Kind}'
        part = '{Part}'
        created_unix = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
        settings_sip_domains = $expectedDomains
        checks = $checks.ToArray()
        facts = $facts
    }
    $reportFile = Join-Path -Path $ReportPath -ChildPath '{ReportFile}'
    $report | ConvertTo-Json -Depth 6 | Out-File -LiteralPath $reportFile -Encoding utf8
    $failed = @($checks | Where-Object -Property status -EQ -Value 'FAIL').Count
    Write-Host "Report for Hybrid Builder: $reportFile ($failed FAIL)"
} finally {
    Stop-Transcript | Out-Null
}
