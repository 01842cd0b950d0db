//! What every read-only script shares: help, a transcript, the `Add-Check` line printer and the
//! report file in the schema of [`crate::report`], so each kind of check script writes the same shape.

use super::script_frame::{CHECK_BINDING, STRICT_MODE, param_block};
use crate::powershell::command::Value;
use crate::powershell::quote::single_quoted;
use crate::powershell::writer::{BlockDelimiter, LINE, Part, Writer};
use crate::procedure::settings::Settings;
use crate::report::{REPORT_SCHEMA, ReportKind, ReportPart};

/// Builds the report (schema version 1, [`crate::report::REPORT_VERSION`]), writes it as JSON and says where,
/// with the number of failures; closes the `try` of the transcript.
const REPORT_SAVE: &str = include_str!("fragments/report-save.ps1");

/// Defines `Add-Check`, which prints a check's line and keeps it, with `$facts`, for the report.
const CHECK_PRINTER: &str = include_str!("fragments/check-printer.ps1");

/// The to-do of a check that could not read what it checks: the parts after its `-Todo (`.
const CHECK_FAILED_TODO: &str = "    'Check that this shell has the rights and modules the check needs, ' +\n    'then run the script again.')\n";

/// One read-only script: which report it writes and what its help says.
pub(crate) struct Frame {
    pub kind: ReportKind,
    pub part: ReportPart,
    pub synopsis: &'static str,
    pub run_in: &'static str,
    /// Parameters besides -ReportPath: (name, declaration, help).
    pub params: &'static [ScriptParam],
}

/// One optional parameter of a read-only script.
pub(crate) struct ScriptParam {
    pub name: &'static str,
    /// The line in `param(…)`, without a trailing comma.
    pub declaration: &'static str,
    pub help: &'static str,
}

/// What the opening of a read-only script says: its help and the names it uses.
pub(crate) struct ReadOnlyOpening<'a> {
    pub synopsis: &'a str,
    /// The help's description, before the line that names the SIP domains.
    pub description: &'a dyn Fn(&mut Writer),
    /// Parameters besides -ReportPath.
    pub params: &'a [ScriptParam],
    /// The `.EXAMPLE` command.
    pub example: &'a str,
    /// The script's name without extension, which its transcript carries.
    pub name: &'a str,
}

/// The opening every read-only script shares (the pre-flight and verification scripts and the
/// cut-over check): help, parameters, strict mode and the transcript; opens the `try` that the
/// script's end closes.
pub(crate) fn read_only_opening(
    w: &mut Writer,
    settings: &Settings,
    opening: &ReadOnlyOpening<'_>,
) {
    w.code("#Requires -Version 5.1");
    w.block_delimiter(BlockDelimiter::Open);
    w.block_line(".SYNOPSIS");
    w.block_paragraph("    ", opening.synopsis);
    w.block_line(".DESCRIPTION");
    (opening.description)(w);
    w.block_paragraph(
        "    ",
        &format!(
            "Generated for the SIP domains: {}",
            settings.environment.domains().join(", ")
        ),
    );
    w.block_line(".PARAMETER ReportPath");
    w.block_line("    Folder for the report and the transcript. Default: the current folder.");
    for param in opening.params {
        w.block_line(&format!(".PARAMETER {}", param.name));
        w.block_paragraph("    ", param.help);
    }
    w.block_line(".EXAMPLE");
    w.block_line(&format!("    {}", opening.example));
    w.block_delimiter(BlockDelimiter::Close);
    let mut declarations = vec!["[string] $ReportPath = (Get-Location).Path"];
    declarations.extend(opening.params.iter().map(|p| p.declaration));
    param_block(w, CHECK_BINDING, &declarations);
    w.blank();
    w.fragment(STRICT_MODE);
    w.code("$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'");
    w.code(&format!(
        "$transcript = Join-Path -Path $ReportPath -ChildPath \"{}-transcript-$stamp.txt\"",
        opening.name
    ));
    w.code("Start-Transcript -LiteralPath $transcript | Out-Null");
    w.open("try {");
}

fn part_name(part: ReportPart) -> &'static str {
    match part {
        ReportPart::OnPremises => "on-premises",
        ReportPart::Online => "online",
    }
}

fn kind_name(kind: ReportKind) -> &'static str {
    match kind {
        ReportKind::Preflight => "preflight",
        ReportKind::Verification => "verification",
    }
}

impl Frame {
    /// The report file this script writes, e.g. `hybrid-preflight-online.json`.
    pub fn report_file(&self) -> String {
        format!(
            "hybrid-{}-{}.json",
            kind_name(self.kind),
            part_name(self.part)
        )
    }

