//! The read-only pre-flight scripts: one line per check (`PASS` / `WARN` / `FAIL`, what was found,
//! what to do) and one report file whose names come from [`crate::report`], so the writer and the
//! reader cannot drift. They change nothing: no cmdlet with a changing verb appears in them.

use super::move_pairs;
use super::report_frame::{
    Frame, ScriptParam, assign_list, connect_read_only, each_pilot, guarded,
};
use crate::powershell::command::Value;
use crate::powershell::token::Script;
use crate::powershell::writer::{Part, Writer};
use crate::report::{ReportKind, ReportPart};

use crate::procedure::settings::Settings;
use ReportPart::{OnPremises, Online};

/// Reads the Access Edge configuration into `$edge` and its routing into `$srv` ($true for DNS
/// SRV routing): the pre-flight, the verification and the change script read it the same way.
/// Get-CsAccessEdgeConfiguration returns a DisplayAccessEdgeSettingsDnsSrvRouting or a
/// DisplayAccessEdgeSettingsDefaultRoute object (Get-CsAccessEdgeConfiguration.md, OUTPUTS); the
/// type name also survives Export-Clixml, so the rollback reads a saved one the same way.
pub(crate) const ACCESS_EDGE_READ: &str = include_str!("fragments/access-edge-read.ps1");

/// `$expectedOutsideUsers`, `$expectedFederatedUsers`, `$expectedPartnerDiscovery`: the Access
/// Edge values of the settings, set before a fragment compares `$edge` with them.
pub(crate) fn expected_edge(w: &mut Writer, settings: &Settings) {
    let edge = &settings.edge;
    for (name, value) in [
        ("$expectedOutsideUsers = ", edge.allow_outside_users),
        ("$expectedFederatedUsers = ", edge.allow_federated_users),
        (
            "$expectedPartnerDiscovery = ",
            edge.enable_partner_discovery,
        ),
    ] {
        w.parts(&[Part::Code(name), Part::Value(Value::Bool(value))]);
    }
}

/// `$view` (which resolver answers) and `Get-RecordTarget` (a record's targets, CNAME targets
/// included): the pre-flight and the cut-over check read DNS the same way.
pub(crate) const DNS_TARGETS: &str = include_str!("fragments/dns-targets.ps1");
/// Checks each SIP domain's records point on premises, and says through which resolver.
const DNS_CHECK: &str = include_str!("fragments/dns-check.ps1");
/// Fails a SIP domain the tenant lacks or has disabled.
const TENANT_DOMAINS_CHECK: &str = include_str!("fragments/tenant-domains-check.ps1");
/// Defines `Get-EnabledPlan`: the plans in force, not those in their grace period.
pub(crate) const ENABLED_PLANS: &str = include_str!("fragments/enabled-plans.ps1");
/// Reports keys on the Exchange Online first-party principal and how they are removed.
const EXCHANGE_PRINCIPAL_KEYS: &str = include_str!("fragments/exchange-principal-keys.ps1");
/// Reads the product name and build; says when the product left support.
const SERVER_PRODUCT_CHECK: &str = include_str!("fragments/server-product-check.ps1");

/// Compares the build with the August 2025 hotfix of its version (THIRD-PARTY minimums).
const HYBRID_APPLICATION_BUILD_CHECK: &str =
    include_str!("fragments/hybrid-application-build-check.ps1");

/// Lists every pool with the services it runs.
const SERVER_ROLES_CHECK: &str = include_str!("fragments/server-roles-check.ps1");

/// Reads whether .NET 4 uses strong cryptography (TLS 1.2), which moves need.
const TLS12_CHECK: &str = include_str!("fragments/tls12-check.ps1");

/// Names the replicas that have not applied the latest configuration.
const CMS_REPLICATION_CHECK: &str = include_str!("fragments/cms-replication-check.ps1");

/// Compares the topology's SIP domains with the settings' domains.
const SIP_DOMAINS_CHECK: &str = include_str!("fragments/sip-domains-check.ps1");

/// Fails without an Edge pool and warns with more than one: one Edge is the federation route.
const EDGE_POOLS_CHECK: &str = include_str!("fragments/edge-pools-check.ps1");

