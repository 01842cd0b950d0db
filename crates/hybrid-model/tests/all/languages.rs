//! Every shipped language: the scripts and the checklist's commands stay the same bytes, and the
//! checklist and change record read in the language with every placeholder filled.

use crate::support;

use hybrid_model::handover::change_record::{Context, change_record};
use hybrid_model::handover::checklist::{Block, Evidence, localized};
use hybrid_model::handover::downloads;
use hybrid_model::i18n::catalog::{self, Catalog, LANGUAGES, PSEUDO};
use hybrid_model::{Cloud, plan};

fn activate(lang: &str) {
    let text = catalog::bundled(lang).unwrap_or_else(|| panic!("{lang} is bundled"));
    catalog::activate(Some(Catalog::read(lang, text.to_owned()).unwrap()));
}

/// The code blocks of a checklist, with the run order's backup-file placeholder (the one part of
/// a command said in the reader's language, and replaced by the admin) put back in English.
fn commands(doc: &hybrid_model::handover::checklist::Doc) -> Vec<String> {
    use hybrid_model::handover::stages_text::{
        BACKUP_FILE_PLACEHOLDER, ONLINE_BACKUP_FILE_PLACEHOLDER,
    };
    let placeholders = [BACKUP_FILE_PLACEHOLDER, ONLINE_BACKUP_FILE_PLACEHOLDER]
        .map(|p| (p.text(), catalog::in_english(|| p.text())));
    doc.sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Code(code) => Some(
                placeholders
                    .iter()
                    .fold(code.clone(), |code, (shown, english)| {
                        code.replace(shown, english)
                    }),
            ),
            _ => None,
        })
        .collect()
}

#[test]
fn the_run_orders_backup_placeholder_is_in_the_readers_language() {
    let settings = support::full(Cloud::Commercial);
    for lang in LANGUAGES.iter().map(|(l, _)| *l).skip(1) {
        activate(lang);
        let rollback = hybrid_model::handover::stages::stages(&settings)
            .pop()
            .expect("the run order ends with the rollback");
        catalog::activate(None);
        let command = rollback.commands.join("\n");
        assert!(!command.contains("this window wrote"), "{lang}: {command}");
        assert!(
            command.contains("-BackupFile <")
                && command.contains("hybrid-on-premises-backup-*.xml")
                && command.contains("hybrid-online-backup-*.xml"),
            "{lang}: {command}"
        );
    }
}

#[test]
fn scripts_and_commands_are_the_same_bytes_in_every_language() {
    for cloud in Cloud::ALL {
        let settings = support::full(cloud);
        catalog::activate(None);
        let scripts = downloads::all_scripts(&settings);
        let english = localized(&settings, Evidence::default());
        let locales = LANGUAGES.iter().map(|(l, _)| *l).skip(1).chain([PSEUDO]);
        for lang in locales {
            activate(lang);
            assert_eq!(
                downloads::all_scripts(&settings),
                scripts,
                "{lang} {cloud:?}"
            );
            let doc = localized(&settings, Evidence::default());
            assert_eq!(commands(&doc), commands(&english), "{lang} {cloud:?}");
            assert_ne!(doc.title, english.title, "{lang}");
            // A tick made in one language stays with its task in another.
            assert!(doc.task_keys().eq(english.task_keys()), "{lang} {cloud:?}");
        }
        catalog::activate(None);
    }
}

#[test]
fn the_pseudo_locale_leaves_no_message_untransformed_or_unfilled() {
    let settings = support::full(Cloud::GccHigh);
    activate(PSEUDO);
    let doc = localized(&settings, Evidence::default());
    let markdown = hybrid_model::handover::checklist::to_markdown(&doc);
    let record = change_record(
        &settings,
        &plan(&settings),
        &[],
        &Context {
            date: "2026-11-30",
            link: None,
            preflight: &[],
            verification: &[],
            acceptance: None,
        },
    );
    catalog::activate(None);
    for text in [&markdown, &record] {
        assert!(
            !text.chars().any(|c| ('\u{1}'..='\u{6}').contains(&c)),
            "a placeholder left"
        );
        assert!(text.contains('·'), "every message is padded with ·");
    }
    assert!(markdown.starts_with("# ["), "{}", &markdown[..80]);
}

#[test]
fn a_values_note_does_not_repeat_the_provenance_shown_beside_it() {
    for lang in LANGUAGES.iter().map(|(l, _)| *l) {
        if lang == "en" {
            catalog::activate(None);
        } else {
            activate(lang);
        }
        for cloud in Cloud::ALL {
            let p = cloud.profile();
            let values = [
                Some(p.proxy_fqdn),
                Some(p.autodiscover_url),
                p.teams_environment,
                Some(p.dns_sipdir),
                Some(p.dns_webdir),
                Some(p.dns_sipfed),
                Some(p.graph_environment),
                Some(p.acs_metadata_prefix),
            ];
            for value in values.into_iter().flatten() {
                let label =
                    hybrid_model::procedure::validation_text::provenance_label(value.provenance)
                        .to_lowercase();
                let flag =
                    hybrid_model::procedure::validation_text::provenance_flag(value.provenance)
                        .to_lowercase();
                let note = value.note.to_lowercase();
                assert!(
                    !note.starts_with(&label) && !note.starts_with(&flag),
                    "{lang} {cloud:?} {}: {}",
                    value.value,
                    value.note
                );
            }
        }
    }
    catalog::activate(None);
}
