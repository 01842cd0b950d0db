# {HomedOnlineOnPremises}
$homedOnline = @(Get-CsUser -Filter "HostingProvider -ne 'SRV:'" -ResultSize 20)
