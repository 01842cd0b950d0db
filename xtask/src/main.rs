//! Developer commands for Hybrid Builder: `cargo xtask serve | test | dist`.
//!
//! Every command first installs what it needs (pinned, idempotent), so a fresh machine with only
//! Rust, Node/npm, Python and apt runs the README's two commands unchanged.

mod bench;
mod checkout;
mod dist;
mod harden;
mod load;
mod minify;
mod peer;
mod prerender;
mod proc;
mod serve;
#[cfg(test)]
mod structure;
mod test;
mod tools;
mod webkit;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve [--port N] [--open]   install missing tools, then serve the app on http://127.0.0.1:8080
  test                        every test layer, browsers in Chromium, Firefox ESR and WebKit; ends with `N passed, N failed`
    --under-load              keep every core busy with another process meanwhile
    --e2e-only                only the release build and the end-to-end layers
    --repeat N                run the end-to-end layers N times
  dist                        release static site in dist/, with each file's raw and gzip size
  bench                       figures: transfer sizes, paint time, keystroke latency, memory, native model time
    --site DIR --input SEL --output SEL [--contains TEXT]
                              the same browser figures for another static site
    --peer [--runs N] [--edits N] [--no-build] [--no-heavy] [--busy]
                              ours beside the lightest peer through ../shared/peer-bench (#30's rows)
  tools                       only install the pinned tools";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let outcome = match command.as_str() {
        "serve" => serve::run(rest),
        "test" => test::run(rest),
        "dist" => dist::run(rest),
        "bench" => bench::run(rest),
        "tools" => tools::ensure(tools::Need::ALL).map(|_| ()),
        load::BURN => load::burn(),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
