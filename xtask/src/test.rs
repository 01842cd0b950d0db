//! `cargo xtask test`: every layer, then one line that sums them.

use crate::{dist, load, proc, tools, webkit};

/// Passed and failed counts of one layer.
#[derive(Default, Clone, Copy)]
struct Tally {
    passed: u32,
    failed: u32,
}

/// What `cargo xtask test` was asked for.
struct Options {
    /// Keep every core busy with another process while the tests run.
    under_load: bool,
    /// Only the release build and the end-to-end layers.
    e2e_only: bool,
    /// How many times to run the end-to-end layers.
    repeat: u32,
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        under_load: false,
        e2e_only: false,
        repeat: 1,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--under-load" => options.under_load = true,
            "--e2e-only" => options.e2e_only = true,
            "--repeat" => {
                options.repeat = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("test: --repeat takes a number of runs, 1 or more")?;
            }
            other => return Err(format!("test: unknown option `{other}`")),
        }
    }
    Ok(options)
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = options(args)?;
    tools::ensure(tools::Need::ALL)?;
    let _load = if options.under_load {
        Some(load::Load::start()?)
    } else {
        None
    };
    let mut layers: Vec<(String, Tally)> = Vec::new();
    if !options.e2e_only {
        layers.push(("format".into(), check(cargo(&["fmt", "--all", "--check"]))));
        layers.push((
            "clippy (native)".into(),
            check(cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])),
        ));
        layers.push((
            "clippy (wasm)".into(),
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
        ));
        layers.push((
            "native tests".into(),
            cargo_tests(cargo(&["test", "--workspace"])),
        ));
        for engine in Engine::ALL {
            if let Some(cmd) = component_tests(engine) {
                layers.push((
                    format!("browser tests, {}", engine.name()),
                    cargo_tests(cmd),
                ));
            }
        }
    }
    let built = proc::step("release build", dist::build);
    layers.push((
        "release build".into(),
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
    let mut runs = Vec::new();
    for run in 1..=options.repeat {
        let suffix = if options.repeat > 1 {
            format!(" (run {run} of {})", options.repeat)
        } else {
            String::new()
        };
        let mut this_run = Tally::default();
        for engine in Engine::ALL {
            let tally = if built.is_ok() {
                proc::step(
                    &format!("end-to-end, {}{suffix}", engine.name()),
                    || match engine {
                        Engine::Chromium => end_to_end(),
                        Engine::Firefox => firefox_smoke(),
                        Engine::WebKit => webkit_smoke(),
                    },
                )
            } else {
                println!("end-to-end suite skipped: the release build failed");
                Tally {
                    passed: 0,
                    failed: 1,
                }
            };
            this_run.passed += tally.passed;
            this_run.failed += tally.failed;
            layers.push((format!("end-to-end, {}{suffix}", engine.name()), tally));
        }
        runs.push(this_run);
    }
    drop(_load);

    println!();
    let mut total = Tally::default();
    for (name, tally) in &layers {
        println!(
            "{name:<40} {:>4} passed, {:>4} failed",
            tally.passed, tally.failed
        );
        total.passed += tally.passed;
        total.failed += tally.failed;
    }
    if options.repeat > 1 {
        let line: Vec<String> = runs
            .iter()
            .map(|t| format!("{}/{}", t.passed, t.passed + t.failed))
            .collect();
        let clean = runs.iter().filter(|t| t.failed == 0).count();
        println!(
            "end-to-end runs{}: {clean} of {} without a failure (passed/run: {})",
            if options.under_load {
                " under load"
            } else {
                ""
            },
            runs.len(),
            line.join(" ")
        );
    }
    println!("{} passed, {} failed", total.passed, total.failed);
    if total.failed == 0 {
        Ok(())
    } else {
        Err(format!("{} failed", total.failed))
    }
}

/// The browser engines the browser layers run in.
#[derive(Clone, Copy)]
enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox ESR",
            Engine::WebKit => "WebKit",
        }
    }
}

