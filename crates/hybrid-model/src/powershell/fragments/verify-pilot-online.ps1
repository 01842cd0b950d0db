$found = Get-CsOnlineUser -Identity $pilot
if ("$($found.HostingProvider)" -ne 'SRV:' -and "$($found.TeamsUpgradeEffectiveMode)" -eq 'TeamsOnly') {
    Add-Check -Id 'verify-pilot-online' -Status 'PASS' -Found "$pilot HostingProvider $($found.HostingProvider), mode $($found.TeamsUpgradeEffectiveMode)" -Todo ''
} else {
    Add-Check -Id 'verify-pilot-online' -Status 'FAIL' -Found "$pilot HostingProvider $($found.HostingProvider), mode $($found.TeamsUpgradeEffectiveMode)" -Todo 'The move has not reached the tenant yet: wait for replication and run the verification again.'
}
