# The precondition, as the tenant sees it: users hosted on premises (Get-CsOnlineUser.md,
# -AccountType SfBOnPremUser, MicrosoftTeams 4.5.1 and later).
$left = @(Get-CsOnlineUser -AccountType SfBOnPremUser).Count
Write-Host "Users the tenant sees hosted on premises: $left (accepted: $AcceptUsersOnPremises)"
if ($left -gt $AcceptUsersOnPremises) {
    throw ("The tenant still sees $left users hosted on premises, more than the $AcceptUsersOnPremises " +
        'accepted. Move them first, then run this script again. Nothing was changed.')
}
