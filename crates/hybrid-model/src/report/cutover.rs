//! The cut-over check report, read back: whether the cut-over may be offered (no more users
//! homed on premises than the admin accepts), and what the check found about DNS and the hosting
//! providers, which after the cut-over proves the result. Read strictly, like every report.

use crate::report::envelope;
use serde::{Deserialize, Serialize};

use crate::input::display::display_text;
use crate::procedure::settings::Settings;
use crate::report::{check_date, domain_sets, list, same_deployment};
use crate::report::{cutover_text as t, text as rt};

/// The report schema of the check, which the cut-over script writes (`scripts::cutover`).
pub const CHECK_SCHEMA: &str = "hybrid-builder-cutover-check";
/// Its version.
pub const CHECK_VERSION: u32 = 1;

/// Far more than any check report (it lists at most 100 users).
pub const MAX_CHECK_BYTES: usize = 4 * 1024 * 1024;

/// Users still homed on one registrar pool.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PoolUsers {
    pub pool: String,
    pub users: u64,
}

/// A hosting provider as found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Provider {
    pub identity: String,
    pub proxy_fqdn: String,
    pub enabled: bool,
}

/// Where a DNS record points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DnsState {
    /// Not found: fine after the cut-over for a SIP domain no longer used.
    Missing,
    /// To Microsoft 365.
    Microsoft,
    /// Anywhere else: on premises, most likely.
    Elsewhere,
}

/// One DNS record as found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DnsRecord {
    pub name: String,
    #[serde(default)]
    pub r#type: String,
    pub state: DnsState,
    #[serde(deserialize_with = "list", default)]
    pub targets: Option<Vec<String>>,
}

/// The check report as the script writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckReport {
    pub schema: String,
    pub schema_version: u32,
    pub created_unix: i64,
    #[serde(deserialize_with = "list", default)]
    pub settings_sip_domains: Option<Vec<String>>,
    #[serde(default)]
    pub dns_view: String,
    pub users_on_premises: u64,
    #[serde(deserialize_with = "list", default)]
    pub pools: Option<Vec<PoolUsers>>,
    #[serde(deserialize_with = "list", default)]
    pub sample: Option<Vec<String>>,
    #[serde(deserialize_with = "list", default)]
    pub hosting_providers: Option<Vec<Provider>>,
    #[serde(deserialize_with = "list", default)]
    pub dns: Option<Vec<DnsRecord>>,
}

/// Why a check report was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckRefusal {
    TooLarge,
    NotJson(String),
    DuplicateKey(String),
    TooDeep,
    NotOurs,
    NewerSchema(u32),
    TooOld {
        days: i64,
    },
    FromTheFuture,
    BadDate(i64),
    NoDomains {
        settings: Vec<String>,
    },
    OtherDeployment {
        report: Vec<String>,
        settings: Vec<String>,
    },
}

crate::report::envelope::refusal_from_envelope!(CheckRefusal, dated);

impl CheckRefusal {
    /// In the admin's words, safe to show.
    pub fn message(&self) -> String {
        let message = match self {
            CheckRefusal::TooLarge => t::TOO_LARGE.to_string(),
            CheckRefusal::NotJson(why) => rt::not_json(why),
            CheckRefusal::DuplicateKey(key) => rt::duplicate_key(key.as_str()),
            CheckRefusal::TooDeep => rt::TOO_DEEP.to_string(),
            CheckRefusal::NotOurs => t::NOT_OURS.to_string(),
            CheckRefusal::NewerSchema(v) => rt::NewerSchema {
                version: *v,
                supported: CHECK_VERSION,
            }
            .text(),
            CheckRefusal::TooOld { days } => rt::too_old(*days),
            CheckRefusal::FromTheFuture => rt::FROM_THE_FUTURE.to_string(),
            CheckRefusal::BadDate(value) => rt::bad_date(value.to_string()),
            CheckRefusal::NoDomains { settings } => rt::no_domains(settings.join(", ")),
            CheckRefusal::OtherDeployment { report, settings } => {
                rt::other_deployment(report, settings)
            }
        };
        display_text(&message)
    }
}

/// Reads a check report for these settings at `now_unix`. Like the pre-flight it goes stale after
/// 7 days: the cut-over must rest on a fresh count.
pub fn read(text: &str, settings: &Settings, now_unix: i64) -> Result<CheckReport, CheckRefusal> {
    let value = envelope::open(text, MAX_CHECK_BYTES, CHECK_SCHEMA, CHECK_VERSION)?;
    let report: CheckReport =
        serde_json::from_value(value).map_err(|e| CheckRefusal::NotJson(e.to_string()))?;
    check_date(report.created_unix, now_unix)?;
    let (ours, theirs) = domain_sets(settings, report.settings_sip_domains.as_ref());
    same_deployment(ours, theirs)?;
    Ok(report)
}

/// Whether the cut-over stage is offered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// No more users homed on premises than accepted.
    Offered,
    /// Too many users left: how many, and by pool (shown).
    Withheld {
        users: u64,
        pools: Vec<(String, u64)>,
    },
}

impl Decision {
    /// In the admin's words.
    pub fn message(&self, accepted: u64) -> String {
        match self {
            Decision::Offered => t::offered(accepted),
            Decision::Withheld { users, .. } => t::Withheld {
                users: *users,
                accepted,
            }
            .text(),
        }
    }
}

/// The decision for a report and the number of users the admin accepts on premises.
pub fn decide(report: &CheckReport, accepted: u64) -> Decision {
    if report.users_on_premises <= accepted {
        Decision::Offered
    } else {
        Decision::Withheld {
            users: report.users_on_premises,
            pools: report
                .pools
                .iter()
                .flatten()
                .map(|p| (display_text(&p.pool), p.users))
                .collect(),
        }
    }
}

/// What still points elsewhere or is still enabled: after the cut-over, each is a step not done.
/// Shown texts.
pub fn remaining_hybrid(report: &CheckReport) -> Vec<String> {
    let mut out: Vec<String> = report
        .dns
        .iter()
        .flatten()
        .filter(|r| r.state == DnsState::Elsewhere)
        .map(|r| {
            t::DnsElsewhere {
                name: display_text(&r.name),
                targets: display_text(
                    &r.targets
                        .iter()
                        .flatten()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            }
            .text()
        })
        .collect();
    out.extend(
        report
            .hosting_providers
            .iter()
            .flatten()
            .filter(|p| p.enabled)
            .map(|p| {
                t::ProviderEnabled {
                    identity: display_text(&p.identity),
                    proxy: display_text(&p.proxy_fqdn),
                }
                .text()
            }),
    );
    out
}
