//! What the read-only scripts report back (pre-flight and verification), defined once: the
//! scripts that write a report are generated from these names, and the page and CLI read it here.
//! A report never enters the settings by itself: it yields findings, the changes the scripts
//! would make, and suggestions the admin may accept. Every report is opened the same way
//! ([`envelope`]); the cut-over check ([`cutover`]) is read here too. This layer reads the
//! procedure's settings and plan and imports no script: the scripts import its schemas.

use std::collections::BTreeSet;

use serde::{Deserialize, Deserializer, Serialize};

use crate::input::display::display_text;
use crate::procedure::field::Field;
use crate::procedure::plan::StepId;
use crate::procedure::settings::{ExistingProvider, FederationMode, Settings};
use crate::report::text as t;

pub mod cutover;
pub mod cutover_text;
pub mod envelope;
pub mod schema;
pub mod text;
pub mod todo;

pub use schema::{CheckResult, REPORT_SCHEMA, REPORT_VERSION, ReportKind, ReportPart, Status};

/// Older reports describe a deployment that may have changed since.
pub const MAX_AGE_SECONDS: i64 = 7 * 24 * 3600;
/// Far more than any deployment's report; a larger file is not one of ours.
pub const MAX_REPORT_BYTES: usize = 8 * 1024 * 1024;

/// The Access Edge configuration as found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccessEdgeFacts {
    pub allow_outside_users: bool,
    pub allow_federated_users: bool,
    pub enable_partner_discovery: bool,
    pub use_dns_srv_routing: bool,
}

/// One hosting provider as found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProviderFacts {
    pub identity: String,
    pub proxy_fqdn: String,
    pub enabled: bool,
    pub enabled_shared_address_space: bool,
    pub hosts_ocs_users: bool,
    pub is_local: bool,
    pub verification_level: String,
    pub autodiscover_url: String,
}

/// What the scripts read from the deployment; every member is optional (a part reports only its
/// own, and a cmdlet that failed reports nothing).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Facts {
    #[serde(deserialize_with = "list")]
    pub topology_sip_domains: Option<Vec<String>>,
    #[serde(deserialize_with = "list")]
    pub edge_external_fqdns: Option<Vec<String>>,
    #[serde(deserialize_with = "list")]
    pub web_services_fqdns: Option<Vec<String>>,
    #[serde(deserialize_with = "list")]
    pub registrar_pools: Option<Vec<String>>,
    pub access_edge: Option<AccessEdgeFacts>,
    #[serde(deserialize_with = "list")]
    pub hosting_providers: Option<Vec<ProviderFacts>>,
    #[serde(deserialize_with = "list")]
    pub allowed_domains: Option<Vec<String>>,
    #[serde(deserialize_with = "list")]
    pub blocked_domains: Option<Vec<String>>,
    pub tenant_id: Option<String>,
    #[serde(deserialize_with = "list")]
    pub tenant_sip_domains: Option<Vec<String>>,
    pub shared_sip_address_space: Option<bool>,
    pub tenant_allow_federated_users: Option<bool>,
    pub tenant_open_federation: Option<bool>,
    /// The tenant's allowed domains (a list only in allow-list mode).
    #[serde(deserialize_with = "list")]
    pub tenant_allowed_domains: Option<Vec<String>>,
    #[serde(deserialize_with = "list")]
    pub tenant_blocked_domains: Option<Vec<String>>,
}

/// Windows PowerShell 5.1's ConvertTo-Json writes a one-item list as the item itself. Read as it
/// comes, without serde's untagged enums, which copy the value first and bring that machinery to
/// the page for each item type.
pub(crate) fn list<'de, D, T>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    use serde::de::value::MapAccessDeserializer;
    use serde::de::{Error, IntoDeserializer, MapAccess, SeqAccess, Visitor};

    struct OneOrMany<T>(std::marker::PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for OneOrMany<T> {
        type Value = Option<Vec<T>>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list or a single item")
        }

        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Self::Value, D::Error> {
            inner.deserialize_any(self)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element()? {
                items.push(item);
            }
            Ok(Some(items))
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            T::deserialize(MapAccessDeserializer::new(map)).map(|item| Some(vec![item]))
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<Self::Value, E> {
            T::deserialize(text.into_deserializer()).map(|item| Some(vec![item]))
        }
    }

    deserializer.deserialize_option(OneOrMany(std::marker::PhantomData))
}

