//! The read-only verification scripts run after the change: one `PASS`/`FAIL` line per thing the
//! change should have produced, and a report in the pre-flight's format that the builder reads
//! back to mark the checklist items it proves.

use super::move_pairs;
use super::report_frame::{
    Frame, ScriptParam, assign_list, connect_read_only, each_pilot, guarded,
};
use crate::powershell::command::Value;
use crate::powershell::token::Script;
use crate::powershell::writer::{Part, Writer};
use crate::procedure::commands;
use crate::procedure::settings::{FederationMode, Settings};
use crate::report::{ReportKind, ReportPart};

use ReportPart::{OnPremises, Online};

/// Every verification check, in the order the scripts run them (defined with the report).
pub use crate::report::schema::VERIFICATION_CHECKS as CHECKS;

/// Checks the two service principals as server-to-server authentication leaves them: the
/// certificate a key of Skype for Business Online only, every SPN, Exchange Online enabled.
const VERIFY_SERVICE_PRINCIPALS: &str = include_str!("fragments/verify-service-principals.ps1");

/// Test-CsFederatedPartner through the federation Edge towards a partner domain, as evidence.
const FEDERATED_PARTNER_CHECK: &str = include_str!("fragments/federated-partner-check.ps1");

/// Compares the Access Edge with the `$expected…` values of the settings.
const VERIFY_ACCESS_EDGE: &str = include_str!("fragments/verify-access-edge.ps1");
/// Exactly one provider for `$proxy`, with every value of the procedure.
const VERIFY_HOSTING_PROVIDER: &str = include_str!("fragments/verify-hosting-provider.ps1");
/// The OAuth server, partner application and service name server-to-server authentication sets.
const VERIFY_OAUTH: &str = include_str!("fragments/verify-oauth.ps1");
/// A moved `$pilot` no longer shows HostingProvider SRV: on premises.
const VERIFY_PILOT_HOMED: &str = include_str!("fragments/verify-pilot-homed.ps1");
/// The tenant shares the SIP address space and federates as `$expectedOpen` says.
const VERIFY_TENANT: &str = include_str!("fragments/verify-tenant.ps1");
/// A moved `$pilot` is homed online and TeamsOnly.
const VERIFY_PILOT_ONLINE: &str = include_str!("fragments/verify-pilot-online.ps1");

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

/// The on-premises verification for the Skype for Business Server Management Shell.
pub fn on_premises(settings: &Settings) -> Script {
    let mut w = Writer::default();
    let frame = frame(OnPremises);
    frame.header(&mut w, settings);
    let w = &mut w;

    w.comment("Step 1: the values the change script set (configure-federation-with-skype-for-business-online.md).");
    guarded(w, "verify-access-edge", |w| {
        w.fragment(super::preflight::ACCESS_EDGE_READ);
        super::preflight::expected_edge(w, settings);
        w.fragment(VERIFY_ACCESS_EDGE);
    });

    w.comment("Step 2: exactly one provider for the ProxyFqdn, with every value of the procedure.");
    guarded(w, "verify-hosting-provider", |w| {
        literal(w, "proxy", settings.proxy_fqdn());
        literal(w, "autodiscover", settings.autodiscover_url());
        literal(
            w,
            "verificationLevel",
            settings.hosting_provider.verification_level.as_str(),
        );
        w.fragment(VERIFY_HOSTING_PROVIDER);
    });

    if settings.oauth.enabled {
        w.comment("Server-to-server: the objects of configure-a-hybrid-environment.md.");
        guarded(w, "verify-oauth", |w| {
            literal(w, "metadata", &commands::acs_metadata_url(settings));
            w.fragment(VERIFY_OAUTH);
        });
    }

    guarded(w, "verify-federated-partner", |w| {
        w.fragment(FEDERATED_PARTNER_CHECK)
    });

    w.comment(
        "A moved user no longer shows HostingProvider SRV: on premises (INFERRED, reference 2.13).",
    );
    each_pilot(w, settings, "verify-pilot-homed", VERIFY_PILOT_HOMED);

    frame.footer(w);
    std::mem::take(w).finish()
}

/// `$name = '…'`: a value of the settings as a literal, set just before the fragment that reads it.
fn literal(w: &mut Writer, name: &str, value: &str) {
    let code = format!("${name} = ");
    w.parts(&[
        Part::Code(&code),
        Part::Value(Value::Literal(value.to_owned())),
    ]);
}

/// The online verification for a PowerShell session with the MicrosoftTeams module.
pub fn online(settings: &Settings) -> Script {
    let mut w = Writer::default();
    let frame = frame(Online);
    frame.header(&mut w, settings);
    let w = &mut w;
    connect_read_only(w, settings);

    guarded(w, "verify-tenant", |w| {
        let open = settings.tenant.federation_mode == FederationMode::Open;
        w.parts(&[
            Part::Code("$expectedOpen = "),
            Part::Value(Value::Bool(open)),
        ]);
        w.fragment(VERIFY_TENANT);
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
        });
    }

    w.comment("A moved user is homed online and TeamsOnly (Move-CsUser.md: moves to the cloud make users TeamsOnly).");
    each_pilot(w, settings, "verify-pilot-online", VERIFY_PILOT_ONLINE);

    frame.footer(w);
    w.command(&commands::disconnect_tenant());
    std::mem::take(w).finish()
}
