$homed = Get-CsUser -Identity $pilot
if ("$($homed.HostingProvider)" -ne 'SRV:') {
    Add-Check -Id 'verify-pilot-homed' -Status 'PASS' -Found "$pilot HostingProvider $($homed.HostingProvider)" -Todo ''
} else {
    Add-Check -Id 'verify-pilot-homed' -Status 'FAIL' -Found "$pilot HostingProvider $($homed.HostingProvider)" -Todo 'The user is still on premises: run the moves (-MovePilotUsers -ReadinessFile) and read their output.'
}
