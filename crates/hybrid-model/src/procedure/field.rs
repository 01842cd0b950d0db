//! The form's fields: one table of names and the settings members they stand for, shared by
//! validation messages, the page, settings files and links.

use serde::Serialize;

use crate::procedure::access::Member;
use crate::procedure::settings::Settings;
use crate::procedure::share_text as t;
use crate::procedure::vocabulary::{FieldValue, Shape};

/// Declares the fields from one table, each with the settings member it names: that member's path
/// is the field's path in settings files and links, and its type decides what the field holds.
macro_rules! fields {
    ($(#[$meta:meta])* pub enum Field { $($field:ident = $first:ident $(. $rest:ident)*,)+ }) => {
        $(#[$meta])*
        pub enum Field {
            $($field,)+
        }

        impl Field {
            const COUNT: usize = [$(stringify!($field)),+].len();

            /// Every field, in form order.
            pub const ALL: [Field; Field::COUNT] = [$(Field::$field),+];

            /// The field's path in the settings file, e.g. `hosting_provider.proxy_fqdn`.
            pub fn path(self) -> &'static str {
                match self {
                    $(Field::$field => concat!(stringify!($first) $(, ".", stringify!($rest))*),)+
                }
            }

            /// What the field holds.
            pub fn shape(self) -> Shape {
                match self {
                    $(Field::$field => shape_of(|s| &s.$first $(.$rest)*),)+
                }
            }

            /// The field's current value.
            pub fn get(self, s: &Settings) -> FieldValue {
                match self {
                    $(Field::$field => s.$first $(.$rest)*.value(),)+
                }
            }

            /// The entries of a list field, borrowed; empty for any other field.
            pub fn list(self, s: &Settings) -> &[String] {
                match self {
                    $(Field::$field => s.$first $(.$rest)*.list(),)+
                }
            }

            /// The entries of a list field, to change in place; `None` for any other field.
            pub fn list_mut(self, s: &mut Settings) -> Option<&mut Vec<String>> {
                match self {
                    $(Field::$field => s.$first $(.$rest)*.list_mut(),)+
                }
            }

            /// Sets the field; a value of the wrong shape or an unknown name leaves the settings
            /// as they were and says why.
            pub fn set(self, s: &mut Settings, value: FieldValue) -> Result<(), String> {
                let assigned = match self {
                    $(Field::$field => s.$first $(.$rest)*.assign(value),)+
                };
                if assigned { Ok(()) } else { Err(self.refusal()) }
            }
        }
    };
}

fn shape_of<M: Member>(_member: fn(&Settings) -> &M) -> Shape {
    M::SHAPE
}

fields! {
    /// A field of the settings, addressed the same way in settings files, error lists and the page.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
    #[serde(into = "&'static str")]
    pub enum Field {
        Cloud = cloud,
        ConnectionMethod = connection.method,
        AdminUpn = connection.admin_upn,
        OverrideAdminDomain = connection.override_admin_domain,
        AllowOutsideUsers = edge.allow_outside_users,
        AllowFederatedUsers = edge.allow_federated_users,
        EnablePartnerDiscovery = edge.enable_partner_discovery,
        EdgeRouting = edge.routing,
        ProviderIdentity = hosting_provider.identity,
        ProxyFqdn = hosting_provider.proxy_fqdn,
        ProxyFqdnConfirmed = hosting_provider.proxy_fqdn_confirmed,
        ProxyFqdnConfirmedOn = hosting_provider.proxy_fqdn_confirmed_on,
        AutodiscoverUrl = hosting_provider.autodiscover_url,
        AutodiscoverUrlConfirmed = hosting_provider.autodiscover_url_confirmed,
        AutodiscoverUrlConfirmedOn = hosting_provider.autodiscover_url_confirmed_on,
        VerificationLevel = hosting_provider.verification_level,
        ExistingProvider = hosting_provider.existing,
        SharedSipAddressSpace = tenant.shared_sip_address_space,
        FederationMode = tenant.federation_mode,
        SipDomains = environment.sip_domains,
        EdgeExternalFqdn = environment.edge_external_fqdn,
        WebServicesFqdns = environment.web_services_fqdns,
        ReverseProxyFqdn = environment.reverse_proxy_fqdn,
        RegistrarPoolFqdn = environment.registrar_pool_fqdn,
        PilotUsers = environment.pilot_users,
        OAuthEnabled = oauth.enabled,
        OAuthTenantId = oauth.tenant_id,
        OAuthCertificatePath = oauth.certificate_path,
        OAuthMetadataUrlPrefix = oauth.metadata_url_prefix,
        OAuthMetadataConfirmed = oauth.metadata_url_confirmed,
        OAuthMetadataConfirmedOn = oauth.metadata_url_confirmed_on,
        OAuthServicePrincipalTool = oauth.service_principal_tool,
    }
}

impl Field {
    /// The field with this settings-file path.
    pub fn from_path(path: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.path() == path)
    }

    /// Which downloads an error in this field makes unsafe to run, so only those are withheld.
    pub fn affects(self, output: Output) -> bool {
        use Field::*;
        match output {
            Output::Checklist | Output::ChangeRecord => true,
            Output::OnPremises => matches!(
                self,
                AllowOutsideUsers
                    | AllowFederatedUsers
                    | EnablePartnerDiscovery
                    | EdgeRouting
                    | ProviderIdentity
                    | ProxyFqdn
                    | ProxyFqdnConfirmed
                    | AutodiscoverUrl
                    | AutodiscoverUrlConfirmed
                    | VerificationLevel
                    | ExistingProvider
                    | FederationMode
                    | Cloud
                    | PilotUsers
                    | RegistrarPoolFqdn
                    | OAuthEnabled
                    | OAuthTenantId
                    | OAuthMetadataUrlPrefix
                    | OAuthMetadataConfirmed
            ),
            Output::Online => matches!(
                self,
                Cloud
                    | ConnectionMethod
                    | AdminUpn
                    | OverrideAdminDomain
                    | SharedSipAddressSpace
                    | FederationMode
                    | OAuthEnabled
                    | OAuthTenantId
                    | OAuthCertificatePath
                    | OAuthServicePrincipalTool
                    | WebServicesFqdns
                    | PilotUsers
            ),
        }
    }

    /// A DOM-safe id for the field's input, so error links can focus it.
    pub fn input_id(self) -> String {
        format!("f-{}", self.path().replace(['.', '_'], "-"))
    }
}

/// What the builder produces for the window, each a tab of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Output {
    OnPremises,
    Online,
    Checklist,
    /// For the change board; it names every script by its hash, so any error withholds it.
    ChangeRecord,
}

impl From<Field> for &'static str {
    fn from(field: Field) -> Self {
        field.path()
    }
}

/// Why a value does not fit a field's shape, in the words of the share messages.
fn refused(shape: Shape) -> String {
    match shape {
        Shape::Bool => t::NOT_A_BOOLEAN.to_string(),
        Shape::Text | Shape::OptionalText => t::NOT_TEXT.to_string(),
        Shape::List => t::NOT_A_LIST.to_string(),
        Shape::Choice(names) => t::not_a_choice(names),
    }
}

impl Field {
    /// Why a value of another shape is refused.
    pub(crate) fn refusal(self) -> String {
        refused(self.shape())
    }
}
