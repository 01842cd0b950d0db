# Only plans in force count: a plan in its grace period (IsInGracePeriod, Get-CsOnlineUser.md,
# MicrosoftTeams 6.0.0 and later) or whose CapabilityStatus is not Enabled (INFERRED) is left out.
function Get-EnabledPlan($User) {
    @($User.AssignedPlan | Where-Object -FilterScript {
        $grace = $_.PSObject.Properties['IsInGracePeriod'] -and $_.IsInGracePeriod
        $off = $_.PSObject.Properties['CapabilityStatus'] -and "$($_.CapabilityStatus)" -ne 'Enabled'
        -not $grace -and -not $off
    } | ForEach-Object -Process { "$($_.Capability)" })
}
