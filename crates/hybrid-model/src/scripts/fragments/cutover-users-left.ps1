# The precondition of every cut-over step: no user that should move is left on premises
# (cloud-consolidation-disabling-hybrid.md: "After you have upgraded all users ... to Teams Only").
# Users left on premises lose federation and their link to online users once hybrid is off.
$left = @(Get-CsUser -Filter 'HostingProvider -eq "SRV:"').Count
Write-Host "Users still homed on premises: $left (accepted: $AcceptUsersOnPremises)"
if ($left -gt $AcceptUsersOnPremises) {
    throw ("$left users are still homed on premises, more than the $AcceptUsersOnPremises accepted. " +
        'Move them (the wave scripts) or disable the accounts no longer needed ' +
        '(decommission-move-on-prem-users.md), then run the cut-over check again. Nothing was changed.')
}
