//! The change checklist as Markdown with `- [ ]` items: prerequisites, steps with commands and
//! checks, DNS, pilot moves and known errors. User text lands only inside code spans and fences.

use std::fmt::Write as _;

use crate::cloud::Provenance;
use crate::plan::{Plan, Shell, Step};
use crate::powershell::scripts::summary;
use crate::settings::Settings;
use crate::text::checklist as t;

/// File name of the checklist download.
pub const CHECKLIST_FILE: &str = "hybrid-checklist.md";

/// Renders the checklist for the settings and their plan.
pub fn checklist(settings: &Settings, plan: &Plan) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n\n{}\n", t::TITLE, t::GENERATED);

    let _ = writeln!(md, "## {}\n", t::SETTINGS);
    for (label, value) in summary(settings) {
        let _ = writeln!(md, "- {label}: {}", code_span(&value));
    }

    let _ = writeln!(md, "\n## {}\n", t::PREREQUISITES);
    for item in t::PREREQUISITE_ITEMS {
        let _ = writeln!(md, "- [ ] {item}");
    }
    for domain in &settings.environment.sip_domains {
        let _ = writeln!(
            md,
            "- [ ] SIP domain {} is verified in the tenant and present in the on-premises topology.",
            code_span(domain)
        );
    }

    let _ = writeln!(md, "\n## {}", t::STEPS);
    for step in &plan.steps {
        render_step(&mut md, step);
    }

    dns(&mut md, settings);

    let _ = writeln!(md, "\n## {}\n", t::KNOWN_ERRORS);
    for (symptom, meaning) in t::KNOWN_ERROR_ITEMS {
        let _ = writeln!(md, "- {}: {meaning}", code_span(symptom));
    }

    let _ = writeln!(md, "\n## {}\n", t::AFTER);
    for item in t::AFTER_ITEMS {
        let _ = writeln!(md, "- [ ] {item}");
    }
    md
}

fn render_step(md: &mut String, step: &Step) {
    let _ = writeln!(md, "\n### {}\n\n{}\n", step.title, step.why);
    let _ = writeln!(
        md,
        "{}\n",
        match step.shell {
            Shell::OnPremises => t::RUNS_ON_PREM,
            Shell::Online => t::RUNS_ONLINE,
        }
    );
    if !step.commands.is_empty() {
        let lines: Vec<String> = step.commands.iter().map(|c| c.to_text()).collect();
        let _ = writeln!(
            md,
            "- [ ] {}:\n\n{}",
            t::RUN,
            fence(&lines.join("\n"), "  ")
        );
    }
    for check in &step.verify {
        let _ = writeln!(
            md,
            "- [ ] {} {} — {}: {}",
            t::VERIFY,
            code_span(&check.command.to_text()),
            t::EXPECT,
            check.expected
        );
    }
    for note in &step.notes {
        let _ = writeln!(md, "- {note}");
    }
    if !step.rollback.is_empty() {
        let lines: Vec<String> = step.rollback.iter().map(|c| c.to_text()).collect();
        let _ = writeln!(
            md,
            "- {}:\n\n{}",
            t::ROLLBACK,
            fence(&lines.join("\n"), "  ")
        );
    }
}

fn dns(md: &mut String, settings: &Settings) {
    let _ = writeln!(md, "\n## {}\n\n{}\n", t::DNS, t::DNS_INTRO);
    let edge = &settings.environment.edge_external_fqdn;
    let target = if edge.is_empty() {
        "your Access Edge external interface".to_owned()
    } else {
        code_span(edge)
    };
    let domains: Vec<&str> = if settings.environment.sip_domains.is_empty() {
        vec!["<sip domain>"]
    } else {
        settings
            .environment
            .sip_domains
            .iter()
            .map(String::as_str)
            .collect()
    };
    for domain in &domains {
        for record in ["sip", "lyncdiscover", "_sip._tls", "_sipfederationtls._tcp"] {
            let _ = writeln!(
                md,
                "- [ ] {} points on premises ({target}).",
                code_span(&format!("{record}.{domain}"))
            );
        }
    }
    let profile = settings.cloud.profile();
    let _ = writeln!(md, "\n{}\n", t::DNS_LATER);
    for (record, value) in [
        ("sip (CNAME)", profile.dns_sipdir),
        ("lyncdiscover (CNAME)", profile.dns_webdir),
        ("_sip._tls (SRV 100 1 443)", profile.dns_sipdir),
        (
            "_sipfederationtls._tcp (SRV 100 1 5061)",
            profile.dns_sipfed,
        ),
    ] {
        let badge = match value.provenance {
            Provenance::Documented => String::new(),
            other => format!(
                " ({}: {})",
                crate::text::provenance_label(other).to_uppercase(),
                value.note
            ),
        };
        let _ = writeln!(md, "- {record} → {}{badge}", code_span(value.value));
    }
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
