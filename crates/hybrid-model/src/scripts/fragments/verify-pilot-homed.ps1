$homed = Get-CsUser -Identity $pilot
if ("$($homed.HostingProvider)" -ne 'SRV:') {
    $finding = "$pilot HostingProvider $($homed.HostingProvider)"
    Add-Check -Id 'verify-pilot-homed' -Status 'PASS' -Found $finding -Todo ''
} else {
    $finding = "$pilot HostingProvider $($homed.HostingProvider)"
    Add-Check -Id 'verify-pilot-homed' -Status 'FAIL' -Found $finding -Todo (
        'The user is still on premises: run the moves (-MovePilotUsers -ReadinessFile) ' +
        'and read their output.')
}
