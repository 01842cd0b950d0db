$savedPartner = @($backup['PartnerApplications'] |
    Where-Object -FilterScript { "$($_.Identity)" -eq 'microsoft.exchange' })
$partner = Get-CsPartnerApplication -Identity 'microsoft.exchange' -ErrorAction SilentlyContinue
if ($savedPartner.Count -eq 0) {
    if ($partner -and
        $PSCmdlet.ShouldProcess('Partner application microsoft.exchange', 'Remove (not in the backup)')) {
        Remove-CsPartnerApplication -Identity 'microsoft.exchange'
    }
} else {
    $was = $savedPartner[0]
    $metadata = $was.PSObject.Properties['MetadataUrl']
    $metadataUrl = ''
    if ($metadata -and $metadata.Value) {
        $metadataUrl = "$($metadata.Value)"
    }
    if ($partner -and $partner.ApplicationIdentifier -ne $was.ApplicationIdentifier -and
        $PSCmdlet.ShouldProcess('Partner application microsoft.exchange',
        'Remove (application ID differs from the backup)')) {
        Remove-CsPartnerApplication -Identity 'microsoft.exchange'
        $partner = $null
    }
    if ($PSCmdlet.ShouldProcess('Partner application microsoft.exchange', 'Put back the saved values')) {
        if ($partner -and $metadataUrl) {
            $params = @{
                Identity = 'microsoft.exchange'
                MetadataUrl = $metadataUrl
                ApplicationTrustLevel = "$($was.ApplicationTrustLevel)"
                Enabled = $was.Enabled
            }
            Set-CsPartnerApplication @params
        } elseif ($partner) {
            $params = @{
                Identity = 'microsoft.exchange'
                UseOAuthServer = $true
                ApplicationTrustLevel = "$($was.ApplicationTrustLevel)"
                Enabled = $was.Enabled
            }
            Set-CsPartnerApplication @params
        } elseif ($metadataUrl) {
            $params = @{
                Identity = 'microsoft.exchange'
                MetadataUrl = $metadataUrl
                ApplicationTrustLevel = "$($was.ApplicationTrustLevel)"
                Enabled = $was.Enabled
            }
            New-CsPartnerApplication @params
        } else {
            $params = @{
                Identity = 'microsoft.exchange'
                ApplicationIdentifier = $was.ApplicationIdentifier
                UseOAuthServer = $true
                ApplicationTrustLevel = "$($was.ApplicationTrustLevel)"
                Enabled = $was.Enabled
            }
            New-CsPartnerApplication @params
        }
    }
}
