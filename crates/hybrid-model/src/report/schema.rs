//! The shape of a report, defined once: the names the read-only scripts write and the reader
//! reads, and every check they run with the step it concerns. It depends on nothing above it, so
//! the scripts (which write reports) and the reader both build on it.

use crate::i18n::Msg;
use crate::i18n::keys::report as names;
use serde::{Deserialize, Serialize};

use crate::procedure::plan::StepId;

/// Names the JSON as ours, so another tool's file is refused before anything is read from it.
pub const REPORT_SCHEMA: &str = "hybrid-builder-report";
/// Bumped whenever a report would be read differently.
pub const REPORT_VERSION: u32 = 1;

/// Which read-only script wrote the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    Preflight,
    Verification,
}

/// Which shell the script ran in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
// The name serde gives in its messages ("expected enum Part") stays the one readers have seen.
#[serde(rename = "Part")]
pub enum ReportPart {
    OnPremises,
    Online,
}

/// One check's outcome, as the script prints it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    #[serde(rename = "FAIL")]
    Fail,
    #[serde(rename = "WARN")]
    Warn,
    #[serde(rename = "PASS")]
    Pass,
}

/// One line of the script's output: what was checked, found and what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckResult {
    pub id: String,
    pub status: Status,
    #[serde(default)]
    pub found: String,
    #[serde(default)]
    pub todo: String,
}

/// One check the pre-flight runs: its stable id, the part that runs it and the step it concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckDef {
    pub id: &'static str,
    pub part: ReportPart,
    pub step: Option<StepId>,
    /// What the check looks at, in the active language.
    pub title: Msg,
}

const fn check(id: &'static str, part: ReportPart, step: Option<StepId>, title: Msg) -> CheckDef {
    CheckDef {
        id,
        part,
        step,
        title,
    }
}

use ReportPart::{OnPremises, Online};

/// Every check, in the order the scripts run them.
pub const PREFLIGHT_CHECKS: &[CheckDef] = &[
    check(
        "server-build",
        OnPremises,
        Some(StepId::PilotMoves),
        names::CHECK_SERVER_BUILD,
    ),
    check(
        "server-product",
        OnPremises,
        None,
        names::CHECK_SERVER_PRODUCT,
    ),
    check(
        "hybrid-application-build",
        OnPremises,
        Some(StepId::OAuthOnline),
        names::CHECK_HYBRID_APPLICATION_BUILD,
    ),
    check("server-roles", OnPremises, None, names::CHECK_SERVER_ROLES),
    check(
        "teams-module",
        OnPremises,
        Some(StepId::PilotMoves),
        names::CHECK_TEAMS_MODULE,
    ),
    check(
        "tls12",
        OnPremises,
        Some(StepId::PilotMoves),
        names::CHECK_TLS12,
    ),
    check(
        "cms-replication",
        OnPremises,
        None,
        names::CHECK_CMS_REPLICATION,
    ),
    check("sip-domains", OnPremises, None, names::CHECK_SIP_DOMAINS),
    check(
        "edge-pools",
        OnPremises,
        Some(StepId::EdgeFederation),
        names::CHECK_EDGE_POOLS,
    ),
    check(
        "web-services",
        OnPremises,
        Some(StepId::OAuthOnline),
        names::CHECK_WEB_SERVICES,
    ),
    check(
        "registrar-pools",
        OnPremises,
        Some(StepId::PilotMoves),
        names::CHECK_REGISTRAR_POOLS,
    ),
    check(
        "access-edge",
        OnPremises,
        Some(StepId::EdgeFederation),
        names::CHECK_ACCESS_EDGE,
    ),
    check(
        "hosting-providers",
        OnPremises,
        Some(StepId::HostingProvider),
        names::CHECK_HOSTING_PROVIDERS,
    ),
    check(
        "federation-lists",
        OnPremises,
        Some(StepId::TenantSharedSip),
        names::CHECK_FEDERATION_LISTS,
    ),
    check(
        "oauth-certificate",
        OnPremises,
        Some(StepId::OAuthOnPremises),
        names::CHECK_OAUTH_CERTIFICATE,
    ),
    check(
        "oauth-objects",
        OnPremises,
        Some(StepId::OAuthOnPremises),
        names::CHECK_OAUTH_OBJECTS,
    ),
    check("dns", OnPremises, None, names::CHECK_DNS),
    check(
        "tenant",
        Online,
        Some(StepId::ConnectTenant),
        names::CHECK_TENANT,
    ),
    check("tenant-domains", Online, None, names::CHECK_TENANT_DOMAINS),
    check(
        "tenant-federation",
        Online,
        Some(StepId::TenantSharedSip),
        names::CHECK_TENANT_FEDERATION,
    ),
    check(
        "exchange-principal-keys",
        Online,
        Some(StepId::OAuthOnline),
        names::CHECK_EXCHANGE_PRINCIPAL_KEYS,
    ),
    check(
        "coexistence",
        Online,
        Some(StepId::MoveReadiness),
        names::CHECK_COEXISTENCE,
    ),
    check(
        "pilot-user",
        Online,
        Some(StepId::MoveReadiness),
        names::CHECK_PILOT_USER,
    ),
];

