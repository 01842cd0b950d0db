//! `cargo xtask serve`: the app with live reload on 127.0.0.1.

use crate::{proc, tools};

pub fn run(args: &[String]) -> Result<(), String> {
    let mut port = "8080".to_owned();
    let mut open = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--port" => {
                port = rest
                    .next()
                    .filter(|p| p.parse::<u16>().is_ok())
                    .ok_or("--port needs a port number")?
                    .clone();
            }
            "--open" => open = true,
            other => return Err(format!("serve: unknown option `{other}`")),
        }
    }
    tools::ensure(tools::Need::BUILD)?;
    println!("\n==> serving on http://127.0.0.1:{port} (Ctrl-C stops)");
    let mut trunk_args = vec!["serve", "--address", "127.0.0.1", "--port", port.as_str()];
    if open {
        trunk_args.push("--open");
    }
    proc::run(proc::command("trunk", &trunk_args))
}
