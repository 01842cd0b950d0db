$upToDate = ($existing.Count -eq 1 -and "$($existing[0].Identity)" -eq $identity -and
    $existing[0].Enabled -and $existing[0].EnabledSharedAddressSpace -and $existing[0].HostsOCSUsers -and
    -not $existing[0].IsLocal -and "$($existing[0].VerificationLevel)" -eq $verificationLevel -and
    $existing[0].AutodiscoverUrl -eq $autodiscover)
if ($upToDate) {
    Write-Host '{ProviderUpToDate}'
