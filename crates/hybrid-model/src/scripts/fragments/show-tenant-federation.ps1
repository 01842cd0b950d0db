Get-CsTenantFederationConfiguration |
    Select-Object -Property SharedSipAddressSpace, AllowFederatedUsers, AllowedDomains, BlockedDomains
