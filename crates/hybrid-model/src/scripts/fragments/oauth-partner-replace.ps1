}
$partner = Get-CsPartnerApplication -Identity 'microsoft.exchange' -ErrorAction SilentlyContinue
if ($partner -and $partner.ApplicationIdentifier -ne '00000002-0000-0ff1-ce00-000000000000' -and
    $PSCmdlet.ShouldProcess('Partner application microsoft.exchange', 'Remove (different application ID)')) {
    Remove-CsPartnerApplication -Identity 'microsoft.exchange'
    $partner = $null
}
if ($PSCmdlet.ShouldProcess('Partner application microsoft.exchange', 'Create or update')) {
    if ($partner) {
        Set-CsPartnerApplication -Identity 'microsoft.exchange' -ApplicationTrustLevel Full -UseOAuthServer
    } else {
