# {BackupFileCheck}
if (-not (Test-Path -LiteralPath $BackupFile -PathType Leaf)) {
    throw '{BackupFileMissing}'
}
$backupItem = Get-Item -LiteralPath $BackupFile
$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$backupFolder = $backupItem.DirectoryName
