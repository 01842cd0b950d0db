//! The result reports the wave scripts write, read back: per wave and overall, how many users
//! moved, failed (with the reason) or were not ready (with the reason), what remains, what to do
//! for each failure, and the users to try again. A report is taken only if it is unambiguous JSON
//! of ours (`strict_json`), plausibly dated and made for these settings' SIP domains. Its texts come
//! from the deployment and are shown through [`display_text`].

use crate::report::envelope;
use std::collections::{BTreeMap, BTreeSet};

/// The report schema a wave script writes and this reader reads (defined with the reader, so
/// the scripts, one stage up, build on it as the pre-flight scripts build on `report::schema`).
pub const WAVE_RESULTS_SCHEMA: &str = "hybrid-builder-wave-results";
/// Its version.
pub const WAVE_RESULTS_VERSION: u32 = 1;

use serde::{Deserialize, Serialize};

use crate::input::display::display_text;
use crate::procedure::settings::Settings;
use crate::report::text as rt;
use crate::report::{
    CLOCK_SKEW_SECONDS, EARLIEST_REPORT_UNIX, LATEST_REPORT_UNIX, domain_sets, list,
    same_deployment,
};
use crate::waves::text as t;

/// Far more than a wave of the largest size with long error texts; a larger file is not ours.
pub const MAX_RESULTS_BYTES: usize = 16 * 1024 * 1024;

/// What became of one user in a wave run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserStatus {
    Failed,
    NotReady,
    /// Ready in a dry run (-WhatIf): not moved.
    Ready,
    Moved,
    /// Found already moved when the script ran again.
    AlreadyMoved,
}

impl UserStatus {
    /// In the admin's words.
    pub fn label(self) -> &'static str {
        match self {
            UserStatus::Failed => t::STATUS_FAILED.text(),
            UserStatus::NotReady => t::STATUS_NOT_READY.text(),
            UserStatus::Ready => t::STATUS_READY.text(),
            UserStatus::Moved => t::STATUS_MOVED.text(),
            UserStatus::AlreadyMoved => t::STATUS_ALREADY_MOVED.text(),
        }
    }

    fn is_moved(self) -> bool {
        matches!(self, UserStatus::Moved | UserStatus::AlreadyMoved)
    }
}

/// One problem the script found with a user: a code of the script and its detail.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
// The name serde gives in its messages ("expected struct Problem") stays the one readers have seen.
#[serde(rename = "Problem")]
pub struct UserProblem {
    pub code: String,
    pub detail: String,
}

/// One user's line of a result report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserResult {
    /// The entry of the user file.
    #[serde(default)]
    pub entry: String,
    /// `sip:…` as Get-CsUser gave it; empty when the user was not found on premises.
    #[serde(default)]
    pub sip_address: String,
    pub status: UserStatus,
    #[serde(deserialize_with = "list", default)]
    pub problems: Option<Vec<UserProblem>>,
}

impl UserResult {
    /// The user as the next user file names them: the SIP address when known, else the entry.
    pub fn identity(&self) -> &str {
        if self.sip_address.is_empty() {
            &self.entry
        } else {
            &self.sip_address
        }
    }

    fn key(&self) -> String {
        crate::procedure::validate::strip_sip(self.identity()).to_ascii_lowercase()
    }
}

/// A wave result report as a wave script writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaveReport {
    pub schema: String,
    pub schema_version: u32,
    pub wave: u32,
    pub created_unix: i64,
    #[serde(default)]
    pub dry_run: bool,
    #[serde(deserialize_with = "list", default)]
    pub settings_sip_domains: Option<Vec<String>>,
    #[serde(default)]
    pub move_report: String,
    #[serde(deserialize_with = "list", default)]
    pub users: Option<Vec<UserResult>>,
}

impl WaveReport {
    /// The users, in the order the script read them.
    pub fn results(&self) -> &[UserResult] {
        self.users.as_deref().unwrap_or_default()
    }
}

