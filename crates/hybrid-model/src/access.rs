//! Each setting read and written by its field, in the shapes links and settings files carry. The
//! page computes the link on every keystroke and files are read field by field; typed members do
//! both without a round trip of the whole settings through a generic serialiser (and keep that
//! serialiser out of the page's WebAssembly). Which member each field stands for is the table in
//! [`crate::field`].

use crate::cloud::Cloud;
use crate::field::Field;
use crate::settings::{
    ConnectionMethod, EdgeRouting, ExistingProvider, FederationMode, ServicePrincipalTool,
    VerificationLevel,
};
use crate::text::share as t;

/// One field's value as links and JSON carry it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
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

macro_rules! choice {
    ($type:ty { $($value:expr => $name:literal),+ $(,)? }) => {
        impl Choice for $type {
            const NAMES: &'static [&'static str] = &[$($name),+];
            const VALUES: &'static [Self] = &[$($value),+];
        }

        impl Member for $type {
            const SHAPE: Shape = Shape::Choice(<$type as Choice>::NAMES);

            fn value(&self) -> Value {
                Value::Text(self.name().to_owned())
            }

            fn assign(&mut self, value: Value) -> bool {
                let Value::Text(name) = value else { return false };
                let Some(chosen) = Self::from_name(&name) else { return false };
                *self = chosen;
                true
            }
        }
    };
}

choice!(Cloud {
    Cloud::Commercial => "commercial",
    Cloud::Gcc => "gcc",
    Cloud::GccHigh => "gcc-high",
    Cloud::Dod => "dod",
    Cloud::China => "21vianet",
});
choice!(ConnectionMethod {
    ConnectionMethod::TeamsModule => "teams-module",
    ConnectionMethod::LegacyConnector => "legacy-connector",
});
choice!(EdgeRouting {
    EdgeRouting::DnsSrv => "dns-srv",
    EdgeRouting::DefaultRoute => "default-route",
});
choice!(VerificationLevel {
    VerificationLevel::UseSourceVerification => "UseSourceVerification",
    VerificationLevel::AlwaysVerifiable => "AlwaysVerifiable",
    VerificationLevel::AlwaysUnverifiable => "AlwaysUnverifiable",
});
choice!(ExistingProvider {
    ExistingProvider::Replace => "replace",
    ExistingProvider::UpdateInPlace => "update-in-place",
    ExistingProvider::Stop => "stop",
});
choice!(FederationMode {
    FederationMode::Open => "open",
    FederationMode::AllowList => "allow-list",
});
choice!(ServicePrincipalTool {
    ServicePrincipalTool::Graph => "graph",
    ServicePrincipalTool::MsOnline => "ms-online",
});

/// A settings member a field stands for: its type says what the field holds and how it reads and
/// writes the field's value.
pub trait Member {
    /// What a field of this type holds.
    const SHAPE: Shape;

    /// The member's value as links and settings files carry it.
    fn value(&self) -> Value;

    /// Takes the value if it fits; false (and nothing changed) if it does not.
    fn assign(&mut self, value: Value) -> bool;
}

impl Member for bool {
    const SHAPE: Shape = Shape::Bool;

    fn value(&self) -> Value {
        Value::Bool(*self)
    }

    fn assign(&mut self, value: Value) -> bool {
        let Value::Bool(b) = value else { return false };
        *self = b;
        true
    }
}

impl Member for String {
    const SHAPE: Shape = Shape::Text;

    fn value(&self) -> Value {
        Value::Text(self.clone())
    }

    fn assign(&mut self, value: Value) -> bool {
        let Value::Text(text) = value else {
            return false;
        };
        *self = text;
        true
    }
}

impl Member for Option<String> {
    const SHAPE: Shape = Shape::OptionalText;

    fn value(&self) -> Value {
        self.clone().map_or(Value::Null, Value::Text)
    }

    fn assign(&mut self, value: Value) -> bool {
        *self = match value {
            Value::Text(text) => Some(text),
            Value::Null => None,
            _ => return false,
        };
        true
    }
}

impl Member for Vec<String> {
    const SHAPE: Shape = Shape::List;

    fn value(&self) -> Value {
        Value::List(self.clone())
    }

    fn assign(&mut self, value: Value) -> bool {
        let Value::List(items) = value else {
            return false;
        };
        *self = items;
        true
    }
}

/// Why a value does not fit a field's shape, in the words of the share messages.
fn refused(shape: Shape) -> String {
    match shape {
        Shape::Bool => t::NOT_A_BOOLEAN.to_owned(),
        Shape::Text | Shape::OptionalText => t::NOT_TEXT.to_owned(),
        Shape::List => t::NOT_A_LIST.to_owned(),
        Shape::Choice(names) => t::not_a_choice(names),
    }
}

impl Field {
    /// Why a value of another shape is refused.
    pub(crate) fn refusal(self) -> String {
        refused(self.shape())
    }
}