/// A report file as the scripts write it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
// The name serde gives in its messages ("expected struct Report") stays the one readers have seen.
#[serde(rename = "Report")]
pub struct ScriptReport {
    pub schema: String,
    pub schema_version: u32,
    pub kind: ReportKind,
    pub part: ReportPart,
    pub created_unix: i64,
    /// The SIP domains of the settings the script was generated for: which deployment it describes.
    #[serde(deserialize_with = "list", default)]
    pub settings_sip_domains: Option<Vec<String>>,
    #[serde(deserialize_with = "list", default)]
    pub checks: Option<Vec<CheckResult>>,
    #[serde(default)]
    pub facts: Facts,
}

impl ScriptReport {
    /// The checks, in the order the script ran them.
    pub fn results(&self) -> &[CheckResult] {
        self.checks.as_deref().unwrap_or_default()
    }
}

/// Why a file was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    TooLarge,
    NotJson(String),
    /// The same key twice in one object (its path): the report could be read two ways.
    DuplicateKey(String),
    /// Nested deeper than any report of ours.
    TooDeep,
    NotOurs,
    NewerSchema(u32),
    TooOld {
        days: i64,
    },
    FromTheFuture,
    /// A `created_unix` no script of ours writes: before 2015 or past any plausible clock.
    BadDate(i64),
    /// The settings name SIP domains but the report does not: it cannot show it describes them.
    NoDomains {
        settings: Vec<String>,
    },
    OtherDeployment {
        report: Vec<String>,
        settings: Vec<String>,
    },
    WrongKind(ReportKind),
    /// Not one check: reading it would look like a deployment with nothing wrong.
    NoChecks,
}

envelope::refusal_from_envelope!(Refusal, dated);

impl Refusal {
    /// The refusal in the admin's words, safe to show (it may quote the file).
    pub fn message(&self) -> String {
        let message = match self {
            Refusal::TooLarge => t::TOO_LARGE.to_string(),
            Refusal::NotJson(why) => t::not_json(why),
            Refusal::DuplicateKey(key) => t::duplicate_key(key),
            Refusal::TooDeep => t::TOO_DEEP.to_string(),
            Refusal::NotOurs => t::NOT_OURS.to_string(),
            Refusal::NewerSchema(v) => t::newer(*v),
            Refusal::TooOld { days } => t::too_old(*days),
            Refusal::FromTheFuture => t::FROM_THE_FUTURE.to_string(),
            Refusal::BadDate(value) => t::bad_date(value.to_string()),
            Refusal::NoDomains { settings } => t::no_domains(settings.join(", ")),
            Refusal::OtherDeployment { report, settings } => t::other_deployment(report, settings),
            Refusal::WrongKind(kind) => t::wrong_kind(*kind),
            Refusal::NoChecks => t::NO_CHECKS.to_string(),
        };
        crate::input::display::display_text(&message)
    }
}

/// 2015-01-01T00:00:00Z: Skype for Business Server 2015 and these scripts are younger.
pub const EARLIEST_REPORT_UNIX: i64 = 1_420_070_400;
/// 2100-01-01T00:00:00Z: a later date is no clock's mistake but a made-up number.
pub const LATEST_REPORT_UNIX: i64 = 4_102_444_800;
/// How far a report's clock may run ahead of the reader's before the report is refused.
pub const CLOCK_SKEW_SECONDS: i64 = 86_400;

/// Why a report's date cannot be believed at the reader's time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateError {
    BadDate(i64),
    FromTheFuture,
    TooOld { days: i64 },
}

/// Whether the date of a report that goes stale after [`MAX_AGE_SECONDS`] can be believed at
/// `now_unix` (the pre-flight, verification and cut-over check readers): what is wrong if not.
pub(crate) fn check_date(created_unix: i64, now_unix: i64) -> Result<(), DateError> {
    if !(EARLIEST_REPORT_UNIX..=LATEST_REPORT_UNIX).contains(&created_unix) {
        return Err(DateError::BadDate(created_unix));
    }
    // Saturating: the reader's clock is not trusted either, and an overflow must not wrap an
    // ancient or future report into a fresh one.
    let age = now_unix.saturating_sub(created_unix);
    if age < -CLOCK_SKEW_SECONDS {
        return Err(DateError::FromTheFuture);
    }
    if age > MAX_AGE_SECONDS {
        return Err(DateError::TooOld { days: age / 86_400 });
    }
    Ok(())
}