/// Why a wave report was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WaveRefusal {
    TooLarge,
    NotJson(String),
    DuplicateKey(String),
    TooDeep,
    NotOurs,
    NewerSchema(u32),
    FromTheFuture,
    BadDate(i64),
    NoDomains {
        settings: Vec<String>,
    },
    OtherDeployment {
        report: Vec<String>,
        settings: Vec<String>,
    },
    NoUsers,
}

crate::report::envelope::refusal_from_envelope!(WaveRefusal);

impl WaveRefusal {
    /// In the admin's words, safe to show (it may quote the file).
    pub fn message(&self) -> String {
        let message = match self {
            WaveRefusal::TooLarge => t::RESULTS_TOO_LARGE.to_string(),
            WaveRefusal::NotJson(why) => rt::not_json(why),
            WaveRefusal::DuplicateKey(key) => rt::duplicate_key(key.as_str()),
            WaveRefusal::TooDeep => rt::TOO_DEEP.to_string(),
            WaveRefusal::NotOurs => t::NOT_OURS.to_string(),
            WaveRefusal::NewerSchema(v) => rt::NewerSchema {
                version: *v,
                supported: WAVE_RESULTS_VERSION,
            }
            .text(),
            WaveRefusal::FromTheFuture => rt::FROM_THE_FUTURE.to_string(),
            WaveRefusal::BadDate(value) => rt::bad_date(value.to_string()),
            WaveRefusal::NoDomains { settings } => rt::no_domains(settings.join(", ")),
            WaveRefusal::OtherDeployment { report, settings } => {
                rt::other_deployment(report, settings)
            }
            WaveRefusal::NoUsers => t::NO_USERS.to_string(),
        };
        display_text(&message)
    }
}

/// Reads one wave result report for these settings at `now_unix`. Unlike the pre-flight, a wave
/// report does not go stale: a migration takes months and its first waves stay done. It must
/// still be dated plausibly (not before 2015, not past 2100, not more than a day ahead).
pub fn read(text: &str, settings: &Settings, now_unix: i64) -> Result<WaveReport, WaveRefusal> {
    let value = envelope::open(
        text,
        MAX_RESULTS_BYTES,
        WAVE_RESULTS_SCHEMA,
        WAVE_RESULTS_VERSION,
    )?;
    let report: WaveReport =
        serde_json::from_value(value).map_err(|e| WaveRefusal::NotJson(e.to_string()))?;
    if !(EARLIEST_REPORT_UNIX..=LATEST_REPORT_UNIX).contains(&report.created_unix) {
        return Err(WaveRefusal::BadDate(report.created_unix));
    }
    if report.created_unix.saturating_sub(now_unix) > CLOCK_SKEW_SECONDS {
        return Err(WaveRefusal::FromTheFuture);
    }
    let (ours, theirs) = domain_sets(settings, report.settings_sip_domains.as_ref());
    same_deployment(ours, theirs)?;
    if report.results().is_empty() {
        return Err(WaveRefusal::NoUsers);
    }
    Ok(report)
}

/// How many users of a wave (or of all waves) are where.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Moved by this run or an earlier one.
    pub moved: usize,
    pub failed: usize,
    pub not_ready: usize,
    /// Ready in a dry run, not moved.
    pub ready: usize,
}

impl Counts {
    fn add(&mut self, status: UserStatus) {
        match status {
            UserStatus::Moved | UserStatus::AlreadyMoved => self.moved += 1,
            UserStatus::Failed => self.failed += 1,
            UserStatus::NotReady => self.not_ready += 1,
            UserStatus::Ready => self.ready += 1,
        }
    }

    /// Users of the waves read who are still on premises.
    pub fn remaining(&self) -> usize {
        self.failed + self.not_ready + self.ready
    }

    pub fn total(&self) -> usize {
        self.moved + self.remaining()
    }
}

/// One reason a user did not move, with what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// The script's code, shown.
    pub code: String,
    /// What the script found (an error message, a plan, a domain), shown.
    pub detail: String,
    /// What to do, in the active language.
    pub todo: &'static str,
}

