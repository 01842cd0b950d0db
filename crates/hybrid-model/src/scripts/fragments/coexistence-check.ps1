if ($tenant.PSObject.Properties['TeamsUpgradeEffectiveMode'] -and
    "$($tenant.TeamsUpgradeEffectiveMode)" -eq 'TeamsOnly') {
    Add-Check -Id 'coexistence' -Status 'FAIL' -Found 'The tenant-wide mode is TeamsOnly.' -Todo (
        'Set the tenant-wide mode back (Microsoft Support may be needed) before moving users from on ' +
        'premises.')
} elseif ($tenant.PSObject.Properties['TeamsUpgradeEffectiveMode']) {
    $finding = "Tenant-wide mode $($tenant.TeamsUpgradeEffectiveMode)."
    Add-Check -Id 'coexistence' -Status 'PASS' -Found $finding -Todo ''
} else {
    Add-Check -Id 'coexistence' -Status 'WARN' -Found 'The tenant-wide mode is not readable here.' -Todo (
        'Check in the Teams admin center that the org-wide coexistence mode is not Teams only.')
}