/// SIP domains as every reader compares them: trimmed, without a final dot, in lower case. The
/// pre-flight, verification, wave and cut-over readers all use this one comparison.
pub(crate) fn domain_set<'a>(domains: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    domains
        .into_iter()
        .map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase())
        .filter(|d| !d.is_empty())
        .collect()
}

/// The settings' SIP domains and those a report says it was written for, each as [`domain_set`]
/// compares them: what every reader of a report holds side by side.
pub(crate) fn domain_sets(
    settings: &Settings,
    report_domains: Option<&Vec<String>>,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let ours = domain_set(settings.environment.domains());
    let theirs = domain_set(report_domains.into_iter().flatten().map(String::as_str));
    (ours, theirs)
}

/// Why a report's SIP domains do not show that it describes the settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DomainMismatch {
    /// The settings name SIP domains but the report does not.
    NoDomains { settings: Vec<String> },
    /// The report was written for other SIP domains than the settings name.
    OtherDeployment {
        report: Vec<String>,
        settings: Vec<String>,
    },
}

/// Whether a report written for `theirs` describes settings that name `ours`: it names SIP domains
/// when the settings do, and the same ones. The one rule of the pre-flight, verification, wave and
/// cut-over readers (each says the refusal in its own type).
pub(crate) fn same_deployment(
    ours: BTreeSet<String>,
    theirs: BTreeSet<String>,
) -> Result<(), DomainMismatch> {
    if !ours.is_empty() && theirs.is_empty() {
        return Err(DomainMismatch::NoDomains {
            settings: ours.into_iter().collect(),
        });
    }
    if ours != theirs {
        return Err(DomainMismatch::OtherDeployment {
            report: theirs.into_iter().collect(),
            settings: ours.into_iter().collect(),
        });
    }
    Ok(())
}

/// Reads one report for these settings at `now_unix`, or says plainly why not. A report is taken
/// only if it is unambiguous JSON of ours, of this kind, dated plausibly, names the settings' SIP
/// domains (when the settings have any) and holds checks. Nothing changes on a refusal: the caller
/// keeps what it had.
pub fn read(
    text: &str,
    kind: ReportKind,
    settings: &Settings,
    now_unix: i64,
) -> Result<ScriptReport, Refusal> {
    let value = envelope::open(text, MAX_REPORT_BYTES, REPORT_SCHEMA, REPORT_VERSION)?;
    let report: ScriptReport =
        serde_json::from_value(value).map_err(|e| Refusal::NotJson(e.to_string()))?;
    if report.kind != kind {
        return Err(Refusal::WrongKind(report.kind));
    }
    check_date(report.created_unix, now_unix)?;
    let (ours, theirs) = domain_sets(settings, report.settings_sip_domains.as_ref());
    // Settings without SIP domains have nothing to compare: the report is what fills them in.
    if !ours.is_empty() {
        same_deployment(ours, theirs)?;
    }
    if report.results().is_empty() {
        return Err(Refusal::NoChecks);
    }
    Ok(report)
}

/// What [`keep`] did with a report that was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// The first report of its part.
    Added,
    /// It replaced the earlier report of its part: one report per part, the last one loaded.
    Replaced,
    /// The same report was already read; it is counted once.
    AlreadyRead,
}

impl Kept {
    /// What the admin is told besides "loaded", if anything.
    pub fn note(self) -> Option<&'static str> {
        match self {
            Kept::Added => None,
            Kept::Replaced => Some(t::REPLACES_EARLIER.text()),
            Kept::AlreadyRead => Some(t::ALREADY_READ.text()),
        }
    }
}

/// Adds a report to those read, once: the same report twice counts once, and a report of a part
/// already read replaces it, so no finding is ever counted twice. The list stays in part order.
pub fn keep(reports: &mut Vec<ScriptReport>, report: ScriptReport) -> Kept {
    if reports.contains(&report) {
        return Kept::AlreadyRead;
    }
    let before = reports.len();
    reports.retain(|r| r.part != report.part);
    let kept = if reports.len() == before {
        Kept::Added
    } else {
        Kept::Replaced
    };
    reports.push(report);
    reports.sort_by_key(|r| r.part);
    kept
}