/// A user of a wave who is not in Teams yet, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmoved {
    pub user: String,
    pub status: UserStatus,
    pub reasons: Vec<Reason>,
}

/// One wave, by its latest report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaveProgress {
    pub wave: u32,
    pub dry_run: bool,
    pub created_unix: i64,
    pub counts: Counts,
    /// Failed first, then not ready, then ready in a dry run.
    pub unmoved: Vec<Unmoved>,
    /// The Move-CsUser report the run wrote, shown (empty when nothing moved).
    pub move_report: String,
}

/// Every wave read, and the users to try again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub waves: Vec<WaveProgress>,
    pub total: Counts,
    /// The failures and users not ready of the waves read, as the next user file names them:
    /// what the next wave starts with.
    pub retry: Vec<String>,
    /// Wave numbers read more than once: only the latest report of each counts.
    pub superseded: Vec<u32>,
}

/// What to do for a problem code of the wave script.
pub fn todo(code: &str) -> &'static str {
    match code {
        "not-on-premises" => t::TODO_NOT_ON_PREMISES.text(),
        "not-in-tenant" => t::TODO_NOT_IN_TENANT.text(),
        "not-synced" => t::TODO_NOT_SYNCED.text(),
        "no-plan" => t::TODO_NO_PLAN.text(),
        "domain-not-in-settings" => t::TODO_DOMAIN_NOT_IN_SETTINGS.text(),
        "domain-not-in-tenant" => t::TODO_DOMAIN_NOT_IN_TENANT.text(),
        "domain-disabled" => t::TODO_DOMAIN_DISABLED.text(),
        "move-failed" => t::TODO_MOVE_FAILED.text(),
        _ => t::TODO_UNKNOWN.text(),
    }
}

/// Progress over the reports read: the latest report of each wave counts (by its date; the later
/// file when two share one), and a user moved in any wave is not counted again elsewhere.
pub fn progress(reports: &[WaveReport]) -> Progress {
    let mut latest: BTreeMap<u32, &WaveReport> = BTreeMap::new();
    let mut superseded = BTreeSet::new();
    for report in reports {
        if let Some(earlier) = latest.get(&report.wave) {
            superseded.insert(report.wave);
            if earlier.created_unix > report.created_unix {
                continue;
            }
        }
        latest.insert(report.wave, report);
    }
    let moved: BTreeSet<String> = latest
        .values()
        .flat_map(|r| r.results())
        .filter(|u| u.status.is_moved())
        .map(UserResult::key)
        .collect();
    let mut total = Counts::default();
    let mut counted = BTreeSet::new();
    let mut retry = Vec::new();
    let mut waves = Vec::new();
    for report in latest.values() {
        let mut counts = Counts::default();
        let mut unmoved = Vec::new();
        for user in report.results() {
            let key = user.key();
            // Moved in another wave (a retry): this wave's older failure is not counted.
            let status = if !user.status.is_moved() && moved.contains(&key) {
                UserStatus::AlreadyMoved
            } else {
                user.status
            };
            counts.add(status);
            if counted.insert(key.clone()) {
                total.add(status);
                if matches!(status, UserStatus::Failed | UserStatus::NotReady)
                    && super::list::is_address(user.identity())
                {
                    retry.push(display_text(user.identity()));
                }
            }
            if !status.is_moved() {
                unmoved.push(Unmoved {
                    user: display_text(user.identity()),
                    status,
                    reasons: user
                        .problems
                        .iter()
                        .flatten()
                        .map(|p| Reason {
                            code: display_text(&p.code),
                            detail: display_text(&p.detail),
                            todo: todo(&p.code),
                        })
                        .collect(),
                });
            }
        }
        unmoved.sort_by_key(|u| u.status);
        waves.push(WaveProgress {
            wave: report.wave,
            dry_run: report.dry_run,
            created_unix: report.created_unix,
            counts,
            unmoved,
            move_report: display_text(&report.move_report),
        });
    }
    Progress {
        waves,
        total,
        retry,
        superseded: superseded.into_iter().collect(),
    }
}
