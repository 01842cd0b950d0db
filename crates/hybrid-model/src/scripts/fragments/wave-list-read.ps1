# The wave's user file: entries separated by commas, the form Move-CsUser.md gives for -UserList
# ("sip:user1@contoso.com,sip:user2@contoso.com"); line breaks are read as separators too.
if (-not (Test-Path -LiteralPath $UserListFile -PathType Leaf)) {
    throw ("The wave's user file was not found: $UserListFile. Put the hybrid-wave-*-users.txt Hybrid " +
        'Builder wrote beside this script, or give -UserListFile.')
}
$entries = @((Get-Content -LiteralPath $UserListFile -Raw) -split '[,\r\n]+' |
    ForEach-Object -Process { $_.Trim() } |
    Where-Object -FilterScript { $_ } |
    Sort-Object -Unique)
Write-Host "Wave $waveLabel`: $($entries.Count) users in $UserListFile"
