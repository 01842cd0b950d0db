$public = @(Get-CsPublicProvider | Where-Object -Property Identity -EQ -Value $identity)
if ($public.Count -gt 0) {
    throw '{PublicProviderClash}'
}
$existing = @(Get-CsHostingProvider | Where-Object -Property ProxyFqdn -EQ -Value $proxy)
$sameName = @(Get-CsHostingProvider |
    Where-Object -Property Identity -EQ -Value $identity |
    Where-Object -Property ProxyFqdn -NE -Value $proxy)
if ($sameName.Count -gt 0) {
    throw '{SameNameClash}'
}