/// Checks no script runs: the reader makes them from what both parts' reports found.
pub const READ_BACK_CHECKS: &[CheckDef] = &[check(
    FEDERATION_LISTS_MATCH,
    Online,
    Some(StepId::TenantSharedSip),
    names::CHECK_FEDERATION_LISTS_MATCH,
)];

/// The read-back check that compares the allowed and blocked domain lists of both sides.
pub const FEDERATION_LISTS_MATCH: &str = "federation-lists-match";

/// The definition of a check id found in a report, of either kind.
pub fn definition(id: &str) -> Option<&'static CheckDef> {
    PREFLIGHT_CHECKS
        .iter()
        .chain(VERIFICATION_CHECKS)
        .chain(READ_BACK_CHECKS)
        .find(|c| c.id == id)
}
/// Every verification check, in the order the scripts run them.
pub const VERIFICATION_CHECKS: &[CheckDef] = &[
    CheckDef {
        id: "verify-access-edge",
        part: OnPremises,
        step: Some(StepId::EdgeFederation),
        title: names::CHECK_VERIFY_ACCESS_EDGE,
    },
    CheckDef {
        id: "verify-hosting-provider",
        part: OnPremises,
        step: Some(StepId::HostingProvider),
        title: names::CHECK_VERIFY_HOSTING_PROVIDER,
    },
    CheckDef {
        id: "verify-oauth",
        part: OnPremises,
        step: Some(StepId::OAuthOnPremises),
        title: names::CHECK_VERIFY_OAUTH,
    },
    // Evidence for the Edge, not proof of the hybrid route: it verifies no step.
    CheckDef {
        id: "verify-federated-partner",
        part: OnPremises,
        step: None,
        title: names::CHECK_VERIFY_FEDERATED_PARTNER,
    },
    CheckDef {
        id: "verify-pilot-homed",
        part: OnPremises,
        step: Some(StepId::PilotMoves),
        title: names::CHECK_VERIFY_PILOT_HOMED,
    },
    CheckDef {
        id: "verify-tenant",
        part: Online,
        step: Some(StepId::TenantSharedSip),
        title: names::CHECK_VERIFY_TENANT,
    },
    CheckDef {
        id: "verify-service-principals",
        part: Online,
        step: Some(StepId::OAuthOnline),
        title: names::CHECK_VERIFY_SERVICE_PRINCIPALS,
    },
    CheckDef {
        id: "verify-pilot-online",
        part: Online,
        step: Some(StepId::PilotMoves),
        title: names::CHECK_VERIFY_PILOT_ONLINE,
    },
];