/// A check's outcome placed where it matters. Its text comes from the report, made safe to show
/// ([`display_text`]) here, so no renderer can forget it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub id: String,
    pub part: ReportPart,
    pub status: Status,
    /// The step it concerns, when there is one.
    pub step: Option<StepId>,
    pub title: &'static str,
    /// What the check found in the deployment, as the script wrote it (facts are not translated).
    pub found: String,
    /// What to do, in the active language: a known to-do's keyed sentence outside English, else
    /// the script's own words.
    pub todo: String,
    /// The to-do exactly as the script printed it (English console text); empty for read-back
    /// checks, which no script prints.
    pub script_todo: String,
}

impl Finding {
    /// The script's own to-do when [`Finding::todo`] says it in other words (another language):
    /// for the page to show apart, as console text.
    pub fn console_todo(&self) -> Option<&str> {
        (!self.script_todo.is_empty() && self.script_todo != self.todo)
            .then_some(self.script_todo.as_str())
    }
}

/// The pre-flight FAILs the admin read and accepted to have the change scripts anyway, and the
/// day: an acceptance covers exactly those findings, so a FAIL that a later report brings is
/// not accepted with them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Acceptance {
    /// The day (YYYY-MM-DD) the admin accepted them.
    pub on: String,
    /// Each accepted FAIL by its part, check and what it found.
    fails: Vec<(ReportPart, String, String)>,
}

impl Acceptance {
    /// The FAILs among `findings`, accepted on `on`.
    pub fn of(findings: &[Finding], on: &str) -> Self {
        Acceptance {
            on: on.to_owned(),
            fails: findings
                .iter()
                .filter(|f| f.status == Status::Fail)
                .map(|f| (f.part, f.id.clone(), f.found.clone()))
                .collect(),
        }
    }

    /// Whether this acceptance covers the finding (a FAIL the admin accepted as it is now).
    pub fn covers(&self, finding: &Finding) -> bool {
        finding.status == Status::Fail
            && self.fails.iter().any(|(part, id, found)| {
                *part == finding.part && *id == finding.id && *found == finding.found
            })
    }
}

/// The FAILs that withhold the change scripts: those the acceptance does not cover.
pub fn unaccepted_fails(findings: &[Finding], acceptance: Option<&Acceptance>) -> usize {
    findings
        .iter()
        .filter(|f| f.status == Status::Fail && !acceptance.is_some_and(|a| a.covers(f)))
        .count()
}

/// The to-do to show for a check: the keyed sentence of a known to-do outside English, else the
/// script's own words.
fn shown_todo(id: &str, status: Status, script: &str) -> String {
    if crate::i18n::catalog::active_lang() == "en" {
        return script.to_owned();
    }
    todo::known(id, status, script).map_or_else(|| script.to_owned(), |k| k.message.to_string())
}

/// Every check of every report, failures first.
pub fn findings(reports: &[ScriptReport]) -> Vec<Finding> {
    let mut out: Vec<Finding> = reports
        .iter()
        .flat_map(|r| {
            r.results().iter().map(|c| {
                let def = schema::definition(&c.id);
                Finding {
                    id: display_text(&c.id),
                    part: r.part,
                    status: c.status,
                    step: def.and_then(|d| d.step),
                    title: def.map_or(t::UNKNOWN_CHECK.text(), |d| d.title.text()),
                    found: display_text(&c.found),
                    todo: display_text(&shown_todo(&c.id, c.status, &c.todo)),
                    script_todo: display_text(&c.todo),
                }
            })
        })
        .collect();
    out.extend(federation_lists(reports));
    out.sort_by_key(|f| f.status);
    out
}

