//! The read-only pre-flight scripts: one line per check (`PASS` / `WARN` / `FAIL`, what was found,
//! what to do) and one report file whose names come from [`crate::report`], so the writer and the
//! reader cannot drift. They change nothing: no cmdlet with a changing verb appears in them.

use super::command::Value;
use super::move_pairs;
use super::report_frame::{Frame, ScriptParam, assign_list, connect_read_only, guarded};
use super::token::Script;
use super::writer::{Part, Writer};
use crate::report::{Part as ReportPart, ReportKind};

use crate::settings::Settings;
use ReportPart::{OnPremises, Online};

/// How a script tells the Access Edge's routing: Get-CsAccessEdgeConfiguration returns a
/// DisplayAccessEdgeSettingsDnsSrvRouting or a DisplayAccessEdgeSettingsDefaultRoute object
/// (Get-CsAccessEdgeConfiguration.md, OUTPUTS); the type name also survives Export-Clixml.
pub(crate) const EDGE_ROUTING_HOW: &str = "The routing is read from the type Get-CsAccessEdgeConfiguration returns: DisplayAccessEdgeSettingsDnsSrvRouting or DisplayAccessEdgeSettingsDefaultRoute (Get-CsAccessEdgeConfiguration.md).";
/// Sets `$srv` from `$edge`.
pub(crate) const EDGE_SRV: &str =
    "$srv = [bool](@($edge.PSObject.TypeNames) -match 'DisplayAccessEdgeSettingsDnsSrvRouting')";

/// Reads each SIP domain's records, CNAME targets included, and says through which resolver.
const DNS_CHECK: &str = include_str!("fragments/dns-check.ps1");
/// Fails a SIP domain the tenant lacks or has disabled.
const TENANT_DOMAINS_CHECK: &str = include_str!("fragments/tenant-domains-check.ps1");
/// Collects the tenant's allowed and blocked domain lists, compared with the on-premises lists
/// when the reports are read back.
const TENANT_LISTS: &str = include_str!("fragments/tenant-lists.ps1");
/// Defines `Get-EnabledPlan`: the plans in force, not those in their grace period.
pub(crate) const ENABLED_PLANS: &str = include_str!("fragments/enabled-plans.ps1");
/// Reports keys on the Exchange Online first-party principal and how they are removed.
const EXCHANGE_PRINCIPAL_KEYS: &str = include_str!("fragments/exchange-principal-keys.ps1");
/// Reads the product name and build; says when the product left support.
const SERVER_PRODUCT_CHECK: &str = include_str!("fragments/server-product-check.ps1");

/// Compares the build with the August 2025 hotfix of its version (THIRD-PARTY minimums).
const HYBRID_APPLICATION_BUILD_CHECK: &str =
    include_str!("fragments/hybrid-application-build-check.ps1");

/// File name of the on-premises pre-flight download.
pub const ON_PREMISES_FILE: &str = "hybrid-preflight-on-premises.ps1";
/// File name of the online pre-flight download.
pub const ONLINE_FILE: &str = "hybrid-preflight-online.ps1";

/// Every check, in the order the scripts run them (defined with the report they write).
pub use crate::report::schema::PREFLIGHT_CHECKS as CHECKS;

fn frame(part: ReportPart) -> Frame {
    let (synopsis, run_in) = match part {
        OnPremises => (
            "Skype for Business hybrid pre-flight, on-premises part: reads the deployment, changes nothing.",
            "Run in the Skype for Business Server Management Shell on the Front End server that will move users.",
        ),
        Online => (
            "Skype for Business hybrid pre-flight, online part: reads the tenant, changes nothing.",
            "Run in Windows PowerShell 5.1 or PowerShell 7 with the MicrosoftTeams module, not in the Management Shell.",
        ),
    };
    Frame {
        kind: ReportKind::Preflight,
        part,
        synopsis,
        run_in,
        params: match part {
            OnPremises => &[ScriptParam {
                name: "PublicDnsServer",
                declaration: "[string] $PublicDnsServer = ''",
                help: "A public DNS resolver (address or name) for the DNS check: without it the records are read through this server's own resolver, the internal view.",
            }],
            Online => &[],
        },
    }
}

