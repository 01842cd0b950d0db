//! The change record a change board reads: the settings with where each value comes from, what
//! will change, the exact scripts by SHA-256, the risks and the way back, and a sign-off block.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use crate::checklist::code_span;
use crate::confirmation::Confirmable;
use crate::plan::Plan;
use crate::powershell::rollback::{ON_PREMISES_ROLLBACK_FILE, ONLINE_ROLLBACK_FILE};
use crate::powershell::script_frame::summary;
use crate::report::{self, Report, Status};
use crate::settings::Settings;
use crate::text::change_record as t;

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
pub struct Context<'a> {
    /// The date the record was made, as the page or CLI formats it.
    pub date: &'a str,
    /// The share link of these settings, when there is one.
    pub link: Option<&'a str>,
    pub preflight: &'a [Report],
    pub verification: &'a [Report],
}

/// The change record as Markdown.
pub fn change_record(
    settings: &Settings,
    plan: &Plan,
    artifacts: &[Artifact<'_>],
    context: &Context<'_>,
) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", t::TITLE);
    let _ = writeln!(md, "{}: {}  ", t::DATE, context.date);
    let _ = writeln!(md, "{}: {}  ", t::CLOUD, settings.cloud.display_name());
    if let Some(link) = context.link {
        let _ = writeln!(md, "{}: <{link}>  ", t::LINK);
    }
    let _ = writeln!(md, "\n{}\n", t::INTRO);

    let _ = writeln!(md, "## {}\n", t::SETTINGS);
    for (label, value) in summary(settings) {
        let _ = writeln!(md, "- {label}: {}", code_span(&value));
    }
    let _ = writeln!(md, "\n{}\n", t::PROVENANCE);
    for (name, value) in [
        ("ProxyFqdn", Confirmable::ProxyFqdn),
        ("AutodiscoverUrl", Confirmable::AutodiscoverUrl),
        ("MetadataUrl", Confirmable::MetadataUrl),
    ] {
        if value == Confirmable::MetadataUrl && !settings.oauth.enabled {
            continue;
        }
        match value.standing(settings).explained() {
            None => {
                let _ = writeln!(md, "- {name}: {}", t::TYPED_BY_ADMIN);
            }
            Some(line) => {
                let _ = writeln!(md, "- {name}: {line}");
            }
        }
    }

    let _ = writeln!(md, "\n## {}\n", t::PLAN);
    for step in &plan.steps {
        let _ = writeln!(md, "- {} ({})", step.title, t::shell(step.shell));
    }
    let changes = report::changes(settings, context.preflight);
    if changes.is_empty() {
        let _ = writeln!(md, "\n{}", t::NO_PREFLIGHT);
    } else {
        let _ = writeln!(md, "\n{}", t::CHANGES_FROM_PREFLIGHT);
        // One table per step: the step is named once, and a replaced provider reads as a
        // removal and a creation.
        let cell = |text: &str| code_span(text).replace('|', "\\|");
        for (step, rows) in report::by_step(&changes) {
            let title = plan.step(step).map_or("", |s| s.title);
            let _ = writeln!(md, "\n**{title}**\n");
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |\n|---|---|---|---|",
                t::COLUMN_ACTION,
                t::COLUMN_SETTING,
                t::COLUMN_FOUND,
                t::COLUMN_AFTER
            );
            for change in rows {
                let found = change
                    .current
                    .as_deref()
                    .map_or_else(|| t::NOT_THERE.to_string(), cell);
                let after = if change.new.is_empty() {
                    String::new()
                } else {
                    cell(&change.new)
                };
                let _ = writeln!(
                    md,
                    "| {} | {} | {found} | {after} |",
                    change.action.label(),
                    change.setting.replace('|', "\\|")
                );
            }
        }
    }
    let findings = report::findings(context.preflight);
    let open: Vec<_> = findings
        .iter()
        .filter(|f| f.status != Status::Pass)
        .collect();
    if !open.is_empty() {
        let _ = writeln!(md, "\n{}\n", t::OPEN_FINDINGS);
        for f in open {
            let status = if f.status == Status::Fail {
                "FAIL"
            } else {
                "WARN"
            };
            let _ = writeln!(md, "- {status} {}: {}", f.title, code_span(&f.found));
        }
    }

    let _ = writeln!(md, "\n## {}\n", t::SCRIPTS);
    let _ = writeln!(md, "{}\n", t::HASH_HOW);
    let _ = writeln!(md, "| {} | SHA-256 |\n|---|---|", t::FILE);
    for artifact in artifacts {
        let _ = writeln!(
            md,
            "| {} | `{}` |",
            artifact.name,
            sha256_hex(artifact.bytes)
        );
    }

    let _ = writeln!(md, "\n## {}\n", t::RISKS);
    // Only a deployment that routes through a default route today loses anything in Step 1.
    if settings.edge.routing == crate::settings::EdgeRouting::DefaultRoute {
        let _ = writeln!(md, "- {}", t::RISK_DEFAULT_ROUTE);
    }
    for risk in t::RISK_ITEMS {
        let _ = writeln!(md, "- {risk}");
    }
    let _ = writeln!(
        md,
        "\n{}\n",
        t::rollback(ON_PREMISES_ROLLBACK_FILE, ONLINE_ROLLBACK_FILE)
    );
    for step in plan.steps.iter().filter(|s| !s.rollback_when.is_empty()) {
        let _ = writeln!(md, "- {}: {}.", step.title, step.rollback_when);
    }

    if !context.verification.is_empty() {
        let _ = writeln!(md, "\n## {}\n", t::VERIFICATION);
        for f in report::findings(context.verification) {
            let status = match f.status {
                Status::Pass => "PASS",
                Status::Warn => "WARN",
                Status::Fail => "FAIL",
            };
            let _ = writeln!(md, "- {status} {}: {}", f.title, code_span(&f.found));
        }
    }

    // The later windows of the whole road (waves, cut-over, decommissioning), named so the board
    // sees where this window leads; each has its own files and checks (the checklist lists them).
    let _ = writeln!(md, "\n## {}\n", crate::text::checklist::ROAD);
    let _ = writeln!(md, "{}\n", crate::text::checklist::ROAD_INTRO);
    for (i, stage) in crate::stages::road(settings).iter().enumerate() {
        let _ = writeln!(md, "{}. {} — {}", i + 1, stage.title, stage.shell);
    }

    let _ = writeln!(md, "\n## {}\n", t::SIGN_OFF);
    for role in t::SIGN_OFF_ROWS {
        let _ = writeln!(
            md,
            "- {role}: ______________________  {}: __________",
            t::DATE
        );
    }
    md
}
