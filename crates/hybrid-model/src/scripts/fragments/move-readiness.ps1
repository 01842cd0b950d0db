function Get-MoveReadiness([string] $Identity) {
    $problems = @()
    {TenantUserRead}
    [pscustomobject]@{ Identity = $Identity; Ready = ($problems.Count -eq 0); Problems = $problems }
}
