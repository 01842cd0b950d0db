$facts.web_services_fqdns = @(Get-CsService -WebServer |
    ForEach-Object -Process { "$($_.ExternalFqdn)".ToLowerInvariant() } | Where-Object -FilterScript { $_ } |
    Sort-Object -Unique)
$unknown = @($expectedWeb |
    Where-Object -FilterScript { $facts.web_services_fqdns -notcontains $_.ToLowerInvariant() })
if ($unknown.Count -gt 0) {
    $finding = ("Not an external web services FQDN here: " + ($unknown -join ', '))
    Add-Check -Id 'web-services' -Status 'WARN' -Found $finding -Todo (
        'Use the pools external web services FQDNs found here in Hybrid Builder.')
} else {
    Add-Check -Id 'web-services' -Status 'PASS' -Found ($facts.web_services_fqdns -join ', ') -Todo ''
}
