//! The page: owns the settings signal and derives everything else from it, one way through:
//! settings → validation → plan → scripts and checklist → view.

use hybrid_model::change_record::{Artifact, Context, Record, record as change_record};
use hybrid_model::checklist::{Evidence, localized};
use hybrid_model::powershell::scripts;
use hybrid_model::report::{Acceptance, Report as ScriptReport, ReportKind};
use hybrid_model::{Settings, plan, validate};
use hybrid_model::{downloads, naming, redact, share};
use leptos::prelude::*;

use crate::components::edge_section::EdgeSection;
use crate::components::environment_section::{
    EnvironmentSection, OAuthSection, PilotSection, filled_folds,
};
use crate::components::error_summary::ErrorSummary;
use crate::components::language_switch::{LanguageSwitch, Languages};
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
use crate::live::{effect, memo};
use crate::startup::startup;
use crate::state::{Folds, Locks};
use crate::sync::sync_outside;
use crate::text;

/// Mounts the whole builder into `parent`: form on the left, live output on the right. The state
/// (settings, ticks, reports, the open tab) is made once; the view is mounted anew in each language.
pub fn mount(parent: web_sys::HtmlElement) {
    // Effects need the executor before the first view is mounted (an error only says it runs).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| state_and_view(parent));
    // The state lives as long as the page.
    std::mem::forget(owner);
}

fn state_and_view(parent: web_sys::HtmlElement) {
    let start = startup();
    // The folded sections that hold settings open with the page.
    let folds = Folds::new();
    for fold in filled_folds(&start.settings) {
        folds.set(fold, true);
    }
    let settings = RwSignal::new(start.settings);
    let notices = RwSignal::new(start.notices);
    let options = start.options;
    let embedded = options.embed;
    // The window starts with the pre-flight: its scripts are open with the page. A runbook's frame
    // stays compact, the three stages one click from them.
    if !embedded {
        folds.set(text::report_words(ReportKind::Preflight).id, true);
    }
    let options_locked = StoredValue::new(options.locked.clone());
    let ticks = RwSignal::new(start.ticks);
    let lang_locked = options.lang_locked;
    // Opened from a link without names: the names are placeholders (see `redact`).
    let redacted = RwSignal::new(options.redacted);
    let link = sync_outside(settings, ticks, options, start.debug_panic);
    // The rule for the marker: it stays while any name field holds a placeholder and goes with
    // the last one, whether the admin typed a real name over it or cleared it; a link without
    // names that holds no names opens as an ordinary one. Once gone it comes back only with an
    // imported settings file that holds placeholders (a file has no marker of its own).
    effect(move |_| {
        let none_left = settings.with(|s| redact::placeholders(s).is_empty());
        if none_left && redacted.get_untracked() {
            redacted.set(false);
            link.set_redacted(false);
        }
    });
    // The language on show: the one `start` read before mounting, or English.
    let lang = RwSignal::new(hybrid_model::text::catalog::active_lang());
    link.set_lang(lang.get_untracked());
    // The open output tab, owned here so a change of language keeps it.
    let selected = RwSignal::new(hybrid_model::Output::OnPremises);
    let languages = Languages {
        shown: lang,
        read: RwSignal::new(None),
        notices,
        embedded,
    };
    if let Some(missed) = crate::locale::missed() {
        languages.missed(missed);
    }

    let report = memo(move || {
        lang.track();
        let report = settings.with(validate);
        if redacted.get() {
            settings.with(|s| redact::with_placeholder_errors(report, s))
        } else {
            report
        }
    });
    // The settings the outputs show: the same as the form's, except that with long lists they
    // follow typing once it pauses (see `crate::sync::follow_typing`).
    let rendered = crate::sync::follow_typing(settings);
    let on_prem = memo(move || rendered.with(scripts::on_premises));
    let online = memo(move || rendered.with(scripts::online));
    // Pre-flight reports live beside the settings, in memory only: never in links or storage.
    let preflight = RwSignal::new(Vec::<ScriptReport>::new());
    let verification = RwSignal::new(Vec::<ScriptReport>::new());
    // The FAILs the admin accepted, with the day: the change record says so.
    let accepted = RwSignal::new(None::<Acceptance>);
    let doc = memo(move || {
        lang.track();
        preflight.with(|preflight| {
            verification.with(|verification| {
                rendered.with(|s| {
                    let evidence = Evidence {
                        preflight,
                        verification,
                    };
                    localized(s, evidence)
                })
            })
        })
    });
    // The FAILs not accepted: a FAIL a later report brings withholds the scripts again.
    let preflight_fails = memo(move || {
        preflight.with(|r| {
            accepted.with(|a| {
                hybrid_model::report::unaccepted_fails(
                    &hybrid_model::report::findings(r),
                    a.as_ref(),
                )
            })
        })
    });

    // Read only when Download all is pressed.
    let extra_files = Signal::derive(move || {
        settings.with(|s| {
            let mut files = downloads::companion_scripts(s);
            files.push((
                naming::file_name(share::SETTINGS_FILE, s),
                share::to_json(s).into_bytes(),
            ));
            files
        })
    });
    // Computed only while its tab is open or it is downloaded: it hashes every script.
    let record = memo(move || {
        lang.track();
        let today = String::from(js_sys::Date::new_0().to_iso_string());
        let date = today.get(..10).unwrap_or_default().to_owned();
        let share = link.to_share();
        rendered.with(|s| {
            preflight.with(|preflight| {
                verification.with(|verification| {
                    accepted.with(|acceptance| {
                        let plan = plan(s);
                        let files = downloads::all_scripts(s);
                        let artifacts: Vec<Artifact<'_>> = files
                            .iter()
                            .map(|(name, bytes)| Artifact { name, bytes })
                            .collect();
                        let context = Context {
                            date: &date,
                            link: Some(&share),
                            preflight,
                            verification,
                            acceptance: acceptance.as_ref(),
                        };
                        change_record(s, &plan, &artifacts, &context)
                    })
                })
            })
        })
    });

    let view_state = Page {
        settings,
        notices,
        link,
        ticks,
        embedded,
        locks: options_locked,
        languages,
        lang_locked,
        report,
        preflight_fails,
        preflight,
        accepted,
        verification,
        on_prem,
        online,
        doc,
        record,
        extra_files,
        selected,
        rendered,
        folds,
        redacted,
    };
    // A change of language builds the page's view again from the same signals (settings, ticks,
    // reports, the open tab): mounted anew rather than diffed, so no code to update the whole
    // view in place is compiled in (measured: 26 KB of wasm).
    let mounted = StoredValue::new_local(None::<Box<dyn std::any::Any>>);
    let show = move |parent: web_sys::HtmlElement| {
        // Untracked, so the effect below follows the language alone. A view mounted from the
        // effect is owned by it and disposed when it runs again, which is when that view is
        // dropped anyway; dropping the handle unmounts the view.
        let handle = untrack(|| leptos::mount::mount_to(parent, move || page(view_state)));
        mounted.set_value(Some(Box::new(handle)));
    };
    show(parent.clone());
    effect(move |_| {
        let Some((catalog, wanted)) = languages.read.get() else {
            return;
        };
        // The view goes before anything it shows changes language, so none of its effects runs
        // again with the new words.
        mounted.set_value(None);
        hybrid_model::text::catalog::activate(catalog);
        crate::locale::mark_document(wanted);
        link.set_lang(wanted);
        lang.set(wanted);
        show(parent.clone());
    });
}

