$report | ConvertTo-Json -Depth 6 | Out-File -LiteralPath $reportFile -Encoding utf8
$failed = @($checks | Where-Object -Property status -EQ -Value 'FAIL').Count
Write-Host "Report for Hybrid Builder: $reportFile ($failed FAIL)"
