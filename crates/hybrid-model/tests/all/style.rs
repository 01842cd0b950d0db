//! The style a PowerShell team enforces with PSScriptAnalyzer, as tests over every generated
//! script: the change, rollback, pre-flight, verification, wave and cut-over scripts of every cloud
//! and variant ([`support::variants`], plus one without server-to-server authentication and pilot
//! users).
//! PSScriptAnalyzer itself cannot be installed here, so each rule is checked on the
//! tree-sitter-powershell tree (or the lines), and each test is named after the rule it stands
//! for. Each test also runs its check on a deliberately broken fragment and expects a finding, so
//! a check that silently finds nothing fails.
//!
//! Rules followed with a deliberate difference:
//! - PSAvoidLongLines: a line may pass 120 characters only when one value of the settings (a URL,
//!   a domain, a file path), as a literal, stands alone on it: nothing else on the line but its
//!   indentation, the name it is given (`Name = ` in a splatted hashtable, `$name = `) and a
//!   closing `,` or `)`. The writer gives a value that can be long such a line of its own, always
//!   (a splatted command, one list item a line): breaking a command only when a value makes it
//!   long would make the script's shape depend on the value, which `tests/scripts.rs` forbids
//!   (hostile values must not change the shape). Fixed text is broken after a `|`, an operator or
//!   a comma, or splatted; never with a backtick.
//! - PSAvoidUsingPositionalParameters: stricter than the analyzer (which flags three or more):
//!   no positional argument at all, except the one message of Write-Host and Write-Warning.
//! - PSUseConsistentIndentation: checked as four spaces a level, never a tab, and a block's body
//!   one level deeper than the line that opens it; the analyzer's pipeline-indentation setting
//!   (continuation lines one level deeper) is what the scripts follow. Lines inside `<# … #>`
//!   help are text, not code, and are not checked.
//! - PSAvoidUsingWriteHost: not followed, and not tested. The scripts report to the admin at the
//!   console while Start-Transcript records the run; Write-Host (the information stream since
//!   PowerShell 5.0, shown by default) keeps those lines out of the pipeline, where Write-Output
//!   would mix them into the objects the scripts pipe, and Write-Information is hidden by
//!   default in Windows PowerShell 5.1.
//! - PSUseShouldProcessForStateChangingFunctions: the scripts' own functions change nothing, so
//!   the rule is also applied where it matters here: every command with a changing verb runs
//!   inside an `if` on `$PSCmdlet.ShouldProcess(…)`, in a script declaring
//!   `SupportsShouldProcess`.

use crate::support;

use hybrid_model::Settings;
use hybrid_model::procedure::commands::{acs_metadata_url, web_services_spns};
use hybrid_model::scripts::rollback::{on_premises_rollback, online_rollback};
use hybrid_model::scripts::{change as scripts, cutover, preflight, verify, waves};
use support::{first_error, full, parse, variants};
use tree_sitter::Node;

/// Every generated script with the settings that made it.
fn all_scripts() -> Vec<(String, Settings, String)> {
    let mut settings = variants();
    let mut bare = full(hybrid_model::Cloud::Commercial);
    bare.oauth.enabled = false;
    bare.environment.pilot_users.clear();
    settings.push(("commercial-bare".into(), bare));
    let mut out = Vec::new();
    for (name, s) in settings {
        for (kind, text) in [
            ("on-premises", scripts::on_premises(&s).text()),
            ("online", scripts::online(&s).text()),
            ("on-premises-rollback", on_premises_rollback(&s).text()),
            ("online-rollback", online_rollback(&s).text()),
            ("preflight-on-premises", preflight::on_premises(&s).text()),
            ("preflight-online", preflight::online(&s).text()),
            ("verify-on-premises", verify::on_premises(&s).text()),
            ("verify-online", verify::online(&s).text()),
            ("wave", waves::wave(&s, 3).text()),
            ("cutover-check", cutover::check(&s).text()),
            ("cutover-online", cutover::online(&s, 0).text()),
            ("cutover-on-premises", cutover::on_premises(&s, 0).text()),
        ] {
            let tree = parse(&text);
            assert_eq!(first_error(&text, &tree), None, "{name} {kind} parses");
            out.push((format!("{name} {kind}"), s.clone(), text));
        }
    }
    out
}

