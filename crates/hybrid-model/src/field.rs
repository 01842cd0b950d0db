//! Names of the form's fields, shared by validation messages, the page and settings files.

use serde::Serialize;

/// A field of the settings, addressed the same way in settings files, error lists and the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "&'static str")]
pub enum Field {
    Cloud,
    ConnectionMethod,
    AdminUpn,
    AllowOutsideUsers,
    AllowFederatedUsers,
    EnablePartnerDiscovery,
    EdgeRouting,
    ProviderIdentity,
    ProxyFqdn,
    AutodiscoverUrl,
    VerificationLevel,
    ExistingProvider,
    SharedSipAddressSpace,
    FederationMode,
    SipDomains,
    EdgeExternalFqdn,
    RegistrarPoolFqdn,
    PilotUsers,
    OAuthEnabled,
    OAuthTenantId,
    OAuthCertificatePath,
    OAuthServicePrincipalTool,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 22] = [
        Field::Cloud,
        Field::ConnectionMethod,
        Field::AdminUpn,
        Field::AllowOutsideUsers,
        Field::AllowFederatedUsers,
        Field::EnablePartnerDiscovery,
        Field::EdgeRouting,
        Field::ProviderIdentity,
        Field::ProxyFqdn,
        Field::AutodiscoverUrl,
        Field::VerificationLevel,
        Field::ExistingProvider,
        Field::SharedSipAddressSpace,
        Field::FederationMode,
        Field::SipDomains,
        Field::EdgeExternalFqdn,
        Field::RegistrarPoolFqdn,
        Field::PilotUsers,
        Field::OAuthEnabled,
        Field::OAuthTenantId,
        Field::OAuthCertificatePath,
        Field::OAuthServicePrincipalTool,
    ];

    /// The field with this settings-file path.
    pub fn from_path(path: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.path() == path)
    }

    /// The field's path in the settings file, e.g. `hosting_provider.proxy_fqdn`.
    pub fn path(self) -> &'static str {
        match self {
            Field::Cloud => "cloud",
            Field::ConnectionMethod => "connection.method",
            Field::AdminUpn => "connection.admin_upn",
            Field::AllowOutsideUsers => "edge.allow_outside_users",
            Field::AllowFederatedUsers => "edge.allow_federated_users",
            Field::EnablePartnerDiscovery => "edge.enable_partner_discovery",
            Field::EdgeRouting => "edge.routing",
            Field::ProviderIdentity => "hosting_provider.identity",
            Field::ProxyFqdn => "hosting_provider.proxy_fqdn",
            Field::AutodiscoverUrl => "hosting_provider.autodiscover_url",
            Field::VerificationLevel => "hosting_provider.verification_level",
            Field::ExistingProvider => "hosting_provider.existing",
            Field::SharedSipAddressSpace => "tenant.shared_sip_address_space",
            Field::FederationMode => "tenant.federation_mode",
            Field::SipDomains => "environment.sip_domains",
            Field::EdgeExternalFqdn => "environment.edge_external_fqdn",
            Field::RegistrarPoolFqdn => "environment.registrar_pool_fqdn",
            Field::PilotUsers => "environment.pilot_users",
            Field::OAuthEnabled => "oauth.enabled",
            Field::OAuthTenantId => "oauth.tenant_id",
            Field::OAuthCertificatePath => "oauth.certificate_path",
            Field::OAuthServicePrincipalTool => "oauth.service_principal_tool",
        }
    }

    /// Which downloads an error in this field makes unsafe to run, so only those are withheld.
    pub fn affects(self, output: Output) -> bool {
        use Field::*;
        match output {
            Output::Checklist => true,
            Output::OnPremises => matches!(
                self,
                AllowOutsideUsers
                    | AllowFederatedUsers
                    | EnablePartnerDiscovery
                    | EdgeRouting
                    | ProviderIdentity
                    | ProxyFqdn
                    | AutodiscoverUrl
                    | VerificationLevel
                    | ExistingProvider
                    | FederationMode
                    | Cloud
                    | PilotUsers
                    | RegistrarPoolFqdn
                    | OAuthEnabled
                    | OAuthTenantId
            ),
            Output::Online => matches!(
                self,
                Cloud
                    | ConnectionMethod
                    | AdminUpn
                    | SharedSipAddressSpace
                    | FederationMode
                    | OAuthEnabled
                    | OAuthTenantId
                    | OAuthCertificatePath
                    | OAuthServicePrincipalTool
            ),
        }
    }

    /// A DOM-safe id for the field's input, so error links can focus it.
    pub fn input_id(self) -> String {
        format!("f-{}", self.path().replace(['.', '_'], "-"))
    }
}

/// The three things the builder produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Output {
    OnPremises,
    Online,
    Checklist,
}

impl From<Field> for &'static str {
    fn from(field: Field) -> Self {
        field.path()
    }
}
