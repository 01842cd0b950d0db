//! Every reader is fuzzed: arbitrary bytes, arbitrary JSON and hostile sizes (deep nesting, huge
//! numbers, long strings) fed to the settings-file, storage, share-link and report readers end
//! in a decoded value or a clear refusal — never a panic — and whatever they say is safe to show.
//! The page reads files, drops, links and storage through these same functions.

use hybrid_model::input::syntax::is_hidden;
use hybrid_model::procedure::share::{from_file, from_fragment, from_storage};
use hybrid_model::report::{self, ReportKind};
use hybrid_model::{Settings, validate};
use proptest::prelude::*;
use serde_json::{Map, Value};

const NOW: i64 = 1_795_000_000;

fn settings() -> Settings {
    let mut s = Settings::default();
    s.environment.sip_domains = vec!["contoso.com".into()];
    s
}

fn safe(text: &str) -> bool {
    !text.chars().any(|c| is_hidden(c) || c == '\n')
}

/// Feeds one text to every reader and checks what each says; returns what failed, if anything.
fn read_everywhere(text: &str) -> Result<(), TestCaseError> {
    match from_file(text) {
        Ok(decoded) => {
            let _ = validate(&decoded.settings);
            for p in &decoded.problems {
                prop_assert!(safe(&p.key) && safe(&p.message), "{:?}", p);
            }
        }
        Err(p) => prop_assert!(!p.message.is_empty() && safe(&p.message), "{:?}", p),
    }
    for p in from_storage(text).problems {
        prop_assert!(safe(&p.key) && safe(&p.message), "{:?}", p);
    }
    let (decoded, _) = from_fragment(text);
    let _ = validate(&decoded.settings);
    for p in decoded.problems {
        prop_assert!(safe(&p.key) && safe(&p.message), "{:?}", p);
    }
    for kind in [ReportKind::Preflight, ReportKind::Verification] {
        for s in [settings(), Settings::default()] {
            match report::read(text, kind, &s, NOW) {
                Ok(read) => {
                    let reports = [read];
                    for f in report::findings(&reports) {
                        prop_assert!(safe(&f.id) && safe(&f.found) && safe(&f.todo));
                    }
                    for c in report::changes(&s, &reports) {
                        prop_assert!(safe(c.current.as_deref().unwrap_or("")) && safe(&c.new));
                    }
                    for sug in report::suggestions(&s, &reports) {
                        prop_assert!(safe(&sug.shown));
                    }
                }
                Err(refusal) => {
                    let message = refusal.message();
                    prop_assert!(!message.is_empty() && safe(&message), "{:?}", refusal);
                }
            }
        }
    }
    // The wave and cut-over readers: a user list, a wave report, a cut-over check report.
    for s in [settings(), Settings::default()] {
        match hybrid_model::waves::list::read(text, &s) {
            Ok(list) => {
                for bad in &list.bad_rows {
                    prop_assert!(safe(&bad.message()), "{:?}", bad);
                }
                let _ = hybrid_model::handover::downloads::wave_files(&s, &list, 7);
            }
            Err(refusal) => prop_assert!(safe(&refusal.message())),
        }
        match hybrid_model::waves::results::read(text, &s, NOW) {
            Ok(read) => {
                let progress = hybrid_model::waves::results::progress(&[read]);
                for wave in &progress.waves {
                    prop_assert!(safe(&wave.move_report));
                    for user in &wave.unmoved {
                        prop_assert!(safe(&user.user));
                        for reason in &user.reasons {
                            prop_assert!(safe(&reason.code) && safe(&reason.detail));
                        }
                    }
                }
                for entry in &progress.retry {
                    prop_assert!(safe(entry) && !entry.contains(','), "{entry:?}");
                }
            }
            Err(refusal) => {
                let message = refusal.message();
                prop_assert!(!message.is_empty() && safe(&message), "{:?}", refusal);
            }
        }
        match hybrid_model::report::cutover::read(text, &s, NOW) {
            Ok(read) => {
                if let hybrid_model::report::cutover::Decision::Withheld { pools, .. } =
                    hybrid_model::report::cutover::decide(&read, 0)
                {
                    for (pool, _) in &pools {
                        prop_assert!(safe(pool));
                    }
                }
                for line in hybrid_model::report::cutover::remaining_hybrid(&read) {
                    prop_assert!(safe(&line));
                }
            }
            Err(refusal) => {
                let message = refusal.message();
                prop_assert!(!message.is_empty() && safe(&message), "{:?}", refusal);
            }
        }
    }
    Ok(())
}