/// The allowed and blocked lists must be identical on both sides (plan-hybrid-connectivity.md):
/// compared once both parts' pre-flight reports are read. The tenant's allowed list counts only in
/// allow-list mode (open federation has none).
fn federation_lists(reports: &[ScriptReport]) -> Option<Finding> {
    let part = |p: ReportPart| reports.iter().find(|r| r.part == p).map(|r| &r.facts);
    let (on_premises, online) = (part(ReportPart::OnPremises)?, part(ReportPart::Online)?);
    let mut differences = Vec::new();
    let mut compare = |blocked: bool, ours: &[String], theirs: &[String]| {
        let lower = |items: &[String]| -> std::collections::BTreeSet<String> {
            items
                .iter()
                .map(|d| d.trim().to_ascii_lowercase())
                .collect()
        };
        let (ours, theirs) = (lower(ours), lower(theirs));
        let only_ours: Vec<&str> = ours.difference(&theirs).map(String::as_str).collect();
        let only_theirs: Vec<&str> = theirs.difference(&ours).map(String::as_str).collect();
        let (ours, theirs) = (only_ours.join(", "), only_theirs.join(", "));
        if !ours.is_empty() {
            differences.push(if blocked {
                t::blocked_only_on_premises(ours)
            } else {
                t::allowed_only_on_premises(ours)
            });
        }
        if !theirs.is_empty() {
            differences.push(if blocked {
                t::blocked_only_online(theirs)
            } else {
                t::allowed_only_online(theirs)
            });
        }
    };
    let blocked = (
        on_premises.blocked_domains.as_deref()?,
        online.tenant_blocked_domains.as_deref()?,
    );
    compare(true, blocked.0, blocked.1);
    if online.tenant_open_federation == Some(false) {
        let allowed = (
            on_premises.allowed_domains.as_deref().unwrap_or_default(),
            online.tenant_allowed_domains.as_deref().unwrap_or_default(),
        );
        compare(false, allowed.0, allowed.1);
    }
    let def = schema::definition(schema::FEDERATION_LISTS_MATCH)?;
    let (status, found, todo) = if differences.is_empty() {
        (Status::Pass, t::LISTS_MATCH.to_string(), String::new())
    } else {
        (
            Status::Warn,
            differences.join("; "),
            t::LISTS_DIFFER.to_string(),
        )
    };
    Some(Finding {
        id: def.id.to_owned(),
        part: def.part,
        status,
        step: def.step,
        title: def.title.text(),
        found: display_text(&found),
        todo,
        script_todo: String::new(),
    })
}

/// What a change script does to a setting or an object, in the words a change board reads: a
/// replaced provider is a removal and a creation, never a rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// The object is removed (the provider that a replacement takes away).
    Remove,
    /// The object is created with this value.
    Create,
    /// An existing object gets this value.
    Set,
    /// The deployment already has this value.
    Keep,
    /// The script stops here and changes nothing (a provider exists and the admin chose Stop).
    Stop,
}

impl Action {
    /// The word a table shows, in the active language.
    pub fn label(self) -> &'static str {
        match self {
            Action::Remove => t::ACTION_REMOVE,
            Action::Create => t::ACTION_CREATE,
            Action::Set => t::ACTION_SET,
            Action::Keep => t::ACTION_KEEP,
            Action::Stop => t::ACTION_STOP,
        }
        .text()
    }
}

/// One setting or object the change scripts touch: what they do, as found and as it will be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub step: StepId,
    pub action: Action,
    pub setting: String,
    /// `None` when the object does not exist yet.
    pub current: Option<String>,
    /// Empty for a removal or a stop.
    pub new: String,
}

impl Change {
    /// Whether the deployment already has this value.
    pub fn unchanged(&self) -> bool {
        self.action == Action::Keep
    }
}

/// A change as shown: both values may come from a report or a file, so both are made safe to show.
fn change(
    step: StepId,
    action: Action,
    setting: &str,
    current: Option<String>,
    new: impl Into<String>,
) -> Change {
    Change {
        step,
        action,
        setting: setting.to_owned(),
        current: current.as_deref().map(display_text),
        new: display_text(&new.into()),
    }
}

/// The changes of each step together, in plan order: tables show the step once, not per row.
pub fn by_step(changes: &[Change]) -> Vec<(StepId, Vec<&Change>)> {
    let mut groups: Vec<(StepId, Vec<&Change>)> = Vec::new();
    for change in changes {
        match groups.iter_mut().find(|(step, _)| *step == change.step) {
            Some((_, rows)) => rows.push(change),
            None => groups.push((change.step, vec![change])),
        }
    }
    groups
}

/// Set, or no change when the deployment already has the value.
fn set(step: StepId, setting: &str, current: String, new: String) -> Change {
    let action = if current == new {
        Action::Keep
    } else {
        Action::Set
    };
    change(step, action, setting, Some(current), new)
}

fn ps(value: bool) -> String {
    crate::procedure::plan::ps_bool(value).to_owned()
}

