try {
    $online = Get-CsOnlineUser -Identity {User}
} catch {
    $online = $null
}
if (-not $online) {
    $problems += {NotInTenant}
} else {
    if ("$($online.HostingProvider)" -ne 'SRV:') {
        $problems += {NotSynced}
    }
    $plans = Get-EnabledPlan -User $online
    foreach ($plan in @('MCOProfessional', 'Teams')) {
        if ($plans -notcontains $plan) {
            $problems += {NoPlan}
        }
    }
}
