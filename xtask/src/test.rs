//! `cargo xtask test`: every layer, then one line that sums them.

use crate::{dist, proc, tools};

/// Passed and failed counts of one layer.
#[derive(Default, Clone, Copy)]
struct Tally {
    passed: u32,
    failed: u32,
}

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!("test: unknown option `{arg}`"));
    }
    tools::ensure(tools::Need::ALL)?;
    let mut layers: Vec<(&str, Tally)> = vec![
        ("format", check(cargo(&["fmt", "--all", "--check"]))),
        (
            "clippy (native)",
            check(cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])),
        ),
        (
            "clippy (wasm)",
            check(cargo(&[
                "clippy",
                "--package",
                "hybrid-builder",
                "--all-targets",
                "--target",
                "wasm32-unknown-unknown",
                "--",
                "-D",
                "warnings",
            ])),
        ),
        ("native tests", cargo_tests(cargo(&["test", "--workspace"]))),
        (
            "browser tests",
            cargo_tests(cargo(&[
                "test",
                "--package",
                "hybrid-builder",
                "--target",
                "wasm32-unknown-unknown",
            ])),
        ),
    ];
    let built = proc::step("release build", dist::build);
    layers.push((
        "release build",
        if built.is_ok() {
            Tally {
                passed: 1,
                failed: 0,
            }
        } else {
            Tally {
                passed: 0,
                failed: 1,
            }
        },
    ));
    let e2e = if built.is_ok() {
        end_to_end()
    } else {
        println!("end-to-end suite skipped: the release build failed");
        Tally {
            passed: 0,
            failed: 1,
        }
    };
    layers.push(("end-to-end", e2e));

    println!();
    let mut total = Tally::default();
    for (name, tally) in &layers {
        println!(
            "{name:<16} {:>4} passed, {:>4} failed",
            tally.passed, tally.failed
        );
        total.passed += tally.passed;
        total.failed += tally.failed;
    }
    println!("{} passed, {} failed", total.passed, total.failed);
    if total.failed == 0 {
        Ok(())
    } else {
        Err(format!("{} failed", total.failed))
    }
}

fn cargo(args: &[&str]) -> std::process::Command {
    proc::command("cargo", args)
}

/// A check that passes or fails as a whole (format, lint).
fn check(cmd: std::process::Command) -> Tally {
    match proc::run(cmd) {
        Ok(()) => Tally {
            passed: 1,
            failed: 0,
        },
        Err(message) => {
            eprintln!("{message}");
            Tally {
                passed: 0,
                failed: 1,
            }
        }
    }
}

/// Sums the `test result:` lines of cargo's test harness (native and wasm-bindgen-test alike).
fn cargo_tests(cmd: std::process::Command) -> Tally {
    let (ok, out) = proc::run_captured(cmd);
    let mut tally = Tally::default();
    for line in out.lines().filter(|l| l.starts_with("test result:")) {
        tally.passed += count_before(line, " passed");
        tally.failed += count_before(line, " failed");
    }
    if !ok && tally.failed == 0 {
        // A build error or a crashed runner: no result line says so, count it once.
        tally.failed = 1;
    }
    tally
}

fn count_before(line: &str, label: &str) -> u32 {
    line.find(label)
        .and_then(|end| line[..end].rsplit([' ', '.', ';']).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Runs Playwright against the release dist and reads its JSON report.
fn end_to_end() -> Tally {
    let report = crate::root().join("target/e2e-report.json");
    let _ = std::fs::remove_file(&report);
    let mut cmd = proc::command(
        "npx",
        &[
            "playwright",
            "test",
            "--config",
            "tests/e2e/playwright.config.ts",
            "--reporter=list,json",
        ],
    );
    cmd.env("PLAYWRIGHT_JSON_OUTPUT_NAME", &report);
    let ok = proc::run(cmd).is_ok();
    let json = std::fs::read_to_string(&report).unwrap_or_default();
    let stats = json.rfind("\"stats\"").map_or("", |i| &json[i..]);
    let tally = Tally {
        passed: json_number(stats, "\"expected\"") + json_number(stats, "\"flaky\""),
        failed: json_number(stats, "\"unexpected\""),
    };
    if !ok && tally.failed == 0 {
        Tally { failed: 1, ..tally }
    } else {
        tally
    }
}

fn json_number(text: &str, key: &str) -> u32 {
    text.find(key)
        .map(|i| &text[i + key.len()..])
        .and_then(|rest| {
            let digits: String = rest
                .trim_start_matches([':', ' '])
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cargo_result_lines() {
        let line = "test result: ok. 12 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out";
        assert_eq!(count_before(line, " passed"), 12);
        assert_eq!(count_before(line, " failed"), 3);
    }

    #[test]
    fn reads_playwright_stats() {
        let json = r#"{"stats": {"startTime": "x", "expected": 7, "skipped": 0, "unexpected": 2, "flaky": 1}}"#;
        assert_eq!(json_number(json, "\"expected\""), 7);
        assert_eq!(json_number(json, "\"unexpected\""), 2);
    }
}
