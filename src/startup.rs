//! Where the first settings come from: a link wins, then what this browser saved, then defaults.

use hybrid_model::Settings;
use hybrid_model::procedure::share::{self, Decoded, LinkOptions, Problem};

use crate::persistence;
use crate::text;

/// The settings to start with, what could not be read, and the link's embed options.
pub struct Startup {
    pub settings: Settings,
    pub notices: Vec<String>,
    pub options: LinkOptions,
    /// The checklist's ticks this tab kept.
    pub ticks: Vec<String>,
    /// The test-only trigger that proves a panic leaves a usable page.
    pub debug_panic: bool,
}

/// A global that makes the page panic after its first render, for the end-to-end test of the panic
/// message. Tests set it before the page loads; a link cannot, so a crafted link cannot break the page.
const FORCE_PANIC: &str = "__hybridBuilderForcePanic";

fn force_panic() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &FORCE_PANIC.into()).ok())
        .is_some_and(|flag| flag.is_truthy())
}

fn notices(source: &str, problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| text::read_problem(source, &p.key, &p.with_fallback()))
        .collect()
}

/// What the page starts from: settings from the URL fragment (or the link this tab had not yet
/// written when it was reloaded), else localStorage, else defaults; never fails.
pub fn startup() -> Startup {
    let (settings, notices, options) = first_settings();
    Startup {
        settings,
        notices,
        options,
        ticks: persistence::load_ticks(),
        debug_panic: force_panic(),
    }
}

/// The language the address bar's link asks for, read before the page mounts (and before the
/// settings are read, so their messages are in that language).
pub fn link_lang() -> Option<&'static str> {
    let fragment = persistence::current_fragment();
    if fragment.is_empty() {
        return None;
    }
    share::from_fragment(&fragment).1.lang
}

fn first_settings() -> (Settings, Vec<String>, LinkOptions) {
    let shown = persistence::current_fragment();
    let fragment = persistence::take_pending_link(&shown).unwrap_or(shown);
    if !fragment.is_empty() {
        let (mut decoded, options) = share::from_fragment(&fragment);
        // Confirmations this browser already holds for the same values stay (a reload of one's
        // own link); anything else a link confirmed is the sender's, to be confirmed again.
        let own = persistence::load().map(|stored| share::from_storage(&stored).settings);
        share::withhold_confirmations(&mut decoded, own.as_ref());
        let Decoded { settings, problems } = decoded;
        return (
            settings,
            notices(text::SOURCE_LINK.text(), &problems),
            options,
        );
    }
    match persistence::load() {
        Some(stored) => {
            let Decoded { settings, problems } = share::from_storage(&stored);
            let notices = notices(text::SOURCE_STORAGE.text(), &problems);
            (settings, notices, LinkOptions::default())
        }
        None => (Settings::default(), Vec::new(), LinkOptions::default()),
    }
}
