Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