/// What the page's view reads: the app's signals and memos, which outlive a change of language.
#[derive(Clone, Copy)]
struct Page {
    settings: RwSignal<Settings>,
    notices: RwSignal<Vec<String>>,
    link: crate::sync::Link,
    ticks: crate::state::Ticks,
    embedded: bool,
    locks: StoredValue<Vec<hybrid_model::Field>>,
    languages: Languages,
    lang_locked: bool,
    report: Memo<hybrid_model::validate::Report>,
    preflight_fails: Memo<usize>,
    preflight: RwSignal<Vec<ScriptReport>>,
    accepted: RwSignal<Option<Acceptance>>,
    verification: RwSignal<Vec<ScriptReport>>,
    on_prem: Memo<hybrid_model::powershell::Script>,
    online: Memo<hybrid_model::powershell::Script>,
    doc: Memo<hybrid_model::checklist::Doc>,
    record: Memo<Record>,
    extra_files: Signal<Vec<(String, Vec<u8>)>>,
    selected: RwSignal<hybrid_model::Output>,
    rendered: crate::sync::Shown,
    folds: Folds,
    /// Opened from a link without names, and placeholders are left.
    redacted: RwSignal<bool>,
}

/// The page in the active language.
fn page(p: Page) -> impl IntoView {
    let Page {
        settings,
        notices,
        link,
        ticks,
        embedded,
        locks,
        languages,
        lang_locked,
        report,
        preflight_fails,
        preflight,
        accepted,
        verification,
        on_prem,
        online,
        doc,
        record,
        extra_files,
        selected,
        rendered,
        folds,
        redacted,
    } = p;
    let locked = locks.get_value();
    // Before any section is built: each field reads whether the page locked it.
    provide_context(Locks(locked.clone()));
    let (open, fixed) = sections_in_order(&locked);
    let build = move |sections: Vec<FormSection>| {
        sections
            .into_iter()
            .map(|section| match section {
                FormSection::Choice => view! { <TenantChoiceSection settings report /> }.into_any(),
                FormSection::Environment => {
                    view! { <EnvironmentSection settings report /> }.into_any()
                }
                FormSection::Edge => view! { <EdgeSection settings report /> }.into_any(),
                FormSection::Provider => view! { <ProviderSection settings report /> }.into_any(),
                FormSection::Tenant => view! { <TenantSection settings report /> }.into_any(),
                FormSection::Pilot => view! { <PilotSection settings report folds /> }.into_any(),
                FormSection::OAuth => view! { <OAuthSection settings report folds /> }.into_any(),
            })
            .collect_view()
    };
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
    let checks = move || {
        view! {
            <ErrorSummary report preflight_fails folds />
            <ReportPanel kind=ReportKind::Preflight settings reports=preflight folds accepted />
        }
    };
    view! {
        <header class="page-header">
            <LanguageSwitch languages locked=lang_locked />
            <h1>{text::APP_TITLE.text()}</h1>
            <p class="lede">{text::APP_LEDE.text()}</p>
        </header>
        <RedactedBanner redacted />
        <main class="layout">
            <form class="settings" aria-label=text::FORM_LABEL.text() on:submit=|ev| ev.prevent_default()>
                <ShareBar settings notices link ticks embedded redacted />
                <div class="fields">{sections}</div>
            </form>
            // The three stages lead; the pre-flight's scripts come before the change scripts. In
            // a runbook's frame the change scripts come first, in the band the fields share (the
            // fields show their own errors).
            <section class="output" aria-label=text::OUTPUT_LABEL.text()>
                <PrintHeader settings link selected />
                <StageStrip settings />
                {(!embedded).then(checks)}
                <OutputPanel settings rendered report preflight_fails on_prem online doc record extra_files ticks selected redacted />
                {embedded.then(checks)}
                <ReportPanel kind=ReportKind::Verification settings reports=verification folds />
                <WavesPanel settings folds />
            </section>
            {fixed}
        </main>
    }
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