    /// The script's own download name.
    pub fn script_file(&self) -> String {
        format!(
            "hybrid-{}-{}.ps1",
            kind_name(self.kind),
            part_name(self.part)
        )
    }

    /// Help, parameters, strict mode, the transcript and the check printer; opens the `try`.
    pub fn header(&self, w: &mut Writer, settings: &Settings) {
        read_only_opening(
            w,
            settings,
            &ReadOnlyOpening {
                synopsis: self.synopsis,
                description: &|w| {
                    w.block_paragraph("    ", self.run_in);
                    w.block_line(
                        "    Prints one line per check (PASS, WARN or FAIL, what was found, what to do) and writes",
                    );
                    w.block_line(&format!(
                        "    {} for Hybrid Builder to read back. Nothing in the deployment changes.",
                        self.report_file()
                    ));
                },
                params: self.params,
                example: &format!(
                    ".\\{}",
                    crate::procedure::naming::file_name(&self.script_file(), settings)
                ),
                name: &format!("hybrid-{}-{}", kind_name(self.kind), part_name(self.part)),
            },
        );
        w.fragment(CHECK_PRINTER);
        assign_list(w, "$expectedDomains", &settings.environment.domains());
        w.blank();
    }

    /// Writes the report and closes the transcript, also when a check stopped the script.
    pub fn footer(&self, w: &mut Writer) {
        let file = self.report_file();
        w.fragment_between(
            REPORT_SAVE,
            1,
            0,
            &[
                ("Schema", REPORT_SCHEMA),
                ("Kind", kind_name(self.kind)),
                ("Part", part_name(self.part)),
                ("ReportFile", &file),
            ],
        );
    }
}

/// Signs in to the tenant for a read-only script (the MicrosoftTeams module, as every script).
pub(crate) fn connect_read_only(w: &mut Writer, settings: &Settings) {
    for command in crate::procedure::commands::connect_tenant(settings) {
        w.command(&command);
    }
}

/// `$name = @('a', 'b')`, each item a literal; when that line would pass [`LINE`] columns, one
/// item a line between `@(` and `)` (a line break inside `@( )` only separates, about_Arrays).
pub(crate) fn assign_list(w: &mut Writer, name: &'static str, items: &[impl AsRef<str>]) {
    // Measured only until it no longer fits: thousands of pilot users need not all be quoted twice.
    let mut width = w.width() + name.len() + " = @()".len();
    let fits = items.iter().all(|i| {
        width += single_quoted(i.as_ref()).chars().count() + 2;
        width <= LINE
    });
    if !fits {
        w.open(&format!("{name} = @("));
        let last = items.len() - 1;
        for (i, item) in items.iter().enumerate() {
            w.literal_line(item.as_ref(), if i < last { "," } else { "" });
        }
        w.close(")");
        return;
    }
    let mut parts = vec![Part::Code(name), Part::Code(" = @(")];
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            parts.push(Part::Code(", "));
        }
        parts.push(Part::Value(Value::Literal(item.as_ref().to_owned())));
    }
    parts.push(Part::Code(")"));
    w.parts(&parts);
}

/// The check `check` (a fragment reading `$pilot`) for each pilot user, each guarded: `$pilots`
/// written once and looped over, so thousands of users stay a list, not thousands of blocks.
/// Nothing without pilot users.
pub(crate) fn each_pilot(w: &mut Writer, settings: &Settings, id: &str, check: &str) {
    if !settings.environment.has_pilots() {
        return;
    }
    assign_list(w, "$pilots", &settings.environment.pilots());
    w.open("foreach ($pilot in $pilots) {");
    guarded(w, id, |w| w.fragment(check));
    w.close("}");
}

/// A check block: the body, and a WARN naming the error if a cmdlet in it failed.
pub(crate) fn guarded(w: &mut Writer, id: &str, body: impl FnOnce(&mut Writer)) {
    w.open("try {");
    body(w);
    w.reopen("} catch {");
    w.code("$finding = \"Could not read: $($_.Exception.Message)\"");
    w.code(&format!(
        "Add-Check -Id '{id}' -Status 'WARN' -Found $finding -Todo ("
    ));
    w.fragment(CHECK_FAILED_TODO);
    w.close("}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::REPORT_VERSION;

    #[test]
    fn the_report_fragment_writes_the_schema_version_of_the_readers() {
        assert!(REPORT_SAVE.contains(&format!("schema_version = {REPORT_VERSION}\n")));
    }
}
