Write-Host "MicrosoftTeams $($teams.Version), server build $build"
if ($teams.Version -lt $moduleMinimum) {
    throw '{ModuleTooOld}'
}
if (-not $build -or $buildBelowMinimum) {
    throw '{BuildTooOld}'
}
if ($teams.Version -ge $moduleWithRegression -and $buildBelowFix) {
    throw '{ModuleBuildMismatch}'
}
# {TlsNote}
$protocols = [System.Net.ServicePointManager]::SecurityProtocol
[System.Net.ServicePointManager]::SecurityProtocol = $protocols -bor [System.Net.SecurityProtocolType]::Tls12
