//! The domain's commands, built from settings: one function per cmdlet call the procedure needs.
//! Each follows one parameter set of the reference; user text only ever becomes `Value::Literal`.

use crate::powershell::{Command, Value};
use crate::procedure::settings::Settings;

/// Exchange / Exchange Online application ID.
pub const EXCHANGE_APP_ID: &str = "00000002-0000-0ff1-ce00-000000000000";
/// Skype for Business Online application ID (the OAuth service name).
pub const SFB_ONLINE_APP_ID: &str = "00000004-0000-0ff1-ce00-000000000000";
/// The online service principals server-to-server authentication alters (S10,
/// OfficeDocs-SkypeForBusiness `Skype/SfbServer/manage/authentication/configure-a-hybrid-environment.md`):
/// Skype for Business Online gets the certificate and the service principal names; Exchange Online
/// is only enabled. S10's "repeat the command … for Exchange" (a key on 00000002) is not followed:
/// Microsoft's CSS-Exchange `ConfigureExchangeHybridApplication.ps1` now removes such keys.
pub const ALTERED_APP_IDS: [&str; 2] = [SFB_ONLINE_APP_ID, EXCHANGE_APP_ID];

/// A pool's external web services FQDN as a service principal name of Skype for Business Online (S10).
pub fn web_services_spn(fqdn: &str) -> String {
    format!("{SFB_ONLINE_APP_ID}/{fqdn}")
}

/// The service principal names of every pool in the settings, in their order.
pub fn web_services_spns(settings: &Settings) -> Vec<String> {
    settings
        .environment
        .web_fqdns()
        .into_iter()
        .map(web_services_spn)
        .collect()
}

/// Step 1: the Access Edge federation settings, always in the DnsSrvRouting parameter set.
pub fn set_access_edge(settings: &Settings) -> Command {
    let edge = &settings.edge;
    Command::new("Set-CsAccessEdgeConfiguration")
        .flag("AllowOutsideUsers", edge.allow_outside_users)
        .flag("AllowFederatedUsers", edge.allow_federated_users)
        .flag("EnablePartnerDiscovery", edge.enable_partner_discovery)
        .switch("UseDnsSrvRouting")
}

/// Reads the Edge configuration for verification.
pub fn get_access_edge() -> Command {
    Command::new("Get-CsAccessEdgeConfiguration")
}

/// Finds existing providers that already use the ProxyFqdn.
pub fn find_provider_by_proxy(settings: &Settings) -> Command {
    Command::new("Get-CsHostingProvider")
        .pipe("Where-Object")
        .arg("Property", Value::Word("ProxyFqdn"))
        .switch("EQ")
        .text("Value", settings.proxy_fqdn())
}

/// Removes the providers found by [`find_provider_by_proxy`] (what Microsoft's procedure does first).
pub fn remove_provider_by_proxy(settings: &Settings) -> Command {
    find_provider_by_proxy(settings).pipe("Remove-CsHostingProvider")
}

/// Step 2: the hosting provider with a shared SIP address space.
pub fn new_hosting_provider(settings: &Settings) -> Command {
    let command = Command::new("New-CsHostingProvider")
        .text("Identity", &settings.hosting_provider.identity)
        .text("ProxyFqdn", settings.proxy_fqdn());
    with_provider_values(command, settings)
}

/// Step 2, update-in-place variant: corrects an existing provider (ProxyFqdn cannot change).
pub fn set_hosting_provider(settings: &Settings) -> Command {
    let command = Command::new("Set-CsHostingProvider")
        .arg("Identity", Value::Expression("$existing.Identity"));
    with_provider_values(command, settings)
}

/// The values every hybrid hosting provider has, whether created or corrected, in one place.
fn with_provider_values(command: Command, settings: &Settings) -> Command {
    command
        .flag("Enabled", true)
        .flag("EnabledSharedAddressSpace", true)
        .flag("HostsOCSUsers", true)
        .arg(
            "VerificationLevel",
            Value::Word(settings.hosting_provider.verification_level.as_str()),
        )
        .flag("IsLocal", false)
        .text("AutodiscoverUrl", settings.autodiscover_url())
}

