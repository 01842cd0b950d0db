//! The downloaded checklist read back with a CommonMark parser: each task is a tick box, each
//! paragraph stands on its own (not swallowed by the list above it), each command is a code block.

use crate::support;

use hybrid_model::handover::checklist::{Block, Doc, document, to_markdown};
use hybrid_model::plan;
use hybrid_model::procedure::cloud::Cloud;
use hybrid_model::procedure::settings::Settings;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// What a Markdown viewer shows, counted.
#[derive(Debug, Default, PartialEq)]
struct ShownCounts {
    headings: usize,
    /// Paragraphs outside any list.
    paragraphs: usize,
    tick_boxes: usize,
    /// Items without a tick box.
    notes: usize,
    powershell_blocks: usize,
    tables: usize,
}

fn shown(markdown: &str) -> ShownCounts {
    let mut shown = ShownCounts::default();
    let mut lists = 0;
    let mut items_open: Vec<bool> = Vec::new(); // per open item: has a tick box
    let options = Options::ENABLE_TASKLISTS | Options::ENABLE_TABLES;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Table(_)) => shown.tables += 1,
            Event::Start(Tag::Heading { .. }) => shown.headings += 1,
            Event::Start(Tag::Paragraph) if lists == 0 => shown.paragraphs += 1,
            Event::Start(Tag::List(_)) => lists += 1,
            Event::End(TagEnd::List(_)) => lists -= 1,
            Event::Start(Tag::Item) => items_open.push(false),
            Event::TaskListMarker(false) => {
                if let Some(tick) = items_open.last_mut() {
                    *tick = true;
                }
                shown.tick_boxes += 1;
            }
            Event::End(TagEnd::Item) => {
                shown.notes += usize::from(items_open.pop() == Some(false));
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang))) if &*lang == "powershell" => {
                shown.powershell_blocks += 1
            }
            _ => {}
        }
    }
    shown
}

/// What the page shows for the same document, counted the same way.
fn expected(doc: &Doc) -> ShownCounts {
    let mut expected = ShownCounts {
        headings: 1 + doc.sections.len(),
        paragraphs: 1,
        ..ShownCounts::default()
    };
    for block in doc.sections.iter().flat_map(|s| &s.blocks) {
        match block {
            Block::Paragraph(_) => expected.paragraphs += 1,
            Block::Task(_) | Block::Proven(_) => expected.tick_boxes += 1,
            Block::Note(_) => expected.notes += 1,
            Block::Code(_) => expected.powershell_blocks += 1,
            Block::Table(_) => expected.tables += 1,
        }
    }
    expected
}

#[test]
fn the_downloaded_checklist_renders_as_the_page_shows_it() {
    for cloud in [Cloud::Commercial, Cloud::GccHigh, Cloud::China] {
        let settings = support::full(cloud);
        let doc = document(&settings, &plan(&settings));
        let markdown = to_markdown(&doc);
        assert_eq!(shown(&markdown), expected(&doc), "{cloud:?}:\n{markdown}");
        assert!(
            !markdown.contains("\n\n\n"),
            "{cloud:?}: a double blank line"
        );
    }
}

fn task_keys(settings: &Settings) -> Vec<String> {
    let doc = document(settings, &plan(settings));
    doc.sections
        .iter()
        .flat_map(|s| (0..s.blocks.len()).filter_map(|i| s.task_key(i)))
        .collect()
}

#[test]
fn every_task_has_its_own_key() {
    for cloud in [Cloud::Commercial, Cloud::GccHigh, Cloud::China] {
        let keys = task_keys(&support::full(cloud));
        let unique: std::collections::BTreeSet<_> = keys.iter().collect();
        assert_eq!(unique.len(), keys.len(), "{cloud:?}: two tasks share a key");
    }
}

#[test]
fn a_task_keeps_its_key_until_a_setting_changes_what_it_says_or_runs() {
    let before = support::full(Cloud::Commercial);
    let mut after = before.clone();
    after
        .environment
        .pilot_users
        .push("zoe@contoso.com".to_owned());
    let (old, new) = (task_keys(&before), task_keys(&after));
    let gone: Vec<_> = old.iter().filter(|k| !new.contains(k)).collect();
    // Only the pilot move's "Run" task changes: its commands now move one more user.
    assert_eq!(gone.len(), 1, "{gone:#?}");
    assert!(gone[0].contains("Move-CsUser"), "{}", gone[0]);
    let added: Vec<_> = new.iter().filter(|k| !old.contains(k)).collect();
    assert!(
        added.iter().all(|k| k.contains("zoe@contoso.com")),
        "{added:#?}"
    );
}
