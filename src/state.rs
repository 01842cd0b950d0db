//! The page's state, in one place: built once when the page opens, one way through (settings →
//! validation → plan → scripts and checklist), and provided as context before the first view is
//! mounted, so every view mounted since (one per language, see `app`) reads the same signals.
//! Components take what they need with [`use_state`].

use hybrid_model::handover::change_record::{Artifact, Context, Record, record as change_record};
use hybrid_model::handover::checklist::{Doc, Evidence, localized};
use hybrid_model::handover::{downloads, redact};
use hybrid_model::powershell::Script;
use hybrid_model::procedure::validate::{pilot_issues, validate_with};
use hybrid_model::procedure::{naming, share};
use hybrid_model::report::{Acceptance, ScriptReport};
use hybrid_model::scripts::change;
use hybrid_model::{Field, Output, Report, Settings, plan};
use leptos::prelude::*;

use crate::locale::Languages;
use crate::reactive::{Folds, effect, memo};
use crate::startup::startup;
use crate::sync::{Link, RenderedSettings, follow_typing, sync_outside};

/// The tasks ticked so far, by the model's task keys (a few dozen at most, so a list); part of the
/// page's state so that ticks outlive the checklist view (it is only rendered while its tab is open).
pub type Ticks = RwSignal<Vec<String>>;

/// Everything the page's view reads: signals and memos, made once and kept for the page's life, so
/// a change of language (which mounts the view anew) keeps what the admin typed, ticked, loaded
/// and opened.
#[derive(Clone, Copy)]
pub struct PageState {
    /// The form's settings: the one source everything else derives from.
    pub settings: RwSignal<Settings>,
    /// What the page says about the link, storage or a file it read (first line a heading).
    pub notices: RwSignal<Vec<String>>,
    /// The address bar's link to the settings.
    pub link: Link,
    pub ticks: Ticks,
    /// Opened inside another page's frame: fewer buttons, nothing kept in the browser.
    pub embedded: bool,
    /// Fields an embedding page fixed; their controls are disabled.
    pub locks: StoredValue<Vec<Field>>,
    pub languages: Languages,
    /// An embedding page fixed the language.
    pub lang_locked: bool,
    /// The settings' validation, in the language on show.
    pub report: Memo<Report>,
    /// Pre-flight FAILs not accepted: a FAIL a later report brings withholds the scripts again.
    pub preflight_fails: Memo<usize>,
    /// Pre-flight and verification reports, in memory only: never in links or storage.
    pub preflight: RwSignal<Vec<ScriptReport>>,
    pub verification: RwSignal<Vec<ScriptReport>>,
    /// The FAILs the admin accepted, with the day: the change record says so.
    pub accepted: RwSignal<Option<Acceptance>>,
    pub on_prem: Memo<Script>,
    pub online: Memo<Script>,
    pub doc: Memo<Doc>,
    /// Computed only while its tab is open or it is downloaded: it hashes every script.
    pub record: Memo<Record>,
    /// The other files of Download all (rollback, pre-flight and verification scripts, the
    /// settings file), by name, as their own downloads give them; read only when it is pressed.
    pub extra_files: Signal<Vec<(String, Vec<u8>)>>,
    /// The open output tab, kept through a change of language.
    pub selected: RwSignal<Output>,
    /// The settings the outputs show (they lag the form's with long lists; see `sync::follow_typing`).
    pub rendered: RenderedSettings,
    pub folds: Folds,
    /// Opened from a link without names, and placeholders are left.
    pub redacted: RwSignal<bool>,
}

/// The page's state, as provided before the first mount.
#[inline(never)]
pub fn use_state() -> PageState {
    expect_context::<PageState>()
}

