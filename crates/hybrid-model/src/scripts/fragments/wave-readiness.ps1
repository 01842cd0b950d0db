# Each user is read before anything moves. On premises: Get-CsUser's HostingProvider is SRV: while
# the user is homed on premises (INFERRED, as the pilot moves use it); any other value means the
# user moved already and is skipped, so the script can run again. In the tenant: synced
# (Get-CsOnlineUser HostingProvider SRV:, Teams/skype-for-business-online-retirement.md), licensed
# with plans in force (Get-EnabledPlan), SIP domain present and not disabled (Get-CsOnlineSipDomain.md).
$onlineDomains = @(Get-CsOnlineSipDomain | ForEach-Object -Process { "$($_.Name)".ToLowerInvariant() })
$disabledDomains = @(Get-CsOnlineSipDomain -DomainStatus Disabled |
    ForEach-Object -Process { "$($_.Name)".ToLowerInvariant() })
$results = [System.Collections.Generic.List[object]]::new()
$ready = [System.Collections.Generic.List[object]]::new()
function ConvertTo-Problem([string] $Code, [string] $Detail) {
    [pscustomobject][ordered]@{ code = $Code; detail = $Detail }
}
function Add-Result([string] $Entry, [string] $SipAddress, [string] $Status, [object[]] $Problems) {
    $results.Add([pscustomobject][ordered]@{
        entry = $Entry
        sip_address = $SipAddress
        status = $Status
        problems = @($Problems)
    })
}
foreach ($entry in $entries) {
    $why = 'Get-CsUser found no user for this entry'
    try {
        $user = Get-CsUser -Identity $entry
    } catch {
        $user = $null
        $why = $_.Exception.Message
    }
    if (-not $user) {
        Write-Warning "NOT FOUND      $entry`: $why"
        $problem = ConvertTo-Problem -Code 'not-on-premises' -Detail $why
        Add-Result -Entry $entry -SipAddress '' -Status 'not_ready' -Problems @($problem)
        continue
    }
    $sip = "$($user.SipAddress)"
    if ("$($user.HostingProvider)" -ne 'SRV:') {
        Write-Host "MOVED ALREADY  $sip"
        Add-Result -Entry $entry -SipAddress $sip -Status 'already_moved' -Problems @()
        continue
    }
    $problems = @()
    $domain = ($sip -replace '^sip:', '').Split('@')[-1].ToLowerInvariant()
    if ($expectedDomains -notcontains $domain) {
        $problems += ConvertTo-Problem -Code 'domain-not-in-settings' -Detail $domain
    }
    if ($onlineDomains -notcontains $domain) {
        $problems += ConvertTo-Problem -Code 'domain-not-in-tenant' -Detail $domain
    } elseif ($disabledDomains -contains $domain) {
        $problems += ConvertTo-Problem -Code 'domain-disabled' -Detail $domain
    }
    {TenantUserRead}
    if ($problems.Count -eq 0) {
        Write-Host "READY          $sip"
        $ready.Add($user)
        Add-Result -Entry $entry -SipAddress $sip -Status 'ready' -Problems @()
    } else {
        $problemText = @($problems | ForEach-Object -Process { "$($_.code) $($_.detail)".Trim() }) -join '; '
        Write-Warning "NOT READY      $sip`: $problemText"
        Add-Result -Entry $entry -SipAddress $sip -Status 'not_ready' -Problems $problems
    }
}
