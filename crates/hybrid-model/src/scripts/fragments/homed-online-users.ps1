$homedOnline = @(Get-CsOnlineUser -AccountType User | Where-Object -FilterScript {
    $sipDomains -contains ("$($_.SipAddress)" -replace '^.*@', '')
})
