$facts.allowed_domains = @(Get-CsAllowedDomain | ForEach-Object -Process { "$($_.Identity)" })
$facts.blocked_domains = @(Get-CsBlockedDomain | ForEach-Object -Process { "$($_.Identity)" })
$finding = "$($facts.allowed_domains.Count) allowed, $($facts.blocked_domains.Count) blocked."
Add-Check -Id 'federation-lists' -Status 'PASS' -Found $finding -Todo (
    'Compare with the tenant lists in the online report.')
