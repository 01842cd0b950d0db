$facts.registrar_pools = @(Get-CsService -Registrar | ForEach-Object -Process { "$($_.PoolFqdn)" })
Add-Check -Id 'registrar-pools' -Status 'PASS' -Found ($facts.registrar_pools -join ', ') -Todo ''
