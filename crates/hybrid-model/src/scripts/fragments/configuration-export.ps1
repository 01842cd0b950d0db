# The whole Central Management store (topology, policies, settings) as a .zip that
# Import-CsConfiguration can put back (Export-CsConfiguration.md), before the first change.
$configurationFile = Join-Path -Path $BackupPath -ChildPath "hybrid-cs-configuration-$stamp.zip"
if ($WhatIfPreference) {
    Write-Host "Dry run (-WhatIf): Export-CsConfiguration would write $configurationFile; nothing was written."
} else {
    Export-CsConfiguration -FileName $configurationFile
    Write-Host "Central Management store exported: $configurationFile"
}
