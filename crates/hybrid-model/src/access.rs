//! Each setting read and written by its field, in the shapes links and settings files carry.
//! Links are written on every keystroke and files are read field by field; one typed table does
//! both without a round trip of the whole settings through a generic serialiser (and keeps that
//! serialiser out of the page's WebAssembly).

use crate::cloud::Cloud;
use crate::field::Field;
use crate::settings::{
    ConnectionMethod, EdgeRouting, ExistingProvider, FederationMode, ServicePrincipalTool,
    Settings, VerificationLevel,
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

fn choice<T: Choice>(value: T) -> Value {
    Value::Text(value.name().to_owned())
}

fn optional(text: &Option<String>) -> Value {
    text.clone().map_or(Value::Null, Value::Text)
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
    /// What the field holds.
    pub fn shape(self) -> Shape {
        use Field::*;
        match self {
            AllowOutsideUsers
            | AllowFederatedUsers
            | EnablePartnerDiscovery
            | SharedSipAddressSpace
            | OAuthEnabled => Shape::Bool,
            AdminUpn | ProviderIdentity | EdgeExternalFqdn | RegistrarPoolFqdn | OAuthTenantId
            | OAuthCertificatePath => Shape::Text,
            ProxyFqdn | AutodiscoverUrl => Shape::OptionalText,
            SipDomains | PilotUsers => Shape::List,
            Cloud => Shape::Choice(crate::Cloud::NAMES),
            ConnectionMethod => Shape::Choice(crate::settings::ConnectionMethod::NAMES),
            EdgeRouting => Shape::Choice(crate::settings::EdgeRouting::NAMES),
            VerificationLevel => Shape::Choice(crate::settings::VerificationLevel::NAMES),
            ExistingProvider => Shape::Choice(crate::settings::ExistingProvider::NAMES),
            FederationMode => Shape::Choice(crate::settings::FederationMode::NAMES),
            OAuthServicePrincipalTool => Shape::Choice(ServicePrincipalTool::NAMES),
        }
    }

    /// The field's current value.
    pub fn get(self, s: &Settings) -> Value {
        use Field::*;
        match self {
            Cloud => choice(s.cloud),
            ConnectionMethod => choice(s.connection.method),
            AdminUpn => Value::Text(s.connection.admin_upn.clone()),
            AllowOutsideUsers => Value::Bool(s.edge.allow_outside_users),
            AllowFederatedUsers => Value::Bool(s.edge.allow_federated_users),
            EnablePartnerDiscovery => Value::Bool(s.edge.enable_partner_discovery),
            EdgeRouting => choice(s.edge.routing),
            ProviderIdentity => Value::Text(s.hosting_provider.identity.clone()),
            ProxyFqdn => optional(&s.hosting_provider.proxy_fqdn),
            AutodiscoverUrl => optional(&s.hosting_provider.autodiscover_url),
            VerificationLevel => choice(s.hosting_provider.verification_level),
            ExistingProvider => choice(s.hosting_provider.existing),
            SharedSipAddressSpace => Value::Bool(s.tenant.shared_sip_address_space),
            FederationMode => choice(s.tenant.federation_mode),
            SipDomains => Value::List(s.environment.sip_domains.clone()),
            EdgeExternalFqdn => Value::Text(s.environment.edge_external_fqdn.clone()),
            RegistrarPoolFqdn => Value::Text(s.environment.registrar_pool_fqdn.clone()),
            PilotUsers => Value::List(s.environment.pilot_users.clone()),
            OAuthEnabled => Value::Bool(s.oauth.enabled),
            OAuthTenantId => Value::Text(s.oauth.tenant_id.clone()),
            OAuthCertificatePath => Value::Text(s.oauth.certificate_path.clone()),
            OAuthServicePrincipalTool => choice(s.oauth.service_principal_tool),
        }
    }

    /// Why a value of another shape is refused.
    pub(crate) fn refusal(self) -> String {
        refused(self.shape())
    }

    /// Sets the field; a value of the wrong shape or an unknown name leaves the settings as they
    /// were and says why.
    pub fn set(self, s: &mut Settings, value: Value) -> Result<(), String> {
        use Field::*;
        let shape = self.shape();
        let wrong = || self.refusal();
        match (shape, value) {
            (Shape::Bool, Value::Bool(b)) => *self.bool_slot(s).ok_or_else(wrong)? = b,
            (Shape::Text, Value::Text(text)) => *self.text_slot(s).ok_or_else(wrong)? = text,
            (Shape::OptionalText, Value::Text(text)) => {
                *self.optional_slot(s).ok_or_else(wrong)? = Some(text)
            }
            (Shape::OptionalText, Value::Null) => *self.optional_slot(s).ok_or_else(wrong)? = None,
            (Shape::List, Value::List(items)) => *self.list_slot(s).ok_or_else(wrong)? = items,
            (Shape::Choice(_), Value::Text(name)) => match self {
                Cloud => s.cloud = named(&name, shape)?,
                ConnectionMethod => s.connection.method = named(&name, shape)?,
                EdgeRouting => s.edge.routing = named(&name, shape)?,
                VerificationLevel => s.hosting_provider.verification_level = named(&name, shape)?,
                ExistingProvider => s.hosting_provider.existing = named(&name, shape)?,
                FederationMode => s.tenant.federation_mode = named(&name, shape)?,
                OAuthServicePrincipalTool => s.oauth.service_principal_tool = named(&name, shape)?,
                _ => return Err(wrong()),
            },
            _ => return Err(wrong()),
        }
        Ok(())
    }

    fn bool_slot(self, s: &mut Settings) -> Option<&mut bool> {
        use Field::*;
        Some(match self {
            AllowOutsideUsers => &mut s.edge.allow_outside_users,
            AllowFederatedUsers => &mut s.edge.allow_federated_users,
            EnablePartnerDiscovery => &mut s.edge.enable_partner_discovery,
            SharedSipAddressSpace => &mut s.tenant.shared_sip_address_space,
            OAuthEnabled => &mut s.oauth.enabled,
            _ => return None,
        })
    }

    fn text_slot(self, s: &mut Settings) -> Option<&mut String> {
        use Field::*;
        Some(match self {
            AdminUpn => &mut s.connection.admin_upn,
            ProviderIdentity => &mut s.hosting_provider.identity,
            EdgeExternalFqdn => &mut s.environment.edge_external_fqdn,
            RegistrarPoolFqdn => &mut s.environment.registrar_pool_fqdn,
            OAuthTenantId => &mut s.oauth.tenant_id,
            OAuthCertificatePath => &mut s.oauth.certificate_path,
            _ => return None,
        })
    }

    fn optional_slot(self, s: &mut Settings) -> Option<&mut Option<String>> {
        match self {
            Field::ProxyFqdn => Some(&mut s.hosting_provider.proxy_fqdn),
            Field::AutodiscoverUrl => Some(&mut s.hosting_provider.autodiscover_url),
            _ => None,
        }
    }

    fn list_slot(self, s: &mut Settings) -> Option<&mut Vec<String>> {
        match self {
            Field::SipDomains => Some(&mut s.environment.sip_domains),
            Field::PilotUsers => Some(&mut s.environment.pilot_users),
            _ => None,
        }
    }
}

fn named<T: Choice>(name: &str, shape: Shape) -> Result<T, String> {
    T::from_name(name).ok_or_else(|| refused(shape))
}
