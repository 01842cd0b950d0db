$found = Get-CsOnlineUser -Identity $pilot
$plans = Get-EnabledPlan -User $found
if ("$($found.HostingProvider)" -ne 'SRV:') {
    $finding = "$pilot has HostingProvider $($found.HostingProvider), not SRV:."
    Add-Check -Id 'pilot-user' -Status 'FAIL' -Found $finding -Todo (
        'Wait for directory sync, or check that the user is homed on premises.')
} elseif ($plans -notcontains 'MCOProfessional' -or $plans -notcontains 'Teams') {
    Add-Check -Id 'pilot-user' -Status 'FAIL' -Found "$pilot plans: $($plans -join ', ')." -Todo (
        'Assign Teams and Skype for Business Online (Plan 2), plus Audio Conferencing or Teams Phone ' +
        'if the user uses them on premises.')
} else {
    Add-Check -Id 'pilot-user' -Status 'PASS' -Found "$pilot synced and licensed." -Todo ''
}
