//! `sfb-hybrid`: the model on the command line — defaults, validate, generate.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use hybrid_model::change_record::{Artifact, CHANGE_RECORD_FILE, Context, change_record};
use hybrid_model::checklist::{CHECKLIST_FILE, checklist};
use hybrid_model::downloads;
use hybrid_model::naming::{file_name, text_bytes};
use hybrid_model::report::{self, ReportKind, Status};
use hybrid_model::share::{from_file, to_json};
use hybrid_model::text::catalog::{self, Catalog};
use hybrid_model::{Cloud, Report, Settings, plan, validate};

const USAGE: &str = "usage:
  sfb-hybrid defaults [--cloud commercial|gcc|gcc-high|dod|21vianet]
  sfb-hybrid validate SETTINGS.json
  sfb-hybrid generate SETTINGS.json --out DIR
  sfb-hybrid preflight SETTINGS.json REPORT.json...
  sfb-hybrid verify SETTINGS.json REPORT.json...

--lang de|fr|ja|zh-CN (with any command): messages, the checklist and the change record in that
language; the scripts stay English.

exit codes: 0 ok, 1 validation errors or a pre-flight FAIL, 2 unreadable file or report, bad usage";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--lang") {
        let Some(tag) = args.get(at + 1).cloned() else {
            return usage("--lang needs a language");
        };
        if let Err(problem) = use_language(&tag) {
            return usage(&problem);
        }
        args.drain(at..at + 2);
    }
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    match argv.as_slice() {
        ["defaults"] => defaults(Cloud::default()),
        ["defaults", "--cloud", name] => match Cloud::from_key(name) {
            Some(cloud) => defaults(cloud),
            None => usage(&format!("unknown cloud `{name}`")),
        },
        ["validate", path] => match load(Path::new(path)) {
            Ok(settings) => {
                let report = validate(&settings);
                print_report(&report);
                if report.has_errors() {
                    ExitCode::from(1)
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(code) => code,
        },
        ["generate", path, "--out", dir] => generate(Path::new(path), &PathBuf::from(dir)),
        ["preflight", path, reports @ ..] if !reports.is_empty() => {
            read_reports(Path::new(path), reports, ReportKind::Preflight)
        }
        ["verify", path, reports @ ..] if !reports.is_empty() => {
            read_reports(Path::new(path), reports, ReportKind::Verification)
        }
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => usage("unexpected arguments"),
    }
}

/// Makes `tag` the language of everything printed and written but the scripts.
fn use_language(tag: &str) -> Result<(), String> {
    let lang = catalog::shipped(tag).ok_or(format!("unknown language `{tag}`"))?;
    if lang == "en" {
        return Ok(());
    }
    let compiled = catalog::bundled(lang).ok_or(format!("`{lang}` is not in this build"))?;
    let read = Catalog::read(lang, compiled.to_owned())
        .map_err(|e| format!("the `{lang}` messages do not fit this build: {e:?}"))?;
    catalog::activate(Some(read));
    Ok(())
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("sfb-hybrid: {problem}\n\n{USAGE}");
    ExitCode::from(2)
}

fn defaults(cloud: Cloud) -> ExitCode {
    print!("{}", to_json(&Settings::for_cloud(cloud)));
    ExitCode::SUCCESS
}

fn load(path: &Path) -> Result<Settings, ExitCode> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        eprintln!("sfb-hybrid: cannot read {}: {e}", path.display());
        ExitCode::from(2)
    })?;
    // The same reader as the page's import: a file from a newer schema is refused; anything else
    // that cannot be used is listed by field and makes the file unreadable for the CLI.
    let decoded = from_file(&text).map_err(|problem| {
        eprintln!(
            "sfb-hybrid: {}: {}{}",
            path.display(),
            key_prefix(&problem.key),
            problem.message
        );
        ExitCode::from(2)
    })?;
    if decoded.problems.is_empty() {
        return Ok(decoded.settings);
    }
    for problem in &decoded.problems {
        eprintln!(
            "sfb-hybrid: {}: {}{}",
            path.display(),
            key_prefix(&problem.key),
            problem.message
        );
    }
    Err(ExitCode::from(2))
}

fn key_prefix(key: &str) -> String {
    if key.is_empty() {
        String::new()
    } else {
        format!("{key}: ")
    }
}

