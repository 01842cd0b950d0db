//! The admin's choices: one versioned, serde-friendly value shared by the page, links, files and CLI.

use serde::{Deserialize, Serialize};

use crate::procedure::cloud::Cloud;

/// Bumped whenever a stored settings value would be read differently; older values get migrated.
pub const SCHEMA_VERSION: u32 = 2;

/// Default hosting provider identity, as in Microsoft's hybrid federation procedure.
pub const DEFAULT_PROVIDER_IDENTITY: &str = "SkypeforBusinessOnline";

/// Everything the builder needs to produce the scripts and the checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub schema_version: u32,
    pub cloud: Cloud,
    pub connection: Connection,
    pub edge: Edge,
    pub hosting_provider: HostingProvider,
    pub tenant: Tenant,
    pub environment: Environment,
    pub oauth: OAuth,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            schema_version: SCHEMA_VERSION,
            cloud: Cloud::default(),
            connection: Connection::default(),
            edge: Edge::default(),
            hosting_provider: HostingProvider::default(),
            tenant: Tenant::default(),
            environment: Environment::default(),
            oauth: OAuth::default(),
        }
    }
}

impl Settings {
    /// Defaults for a given cloud, for presets and the CLI's `defaults --cloud`.
    pub fn for_cloud(cloud: Cloud) -> Self {
        Settings {
            cloud,
            ..Settings::default()
        }
    }

    /// The ProxyFqdn the scripts use: the admin's override or the cloud's default. Spaces at its
    /// ends (a value pasted with a trailing space) are no part of a name: trimmed, not refused.
    pub fn proxy_fqdn(&self) -> &str {
        self.hosting_provider
            .proxy_fqdn
            .as_deref()
            .map_or(self.cloud.profile().proxy_fqdn.value, str::trim)
    }

    /// The OAuth metadata URL prefix the scripts use: the admin's own or the cloud's default.
    pub fn metadata_prefix(&self) -> &str {
        self.oauth
            .metadata_url_prefix
            .as_deref()
            .map_or(self.cloud.profile().acs_metadata_prefix.value, str::trim)
    }

    /// The AutodiscoverUrl the scripts use: the admin's override or the cloud's default.
    pub fn autodiscover_url(&self) -> &str {
        self.hosting_provider
            .autodiscover_url
            .as_deref()
            .map_or(self.cloud.profile().autodiscover_url.value, str::trim)
    }
}

/// How the online script signs in to the tenant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConnectionMethod {
    /// `Connect-MicrosoftTeams` from the MicrosoftTeams module: the supported way.
    #[default]
    TeamsModule,
    /// The Skype for Business Online Connector (`New-CsOnlineSession`): retired, kept for old runbooks.
    LegacyConnector,
}

/// Tenant connection choices.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Connection {
    pub method: ConnectionMethod,
    /// Optional admin account; empty means the script prompts (works with MFA).
    pub admin_upn: String,
    /// The tenant's `<name>.onmicrosoft.com` domain: the retired connector needs it in hybrid
    /// (`New-CsOnlineSession -OverrideAdminDomain`, SupportArticles cant-connect-to-sfb-remote-powershell).
    pub override_admin_domain: String,
}

/// How the Edge routes federation traffic today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EdgeRouting {
    /// DNS SRV routing: what hybrid needs.
    #[default]
    DnsSrv,
    /// A default route to a clearing house: incompatible with hosting providers.
    DefaultRoute,
}

/// Step 1: the Access Edge configuration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Edge {
    pub allow_outside_users: bool,
    pub allow_federated_users: bool,
    pub enable_partner_discovery: bool,
    pub routing: EdgeRouting,
}

impl Default for Edge {
    fn default() -> Self {
        Edge {
            allow_outside_users: true,
            allow_federated_users: true,
            enable_partner_discovery: true,
            routing: EdgeRouting::DnsSrv,
        }
    }
}

/// `-VerificationLevel` of the hosting provider.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VerificationLevel {
    #[default]
    UseSourceVerification,
    AlwaysVerifiable,
    AlwaysUnverifiable,
}

impl VerificationLevel {
    /// Every value, in the order the form offers them.
    pub const ALL: [VerificationLevel; 3] = [
        VerificationLevel::UseSourceVerification,
        VerificationLevel::AlwaysVerifiable,
        VerificationLevel::AlwaysUnverifiable,
    ];

    /// The enum name PowerShell binds (also its settings-file name).
    pub fn as_str(self) -> &'static str {
        crate::procedure::vocabulary::Choice::name(self)
    }
}

/// What the on-premises script does when a provider for the same ProxyFqdn already exists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExistingProvider {
    /// Remove it, then create it anew: what Microsoft's procedure does.
    #[default]
    Replace,
    /// Keep it and correct its settings with `Set-CsHostingProvider`.
    UpdateInPlace,
    /// Stop the script and let the admin decide.
    Stop,
}

