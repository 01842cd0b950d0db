if ($WhatIfPreference) {
    Write-Host "Dry run (-WhatIf): the backup would be written to $backupFile; nothing was written."
} else {
    $backup | Export-Clixml -Path $backupFile
    Write-Host "Backup written: $backupFile"
}
