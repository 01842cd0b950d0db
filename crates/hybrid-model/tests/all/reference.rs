//! Every cmdlet and parameter the model emits exists in the reference (../shared/reference/sfb-hybrid.md
//! §2), and each command's parameters all come from one parameter set.

use crate::support;

use hybrid_model::scripts::change;
use hybrid_model::scripts::rollback::{on_premises_rollback, online_rollback};
use support::{commands, variants};

const COMMON: &[&str] = &[
    "Verbose",
    "Debug",
    "ErrorAction",
    "ErrorVariable",
    "WarningAction",
    "WarningVariable",
    "InformationAction",
    "InformationVariable",
    "OutVariable",
    "OutBuffer",
    "PipelineVariable",
];

/// Parameter sets by cmdlet, as the reference condenses them.
fn sets(cmdlet: &str) -> Option<Vec<Vec<&'static str>>> {
    let edge_shared = [
        "AllowAnonymousUsers",
        "AllowFederatedUsers",
        "AllowOutsideUsers",
        "EnableArchivingDisclaimer",
        "KeepCrlsUpToDateForPeers",
        "MarkSourceVerifiableOnOutgoingMessages",
        "EnableDiscoveredPartnerContactsLimit",
        "EnableUserReplicator",
        "OutgoingTlsCountForFederatedPartners",
        "CertificatesDeletedPercentage",
        "DiscoveredPartnerReportPeriodMinutes",
        "DiscoveredPartnerStandardRate",
        "MaxAcceptedCertificatesStored",
        "MaxContactsPerDiscoveredPartner",
        "MaxRejectedCertificatesStored",
        "DnsSrvCacheRecordCount",
        "SkypeSearchUrl",
        "Force",
        "WhatIf",
        "Confirm",
    ];
    let with = |base: &[&'static str], extra: &[&'static str]| -> Vec<&'static str> {
        base.iter().chain(extra).copied().collect()
    };
    let sets = match cmdlet {
        // Skype for Business Server (on premises).
        "Set-CsAccessEdgeConfiguration" => vec![
            with(&edge_shared, &["Identity"]),
            with(
                &edge_shared,
                &[
                    "UseDefaultRouting",
                    "DefaultRouteFqdn",
                    "IsPublicProvider",
                    "VerificationLevel",
                ],
            ),
            with(
                &edge_shared,
                &[
                    "UseDnsSrvRouting",
                    "EnablePartnerDiscovery",
                    "BeClearingHouse",
                    "DiscoveredPartnerVerificationLevel",
                ],
            ),
        ],
        "Get-CsAccessEdgeConfiguration" | "Get-CsHostingProvider" => {
            vec![vec!["Identity", "LocalStore"], vec!["Filter", "LocalStore"]]
        }
        "New-CsHostingProvider" => vec![vec![
            "Identity",
            "Enabled",
            "ProxyFqdn",
            "EnabledSharedAddressSpace",
            "HostsOCSUsers",
            "IsLocal",
            "VerificationLevel",
            "AutodiscoverUrl",
            "SipClientPort",
            "Force",
            "InMemory",
            "WhatIf",
            "Confirm",
        ]],
        "Set-CsHostingProvider" => vec![vec![
            "Identity",
            "Enabled",
            "EnabledSharedAddressSpace",
            "HostsOCSUsers",
            "IsLocal",
            "VerificationLevel",
            "AutodiscoverUrl",
            "SipClientPort",
            "Force",
            "WhatIf",
            "Confirm",
        ]],
        "Remove-CsHostingProvider" => vec![vec!["Identity", "Force", "WhatIf", "Confirm"]],
        "Get-CsPublicProvider" => vec![vec![]],
        // Move-CsUser.md: the Identity set (default) and the UserList set ("Users" in its
        // parameter YAML), which takes -UserList instead of -Identity; -Report is in both.
        "Move-CsUser" => vec![
            vec![
                "Identity",
                "Target",
                "Credential",
                "MoveToTeams",
                "HostedMigrationOverrideUrl",
                "TenantAdminUserName",
                "BypassEnterpriseVoiceCheck",
                "AccessTokens",
                "Report",
                "Force",
                "ProxyPool",
                "DomainController",
                "PassThru",
                "WhatIf",
                "Confirm",
            ],
            vec![
                "UserList",
                "Target",
                "Credential",
                "MoveToTeams",
                "HostedMigrationOverrideUrl",
                "TenantAdminUserName",
                "BypassEnterpriseVoiceCheck",
                "Report",
                "Force",
                "ProxyPool",
                "DomainController",
                "PassThru",
                "WhatIf",
                "Confirm",
            ],
        ],
        "Get-CsUser" => vec![vec![
            "Identity",
            "Credential",
            "DomainController",
            "Filter",
            "OU",
            "ResultSize",
            "LdapFilter",
        ]],
        "Get-CsCertificate" => vec![vec!["Type", "NetportId", "Report", "Identity"]],
        "New-CsOAuthServer" => vec![vec![
            "Identity",
            "MetadataUrl",
            "Realm",
            "Tenant",
            "AcceptSecurityIdentifierInformation",
            "AuthorizationUriOverride",
            "Type",
            "Force",
            "InMemory",
            "WhatIf",
            "Confirm",
        ]],
        "Get-CsOAuthServer" | "Get-CsPartnerApplication" | "Get-CsOAuthConfiguration" => vec![
            vec!["Identity", "LocalStore", "Tenant"],
            vec!["Filter", "LocalStore", "Tenant"],
        ],
        "Remove-CsOAuthServer" | "Remove-CsPartnerApplication" => {
            vec![vec!["Identity", "Tenant", "Force", "WhatIf", "Confirm"]]
        }
        // The UseOAuthServer and MetadataUrl sets (reference §2.15; New-CsPartnerApplication.md).
        "New-CsPartnerApplication" => vec![
            vec![
                "Identity",
                "ApplicationIdentifier",
                "ApplicationTrustLevel",
                "UseOAuthServer",
                "Realm",
                "Tenant",
                "AcceptSecurityIdentifierInformation",
                "Enabled",
                "Force",
                "InMemory",
                "WhatIf",
                "Confirm",
            ],
            vec![
                "Identity",
                "ApplicationTrustLevel",
                "MetadataUrl",
                "Tenant",
                "AcceptSecurityIdentifierInformation",
                "Enabled",
                "Force",
                "InMemory",
                "WhatIf",
                "Confirm",
            ],
        ],
        // The UseOAuthServer and MetadataUrl sets (reference §2.15; Set-CsPartnerApplication.md).
        "Set-CsPartnerApplication" => vec![
            vec![
                "Identity",
                "UseOAuthServer",
                "AcceptSecurityIdentifierInformation",
                "ApplicationTrustLevel",
                "Enabled",
                "Tenant",
                "Force",
                "WhatIf",
                "Confirm",
            ],
            vec![
                "Identity",
                "MetadataUrl",
                "AcceptSecurityIdentifierInformation",
                "ApplicationTrustLevel",
                "Enabled",
                "Tenant",
                "Force",
                "WhatIf",
                "Confirm",
            ],
        ],
        // Single set (reference §2.15; Set-CsOAuthServer.md).
        "Set-CsOAuthServer" => vec![vec![
            "Identity",
            "Instance",
            "MetadataUrl",
            "Tenant",
            "AcceptSecurityIdentifierInformation",
            "AuthorizationUriOverride",
            "Type",
            "Force",
            "WhatIf",
            "Confirm",
        ]],
        "Set-CsOAuthConfiguration" => vec![vec![
            "Tenant",
            "Realm",
            "ServiceName",
            "ClientAuthorizationOAuthServerIdentity",
            "ExchangeAutodiscoverAllowedDomains",
            "ExchangeAutodiscoverUrl",
            "ClientAdalAuthOverride",
            "Identity",
            "Force",
            "WhatIf",
            "Confirm",
        ]],
        // Microsoft 365 (MicrosoftTeams, legacy connector, Graph, MSOnline).
        "Set-CsTenantFederationConfiguration" => vec![vec![
            "Tenant",
            "AllowedDomains",
            "BlockedDomains",
            "BlockAllSubdomains",
            "AllowFederatedUsers",
            "AllowTeamsConsumer",
            "AllowTeamsConsumerInbound",
            "TreatDiscoveredPartnersAsUnverified",
            "SharedSipAddressSpace",
            "RestrictTeamsConsumerToExternalUserProfiles",
            "AllowedDomainsAsAList",
            "Identity",
            "Force",
            "WhatIf",
            "Confirm",
        ]],
        "Get-CsTenantFederationConfiguration" => vec![
            vec!["Tenant", "Identity", "LocalStore"],
            vec!["Tenant", "Filter", "LocalStore"],
        ],
        "Connect-MicrosoftTeams" => vec![vec![
            "TenantId",
            "Credential",
            "AccountId",
            "LogLevel",
            "LogFilePath",
            "TeamsEnvironmentName",
            "UseDeviceAuthentication",
            "DisableWAM",
            "WhatIf",
            "Confirm",
        ]],
        "Disconnect-MicrosoftTeams" => vec![vec!["WhatIf", "Confirm"]],
        "Set-TeamsEnvironmentConfig" => vec![vec![
            "EndpointUris",
            "TeamsEnvironmentName",
            "WhatIf",
            "Confirm",
        ]],
        "New-CsOnlineSession" => vec![vec![
            "Credential",
            "OverrideAdminDomain",
            "OverridePowerShellUri",
            "TeamsEnvironmentName",
            "SessionOption",
        ]],
        "Import-PSSession" => vec![vec![
            "Session",
            "Prefix",
            "DisableNameChecking",
            "CommandName",
            "AllowClobber",
            "ArgumentList",
            "CommandType",
            "Module",
            "FullyQualifiedModule",
            "FormatTypeName",
            "Certificate",
        ]],
        "Remove-PSSession" => vec![vec!["Session", "WhatIf", "Confirm"]],
        "Get-Credential" => vec![vec!["Credential"], vec!["Message", "UserName"]],
        "Import-Module" => vec![vec![
            "Name",
            "Global",
            "Prefix",
            "Force",
            "PassThru",
            "MinimumVersion",
            "MaximumVersion",
            "RequiredVersion",
            "DisableNameChecking",
            "NoClobber",
            "Scope",
        ]],
        "Connect-MgGraph" => vec![vec![
            "Scopes",
            "TenantId",
            "ClientId",
            "ContextScope",
            "Environment",
            "UseDeviceCode",
            "ClientTimeout",
            "NoWelcome",
            "Break",
        ]],
        "Get-MgServicePrincipal" => vec![
            vec!["Filter", "Property"],
            vec!["ServicePrincipalId", "Property"],
        ],
        // UpdateExpanded: every property of the service principal, AccountEnabled among them.
        "Update-MgServicePrincipal" => vec![vec![
            "ServicePrincipalId",
            "KeyCredentials",
            "ServicePrincipalNames",
            "AccountEnabled",
        ]],
        "Get-MsolServicePrincipal" => vec![vec!["AppPrincipalId", "TenantId"]],
        "Set-MsolServicePrincipal" => vec![vec![
            "ObjectId",
            "AppPrincipalId",
            "DisplayName",
            "ServicePrincipalNames",
            "AccountEnabled",
            "Addresses",
            "TenantId",
        ]],
        "Get-CsOnlineUser" => vec![vec![
            "Identity",
            "AccountType",
            "Filter",
            "Properties",
            "ResultSize",
            "SkipUserPolicies",
            "SoftDeletedUser",
            "Sort",
        ]],
        // Named in the reference's corrections for build checks; it takes no parameter here.
        "Get-CsServerPatchVersion" => vec![vec![]],
        // Read-only cmdlets of the pre-flight and verification scripts (office-docs-powershell:
        // Get-CsServerPatchVersion.md, Get-CsManagementStoreReplicationStatus.md, Get-CsSipDomain.md,
        // Get-CsService.md, Get-CsAllowedDomain.md, Get-CsBlockedDomain.md, Get-CsOnlineSipDomain.md,
        // Get-CsTenant.md, Test-CsFederatedPartner.md).
        "Get-CsManagementStoreReplicationStatus" => {
            vec![vec!["ReplicaFqdn", "CentralManagementStoreStatus"]]
        }
        "Get-CsSipDomain" | "Get-CsAllowedDomain" | "Get-CsBlockedDomain" => {
            vec![vec!["Identity", "Filter", "LocalStore"]]
        }
        "Get-CsPool" => vec![vec!["Identity", "Filter", "Site", "LocalStore"]],
        "Get-CsService" => vec![
            vec!["EdgeServer", "PoolFqdn"],
            vec!["WebServer", "PoolFqdn"],
            vec!["Registrar", "PoolFqdn"],
        ],
        "Get-CsOnlineSipDomain" => vec![vec!["Domain", "DomainStatus"]],
        "Get-CsTenant" => vec![vec!["Filter", "DomainController", "Identity", "ResultSize"]],
        "Test-CsFederatedPartner" => vec![vec!["TargetFqdn", "Domain", "ProxyFqdn", "Certificate"]],
        "Get-ItemProperty" => vec![vec!["Path", "Name"]],
        "Resolve-DnsName" => vec![vec!["Name", "Type", "Server"]],
        // The pre-flight and cut-over check helper (fragments/dns-targets.ps1).
        "Get-RecordTarget" => vec![vec!["Name", "Type"]],
        "Get-SipRecord" => vec![vec!["Domain"]],
        "Out-Null" => vec![vec!["InputObject"]],
        "Out-File" => vec![vec!["LiteralPath", "FilePath", "Encoding", "InputObject"]],
        // Functions the scripts define themselves.
        "Add-Check" => vec![vec!["Id", "Status", "Found", "Todo"]],
        "Get-MoveReadiness" => vec![vec!["Identity"]],
        "Test-IsThisCertificate" => vec![vec!["Key"]],
        "Get-PrincipalState" => vec![vec!["AppId"]],
        "Get-EnabledPlan" => vec![vec!["User"]],
        // Grant-CsTeamsUpgradePolicy.md (MicrosoftTeams): sets Identity, GrantToTenant, GrantToGroup;
        // no -WhatIf in any of them.
        "Grant-CsTeamsUpgradePolicy" => vec![
            vec![
                "Identity",
                "MigrateMeetingsToTeams",
                "PassThru",
                "PolicyName",
                "MsftInternalProcessingMode",
            ],
            vec![
                "MigrateMeetingsToTeams",
                "PassThru",
                "PolicyName",
                "MsftInternalProcessingMode",
                "Force",
                "Global",
            ],
            vec![
                "MigrateMeetingsToTeams",
                "PassThru",
                "PolicyName",
                "MsftInternalProcessingMode",
                "Group",
                "Rank",
            ],
        ],
        // The wave script's own helpers (fragments/wave-readiness.ps1).
        "ConvertTo-Problem" => vec![vec!["Code", "Detail"]],
        "Add-Result" => vec![vec!["Entry", "SipAddress", "Status", "Problems"]],
        // PowerShell-Docs reference/5.1 Microsoft.PowerShell.Utility/Group-Object.md.
        "Group-Object" => vec![vec!["Property", "InputObject"]],
        "Get-CsServerVersion" => vec![vec![]],
        // Export-CsConfiguration.md, parameter set FileName.
        "Export-CsConfiguration" => vec![vec!["FileName", "Force", "LocalStore"]],
        "Compare-Object" => vec![vec!["ReferenceObject", "DifferenceObject"]],
        "Connect-MsolService" => vec![
            vec!["AzureEnvironment"],
            vec!["Credential", "AzureEnvironment"],
        ],
        "New-MsolServicePrincipalCredential" => vec![vec![
            "AppPrincipalId",
            "Type",
            "Usage",
            "Value",
            "StartDate",
            "EndDate",
            "TenantId",
        ]],
        // The language's own utility cmdlets (Microsoft.PowerShell.*), used for guards, backups and output.
        "Where-Object" => vec![
            vec!["FilterScript", "InputObject"],
            vec!["Property", "Match", "Value", "InputObject"],
            vec!["Property", "EQ", "Value", "InputObject"],
            vec!["Property", "NE", "Value", "InputObject"],
            vec!["Property", "GT", "Value", "InputObject"],
        ],
        "Select-Object" => vec![vec!["Property", "InputObject", "ExpandProperty", "First"]],
        "Sort-Object" => vec![vec!["Property", "Descending", "Unique", "InputObject"]],
        "ForEach-Object" => vec![
            vec!["Process", "InputObject"],
            vec!["MemberName", "InputObject"],
        ],
        "Get-Module" => vec![vec!["Name", "ListAvailable", "All"]],
        "Get-Content" => vec![vec!["LiteralPath", "Raw", "Encoding"]],
        "ConvertFrom-Json" => vec![vec!["InputObject"]],
        "ConvertTo-Json" => vec![vec!["Depth", "InputObject", "Compress"]],
        "Set-Content" => vec![vec![
            "LiteralPath",
            "Value",
            "Encoding",
            "WhatIf",
            "Confirm",
        ]],
        "Export-Clixml" => vec![vec![
            "Path",
            "InputObject",
            "Depth",
            "Force",
            "WhatIf",
            "Confirm",
        ]],
        "Join-Path" => vec![vec!["Path", "ChildPath"]],
        // PowerShell-Docs reference/5.1: Start-Transcript.md (ByPath, ByLiteralPath,
        // ByOutputDirectory), Stop-Transcript.md (no parameter), Test-Path.md, Get-Item.md and
        // Import-Clixml.md (Path and LiteralPath sets).
        "Start-Transcript" => {
            let shared = [
                "Append",
                "Force",
                "NoClobber",
                "IncludeInvocationHeader",
                "WhatIf",
                "Confirm",
            ];
            ["Path", "LiteralPath", "OutputDirectory"]
                .into_iter()
                .map(|selector| std::iter::once(selector).chain(shared).collect())
                .collect()
        }
        "Stop-Transcript" => vec![vec![]],
        "Test-Path" => ["Path", "LiteralPath"]
            .into_iter()
            .map(|selector| {
                vec![
                    selector,
                    "Filter",
                    "Include",
                    "Exclude",
                    "PathType",
                    "IsValid",
                    "Credential",
                    "OlderThan",
                    "NewerThan",
                ]
            })
            .collect(),
        "Get-Item" => ["Path", "LiteralPath"]
            .into_iter()
            .map(|selector| {
                vec![
                    selector,
                    "Filter",
                    "Include",
                    "Exclude",
                    "Force",
                    "Credential",
                    "Stream",
                ]
            })
            .collect(),
        "Import-Clixml" => ["Path", "LiteralPath"]
            .into_iter()
            .map(|selector| vec![selector, "IncludeTotalCount", "Skip", "First"])
            .collect(),
        "Get-Date" => vec![vec!["Format"], vec![]],
        "Get-Location" | "Format-List" | "Out-Host" => vec![vec![]],
        "Set-StrictMode" => vec![vec!["Version"]],
        "Write-Host" | "Write-Warning" => vec![vec![]],
        "New-Object" => vec![vec!["TypeName", "ArgumentList"]],
        _ => return None,
    };
    Some(sets)
}

