if (-not $build) {
    $finding = 'No Core Components version in Get-CsServerPatchVersion.'
    Add-Check -Id 'server-build' -Status 'WARN' -Found $finding -Todo (
        'Read the build with Get-CsServerPatchVersion and compare it with the minimum builds in the ' +
        'checklist.')
} elseif ($buildBelowMinimum) {
    Add-Check -Id 'server-build' -Status 'FAIL' -Found "Build $build is below the minimum for moves." -Todo (
        'Install at least Skype for Business Server 2019 CU6 (7.0.2046.385) or 2015 CU12 (6.0.9319.619) ' +
        'before the window.')
} elseif ($build.Major -eq 6) {
    Add-Check -Id 'server-build' -Status 'WARN' -Found "Skype for Business Server 2015, build $build." -Todo (
        'Moves work with MicrosoftTeams 7.1 or earlier only: no fix is named for 2015 ' +
        '(office-docs-powershell pull request 13690).')
} else {
    Add-Check -Id 'server-build' -Status 'PASS' -Found "Build $build." -Todo ''
}