/// Verification of step 2: every property, including those hidden by default, of the provider
/// found by its ProxyFqdn: with "update in place" an existing provider keeps its own identity.
pub fn get_hosting_provider(settings: &Settings) -> Command {
    find_provider_by_proxy(settings)
        .pipe("Select-Object")
        .arg("Property", Value::Word("*"))
}

/// Rollback of step 2.
pub fn remove_hosting_provider(settings: &Settings) -> Command {
    Command::new("Remove-CsHostingProvider").text("Identity", &settings.hosting_provider.identity)
}

/// Detects a public provider with the same identity (the duplicate-key error).
pub fn get_public_provider(settings: &Settings) -> Command {
    Command::new("Get-CsPublicProvider")
        .pipe("Where-Object")
        .arg("Property", Value::Word("Identity"))
        .switch("EQ")
        .text("Value", &settings.hosting_provider.identity)
}

/// The lines that open the tenant session, in order: always the MicrosoftTeams module. The
/// retired connector (New-CsOnlineSession, removed in MicrosoftTeams 2.0.0) is refused by
/// validation, never written.
pub fn connect_tenant(settings: &Settings) -> Vec<Command> {
    let profile = settings.cloud.profile();
    let upn = &settings.connection.admin_upn;
    let mut connect = Command::new("Connect-MicrosoftTeams");
    if !upn.is_empty() {
        connect = connect.text("AccountId", upn);
    }
    if let Some(env) = profile.teams_environment {
        connect = connect.arg("TeamsEnvironmentName", Value::Word(env.value));
    }
    vec![
        Command::new("Import-Module").arg("Name", Value::Word("MicrosoftTeams")),
        connect,
    ]
}

/// The connection lines of a change or rollback script: as [`connect_tenant`], but a `-WhatIf`
/// dry run still signs in, so that it can read what it would change. Connect-MicrosoftTeams.md
/// documents `-WhatIf` ("The cmdlet is not run"), and a script's `-WhatIf` reaches it.
pub fn connect_tenant_even_in_dry_run(settings: &Settings) -> Vec<Command> {
    connect_tenant(settings)
        .into_iter()
        .map(|command| {
            if command.cmdlet() == "Connect-MicrosoftTeams" {
                command.even_in_dry_run()
            } else {
                command
            }
        })
        .collect()
}

/// Closes the tenant session.
pub fn disconnect_tenant() -> Command {
    Command::new("Disconnect-MicrosoftTeams")
}

/// Step 3: the tenant's shared SIP address space.
pub fn set_tenant_shared_sip(settings: &Settings) -> Command {
    Command::new("Set-CsTenantFederationConfiguration").flag(
        "SharedSipAddressSpace",
        settings.tenant.shared_sip_address_space,
    )
}

/// Reads the tenant federation configuration.
pub fn get_tenant_federation() -> Command {
    Command::new("Get-CsTenantFederationConfiguration")
}

/// Rollback of step 3 (only once no user is homed online).
pub fn unset_tenant_shared_sip() -> Command {
    Command::new("Set-CsTenantFederationConfiguration").flag("SharedSipAddressSpace", false)
}

/// 21Vianet needs the environment configured once per machine before `Move-CsUser`.
pub fn set_teams_environment_config(settings: &Settings) -> Option<Command> {
    let profile = settings.cloud.profile();
    profile.needs_environment_config.then(|| {
        Command::new("Set-TeamsEnvironmentConfig").arg(
            "TeamsEnvironmentName",
            Value::Word(profile.teams_environment.map_or("TeamsChina", |e| e.value)),
        )
    })
}

/// Moves one pilot user to the cloud, to the ProxyFqdn of the hosting provider as configured on
/// premises (read into `$provider` first), never a value typed twice (Move-CsUser.md: -Target is the
/// hosting provider's ProxyFqdn).
pub fn move_user_online(user: &str) -> Command {
    Command::new("Move-CsUser")
        .text("Identity", user)
        .arg("Target", Value::Expression("$provider.ProxyFqdn"))
}

