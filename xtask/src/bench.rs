//! `cargo xtask bench`: figures, not pass/fail — the release page in headless Chromium and the
//! model's native pipeline time.

use crate::{dist, proc, tools};

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!("bench: unknown option `{arg}`"));
    }
    tools::ensure(tools::Need::ALL)?;
    dist::build()?;
    proc::step("browser figures (tests/bench/bench.mjs)", || {
        proc::run(proc::command("node", &["tests/bench/bench.mjs", "dist"]))
    })?;
    proc::step("native validate + plan + render (criterion)", || {
        proc::run(proc::command(
            "cargo",
            &[
                "bench",
                "--package",
                "hybrid-model",
                "--bench",
                "pipeline",
                "--",
                "--quick",
                "--noplot",
            ],
        ))
    })
}