/// Runs `check` over every script; fails with every finding.
fn assert_clean(check: impl Fn(&Settings, &str) -> Vec<String>) {
    let mut findings = Vec::new();
    for (name, settings, text) in all_scripts() {
        findings.extend(
            check(&settings, &text)
                .into_iter()
                .map(|f| format!("{name}: {f}")),
        );
    }
    assert!(findings.is_empty(), "{findings:#?}");
}

fn walk<'a>(node: Node<'a>, out: &mut Vec<Node<'a>>) {
    out.push(node);
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        walk(child, out);
    }
}

/// Every node of kind `kind` in a script, with its text.
fn nodes_of(source: &str, kind: &str) -> Vec<(String, usize)> {
    let tree = parse(source);
    let mut all = Vec::new();
    walk(tree.root_node(), &mut all);
    all.into_iter()
        .filter(|n| n.kind() == kind)
        .map(|n| {
            (
                source[n.byte_range()].to_owned(),
                n.start_position().row + 1,
            )
        })
        .collect()
}

// ---- PSAvoidLongLines ----------------------------------------------------------------------

const LINE: usize = 120;

/// The values of the settings (and what is made of them) that may make a line long.
fn user_values(s: &Settings) -> Vec<String> {
    let mut values: Vec<String> = vec![
        s.connection.admin_upn.clone(),
        s.hosting_provider.identity.clone(),
        s.proxy_fqdn().to_owned(),
        s.autodiscover_url().to_owned(),
        s.environment.edge_external_fqdn.clone(),
        s.environment.registrar_pool_fqdn.clone(),
        s.environment.reverse_proxy_fqdn.clone(),
        s.oauth.tenant_id.clone(),
        s.oauth.certificate_path.clone(),
        acs_metadata_url(s),
    ];
    values.extend(s.environment.domains().into_iter().map(str::to_owned));
    values.extend(s.environment.pilots().into_iter().map(str::to_owned));
    values.extend(s.environment.web_fqdns().into_iter().map(str::to_owned));
    values.extend(web_services_spns(s));
    values.retain(|v| !v.is_empty());
    values
}

