//! Each setting read and written by its field, in the shapes links and settings files carry. The
//! page computes the link on every keystroke and files are read field by field; typed members do
//! both without a round trip of the whole settings through a generic serialiser (and keep that
//! serialiser out of the page's WebAssembly). Which member each field stands for is the table in
//! [`crate::procedure::field`]; the words they share (values, shapes, choices) are in [`crate::procedure::vocabulary`].

use crate::procedure::cloud::Cloud;
use crate::procedure::settings::{
    ConnectionMethod, EdgeRouting, ExistingProvider, FederationMode, ServicePrincipalTool,
    VerificationLevel,
};
use crate::procedure::vocabulary::{Choice, FieldValue, Shape};

macro_rules! choice {
    ($type:ty { $($value:expr => $name:literal),+ $(,)? }) => {
        impl Choice for $type {
            const NAMES: &'static [&'static str] = &[$($name),+];
            const VALUES: &'static [Self] = &[$($value),+];
        }

        impl Member for $type {
            const SHAPE: Shape = Shape::Choice(<$type as Choice>::NAMES);

            fn value(&self) -> FieldValue {
                FieldValue::Text(self.name().to_owned())
            }

            fn assign(&mut self, value: FieldValue) -> bool {
                let FieldValue::Text(name) = value else { return false };
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
    fn value(&self) -> FieldValue;

    /// Takes the value if it fits; false (and nothing changed) if it does not.
    fn assign(&mut self, value: FieldValue) -> bool;

    /// The entries of a list member, borrowed: a page comparing a list of thousands on every
    /// keystroke should not copy it to do so.
    fn list(&self) -> &[String] {
        &[]
    }

    /// The entries of a list member, to change in place: typing changes one entry of thousands.
    fn list_mut(&mut self) -> Option<&mut Vec<String>> {
        None
    }
}

impl Member for bool {
    const SHAPE: Shape = Shape::Bool;

    fn value(&self) -> FieldValue {
        FieldValue::Bool(*self)
    }

    fn assign(&mut self, value: FieldValue) -> bool {
        let FieldValue::Bool(b) = value else {
            return false;
        };
        *self = b;
        true
    }
}

impl Member for String {
    const SHAPE: Shape = Shape::Text;

    fn value(&self) -> FieldValue {
        FieldValue::Text(self.clone())
    }

    fn assign(&mut self, value: FieldValue) -> bool {
        let FieldValue::Text(text) = value else {
            return false;
        };
        *self = text;
        true
    }
}

impl Member for Option<String> {
    const SHAPE: Shape = Shape::OptionalText;

    fn value(&self) -> FieldValue {
        self.clone().map_or(FieldValue::Null, FieldValue::Text)
    }

    fn assign(&mut self, value: FieldValue) -> bool {
        *self = match value {
            FieldValue::Text(text) => Some(text),
            FieldValue::Null => None,
            _ => return false,
        };
        true
    }
}

impl Member for Vec<String> {
    const SHAPE: Shape = Shape::List;

    fn value(&self) -> FieldValue {
        FieldValue::List(self.clone())
    }

    fn assign(&mut self, value: FieldValue) -> bool {
        let FieldValue::List(items) = value else {
            return false;
        };
        *self = items;
        true
    }

    fn list(&self) -> &[String] {
        self
    }

    fn list_mut(&mut self) -> Option<&mut Vec<String>> {
        Some(self)
    }
}
