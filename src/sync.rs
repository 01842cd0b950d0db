//! The page's effects: they keep what lies outside the page — the address bar's link, the browser's
//! saved copy, the panic export and an embedding parent — in step with the settings, and this tab's
//! copy of the checklist's ticks.

use std::time::Duration;

use hybrid_model::procedure::share::{self, LinkOptions};
use hybrid_model::{Output, Settings};
use leptos::prelude::*;

use crate::reactive::{effect, memo};
use crate::{panic, persistence};

/// How long typing must pause before the address bar is rewritten and the settings are saved. Each
/// costs about as much as the rest of a keystroke, and browsers cap how often a page may rewrite
/// its address (Safari 100 times in 30 s, Firefox 200 in 10 s). Until then, a note in this tab's
/// storage, written as the page is left, makes a reload open the latest link.
const PAUSE: Duration = Duration::from_millis(400);

/// The address bar's link to the settings.
#[derive(Clone, Copy)]
pub struct Link {
    settings: RwSignal<Settings>,
    options: StoredValue<LinkOptions>,
    /// The fragment last written, as the model spelled it.
    written: StoredValue<String>,
    /// The fragment the address bar shows, as the browser reads it back.
    shown: StoredValue<String>,
}

impl Link {
    fn new(settings: RwSignal<Settings>, options: LinkOptions) -> Self {
        let shown = persistence::current_fragment();
        Link {
            settings,
            options: StoredValue::new(options),
            written: StoredValue::new(shown.clone()),
            shown: StoredValue::new(shown),
        }
    }

    fn latest(self) -> String {
        self.settings
            .with_untracked(|s| self.options.with_value(|o| share::to_fragment(s, o)))
    }

    /// Puts the latest link in the address bar now, for whatever reads it next (copy link, reload,
    /// back and forward); a refusal leaves the note for a reload in place.
    pub fn write(self) {
        let latest = self.latest();
        if self.written.with_value(|w| *w == latest) {
            return;
        }
        if persistence::replace_fragment(&latest) {
            self.shown.set_value(persistence::current_fragment());
            self.written.set_value(latest);
            persistence::clear_pending_link();
        }
    }

    /// The page's language, carried by the address bar's link and by shared links (English, the
    /// default, is not written).
    pub fn set_lang(self, lang: &'static str) {
        self.options
            .update_value(|o| o.lang = (lang != "en").then_some(lang));
        self.write();
    }

    /// The link to give someone: this page with the settings and language alone. The embedding
    /// options stay with the frame that has them: a link copied from a documentation page opens
    /// the whole builder.
    /// A link opened without names keeps its marker while placeholders are left, so passing it on
    /// does not make it look like real names.
    pub fn to_share(self) -> String {
        let options = LinkOptions {
            lang: self.options.with_value(|o| o.lang),
            redacted: self.options.with_value(|o| o.redacted),
            ..LinkOptions::default()
        };
        let fragment = self
            .settings
            .with_untracked(|s| share::to_fragment(s, &options));
        format!("{}#{fragment}", persistence::page_url())
    }

    /// The link without names (see `hybrid_model::handover::redact`): `redacted` settings, the language, and
    /// the marker that makes the page opening it say the names are placeholders.
    pub fn to_share_without_names(self, redacted: &Settings) -> String {
        let options = LinkOptions {
            lang: self.options.with_value(|o| o.lang),
            redacted: true,
            ..LinkOptions::default()
        };
        let fragment = share::to_fragment(redacted, &options);
        format!("{}#{fragment}", persistence::page_url())
    }

    /// Puts the marker of a link without names on (settings with placeholders were imported) or
    /// takes it away (the admin has typed every real name).
    pub fn set_redacted(self, redacted: bool) {
        self.options.update_value(|o| o.redacted = redacted);
        self.write();
    }

    /// Notes whether the address bar is behind the settings as the page is left (typing back to
    /// what it shows drops the note, or a reload would open the edit that was taken back).
    fn note_pending(self) {
        let latest = self.latest();
        if self.written.with_value(|w| *w == latest) {
            persistence::clear_pending_link();
        } else {
            self.shown
                .with_value(|shown| persistence::note_pending_link(shown, &latest));
        }
    }

    /// A link the admin opened in this tab (pasted, edited, back or forward) rather than one the
    /// page wrote.
    fn opened_elsewhere(self) -> bool {
        self.shown
            .with_value(|shown| *shown != persistence::current_fragment())
    }
}

/// Runs the last of a burst of calls once the calls pause for a while (typing, for instance).
#[derive(Clone, Copy)]
struct AfterPause {
    /// Which call is the latest; an earlier call's timer finds it changed and does nothing.
    latest: StoredValue<u64>,
    pause: Duration,
}

impl AfterPause {
    fn new(pause: Duration) -> Self {
        Self {
            latest: StoredValue::new(0),
            pause,
        }
    }