/// The single-quoted literals of a line: where each starts and ends (quotes included) and its text.
fn literals(line: &str) -> Vec<(usize, usize, String)> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'#' {
            break;
        }
        if bytes[i] != b'\'' {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut text = String::new();
        while i < bytes.len() {
            if bytes[i] == b'\'' {
                if bytes.get(i + 1) == Some(&b'\'') {
                    text.push('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            let c = line[i..].chars().next().expect("a char");
            text.push(c);
            i += c.len_utf8();
        }
        i += 1;
        out.push((start, i.min(line.len()), text));
    }
    out
}

/// Whether `rest` is no more than a name given to a value: `Name = `, `$name = ` or nothing.
fn only_a_name(rest: &str) -> bool {
    let Some(name) = rest.strip_suffix(" = ") else {
        return rest.is_empty();
    };
    let name = name.strip_prefix('$').unwrap_or(name);
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A line over [`LINE`] characters is a finding unless exactly one value of the settings stands
/// alone on it (see the module's notes).
fn long_lines(settings: &Settings, source: &str) -> Vec<String> {
    let values = user_values(settings);
    let mut findings = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let width = line.chars().count();
        if width <= LINE {
            continue;
        }
        let held: Vec<(usize, usize, String)> = literals(line)
            .into_iter()
            .filter(|(_, _, text)| values.contains(text))
            .collect();
        let alone = match held.as_slice() {
            [(start, end, _)] => {
                let before = line[..*start].trim_start_matches(' ');
                let after = &line[*end..];
                only_a_name(before) && matches!(after, "" | "," | ")" | "),")
            }
            _ => false,
        };
        if !alone {
            findings.push(format!(
                "line {} has {width} characters and no value of the settings alone makes it so",
                i + 1
            ));
        }
    }
    findings
}

#[test]
fn ps_avoid_long_lines() {
    let mut settings = full(hybrid_model::Cloud::Commercial);
    settings.oauth.certificate_path = format!("C:\\{}\\oauth.cer", "certificates".repeat(10));
    let path = settings.oauth.certificate_path.clone();
    let findings = |fragment: &str| long_lines(&settings, fragment).len();
    // Broken: fixed text past 120 characters.
    assert_eq!(
        findings(&format!("Write-Host '{}'\n", "fixed text ".repeat(12))),
        1
    );
    // Broken: a long value that does not stand alone (a command left on one line).
    let command =
        format!("$certificate = New-Object -TypeName X509Certificate2 -ArgumentList '{path}'\n");
    assert_eq!(findings(&command), 1);
    // Broken: two values of the settings on one long line.
    let two = format!("$paths = @('{path}', '{path}')\n");
    assert_eq!(findings(&two), 1);
    // Broken: a long literal that only contains a value, with fixed text around it.
    let mixed = format!("        ArgumentList = 'Path: {path}'\n");
    assert_eq!(findings(&mixed), 1);
    // The exception: one value alone on its line, with its name, in a hashtable or a list.
    for alone in [
        format!("        ArgumentList = '{path}'\n"),
        format!("    $certificatePath = '{path}'\n"),
        format!("        '{path}',\n"),
    ] {
        assert!(alone.lines().all(|l| l.chars().count() > LINE));
        assert_eq!(findings(&alone), 0, "{alone}");
    }
    assert_clean(long_lines);
}

// ---- PSAvoidUsingCmdletAliases -------------------------------------------------------------

/// Aliases PowerShell defines (Get-Alias on Windows PowerShell 5.1), the common ones.
const ALIASES: &[&str] = &[
    "%", "?", "ac", "cat", "cd", "chdir", "clc", "clear", "cls", "copy", "cp", "cpi", "del",
    "diff", "dir", "echo", "epal", "erase", "fc", "fl", "foreach", "ft", "fw", "gal", "gc", "gci",
    "gcm", "gdr", "ghy", "gi", "gm", "gp", "gps", "group", "gsv", "gv", "h", "history", "icm",
    "iex", "ipmo", "irm", "iwr", "kill", "ls", "man", "md", "measure", "mi", "mount", "move", "mv",
    "ni", "nv", "ogv", "popd", "ps", "pushd", "pwd", "r", "rd", "ren", "ri", "rm", "rmdir", "rni",
    "rp", "rv", "sal", "saps", "sasv", "sc", "select", "set", "si", "sl", "sleep", "sort", "sp",
    "spps", "start", "sv", "tee", "type", "where", "wget", "curl", "write",
];

fn aliases(_: &Settings, source: &str) -> Vec<String> {
    nodes_of(source, "command_name")
        .into_iter()
        .filter(|(name, _)| {
            ALIASES.iter().any(|a| a.eq_ignore_ascii_case(name))
                || !name.contains('-')
                || !name.starts_with(|c: char| c.is_ascii_uppercase())
        })
        .map(|(name, row)| format!("line {row}: {name} is not a full Verb-Noun cmdlet name"))
        .collect()
}

#[test]
fn ps_avoid_using_cmdlet_aliases() {
    let broken = "Get-CsHostingProvider | select Identity | ? { $_ } | % { $_ }\n";
    assert_eq!(aliases(&Settings::default(), broken).len(), 3);
    assert_clean(aliases);
}

// ---- PSAvoidUsingPositionalParameters ------------------------------------------------------

/// The positional arguments of each command: an element that follows neither a parameter nor
/// the `,` of an array it continues. (A switch followed by an argument would hide that argument;
/// the scripts give switches no value, and `-Switch:$false` binds its value with the colon.)
fn positional(_: &Settings, source: &str) -> Vec<String> {
    let tree = parse(source);
    let mut all = Vec::new();
    walk(tree.root_node(), &mut all);
    let mut findings = Vec::new();
    for command in all.into_iter().filter(|n| n.kind() == "command") {
        let mut cursor = command.walk();
        let children: Vec<Node> = command.children(&mut cursor).collect();
        let Some(name) = children.iter().find(|c| c.kind() == "command_name") else {
            continue;
        };
        let name = &source[name.byte_range()];
        let Some(elements) = children.iter().find(|c| c.kind() == "command_elements") else {
            continue;
        };
        let mut cursor = elements.walk();
        let items: Vec<Node> = elements
            .children(&mut cursor)
            .filter(|c| c.kind() != "command_argument_sep")
            .collect();
        let mut loose = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let text = source[item.byte_range()].trim();
            let previous = i.checked_sub(1).map(|p| items[p]);
            let bound = item.kind() == "command_parameter"
                || text == ","
                || text.starts_with('@')
                || previous.is_some_and(|p| {
                    p.kind() == "command_parameter" || source[p.byte_range()].trim() == ","
                });
            if !bound {
                loose.push(text.to_owned());
            }
        }
        let message = matches!(name, "Write-Host" | "Write-Warning");
        if loose.len() > usize::from(message) {
            findings.push(format!(
                "line {}: {name} has positional arguments {loose:?}",
                command.start_position().row + 1
            ));
        }
    }
    findings
}

#[test]
fn ps_avoid_using_positional_parameters() {
    let broken = "Get-Command ChildItem Microsoft.PowerShell.Management\nWrite-Host 'a' 'b'\n";
    assert_eq!(positional(&Settings::default(), broken).len(), 2);
    assert_clean(positional);
}

// ---- PSUseApprovedVerbs --------------------------------------------------------------------

/// Approved verbs (Get-Verb), the ones a script of this kind could use.
const APPROVED: &[&str] = &[
    "Add",
    "Clear",
    "Close",
    "Copy",
    "Enter",
    "Exit",
    "Find",
    "Format",
    "Get",
    "Hide",
    "Join",
    "Lock",
    "Move",
    "New",
    "Open",
    "Optimize",
    "Pop",
    "Push",
    "Redo",
    "Remove",
    "Rename",
    "Reset",
    "Resize",
    "Search",
    "Select",
    "Set",
    "Show",
    "Skip",
    "Split",
    "Step",
    "Switch",
    "Undo",
    "Unlock",
    "Watch",
    "Connect",
    "Disconnect",
    "Read",
    "Receive",
    "Send",
    "Write",
    "Backup",
    "Checkpoint",
    "Compare",
    "Compress",
    "Convert",
    "ConvertFrom",
    "ConvertTo",
    "Dismount",
    "Edit",
    "Expand",
    "Export",
    "Group",
    "Import",
    "Initialize",
    "Limit",
    "Merge",
    "Mount",
    "Out",
    "Publish",
    "Restore",
    "Save",
    "Sync",
    "Unpublish",
    "Update",
    "Approve",
    "Assert",
    "Build",
    "Complete",
    "Confirm",
    "Deny",
    "Deploy",
    "Disable",
    "Enable",
    "Install",
    "Invoke",
    "Register",
    "Request",
    "Restart",
    "Resume",
    "Start",
    "Stop",
    "Submit",
    "Suspend",
    "Uninstall",
    "Unregister",
    "Wait",
    "Debug",
    "Measure",
    "Ping",
    "Repair",
    "Resolve",
    "Test",
    "Trace",
    "Block",
    "Grant",
    "Protect",
    "Revoke",
    "Unblock",
    "Unprotect",
    "Use",
];

/// The names of the functions a script defines.
fn function_names(source: &str) -> Vec<(String, usize)> {
    nodes_of(source, "function_statement")
        .into_iter()
        .map(|(text, row)| {
            let name = text
                .trim_start_matches("function")
                .trim_start()
                .split(|c: char| c == '(' || c == '{' || c.is_whitespace())
                .next()
                .unwrap_or_default()
                .to_owned();
            (name, row)
        })
        .collect()
}

fn unapproved(_: &Settings, source: &str) -> Vec<String> {
    function_names(source)
        .into_iter()
        .filter(|(name, _)| {
            let verb = name.split('-').next().unwrap_or_default();
            !name.contains('-') || !APPROVED.contains(&verb)
        })
        .map(|(name, row)| format!("line {row}: function {name} has no approved verb"))
        .collect()
}

#[test]
fn ps_use_approved_verbs() {
    let broken = "function Check-Thing($X) {\n    $X\n}\n";
    assert_eq!(unapproved(&Settings::default(), broken).len(), 1);
    let mut defined = 0;
    for (_, _, text) in all_scripts() {
        defined += function_names(&text).len();
    }
    assert!(defined > 0, "the scripts define functions");
    assert_clean(unapproved);
}

// ---- PSAvoidUsingEmptyCatchBlock -----------------------------------------------------------

fn empty_catches(_: &Settings, source: &str) -> Vec<String> {
    nodes_of(source, "catch_clause")
        .into_iter()
        .filter(|(text, _)| {
            let body = text
                .split_once('{')
                .and_then(|(_, b)| b.rsplit_once('}'))
                .map_or("", |(b, _)| b);
            body.lines()
                .map(str::trim)
                .all(|l| l.is_empty() || l.starts_with('#'))
        })
        .map(|(_, row)| format!("line {row}: an empty catch block"))
        .collect()
}

#[test]
fn ps_avoid_using_empty_catch_block() {
    let broken = "try {\n    Get-CsPool\n} catch {\n    # nothing\n}\n";
    assert_eq!(empty_catches(&Settings::default(), broken).len(), 1);
    assert_clean(empty_catches);
}

// ---- PSAvoidTrailingWhitespace -------------------------------------------------------------

fn trailing_whitespace(_: &Settings, source: &str) -> Vec<String> {
    source
        .lines()
        .enumerate()
        .filter(|(_, l)| l.ends_with(' ') || l.ends_with('\t'))
        .map(|(i, _)| format!("line {} ends in whitespace", i + 1))
        .collect()
}

#[test]
fn ps_avoid_trailing_whitespace() {
    assert_eq!(
        trailing_whitespace(&Settings::default(), "Get-CsPool \n").len(),
        1
    );
    assert_clean(trailing_whitespace);
}

// ---- PSUseConsistentIndentation ------------------------------------------------------------

fn indentation(_: &Settings, source: &str) -> Vec<String> {
    let mut findings = Vec::new();
    let mut in_help = false;
    let mut previous: Option<(usize, &str, bool)> = None;
    for (i, line) in source.lines().enumerate() {
        let trimmed = line.trim_start_matches(' ');
        if line.trim() == "<#" {
            in_help = true;
            continue;
        }
        if in_help {
            in_help = line.trim() != "#>";
            continue;
        }
        if trimmed.is_empty() {
            continue;
        }
        let depth = line.len() - trimmed.len();
        if trimmed.starts_with('\t') || depth % 4 != 0 {
            findings.push(format!(
                "line {}: indentation {depth} is not four spaces a level",
                i + 1
            ));
        }
        let mut continued = false;
        if let Some((before, text, was_continued)) = previous {
            let opens = text.ends_with('{') || text.ends_with('(');
            let closes = trimmed.starts_with('}') || trimmed.starts_with(')');
            // A wrapped line (a condition after `-and`, a pipeline after `|`) is one level deeper;
            // a block it opens has its body at that same level, as the analyzer counts it (one
            // level for the opening parenthesis, none more for the brace after it closes).
            continued = !opens && (depth > before || (was_continued && depth == before));
            if depth > before + 4 {
                findings.push(format!("line {}: more than one level deeper", i + 1));
            }
            let body_level = depth == before + 4 || (was_continued && depth == before);
            if opens && !closes && !body_level {
                findings.push(format!(
                    "line {}: a block's body is one level deeper",
                    i + 1
                ));
            }
        }
        previous = Some((depth, trimmed, continued));
    }
    findings
}

#[test]
fn ps_use_consistent_indentation() {
    let broken = "if ($a) {\n  Get-CsPool\n}\nif ($b) {\nGet-CsPool\n}\n";
    assert_eq!(indentation(&Settings::default(), broken).len(), 3);
    assert_clean(indentation);
}

// ---- PSUseShouldProcessForStateChangingFunctions -------------------------------------------

/// Verbs that change something (the analyzer's list for functions, with those of the cmdlets
/// the scripts call).
const CHANGING: &[&str] = &[
    "New",
    "Set",
    "Remove",
    "Start",
    "Stop",
    "Restart",
    "Reset",
    "Update",
    "Move",
    "Grant",
    "Enable",
    "Disable",
    "Install",
    "Register",
    "Unregister",
    "Revoke",
    "Clear",
    "Restore",
];

/// Whether `node` runs only when a `$PSCmdlet.ShouldProcess(…)` in an enclosing `if`/`elseif`
/// condition said yes.
fn under_should_process(node: Node, source: &str) -> bool {
    let mut child = node;
    while let Some(parent) = child.parent() {
        if matches!(parent.kind(), "if_statement" | "elseif_clause")
            && child.kind() == "statement_block"
        {
            let condition = &source[parent.start_byte()..child.start_byte()];
            if condition.contains("$PSCmdlet.ShouldProcess(") {
                return true;
            }
        }
        child = parent;
    }
    false
}

fn unguarded_changes(_: &Settings, source: &str) -> Vec<String> {
    let tree = parse(source);
    let mut all = Vec::new();
    walk(tree.root_node(), &mut all);
    let mut findings = Vec::new();
    for node in all.into_iter().filter(|n| n.kind() == "command_name") {
        let name = &source[node.byte_range()];
        let verb = name.split('-').next().unwrap_or_default();
        // Set-StrictMode changes the script's own session; Start-Transcript and Stop-Transcript
        // write the run's log (turned off for -WhatIf explicitly where the script changes
        // something, so a dry run is logged too).
        // New-Object makes an object in memory; Set-Content writes the run's own readiness file
        // and honours -WhatIf itself (Set-Content.md), as Export-Clixml does for the backup.
        let own_session = matches!(
            name,
            "Set-StrictMode"
                | "Start-Transcript"
                | "Stop-Transcript"
                | "New-Object"
                | "Set-Content"
        );
        if CHANGING.contains(&verb) && !own_session {
            if !under_should_process(node, source) {
                findings.push(format!(
                    "line {}: {name} runs without ShouldProcess",
                    node.start_position().row + 1
                ));
            }
            if !source.contains("[CmdletBinding(SupportsShouldProcess = $true") {
                findings.push(format!("{name} in a script without SupportsShouldProcess"));
            }
        }
    }
    for (name, row) in function_names(source) {
        let verb = name.split('-').next().unwrap_or_default();
        if CHANGING.contains(&verb) {
            findings.push(format!("line {row}: function {name} changes state"));
        }
    }
    findings
}

#[test]
fn ps_use_should_process_for_state_changing_functions() {
    let broken = "[CmdletBinding(SupportsShouldProcess = $true)]\nparam()\n\
                  if ($PSCmdlet.ShouldProcess('a', 'b')) {\n    Set-CsPool -Identity 'x'\n} \
                  else {\n    Remove-CsPool -Identity 'x'\n}\nfunction Set-Thing {\n    1\n}\n";
    assert_eq!(unguarded_changes(&Settings::default(), broken).len(), 2);
    assert_clean(unguarded_changes);
}

// ---- PSAvoidUsingPlainTextForPassword ------------------------------------------------------

fn plain_passwords(_: &Settings, source: &str) -> Vec<String> {
    let mut findings: Vec<String> = nodes_of(source, "script_parameter")
        .into_iter()
        .filter(|(text, _)| {
            let lower = text.to_ascii_lowercase();
            ["password", "passphrase", "passwd", "pwd", "pass", "secret"]
                .iter()
                .any(|word| lower.contains(&format!("${word}")) || lower.contains(word))
                && !lower.contains("[securestring]")
                && !lower.contains("[pscredential]")
        })
        .map(|(text, row)| format!("line {row}: parameter {text} is plain text"))
        .collect();
    findings.extend(
        source
            .lines()
            .enumerate()
            .filter(|(_, l)| l.contains("-AsPlainText"))
            .map(|(i, _)| format!("line {}: a secure string made from plain text", i + 1)),
    );
    findings
}

#[test]
fn ps_avoid_using_plain_text_for_password() {
    let broken = "param(\n    [string] $AdminPassword\n)\n";
    assert_eq!(plain_passwords(&Settings::default(), broken).len(), 1);
    assert_clean(plain_passwords);
}

// ---- The fragments themselves ----------------------------------------------------------------

/// Every `.ps1` fragment the model includes, with its file name.
fn fragments() -> Vec<(String, String)> {
    fn collect(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("a readable folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                collect(&path, out);
            } else if path.extension().is_some_and(|e| e == "ps1") {
                let name = path
                    .file_name()
                    .expect("a name")
                    .to_string_lossy()
                    .into_owned();
                out.push((name, std::fs::read_to_string(&path).expect("a text file")));
            }
        }
    }
    let mut out = Vec::new();
    collect(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out.sort();
    out
}

/// How many blocks a fragment closes that it did not open (it continues Rust's `if`), and the
/// closers of those it leaves open (Rust writes their bodies), innermost first: braces and
/// parentheses outside strings and comments.
fn brace_balance(text: &str) -> (usize, String) {
    let mut closed = 0;
    let mut open: Vec<char> = Vec::new();
    for line in text.lines() {
        let mut quote: Option<char> = None;
        for c in line.chars() {
            match (quote, c) {
                (None, '#') => break,
                (None, '\'' | '"') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '{') => open.push('}'),
                (None, '(') => open.push(')'),
                (None, '}' | ')') if open.pop().is_none() => closed += 1,
                _ => {}
            }
        }
    }
    let closers = open.iter().rev().map(|c| format!("{c}\n")).collect();
    (closed, closers)
}

