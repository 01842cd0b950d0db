//! `sfb-hybrid`: the model on the command line — defaults, validate, generate, redact.

mod console;
mod decode;
mod output;
mod read;

use std::path::Path;
use std::process::ExitCode;

use console::{complain, say};
use hybrid_model::handover::change_record::{Artifact, CHANGE_RECORD_FILE, Context, change_record};
use hybrid_model::handover::checklist::{CHECKLIST_FILE, checklist};
use hybrid_model::handover::downloads;
use hybrid_model::i18n::catalog::{self, Catalog};
use hybrid_model::procedure::naming::{self, file_name, text_bytes};
use hybrid_model::procedure::share::{from_file, to_json};
use hybrid_model::report::{self, ReportKind, Status};
use hybrid_model::waves::{self, list, results};
use hybrid_model::{Cloud, Report, Settings, plan, validate};
use read::Input;

const USAGE: &str = "usage:
  sfb-hybrid defaults [--cloud commercial|gcc|gcc-high|dod|21vianet]
  sfb-hybrid validate SETTINGS.json
  sfb-hybrid generate SETTINGS.json --out DIR [--replace]
  sfb-hybrid preflight SETTINGS.json REPORT.json...
  sfb-hybrid verify SETTINGS.json REPORT.json...
  sfb-hybrid waves SETTINGS.json USERS.csv [--size N] --out DIR [--replace]
  sfb-hybrid wave-results SETTINGS.json RESULTS.json... [--out DIR] [--replace]
  sfb-hybrid cutover SETTINGS.json [--check CHECK.json [--accept N]] --out DIR [--replace]
  sfb-hybrid redact SETTINGS.json [--out FILE [--replace]]

--lang de|fr|ja|zh-CN (with any command): messages, the checklist and the change record in that
language; the scripts stay English.

redact writes the settings with every SIP domain, FQDN, user, tenant id and certificate path
replaced by a placeholder (the same name always the same one) to standard output or FILE, for a
ticket or a forum, and lists on standard error what it replaced.

waves reads a user list (CSV from AD or the Control Panel, or one address a line; at most 32 MiB
and 100,000 rows), lists the rows it leaves out by line number, and writes per wave of N users
(default 100) the user file Move-CsUser -UserList reads and the wave script. wave-results reads
the wave scripts' result reports: progress per wave and overall, what to do per failure, and with
--out the user file of the users to try again.

cutover without --check writes the read-only check script; with the report it wrote (at most
7 days old), it writes the cut-over scripts only when no more users are homed on premises than
--accept allows (default 0), and otherwise withholds them (exit code 1).

