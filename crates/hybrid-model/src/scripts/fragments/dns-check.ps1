# A CNAME to a Microsoft 365 name counts as pointing there (Get-RecordTarget, dns-targets.ps1).
$problems = @()
foreach ($domain in $expectedDomains) {
    foreach ($record in @(Get-SipRecord -Domain $domain)) {
        $targets = @(Get-RecordTarget -Name $record.Name -Type $record.Type)
        if ($targets.Count -eq 0) {
            $problems += "$($record.Name) does not resolve"
        } elseif (@($targets | Where-Object -FilterScript { $cloudTargets -contains $_ }).Count -gt 0) {
            $problems += "$($record.Name) points to Microsoft 365 ($($targets -join ', '))"
        }
    }
}
if ($problems.Count -gt 0) {
    Add-Check -Id 'dns' -Status 'WARN' -Found "Through $view`: $($problems -join '; ')" -Todo (
        'Point every record of every SIP domain on premises while hybrid is active (see DNS in the ' +
        'checklist); run again with -PublicDnsServer for the view from the internet.')
} else {
    $finding = "Through $view`: every record resolves, none to Microsoft 365."
    Add-Check -Id 'dns' -Status 'PASS' -Found $finding -Todo ''
}
