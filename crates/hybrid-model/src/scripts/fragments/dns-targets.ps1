# Each answer's target: NameTarget (SRV), NameHost (a CNAME: INFERRED, Resolve-DnsName.md documents
# only the DnsRecord output type), IPAddress (A). Without -PublicDnsServer the records are read
# through this server's resolver, the internal (split-brain) view; with it, through that resolver
# (Resolve-DnsName -Server).
$view = if ($PublicDnsServer) {
    "public resolver $PublicDnsServer"
} else {
    'this server''s resolver (internal view)'
}
function Get-RecordTarget([string] $Name, [string] $Type) {
    $query = @{
        Name = $Name
        Type = $Type
        ErrorAction = 'SilentlyContinue'
    }
    if ($PublicDnsServer) {
        $query.Server = $PublicDnsServer
    }
    $answers = @(Resolve-DnsName @query)
    foreach ($answer in $answers) {
        foreach ($property in @('NameTarget', 'NameHost', 'IPAddress')) {
            if ($answer.PSObject.Properties[$property]) {
                "$($answer.$property)".TrimEnd('.')
            }
        }
    }
}
# The records of a SIP domain hybrid depends on (decommission-manage-dns-entries.md).
function Get-SipRecord([string] $Domain) {
    [pscustomobject]@{ Name = "_sipfederationtls._tcp.$Domain"; Type = 'SRV' }
    [pscustomobject]@{ Name = "_sip._tls.$Domain"; Type = 'SRV' }
    [pscustomobject]@{ Name = "lyncdiscover.$Domain"; Type = 'A' }
    [pscustomobject]@{ Name = "sip.$Domain"; Type = 'A' }
}