generate, waves, wave-results, cutover and redact --out write every file or none, refuse files
that exist already unless --replace is given, and never write through a symbolic link. Settings files (at most 1 MiB) and reports (at most
8 MiB) may be UTF-8 or UTF-16 (what Windows PowerShell's Out-File writes).

exit codes: 0 ok, 1 validation errors or a pre-flight FAIL, 2 unreadable file or report, bad usage,
output that cannot be written; 141 standard output closed early (as `| head` does)";

/// What a command ends with: the exit code, the same whether it finished or stopped early.
type Outcome = Result<ExitCode, ExitCode>;

fn main() -> ExitCode {
    run(std::env::args().skip(1).collect()).unwrap_or_else(|code| code)
}

fn run(mut args: Vec<String>) -> Outcome {
    if let Some(at) = args.iter().position(|a| a == "--lang") {
        let Some(tag) = args.get(at + 1).cloned() else {
            return usage("--lang needs a language");
        };
        if let Err(problem) = use_language(&tag) {
            return usage(&problem);
        }
        args.drain(at..at + 2);
    }
    let replace = match args.iter().position(|a| a == "--replace") {
        Some(at) => {
            args.remove(at);
            true
        }
        None => false,
    };
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let writes_files = matches!(
        argv.first(),
        Some(&("generate" | "waves" | "wave-results" | "cutover"))
    ) || (argv.first() == Some(&"redact") && argv.contains(&"--out"));
    if replace && !writes_files {
        return usage("--replace goes with generate, waves, wave-results, cutover or redact --out");
    }
    match argv.as_slice() {
        ["defaults"] => defaults(Cloud::default()),
        ["defaults", "--cloud", name] => match Cloud::from_key(name) {
            Some(cloud) => defaults(cloud),
            None => usage(&format!("unknown cloud `{name}`")),
        },
        ["validate", path] => {
            let settings = load(Path::new(path))?;
            let report = checked(&settings);
            print_report(&report)?;
            Ok(if report.has_errors() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        ["generate", path, "--out", dir] => generate(Path::new(path), Path::new(dir), replace),
        ["redact", path] => redact(Path::new(path), None, false),
        ["redact", path, "--out", file] => redact(Path::new(path), Some(Path::new(file)), replace),
        ["preflight", path, reports @ ..] if !reports.is_empty() => {
            read_reports(Path::new(path), reports, ReportKind::Preflight)
        }
        ["verify", path, reports @ ..] if !reports.is_empty() => {
            read_reports(Path::new(path), reports, ReportKind::Verification)
        }
        ["waves", path, users, rest @ ..] => {
            let Some((size, out)) = wave_options(rest) else {
                return usage("waves needs --out DIR (and optionally --size N)");
            };
            let Some(size) = size else {
                return usage(&format!(
                    "--size takes a whole number from 1 to {}",
                    waves::MAX_WAVE_SIZE
                ));
            };
            write_waves(
                Path::new(path),
                Path::new(users),
                size,
                Path::new(out),
                replace,
            )
        }
        ["wave-results", path, rest @ ..] if !rest.is_empty() => {
            let (files, out) = match rest {
                [files @ .., "--out", dir] => (files, Some(Path::new(*dir))),
                files => (files, None),
            };
            if files.is_empty() || files.iter().any(|f| f.starts_with("--")) {
                return usage("wave-results needs one or more result reports");
            }
            wave_results(Path::new(path), files, out, replace)
        }
        ["cutover", path, rest @ ..] => {
            let Some(options) = cutover_options(rest) else {
                return usage(
                    "cutover needs --out DIR (and optionally --check CHECK.json --accept N)",
                );
            };
            cutover(Path::new(path), &options, replace)
        }
        ["--help" | "-h" | "help"] => {
            say!("{USAGE}")?;
            Ok(ExitCode::SUCCESS)
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

/// Bad usage: what was wrong and the usage, on standard error.
fn usage(problem: &str) -> Outcome {
    complain!("{problem}\n\n{USAGE}");
    Err(ExitCode::from(2))
}

fn defaults(cloud: Cloud) -> Outcome {
    console::out(&to_json(&Settings::for_cloud(cloud)))?;
    Ok(ExitCode::SUCCESS)
}

/// Reads a settings file whole, or says on standard error why it cannot be used.
fn load(path: &Path) -> Result<Settings, ExitCode> {
    let text = read::text(path, Input::Settings).map_err(|why| {
        complain!("{}: {why}", path.display());
        ExitCode::from(2)
    })?;
    // The same reader as the page's import: a file from a newer schema is refused; anything else
    // that cannot be used is listed by field and makes the file unreadable for the CLI. Each
    // problem is stated as a fact only: what the page does in its place (keep a default, skip an
    // entry) does not happen here.
    let decoded = from_file(&text).map_err(|problem| {
        complain!(
            "{}: {}{}",
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
        complain!(
            "{}: {}{}",
            path.display(),
            key_prefix(&problem.key),
            problem.message
        );
    }
    complain!(
        "{}: not used: correct the {} above and run again",
        path.display(),
        if decoded.problems.len() == 1 {
            "entry"
        } else {
            "entries"
        }
    );
    Err(ExitCode::from(2))
}

/// Validation, plus an error (HB108) on each field that holds a placeholder of `redact`: a settings
/// file has no marker as a link does, so what the page withholds while a link's marker stands the
/// CLI refuses by the placeholders themselves, and `generate` writes no script for made-up names.
fn checked(settings: &Settings) -> Report {
    hybrid_model::handover::redact::with_placeholder_errors(validate(settings), settings)
}

/// Every command that writes scripts checks the settings as `validate` does (with HB108 for the
/// placeholders of a link without names): with an error it prints the report and the command
/// writes nothing (exit 1); otherwise the report, whose warnings the command prints.
fn ready_to_write(settings: &Settings) -> Result<Report, ExitCode> {
    let report = checked(settings);
    if report.has_errors() {
        print_report(&report)?;
        complain!("nothing written; fix the errors first");
        return Err(ExitCode::from(1));
    }
    Ok(report)
}

fn key_prefix(key: &str) -> String {
    if key.is_empty() {
        String::new()
    } else {
        format!("{key}: ")
    }
}

fn print_report(report: &Report) -> Result<(), ExitCode> {
    for issue in &report.issues {
        let severity = match issue.severity {
            hybrid_model::Severity::Error => "error",
            hybrid_model::Severity::Warning => "warning",
        };
        say!(
            "{severity} {} [{}]: {}",
            issue.code.as_str(),
            issue.field.path(),
            issue.message
        )?;
    }
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    say!("{errors} error(s), {warnings} warning(s)")
}

fn generate(path: &Path, dir: &Path, replace: bool) -> Outcome {
    let settings = load(path)?;
    let report = ready_to_write(&settings)?;
    let plan = plan(&settings);
    // Names that say which deployment and cloud the files are for.
    let mut files = downloads::all_scripts(&settings);
    files.push((
        file_name(CHECKLIST_FILE, &settings),
        text_bytes(&checklist(&settings, &plan)),
    ));
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
            acceptance: None,
        },
    );
    files.push((
        file_name(CHANGE_RECORD_FILE, &settings),
        text_bytes(&record),
    ));
    // Every file is in place before anything is printed: a closed standard output cannot leave
    // half a set behind.
    let written = output::write(dir, &files, replace).map_err(|why| {
        complain!("{why}");
        ExitCode::from(2)
    })?;
    for file in &written {
        let verb = if file.replaced { "replaced" } else { "wrote" };
        say!("{verb} {}", file.path.display())?;
    }
    print_report(&report)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the settings without names (see `hybrid_model::handover::redact`) to standard output or `out`,
/// then says on standard error what each name became: the admin checks that before posting it.
fn redact(path: &Path, out: Option<&Path>, replace: bool) -> Outcome {
    let settings = load(path)?;
    let redacted = hybrid_model::handover::redact::redact(&settings);
    let json = to_json(&redacted.settings);
    match out {
        None => console::out(&json)?,
        Some(file) => {
            let (Some(name), dir) = (file.file_name(), file.parent()) else {
                return usage(&format!("{}: not a file name", file.display()));
            };
            let dir = dir
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let files = [(name.to_string_lossy().into_owned(), json.into_bytes())];
            output::write(dir, &files, replace).map_err(|why| {
                complain!("{why}");
                ExitCode::from(2)
            })?;
        }
    }
    for r in &redacted.replaced {
        complain!("replaced {} -> {}", r.original, r.placeholder);
    }
    complain!(
        "{} name(s) replaced; every other setting is as in {}",
        redacted.replaced.len(),
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Reads pre-flight or verification reports against the settings: findings, and for the
/// pre-flight what will change and suggestions.
fn read_reports(path: &Path, reports: &[&str], kind: ReportKind) -> Outcome {
    let settings = load(path)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    let mut read = Vec::new();
    for file in reports {
        let text = read::text(Path::new(file), Input::Report).map_err(|why| {
            complain!("{file}: {why}");
            ExitCode::from(2)
        })?;
        match report::read(&text, kind, &settings, now) {
            // The same report twice counts once; a second report of a part replaces the first.
            Ok(r) => {
                if let Some(note) = report::keep(&mut read, r).note() {
                    eprintln!("sfb-hybrid: {file}: {note}");
                }
            }
            Err(refusal) => {
                complain!("{file}: {}", refusal.message());
                return Err(ExitCode::from(2));
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
        say!("{status} {} ({}): {}", f.id, f.title, f.found)?;
        if f.status != Status::Pass && !f.todo.is_empty() {
            say!("     -> {}", f.todo)?;
            if let Some(console) = f.console_todo() {
                say!("        {console}")?;
            }
        }
    }
    let failed = findings.iter().any(|f| f.status == Status::Fail);
    if kind == ReportKind::Preflight {
        say!("")?;
        for change in report::changes(&settings, &read) {
            let current = change
                .current
                .clone()
                .unwrap_or_else(|| "(not there yet)".to_owned());
            let action = change.action.label();
            match change.action {
                report::Action::Keep => say!("{action:<10} {}: {}", change.setting, change.new)?,
                report::Action::Remove | report::Action::Stop => {
                    say!("{action:<10} {}: {current}", change.setting)?
                }
                _ => say!(
                    "{action:<10} {}: {current} -> {}",
                    change.setting,
                    change.new
                )?,
            }
        }
        for suggestion in report::suggestions(&settings, &read) {
            say!(
                "suggest    {} = {} (now {})",
                suggestion.field.path(),
                suggestion.shown,
                suggestion.current
            )?;
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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

/// `--size N --out DIR` in either order: the size (None when not a valid size) and the folder.
fn wave_options<'a>(rest: &[&'a str]) -> Option<(Option<usize>, &'a str)> {
    let mut size = Some(waves::DEFAULT_WAVE_SIZE);
    let mut out = None;
    let mut at = 0;
    while at < rest.len() {
        match (rest[at], rest.get(at + 1)) {
            ("--size", Some(n)) => {
                size = n
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=waves::MAX_WAVE_SIZE).contains(n));
            }
            ("--out", Some(dir)) => out = Some(*dir),
            _ => return None,
        }
        at += 2;
    }
    Some((size, out?))
}

/// Seconds since 1970 by this machine's clock.
fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Reads the user list, lists what it leaves out, and writes each wave's user file and script.
fn write_waves(path: &Path, users: &Path, size: usize, dir: &Path, replace: bool) -> Outcome {
    let settings = load(path)?;
    ready_to_write(&settings)?;
    let text = read::text(users, Input::UserList).map_err(|why| {
        complain!("{}: {why}", users.display());
        ExitCode::from(2)
    })?;
    let read = list::read(&text, &settings).map_err(|refusal| {
        complain!("{}: {}", users.display(), refusal.message());
        ExitCode::from(2)
    })?;
    let files = hybrid_model::handover::downloads::wave_files(&settings, &read, size);
    let written = output::write(dir, &files, replace).map_err(|why| {
        complain!("{why}");
        ExitCode::from(2)
    })?;
    let column = match &read.column.found_by {
        list::FoundBy::Header(header) => hybrid_model::waves::text::ColumnHeader {
            number: read.column.number,
            header: hybrid_model::input::display::display_text(header),
        }
        .text(),
        list::FoundBy::Content { .. } => {
            hybrid_model::waves::text::column_content(read.column.number)
        }
    };
    say!("{}: {column}", users.display())?;
    if read.column.kind == list::AddressKind::Upn {
        say!("{}", hybrid_model::waves::text::UPN_NOTE)?;
    }
    for bad in &read.bad_rows {
        say!("left out, {}", bad.message())?;
    }
    for file in &written {
        let verb = if file.replaced { "replaced" } else { "wrote" };
        say!("{verb} {}", file.path.display())?;
    }
    say!(
        "{} rows: {} users in {} waves of up to {size}; {} rows left out",
        read.rows,
        read.users.len(),
        read.users.len().div_ceil(size),
        read.bad_rows.len()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Reads wave result reports: progress per wave and overall, what to do for each user who did
/// not move, and with `--out` the user file of the users to try again.
fn wave_results(path: &Path, files: &[&str], dir: Option<&Path>, replace: bool) -> Outcome {
    use hybrid_model::waves::text as t;
    let settings = load(path)?;
    let now = now_unix();
    let mut read = Vec::new();
    for file in files {
        let text = read::text(Path::new(file), Input::WaveReport).map_err(|why| {
            complain!("{file}: {why}");
            ExitCode::from(2)
        })?;
        match results::read(&text, &settings, now) {
            Ok(r) => read.push(r),
            Err(refusal) => {
                complain!("{file}: {}", refusal.message());
                return Err(ExitCode::from(2));
            }
        }
    }
    let progress = results::progress(&read);
    for wave in &progress.superseded {
        eprintln!("sfb-hybrid: {}", t::superseded(*wave));
    }
    let line = |label: &str, c: &results::Counts| {
        format!(
            "{label}: {} {}, {} {}, {} {}, {} {}; remaining {} of {}",
            c.moved,
            t::STATUS_MOVED,
            c.failed,
            t::STATUS_FAILED,
            c.not_ready,
            t::STATUS_NOT_READY,
            c.ready,
            t::STATUS_READY,
            c.remaining(),
            c.total()
        )
    };
    for wave in &progress.waves {
        let dry = if wave.dry_run { " (-WhatIf)" } else { "" };
        say!(
            "{}",
            line(&format!("wave {:03}{dry}", wave.wave), &wave.counts)
        )?;
        for user in &wave.unmoved {
            say!("  {:<14} {}", user.status.label(), user.user)?;
            for reason in &user.reasons {
                if reason.detail.is_empty() {
                    say!("      {}", reason.code)?;
                } else {
                    say!("      {}: {}", reason.code, reason.detail)?;
                }
                say!("      -> {}", reason.todo)?;
            }
        }
        if !wave.move_report.is_empty() {
            say!("  Move-CsUser -Report: {}", wave.move_report)?;
        }
    }
    say!("{}", line("all waves read", &progress.total))?;
    say!("{}", t::retry(progress.retry.len()))?;
    if let Some(dir) = dir
        && !progress.retry.is_empty()
    {
        let file = (
            waves::retry_file(&settings),
            progress.retry.join(",").into_bytes(),
        );
        let written = output::write(dir, &[file], replace).map_err(|why| {
            complain!("{why}");
            ExitCode::from(2)
        })?;
        for file in &written {
            let verb = if file.replaced { "replaced" } else { "wrote" };
            say!("{verb} {}", file.path.display())?;
        }
    }
    Ok(if progress.total.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// What `cutover` was asked for.
struct CutoverOptions<'a> {
    out: &'a str,
    check: Option<&'a str>,
    accept: u64,
}

/// `--out DIR [--check FILE] [--accept N]` in any order; `--accept` only with `--check`.
fn cutover_options<'a>(rest: &[&'a str]) -> Option<CutoverOptions<'a>> {
    let (mut out, mut check, mut accept) = (None, None, None);
    for pair in rest.chunks(2) {
        match pair {
            ["--out", dir] => out = Some(*dir),
            ["--check", file] => check = Some(*file),
            ["--accept", n] => accept = Some(n.parse::<u64>().ok().filter(|n| *n <= 1_000_000)?),
            _ => return None,
        }
    }
    if accept.is_some() && check.is_none() {
        return None;
    }
    Some(CutoverOptions {
        out: out?,
        check,
        accept: accept.unwrap_or(0),
    })
}

/// The cut-over: the check script, and with a fresh check report that allows it, the scripts.
fn cutover(path: &Path, options: &CutoverOptions<'_>, replace: bool) -> Outcome {
    use hybrid_model::report::cutover::{self, Decision};
    use hybrid_model::scripts::cutover as scripts;
    let settings = load(path)?;
    ready_to_write(&settings)?;
    let script =
        |name: &str, text: String| (file_name(name, &settings), naming::script_bytes(&text));
    let mut files = vec![script(
        scripts::CHECK_FILE,
        scripts::check(&settings).text(),
    )];
    let mut withheld = false;
    let mut notes = Vec::new();
    if let Some(check) = options.check {
        let text = read::text(Path::new(check), Input::CutoverCheck).map_err(|why| {
            complain!("{check}: {why}");
            ExitCode::from(2)
        })?;
        let read = cutover::read(&text, &settings, now_unix()).map_err(|refusal| {
            complain!("{check}: {}", refusal.message());
            ExitCode::from(2)
        })?;
        let decision = cutover::decide(&read, options.accept);
        notes.push(decision.message(options.accept));
        match &decision {
            Decision::Withheld { pools, .. } => {
                withheld = true;
                for (pool, users) in pools {
                    notes.push(format!("  {pool}: {users}"));
                }
            }
            Decision::Offered => {
                let accept = usize::try_from(options.accept).unwrap_or(usize::MAX);
                files.push(script(
                    scripts::ONLINE_FILE,
                    scripts::online(&settings, accept).text(),
                ));
                files.push(script(
                    scripts::ON_PREMISES_FILE,
                    scripts::on_premises(&settings, accept).text(),
                ));
            }
        }
        notes.extend(cutover::remaining_hybrid(&read));
    }
    let written = output::write(Path::new(options.out), &files, replace).map_err(|why| {
        complain!("{why}");
        ExitCode::from(2)
    })?;
    for note in &notes {
        say!("{note}")?;
    }
    for file in &written {
        let verb = if file.replaced { "replaced" } else { "wrote" };
        say!("{verb} {}", file.path.display())?;
    }
    if options.check.is_none() {
        say!(
            "run {} in the Management Shell, then: sfb-hybrid cutover SETTINGS.json --check {} --out DIR",
            file_name(scripts::CHECK_FILE, &settings),
            scripts::CHECK_REPORT_FILE
        )?;
    }
    Ok(if withheld {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
