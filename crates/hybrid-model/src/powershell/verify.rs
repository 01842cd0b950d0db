//! The read-only verification scripts run after the change: one `PASS`/`FAIL` line per thing the
//! change should have produced, and a report in the pre-flight's format that the builder reads
//! back to mark the checklist items it proves.

use super::command::Value;
use super::move_pairs;
use super::report_frame::{Frame, ScriptParam, assign_list, connect_read_only, guarded};
use super::token::Script;
use super::writer::{Part, Writer};
use crate::commands::{self, EXCHANGE_APP_ID, SFB_ONLINE_APP_ID};
use crate::plan::ps_bool;
use crate::report::{Part as ReportPart, ReportKind};
use crate::settings::{FederationMode, Settings};

use ReportPart::{OnPremises, Online};

/// Every verification check, in the order the scripts run them (defined with the report).
pub use crate::report::schema::VERIFICATION_CHECKS as CHECKS;

/// Checks the two service principals as server-to-server authentication leaves them.
const VERIFY_SERVICE_PRINCIPALS: &str = include_str!("fragments/verify-service-principals.ps1");

/// Test-CsFederatedPartner through the federation Edge towards a partner domain, as evidence.
const FEDERATED_PARTNER_CHECK: &str = include_str!("fragments/federated-partner-check.ps1");

fn frame(part: ReportPart) -> Frame {
    let (synopsis, run_in) = match part {
        OnPremises => (
            "Skype for Business hybrid verification, on-premises part: checks what the change produced, changes nothing.",
            "Run in the Skype for Business Server Management Shell after the on-premises change script.",
        ),
        Online => (
            "Skype for Business hybrid verification, online part: checks what the change produced, changes nothing.",
            "Run in Windows PowerShell 5.1 or PowerShell 7 with the MicrosoftTeams module after the online change script.",
        ),
    };
    Frame {
        kind: ReportKind::Verification,
        part,
        synopsis,
        run_in,
        params: match part {
            OnPremises => &[
                ScriptParam {
                    name: "PartnerDomain",
                    declaration: "[string] $PartnerDomain = ''",
                    help: "A federated partner's SIP domain on the allowed list, for Test-CsFederatedPartner. Without it that check is not run.",
                },
                ScriptParam {
                    name: "EdgePoolFqdn",
                    declaration: "[string] $EdgePoolFqdn = ''",
                    help: "The internal FQDN of the Edge pool that is the federation route; needed where the topology has several Edge pools.",
                },
            ],
            Online => &[],
        },
    }
}

/// The download name of a part's verification script.
pub fn script_file(part: ReportPart) -> String {
    frame(part).script_file()
}

/// The report file a part writes.
pub fn report_file(part: ReportPart) -> String {
    frame(part).report_file()
}

fn pass_or_fail(w: &mut Writer, id: &str, condition: &str, found: &str, todo: &str) {
    w.open(&format!("if ({condition}) {{"));
    w.code(&format!(
        "Add-Check -Id '{id}' -Status 'PASS' -Found {found} -Todo ''"
    ));
    w.reopen("} else {");
    w.code(&format!(
        "Add-Check -Id '{id}' -Status 'FAIL' -Found {found} -Todo '{todo}'"
    ));
    w.close("}");
}

