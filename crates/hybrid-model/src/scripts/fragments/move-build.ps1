# The newest Core Components version (Get-CsServerPatchVersion.md) and the thresholds for moves
# (Move-CsUser.md; staff notes in office-docs-powershell pull requests 13225, 13244, 13690): the
# minimum builds 2019 CU6, 2015 CU12 and Lync 2013 CU10 HF7, MicrosoftTeams 6.2.1 or later, and
# versions after 7.1 only with the build that fixes their regression (7.0.2046.849, KB5090660).
$build = @(Get-CsServerPatchVersion |
    Where-Object -Property ComponentName -Match -Value 'Core Components' |
    ForEach-Object -Process { [version]$_.Version } |
    Sort-Object -Descending)[0]
$buildBelowMinimum = $build -and ($build -lt [version]'5.0.8308.1182' -or
    ($build.Major -eq 6 -and $build -lt [version]'6.0.9319.619') -or
    ($build.Major -eq 7 -and $build -lt [version]'7.0.2046.385'))
$buildBelowFix = -not $build -or $build -lt [version]'7.0.2046.849'
$moduleMinimum = [version]'6.2.1'
$moduleWithRegression = [version]'7.2'
