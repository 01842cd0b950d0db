# {ModuleStep}
$teams = @(Get-Module -Name MicrosoftTeams) +
    @(Get-Module -ListAvailable -Name MicrosoftTeams | Sort-Object -Property Version -Descending) |
    Select-Object -First 1
if (-not $teams) {
    throw '{ModuleMissing}'
}
