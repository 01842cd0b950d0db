//! The change record a change board reads: the settings with where each value comes from, what
//! will change, what the admin accepted, the exact scripts by SHA-256, the risks and the way back,
//! and a sign-off block. One structure ([`Record`]) feeds both the Markdown download and the page's
//! rendered view, and user text is only ever carried as code, never as markup.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use crate::handover::change_record_text as t;
use crate::handover::checklist::{Block, Inline, Markdown, Section, Table};
use crate::i18n::keys::summary as names;
use crate::i18n::page;
use crate::procedure::confirmation::Confirmable;
use crate::procedure::naming::file_name;
use crate::procedure::plan::Plan;
use crate::procedure::settings::{ConnectionMethod, Settings};
use crate::report::{self, Acceptance, ScriptReport, Status};
use crate::scripts::rollback::{ON_PREMISES_ROLLBACK_FILE, ONLINE_ROLLBACK_FILE};
use crate::scripts::script_frame::summary;

/// File name of the change record download.
pub const CHANGE_RECORD_FILE: &str = "hybrid-change-record.md";

/// One file the change runs, as downloaded.
pub struct Artifact<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// The lowercase hex SHA-256 of a download's bytes (what `Get-FileHash` prints, in lowercase).
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

/// What the record is about, beyond the settings: when, where the settings live, the evidence.
#[derive(Default)]
pub struct Context<'a> {
    /// The date the record was made, as the page or CLI formats it.
    pub date: &'a str,
    /// The share link of these settings, when there is one.
    pub link: Option<&'a str>,
    pub preflight: &'a [ScriptReport],
    pub verification: &'a [ScriptReport],
    /// The pre-flight FAILs the admin accepted, and when.
    pub acceptance: Option<&'a Acceptance>,
}

/// The change record as a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub title: &'static str,
    /// What comes before the first section: the date, the settings link and the purpose.
    pub front: Vec<Block>,
    pub sections: Vec<Section>,
}

fn text(s: impl Into<String>) -> Inline {
    Inline::Text(s.into())
}

fn code(s: impl Into<String>) -> Inline {
    Inline::Code(s.into())
}

/// Marks that stand for values in a formatted sentence, so a translation may order them freely.
const MARKS: [&str; 2] = ["\u{1}", "\u{2}"];

/// A sentence formatted with [`MARKS`] where the values go, each value shown as code.
fn with_codes(formatted: &str, values: &[&str]) -> Vec<Inline> {
    let mut inlines = Vec::new();
    let mut rest = formatted;
    while let Some((at, index)) = MARKS
        .iter()
        .take(values.len())
        .enumerate()
        .filter_map(|(i, mark)| rest.find(mark).map(|at| (at, i)))
        .min()
    {
        if at > 0 {
            inlines.push(text(&rest[..at]));
        }
        inlines.push(code(values[index]));
        rest = &rest[at + MARKS[index].len()..];
    }
    if !rest.is_empty() {
        inlines.push(text(rest));
    }
    inlines
}

/// A list item `label: value`, the value as code.
fn labelled(label: &str, value: impl Into<String>) -> Block {
    Block::Note(vec![text(format!("{label}: ")), code(value)])
}

fn section(level: u8, heading: impl Into<String>, blocks: Vec<Block>) -> Section {
    Section {
        level,
        heading: heading.into(),
        blocks,
    }
}

fn or_not_given(value: &str) -> String {
    if value.trim().is_empty() {
        names::NOT_GIVEN.to_string()
    } else {
        value.to_owned()
    }
}

fn list_or_not_given(items: &[&str]) -> String {
    or_not_given(&items.join(", "))
}

/// Every setting, in words: the scripts' summary, then what the scripts' help leaves out (the
/// deployment's names and, with server-to-server authentication, its values).
fn settings_rows(settings: &Settings) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = summary(settings)
        .into_iter()
        .map(|(label, value)| (label.to_owned(), value))
        .collect();
    let env = &settings.environment;
    if settings.connection.method == ConnectionMethod::LegacyConnector {
        rows.push((
            "OverrideAdminDomain".to_owned(),
            or_not_given(&settings.connection.override_admin_domain),
        ));
    }
    rows.push((
        page::WEB_FQDNS_LABEL.to_string(),
        list_or_not_given(&env.web_fqdns()),
    ));
    rows.push((
        page::REVERSE_PROXY_LABEL.to_string(),
        or_not_given(&env.reverse_proxy_fqdn),
    ));
    rows.push((
        names::REGISTRAR_POOL.to_string(),
        or_not_given(&env.registrar_pool_fqdn),
    ));
    if settings.oauth.enabled {
        let oauth = &settings.oauth;
        rows.push((
            page::TENANT_ID_LABEL.to_string(),
            or_not_given(&oauth.tenant_id),
        ));
        rows.push((
            page::CERT_PATH_LABEL.to_string(),
            or_not_given(&oauth.certificate_path),
        ));
        rows.push((
            page::METADATA_PREFIX_LABEL.to_string(),
            format!(
                "{}{}",
                settings.metadata_prefix(),
                Confirmable::MetadataUrl.standing(settings).flag()
            ),
        ));
    }
    rows
}