/// Lists the registrar pools, for the report's facts.
const REGISTRAR_POOLS_CHECK: &str = include_str!("fragments/registrar-pools-check.ps1");

/// Counts the on-premises allowed and blocked domains, compared with the tenant's when read back.
const FEDERATION_LISTS_CHECK: &str = include_str!("fragments/federation-lists-check.ps1");

/// Shows the OAuth objects server-to-server authentication sets, as they are now.
const OAUTH_OBJECTS_CHECK: &str = include_str!("fragments/oauth-objects-check.ps1");

/// Fails when the tenant-wide coexistence mode is TeamsOnly, which moves from on premises cannot follow.
const COEXISTENCE_CHECK: &str = include_str!("fragments/coexistence-check.ps1");

/// Warns for a web services FQDN of the settings that no pool here publishes.
const WEB_SERVICES_CHECK: &str = include_str!("fragments/web-services-check.ps1");

/// Reports the Access Edge values and warns where the change script will alter federation.
const ACCESS_EDGE_CHECK: &str = include_str!("fragments/access-edge-check.ps1");

/// Fails on a public or hosting provider that clashes with the identity; warns on one for the same ProxyFqdn.
const HOSTING_PROVIDERS_CHECK: &str = include_str!("fragments/hosting-providers-check.ps1");

/// Reads the tenant id.
const TENANT_CHECK: &str = include_str!("fragments/tenant-check.ps1");

/// Fails a pilot user who is not synced as homed on premises or lacks the plans a move needs.
const PILOT_USER_CHECK: &str = include_str!("fragments/pilot-user-check.ps1");

/// Fails when the tenant does not allow federated users; collects its federation facts and lists.
const TENANT_FEDERATION_CHECK: &str = include_str!("fragments/tenant-federation-check.ps1");

/// Fails a build below the minimum for moves; warns on 2015, for which no fix is named.
const SERVER_BUILD_CHECK: &str = include_str!("fragments/server-build-check.ps1");

/// Fails when MicrosoftTeams is missing, too old, or a version that breaks Move-CsUser on this build.
const TEAMS_MODULE_CHECK: &str = include_str!("fragments/teams-module-check.ps1");

