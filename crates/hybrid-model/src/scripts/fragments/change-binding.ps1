[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