/// The fragment as a script of its own: the blocks it continues opened before it, those it
/// leaves open closed after it.
fn standalone(text: &str) -> String {
    let (closed, closers) = brace_balance(text);
    // tree-sitter-powershell reads a `param( )` block only with a statement after it, which the
    // scripts always have.
    let after = if text.contains("param(") {
        "Write-Verbose -Message 'script'\n"
    } else {
        ""
    };
    // A fragment that closes Rust's `try` (`} finally {`) continues a try block.
    let opener = if text
        .lines()
        .any(|l| l.starts_with("} finally") || l.starts_with("} catch"))
    {
        "try {\n"
    } else {
        "if ($true) {\n"
    };
    format!("{}{text}{closers}{after}", opener.repeat(closed))
}

/// A fragment can be opened, read and linted as PowerShell: with the blocks it continues or
/// leaves open for Rust completed, it parses without an error, and has neither a tab nor
/// trailing whitespace.
fn not_powershell(source: &str) -> Vec<String> {
    let script = standalone(source);
    let tree = parse(&script);
    let mut findings: Vec<String> = first_error(&script, &tree).into_iter().collect();
    findings.extend(trailing_whitespace(&Settings::default(), source));
    findings.extend(
        source
            .lines()
            .enumerate()
            .filter(|(_, l)| l.contains('\t'))
            .map(|(i, _)| format!("line {} has a tab", i + 1)),
    );
    findings
}

