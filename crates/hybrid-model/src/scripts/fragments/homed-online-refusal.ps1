if ($homedOnline.Count -gt 0) {
    $homedOnline | Select-Object -Property SipAddress, HostingProvider | Format-List | Out-Host
    if (-not $AcceptOnlineUsersCutOff) {
        throw '{HomedOnlineStop}'
    }
    Write-Warning '{HomedOnlineAccepted}'
}
