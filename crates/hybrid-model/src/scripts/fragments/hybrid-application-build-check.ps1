# THIRD-PARTY: the minimum builds for Skype for Business Server's dedicated hybrid application, as a
# summary of Microsoft's post "Released: August 2025 Skype for Business Server hotfix updates"
# (maxime365 blog, 2025-08-18) names them; no Microsoft page Hybrid Builder could read lists them.
if (-not $build) {
    $minimum = $null
} elseif ($product -match 'Subscription Edition') {
    $minimum = [version]'7.0.2046.820'
} elseif ($build.Major -eq 7) {
    $minimum = [version]'7.0.2046.553'
} else {
    $minimum = [version]'6.0.9319.881'
}
if (-not $minimum) {
    Add-Check -Id 'hybrid-application-build' -Status 'WARN' -Found 'The build could not be read.' -Todo (
        'Read it with Get-CsServerPatchVersion and compare it with the August 2025 hotfix of your version.')
} elseif ($build -ge $minimum) {
    $finding = "Build $build is at or above $minimum."
    Add-Check -Id 'hybrid-application-build' -Status 'PASS' -Found $finding -Todo ''
} else {
    Add-Check -Id 'hybrid-application-build' -Status 'WARN' -Found "Build $build is below $minimum." -Todo (
        'Exchange Online integration needs the August 2025 hotfix of your version (Subscription Edition ' +
        'KB5065372, 2019 KB4470124, 2015 KB3061064) and its dedicated hybrid application: follow that KB.')
}
