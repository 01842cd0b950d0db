$sts = Get-CsOAuthServer -Identity 'microsoft.sts' -ErrorAction SilentlyContinue
$partner = Get-CsPartnerApplication -Identity 'microsoft.exchange' -ErrorAction SilentlyContinue
$configuration = Get-CsOAuthConfiguration
$found = ("microsoft.sts $([bool]$sts), " +
    "microsoft.exchange $([bool]$partner), " +
    "ServiceName $($configuration.ServiceName)")
if ($sts -and $sts.MetadataUrl -eq $metadata -and $partner -and
    $partner.ApplicationIdentifier -eq '00000002-0000-0ff1-ce00-000000000000' -and
    $configuration.ServiceName -eq '00000004-0000-0ff1-ce00-000000000000') {
    Add-Check -Id 'verify-oauth' -Status 'PASS' -Found $found -Todo ''
} else {
    Add-Check -Id 'verify-oauth' -Status 'FAIL' -Found $found -Todo (
        'Run the on-premises change script again with server-to-server authentication.')
}
