//! Test support: parse generated PowerShell with a real grammar and read commands back as data.
#![allow(dead_code)]

use hybrid_model::procedure::cloud::Cloud;
use hybrid_model::procedure::settings::{ExistingProvider, Settings};
use tree_sitter::{Node, Parser, Tree};

/// Parses PowerShell source with tree-sitter-powershell.
pub fn parse(source: &str) -> Tree {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_powershell::LANGUAGE.into())
        .expect("the PowerShell grammar loads");
    parser
        .parse(source, None)
        .expect("the parser returns a tree")
}

/// The first error or missing node, with its text, if any.
pub fn first_error(source: &str, tree: &Tree) -> Option<String> {
    fn find(node: Node, source: &str) -> Option<String> {
        if node.is_error() || node.is_missing() {
            let start = node.start_position();
            let text: String = source[node.byte_range()].chars().take(120).collect();
            return Some(format!(
                "{} at {}:{}: {text:?}",
                node.kind(),
                start.row + 1,
                start.column + 1
            ));
        }
        let mut cursor = node.walk();
        node.children(&mut cursor).find_map(|c| find(c, source))
    }
    find(tree.root_node(), source)
}

/// The tree's shape: node kinds in order, not descending into string literals or comments, so two
/// scripts that differ only inside literals and comments have the same shape.
pub fn shape(tree: &Tree) -> Vec<u16> {
    fn walk(node: Node, out: &mut Vec<u16>) {
        out.push(node.kind_id());
        if matches!(node.kind(), "string_literal" | "comment") {
            return;
        }
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            walk(child, out);
        }
    }
    let mut out = Vec::new();
    walk(tree.root_node(), &mut out);
    out
}

/// A value as PowerShell binds it, for comparing commands regardless of quoting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bound {
    Bool(bool),
    Text(String),
    Variable(String),
    Switch,
    Other(String),
}

/// One command read back from a script: the cmdlet and its parameters with bound values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedCommand {
    pub cmdlet: String,
    pub params: Vec<(String, Bound)>,
    pub positional: Vec<Bound>,
}

/// Every command in a script, with bound values.
pub fn commands(source: &str) -> Vec<ParsedCommand> {
    let tree = parse(source);
    let mut out = Vec::new();
    collect(tree.root_node(), source, &mut out);
    out
}

fn collect(node: Node, source: &str, out: &mut Vec<ParsedCommand>) {
    if node.kind() == "command"
        && let Some(command) = read_command(node, source)
    {
        out.push(command);
    }
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        collect(child, source, out);
    }
}

fn read_command(node: Node, source: &str) -> Option<ParsedCommand> {
    let name = node.child_by_field_name("command_name").or_else(|| {
        let mut cursor = node.walk();
        node.children(&mut cursor)
            .find(|c| c.kind() == "command_name")
    })?;
    let mut command = ParsedCommand {
        cmdlet: source[name.byte_range()].to_owned(),
        params: Vec::new(),
        positional: Vec::new(),
    };
    let mut cursor = node.walk();
    let Some(elements) = node
        .children(&mut cursor)
        .find(|c| c.kind() == "command_elements")
    else {
        return Some(command);
    };
    let mut cursor = elements.walk();
    let items: Vec<Node> = elements
        .children(&mut cursor)
        .filter(|c| c.kind() != "command_argument_sep")
        .collect();
    let mut i = 0;
    while i < items.len() {
        let item = items[i];
        if item.kind() == "command_parameter" {
            let param = source[item.byte_range()]
                .trim_start_matches('-')
                .trim_end_matches(':')
                .to_owned();
            match items.get(i + 1) {
                Some(next)
                    if next.kind() != "command_parameter"
                        && !is_switch(&command.cmdlet, &param) =>
                {
                    command
                        .params
                        .push((param, bind(source[next.byte_range()].trim())));
                    i += 2;
                }
                _ => {
                    command.params.push((param, Bound::Switch));
                    i += 1;
                }
            }
        } else if let Some(name) = source[item.byte_range()].trim().strip_prefix('@') {
            // A splatted hashtable: its entries are the parameters (about_Splatting.md).
            for (param, value) in splatted(source, node.start_byte(), name) {
                let bound = if value == "$true" && is_switch(&command.cmdlet, &param) {
                    Bound::Switch
                } else {
                    bind(&value)
                };
                command.params.push((param, bound));
            }
            i += 1;
        } else {
            command
                .positional
                .push(bind(source[item.byte_range()].trim()));
            i += 1;
        }
    }
    Some(command)
}

