} elseif ($existing.Count -gt 0) {
    $existing | Select-Object -Property * | Format-List | Out-Host
    throw '{ProviderExistsStop}'
} else {