/// What step 2 does with the provider it finds for the ProxyFqdn, as the script decides it: keep
/// it when it already has every value; else replace it (remove, then create), correct it in place
/// (it keeps its own identity), or stop, as the admin chose.
fn provider_changes(
    settings: &Settings,
    found: Option<&ProviderFacts>,
    wanted: [(&str, Option<String>, String); 8],
) -> Vec<Change> {
    let step = StepId::HostingProvider;
    let Some(found) = found else {
        return wanted
            .into_iter()
            .map(|(name, _, new)| change(step, Action::Create, name, None, new))
            .collect();
    };
    if wanted
        .iter()
        .all(|(_, current, new)| current.as_deref() == Some(new.as_str()))
    {
        return wanted
            .into_iter()
            .map(|(name, current, new)| change(step, Action::Keep, name, current, new))
            .collect();
    }
    let existing = format!("{} ({})", found.identity, found.proxy_fqdn);
    match settings.hosting_provider.existing {
        ExistingProvider::Replace => {
            let mut out = vec![change(
                step,
                Action::Remove,
                t::HOSTING_PROVIDER.text(),
                Some(existing),
                "",
            )];
            out.extend(
                wanted
                    .into_iter()
                    .map(|(name, _, new)| change(step, Action::Create, name, None, new)),
            );
            out
        }
        ExistingProvider::UpdateInPlace => wanted
            .into_iter()
            .map(|(name, current, new)| {
                if name == "Identity" {
                    // Set-CsHostingProvider keeps the provider's own identity.
                    let own = current.unwrap_or_default();
                    change(step, Action::Keep, name, Some(own.clone()), own)
                } else {
                    set(step, name, current.unwrap_or_default(), new)
                }
            })
            .collect(),
        ExistingProvider::Stop => vec![change(
            step,
            Action::Stop,
            t::HOSTING_PROVIDER.text(),
            Some(existing),
            "",
        )],
    }
}

/// What the change scripts would change, per step, from the facts the reports found: a plan
/// before apply.
pub fn changes(settings: &Settings, reports: &[ScriptReport]) -> Vec<Change> {
    let mut out = Vec::new();
    let facts = |pick: fn(&Facts) -> bool| reports.iter().map(|r| &r.facts).find(|f| pick(f));
    if let Some(edge) = facts(|f| f.access_edge.is_some()).and_then(|f| f.access_edge.as_ref()) {
        let e = &settings.edge;
        let step = StepId::EdgeFederation;
        out.push(set(
            step,
            "AllowOutsideUsers",
            ps(edge.allow_outside_users),
            ps(e.allow_outside_users),
        ));
        out.push(set(
            step,
            "AllowFederatedUsers",
            ps(edge.allow_federated_users),
            ps(e.allow_federated_users),
        ));
        out.push(set(
            step,
            "EnablePartnerDiscovery",
            ps(edge.enable_partner_discovery),
            ps(e.enable_partner_discovery),
        ));
        let routing = |dns: bool| {
            if dns {
                t::ROUTING_DNS_SRV
            } else {
                t::ROUTING_DEFAULT
            }
        };
        out.push(set(
            step,
            "Routing",
            routing(edge.use_dns_srv_routing).to_string(),
            routing(true).to_string(),
        ));
    }
    if let Some(providers) =
        facts(|f| f.hosting_providers.is_some()).and_then(|f| f.hosting_providers.as_ref())
    {
        let proxy = settings.proxy_fqdn();
        let found = providers
            .iter()
            .find(|p| p.proxy_fqdn.eq_ignore_ascii_case(proxy));
        let p = &settings.hosting_provider;
        let wanted = [
            (
                "Identity",
                found.map(|f| f.identity.clone()),
                p.identity.clone(),
            ),
            (
                "ProxyFqdn",
                found.map(|f| f.proxy_fqdn.clone()),
                proxy.to_owned(),
            ),
            ("Enabled", found.map(|f| ps(f.enabled)), ps(true)),
            (
                "EnabledSharedAddressSpace",
                found.map(|f| ps(f.enabled_shared_address_space)),
                ps(true),
            ),
            (
                "HostsOCSUsers",
                found.map(|f| ps(f.hosts_ocs_users)),
                ps(true),
            ),
            ("IsLocal", found.map(|f| ps(f.is_local)), ps(false)),
            (
                "VerificationLevel",
                found.map(|f| f.verification_level.clone()),
                p.verification_level.as_str().to_owned(),
            ),
            (
                "AutodiscoverUrl",
                found.map(|f| f.autodiscover_url.clone()),
                settings.autodiscover_url().to_owned(),
            ),
        ];
        out.extend(provider_changes(settings, found, wanted));
    }
    if let Some(shared) =
        facts(|f| f.shared_sip_address_space.is_some()).and_then(|f| f.shared_sip_address_space)
    {
        out.push(set(
            StepId::TenantSharedSip,
            "SharedSipAddressSpace",
            ps(shared),
            ps(true),
        ));
    }
    out
}

