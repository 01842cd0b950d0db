$existing = @(Get-CsHostingProvider | Where-Object -Property ProxyFqdn -EQ -Value $proxy)
$sameName = @(Get-CsHostingProvider |
    Where-Object -Property Identity -EQ -Value $identity |
    Where-Object -Property ProxyFqdn -NE -Value $proxy)
