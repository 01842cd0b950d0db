$sts = Get-CsOAuthServer -Identity 'microsoft.sts' -ErrorAction SilentlyContinue
$partner = Get-CsPartnerApplication -Identity 'microsoft.exchange' -ErrorAction SilentlyContinue
$service = "$((Get-CsOAuthConfiguration).ServiceName)"
$stsText = if ($sts) { "microsoft.sts $($sts.MetadataUrl)" } else { 'no microsoft.sts' }
$partnerText = 'no microsoft.exchange'
if ($partner) {
    $partnerText = "microsoft.exchange $($partner.ApplicationIdentifier)"
}
Add-Check -Id 'oauth-objects' -Status 'PASS' -Found "$stsText; $partnerText; ServiceName $service" -Todo ''
