//! No English left in a translation: a word of the English source message that reappears in its
//! translation is an untranslated word, unless it is a name that is never translated (a product,
//! a cmdlet, a parameter, a value, a file or a URL) or a word the language shares with English.
//! Catches "<the hybrid-on-premises-backup-*.xml this window wrote>" in German, and lets
//! "Move-CsUser", "SharedSipAddressSpace", "Teams", file names, URLs and `{ $file }` pass.

use std::collections::BTreeSet;
use std::path::Path;

use hybrid_locales::{LOCALES, LocaleFile, mark};

fn read(lang: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../locales/{lang}.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Names kept in every language, as phrases: products, services and titles. Removed before the
/// words are compared.
const NAMES: &[&str] = &[
    "Released: August 2025 Skype for Business Server hotfix updates",
    "Skype for Business Online Connector",
    "Skype for Business Server",
    "Skype for Business Online",
    "Skype for Business",
    "Skype Entreprise Server",
    "Skype Entreprise Online",
    "Skype Entreprise",
    "Microsoft Graph PowerShell",
    "Microsoft Entra Connect",
    "Azure AD Connect",
    "Azure AD PowerShell",
    "Windows PowerShell",
    "Microsoft Teams",
    "Teams Phone",
    "Exchange Online",
    "Subscription Edition",
    "Lync Server",
    "Plan 2",
    "Hybrid Builder",
    "Microsoft 365",
    "Microsoft Support",
    "Microsoft Graph",
    "Microsoft",
    "PowerShell",
    "Exchange",
    "SharePoint",
    "Teams",
    "Lync",
    "Skype",
    "Edge",
    "Chrome",
    "Firefox",
    "Safari",
    "JavaScript",
    "WebAssembly",
    "GCC High",
    "DoD",
    "GCC",
    "Commercial",
    "Enterprise Voice",
    "Mark of the Web",
    "Entra Connect",
    "Audio Conferencing",
    // PowerShell's own output and error text, quoted as the console prints it.
    "What if",
    "duplicate key sequence",
    "HostedMigration fault",
    // The term of art, given beside its translation.
    "clearing house",
    "Windows",
    "Internet",
];

/// Values and parameter names the scripts and cmdlets use, written as plain words.
/// Values, parameter names, JSON names and DNS record names written as plain words.
const VALUES: &[&str] = &[
    "True",
    "False",
    "true",
    "false",
    "Enabled",
    "Identity",
    "Verify",
    "Type",
    "Usage",
    "global",
    "schema",
    "sip",
    "lyncdiscover",
    "meet",
    "dialin",
    "https",
    "punycode",
    "Punycode",
];

/// Words each language shares with English (same spelling, same meaning: "in" and "Version" in
/// German, "module" and "session" in French), so they are no sign of an untranslated string there.
fn shared(lang: &str) -> &'static [&'static str] {
    // Compared without case.
    match lang {
        "de" => &[
            "Admin",
            "Administrator",
            "August",
            "Blog",
            "Browser",
            "Build",
            "Builds",
            "Center",
            "China",
            "Clients",
            "Cloud",
            "Firewall",
            "Form",
            "Host",
            "Hotfix",
            "in",
            "Integration",
            "Link",
            "Links",
            "Name",
            "November",
            "online",
            "Optional",
            "Pilot",
            "Plan",
            "Pool",
            "Pools",
            "Port",
            "Problem",
            "Rollback",
            "Routing",
            "Server",
            "Shell",
            "so",
            "Support",
            "Tab",
            "Text",
            "Tokens",
            "Version",
            "was",
            "Zone",
        ],
        "fr" => &[
            "application",
            "article",
            "articles",
            "blog",
            "build",
            "builds",
            "central",
            "clients",
            "cloud",
            "coexistence",
            "configuration",
            "action",
            "confirmation",
            "contact",
            "contacts",
            "date",
            "documentation",
            "guide",
            "interface",
            "invisible",
            "licence",
            "licences",
            "message",
            "messages",
            "migration",
            "minutes",
            "mode",
            "module",
            "modules",
            "notes",
            "organisation",
            "page",
            "photos",
            "place",
            "plan",
            "plans",
            "plus",
            "pool",
            "pools",
            "port",
            "principal",
            "proxy",
            "public",
            "route",
            "script",
            "scripts",
            "service",
            "services",
            "session",
            "shell",
            "simple",
            "source",
            "sources",
            "support",
            "unique",
            "version",
            "versions",
            "web",
            "zone",
        ],
        // Microsoft's Japanese and Chinese documentation write "Web" in Latin letters.
        "ja" | "zh-CN" => &["Web"],
        _ => &[],
    }
}

/// The words of a flattened pattern's text, placeholders and selector keys left out.
fn text_of(flat: &str) -> String {
    let mut out = String::new();
    let mut in_name = false;
    for c in flat.chars() {
        match c {
            mark::VAR | mark::SELECT | mark::VARIANT => {
                in_name = true;
                out.push(' ');
            }
            mark::END_VAR | mark::KEY_END => {
                in_name = false;
                out.push(' ');
            }
            mark::END_SELECT => out.push(' '),
            _ if in_name => {}
            _ => out.push(c),
        }
    }
    out
}

