$found = Get-CsOnlineUser -Identity $pilot
if ("$($found.HostingProvider)" -ne 'SRV:' -and "$($found.TeamsUpgradeEffectiveMode)" -eq 'TeamsOnly') {
    $finding = "$pilot HostingProvider $($found.HostingProvider), mode $($found.TeamsUpgradeEffectiveMode)"
    Add-Check -Id 'verify-pilot-online' -Status 'PASS' -Found $finding -Todo ''
} else {
    $finding = "$pilot HostingProvider $($found.HostingProvider), mode $($found.TeamsUpgradeEffectiveMode)"
    Add-Check -Id 'verify-pilot-online' -Status 'FAIL' -Found $finding -Todo (
        'The move has not reached the tenant yet: wait for replication and run the verification again.')
}