fn print_report(report: &Report) {
    for issue in &report.issues {
        let severity = match issue.severity {
            hybrid_model::Severity::Error => "error",
            hybrid_model::Severity::Warning => "warning",
        };
        println!(
            "{severity} {} [{}]: {}",
            issue.code.as_str(),
            issue.field.path(),
            issue.message
        );
    }
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    println!("{errors} error(s), {warnings} warning(s)");
}

fn generate(path: &Path, dir: &Path) -> ExitCode {
    let settings = match load(path) {
        Ok(settings) => settings,
        Err(code) => return code,
    };
    let report = validate(&settings);
    if report.has_errors() {
        print_report(&report);
        eprintln!("sfb-hybrid: nothing written; fix the errors first");
        return ExitCode::from(1);
    }
    let plan = plan(&settings);
    // Names that say which deployment and cloud the files are for.
    let mut files = downloads::all_scripts(&settings);
    files.push((
        file_name(CHECKLIST_FILE, &settings),
        text_bytes(&checklist(&settings, &plan)),
    ));
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("sfb-hybrid: cannot create {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    let date = today();
    let scripts: Vec<Artifact<'_>> = files
        .iter()
        .filter(|(name, _)| name.ends_with(".ps1"))
        .map(|(name, bytes)| Artifact {
            name,
            bytes: bytes.as_slice(),
        })
        .collect();
    let record = change_record(
        &settings,
        &plan,
        &scripts,
        &Context {
            date: &date,
            link: None,
            preflight: &[],
            verification: &[],
        },
    );
    let record_file = (
        file_name(CHANGE_RECORD_FILE, &settings),
        text_bytes(&record),
    );
    for (name, bytes) in files.iter().chain(std::iter::once(&record_file)) {
        let target = dir.join(name);
        if let Err(e) = std::fs::write(&target, bytes) {
            eprintln!("sfb-hybrid: cannot write {}: {e}", target.display());
            return ExitCode::from(2);
        }
        println!("wrote {}", target.display());
    }
    print_report(&report);
    ExitCode::SUCCESS
}

/// Reads pre-flight or verification reports against the settings: findings, and for the
/// pre-flight what will change and suggestions.
fn read_reports(path: &Path, reports: &[&str], kind: ReportKind) -> ExitCode {
    let settings = match load(path) {
        Ok(settings) => settings,
        Err(code) => return code,
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    let mut read = Vec::new();
    for file in reports {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("sfb-hybrid: cannot read {file}: {e}");
                return ExitCode::from(2);
            }
        };
        match report::read(&text, kind, &settings, now) {
            // The same report twice counts once; a second report of a part replaces the first.
            Ok(r) => {
                if let Some(note) = report::keep(&mut read, r).note() {
                    eprintln!("sfb-hybrid: {file}: {note}");
                }
            }
            Err(refusal) => {
                eprintln!("sfb-hybrid: {file}: {}", refusal.message());
                return ExitCode::from(2);
            }
        }
    }
    let findings = report::findings(&read);
    for f in &findings {
        let status = match f.status {
            Status::Pass => "PASS",
            Status::Warn => "WARN",
            Status::Fail => "FAIL",
        };
        println!("{status} {} ({}): {}", f.id, f.title, f.found);
        if f.status != Status::Pass && !f.todo.is_empty() {
            println!("     -> {}", f.todo);
        }
    }
    if kind == ReportKind::Verification {
        return if findings.iter().any(|f| f.status == Status::Fail) {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
    }
    println!();
    for change in report::changes(&settings, &read) {
        let current = change
            .current
            .clone()
            .unwrap_or_else(|| "(not there yet)".to_owned());
        if change.unchanged() {
            println!("no change  {}: {}", change.setting, change.new);
        } else {
            println!("change     {}: {current} -> {}", change.setting, change.new);
        }
    }
    for suggestion in report::suggestions(&settings, &read) {
        println!(
            "suggest    {} = {}",
            suggestion.field.path(),
            suggestion.shown
        );
    }
    if findings.iter().any(|f| f.status == Status::Fail) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Today's UTC date as YYYY-MM-DD, from the days since 1970 (Howard Hinnant's civil-from-days).
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0) + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
