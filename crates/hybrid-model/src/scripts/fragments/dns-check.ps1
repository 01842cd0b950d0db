# Each answer's target: NameTarget (SRV), NameHost (a CNAME: INFERRED, Resolve-DnsName.md documents
# only the DnsRecord output type), IPAddress (A). A CNAME to a Microsoft 365 name counts as
# pointing there. Without -PublicDnsServer the records are read through this server's resolver,
# the internal (split-brain) view; with it, through that resolver (Resolve-DnsName -Server).
$view = if ($PublicDnsServer) {
    "public resolver $PublicDnsServer"
} else {
    'this server''s resolver (internal view)'
}
$problems = @()
foreach ($domain in $expectedDomains) {
    $records = @(
        @("_sipfederationtls._tcp.$domain", 'SRV'),
        @("_sip._tls.$domain", 'SRV'),
        @("sip.$domain", 'A'),
        @("lyncdiscover.$domain", 'A')
    )
    foreach ($record in $records) {
        $query = @{
            Name = $record[0]
            Type = $record[1]
            ErrorAction = 'SilentlyContinue'
        }
        if ($PublicDnsServer) {
            $query.Server = $PublicDnsServer
        }
        $answers = @(Resolve-DnsName @query)
        $targets = @($answers | ForEach-Object -Process {
            foreach ($property in @('NameTarget', 'NameHost', 'IPAddress')) {
                if ($_.PSObject.Properties[$property]) {
                    "$($_.$property)".TrimEnd('.')
                }
            }
        })
        if ($targets.Count -eq 0) {
            $problems += "$($record[0]) does not resolve"
        } elseif (@($targets | Where-Object -FilterScript { $cloudTargets -contains $_ }).Count -gt 0) {
            $problems += "$($record[0]) points to Microsoft 365 ($($targets -join ', '))"
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
