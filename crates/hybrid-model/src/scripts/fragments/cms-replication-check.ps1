$stale = @(Get-CsManagementStoreReplicationStatus | Where-Object -Property UpToDate -EQ -Value $false |
    ForEach-Object -Process { "$($_.ReplicaFqdn)" })
if ($stale.Count -gt 0) {
    Add-Check -Id 'cms-replication' -Status 'WARN' -Found ("Not up to date: " + ($stale -join ', ')) -Todo (
        'Wait for replication or fix it before the window; changes reach the Edge only through replication.')
} else {
    Add-Check -Id 'cms-replication' -Status 'PASS' -Found 'Every replica is up to date.' -Todo ''
}
