//! The page: owns the settings signal and derives everything else from it, one way through:
//! settings → validation → plan → scripts and checklist → view.

use std::time::Duration;

use hybrid_model::checklist::document;
use hybrid_model::powershell::scripts;
use hybrid_model::share::{self, LinkOptions};
use hybrid_model::{Field, plan, validate};
use leptos::prelude::*;

use crate::components::edge_section::EdgeSection;
use crate::components::environment_section::{EnvironmentSection, OAuthSection, PilotSection};
use crate::components::error_summary::ErrorSummary;
use crate::components::output_panel::OutputPanel;
use crate::components::provider_section::ProviderSection;
use crate::components::share_bar::ShareBar;
use crate::components::tenant_choice_section::TenantChoiceSection;
use crate::components::tenant_section::TenantSection;
use crate::startup::startup;
use crate::{persistence, text};

/// Fields an embedding page fixed; their controls are disabled.
#[derive(Clone, Debug, Default)]
pub struct Locks(pub Vec<Field>);

/// How long typing must pause before the settings are saved in the browser.
const AUTOSAVE_DELAY: Duration = Duration::from_millis(400);

/// The whole builder: form on the left, live output on the right.
#[component]
pub fn App() -> impl IntoView {
    let start = startup();
    let settings = RwSignal::new(start.settings);
    let notices = RwSignal::new(start.notices);
    let options = start.options;
    let embedded = options.embed;
    provide_context(Locks(options.locked.clone()));
    sync_outside(settings, options, start.debug_panic);

    let report = Memo::new(move |_| settings.with(validate));
    let on_prem = Memo::new(move |_| settings.with(scripts::on_premises));
    let online = Memo::new(move |_| settings.with(scripts::online));
    let doc = Memo::new(move |_| settings.with(|s| document(s, &plan(s))));

    view! {
        <header class="page-header">
            <h1>{text::APP_TITLE}</h1>
            <p class="lede">{text::APP_LEDE}</p>
        </header>
        <main class="layout">
            <form class="settings" aria-label=text::FORM_LABEL on:submit=|ev| ev.prevent_default()>
                <ShareBar settings notices embedded />
                <TenantChoiceSection settings report />
                <EdgeSection settings report />
                <ProviderSection settings report />
                <TenantSection settings report />
                <EnvironmentSection settings report />
                <PilotSection settings report />
                <OAuthSection settings report />
            </form>
            <section class="output" aria-label=text::OUTPUT_LABEL>
                <ErrorSummary report />
                <OutputPanel report on_prem online doc />
            </section>
        </main>
    }
}

/// The only effects: mirror the settings into the URL fragment, keep them for the panic export,
/// save them (outside embed mode) into localStorage once typing pauses or the page is left; in an
/// iframe, report the height.
fn sync_outside(
    settings: RwSignal<hybrid_model::Settings>,
    options: LinkOptions,
    debug_panic: bool,
) {
    let embedded = options.embed;
    if embedded {
        persistence::mark_embedded();
        persistence::report_height_to_parent();
    }
    // The link is rewritten at once, in the same task as the change: a reload reads the address
    // bar, so a link written later (even in the next task) can lose the last edit. It costs about
    // as much as the rest of a keystroke (`history.replaceState`), and is worth it.
    Effect::new(move |_| {
        let fragment = settings.with(|s| share::to_fragment(s, &options));
        persistence::replace_fragment(&fragment);
    });
    let generation = StoredValue::new(0_u64);
    if !embedded {
        // Leaving the page (closing the tab, following a link) does not wait for typing to pause.
        let flush = window_event_listener_untyped("pagehide", move |_| {
            if let Some(latest) = settings.try_get_untracked() {
                persistence::save(&share::to_json(&latest));
            }
        });
        on_cleanup(move || flush.remove());
    }
    Effect::new(move |_| {
        let latest = settings.get();
        crate::panic::remember(latest.clone());
        if !embedded {
            // Serialise only once typing pauses, not on every keystroke.
            let current = generation.get_value() + 1;
            generation.set_value(current);
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(current) {
                        persistence::save(&share::to_json(&latest));
                    }
                },
                AUTOSAVE_DELAY,
            );
        }
    });
    if debug_panic {
        // The test-only trigger: panic after the first render, as a bug in an effect would.
        Effect::new(move |_| {
            if settings.with(|s| s.schema_version) > 0 {
                panic!("forced panic (test trigger)");
            }
        });
    }
}