/// The entries of the last `$name = @{` … `}` block before `before`, one `Key = value` per line
/// as the scripts write them.
fn splatted(source: &str, before: usize, name: &str) -> Vec<(String, String)> {
    let head = format!("${name} = @{{");
    let Some(start) = source[..before].rfind(&head) else {
        panic!("@{name} is splatted but ${name} is never set before it");
    };
    source[start + head.len()..before]
        .lines()
        .map(str::trim)
        .take_while(|line| *line != "}")
        .filter(|line| !line.is_empty())
        .map(|line| {
            let (key, value) = line.split_once(" = ").expect("Key = value");
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

/// Switch parameters take no value, so the next element is positional.
fn is_switch(_cmdlet: &str, param: &str) -> bool {
    matches!(
        param,
        "UseDnsSrvRouting"
            | "UseDefaultRouting"
            | "AllowClobber"
            | "UseOAuthServer"
            | "EQ"
            | "NE"
            | "GT"
            | "Force"
            | "WhatIf"
            | "Match"
            | "Descending"
    )
}

/// Binds a PowerShell argument the way the engine would for the types used here.
pub fn bind(text: &str) -> Bound {
    match text {
        "$true" | "$True" | "1" => return Bound::Bool(true),
        "$false" | "$False" | "0" => return Bound::Bool(false),
        _ => {}
    }
    if let Some(inner) = text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')) {
        return Bound::Text(inner.replace("''", "'"));
    }
    if let Some(inner) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        return Bound::Text(inner.to_owned());
    }
    if let Some(name) = text.strip_prefix('$') {
        return Bound::Variable(name.to_owned());
    }
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || ":/._-".contains(c))
    {
        return Bound::Text(text.to_owned());
    }
    Bound::Other(text.to_owned())
}

/// Every combination that changes the scripts' structure.
pub fn variants() -> Vec<(String, Settings)> {
    let mut out = Vec::new();
    for cloud in Cloud::ALL {
        for existing in [
            ExistingProvider::Replace,
            ExistingProvider::UpdateInPlace,
            ExistingProvider::Stop,
        ] {
            let mut s = full(cloud);
            s.hosting_provider.existing = existing;
            out.push((format!("{}-{existing:?}", cloud.key()), s));
        }
    }
    out
}

/// A settings value with every optional part filled in.
pub fn full(cloud: Cloud) -> Settings {
    let mut s = Settings::for_cloud(cloud);
    s.connection.admin_upn = "admin@contoso.com".into();
    s.environment.sip_domains = vec!["contoso.com".into(), "fabrikam.com".into()];
    s.environment.edge_external_fqdn = "sip.contoso.com".into();
    s.environment.registrar_pool_fqdn = "pool01.contoso.com".into();
    s.environment.pilot_users = vec!["ada@contoso.com".into(), "sip:o'neil@fabrikam.com".into()];
    s.oauth.enabled = true;
    s.oauth.tenant_id = "6babcaad-604b-40ac-a9d7-9fd97c0b779f".into();
    s.oauth.certificate_path = "C:\\certs\\oauth.cer".into();
    s.environment.web_services_fqdns =
        vec!["webext.contoso.com".into(), "webext2.contoso.com".into()];
    s.environment.reverse_proxy_fqdn = "webext.contoso.com".into();
    confirm_cloud_values(&mut s);
    s
}

/// Ticks every "I have confirmed this value" box the cloud asks for, as an admin would.
pub fn confirm_cloud_values(s: &mut Settings) {
    for value in hybrid_model::procedure::confirmation::Confirmable::ALL {
        if s.cloud.needs_confirmation(value.cloud_value(s)) {
            value.set_confirmed(s, true, "2026-12-05");
        }
    }
}

/// The commands of a script that would change something: a changing verb. Set-StrictMode is not
/// one: it changes only the script's own session, nothing in the deployment.
pub fn changing_commands(source: &str) -> Vec<String> {
    const CHANGING: [&str; 15] = [
        "Set",
        "New",
        "Remove",
        "Move",
        "Grant",
        "Enable",
        "Disable",
        "Update",
        "Install",
        "Register",
        "Unregister",
        "Revoke",
        "Clear",
        "Reset",
        "Restore",
    ];
    commands(source)
        .into_iter()
        .map(|c| c.cmdlet)
        .filter(|cmdlet| {
            let verb = cmdlet.split('-').next().unwrap_or_default();
            CHANGING.contains(&verb) && cmdlet != "Set-StrictMode"
        })
        .collect()
}

/// A script with each pipeline broken after its `|` (as lines longer than 120 columns are) read
/// back onto one line, for tests that look for a whole pipeline.
pub fn unbroken_pipelines(script: &str) -> String {
    let mut out = String::new();
    for line in script.lines() {
        if out.ends_with('|') {
            out.push(' ');
            out.push_str(line.trim_start());
        } else {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line);
        }
    }
    out
}