    /// Runs `then` after the pause, unless another call comes first.
    fn call(self, then: impl FnOnce() + 'static) {
        let this = self.latest.get_value() + 1;
        self.latest.set_value(this);
        set_timeout(
            move || {
                if self.latest.try_get_value() == Some(this) {
                    then();
                }
            },
            self.pause,
        );
    }
}

/// Starts the effects and listeners; returns the link for the share bar.
pub fn sync_outside(
    settings: RwSignal<Settings>,
    ticks: RwSignal<Vec<String>>,
    options: LinkOptions,
    debug_panic: bool,
) -> Link {
    let embedded = options.embed;
    if embedded {
        persistence::mark_embedded();
        persistence::report_height_to_parent();
    }
    if let Some(theme) = options.theme {
        persistence::mark_theme(theme.as_str());
    }
    let link = Link::new(settings, options);
    let save = move || {
        if !embedded && let Some(latest) = settings.try_with_untracked(share::to_json) {
            persistence::save(&latest);
        }
    };

    // Leaving the page (a reload, closing the tab, following a link) does not wait for typing to
    // pause. The link is not written here: a reload has read the address bar by now, and the note is
    // what brings the latest link back (rewriting the address would drop the note). Noting it here
    // rather than on every keystroke keeps a keystroke from spelling the whole link (thousands of
    // pilot users make that the largest part of one).
    let leave = window_event_listener_untyped("pagehide", move |_| {
        link.note_pending();
        save();
    });
    // A link opened in this tab changes only the fragment, so the browser keeps the page: open it
    // as a new page, as it would be from anywhere else.
    let open = window_event_listener_untyped("hashchange", move |_| {
        if link.opened_elsewhere() {
            persistence::reload();
        }
    });
    on_cleanup(move || {
        leave.remove();
        open.remove();
    });

    let written_after_pause = AfterPause::new(PAUSE);
    effect(move |first| {
        let latest = settings.get();
        if first {
            // The page just opened: show the link it opened with, as the page writes it.
            link.write();
        }
        panic::remember(latest);
        written_after_pause.call(move || {
            link.write();
            save();
        });
    });
    // Ticks are rare and small: kept at once, in this tab only (see `persistence::load_ticks`).
    effect(move |first| {
        ticks.with(|t| {
            if !first {
                persistence::save_ticks(t);
            }
        });
    });
    if debug_panic {
        // The test-only trigger: panic after the first render, as a bug in an effect would.
        effect(move |_| {
            if settings.with(|s| s.schema_version) > 0 {
                panic!("forced panic (test trigger)");
            }
        });
    }
    link
}

/// Lists longer than this (pilot users, SIP domains, web services FQDNs together) make the checklist
/// and the change record follow typing once it pauses: the checklist writes a task per pilot user
/// and the record hashes every script. The scripts follow every keystroke: they list each entry
/// once and loop over it, and even the longest lists the form accepts (2,000 pilot users, 250 SIP
/// domains, 100 FQDNs) cost a keystroke about 80 ms at 4× CPU (docs/performance.md).
pub const LONG_LISTS: usize = 300;

/// How long typing must pause before outputs of long lists catch up.
const CATCH_UP: Duration = Duration::from_millis(250);

/// The settings the outputs are rendered from: the form's, or with long lists and a document on
/// show the form's as they were when typing last paused. Whatever opens, copies or downloads an
/// output first calls [`RenderedSettings::catch_up`].
#[derive(Clone, Copy)]
pub struct RenderedSettings {
    settings: RwSignal<Settings>,
    paused: RwSignal<Settings>,
    long: Memo<bool>,
}

impl RenderedSettings {
    /// Reads the settings the outputs show, tracking only what changes them.
    pub fn with<T>(self, f: impl FnOnce(&Settings) -> T) -> T {
        if self.long.get() {
            self.paused.with(f)
        } else {
            self.settings.with(f)
        }
    }

    /// Brings the outputs up to the form's settings now.
    pub fn catch_up(self) {
        if !self
            .settings
            .with_untracked(|s| self.paused.with_untracked(|p| p == s))
        {
            self.paused.set(self.settings.get_untracked());
        }
    }
}

/// Starts following the form's settings for the outputs, given the output on show.
pub fn follow_typing(settings: RwSignal<Settings>, shown: RwSignal<Output>) -> RenderedSettings {
    let paused = RwSignal::new(settings.get_untracked());
    let long = memo(move || {
        matches!(shown.get(), Output::Checklist | Output::ChangeRecord)
            && settings.with(|s| {
                // Lines as typed, blanks included: counted without collecting the entries.
                s.environment.pilot_users.len()
                    + s.environment.sip_domains.len()
                    + s.environment.web_services_fqdns.len()
                    > LONG_LISTS
            })
    });
    let caught_up_after_pause = AfterPause::new(CATCH_UP);
    effect(move |first| {
        settings.track();
        if !first {
            caught_up_after_pause.call(move || paused.set(settings.get_untracked()));
        }
    });
    RenderedSettings {
        settings,
        paused,
        long,
    }
}
