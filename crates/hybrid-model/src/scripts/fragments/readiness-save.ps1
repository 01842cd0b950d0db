$federation = Get-CsTenantFederationConfiguration
$readiness = [pscustomobject]@{
    SchemaVersion = 1
    CheckedAtUnixSeconds = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
    SharedSipAddressSpace = [bool]$federation.SharedSipAddressSpace
    Users = @($pilots | ForEach-Object -Process { Get-MoveReadiness -Identity $_ })
}
foreach ($entry in $readiness.Users) {
    if ($entry.Ready) {
        Write-Host "READY      $($entry.Identity)"
    } else {
        Write-Warning "NOT READY  $($entry.Identity): $($entry.Problems -join '; ')"
    }
}
$readinessFile = Join-Path -Path $ReadinessPath -ChildPath 'hybrid-move-readiness.json'
if ($WhatIfPreference) {
    Write-Host "Dry run (-WhatIf): move readiness would be written to $readinessFile; nothing was written."
} else {
    $readiness | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $readinessFile -Encoding UTF8
    Write-Host "Move readiness written to $readinessFile"
}
