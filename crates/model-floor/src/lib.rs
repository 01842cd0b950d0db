//! A measurement, not a program: every model function the page calls, behind one exported function
//! and with no view, so `cargo xtask bench` can weigh what the page must carry whatever its view
//! layer (the floor under #18's transfer target). Built for wasm32 as a cdylib; never run.
//! A crate of its own, not an example of the model: examples build the model's dev-dependencies,
//! which do not build for wasm32.

use hybrid_model::handover::change_record::{Artifact, Context, change_record};
use hybrid_model::handover::checklist::{Evidence, localized, to_markdown};
use hybrid_model::handover::{downloads, stages};
use hybrid_model::i18n::catalog::{self, Catalog};
use hybrid_model::procedure::{naming, share};
use hybrid_model::report::{self, ReportKind};
use hybrid_model::scripts::{change, preflight, verify};
use hybrid_model::{plan, validate};

/// Reads the inputs the page reads (a link, a settings file, saved settings, a report, a locale
/// file) and renders everything the page renders from them; returns the length of it all.
///
/// # Safety
/// `input` points to `len` readable bytes (never called: the export only keeps the code).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn floor(input: *const u8, len: usize) -> usize {
    // SAFETY: the caller's promise above.
    let bytes = unsafe { std::slice::from_raw_parts(input, len) };
    // As the page reads an imported or dropped file.
    let text = hybrid_model::input::file_text::decode(bytes).unwrap_or_default();
    if let Ok(c) = Catalog::read("de", text.clone()) {
        catalog::activate(Some(c));
    }
    let (decoded, options) = share::from_fragment(&text);
    let mut out = String::new();
    for problem in &decoded.problems {
        out += &problem.with_fallback();
    }
    let mut settings = decoded.settings;
    if let Ok(file) = share::from_file(&text) {
        settings = file.settings;
    }
    let saved = share::from_storage(&text).settings;
    let issues = validate(&settings);
    let plan = plan(&settings);
    let mut reports = Vec::new();
    if let Ok(read) = report::read(&text, ReportKind::Preflight, &settings, 0) {
        out += report::keep(&mut reports, read).note().unwrap_or_default();
    }
    for script in [
        change::on_premises(&settings),
        change::online(&settings),
        preflight::on_premises(&settings),
        preflight::online(&settings),
        verify::on_premises(&settings),
        verify::online(&settings),
    ] {
        out += &script.text();
    }
    let evidence = Evidence {
        preflight: &reports,
        verification: &[],
    };
    let doc = localized(&settings, evidence);
    out += &to_markdown(&doc);
    out += &doc.proven_count().to_string();
    let files = downloads::all_scripts(&settings);
    let artifacts: Vec<Artifact<'_>> = files
        .iter()
        .map(|(name, bytes)| Artifact { name, bytes })
        .collect();
    let findings = report::findings(&reports);
    let acceptance = report::Acceptance::of(&findings, "2026-11-30");
    let context = Context {
        date: "2026-11-30",
        link: Some(&text),
        preflight: &reports,
        verification: &[],
        acceptance: Some(&acceptance),
    };
    out += &change_record(&settings, &plan, &artifacts, &context);
    out += &report::unaccepted_fails(&findings, Some(&acceptance)).to_string();
    for read in &reports {
        out += &report::stale(read, &settings).unwrap_or_default();
    }
    let mut extra = downloads::companion_scripts(&settings);
    extra.push((
        naming::file_name("x", &saved),
        share::to_json(&saved).into_bytes(),
    ));
    let entries: Vec<(&str, &[u8])> = extra
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let zip = hybrid_model::handover::bundle::bundle(&entries).map_or(0, |z| z.len());
    out += &share::to_fragment(&settings, &options);
    for finding in report::findings(&reports) {
        out += finding.title;
    }
    for change in report::changes(&settings, &reports) {
        out += &change.setting;
    }
    for suggestion in report::suggestions(&settings, &reports) {
        out += &suggestion.shown;
        out += &suggestion.current;
        out += suggestion.label();
    }
    for stage in stages::stages(&settings) {
        out += stage.title;
    }
    for issue in &issues.issues {
        out += &issue.message;
        out += issue.code.as_str();
    }
    out.len() + zip
}