/// The report file a part writes.
pub fn report_file(part: ReportPart) -> String {
    frame(part).report_file()
}

/// The on-premises pre-flight for the Skype for Business Server Management Shell.
pub fn on_premises(settings: &Settings) -> Script {
    let mut w = Writer::default();
    let frame = frame(OnPremises);
    frame.header(&mut w, settings);
    let w = &mut w;

    w.comment("Minimum builds for moves (Move-CsUser.md, move-users-between-on-premises-and-cloud.md); Get-CsServerPatchVersion lists each component's version (Get-CsServerPatchVersion.md).");
    guarded(w, "server-build", |w| {
        w.code(move_pairs::READ_BUILD);
        w.open("if (-not $build) {");
        w.code("Add-Check -Id 'server-build' -Status 'WARN' -Found 'No Core Components version in Get-CsServerPatchVersion.' -Todo 'Read the build with Get-CsServerPatchVersion and compare it with the minimum builds in the checklist.'");
        w.reopen(&format!(
            "}} elseif ({}) {{",
            move_pairs::BUILD_BELOW_MINIMUM
        ));
        w.code("Add-Check -Id 'server-build' -Status 'FAIL' -Found \"Build $build is below the minimum for moves.\" -Todo 'Install at least Skype for Business Server 2019 CU6 (7.0.2046.385) or 2015 CU12 (6.0.9319.619) before the window.'");
        w.reopen("} elseif ($build.Major -eq 6) {");
        w.code("Add-Check -Id 'server-build' -Status 'WARN' -Found \"Skype for Business Server 2015, build $build.\" -Todo 'Moves work with MicrosoftTeams 7.1 or earlier only: no fix is named for 2015 (office-docs-powershell pull request 13690).'");
        w.reopen("} else {");
        w.code("Add-Check -Id 'server-build' -Status 'PASS' -Found \"Build $build.\" -Todo ''");
        w.close("}");
    });

    guarded(w, "server-product", |w| w.fragment(SERVER_PRODUCT_CHECK));
    if settings.oauth.enabled {
        guarded(w, "hybrid-application-build", |w| {
            w.fragment(HYBRID_APPLICATION_BUILD_CHECK);
        });
    }

    w.comment(
        "Every pool with the services it runs (Get-CsPool.md: Identity, Services, Computers).",
    );
    guarded(w, "server-roles", |w| {
        w.code("$pools = @(Get-CsPool | ForEach-Object -Process { \"$($_.Identity): $(@($_.Services) -join ', ')\" })");
        w.code("Add-Check -Id 'server-roles' -Status 'PASS' -Found ($pools -join ' | ') -Todo ''");
    });

    w.comment("Move-CsUser.md: MicrosoftTeams 6.2.1 or later; staff notes in office-docs-powershell pull requests 13225, 13244 and 13690 (not yet merged): versions after 7.1 need build 7.0.2046.849 (KB5090660).");
    guarded(w, "teams-module", |w| {
        w.code("$teams = @(Get-Module -ListAvailable -Name MicrosoftTeams | Sort-Object -Property Version -Descending) | Select-Object -First 1");
        w.open("if (-not $teams) {");
        w.code("Add-Check -Id 'teams-module' -Status 'FAIL' -Found 'MicrosoftTeams is not installed on this server.' -Todo 'Install MicrosoftTeams 7.1.0 (Install-Module MicrosoftTeams -RequiredVersion 7.1.0), or a later version only with build 7.0.2046.849 or later.'");
        w.reopen(&format!(
            "}} elseif ({}) {{",
            move_pairs::MODULE_BELOW_MINIMUM
        ));
        w.code("Add-Check -Id 'teams-module' -Status 'FAIL' -Found \"MicrosoftTeams $($teams.Version).\" -Todo 'Move-CsUser needs 6.2.1 or later: install 7.1.0.'");
        w.reopen(&format!(
            "}} elseif ({} -and (-not $build -or {})) {{",
            move_pairs::MODULE_WITH_REGRESSION,
            move_pairs::BUILD_BELOW_FIX
        ));
        w.code("Add-Check -Id 'teams-module' -Status 'FAIL' -Found \"MicrosoftTeams $($teams.Version) with build $build.\" -Todo 'Versions after 7.1 break Move-CsUser before build 7.0.2046.849 (KB5090660): update the server or install 7.1.0.'");
        w.reopen("} else {");
        w.code("Add-Check -Id 'teams-module' -Status 'PASS' -Found \"MicrosoftTeams $($teams.Version).\" -Todo ''");
        w.close("}");
    });

    w.comment("Move-CsUser.md: moving users requires TLS 1.2. Reading it from the .NET SchUseStrongCrypto value is INFERRED (the common .NET setting that enables TLS 1.2).");
    guarded(w, "tls12", |w| {
        w.code("$strong = Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' -ErrorAction SilentlyContinue");
        w.open("if ($strong -and $strong.PSObject.Properties['SchUseStrongCrypto'] -and $strong.SchUseStrongCrypto -eq 1) {");
        w.code("Add-Check -Id 'tls12' -Status 'PASS' -Found 'SchUseStrongCrypto is 1 for .NET 4.' -Todo ''");
        w.reopen("} else {");
        w.code("Add-Check -Id 'tls12' -Status 'WARN' -Found 'SchUseStrongCrypto is not set for .NET 4.' -Todo 'Move-CsUser needs TLS 1.2: enable it for .NET on this server before the moves (the change script also asks for it in its own session).'");
        w.close("}");
    });

    w.comment("Get-CsManagementStoreReplicationStatus.md: UpToDate False means a server has not applied the latest configuration.");
    guarded(w, "cms-replication", |w| {
        w.code("$stale = @(Get-CsManagementStoreReplicationStatus | Where-Object -Property UpToDate -EQ -Value $false | ForEach-Object -Process { \"$($_.ReplicaFqdn)\" })");
        w.open("if ($stale.Count -gt 0) {");
        w.code("Add-Check -Id 'cms-replication' -Status 'WARN' -Found (\"Not up to date: \" + ($stale -join ', ')) -Todo 'Wait for replication or fix it before the window; changes reach the Edge only through replication.'");
        w.reopen("} else {");
        w.code("Add-Check -Id 'cms-replication' -Status 'PASS' -Found 'Every replica is up to date.' -Todo ''");
        w.close("}");
    });

    w.comment("Get-CsSipDomain.md; every SIP domain of the tenant must also be in the topology (plan-hybrid-connectivity.md).");
    guarded(w, "sip-domains", |w| {
        w.code("$topology = @(Get-CsSipDomain | ForEach-Object -Process { \"$($_.Identity)\".ToLowerInvariant() })");
        w.code("$facts.topology_sip_domains = $topology");
        w.code("$missing = @($expectedDomains | Where-Object -FilterScript { $topology -notcontains $_.ToLowerInvariant() })");
        w.code("$extra = @($topology | Where-Object -FilterScript { @($expectedDomains | ForEach-Object -Process { $_.ToLowerInvariant() }) -notcontains $_ })");
        w.open("if ($missing.Count -gt 0) {");
        w.code("Add-Check -Id 'sip-domains' -Status 'FAIL' -Found (\"Not in the topology: \" + ($missing -join ', ')) -Todo 'Add the SIP domain to the topology, or remove it from the settings in Hybrid Builder.'");
        w.reopen("} elseif ($extra.Count -gt 0) {");
        w.code("Add-Check -Id 'sip-domains' -Status 'WARN' -Found (\"In the topology but not in the settings: \" + ($extra -join ', ')) -Todo 'List every SIP domain in Hybrid Builder: DNS, certificates and the tenant need all of them.'");
        w.reopen("} else {");
        w.code("Add-Check -Id 'sip-domains' -Status 'PASS' -Found ($topology -join ', ') -Todo ''");
        w.close("}");
    });

    w.comment("Only one Edge pool may be the federation route (Move-CsUser.md). AccessEdgeExternalFqdn is the property Get-CsService -EdgeServer shows (INFERRED from its output; Get-CsService.md lists no properties).");
    guarded(w, "edge-pools", |w| {
        w.code("$edges = @(Get-CsService -EdgeServer)");
        w.code("$facts.edge_external_fqdns = @($edges | ForEach-Object -Process { \"$($_.AccessEdgeExternalFqdn)\" } | Where-Object -FilterScript { $_ })");
        w.open("if ($edges.Count -eq 0) {");
        w.code("Add-Check -Id 'edge-pools' -Status 'FAIL' -Found 'No Edge pool in the topology.' -Todo 'Hybrid needs an Edge Server deployed with federation.'");
        w.reopen("} elseif ($edges.Count -gt 1) {");
        w.code("Add-Check -Id 'edge-pools' -Status 'WARN' -Found (\"Edge pools: \" + ($facts.edge_external_fqdns -join ', ')) -Todo 'Only one Edge pool may be the federation Edge: check the federation route in the topology.'");
        w.reopen("} else {");
        w.code("Add-Check -Id 'edge-pools' -Status 'PASS' -Found (\"Access Edge: \" + ($facts.edge_external_fqdns -join ', ')) -Todo ''");
        w.close("}");
    });

    w.comment("Get-CsService -WebServer | Select-Object PoolFqdn, InternalFqdn, ExternalFqdn (configure-skype-for-business-for-hybrid-modern-authentication.md).");
    guarded(w, "web-services", |w| {
        w.code("$facts.web_services_fqdns = @(Get-CsService -WebServer | ForEach-Object -Process { \"$($_.ExternalFqdn)\".ToLowerInvariant() } | Where-Object -FilterScript { $_ } | Sort-Object -Unique)");
        assign_list(w, "$expectedWeb", &settings.environment.web_fqdns());
        w.code("$unknown = @($expectedWeb | Where-Object -FilterScript { $facts.web_services_fqdns -notcontains $_.ToLowerInvariant() })");
        w.open("if ($unknown.Count -gt 0) {");
        w.code("Add-Check -Id 'web-services' -Status 'WARN' -Found (\"Not an external web services FQDN here: \" + ($unknown -join ', ')) -Todo 'Use the pools external web services FQDNs found here in Hybrid Builder.'");
        w.reopen("} else {");
        w.code("Add-Check -Id 'web-services' -Status 'PASS' -Found ($facts.web_services_fqdns -join ', ') -Todo ''");
        w.close("}");
    });

    guarded(w, "registrar-pools", |w| {
        w.code("$facts.registrar_pools = @(Get-CsService -Registrar | ForEach-Object -Process { \"$($_.PoolFqdn)\" })");
        w.code("Add-Check -Id 'registrar-pools' -Status 'PASS' -Found ($facts.registrar_pools -join ', ') -Todo ''");
    });

    w.comment("Hybrid needs federated users allowed and DNS SRV routing (configure-federation-with-skype-for-business-online.md).");
    guarded(w, "access-edge", |w| {
        w.code("$edge = Get-CsAccessEdgeConfiguration");
        w.comment(EDGE_ROUTING_HOW);
        w.code(EDGE_SRV);
        w.code("$facts.access_edge = [ordered]@{ allow_outside_users = [bool]$edge.AllowOutsideUsers; allow_federated_users = [bool]$edge.AllowFederatedUsers; enable_partner_discovery = [bool]$edge.EnablePartnerDiscovery; use_dns_srv_routing = $srv }");
        w.open("if ($edge.AllowFederatedUsers -and $srv) {");
        w.code("Add-Check -Id 'access-edge' -Status 'PASS' -Found 'Federated users allowed, DNS SRV routing.' -Todo ''");
        w.reopen("} elseif (-not $srv) {");
        w.code("Add-Check -Id 'access-edge' -Status 'WARN' -Found \"Default route: $($edge.PSObject.Properties['DefaultRouteFqdn'].Value).\" -Todo 'The change script switches to DNS SRV routing; federation through the default route (clearing house) stops. Plan it with your federation partners.'");
        w.reopen("} else {");
        w.code("Add-Check -Id 'access-edge' -Status 'WARN' -Found 'Federated users are not allowed.' -Todo 'The change script allows them (Step 1).'");
        w.close("}");
    });

    w.comment("A public or hosting provider with the same identity causes the duplicate key sequence error (SupportArticles there-is-a-duplicate-key-sequence.md).");
    guarded(w, "hosting-providers", |w| {
        w.parts(&[
            Part::Code("$identity = "),
            Part::Value(Value::Literal(settings.hosting_provider.identity.clone())),
        ]);
        w.parts(&[
            Part::Code("$proxy = "),
            Part::Value(Value::Literal(settings.proxy_fqdn().to_owned())),
        ]);
        w.code("$providers = @(Get-CsHostingProvider)");
        w.code("$facts.hosting_providers = @($providers | ForEach-Object -Process { [ordered]@{ identity = \"$($_.Identity)\"; proxy_fqdn = \"$($_.ProxyFqdn)\"; enabled = [bool]$_.Enabled; enabled_shared_address_space = [bool]$_.EnabledSharedAddressSpace; hosts_ocs_users = [bool]$_.HostsOCSUsers; is_local = [bool]$_.IsLocal; verification_level = \"$($_.VerificationLevel)\"; autodiscover_url = \"$($_.AutodiscoverUrl)\" } })");
        w.code("$public = @(Get-CsPublicProvider | Where-Object -Property Identity -EQ -Value $identity)");
        w.code("$sameName = @($providers | Where-Object -FilterScript { \"$($_.Identity)\" -eq $identity -and \"$($_.ProxyFqdn)\" -ne $proxy })");
        w.code("$sameProxy = @($providers | Where-Object -FilterScript { \"$($_.ProxyFqdn)\" -eq $proxy })");
        w.open("if ($public.Count -gt 0) {");
        w.code("Add-Check -Id 'hosting-providers' -Status 'FAIL' -Found \"A public provider is named $identity.\" -Todo 'Choose another identity in Hybrid Builder, or remove the public provider.'");
        w.reopen("} elseif ($sameName.Count -gt 0) {");
        w.code("Add-Check -Id 'hosting-providers' -Status 'FAIL' -Found \"A hosting provider named $identity points to $($sameName[0].ProxyFqdn).\" -Todo 'Choose another identity in Hybrid Builder, or remove that provider.'");
        w.reopen("} elseif ($sameProxy.Count -gt 0) {");
        w.code("Add-Check -Id 'hosting-providers' -Status 'WARN' -Found \"Existing provider for $proxy`: $($sameProxy[0].Identity).\" -Todo 'The change script handles it as chosen under If a provider for this ProxyFqdn already exists; see What will change.'");
        w.reopen("} else {");
        w.code("Add-Check -Id 'hosting-providers' -Status 'PASS' -Found \"$($providers.Count) hosting provider(s); none for $proxy.\" -Todo ''");
        w.close("}");
    });

    w.comment("Federation lists must be identical on both sides (plan-hybrid-connectivity.md); the online pre-flight reads the tenant side.");
    guarded(w, "federation-lists", |w| {
        w.code("$facts.allowed_domains = @(Get-CsAllowedDomain | ForEach-Object -Process { \"$($_.Identity)\" })");
        w.code("$facts.blocked_domains = @(Get-CsBlockedDomain | ForEach-Object -Process { \"$($_.Identity)\" })");
        w.code("Add-Check -Id 'federation-lists' -Status 'PASS' -Found \"$($facts.allowed_domains.Count) allowed, $($facts.blocked_domains.Count) blocked.\" -Todo 'Compare with the tenant lists in the online report.'");
    });

    let oauth = settings.oauth.enabled;
    w.comment("assign-a-server-to-server-certificate.md: the OAuthTokenIssuer certificate is 2048-bit or larger and the same on every Front End.");
    guarded(w, "oauth-certificate", move |w| {
        w.code("$oauth = Get-CsCertificate -Type OAuthTokenIssuer -ErrorAction SilentlyContinue | Select-Object -First 1");
        w.open("if (-not $oauth) {");
        w.code(&format!(
            "Add-Check -Id 'oauth-certificate' -Status '{}' -Found 'No OAuthTokenIssuer certificate.' -Todo 'Assign one (Set-CsCertificate -Identity global -Type OAuthTokenIssuer) before server-to-server authentication.'",
            if oauth { "FAIL" } else { "WARN" }
        ));
        w.reopen("} elseif ($oauth.NotAfter -lt (Get-Date)) {");
        w.code("Add-Check -Id 'oauth-certificate' -Status 'FAIL' -Found \"Expired on $($oauth.NotAfter).\" -Todo 'Renew the OAuthTokenIssuer certificate before the window.'");
        w.reopen("} elseif ($oauth.NotAfter -lt (Get-Date).AddDays(60)) {");
        w.code("Add-Check -Id 'oauth-certificate' -Status 'WARN' -Found \"Expires on $($oauth.NotAfter).\" -Todo 'Plan the renewal (Set-CsCertificate -Roll) soon.'");
        w.reopen("} else {");
        w.code("$x509 = Get-Item -LiteralPath \"Cert:\\LocalMachine\\My\\$($oauth.Thumbprint)\" -ErrorAction SilentlyContinue");
        w.open("if ($x509 -and $x509.PublicKey.Key.KeySize -lt 2048) {");
        w.code("Add-Check -Id 'oauth-certificate' -Status 'FAIL' -Found \"Key size $($x509.PublicKey.Key.KeySize).\" -Todo 'Use a certificate with a 2048-bit or larger key.'");
        w.reopen("} else {");
        w.code("Add-Check -Id 'oauth-certificate' -Status 'PASS' -Found \"Thumbprint $($oauth.Thumbprint), expires $($oauth.NotAfter).\" -Todo ''");
        w.close("}");
        w.close("}");
    });

    w.comment("The OAuth objects server-to-server authentication sets (configure-a-hybrid-environment.md): what is there now.");
    guarded(w, "oauth-objects", |w| {
        w.code("$sts = Get-CsOAuthServer -Identity 'microsoft.sts' -ErrorAction SilentlyContinue");
        w.code("$partner = Get-CsPartnerApplication -Identity 'microsoft.exchange' -ErrorAction SilentlyContinue");
        w.code("$service = \"$((Get-CsOAuthConfiguration).ServiceName)\"");
        w.code("$stsText = if ($sts) { \"microsoft.sts $($sts.MetadataUrl)\" } else { 'no microsoft.sts' }");
        w.code("$partnerText = if ($partner) { \"microsoft.exchange $($partner.ApplicationIdentifier)\" } else { 'no microsoft.exchange' }");
        w.code("Add-Check -Id 'oauth-objects' -Status 'PASS' -Found \"$stsText; $partnerText; ServiceName $service\" -Todo ''");
    });

    let profile = settings.cloud.profile();
    w.comment("While hybrid is active every external record points on premises (plan-hybrid-connectivity.md); a record that resolves to Microsoft 365 sends users the wrong way.");
    guarded(w, "dns", |w| {
        assign_list(
            w,
            "$cloudTargets",
            &[
                profile.dns_sipdir.value,
                profile.dns_webdir.value,
                profile.dns_sipfed.value,
            ],
        );
        w.fragment(DNS_CHECK);
    });

    frame.footer(w);
    std::mem::take(w).finish()
}

