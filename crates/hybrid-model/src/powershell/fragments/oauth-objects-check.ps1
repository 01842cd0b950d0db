$sts = Get-CsOAuthServer -Identity 'microsoft.sts' -ErrorAction SilentlyContinue
$partner = Get-CsPartnerApplication -Identity 'microsoft.exchange' -ErrorAction SilentlyContinue
$service = "$((Get-CsOAuthConfiguration).ServiceName)"
$stsText = if ($sts) { "microsoft.sts $($sts.MetadataUrl)" } else { 'no microsoft.sts' }
$partnerText = if ($partner) { "microsoft.exchange $($partner.ApplicationIdentifier)" } else { 'no microsoft.exchange' }
Add-Check -Id 'oauth-objects' -Status 'PASS' -Found "$stsText; $partnerText; ServiceName $service" -Todo ''