#[test]
fn every_fragment_is_powershell_of_its_own() {
    assert_eq!(
        brace_balance("} elseif ($a) {\n    'x{'\nparam(\n"),
        (1, ")\n}\n".to_owned())
    );
    // Broken three ways: a parse error, a trailing space, a tab.
    let broken = "if ($a -and) {\n\tGet-CsPool \n}\n";
    assert_eq!(
        not_powershell(broken).len(),
        3,
        "{:?}",
        not_powershell(broken)
    );
    let all = fragments();
    assert!(all.len() > 50, "the fragments are found");
    let findings: Vec<String> = all
        .iter()
        .flat_map(|(name, text)| {
            not_powershell(text)
                .into_iter()
                .map(move |f| format!("{name}: {f}"))
        })
        .collect();
    assert!(findings.is_empty(), "{findings:#?}");
}

/// Runs of `RUN` lines (trimmed, at least `RUN - 1` of them more than a brace) that two
/// fragments share: a block written twice.
fn shared_runs(all: &[(String, String)]) -> Vec<String> {
    const RUN: usize = 4;
    let mut seen: std::collections::HashMap<Vec<&str>, &str> = std::collections::HashMap::new();
    let mut findings = Vec::new();
    for (name, text) in all {
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        let mut own = std::collections::HashSet::new();
        for window in lines.windows(RUN) {
            if window.iter().filter(|l| l.len() > 3).count() < RUN - 1 || !own.insert(window) {
                continue;
            }
            match seen.get(window) {
                Some(other) if other != name => {
                    findings.push(format!("{other} and {name} share {window:?}"));
                }
                _ => {
                    seen.insert(window.to_vec(), name);
                }
            }
        }
    }
    findings
}

#[test]
fn no_fragment_is_duplicated() {
    let block = "$a = Get-CsPool\nforeach ($b in $a) {\n    Write-Host $b.Identity\n}\n";
    let broken = vec![
        ("one.ps1".to_owned(), format!("# one\n{block}")),
        ("two.ps1".to_owned(), format!("{block}# two\n")),
    ];
    assert_eq!(shared_runs(&broken).len(), 1);
    let findings = shared_runs(&fragments());
    assert!(findings.is_empty(), "{findings:#?}");
}