/// The online pre-flight for a PowerShell session with the MicrosoftTeams module.
pub fn online(settings: &Settings) -> Script {
    let mut w = Writer::default();
    let frame = frame(Online);
    frame.header(&mut w, settings);
    let w = &mut w;
    connect_read_only(w, settings);

    guarded(w, "tenant", |w| {
        w.code("$tenant = Get-CsTenant");
        w.code("$facts.tenant_id = \"$($tenant.TenantId)\"");
        w.code(
            "Add-Check -Id 'tenant' -Status 'PASS' -Found \"Tenant $($tenant.TenantId).\" -Todo ''",
        );
    });

    guarded(w, "tenant-domains", |w| {
        w.fragment(TENANT_DOMAINS_CHECK);
    });

    guarded(w, "tenant-federation", |w| {
        w.code("$federation = Get-CsTenantFederationConfiguration");
        w.code("$facts.shared_sip_address_space = [bool]$federation.SharedSipAddressSpace");
        w.code("$facts.tenant_allow_federated_users = [bool]$federation.AllowFederatedUsers");
        w.code("$facts.tenant_open_federation = (\"$($federation.AllowedDomains)\" -match 'AllowAllKnownDomains')");
        w.fragment(TENANT_LISTS);
        w.open("if (-not $federation.AllowFederatedUsers) {");
        w.code("Add-Check -Id 'tenant-federation' -Status 'FAIL' -Found 'The tenant does not allow federated users.' -Todo 'Turn external access on (Set-CsTenantFederationConfiguration -AllowFederatedUsers $true) before the window.'");
        w.reopen("} else {");
        w.code("Add-Check -Id 'tenant-federation' -Status 'PASS' -Found \"SharedSipAddressSpace $($federation.SharedSipAddressSpace), open federation $($facts.tenant_open_federation).\" -Todo ''");
        w.close("}");
    });

    if settings.oauth.enabled {
        w.comment("Keys on the first-party Exchange Online principal are an exposure Microsoft's own tooling removes (CSS-Exchange ConfigureExchangeHybridApplication.md, -ResetFirstPartyServicePrincipalKeyCredentials); read-only scope (serviceprincipal-get.md).");
        guarded(w, "exchange-principal-keys", |w| {
            w.code("Import-Module -Name Microsoft.Graph.Applications");
            w.command(&crate::commands::connect_graph_read_only(settings));
            w.fragment(EXCHANGE_PRINCIPAL_KEYS);
        });
    }

    w.comment("Grant-CsTeamsUpgradePolicy.md: TeamsOnly cannot be the tenant-wide default while an on-premises deployment exists. The tenant TeamsUpgradeEffectiveMode property is named in Microsoft coexistence article (localized copy); INFERRED to be on Get-CsTenant.");
    guarded(w, "coexistence", |w| {
        w.open("if ($tenant.PSObject.Properties['TeamsUpgradeEffectiveMode'] -and \"$($tenant.TeamsUpgradeEffectiveMode)\" -eq 'TeamsOnly') {");
        w.code("Add-Check -Id 'coexistence' -Status 'FAIL' -Found 'The tenant-wide mode is TeamsOnly.' -Todo 'Set the tenant-wide mode back (Microsoft Support may be needed) before moving users from on premises.'");
        w.reopen("} elseif ($tenant.PSObject.Properties['TeamsUpgradeEffectiveMode']) {");
        w.code("Add-Check -Id 'coexistence' -Status 'PASS' -Found \"Tenant-wide mode $($tenant.TeamsUpgradeEffectiveMode).\" -Todo ''");
        w.reopen("} else {");
        w.code("Add-Check -Id 'coexistence' -Status 'WARN' -Found 'The tenant-wide mode is not readable here.' -Todo 'Check in the Teams admin center that the org-wide coexistence mode is not Teams only.'");
        w.close("}");
    });

    w.comment("A synced on-premises user shows HostingProvider SRV: (skype-for-business-online-retirement.md); licence plan names MCOProfessional and Teams are INFERRED.");
    if settings.environment.has_pilots() {
        w.fragment(ENABLED_PLANS);
    }
    for user in settings.environment.pilots() {
        let literal = || Part::Value(Value::Literal(user.to_owned()));
        guarded(w, "pilot-user", |w| {
            w.parts(&[Part::Code("$pilot = "), literal()]);
            w.code("$found = Get-CsOnlineUser -Identity $pilot");
            w.code("$plans = Get-EnabledPlan -User $found");
            w.open("if (\"$($found.HostingProvider)\" -ne 'SRV:') {");
            w.code("Add-Check -Id 'pilot-user' -Status 'FAIL' -Found \"$pilot has HostingProvider $($found.HostingProvider), not SRV:.\" -Todo 'Wait for directory sync, or check that the user is homed on premises.'");
            w.reopen("} elseif ($plans -notcontains 'MCOProfessional' -or $plans -notcontains 'Teams') {");
            w.code("Add-Check -Id 'pilot-user' -Status 'FAIL' -Found \"$pilot plans: $($plans -join ', ').\" -Todo 'Assign Teams and Skype for Business Online (Plan 2), plus Audio Conferencing or Teams Phone if the user uses them on premises.'");
            w.reopen("} else {");
            w.code("Add-Check -Id 'pilot-user' -Status 'PASS' -Found \"$pilot synced and licensed.\" -Todo ''");
            w.close("}");
        });
    }

    frame.footer(w);
    w.command(&crate::commands::disconnect_tenant());
    std::mem::take(w).finish()
}
