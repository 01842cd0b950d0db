if (-not $ReadinessFile) {
    throw '{ReadinessMissing}'
}
$readiness = Get-Content -LiteralPath $ReadinessFile -Raw | ConvertFrom-Json
if ([DateTimeOffset]::UtcNow.ToUnixTimeSeconds() - [long]$readiness.CheckedAtUnixSeconds -gt 86400) {
    throw '{ReadinessStale}'
}
if (-not $readiness.SharedSipAddressSpace) {
    throw '{ReadinessTenantOff}'
}