/// A value the reports know that the settings do not have yet, or more than the settings hold:
/// shown as the setting is now and as the report suggests, applied only when the admin says so,
/// each on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub field: Field,
    /// The value as the report gives it: accepted, it goes through validation like typed text.
    pub value: crate::procedure::vocabulary::FieldValue,
    /// The value as the page shows it, safe to show.
    pub shown: String,
    /// The setting as it is now, safe to show ("(not given)" when empty).
    pub current: String,
}

impl Suggestion {
    /// The setting's name as the form labels it.
    pub fn label(&self) -> &'static str {
        use crate::i18n::page;
        match self.field {
            Field::SipDomains => page::SIP_DOMAINS_LABEL.text(),
            Field::EdgeExternalFqdn => page::EDGE_FQDN_LABEL.text(),
            Field::WebServicesFqdns => page::WEB_FQDNS_LABEL.text(),
            Field::RegistrarPoolFqdn => page::POOL_LABEL.text(),
            Field::OAuthTenantId => page::TENANT_ID_LABEL.text(),
            Field::FederationMode => page::FEDERATION_LABEL.text(),
            Field::ProviderIdentity => crate::i18n::keys::summary::HOSTING_PROVIDER.text(),
            other => other.path(),
        }
    }
}

/// Names compared as DNS compares them: without case and a trailing dot.
fn same_name(a: &str, b: &str) -> bool {
    a.trim()
        .trim_end_matches('.')
        .eq_ignore_ascii_case(b.trim().trim_end_matches('.'))
}

/// The list with what the report found that it lacks added at its end, if it lacks anything.
fn with_more(have: &[&str], found: &[String]) -> Option<Vec<String>> {
    let missing: Vec<&String> = found
        .iter()
        .filter(|f| !f.trim().is_empty() && !have.iter().any(|h| same_name(h, f)))
        .collect();
    if missing.is_empty() {
        return None;
    }
    let mut list: Vec<String> = have.iter().map(|h| (*h).to_owned()).collect();
    for m in missing {
        if !list.iter().any(|l| same_name(l, m)) {
            list.push(m.clone());
        }
    }
    Some(list)
}