/// Keys the readers know, so arbitrary JSON reaches past "unknown field" into real decoding.
const KEYS: [&str; 33] = [
    "schema",
    "schema_version",
    "kind",
    "part",
    "created_unix",
    "settings_sip_domains",
    "checks",
    "id",
    "status",
    "found",
    "todo",
    "facts",
    "hosting_providers",
    "identity",
    "proxy_fqdn",
    "tenant_id",
    "topology_sip_domains",
    "cloud",
    "edge",
    "routing",
    "environment",
    "sip_domains",
    "pilot_users",
    "oauth",
    "wave",
    "users",
    "entry",
    "sip_address",
    "problems",
    "users_on_premises",
    "pools",
    "dns",
    "state",
];

/// Strings the readers give meaning to, and hostile ones.
const WORDS: [&str; 17] = [
    "hybrid-builder-report",
    "preflight",
    "verification",
    "on-premises",
    "online",
    "PASS",
    "FAIL",
    "WARN",
    "contoso.com",
    "gcc-high",
    "\u{1b}[2J\r\nFAIL forged",
    "\u{202e}moc.osotnoc",
    "hybrid-builder-wave-results",
    "hybrid-builder-cutover-check",
    "moved",
    "not_ready",
    "sip:ada@contoso.com",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(KEYS.to_vec()).prop_map(str::to_owned),
        1 => ".{0,8}",
    ]
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        Just(Value::from(NOW - 60)),
        prop::sample::select(WORDS.to_vec()).prop_map(Value::from),
        ".{0,16}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A valid report for `settings()` with some members replaced by arbitrary JSON.
fn report_like() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(KEYS[..12].to_vec()), json()), 0..4).prop_map(
        |changes| {
            let mut value = serde_json::json!({
                "schema": report::REPORT_SCHEMA,
                "schema_version": report::REPORT_VERSION,
                "kind": "preflight",
                "part": "on-premises",
                "created_unix": NOW - 60,
                "settings_sip_domains": ["contoso.com"],
                "checks": [{"id": "tls12", "status": "FAIL", "found": "x", "todo": "y"}],
            });
            for (key, member) in changes {
                value[key] = member;
            }
            value.to_string()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes_are_read_or_refused_plainly(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        read_everywhere(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn arbitrary_json_is_read_or_refused_plainly(value in json()) {
        read_everywhere(&value.to_string())?;
    }

    #[test]
    fn report_shaped_json_is_read_or_refused_plainly(text in report_like()) {
        read_everywhere(&text)?;
    }

    #[test]
    fn link_shaped_text_is_read_or_refused_plainly(
        parts in prop::collection::vec((prop::sample::select(KEYS[16..].to_vec()), "([ -~]|%[0-9A-Fa-f]{2}|%1[bB]|%0[dD]){0,12}"), 0..10)
    ) {
        let fragment: Vec<String> = parts.iter().map(|(k, v)| format!("{k}={v}")).collect();
        read_everywhere(&format!("v=2&{}", fragment.join("&")))?;
    }
}

/// Hostile sizes (deep nesting, huge numbers, megabyte strings, 100,000 link keys), each read or
/// refused by every reader.
#[test]
fn hostile_sizes_are_read_or_refused_quickly() {
    let long = "x".repeat(4 << 20);
    let cases = [
        "[".repeat(100_000),
        "{\"a\":".repeat(100_000),
        format!("{}{}", "[".repeat(30), "]".repeat(30)),
        format!("{{\"cloud\": 1{}}}", "0".repeat(100_000)),
        "1e999999".to_owned(),
        "-1e-999999".to_owned(),
        format!("{{\"created_unix\": 1{}}}", "9".repeat(400)),
        format!("{{\"cloud\": \"{long}\"}}"),
        format!("{{\"{long}\": 1}}"),
        format!("[{}]", vec!["{}"; 200_000].join(",")),
        format!(
            "v=2&environment.pilot_users={}",
            vec!["a%40b.com"; 100_000].join(",")
        ),
        format!("v=2&{}", vec!["cloud=gcc"; 100_000].join("&")),
        "%".repeat(1 << 20),
    ];
    // Read or refused, never a panic. How long each takes is measured, not asserted: tests do not
    // depend on the machine's speed (a busy machine took twice as long as an idle one).
    for text in &cases {
        read_everywhere(text).unwrap();
    }
}
