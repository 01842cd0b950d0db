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
    let state = crate::state::use_state();
    let embedded = state.embedded;
    let (open, fixed) = state.locks.with_value(|locked| sections_in_order(locked));
    let sections = build(open);
    // The sections an embedding page fixed whole: read, not filled in, so after the output.
    let fixed = (!fixed.is_empty()).then(|| {
        let sections = build(fixed);
        view! {
            <form class="settings-fixed" aria-label=text::FIXED_FORM_LABEL.text() on:submit=|ev| ev.prevent_default()>
                {sections}
            </form>
        }
    });
    // What stands between the settings and the change scripts: the problems, then the pre-flight.
    let checks = || {
        view! {
            <ErrorSummary />
            <ReportPanel kind=ReportKind::Preflight />
        }
    };
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
                <div class="fields">{sections}</div>
            </form>
            // The three stages lead; the pre-flight's scripts come before the change scripts. In
            // a runbook's frame the change scripts come first, in the band the fields share (the
            // fields show their own errors).
            <section class="output" aria-label=text::OUTPUT_LABEL.text()>
                <PrintHeader />
                <StageStrip />
                {(!embedded).then(checks)}
                <OutputPanel />
                {embedded.then(checks)}
                <ReportPanel kind=ReportKind::Verification />
                <WavesPanel />
            </section>
            {fixed}
        </main>
    }
}

/// The given sections' views, in the given order.
fn build(sections: Vec<FormSection>) -> impl IntoView {
    sections
        .into_iter()
        .map(|section| match section {
            FormSection::Choice => view! { <TenantChoiceSection /> }.into_any(),
            FormSection::Environment => view! { <EnvironmentSection /> }.into_any(),
            FormSection::Edge => view! { <EdgeSection /> }.into_any(),
            FormSection::Provider => view! { <ProviderSection /> }.into_any(),
            FormSection::Tenant => view! { <TenantSection /> }.into_any(),
            FormSection::Pilot => view! { <PilotSection /> }.into_any(),
            FormSection::OAuth => view! { <OAuthSection /> }.into_any(),
        })
        .collect_view()
}

/// The form's sections, each named by the part of the settings it shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FormSection {
    Choice,
    Environment,
    Edge,
    Provider,
    Tenant,
    Pilot,
    OAuth,
}

impl FormSection {
    /// The order the pre-flight needs them in: the cloud and how to sign in, the SIP domains and
    /// the deployment's names; then the change's three steps; then the optional parts.
    const ORDER: [FormSection; 7] = [
        FormSection::Choice,
        FormSection::Environment,
        FormSection::Edge,
        FormSection::Provider,
        FormSection::Tenant,
        FormSection::Pilot,
        FormSection::OAuth,
    ];

    /// Whether the section holds this field's control (or its confirmation).
    fn holds(self, field: hybrid_model::Field) -> bool {
        let path = field.path();
        match self {
            FormSection::Choice => path == "cloud" || path.starts_with("connection."),
            FormSection::Environment => {
                path.starts_with("environment.") && field != hybrid_model::Field::PilotUsers
            }
            FormSection::Edge => path.starts_with("edge."),
            FormSection::Provider => path.starts_with("hosting_provider."),
            FormSection::Tenant => path.starts_with("tenant."),
            FormSection::Pilot => field == hybrid_model::Field::PilotUsers,
            FormSection::OAuth => path.starts_with("oauth."),
        }
    }
}

/// The sections in reading order, split in two: those with a field the embedding page left open,
/// then those it fixed whole, so what the admin fills in leads and what the page fixed follows (after
/// the output), in the same order for the keyboard as for the eye. With nothing locked, every
/// section of [`FormSection::ORDER`] is open.
fn sections_in_order(locked: &[hybrid_model::Field]) -> (Vec<FormSection>, Vec<FormSection>) {
    let open = |section: FormSection| {
        hybrid_model::Field::ALL
            .into_iter()
            .any(|f| section.holds(f) && !locked.contains(&f))
    };
    FormSection::ORDER.into_iter().partition(|&s| open(s))
}
