$pools = @(Get-CsPool | ForEach-Object -Process { "$($_.Identity): $(@($_.Services) -join ', ')" })
Add-Check -Id 'server-roles' -Status 'PASS' -Found ($pools -join ' | ') -Todo ''