/// Step 2: the on-premises hosting provider for Microsoft 365.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HostingProvider {
    pub identity: String,
    /// `None` uses the cloud's default.
    pub proxy_fqdn: Option<String>,
    /// `None` uses the cloud's default.
    pub autodiscover_url: Option<String>,
    pub verification_level: VerificationLevel,
    pub existing: ExistingProvider,
    /// The cloud default ProxyFqdn the admin confirmed, when Microsoft does not document it: a
    /// confirmation holds only for the value it was given for, so a cloud change asks again.
    pub proxy_fqdn_confirmed: String,
    /// The day (YYYY-MM-DD) the admin confirmed it; empty when not known.
    pub proxy_fqdn_confirmed_on: String,
    /// The cloud default AutodiscoverUrl the admin confirmed (see `proxy_fqdn_confirmed`).
    pub autodiscover_url_confirmed: String,
    /// The day the admin confirmed it.
    pub autodiscover_url_confirmed_on: String,
}

impl Default for HostingProvider {
    fn default() -> Self {
        HostingProvider {
            identity: DEFAULT_PROVIDER_IDENTITY.to_owned(),
            proxy_fqdn: None,
            autodiscover_url: None,
            verification_level: VerificationLevel::default(),
            existing: ExistingProvider::default(),
            proxy_fqdn_confirmed: String::new(),
            proxy_fqdn_confirmed_on: String::new(),
            autodiscover_url_confirmed: String::new(),
            autodiscover_url_confirmed_on: String::new(),
        }
    }
}

/// The tenant's federation mode, which must match the on-premises partner discovery setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FederationMode {
    /// Open federation: any domain not blocked.
    #[default]
    Open,
    /// Only the domains on the allowed list.
    AllowList,
}

/// Step 3: the tenant side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tenant {
    pub shared_sip_address_space: bool,
    pub federation_mode: FederationMode,
}

impl Default for Tenant {
    fn default() -> Self {
        Tenant {
            shared_sip_address_space: true,
            federation_mode: FederationMode::Open,
        }
    }
}

/// Facts about the deployment that shape the checklist and the pilot moves.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Environment {
    pub sip_domains: Vec<String>,
    /// The Access Edge external FQDN, e.g. `sip.contoso.com`.
    pub edge_external_fqdn: String,
    /// The registrar pool users return to when a move is rolled back.
    pub registrar_pool_fqdn: String,
    /// Users to move first, each a UPN or a `sip:` address, used in the form given.
    pub pilot_users: Vec<String>,
    /// The external web services FQDN of every pool (`Get-CsService -WebServer`): server-to-server
    /// authentication registers each as a service principal name (S10).
    pub web_services_fqdns: Vec<String>,
    /// The reverse proxy's external FQDN that publishes web services: `lyncdiscover` and the simple
    /// URLs point to it while hybrid is active (S3). May equal a pool's external web services FQDN.
    pub reverse_proxy_fqdn: String,
}

impl Environment {
    /// The SIP domains that are filled in: the page keeps blank lines the admin is still typing.
    pub fn domains(&self) -> Vec<&str> {
        listed(&self.sip_domains)
    }

    /// The pilot users that are filled in.
    pub fn pilots(&self) -> Vec<&str> {
        listed(&self.pilot_users)
    }

    /// Whether any pilot user is filled in, without collecting thousands to find out.
    pub fn has_pilots(&self) -> bool {
        filled(&self.pilot_users).next().is_some()
    }

    /// The pools' external web services FQDNs that are filled in.
    pub fn web_fqdns(&self) -> Vec<&str> {
        listed(&self.web_services_fqdns)
    }
}

/// Entries of a list field that are not blank.
fn listed(items: &[String]) -> Vec<&str> {
    filled(items).collect()
}

/// The entries of a list field that are not blank, as they come.
pub fn filled(items: &[String]) -> impl Iterator<Item = &str> {
    items
        .iter()
        .map(String::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// Which module registers the certificate on the online service principals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServicePrincipalTool {
    /// Microsoft Graph PowerShell: the current way.
    #[default]
    Graph,
    /// MSOnline: deprecated, kept for old runbooks.
    MsOnline,
}

/// Optional server-to-server (OAuth) authentication for Exchange/SharePoint integration.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OAuth {
    pub enabled: bool,
    /// The tenant ID (GUID); the realm of the Microsoft 365 authorization server.
    pub tenant_id: String,
    pub service_principal_tool: ServicePrincipalTool,
    /// Path of the exported OAuthTokenIssuer certificate (.cer) on the admin workstation.
    pub certificate_path: String,
    /// The admin's own metadata URL prefix (`…/` before the tenant id); `None` uses the cloud's.
    pub metadata_url_prefix: Option<String>,
    /// The metadata URL prefix the admin confirmed where Microsoft does not document it for the cloud.
    pub metadata_url_confirmed: String,
    /// The day the admin confirmed it.
    pub metadata_url_confirmed_on: String,
}
