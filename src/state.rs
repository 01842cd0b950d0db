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
