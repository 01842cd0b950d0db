//! The change checklist as a document: prerequisites, steps with commands and checks, DNS, pilot
//! moves and known errors. One structure feeds both the Markdown download and the page's view, and
//! user text is only ever carried as code, never as markup.

use std::fmt::Write as _;

use crate::handover::checklist_text as t;
use crate::procedure::cloud::Provenance;
use crate::procedure::plan::{Plan, Shell, Step, StepId};
use crate::procedure::settings::Settings;
use crate::report::{self, Action, ScriptReport, Status};
use crate::scripts::rollback::{ON_PREMISES_ROLLBACK_FILE, ONLINE_ROLLBACK_FILE};
use crate::scripts::script_frame::summary;
use crate::scripts::text as ts;

/// File name of the checklist download.
pub const CHECKLIST_FILE: &str = "hybrid-checklist.md";

/// A run of text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    /// Commands, values and anything the admin typed.
    Code(String),
}

/// One block of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// Something to do and tick off.
    Task(Vec<Inline>),
    /// Information, not to tick.
    Note(Vec<Inline>),
    /// A PowerShell block, under the preceding task or note.
    Code(String),
    /// A task a verification report proved: shown done, apart from the admin's own ticks.
    Proven(Vec<Inline>),
    /// A table: column headings, then rows of cells.
    Table(Table),
}

/// A table of a document: the change record's what-will-change and script hashes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<Vec<Inline>>>,
}

/// What the read-only scripts reported, beside the settings.
#[derive(Clone, Copy, Debug, Default)]
pub struct Evidence<'a> {
    pub preflight: &'a [ScriptReport],
    pub verification: &'a [ScriptReport],
}

/// A titled part of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// 2 for parts, 3 for steps inside "Configure".
    pub level: u8,
    pub heading: String,
    pub blocks: Vec<Block>,
}

impl Section {
    /// What a tick on the task at `index` belongs to (`None` for other blocks): the section, the
    /// task's words and the commands under it. A tick stays through edits that leave the task as it
    /// was, and goes when a setting changes what the task says or runs.
    pub fn task_key(&self, index: usize) -> Option<String> {
        let Some(Block::Task(inlines)) = self.blocks.get(index) else {
            return None;
        };
        let mut key = format!("{}\n", self.heading);
        for inline in inlines {
            let (Inline::Text(s) | Inline::Code(s)) = inline;
            key.push_str(s);
        }
        if let Some(Block::Code(source)) = self.blocks.get(index + 1) {
            key.push('\n');
            key.push_str(source);
        }
        Some(key)
    }
}

/// The whole checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doc {
    pub title: &'static str,
    pub intro: &'static str,
    pub sections: Vec<Section>,
    /// Each block's tick key by section ([`Section::task_key`]; English in every language).
    keys: Vec<Vec<Option<String>>>,
}

impl Doc {
    /// What a tick on the task at `index` of section `section` belongs to (`None` for other blocks).
    pub fn task_key(&self, section: usize, index: usize) -> Option<&str> {
        self.keys.get(section)?.get(index)?.as_deref()
    }

    /// How many tasks a verification report proved: done, though nobody ticked them.
    pub fn proven_count(&self) -> usize {
        self.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter(|b| matches!(b, Block::Proven(_)))
            .count()
    }

    /// Every task's key, in order.
    pub fn task_keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().flatten().filter_map(|k| k.as_deref())
    }
}

fn text(s: impl Into<String>) -> Inline {
    Inline::Text(s.into())
}

