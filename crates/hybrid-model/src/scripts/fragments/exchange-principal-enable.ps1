# {ExchangeEnable}
$exchange = Get-MgServicePrincipal -Filter "AppId eq '00000002-0000-0ff1-ce00-000000000000'"
if ($exchange.AccountEnabled) {
    Write-Host '{ExchangeEnabled}'
} elseif ($PSCmdlet.ShouldProcess('Service principal 00000002-0000-0ff1-ce00-000000000000', 'Enable')) {
    Update-MgServicePrincipal -ServicePrincipalId $exchange.Id -AccountEnabled:$true
}
# {SpnStep}
$names = @(
    (Get-MgServicePrincipal -ServicePrincipalId $skype.Id -Property 'servicePrincipalNames').ServicePrincipalNames
)