/// The change record as a document.
pub fn record(
    settings: &Settings,
    plan: &Plan,
    artifacts: &[Artifact<'_>],
    context: &Context<'_>,
) -> Record {
    let mut front = vec![Block::Note(vec![text(format!(
        "{}: {}",
        t::DATE,
        context.date
    ))])];
    if let Some(link) = context.link {
        front.push(labelled(t::LINK.text(), link));
    }
    front.push(Block::Paragraph(vec![text(t::INTRO)]));

    let mut sections = Vec::new();

    // Settings, then where each cloud value comes from.
    let mut blocks: Vec<Block> = settings_rows(settings)
        .into_iter()
        .map(|(label, value)| labelled(&label, value))
        .collect();
    blocks.push(Block::Paragraph(vec![text(t::PROVENANCE)]));
    for (name, value) in [
        ("ProxyFqdn", Confirmable::ProxyFqdn),
        ("AutodiscoverUrl", Confirmable::AutodiscoverUrl),
        ("MetadataUrl", Confirmable::MetadataUrl),
    ] {
        if value == Confirmable::MetadataUrl && !settings.oauth.enabled {
            continue;
        }
        let line = value
            .standing(settings)
            .explained()
            .unwrap_or_else(|| t::TYPED_BY_ADMIN.to_string());
        blocks.push(Block::Note(vec![text(format!("{name}: {line}"))]));
    }
    sections.push(section(2, t::SETTINGS.text(), blocks));

    // The plan, and what will change in each step as the pre-flight found it.
    let mut blocks: Vec<Block> = plan
        .steps
        .iter()
        .map(|step| {
            Block::Note(vec![text(format!(
                "{} ({})",
                step.title,
                t::shell(step.shell)
            ))])
        })
        .collect();
    let changes = report::changes(settings, context.preflight);
    blocks.push(Block::Paragraph(vec![text(if changes.is_empty() {
        t::NO_PREFLIGHT
    } else {
        t::CHANGES_FROM_PREFLIGHT
    })]));
    sections.push(section(2, t::PLAN.text(), blocks));
    // One table per step: the step is named once, and a replaced provider reads as a removal and
    // a creation.
    for (step, rows) in report::by_step(&changes) {
        let title = plan.step(step).map_or("", |s| s.title);
        let rows = rows
            .into_iter()
            .map(|change| {
                let found = change
                    .current
                    .as_deref()
                    .map_or_else(|| text(t::NOT_THERE), code);
                let after = if change.new.is_empty() {
                    Vec::new()
                } else {
                    vec![code(change.new.clone())]
                };
                vec![
                    vec![text(change.action.label())],
                    vec![text(change.setting.clone())],
                    vec![found],
                    after,
                ]
            })
            .collect();
        let table = Table {
            head: [
                t::COLUMN_ACTION,
                t::COLUMN_SETTING,
                t::COLUMN_FOUND,
                t::COLUMN_AFTER,
            ]
            .map(String::from)
            .to_vec(),
            rows,
        };
        sections.push(section(3, title, vec![Block::Table(table)]));
    }

    // Findings still open, and the FAILs the admin accepted.
    let findings = report::findings(context.preflight);
    let accepted = |f: &report::Finding| context.acceptance.is_some_and(|a| a.covers(f));
    let open: Vec<Block> = findings
        .iter()
        .filter(|f| f.status == Status::Warn || (f.status == Status::Fail && !accepted(f)))
        .map(finding_line)
        .collect();
    if !open.is_empty() {
        sections.push(section(2, t::OPEN_FINDINGS.text(), open));
    }
    let accepted_fails: Vec<Block> = findings
        .iter()
        .filter(|f| f.status == Status::Fail && accepted(f))
        .map(finding_line)
        .collect();
    if let Some(acceptance) = context.acceptance
        && !accepted_fails.is_empty()
    {
        let mut blocks = vec![Block::Paragraph(vec![text(t::accepted_by_admin(
            acceptance.on.as_str(),
        ))])];
        blocks.extend(accepted_fails);
        sections.push(section(2, t::ACCEPTANCE.text(), blocks));
    }

    // The scripts by the hash of their downloaded bytes.
    let table = Table {
        head: vec![t::FILE.to_string(), "SHA-256".to_owned()],
        rows: artifacts
            .iter()
            .map(|a| vec![vec![code(a.name)], vec![code(sha256_hex(a.bytes))]])
            .collect(),
    };
    sections.push(section(
        2,
        t::SCRIPTS.text(),
        vec![
            Block::Paragraph(vec![text(t::HASH_HOW)]),
            Block::Table(table),
        ],
    ));

    // Risks, and the way back under the names the files are downloaded as.
    let mut blocks = Vec::new();
    // Only a deployment that routes through a default route today loses anything in Step 1.
    if settings.edge.routing == crate::procedure::settings::EdgeRouting::DefaultRoute {
        blocks.push(Block::Note(vec![text(t::RISK_DEFAULT_ROUTE)]));
    }
    for risk in t::RISK_ITEMS {
        blocks.push(Block::Note(vec![text(risk)]));
    }
    sections.push(section(2, t::RISKS.text(), blocks));
    // Undone in the reverse order of the change: the tenant first, then the deployment.
    let (on_premises, online) = (
        file_name(ON_PREMISES_ROLLBACK_FILE, settings),
        file_name(ONLINE_ROLLBACK_FILE, settings),
    );
    let mut blocks = vec![Block::Paragraph(with_codes(
        &t::rollback(MARKS[0], MARKS[1]),
        &[&on_premises, &online],
    ))];
    blocks.push(Block::Paragraph(vec![text(t::ROLLBACK_WHEN)]));
    // Steps undone under the same condition share one item: the condition is said once.
    let mut when: Vec<(Vec<&str>, &str)> = Vec::new();
    for step in plan.steps.iter().filter(|s| !s.rollback_when.is_empty()) {
        match when.iter_mut().find(|(_, w)| *w == step.rollback_when) {
            Some((titles, _)) => titles.push(step.title),
            None => when.push((vec![step.title], step.rollback_when)),
        }
    }
    for (titles, condition) in when {
        blocks.push(Block::Note(vec![text(format!(
            "{}: {condition}.",
            titles.join("; ")
        ))]));
    }
    sections.push(section(2, t::ROLLBACK.text(), blocks));

    if !context.verification.is_empty() {
        let blocks = report::findings(context.verification)
            .iter()
            .map(finding_line)
            .collect();
        sections.push(section(2, t::VERIFICATION.text(), blocks));
    }

    // The later windows of the whole road (waves, cut-over, decommissioning), named so the board
    // sees where this window leads; each has its own files and checks (the checklist lists them).
    let mut blocks = vec![Block::Paragraph(vec![text(
        crate::handover::checklist_text::ROAD_INTRO,
    )])];
    for stage in crate::handover::stages::road(settings) {
        blocks.push(Block::Note(vec![text(format!(
            "{} ({})",
            stage.title, stage.shell
        ))]));
    }
    sections.push(section(
        2,
        crate::handover::checklist_text::ROAD.text(),
        blocks,
    ));

    let blocks = t::SIGN_OFF_ROWS
        .iter()
        .map(|role| {
            Block::Note(vec![text(format!(
                "{role}: ______________________  {}: __________",
                t::DATE
            ))])
        })
        .collect();
    sections.push(section(2, t::SIGN_OFF.text(), blocks));

    // What the risks rest on beyond a published page.
    sections.push(crate::handover::checklist::sources_section(&[
        crate::handover::checklist_text::SOURCE_TEAMS_MODULE,
    ]));

    Record {
        title: t::TITLE.text(),
        front,
        sections,
    }
}

/// A finding as the record lists it: status, title, and what the script found as code.
fn finding_line(f: &report::Finding) -> Block {
    let status = match f.status {
        Status::Pass => "PASS",
        Status::Warn => "WARN",
        Status::Fail => "FAIL",
    };
    Block::Note(vec![
        text(format!("{status} {}: ", f.title)),
        code(f.found.clone()),
    ])
}

/// The record as Markdown, for the download.
pub fn to_markdown(record: &Record) -> String {
    let mut md = Markdown::default();
    md.block(&format!("# {}", record.title));
    for block in &record.front {
        md.any(block);
    }
    for section in &record.sections {
        md.section(section);
    }
    md.finish()
}

/// The change record as Markdown.
pub fn change_record(
    settings: &Settings,
    plan: &Plan,
    artifacts: &[Artifact<'_>],
    context: &Context<'_>,
) -> String {
    to_markdown(&record(settings, plan, artifacts, context))
}
