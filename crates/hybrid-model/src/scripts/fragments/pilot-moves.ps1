foreach ($identity in $pilots) {
    $ready = @($readiness.Users | Where-Object -Property Identity -EQ -Value $identity)
    if (-not ($ready.Count -eq 1 -and $ready[0].Ready)) {
        Write-Warning ('{PilotNotReady}' + $identity)
    } else {
        $user = Get-CsUser -Identity $identity
        # {PilotHomedCheck}
        if ("$($user.HostingProvider)" -ne 'SRV:') {
            Write-Host ('{PilotAlreadyMoved}' + $identity)
        } elseif ($PSCmdlet.ShouldProcess($identity, 'Move to Microsoft 365')) {
            Move-CsUser -Identity $identity -Target $provider.ProxyFqdn
        }
    }
}
