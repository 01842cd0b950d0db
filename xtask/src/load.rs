//! `cargo xtask test --under-load`: keeps every core busy while the tests run, as another build on
//! the same machine would, so a test that races the machine's clock shows itself here first.

use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::Duration;

/// A child process spinning one thread per core; stopped when dropped.
pub struct Load {
    child: Child,
}

impl Load {
    pub fn start() -> Result<Load, String> {
        let exe = std::env::current_exe().map_err(|e| format!("cannot find xtask itself: {e}"))?;
        let child = Command::new(exe)
            .arg(BURN)
            .stdin(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start the load: {e}"))?;
        println!(
            "\n==> under load: process {} keeps {} core(s) busy until the tests end",
            child.id(),
            cores()
        );
        Ok(Load { child })
    }
}

impl Drop for Load {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        println!("\n==> load stopped (process {})", self.child.id());
    }
}

/// The hidden command the load process runs.
pub const BURN: &str = "__burn";

fn cores() -> usize {
    thread::available_parallelism().map_or(2, |n| n.get())
}

/// Spins one thread per core at normal priority, and exits when its parent does (so an interrupted
/// `cargo xtask test` never leaves it behind).
pub fn burn() -> ! {
    for _ in 0..cores() {
        thread::spawn(|| {
            let mut x: u64 = 1;
            loop {
                x = std::hint::black_box(x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1));
            }
        });
    }
    #[cfg(unix)]
    let parent = std::os::unix::process::parent_id();
    loop {
        thread::sleep(Duration::from_millis(200));
        #[cfg(unix)]
        if std::os::unix::process::parent_id() != parent {
            std::process::exit(0);
        }
    }
}
