# {CutoverModeStep}
# {CutoverModeEarly}
# {CutoverModeDryRun}
if ($PSCmdlet.ShouldProcess('Tenant coexistence mode (global TeamsUpgradePolicy)',
    'Grant UpgradeToTeams (TeamsOnly)')) {
    try {
        Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global
    } catch {
        throw ('{CutoverModeRefused}' + $_.Exception.Message)
    }
}
