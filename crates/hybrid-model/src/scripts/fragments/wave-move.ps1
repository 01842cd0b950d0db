# Only the ready users move, in one Move-CsUser -UserList call (Move-CsUser.md, parameter set
# UserList) with -Report, the CSV Move-CsUser writes (Move-CsUser.md does not document its
# columns, so this script does not read it). Each user is then read again: one no longer homed on
# premises moved; one still homed on premises failed, with the errors Move-CsUser gave for it.
$readyFile = Join-Path -Path $ReportPath -ChildPath "hybrid-wave-$waveLabel-ready-$stamp.txt"
$moveReport = Join-Path -Path $ReportPath -ChildPath "hybrid-wave-$waveLabel-move-report-$stamp.csv"
$moved = $false
$moveErrors = @()
if ($ready.Count -eq 0) {
    Write-Host 'No user of this wave is ready to move; nothing moves.'
} elseif ($PSCmdlet.ShouldProcess("$($ready.Count) users of wave $waveLabel",
    'Move to Microsoft 365 (Move-CsUser -UserList)')) {
    [System.IO.File]::WriteAllText($readyFile,
        (@($ready | ForEach-Object -Process { "$($_.SipAddress)" }) -join ','))
    Write-Host "Users moving now: $readyFile"
    $moved = $true
    try {
        $params = @{
            UserList = $readyFile
            Target = $provider.ProxyFqdn
            Report = $moveReport
            Confirm = $false
            ErrorAction = 'Continue'
            ErrorVariable = 'moveErrors'
        }
        Move-CsUser @params
    } catch {
        $moveErrors = @($moveErrors) + @($_)
    }
    foreach ($result in @($results | Where-Object -Property status -EQ -Value 'ready')) {
        try {
            $now = Get-CsUser -Identity $result.sip_address
            $homedAt = "$($now.HostingProvider)"
        } catch {
            $homedAt = 'SRV:'
        }
        if ($homedAt -ne 'SRV:') {
            $result.status = 'moved'
            Write-Host "MOVED          $($result.sip_address)"
        } else {
            $bare = $result.sip_address -replace '^sip:', ''
            $said = @($moveErrors | Where-Object -FilterScript { "$_" -match [regex]::Escape($bare) } |
                ForEach-Object -Process { "$_" })
            if ($said.Count -eq 0) {
                $said = @($moveErrors | Select-Object -First 3 | ForEach-Object -Process { "$_" })
            }
            $detail = if ($said.Count -gt 0) {
                $said -join ' | '
            } else {
                "Still homed on premises after Move-CsUser; see $moveReport"
            }
            $result.status = 'failed'
            $result.problems = @(ConvertTo-Problem -Code 'move-failed' -Detail $detail)
            Write-Warning "FAILED         $($result.sip_address): $detail"
        }
    }
}