/// A sentence with one value shown as code: the message is formatted with a marker where the
/// value goes, so a translation may put the value anywhere in its sentence.
fn with_code(sentence: impl FnOnce(&'static str) -> String, value: &str) -> Vec<Inline> {
    const MARK: &str = "\u{7}";
    let formatted = sentence(MARK);
    let (before, after) = formatted.split_once(MARK).unwrap_or((&formatted, ""));
    let mut inlines = Vec::new();
    if !before.is_empty() {
        inlines.push(text(before));
    }
    inlines.push(code(value));
    if !after.is_empty() {
        inlines.push(text(after));
    }
    inlines
}

fn code(s: impl Into<String>) -> Inline {
    Inline::Code(s.into())
}

/// Builds the checklist for the settings and their plan.
pub fn document(settings: &Settings, plan: &Plan) -> Doc {
    document_with(settings, plan, Evidence::default())
}

/// The checklist with what the reports found: pre-flight findings and what will change, and the
/// verification's results, with the tasks it proves marked as such.
pub fn document_with(settings: &Settings, plan: &Plan, evidence: Evidence<'_>) -> Doc {
    let reports = evidence.preflight;
    let mut sections = Vec::new();

    let blocks = summary(settings)
        .into_iter()
        .map(|(label, value)| Block::Note(vec![text(format!("{label}: ")), code(value)]))
        .collect();
    sections.push(Section {
        level: 2,
        heading: t::SETTINGS.to_string(),
        blocks,
    });

    let mut blocks: Vec<Block> = t::PREREQUISITE_ITEMS
        .iter()
        .map(|item| Block::Task(vec![text(*item)]))
        .collect();
    for domain in settings.environment.domains() {
        blocks.push(Block::Task(with_code(t::domain_verified, domain)));
    }
    sections.push(Section {
        level: 2,
        heading: t::PREREQUISITES.to_string(),
        blocks,
    });

    sections.push(run_order(settings));
    sections.push(road(settings));

    if !reports.is_empty() {
        sections.push(preflight_findings(reports));
        sections.push(what_will_change(settings, plan, reports));
    }

    sections.push(Section {
        level: 2,
        heading: t::STEPS.to_string(),
        blocks: Vec::new(),
    });
    let preflight = report::findings(reports);
    for step in &plan.steps {
        let mut section = step_section(step, settings);
        // What the pre-flight found about this step, where the admin reads the step.
        for finding in preflight
            .iter()
            .filter(|f| f.step == Some(step.id) && f.status != Status::Pass)
        {
            let status = if finding.status == Status::Fail {
                "FAIL"
            } else {
                "WARN"
            };
            section.blocks.insert(
                1,
                Block::Note(vec![
                    text(format!(
                        "{} {status} — {}: ",
                        t::PREFLIGHT_SAYS,
                        finding.title
                    )),
                    code(finding.found.clone()),
                ]),
            );
        }
        if proven(step.id, evidence.verification) {
            for block in &mut section.blocks {
                if let Block::Task(items) = block
                    && matches!(items.first(), Some(Inline::Text(t)) if t.starts_with(t::VERIFY.text()))
                {
                    let mut items = std::mem::take(items);
                    items.push(text(format!(" — {}", t::VERIFIED_BY_REPORT)));
                    *block = Block::Proven(items);
                }
            }
        }
        sections.push(section);
    }
    if !evidence.verification.is_empty() {
        sections.push(verification_results(evidence.verification));
    }

    sections.push(dns(settings));

    let blocks = t::KNOWN_ERROR_ITEMS
        .iter()
        .map(|(symptom, meaning)| Block::Note(vec![code(*symptom), text(format!(": {meaning}"))]))
        .collect();
    sections.push(Section {
        level: 2,
        heading: t::KNOWN_ERRORS.to_string(),
        blocks,
    });

    let blocks = t::AFTER_ITEMS
        .iter()
        .map(|item| Block::Task(vec![text(*item)]))
        .collect();
    sections.push(Section {
        level: 2,
        heading: t::AFTER.to_string(),
        blocks,
    });

    let mut sources = vec![t::SOURCE_LIFECYCLE, t::SOURCE_TEAMS_MODULE];
    if settings.oauth.enabled {
        sources.push(t::SOURCE_DEDICATED_APP);
    }
    sections.push(sources_section(&sources));

    let keys = sections
        .iter()
        .map(|s| (0..s.blocks.len()).map(|i| s.task_key(i)).collect())
        .collect();
    Doc {
        title: t::TITLE.text(),
        intro: t::GENERATED.text(),
        sections,
        keys,
    }
}

/// The checklist in the active language, its tasks keyed by their English words: a tick stays
/// with its task when the admin switches language. In English this is [`document_with`].
pub fn localized(settings: &Settings, evidence: Evidence<'_>) -> Doc {
    let doc = document_with(settings, &crate::procedure::plan::plan(settings), evidence);
    if crate::i18n::catalog::active_lang() == "en" {
        return doc;
    }
    let english = crate::i18n::in_english(|| {
        document_with(settings, &crate::procedure::plan::plan(settings), evidence)
    });
    Doc {
        keys: english.keys,
        ..doc
    }
}

/// The appendix that says what a rule rests on where no published Microsoft page states it:
/// staff notes, announcements as reported, third-party summaries. The body states the rule and
/// points here; provenance badges stay where the values are.
pub(crate) fn sources_section(sources: &[crate::i18n::Msg]) -> Section {
    let mut blocks = vec![Block::Paragraph(vec![text(t::SOURCES_INTRO)])];
    blocks.extend(sources.iter().map(|s| Block::Note(vec![text(*s)])));
    Section {
        level: 2,
        heading: t::SOURCES.to_string(),
        blocks,
    }
}

fn run_order(settings: &Settings) -> Section {
    stage_list(
        t::RUN_ORDER.to_string(),
        t::RUN_ORDER_INTRO,
        crate::handover::stages::stages(settings),
    )
}

/// The whole road after the window: waves, their results, the cut-over and decommissioning.
fn road(settings: &Settings) -> Section {
    stage_list(
        t::ROAD.to_string(),
        t::ROAD_INTRO,
        crate::handover::stages::road(settings),
    )
}

/// Numbered stages, each a task with its shell, its commands (where it has any) and what to look
/// for: the run order and the whole road read alike.
fn stage_list(
    heading: String,
    intro: crate::i18n::Msg,
    stages: Vec<crate::handover::stages::Stage>,
) -> Section {
    let mut blocks = vec![Block::Paragraph(vec![text(intro)])];
    for (i, stage) in stages.into_iter().enumerate() {
        let line = t::StageLine {
            number: i + 1,
            title: stage.title,
            shell: stage.shell,
        };
        blocks.push(Block::Task(vec![text(line.text())]));
        if !stage.commands.is_empty() {
            blocks.push(Block::Code(stage.commands.join("\n")));
        }
        blocks.push(Block::Note(vec![text(format!(
            "{}: {}",
            t::LOOK_FOR,
            stage.look_for
        ))]));
    }
    Section {
        level: 2,
        heading,
        blocks,
    }
}

/// Whether the verification checked this step and every check of it passed.
fn proven(step: crate::procedure::plan::StepId, reports: &[ScriptReport]) -> bool {
    let findings: Vec<_> = report::findings(reports)
        .into_iter()
        .filter(|f| f.step == Some(step))
        .collect();
    !findings.is_empty() && findings.iter().all(|f| f.status == Status::Pass)
}

fn verification_results(reports: &[ScriptReport]) -> Section {
    let mut section = findings_section(reports, t::VERIFICATION_INTRO.text());
    section.heading = t::VERIFICATION.to_string();
    section
}

fn preflight_findings(reports: &[ScriptReport]) -> Section {
    findings_section(reports, t::FINDINGS_INTRO.text())
}

fn findings_section(reports: &[ScriptReport], intro: &str) -> Section {
    let mut blocks = vec![Block::Paragraph(vec![text(intro)])];
    for finding in report::findings(reports) {
        let status = match finding.status {
            Status::Pass => "PASS",
            Status::Warn => "WARN",
            Status::Fail => "FAIL",
        };
        let console = finding.console_todo().map(str::to_owned);
        let mut item = vec![
            text(format!("{status} — {}: ", finding.title)),
            code(finding.found),
        ];
        if finding.status != Status::Pass && !finding.todo.is_empty() {
            item.push(text(format!(" — {}: ", t::TODO)));
            // A to-do in the reader's language is prose; the script's own words stay console
            // text beside it.
            match console {
                Some(console) => {
                    item.push(text(format!("{} ", finding.todo)));
                    item.push(code(console));
                }
                None => item.push(code(finding.todo)),
            }
        }
        blocks.push(if finding.status == Status::Pass {
            Block::Note(item)
        } else {
            Block::Task(item)
        });
    }
    Section {
        level: 2,
        heading: t::FINDINGS.to_string(),
        blocks,
    }
}

fn what_will_change(settings: &Settings, plan: &Plan, reports: &[ScriptReport]) -> Section {
    let mut blocks = vec![Block::Paragraph(vec![text(t::CHANGES_INTRO)])];
    let changes = report::changes(settings, reports);
    for (step, rows) in report::by_step(&changes) {
        let title = plan.step(step).map_or("", |s| s.title);
        blocks.push(Block::Paragraph(vec![text(title)]));
        for change in rows {
            let mut item = vec![text(format!(
                "{} {}: ",
                change.action.label(),
                change.setting
            ))];
            match (change.action, &change.current) {
                (Action::Keep, _) => item.push(code(change.new.clone())),
                (Action::Remove | Action::Stop, current) => {
                    item.push(code(current.clone().unwrap_or_default()));
                }
                (_, Some(current)) => {
                    item.push(code(current.clone()));
                    item.push(text(" → "));
                    item.push(code(change.new.clone()));
                }
                (_, None) => item.push(code(change.new.clone())),
            }
            blocks.push(Block::Note(item));
        }
    }
    Section {
        level: 2,
        heading: t::CHANGES.to_string(),
        blocks,
    }
}

fn step_section(step: &Step, settings: &Settings) -> Section {
    let runs = match step.shell {
        Shell::OnPremises => t::RUNS_ON_PREM,
        Shell::Online => t::RUNS_ONLINE,
    };
    let mut blocks = vec![
        Block::Paragraph(vec![text(step.why)]),
        Block::Paragraph(vec![text(runs)]),
    ];
    if !step.commands.is_empty() {
        blocks.push(Block::Task(vec![text(format!("{}:", t::RUN))]));
        blocks.push(Block::Code(lines(
            step.commands.iter().map(|c| c.to_text()),
        )));
    }
    for check in &step.verify {
        blocks.push(Block::Task(vec![
            text(format!("{} ", t::VERIFY)),
            code(check.command.to_text()),
            text(format!(" — {}: {}", t::EXPECT, check.expected)),
        ]));
    }
    for note in &step.notes {
        blocks.push(Block::Note(vec![text(note.clone())]));
    }
    if !step.rollback.is_empty() {
        let label = if step.rollback_when.is_empty() {
            format!("{}:", t::ROLLBACK)
        } else {
            format!("{} — {}:", t::ROLLBACK, step.rollback_when)
        };
        blocks.push(Block::Note(vec![text(label)]));
        blocks.push(Block::Code(lines(
            step.rollback.iter().map(|c| c.to_text()),
        )));
        // The steps whose objects the rollback scripts put back from the backup.
        let script = match step.id {
            StepId::HostingProvider | StepId::OAuthOnPremises => Some(ON_PREMISES_ROLLBACK_FILE),
            StepId::TenantSharedSip => Some(ONLINE_ROLLBACK_FILE),
            _ => None,
        };
        if let Some(file) = script {
            blocks.push(Block::Note(with_code(
                t::rollback_script,
                // The name the file is downloaded as.
                &format!(
                    "{} {}",
                    crate::procedure::naming::file_name(file, settings),
                    ts::ROLLBACK_SCRIPT_ARGS
                ),
            )));
        }
    }
    Section {
        level: 3,
        heading: step.title.to_owned(),
        blocks,
    }
}

fn lines(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join("\n")
}

/// One DNS record as an admin types it into a DNS console.
fn record(name: &str, kind: &str, target: Vec<Inline>, extra: &str) -> Block {
    let mut item = vec![code(name.to_owned()), text(format!(" — {kind} → "))];
    item.extend(target);
    if !extra.is_empty() {
        item.push(text(format!(" ({extra})")));
    }
    Block::Task(item)
}

/// A record to a host name, as a CNAME, or as an A record to that host's address when the name
/// is the host itself: a record never points to itself.
fn alias(name: &str, host: &str, address_of: &str, extra: &str) -> Block {
    if host.is_empty() {
        record(
            name,
            t::CNAME_OR_A.text(),
            vec![text(address_of.to_owned())],
            extra,
        )
    } else if host.eq_ignore_ascii_case(name) {
        record(name, "A", with_code(t::public_ip_of, host), extra)
    } else {
        record(name, "CNAME", vec![code(host.to_owned())], extra)
    }
}

fn dns(settings: &Settings) -> Section {
    let mut blocks = vec![Block::Paragraph(vec![text(t::DNS_INTRO)])];
    let env = &settings.environment;
    let edge = env.edge_external_fqdn.as_str();
    let proxy = env.reverse_proxy_fqdn.as_str();
    let domains = env.domains();
    if domains.is_empty() {
        blocks.push(Block::Paragraph(vec![text(t::DNS_NO_DOMAINS)]));
    }
    for domain in &domains {
        let sip = format!("sip.{domain}");
        blocks.push(alias(
            &sip,
            edge,
            t::ACCESS_EDGE_IP.text(),
            t::SIP_RECORD_SOURCE.text(),
        ));
        blocks.push(record(
            &format!("_sip._tls.{domain}"),
            "SRV",
            vec![code(sip.clone())],
            t::SIP_TLS_SRV.text(),
        ));
        blocks.push(record(
            &format!("_sipfederationtls._tcp.{domain}"),
            "SRV",
            vec![code(sip.clone())],
            t::FEDERATION_SRV.text(),
        ));
        for name in ["lyncdiscover", "meet", "dialin"] {
            let extra = if name == "lyncdiscover" {
                t::LYNCDISCOVER_SOURCE
            } else {
                t::SIMPLE_URL_SOURCE
            };
            blocks.push(alias(
                &format!("{name}.{domain}"),
                proxy,
                t::REVERSE_PROXY_IP.text(),
                extra.text(),
            ));
        }
    }
    let san: Vec<&str> = domains
        .iter()
        .copied()
        .filter(|d| !crate::input::syntax::is_within(d, "onmicrosoft.com"))
        .collect();
    if !san.is_empty() {
        let mut item = vec![text(format!("{} ", t::EDGE_SAN))];
        for (i, domain) in san.iter().enumerate() {
            if i > 0 {
                item.push(text(", "));
            }
            item.push(code(format!("sip.{domain}")));
        }
        item.push(text(format!(" ({})", t::EDGE_SAN_SOURCE)));
        blocks.push(Block::Task(item));
    }
    blocks.push(Block::Task(vec![text(t::WEBCONF_INTERNAL)]));
    blocks.push(Block::Paragraph(vec![text(t::DNS_LATER)]));
    let profile = settings.cloud.profile();
    for (record, value) in [
        ("sip (CNAME)", profile.dns_sipdir),
        ("lyncdiscover (CNAME)", profile.dns_webdir),
        ("_sip._tls (SRV 100 1 443)", profile.dns_sipdir),
        (
            "_sipfederationtls._tcp (SRV 100 1 5061)",
            profile.dns_sipfed,
        ),
    ] {
        let mut item = vec![code(record), text(" → "), code(value.value)];
        if value.provenance != Provenance::Documented {
            item.push(text(format!(
                " ({}: {})",
                crate::procedure::validation_text::provenance_flag(value.provenance),
                value.note
            )));
        }
        blocks.push(Block::Note(item));
    }
    Section {
        level: 2,
        heading: t::DNS.to_string(),
        blocks,
    }
}

/// The checklist as Markdown with `- [ ]` items, for the download.
pub fn to_markdown(doc: &Doc) -> String {
    let mut md = Markdown::default();
    md.block(&format!("# {}", doc.title));
    md.block(doc.intro);
    for section in &doc.sections {
        md.section(section);
    }
    md.finish()
}

/// Markdown text with exactly one blank line between blocks and none between the items of a list.
#[derive(Default)]
pub(crate) struct Markdown {
    text: String,
    after_item: bool,
}

impl Markdown {
    /// A section: its heading, then its blocks.
    pub(crate) fn section(&mut self, section: &Section) {
        let hashes = "#".repeat(usize::from(section.level));
        self.block(&format!("{hashes} {}", section.heading));
        for block in &section.blocks {
            self.any(block);
        }
    }

    /// One block of a document.
    pub(crate) fn any(&mut self, block: &Block) {
        match block {
            Block::Paragraph(inlines) => self.block(&inline_md(inlines)),
            Block::Task(inlines) => self.item(&format!("- [ ] {}", inline_md(inlines))),
            Block::Note(inlines) => self.item(&format!("- {}", inline_md(inlines))),
            Block::Code(source) => self.block(fence(source, "  ").trim_end_matches('\n')),
            Block::Proven(inlines) => self.item(&format!("- [x] {}", inline_md(inlines))),
            Block::Table(table) => self.block(&table_md(table)),
        }
    }

    pub(crate) fn block(&mut self, block: &str) {
        self.separate("\n\n");
        self.text.push_str(block);
        self.after_item = false;
    }

    fn item(&mut self, item: &str) {
        self.separate(if self.after_item { "\n" } else { "\n\n" });
        self.text.push_str(item);
        self.after_item = true;
    }

    fn separate(&mut self, separator: &str) {
        if !self.text.is_empty() {
            self.text.push_str(separator);
        }
    }

    pub(crate) fn finish(mut self) -> String {
        self.text.push('\n');
        self.text
    }
}

/// Renders the checklist straight to Markdown.
pub fn checklist(settings: &Settings, plan: &Plan) -> String {
    to_markdown(&document(settings, plan))
}

fn inline_md(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(s) => s.clone(),
            Inline::Code(s) => code_span(s),
        })
        .collect()
}

/// A table in GitHub's Markdown: a `|` in a cell is escaped (in code spans too, as GFM reads them).
fn table_md(table: &Table) -> String {
    let row = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
    let mut lines = vec![
        row(table.head.iter().map(|h| h.replace('|', "\\|")).collect()),
        row(table.head.iter().map(|_| "---".to_owned()).collect()),
    ];
    for cells in &table.rows {
        lines.push(row(cells
            .iter()
            .map(|cell| inline_md(cell).replace('|', "\\|"))
            .collect()));
    }
    lines.join("\n")
}

/// A Markdown code span that no backtick in the text can close early.
pub fn code_span(text: &str) -> String {
    let ticks = "`".repeat(longest_run(text, '`') + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("{ticks}{pad}{flat}{pad}{ticks}")
}

/// A fenced PowerShell block that no backtick run in the text can close early.
fn fence(text: &str, indent: &str) -> String {
    let ticks = "`".repeat((longest_run(text, '`') + 1).max(3));
    let mut out = format!("{indent}{ticks}powershell\n");
    for line in text.lines() {
        let _ = writeln!(out, "{indent}{line}");
    }
    let _ = writeln!(out, "{indent}{ticks}");
    out
}

fn longest_run(text: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}
