//! The page's shared state types: owned by the app, passed down to components and the glue, and
//! depending on neither, so every import points down.

use hybrid_model::Field;
use leptos::prelude::*;

/// Fields an embedding page fixed; their controls are disabled.
#[derive(Clone, Debug, Default)]
pub struct Locks(pub Vec<Field>);

/// The tasks ticked so far, by the model's task keys (a few dozen at most, so a list); owned by the
/// page so that ticks outlive the checklist view (it is only rendered while its tab is open).
pub type Ticks = RwSignal<Vec<String>>;

/// The folded parts of the page (`<details>` by element id) that are open now. A folded part's
/// content is built only once it is first opened: closed, the optional sections and report panels
/// were a sixth of the page's nodes. Owned by the page, so a change of language keeps them open, and
/// passed to the sections, panels and summary that open them.
#[derive(Clone, Copy)]
pub struct Folds(RwSignal<Vec<&'static str>>);

impl Folds {
    /// No part open.
    pub fn new() -> Self {
        Self(RwSignal::new(Vec::new()))
    }

    /// Whether the part is open; tracked.
    pub fn is_open(self, id: &str) -> bool {
        self.0.with(|open| open.contains(&id))
    }

    /// Records the part as open or closed, as its element now is.
    pub fn set(self, id: &'static str, open: bool) {
        if self.0.with_untracked(|o| o.contains(&id)) != open {
            self.0.update(|o| {
                o.retain(|i| *i != id);
                if open {
                    o.push(id);
                }
            });
        }
    }
}

impl Default for Folds {
    fn default() -> Self {
        Self::new()
    }
}
