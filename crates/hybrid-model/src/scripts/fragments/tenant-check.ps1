$tenant = Get-CsTenant
$facts.tenant_id = "$($tenant.TenantId)"
Add-Check -Id 'tenant' -Status 'PASS' -Found "Tenant $($tenant.TenantId)." -Todo ''