/// Plain words: letters only, not a name, a CamelCase identifier, an acronym, a cmdlet, a
/// parameter, a file, a host or a URL.
fn plain_words(text: &str) -> Vec<String> {
    let text = without_names(text);
    // Whitespace separates tokens; a token with a hyphen, dot, slash, dollar, digit, backslash,
    // star, @ or underscore is code (a cmdlet, a parameter, a value, a file name, a path, a host,
    // a URL or a version).
    text.split(|c: char| c.is_whitespace() || "<>".contains(c))
        .map(|t| t.trim_matches(|c: char| "()[]{}«»„“”‚‘’\"',;:!?…—–·|".contains(c)))
        .map(|t| t.trim_end_matches('.'))
        .filter(|t| !t.contains(|c: char| "-./$\\*@_=+%#&~^:".contains(c) || c.is_ascii_digit()))
        // Elisions and possessives: l'utilisateur, d'Exchange.
        .flat_map(|t| t.split(['\'', '’']))
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()))
        // Acronyms (FQDN, DNS, FAIL) and CamelCase identifiers (SharedSipAddressSpace, ProxyFqdn).
        .filter(|w| !w.chars().skip(1).any(|c| c.is_ascii_uppercase()))
        .filter(|w| w.len() > 1)
        .filter(|w| !VALUES.contains(w))
        .map(str::to_owned)
        .collect()
}

/// The text with every name of [`NAMES`] taken out where it stands as a whole word or phrase (not
/// inside a longer identifier such as ConfigureSkypeforBusinessHybridApplication.ps1).
fn without_names(text: &str) -> String {
    let mut text = text.to_owned();
    for name in NAMES {
        let mut from = 0;
        while let Some(at) = text[from..].find(name).map(|i| i + from) {
            let end = at + name.len();
            let before = text[..at].chars().next_back();
            let after = text[end..].chars().next();
            let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_ascii_alphanumeric());
            if boundary(before) && boundary(after) {
                text.replace_range(at..end, " ");
                from = at + 1;
            } else {
                from = end;
            }
        }
    }
    text
}

/// Messages that quote English on purpose: the error text PowerShell prints, which the admin
/// searches for as it is.
fn quotes_english(id: &str) -> bool {
    id.starts_with("checklist-known-error-items-") && id.ends_with("-a")
}

/// The English words of the source message found again in its translation.
fn english_left(source: &str, translation: &str, lang: &str) -> Vec<String> {
    let english: BTreeSet<String> = plain_words(source)
        .into_iter()
        .map(|w| w.to_lowercase())
        .collect();
    let shared: BTreeSet<String> = shared(lang).iter().map(|w| w.to_lowercase()).collect();
    let mut left: Vec<String> = plain_words(translation)
        .into_iter()
        .filter(|w| {
            let lower = w.to_lowercase();
            english.contains(&lower) && !shared.contains(&lower)
        })
        .collect();
    left.dedup();
    left
}

#[test]
fn no_translation_keeps_an_english_word_of_its_source() {
    let source = LocaleFile::parse(&read("en")).expect("locales/en.ftl parses");
    let mut problems = Vec::new();
    for lang in LOCALES.into_iter().skip(1) {
        let translation = LocaleFile::parse(&read(lang)).expect("the locale parses");
        for message in &translation.messages {
            if quotes_english(&message.id) {
                continue;
            }
            let Some(english) = source.get(&message.id) else {
                continue;
            };
            let left = english_left(&text_of(&english.flat), &text_of(&message.flat), lang);
            if !left.is_empty() {
                problems.push(format!(
                    "locales/{lang}.ftl {}: {}",
                    message.id,
                    left.join(", ")
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "English words left in translations ({}):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_check_catches_an_english_placeholder_and_passes_names() {
    let source =
        "Run it with -BackupFile <the hybrid-on-premises-backup-*.xml this window wrote> -WhatIf.";
    let german = "Führen Sie es mit -BackupFile <the hybrid-on-premises-backup-*.xml this window wrote> -WhatIf aus.";
    assert_eq!(
        english_left(source, german, "de"),
        ["the", "this", "window", "wrote"]
    );
    let source = "Move-CsUser fails unless SharedSipAddressSpace is $true in Teams: see https://learn.microsoft.com/x and { $file }.";
    let german = "Move-CsUser schlägt fehl, wenn SharedSipAddressSpace nicht $true ist (Teams): siehe https://learn.microsoft.com/x und hybrid-preflight-online.json.";
    assert_eq!(english_left(source, german, "de"), Vec::<String>::new());
    // Placeholders and selector keys are names, not words.
    let catalog = LocaleFile::parse(
        "m-x = { $count ->\n    [one] one window\n   *[other] { $file } windows\n}\n",
    )
    .unwrap();
    assert_eq!(
        plain_words(&text_of(&catalog.messages[0].flat)),
        ["one", "window", "windows"]
    );
}
