$teams = @(Get-Module -ListAvailable -Name MicrosoftTeams | Sort-Object -Property Version -Descending) |
    Select-Object -First 1
if (-not $teams) {
    Add-Check -Id 'teams-module' -Status 'FAIL' -Found 'MicrosoftTeams is not installed on this server.' -Todo (
        'Install MicrosoftTeams 7.1.0 (Install-Module MicrosoftTeams -RequiredVersion 7.1.0), or a later ' +
        'version only with build 7.0.2046.849 or later.')
} elseif ($teams.Version -lt $moduleMinimum) {
    Add-Check -Id 'teams-module' -Status 'FAIL' -Found "MicrosoftTeams $($teams.Version)." -Todo (
        'Move-CsUser needs 6.2.1 or later: install 7.1.0.')
} elseif ($teams.Version -ge $moduleWithRegression -and $buildBelowFix) {
    $finding = "MicrosoftTeams $($teams.Version) with build $build."
    Add-Check -Id 'teams-module' -Status 'FAIL' -Found $finding -Todo (
        'Versions after 7.1 break Move-CsUser before build 7.0.2046.849 (KB5090660): update the server or ' +
        'install 7.1.0.')
} else {
    Add-Check -Id 'teams-module' -Status 'PASS' -Found "MicrosoftTeams $($teams.Version)." -Todo ''
}