#[test]
fn every_emitted_command_binds_one_documented_parameter_set() {
    let mut seen = std::collections::BTreeSet::new();
    for (name, settings) in variants() {
        for text in [
            change::on_premises(&settings).text(),
            change::online(&settings).text(),
            on_premises_rollback(&settings).text(),
            online_rollback(&settings).text(),
            hybrid_model::scripts::preflight::on_premises(&settings).text(),
            hybrid_model::scripts::preflight::online(&settings).text(),
            hybrid_model::scripts::verify::on_premises(&settings).text(),
            hybrid_model::scripts::verify::online(&settings).text(),
            hybrid_model::scripts::waves::wave(&settings, 1).text(),
            hybrid_model::scripts::cutover::check(&settings).text(),
            hybrid_model::scripts::cutover::online(&settings, 0).text(),
            hybrid_model::scripts::cutover::on_premises(&settings, 0).text(),
        ] {
            for command in commands(&text) {
                let Some(sets) = sets(&command.cmdlet) else {
                    panic!("{name}: {} is not in the reference", command.cmdlet);
                };
                let params: Vec<&str> = command
                    .params
                    .iter()
                    .map(|(p, _)| p.as_str())
                    .filter(|p| !COMMON.contains(p))
                    .collect();
                assert!(
                    sets.iter()
                        .any(|set| params.iter().all(|p| set.contains(p))),
                    "{name}: {} {params:?} fits no single parameter set",
                    command.cmdlet
                );
                seen.insert(command.cmdlet);
            }
        }
    }
    for domain_cmdlet in [
        "Set-CsAccessEdgeConfiguration",
        "New-CsHostingProvider",
        "Set-CsHostingProvider",
        "Set-CsTenantFederationConfiguration",
        "Move-CsUser",
        "Connect-MicrosoftTeams",
        "Export-CsConfiguration",
        "Update-MgServicePrincipal",
        "Start-Transcript",
        "Stop-Transcript",
        "Test-Path",
        "Import-Clixml",
        "Set-CsOAuthServer",
        "New-CsPartnerApplication",
        "Remove-CsHostingProvider",
        "Get-CsOnlineSipDomain",
        "Grant-CsTeamsUpgradePolicy",
        "Group-Object",
    ] {
        assert!(
            seen.contains(domain_cmdlet),
            "the variants never emit {domain_cmdlet}"
        );
    }
}
