//! The WebKit end-to-end layer's browser: an Xvfb display and WebKitWebDriver on it, each on a free
//! display and port, stopped when dropped. MiniBrowser (which WebKitWebDriver starts per session)
//! needs an X display even with `--headless`; the shared machine may already run other displays and
//! drivers, so nothing here uses a fixed number.

use std::io::{BufRead, BufReader};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::tools;

/// How long WebKitWebDriver may take to listen once started (it listens within a second here).
const DRIVER_START: Duration = Duration::from_secs(30);
/// How long Xvfb and the driver may take to end once asked (both end at once here).
const STOP_GRACE: Duration = Duration::from_secs(5);

/// A running Xvfb and WebKitWebDriver, and the folder MiniBrowser saves downloads to.
pub struct WebKitDriver {
    xvfb: Child,
    driver: Child,
    pub port: u16,
    pub downloads: PathBuf,
}

impl WebKitDriver {
    /// Starts Xvfb on the first free display and WebKitWebDriver on a free port with `DISPLAY` set
    /// to it. MiniBrowser saves downloads to the XDG download folder without asking, so the
    /// driver's environment points that at `downloads` (emptied here), where the suite finds them.
    pub fn start(downloads: &Path) -> Result<WebKitDriver, String> {
        let _ = std::fs::remove_dir_all(downloads);
        let config = downloads.with_extension("xdg-config");
        std::fs::create_dir_all(downloads)
            .and_then(|()| std::fs::create_dir_all(&config))
            .and_then(|()| {
                std::fs::write(
                    config.join("user-dirs.dirs"),
                    format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display()),
                )
            })
            .map_err(|e| format!("cannot prepare {}: {e}", downloads.display()))?;

        let (mut xvfb, display) = xvfb()?;
        let port = match free_port() {
            Ok(port) => port,
            Err(e) => {
                let _ = xvfb.kill();
                return Err(e);
            }
        };
        let driver = Command::new(tools::WEBKIT_WEBDRIVER)
            .arg(format!("--port={port}"))
            .env("DISPLAY", format!(":{display}"))
            .env("XDG_CONFIG_HOME", &config)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn();
        let driver = match driver {
            Ok(driver) => driver,
            Err(e) => {
                let _ = xvfb.kill();
                return Err(format!("cannot start {}: {e}", tools::WEBKIT_WEBDRIVER));
            }
        };
        let running = WebKitDriver {
            xvfb,
            driver,
            port,
            downloads: downloads.to_path_buf(),
        };
        running.wait_until_listening()?;
        println!(
            "WebKitWebDriver (process {}) on port {port}, Xvfb (process {}) on display :{display}",
            running.driver.id(),
            running.xvfb.id()
        );
        Ok(running)
    }

    /// Waits for the driver's port to accept connections, or for it to exit.
    fn wait_until_listening(&self) -> Result<(), String> {
        let started = Instant::now();
        while started.elapsed() < DRIVER_START {
            if TcpStream::connect((Ipv4Addr::LOCALHOST, self.port)).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Err(format!(
            "WebKitWebDriver did not listen on port {} within {} s",
            self.port,
            DRIVER_START.as_secs()
        ))
    }
}

impl Drop for WebKitDriver {
    /// The driver first, then the display: a MiniBrowser a crashed suite left open exits with its
    /// display.
    fn drop(&mut self) {
        stop(&mut self.driver);
        stop(&mut self.xvfb);
    }
}

/// Asks a process to end (SIGTERM, so Xvfb removes its lock file and socket), and kills it if it
/// has not within [`STOP_GRACE`].
fn stop(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let asked = Instant::now();
    while asked.elapsed() < STOP_GRACE {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Starts Xvfb with `-displayfd`, which makes it choose a free display and print its number once
/// it accepts clients.
fn xvfb() -> Result<(Child, String), String> {
    let mut child = Command::new(tools::XVFB)
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1366x900x24",
            "-nolisten",
            "tcp",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", tools::XVFB))?;
    let mut line = String::new();
    if let Some(stdout) = child.stdout.take() {
        let _ = BufReader::new(stdout).read_line(&mut line);
    }
    let display = line.trim().to_owned();
    if display.is_empty() || !display.bytes().all(|b| b.is_ascii_digit()) {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!(
            "Xvfb did not report a display (it printed `{}`)",
            line.trim()
        ));
    }
    Ok((child, display))
}

/// A port no one listens on now (the system's choice for a port-0 bind).
fn free_port() -> Result<u16, String> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| format!("cannot find a free port: {e}"))
}