/// The wasm-bindgen component tests in one engine, where its runner can drive that engine. The
/// runner takes whichever driver it finds when neither variable is set, so each run names its
/// driver and hides the other. It drives WebKit only through Apple's `safaridriver`, not
/// WebKitGTK's WebKitWebDriver: WebKit runs the end-to-end smoke suite only.
fn component_tests(engine: Engine) -> Option<std::process::Command> {
    let mut cmd = cargo(&[
        "test",
        "--package",
        "hybrid-builder",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    match engine {
        Engine::Chromium => {
            cmd.env("CHROMEDRIVER", tools::CHROMEDRIVER)
                .env_remove("GECKODRIVER");
        }
        Engine::Firefox => {
            cmd.env("GECKODRIVER", tools::geckodriver())
                .env_remove("CHROMEDRIVER");
        }
        Engine::WebKit => return None,
    }
    cmd.env_remove("SAFARIDRIVER");
    Some(cmd)
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
    let report = crate::checkout::root().join("target/e2e-report.json");
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

/// Runs the smoke suite in Firefox ESR (WebdriverIO through the cargo-installed geckodriver).
fn firefox_smoke() -> Tally {
    let mut cmd = smoke_suite("firefox");
    cmd.env("GECKODRIVER", tools::geckodriver())
        .env("FIREFOX", tools::FIREFOX);
    run_smoke_suite(cmd, "firefox")
}

/// Runs the smoke suite in WebKit: MiniBrowser through WebKitWebDriver on an Xvfb display, both
/// started here and stopped when the suite ends.
fn webkit_smoke() -> Tally {
    let downloads = crate::checkout::root().join("target/e2e-webkit-downloads");
    let driver = match webkit::WebKitDriver::start(&downloads) {
        Ok(driver) => driver,
        Err(message) => {
            eprintln!("{message}");
            return Tally {
                passed: 0,
                failed: 1,
            };
        }
    };
    let mut cmd = smoke_suite("webkit");
    cmd.env("WEBKIT_WEBDRIVER_PORT", driver.port.to_string())
        .env("WEBKIT_DOWNLOADS", &driver.downloads)
        .env("MINIBROWSER", tools::MINIBROWSER);
    run_smoke_suite(cmd, "webkit")
}

/// `node --test` of one engine's smoke suite (`tests/e2e/webdriver/<engine>.mjs`), one test at a
/// time, spec output on the console and a TAP report in `target/e2e-<engine>.tap`.
fn smoke_suite(engine: &str) -> std::process::Command {
    let report = tap_report(engine);
    let _ = std::fs::remove_file(&report);
    let report = report.to_string_lossy().into_owned();
    let suite = format!("tests/e2e/webdriver/{engine}.mjs");
    proc::command(
        "node",
        &[
            "--test",
            "--test-concurrency=1",
            "--test-reporter=spec",
            "--test-reporter-destination=stdout",
            "--test-reporter=tap",
            "--test-reporter-destination",
            &report,
            &suite,
        ],
    )
}

fn tap_report(engine: &str) -> std::path::PathBuf {
    crate::checkout::root().join(format!("target/e2e-{engine}.tap"))
}

/// Runs a smoke suite made by [`smoke_suite`] and reads its TAP report.
fn run_smoke_suite(cmd: std::process::Command, engine: &str) -> Tally {
    let ok = proc::run(cmd).is_ok();
    let tap = std::fs::read_to_string(tap_report(engine)).unwrap_or_default();
    let tally = Tally {
        passed: tap_count(&tap, "# pass "),
        failed: tap_count(&tap, "# fail ") + tap_count(&tap, "# cancelled "),
    };
    if !ok && tally.failed == 0 {
        Tally { failed: 1, ..tally }
    } else {
        tally
    }
}

/// The count on a TAP summary line such as `# pass 7`.
fn tap_count(tap: &str, prefix: &str) -> u32 {
    tap.lines()
        .rev()
        .find_map(|l| l.strip_prefix(prefix))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
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

    #[test]
    fn reads_tap_summary() {
        let tap =
            "ok 1 - loads\nnot ok 2 - copies\n1..2\n# tests 2\n# pass 1\n# fail 1\n# cancelled 0\n";
        assert_eq!(tap_count(tap, "# pass "), 1);
        assert_eq!(tap_count(tap, "# fail "), 1);
        assert_eq!(tap_count(tap, "# cancelled "), 0);
    }

    #[test]
    fn reads_options() {
        let args: Vec<String> = ["--under-load", "--e2e-only", "--repeat", "10"]
            .map(String::from)
            .to_vec();
        let o = options(&args).unwrap();
        assert!(o.under_load && o.e2e_only);
        assert_eq!(o.repeat, 10);
        assert!(options(&["--repeat".to_owned(), "0".to_owned()]).is_err());
        assert!(options(&["--fast".to_owned()]).is_err());
    }
}
