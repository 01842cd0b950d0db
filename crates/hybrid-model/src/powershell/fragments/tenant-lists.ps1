# Allowed domains are a list only in allow-list mode (AllowedDomains is then an AllowList with
# AllowedDomain entries; open federation shows AllowAllKnownDomains): both lists are read as they
# are, for Hybrid Builder to compare with the on-premises lists (plan-hybrid-connectivity.md).
$allowList = $federation.AllowedDomains
$facts.tenant_allowed_domains = @(
    if ($allowList -and $allowList.PSObject.Properties['AllowedDomain']) {
        $allowList.AllowedDomain | ForEach-Object -Process { "$($_.Domain)" } | Where-Object -FilterScript { $_ }
    }
)
$facts.tenant_blocked_domains = @($federation.BlockedDomains | ForEach-Object -Process { "$($_.Domain)" } | Where-Object -FilterScript { $_ })
