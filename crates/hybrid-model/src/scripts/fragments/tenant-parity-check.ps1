if ($tenantOpen -ne $expectedOpen) {
    Write-Warning '{ParityMismatch}'
} else {
    Write-Host '{ParityOk}'
}