/// Reads the configured hosting provider, whose ProxyFqdn is the target of moves to the cloud
/// (Move-CsUser.md: -Target is the ProxyFqdn "obtained using Get-CsHostingProvider"). Found by its
/// ProxyFqdn, not by the identity in the form: "update in place" keeps the provider's own identity.
pub fn get_configured_provider(settings: &Settings) -> Command {
    find_provider_by_proxy(settings)
        .pipe("Select-Object")
        .arg("First", Value::Word("1"))
        .assign("provider")
}

/// Moves one user back on premises (rollback of a pilot move); `None` until the registrar pool is known.
pub fn move_user_back(settings: &Settings, user: &str) -> Option<Command> {
    let pool = &settings.environment.registrar_pool_fqdn;
    (!pool.is_empty()).then(|| {
        Command::new("Move-CsUser")
            .text("Identity", user)
            .text("Target", pool.as_str())
    })
}

/// Shows whether a user is synced to the tenant and homed on premises (`HostingProvider` is `SRV:`,
/// Teams/skype-for-business-online-retirement.md) and which plans are assigned.
pub fn get_online_user(user: &str) -> Command {
    Command::new("Get-CsOnlineUser")
        .text("Identity", user)
        .pipe("Select-Object")
        .arg(
            "Property",
            Value::Word("UserPrincipalName, SipAddress, HostingProvider, AssignedPlan"),
        )
}

/// Shows where a user is homed.
pub fn get_user(user: &str) -> Command {
    Command::new("Get-CsUser")
        .text("Identity", user)
        .pipe("Select-Object")
        .arg(
            "Property",
            Value::Word("SipAddress, RegistrarPool, HostingProvider"),
        )
}

/// Server-to-server: the OAuthTokenIssuer certificate must exist.
pub fn get_oauth_certificate() -> Command {
    Command::new("Get-CsCertificate").arg("Type", Value::Word("OAuthTokenIssuer"))
}

/// The ACS metadata URL with the tenant ID built in by the model (never `$` expansion).
pub fn acs_metadata_url(settings: &Settings) -> String {
    format!(
        "{}{}/metadata/json/1",
        settings.metadata_prefix(),
        settings.oauth.tenant_id
    )
}

/// Server-to-server: trust the Microsoft 365 authorization server.
pub fn new_oauth_server(settings: &Settings) -> Command {
    Command::new("New-CsOAuthServer")
        .text("Identity", "microsoft.sts")
        .text("MetadataUrl", acs_metadata_url(settings))
}

/// Server-to-server: Exchange Online as partner application.
pub fn new_partner_application() -> Command {
    Command::new("New-CsPartnerApplication")
        .text("Identity", "microsoft.exchange")
        .text("ApplicationIdentifier", EXCHANGE_APP_ID)
        .arg("ApplicationTrustLevel", Value::Word("Full"))
        .switch("UseOAuthServer")
}

/// Server-to-server: the OAuth service name of Skype for Business Online.
pub fn set_oauth_configuration() -> Command {
    Command::new("Set-CsOAuthConfiguration").text("ServiceName", SFB_ONLINE_APP_ID)
}

/// Signs in to Microsoft Graph in the cloud's environment, with the one scope the step needs.
pub fn connect_graph(settings: &Settings) -> Command {
    Command::new("Connect-MgGraph")
        .text("Scopes", "Application.ReadWrite.All")
        .arg(
            "Environment",
            Value::Word(settings.cloud.profile().graph_environment.value),
        )
}

/// Signs in to Microsoft Graph for a read-only script: reading service principals, their keys
/// included, needs only `Application.Read.All` (Microsoft Graph serviceprincipal-get.md).
pub fn connect_graph_read_only(settings: &Settings) -> Command {
    Command::new("Connect-MgGraph")
        .text("Scopes", "Application.Read.All")
        .arg(
            "Environment",
            Value::Word(settings.cloud.profile().graph_environment.value),
        )
}

/// Lists the keys of one online service principal, to verify the certificate is registered.
pub fn get_service_principal_keys(app_id: &str) -> Command {
    Command::new("Get-MgServicePrincipal")
        .text("Filter", format!("AppId eq '{app_id}'"))
        .pipe("Select-Object")
        .arg(
            "Property",
            Value::Word("AppId, AccountEnabled, ServicePrincipalNames, KeyCredentials"),
        )
}
