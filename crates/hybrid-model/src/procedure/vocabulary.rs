//! The words every layer shares about a setting's value — what a field holds, its value as links
//! and files carry it, and the names of a choice — with no dependency on any of them, so settings,
//! clouds, fields and links all build on it and none on each other's back.

/// One field's value as links and JSON carry it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    Bool(bool),
    /// Text, and the name of a choice.
    Text(String),
    /// An optional text that is not set: the cloud's default applies.
    Null,
    List(Vec<String>),
}

/// What a field holds, so a reader knows how to parse its text and what to say when it cannot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Bool,
    Text,
    /// Text, or unset to use the cloud's default.
    OptionalText,
    List,
    /// One of these names.
    Choice(&'static [&'static str]),
}

/// A setting with a fixed set of values: what settings files and links call each of them.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every name, in the order of [`Choice::VALUES`].
    const NAMES: &'static [&'static str];
    /// Every value.
    const VALUES: &'static [Self];

    /// The value's name in settings files and links.
    fn name(self) -> &'static str {
        Self::VALUES
            .iter()
            .position(|v| *v == self)
            .map_or("", |i| Self::NAMES[i])
    }

    /// The value with exactly this name.
    fn from_name(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| Self::VALUES[i])
    }
}
