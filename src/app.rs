//! The page: its state (`state`) made once and provided to every view, and the view in the active
//! language, mounted anew when the language changes.

use hybrid_model::report::ReportKind;
use leptos::prelude::*;

use crate::components::edge_section::EdgeSection;
use crate::components::environment_section::{EnvironmentSection, OAuthSection, PilotSection};
use crate::components::error_summary::ErrorSummary;
use crate::components::language_switch::LanguageSwitch;
use crate::components::output_panel::OutputPanel;
use crate::components::print_header::PrintHeader;
use crate::components::provider_section::ProviderSection;
use crate::components::redacted_banner::RedactedBanner;
use crate::components::report_panel::ReportPanel;
use crate::components::share_bar::ShareBar;
use crate::components::stage_strip::StageStrip;
use crate::components::tenant_choice_section::TenantChoiceSection;
use crate::components::tenant_section::TenantSection;
use crate::components::waves_panel::WavesPanel;
use crate::reactive::mount_anew;
use crate::state::PageState;
use crate::text;

/// Mounts the whole builder into `parent`: form on the left, live output on the right. The state
/// (settings, ticks, reports, the open tab) is made once; the view is mounted anew in each language.
pub fn mount(parent: web_sys::HtmlElement) {
    // Effects need the executor before the first view is mounted (an error only says it runs).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| {
        let state = PageState::build();
        // Provided on the page's own owner, above every view mounted since: each language's view
        // reads the same state.
        provide_context(state);
        let PageState {
            languages, link, ..
        } = state;
        // A change of language builds the page's view again from the same state (settings,
        // ticks, reports, the open tab): the view goes before anything it shows changes language,
        // so none of its effects runs again with the new words.
        mount_anew(parent, page, languages.read, move |(catalog, wanted)| {
            hybrid_model::i18n::catalog::activate(catalog);
            crate::locale::mark_document(wanted);
            link.set_lang(wanted);
            languages.shown.set(wanted);
        });
    });
    // The state lives as long as the page.
    std::mem::forget(owner);
}

/// The page in the active language.
fn page() -> impl IntoView {
    view! {
        <header class="page-header">
            <LanguageSwitch />
            <h1>{text::APP_TITLE.text()}</h1>
            <p class="lede">{text::APP_LEDE.text()}</p>
        </header>
        <RedactedBanner />
        <main class="layout">
            <form class="settings" aria-label=text::FORM_LABEL.text() on:submit=|ev| ev.prevent_default()>
                <ShareBar />
                <TenantChoiceSection />
                <EdgeSection />
                <ProviderSection />
                <TenantSection />
                <EnvironmentSection />
                <PilotSection />
                <OAuthSection />
            </form>
            <section class="output" aria-label=text::OUTPUT_LABEL.text()>
                <PrintHeader />
                <ErrorSummary />
                <ReportPanel kind=ReportKind::Preflight />
                <StageStrip />
                <OutputPanel />
                <ReportPanel kind=ReportKind::Verification />
                <WavesPanel />
            </section>
        </main>
    }
}
