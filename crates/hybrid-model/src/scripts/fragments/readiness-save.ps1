if ($WhatIfPreference) {
    Write-Host "Dry run (-WhatIf): move readiness would be written to $readinessFile; nothing was written."
} else {
    $readiness | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $readinessFile -Encoding UTF8
    Write-Host "Move readiness written to $readinessFile"
}