/// Settings the reports can fill or complete, never those the admin already typed the same way:
/// an empty field gets what the report found; a list gets what the report found beyond it (a
/// topology SIP domain or another pool's web services FQDN missing from the settings); a single
/// registrar pool is offered as it is, several as alternatives.
pub fn suggestions(settings: &Settings, reports: &[ScriptReport]) -> Vec<Suggestion> {
    use crate::procedure::vocabulary::FieldValue;
    let mut out = Vec::new();
    let all = || reports.iter().map(|r| &r.facts);
    let not_given = || crate::i18n::keys::summary::NOT_GIVEN.to_string();
    let shown_now = |text: String| {
        if text.trim().is_empty() {
            not_given()
        } else {
            display_text(&text)
        }
    };
    let mut offer = |field: Field, value: FieldValue, shown: String, current: String| {
        if field.get(settings) != value {
            out.push(Suggestion {
                field,
                value,
                shown: display_text(&shown),
                current: shown_now(current),
            });
        }
    };
    let env = &settings.environment;
    if let Some(topology) = all()
        .find_map(|f| f.topology_sip_domains.clone())
        .filter(|d| !d.is_empty())
    {
        let have = env.domains();
        if let Some(list) = with_more(&have, &topology) {
            offer(
                Field::SipDomains,
                FieldValue::List(list.clone()),
                list.join(", "),
                have.join(", "),
            );
        }
    }
    if env.edge_external_fqdn.is_empty()
        && let Some(edge) = all()
            .find_map(|f| f.edge_external_fqdns.clone())
            .and_then(|e| e.into_iter().next())
    {
        offer(
            Field::EdgeExternalFqdn,
            FieldValue::Text(edge.clone()),
            edge,
            String::new(),
        );
    }
    if let Some(web) = all()
        .find_map(|f| f.web_services_fqdns.clone())
        .filter(|w| !w.is_empty())
    {
        let have = env.web_fqdns();
        if let Some(list) = with_more(&have, &web) {
            offer(
                Field::WebServicesFqdns,
                FieldValue::List(list.clone()),
                list.join(", "),
                have.join(", "),
            );
        }
    }
    if env.registrar_pool_fqdn.trim().is_empty()
        && let Some(pools) = all().find_map(|f| f.registrar_pools.clone())
    {
        for pool in pools.iter().filter(|p| !p.trim().is_empty()) {
            offer(
                Field::RegistrarPoolFqdn,
                FieldValue::Text(pool.clone()),
                pool.clone(),
                String::new(),
            );
        }
    }
    if let Some(id) = all()
        .find_map(|f| f.tenant_id.clone())
        .filter(|i| !i.is_empty())
        && !settings
            .oauth
            .tenant_id
            .trim()
            .eq_ignore_ascii_case(id.trim())
    {
        offer(
            Field::OAuthTenantId,
            FieldValue::Text(id.clone()),
            id,
            settings.oauth.tenant_id.clone(),
        );
    }
    if let Some(open) = all().find_map(|f| f.tenant_open_federation) {
        let mode = if open {
            FederationMode::Open
        } else {
            FederationMode::AllowList
        };
        offer(
            Field::FederationMode,
            FieldValue::Text(crate::procedure::vocabulary::Choice::name(mode).to_owned()),
            crate::procedure::plan_text::federation_label(mode).to_owned(),
            crate::procedure::plan_text::federation_label(settings.tenant.federation_mode)
                .to_owned(),
        );
    }
    if let Some(existing) = all()
        .find_map(|f| f.hosting_providers.clone())
        .and_then(|ps| {
            ps.into_iter()
                .find(|p| p.proxy_fqdn.eq_ignore_ascii_case(settings.proxy_fqdn()))
        })
        && !existing.identity.is_empty()
    {
        offer(
            Field::ProviderIdentity,
            FieldValue::Text(existing.identity.clone()),
            existing.identity,
            settings.hosting_provider.identity.clone(),
        );
    }
    out
}

/// Why a report read earlier no longer describes the settings: it was made for other SIP
/// domains than the settings now name. `None` while it still matches.
pub fn stale(report: &ScriptReport, settings: &Settings) -> Option<String> {
    let (ours, theirs) = domain_sets(settings, report.settings_sip_domains.as_ref());
    // Settings without SIP domains are what the report fills in, not a different deployment.
    if ours.is_empty() || ours == theirs {
        return None;
    }
    let join = |set: BTreeSet<String>| {
        if set.is_empty() {
            crate::i18n::keys::summary::NONE.to_string()
        } else {
            set.into_iter().collect::<Vec<_>>().join(", ")
        }
    };
    Some(display_text(
        &t::Stale {
            report: join(theirs),
            settings: join(ours),
        }
        .text(),
    ))
}

#[cfg(test)]
mod tests {
    use super::Facts;

    fn facts(json: &str) -> Result<Facts, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn a_one_item_list_may_come_as_the_item() {
        let one = facts(r#"{"hosting_providers": {"identity": "Office 365"}, "allowed_domains": "contoso.com"}"#)
            .unwrap();
        let providers = one.hosting_providers.unwrap();
        assert_eq!(providers.len(), 1);
        assert_eq!(providers[0].identity, "Office 365");
        assert_eq!(one.allowed_domains, Some(vec!["contoso.com".to_owned()]));

        let many = facts(r#"{"hosting_providers": [{"identity": "a"}, {"identity": "b"}], "allowed_domains": []}"#)
            .unwrap();
        assert_eq!(many.hosting_providers.unwrap().len(), 2);
        assert_eq!(many.allowed_domains, Some(Vec::new()));

        let none = facts(r#"{"hosting_providers": null}"#).unwrap();
        assert_eq!(none.hosting_providers, None);
        assert_eq!(none.allowed_domains, None);

        assert!(facts(r#"{"allowed_domains": 5}"#).is_err());
        assert!(facts(r#"{"hosting_providers": "Office 365"}"#).is_err());
    }
}
