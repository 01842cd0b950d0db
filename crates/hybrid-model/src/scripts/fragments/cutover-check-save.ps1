$report = [ordered]@{
    schema = 'hybrid-builder-cutover-check'
    schema_version = 1
    created_unix = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
    settings_sip_domains = $expectedDomains
    dns_view = $view
    users_on_premises = $onPremises.Count
    pools = $pools
    sample = $sample
    hosting_providers = $providers
    dns = $dns.ToArray()
}
$reportFile = Join-Path -Path $ReportPath -ChildPath 'hybrid-cutover-check.json'
$report | ConvertTo-Json -Depth 6 | Out-File -LiteralPath $reportFile -Encoding utf8
Write-Host "Report for Hybrid Builder: $reportFile ($($onPremises.Count) users still homed on premises)"
