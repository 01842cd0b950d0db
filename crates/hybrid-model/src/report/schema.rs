//! The shape of a report, defined once: the names the read-only scripts write and the reader
//! reads, and every check they run with the step it concerns. It depends on nothing above it, so
//! the scripts (which write reports) and the reader both build on it.

use serde::{Deserialize, Serialize};

use crate::plan::StepId;

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
pub enum Part {
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
    pub part: Part,
    pub step: Option<StepId>,
    pub title: &'static str,
}

const fn check(
    id: &'static str,
    part: Part,
    step: Option<StepId>,
    title: &'static str,
) -> CheckDef {
    CheckDef {
        id,
        part,
        step,
        title,
    }
}

use Part::{OnPremises, Online};

/// Every check, in the order the scripts run them.
pub const PREFLIGHT_CHECKS: &[CheckDef] = &[
    check(
        "server-build",
        OnPremises,
        Some(StepId::PilotMoves),
        "Server build",
    ),
    check("server-roles", OnPremises, None, "Pools and their roles"),
    check(
        "teams-module",
        OnPremises,
        Some(StepId::PilotMoves),
        "MicrosoftTeams module",
    ),
    check(
        "tls12",
        OnPremises,
        Some(StepId::PilotMoves),
        "TLS 1.2 for .NET",
    ),
    check(
        "cms-replication",
        OnPremises,
        None,
        "Central Management Store replication",
    ),
    check(
        "sip-domains",
        OnPremises,
        None,
        "SIP domains in the topology",
    ),
    check(
        "edge-pools",
        OnPremises,
        Some(StepId::EdgeFederation),
        "Edge pools",
    ),
    check(
        "web-services",
        OnPremises,
        Some(StepId::OAuthOnline),
        "Pools' external web services",
    ),
    check(
        "registrar-pools",
        OnPremises,
        Some(StepId::PilotMoves),
        "Registrar pools",
    ),
    check(
        "access-edge",
        OnPremises,
        Some(StepId::EdgeFederation),
        "Access Edge configuration",
    ),
    check(
        "hosting-providers",
        OnPremises,
        Some(StepId::HostingProvider),
        "Hosting and public providers",
    ),
    check(
        "federation-lists",
        OnPremises,
        Some(StepId::TenantSharedSip),
        "Allowed and blocked domains",
    ),
    check(
        "oauth-certificate",
        OnPremises,
        Some(StepId::OAuthOnPremises),
        "OAuthTokenIssuer certificate",
    ),
    check(
        "oauth-objects",
        OnPremises,
        Some(StepId::OAuthOnPremises),
        "OAuth server and partner application",
    ),
    check("dns", OnPremises, None, "DNS from this server"),
    check("tenant", Online, Some(StepId::ConnectTenant), "Tenant"),
    check("tenant-domains", Online, None, "SIP domains in the tenant"),
    check(
        "tenant-federation",
        Online,
        Some(StepId::TenantSharedSip),
        "Tenant federation",
    ),
    check(
        "coexistence",
        Online,
        Some(StepId::MoveReadiness),
        "Tenant-wide coexistence mode",
    ),
    check(
        "pilot-user",
        Online,
        Some(StepId::MoveReadiness),
        "Pilot user",
    ),
];

/// The definition of a check id found in a report, of either kind.
pub fn definition(id: &str) -> Option<&'static CheckDef> {
    PREFLIGHT_CHECKS
        .iter()
        .chain(VERIFICATION_CHECKS)
        .find(|c| c.id == id)
}
/// Every verification check, in the order the scripts run them.
pub const VERIFICATION_CHECKS: &[CheckDef] = &[
    CheckDef {
        id: "verify-access-edge",
        part: OnPremises,
        step: Some(StepId::EdgeFederation),
        title: "Access Edge as configured",
    },
    CheckDef {
        id: "verify-hosting-provider",
        part: OnPremises,
        step: Some(StepId::HostingProvider),
        title: "One hosting provider with every value",
    },
    CheckDef {
        id: "verify-oauth",
        part: OnPremises,
        step: Some(StepId::OAuthOnPremises),
        title: "OAuth server, partner application and service name",
    },
    CheckDef {
        id: "verify-federated-partner",
        part: OnPremises,
        step: Some(StepId::HostingProvider),
        title: "Test-CsFederatedPartner towards the cloud",
    },
    CheckDef {
        id: "verify-pilot-homed",
        part: OnPremises,
        step: Some(StepId::PilotMoves),
        title: "Moved pilot user (on premises)",
    },
    CheckDef {
        id: "verify-tenant",
        part: Online,
        step: Some(StepId::TenantSharedSip),
        title: "Tenant shared SIP address space and federation",
    },
    CheckDef {
        id: "verify-service-principals",
        part: Online,
        step: Some(StepId::OAuthOnline),
        title: "Service principals: key, enabled, SPNs",
    },
    CheckDef {
        id: "verify-pilot-online",
        part: Online,
        step: Some(StepId::PilotMoves),
        title: "Moved pilot user (online)",
    },
];