/// Checks the OAuthTokenIssuer certificate: present (a failure when `$serverToServer`, else a warning), valid, 2048-bit.
const OAUTH_CERTIFICATE_CHECK: &str = include_str!("fragments/oauth-certificate-check.ps1");

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
        w.fragment(move_pairs::MOVE_BUILD);
        w.fragment(SERVER_BUILD_CHECK);
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
        w.fragment(SERVER_ROLES_CHECK);
    });

    w.comment("Move-CsUser.md: MicrosoftTeams 6.2.1 or later; staff notes in office-docs-powershell pull requests 13225, 13244 and 13690 (not yet merged): versions after 7.1 need build 7.0.2046.849 (KB5090660).");
    guarded(w, "teams-module", |w| {
        w.fragment(TEAMS_MODULE_CHECK);
    });

    w.comment("Move-CsUser.md: moving users requires TLS 1.2. Reading it from the .NET SchUseStrongCrypto value is INFERRED (the common .NET setting that enables TLS 1.2).");
    guarded(w, "tls12", |w| {
        w.fragment(TLS12_CHECK);
    });

    w.comment("Get-CsManagementStoreReplicationStatus.md: UpToDate False means a server has not applied the latest configuration.");
    guarded(w, "cms-replication", |w| {
        w.fragment(CMS_REPLICATION_CHECK);
    });

    w.comment("Get-CsSipDomain.md; every SIP domain of the tenant must also be in the topology (plan-hybrid-connectivity.md).");
    guarded(w, "sip-domains", |w| {
        w.fragment(SIP_DOMAINS_CHECK);
    });

    w.comment("Only one Edge pool may be the federation route (Move-CsUser.md). AccessEdgeExternalFqdn is the property Get-CsService -EdgeServer shows (INFERRED from its output; Get-CsService.md lists no properties).");
    guarded(w, "edge-pools", |w| {
        w.fragment(EDGE_POOLS_CHECK);
    });

    w.comment("Get-CsService -WebServer | Select-Object PoolFqdn, InternalFqdn, ExternalFqdn (configure-skype-for-business-for-hybrid-modern-authentication.md).");
    guarded(w, "web-services", |w| {
        assign_list(w, "$expectedWeb", &settings.environment.web_fqdns());
        w.fragment(WEB_SERVICES_CHECK);
    });

    guarded(w, "registrar-pools", |w| {
        w.fragment(REGISTRAR_POOLS_CHECK);
    });

    w.comment("Hybrid needs federated users allowed and DNS SRV routing (configure-federation-with-skype-for-business-online.md).");
    guarded(w, "access-edge", |w| {
        w.fragment(ACCESS_EDGE_READ);
        w.fragment(ACCESS_EDGE_CHECK);
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
        w.fragment(HOSTING_PROVIDERS_CHECK);
    });

    w.comment("Federation lists must be identical on both sides (plan-hybrid-connectivity.md); the online pre-flight reads the tenant side.");
    guarded(w, "federation-lists", |w| {
        w.fragment(FEDERATION_LISTS_CHECK);
    });

    let oauth = settings.oauth.enabled;
    w.comment("assign-a-server-to-server-certificate.md: the OAuthTokenIssuer certificate is 2048-bit or larger and the same on every Front End.");
    guarded(w, "oauth-certificate", move |w| {
        // Without a certificate server-to-server authentication cannot be set up: a failure when
        // the settings turn it on, a warning otherwise.
        w.code(if oauth {
            "$serverToServer = $true"
        } else {
            "$serverToServer = $false"
        });
        w.fragment(OAUTH_CERTIFICATE_CHECK);
    });

    w.comment("The OAuth objects server-to-server authentication sets (configure-a-hybrid-environment.md): what is there now.");
    guarded(w, "oauth-objects", |w| {
        w.fragment(OAUTH_OBJECTS_CHECK);
    });

    let profile = settings.cloud.profile();
    w.comment("While hybrid is active every external record points on premises (plan-hybrid-connectivity.md); a record that resolves to Microsoft 365 sends users the wrong way.");
    guarded(w, "dns", |w| {
        // The cloud's names, one a line: `@(` collects each line's string.
        w.open("$cloudTargets = @(");
        for target in [
            profile.dns_sipdir.value,
            profile.dns_webdir.value,
            profile.dns_sipfed.value,
        ] {
            w.parts(&[Part::Value(Value::Literal(target.to_owned()))]);
        }
        w.close(")");
        w.fragment(DNS_TARGETS);
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
        w.fragment(TENANT_CHECK);
    });

    guarded(w, "tenant-domains", |w| {
        w.fragment(TENANT_DOMAINS_CHECK);
    });

    guarded(w, "tenant-federation", |w| {
        w.fragment(TENANT_FEDERATION_CHECK);
    });

    if settings.oauth.enabled {
        w.comment("Keys on the first-party Exchange Online principal are an exposure Microsoft's own tooling removes (CSS-Exchange ConfigureExchangeHybridApplication.md, -ResetFirstPartyServicePrincipalKeyCredentials); read-only scope (serviceprincipal-get.md).");
        guarded(w, "exchange-principal-keys", |w| {
            w.code("Import-Module -Name Microsoft.Graph.Applications");
            w.command(&crate::procedure::commands::connect_graph_read_only(
                settings,
            ));
            w.fragment(EXCHANGE_PRINCIPAL_KEYS);
        });
    }

    w.comment("Grant-CsTeamsUpgradePolicy.md: TeamsOnly cannot be the tenant-wide default while an on-premises deployment exists. The tenant TeamsUpgradeEffectiveMode property is named in Microsoft coexistence article (localized copy); INFERRED to be on Get-CsTenant.");
    guarded(w, "coexistence", |w| {
        w.fragment(COEXISTENCE_CHECK);
    });

    w.comment("A synced on-premises user shows HostingProvider SRV: (skype-for-business-online-retirement.md); licence plan names MCOProfessional and Teams are INFERRED.");
    if settings.environment.has_pilots() {
        w.fragment(ENABLED_PLANS);
    }
    each_pilot(w, settings, "pilot-user", PILOT_USER_CHECK);

    frame.footer(w);
    w.command(&crate::procedure::commands::disconnect_tenant());
    std::mem::take(w).finish()
}