/// The on-premises verification for the Skype for Business Server Management Shell.
pub fn on_premises(settings: &Settings) -> Script {
    let mut w = Writer::default();
    let frame = frame(OnPremises);
    frame.header(&mut w, settings);
    let w = &mut w;
    let edge = &settings.edge;

    w.comment("Step 1: the values the change script set (configure-federation-with-skype-for-business-online.md).");
    guarded(w, "verify-access-edge", |w| {
        w.fragment(super::preflight::ACCESS_EDGE_READ);
        pass_or_fail(
            w,
            "verify-access-edge",
            &format!(
                "$edge.AllowOutsideUsers -eq ${} -and $edge.AllowFederatedUsers -eq ${} -and $edge.EnablePartnerDiscovery -eq ${} -and $srv",
                ps_bool(edge.allow_outside_users).to_ascii_lowercase(),
                ps_bool(edge.allow_federated_users).to_ascii_lowercase(),
                ps_bool(edge.enable_partner_discovery).to_ascii_lowercase()
            ),
            "\"AllowOutsideUsers $($edge.AllowOutsideUsers), AllowFederatedUsers $($edge.AllowFederatedUsers), EnablePartnerDiscovery $($edge.EnablePartnerDiscovery), DNS SRV routing $srv\"",
            "Run the on-premises change script again and read its output.",
        );
    });

    w.comment("Step 2: exactly one provider for the ProxyFqdn, with every value of the procedure.");
    guarded(w, "verify-hosting-provider", |w| {
        w.parts(&[
            Part::Code("$proxy = "),
            Part::Value(Value::Literal(settings.proxy_fqdn().to_owned())),
        ]);
        w.parts(&[
            Part::Code("$autodiscover = "),
            Part::Value(Value::Literal(settings.autodiscover_url().to_owned())),
        ]);
        w.code("$found = @(Get-CsHostingProvider | Where-Object -FilterScript { \"$($_.ProxyFqdn)\" -eq $proxy })");
        pass_or_fail(
            w,
            "verify-hosting-provider",
            &format!(
                "$found.Count -eq 1 -and $found[0].Enabled -and $found[0].EnabledSharedAddressSpace -and $found[0].HostsOCSUsers -and -not $found[0].IsLocal -and \"$($found[0].VerificationLevel)\" -eq '{}' -and $found[0].AutodiscoverUrl -eq $autodiscover",
                settings.hosting_provider.verification_level.as_str()
            ),
            "\"$($found.Count) provider(s) for $proxy\"",
            "Run the on-premises change script again; compare Get-CsHostingProvider with the checklist.",
        );
    });

    if settings.oauth.enabled {
        w.comment("Server-to-server: the objects of configure-a-hybrid-environment.md.");
        guarded(w, "verify-oauth", |w| {
            w.parts(&[
                Part::Code("$metadata = "),
                Part::Value(Value::Literal(commands::acs_metadata_url(settings))),
            ]);
            w.code(
                "$sts = Get-CsOAuthServer -Identity 'microsoft.sts' -ErrorAction SilentlyContinue",
            );
            w.code("$partner = Get-CsPartnerApplication -Identity 'microsoft.exchange' -ErrorAction SilentlyContinue");
            w.code("$configuration = Get-CsOAuthConfiguration");
            pass_or_fail(
                w,
                "verify-oauth",
                &format!(
                    "$sts -and $sts.MetadataUrl -eq $metadata -and $partner -and $partner.ApplicationIdentifier -eq '{EXCHANGE_APP_ID}' -and $configuration.ServiceName -eq '{SFB_ONLINE_APP_ID}'"
                ),
                "\"microsoft.sts $([bool]$sts), microsoft.exchange $([bool]$partner), ServiceName $($configuration.ServiceName)\"",
                "Run the on-premises change script again with server-to-server authentication.",
            );
        });
    }

    guarded(w, "verify-federated-partner", |w| {
        w.fragment(FEDERATED_PARTNER_CHECK)
    });

    w.comment(
        "A moved user no longer shows HostingProvider SRV: on premises (INFERRED, reference 2.13).",
    );
    for user in settings.environment.pilots() {
        guarded(w, "verify-pilot-homed", |w| {
            w.parts(&[
                Part::Code("$pilot = "),
                Part::Value(Value::Literal(user.to_owned())),
            ]);
            w.code("$homed = Get-CsUser -Identity $pilot");
            pass_or_fail(
                w,
                "verify-pilot-homed",
                "\"$($homed.HostingProvider)\" -ne 'SRV:'",
                "\"$pilot HostingProvider $($homed.HostingProvider)\"",
                "The user is still on premises: run the moves (-MovePilotUsers -ReadinessFile) and read their output.",
            );
        });
    }

    frame.footer(w);
    std::mem::take(w).finish()
}

/// The online verification for a PowerShell session with the MicrosoftTeams module.
pub fn online(settings: &Settings) -> Script {
    let mut w = Writer::default();
    let frame = frame(Online);
    frame.header(&mut w, settings);
    let w = &mut w;
    connect_read_only(w, settings);

    guarded(w, "verify-tenant", |w| {
        w.code("$federation = Get-CsTenantFederationConfiguration");
        let open = settings.tenant.federation_mode == FederationMode::Open;
        pass_or_fail(
            w,
            "verify-tenant",
            &format!(
                "$federation.SharedSipAddressSpace -and $federation.AllowFederatedUsers -and ((\"$($federation.AllowedDomains)\" -match 'AllowAllKnownDomains') -eq ${})",
                ps_bool(open).to_ascii_lowercase()
            ),
            "\"SharedSipAddressSpace $($federation.SharedSipAddressSpace), AllowFederatedUsers $($federation.AllowFederatedUsers), AllowedDomains $($federation.AllowedDomains)\"",
            "Run the online change script again and read its output.",
        );
    });

    if settings.oauth.enabled {
        w.comment("Server-to-server: the certificate on the Skype for Business Online principal with an SPN per pool, Exchange Online enabled and without this certificate as a key (configure-a-hybrid-environment.md; CSS-Exchange ConfigureExchangeHybridApplication.md).");
        guarded(w, "verify-service-principals", |w| {
            w.parts(&[
                Part::Code("$certificate = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new("),
                Part::Value(Value::Literal(settings.oauth.certificate_path.clone())),
                Part::Code(")"),
            ]);
            w.code("Import-Module -Name Microsoft.Graph.Applications");
            w.command(&commands::connect_graph_read_only(settings));
            w.fragment(move_pairs::CERTIFICATE_TEST);
            assign_list(w, "$spns", &commands::web_services_spns(settings));
            w.fragment(VERIFY_SERVICE_PRINCIPALS);
            pass_or_fail(
                w,
                "verify-service-principals",
                "$problems.Count -eq 0",
                "$(if ($problems.Count -eq 0) { 'Keys, account and names in place.' } else { $problems -join '; ' })",
                "Run the online change script again with server-to-server authentication.",
            );
        });
    }

    w.comment("A moved user is homed online and TeamsOnly (Move-CsUser.md: moves to the cloud make users TeamsOnly).");
    for user in settings.environment.pilots() {
        guarded(w, "verify-pilot-online", |w| {
            w.parts(&[
                Part::Code("$pilot = "),
                Part::Value(Value::Literal(user.to_owned())),
            ]);
            w.code("$found = Get-CsOnlineUser -Identity $pilot");
            pass_or_fail(
                w,
                "verify-pilot-online",
                "\"$($found.HostingProvider)\" -ne 'SRV:' -and \"$($found.TeamsUpgradeEffectiveMode)\" -eq 'TeamsOnly'",
                "\"$pilot HostingProvider $($found.HostingProvider), mode $($found.TeamsUpgradeEffectiveMode)\"",
                "The move has not reached the tenant yet: wait for replication and run the verification again.",
            );
        });
    }

    frame.footer(w);
    w.command(&commands::disconnect_tenant());
    std::mem::take(w).finish()
}
