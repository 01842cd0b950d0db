[CmdletBinding()]
param(