impl PageState {
    /// Reads where the page starts from, starts the effects that keep the outside in step, and
    /// makes every signal and memo the view reads.
    pub fn build() -> Self {
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
        // The window starts with the pre-flight: its scripts are open with the page. A runbook's
        // frame stays compact, the three stages one click from them.
        if !embedded {
            folds.set(
                crate::text::report_words(hybrid_model::report::ReportKind::Preflight).id,
                true,
            );
        }
        let locks = StoredValue::new(options.locked.clone());
        let ticks = RwSignal::new(start.ticks);
        let lang_locked = options.lang_locked;
        // Opened from a link without names: the names are placeholders (see `redact`).
        let redacted = RwSignal::new(options.redacted);
        let link = sync_outside(settings, ticks, options, start.debug_panic);
        // The rule for the marker: it stays while any name field holds a placeholder and goes with
        // the last one, whether the admin typed a real name over it or cleared it; a link without
        // names that holds no names opens as an ordinary one. Once gone it comes back only with an
        // imported settings file that holds placeholders (a file has no marker of its own).
        // Looked for only while the marker is up: otherwise every keystroke would read every name.
        effect(move |_| {
            if redacted.get() && settings.with(|s| redact::placeholders(s).is_empty()) {
                redacted.set(false);
                link.set_redacted(false);
            }
        });
        // The language on show: the one `start` read before mounting, or English.
        let lang = RwSignal::new(hybrid_model::i18n::catalog::active_lang());
        link.set_lang(lang.get_untracked());
        let selected = RwSignal::new(Output::OnPremises);
        let languages = Languages {
            shown: lang,
            read: RwSignal::new(None),
            notices,
            embedded,
        };
        if let Some(missed) = crate::locale::missed() {
            languages.missed(missed);
        }

        // The pilot users are checked again only when they or the SIP domains change: with
        // thousands of them, a keystroke in another field reuses their issues. Comparing the two
        // lists costs far less than checking every user.
        let pilot_lists = memo(move || {
            settings.with(|s| {
                let env = &s.environment;
                (env.pilot_users.clone(), env.sip_domains.clone())
            })
        });
        let pilot_issues = memo(move || {
            lang.track();
            pilot_lists.with(|(users, domains)| pilot_issues(users, domains))
        });
        let report = memo(move || {
            lang.track();
            let report = settings.with(|s| validate_with(s, pilot_issues.get()));
            if redacted.get() {
                settings.with(|s| redact::with_placeholder_errors(report, s))
            } else {
                report
            }
        });
        // The settings the outputs show: the same as the form's, except that with long lists the
        // output on show follows typing once it pauses (see `crate::sync::follow_typing`).
        let rendered = follow_typing(settings, selected);
        let on_prem = memo(move || rendered.with(change::on_premises));
        let online = memo(move || rendered.with(change::online));
        let preflight = RwSignal::new(Vec::<ScriptReport>::new());
        let verification = RwSignal::new(Vec::<ScriptReport>::new());
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

        PageState {
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
            verification,
            accepted,
            on_prem,
            online,
            doc,
            record,
            extra_files,
            selected,
            rendered,
            folds,
            redacted,
        }
    }

    /// Whether an embedding page fixed this field.
    pub fn locked(self, field: Field) -> bool {
        self.locks.with_value(|l| l.contains(&field))
    }
}

/// The folded section of the first users to move.
pub const PILOT_FOLD: &str = "section-pilot";

/// The folded section of server-to-server authentication.
pub const OAUTH_FOLD: &str = "section-oauth";

/// The folded section a field's control is in, if any: a link to the field opens it first.
pub fn fold_of(field: Field) -> Option<&'static str> {
    if field == Field::PilotUsers {
        Some(PILOT_FOLD)
    } else if field.path().starts_with("oauth.") {
        Some(OAUTH_FOLD)
    } else {
        None
    }
}

/// The folded sections that hold settings, open when the page opens so the admin sees them.
fn filled_folds(settings: &Settings) -> Vec<&'static str> {
    let mut folds = Vec::new();
    if settings.environment.has_pilots() {
        folds.push(PILOT_FOLD);
    }
    if settings.oauth.enabled {
        folds.push(OAUTH_FOLD);
    }
    folds
}
