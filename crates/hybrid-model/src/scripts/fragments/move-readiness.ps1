function Get-MoveReadiness([string] $Identity) {
    $problems = @()
    try {
        $online = Get-CsOnlineUser -Identity $Identity
    } catch {
        $online = $null
    }
    if (-not $online) {
        $problems += 'not found in the tenant (not synced yet?)'
    } else {
        if ("$($online.HostingProvider)" -ne 'SRV:') {
            $problems += "HostingProvider is $($online.HostingProvider), not SRV: (homed on premises and synced)"
        }
        $plans = Get-EnabledPlan -User $online
        foreach ($plan in @('MCOProfessional', 'Teams')) {
            if ($plans -notcontains $plan) {
                $problems += "no $plan plan assigned (licence)"
            }
        }
    }
    [pscustomobject]@{ Identity = $Identity; Ready = ($problems.Count -eq 0); Problems = $problems }
}
