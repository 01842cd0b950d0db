//! The to-do of each known finding in the admin's language: the scripts print their to-do in
//! English (consoles, support cases and search work in English), and the reader puts a keyed
//! sentence of the same meaning in its place. A to-do is known by its check id, its status and
//! the exact English text the script printed, so a changed script never gets an old translation:
//! an unknown to-do is shown as the script printed it. `tests/all/finding_todos.rs` reads every
//! `Add-Check` of every generated read-only script and fails on one this table lacks.

use super::Status::{self, Fail, Pass, Warn};
use crate::i18n::Msg;
use crate::report::text as t;

/// One to-do a script prints.
pub struct KnownTodo {
    /// The check id, or `None` for the to-do every guarded check prints when a cmdlet failed.
    pub id: Option<&'static str>,
    /// The statuses it is printed with.
    pub statuses: &'static [Status],
    /// The English text exactly as the script prints it.
    pub script: &'static str,
    /// The same to-do, keyed.
    pub message: Msg,
}

const fn todo(
    id: &'static str,
    statuses: &'static [Status],
    script: &'static str,
    message: Msg,
) -> KnownTodo {
    KnownTodo {
        id: Some(id),
        statuses,
        script,
        message,
    }
}

/// Every to-do the read-only scripts print.
pub const KNOWN_TODOS: &[KnownTodo] = &[
    KnownTodo {
        id: None,
        statuses: &[Warn],
        script: "Check that this shell has the rights and modules the check needs, then run the script again.",
        message: t::TODO_COULD_NOT_READ,
    },
    todo(
        "server-build",
        &[Warn],
        "Read the build with Get-CsServerPatchVersion and compare it with the minimum builds in the checklist.",
        t::TODO_SERVER_BUILD_UNREAD,
    ),
    todo(
        "server-build",
        &[Fail],
        "Install at least Skype for Business Server 2019 CU6 (7.0.2046.385) or 2015 CU12 (6.0.9319.619) before the window.",
        t::TODO_SERVER_BUILD_BELOW_MINIMUM,
    ),
    todo(
        "server-build",
        &[Warn],
        "Moves work with MicrosoftTeams 7.1 or earlier only: no fix is named for 2015 (office-docs-powershell pull request 13690).",
        t::TODO_SERVER_BUILD_2015,
    ),
    todo(
        "server-product",
        &[Warn],
        "Skype for Business Server 2015 and 2019 left extended support on 14 October 2025 (as press reports of Microsoft lifecycle announcement, July 2025, say); Lync Server 2013 left it earlier. Plan Subscription Edition or the move of every user to Teams.",
        t::TODO_SERVER_PRODUCT_OUT_OF_SUPPORT,
    ),
    todo(
        "server-product",
        &[Warn],
        "The product name could not be read here: check it in Programs and Features.",
        t::TODO_SERVER_PRODUCT_UNREAD,
    ),
    todo(
        "hybrid-application-build",
        &[Warn],
        "Read it with Get-CsServerPatchVersion and compare it with the August 2025 hotfix of your version.",
        t::TODO_HYBRID_APPLICATION_BUILD_UNREAD,
    ),
    todo(
        "hybrid-application-build",
        &[Warn],
        "Exchange Online integration needs the August 2025 hotfix of your version (Subscription Edition KB5065372, 2019 KB4470124, 2015 KB3061064) and its dedicated hybrid application: follow that KB.",
        t::TODO_HYBRID_APPLICATION_BUILD_BELOW,
    ),
    todo(
        "teams-module",
        &[Fail],
        "Install MicrosoftTeams 7.1.0 (Install-Module MicrosoftTeams -RequiredVersion 7.1.0), or a later version only with build 7.0.2046.849 or later.",
        t::TODO_TEAMS_MODULE_MISSING,
    ),
    todo(
        "teams-module",
        &[Fail],
        "Move-CsUser needs 6.2.1 or later: install 7.1.0.",
        t::TODO_TEAMS_MODULE_TOO_OLD,
    ),
    todo(
        "teams-module",
        &[Fail],
        "Versions after 7.1 break Move-CsUser before build 7.0.2046.849 (KB5090660): update the server or install 7.1.0.",
        t::TODO_TEAMS_MODULE_TOO_NEW,
    ),
    todo(
        "tls12",
        &[Warn],
        "Move-CsUser needs TLS 1.2: enable it for .NET on this server before the moves (the change script also asks for it in its own session).",
        t::TODO_TLS12,
    ),
    todo(
        "cms-replication",
        &[Warn],
        "Wait for replication or fix it before the window; changes reach the Edge only through replication.",
        t::TODO_CMS_REPLICATION,
    ),
    todo(
        "sip-domains",
        &[Fail],
        "Add the SIP domain to the topology, or remove it from the settings in Hybrid Builder.",
        t::TODO_SIP_DOMAINS_MISSING,
    ),
    todo(
        "sip-domains",
        &[Warn],
        "List every SIP domain in Hybrid Builder: DNS, certificates and the tenant need all of them.",
        t::TODO_SIP_DOMAINS_EXTRA,
    ),
    todo(
        "edge-pools",
        &[Fail],
        "Hybrid needs an Edge Server deployed with federation.",
        t::TODO_EDGE_POOLS_NONE,
    ),
    todo(
        "edge-pools",
        &[Warn],
        "Only one Edge pool may be the federation Edge: check the federation route in the topology.",
        t::TODO_EDGE_POOLS_SEVERAL,
    ),
    todo(
        "web-services",
        &[Warn],
        "Use the pools external web services FQDNs found here in Hybrid Builder.",
        t::TODO_WEB_SERVICES,
    ),
    todo(
        "access-edge",
        &[Warn],
        "The change script switches to DNS SRV routing; federation through the default route (clearing house) stops. Plan it with your federation partners.",
        t::TODO_ACCESS_EDGE_DEFAULT_ROUTE,
    ),
    todo(
        "access-edge",
        &[Warn],
        "The change script allows them (Step 1).",
        t::TODO_ACCESS_EDGE_FEDERATED_OFF,
    ),
    todo(
        "hosting-providers",
        &[Fail],
        "Choose another identity in Hybrid Builder, or remove the public provider.",
        t::TODO_HOSTING_PROVIDERS_PUBLIC,
    ),
    todo(
        "hosting-providers",
        &[Fail],
        "Choose another identity in Hybrid Builder, or remove that provider.",
        t::TODO_HOSTING_PROVIDERS_SAME_NAME,
    ),
    todo(
        "hosting-providers",
        &[Warn],
        "The change script handles it as chosen under If a provider for this ProxyFqdn already exists; see What will change.",
        t::TODO_HOSTING_PROVIDERS_SAME_PROXY,
    ),
    todo(
        "federation-lists",
        &[Pass],
        "Compare with the tenant lists in the online report.",
        t::TODO_FEDERATION_LISTS,
    ),
    todo(
        "oauth-certificate",
        &[Fail, Warn],
        "Assign one (Set-CsCertificate -Identity global -Type OAuthTokenIssuer) before server-to-server authentication.",
        t::TODO_OAUTH_CERTIFICATE_MISSING,
    ),
    todo(
        "oauth-certificate",
        &[Fail],
        "Renew the OAuthTokenIssuer certificate before the window.",
        t::TODO_OAUTH_CERTIFICATE_EXPIRED,
    ),
    todo(
        "oauth-certificate",
        &[Warn],
        "Plan the renewal (Set-CsCertificate -Roll) soon.",
        t::TODO_OAUTH_CERTIFICATE_EXPIRING,
    ),
    todo(
        "oauth-certificate",
        &[Fail],
        "Use a certificate with a 2048-bit or larger key.",
        t::TODO_OAUTH_CERTIFICATE_KEY_SIZE,
    ),
    todo(
        "dns",
        &[Warn],
        "Point every record of every SIP domain on premises while hybrid is active (see DNS in the checklist); run again with -PublicDnsServer for the view from the internet.",
        t::TODO_DNS,
    ),
    todo(
        "tenant-domains",
        &[Fail],
        "Add and verify the domain in the tenant before the window.",
        t::TODO_TENANT_DOMAINS_MISSING,
    ),
    todo(
        "tenant-domains",
        &[Fail],
        "Users of a disabled SIP domain are not provisioned (Get-CsOnlineSipDomain.md): enable the domain before the window.",
        t::TODO_TENANT_DOMAINS_DISABLED,
    ),
    todo(
        "tenant-federation",
        &[Fail],
        "Turn external access on (Set-CsTenantFederationConfiguration -AllowFederatedUsers $true) before the window.",
        t::TODO_TENANT_FEDERATION,
    ),
    todo(
        "exchange-principal-keys",
        &[Warn],
        "Microsoft CSS-Exchange ConfigureExchangeHybridApplication.ps1 removes them: -ResetFirstPartyServicePrincipalKeyCredentials (every key), with -CertificateInformation <thumbprint> (that key and every expired one). Run it once Exchange hybrid uses its dedicated application.",
        t::TODO_EXCHANGE_PRINCIPAL_KEYS,
    ),
    todo(
        "coexistence",
        &[Fail],
        "Set the tenant-wide mode back (Microsoft Support may be needed) before moving users from on premises.",
        t::TODO_COEXISTENCE_TEAMS_ONLY,
    ),
    todo(
        "coexistence",
        &[Warn],
        "Check in the Teams admin center that the org-wide coexistence mode is not Teams only.",
        t::TODO_COEXISTENCE_UNREAD,
    ),
    todo(
        "pilot-user",
        &[Fail],
        "Wait for directory sync, or check that the user is homed on premises.",
        t::TODO_PILOT_USER_NOT_SYNCED,
    ),
    todo(
        "pilot-user",
        &[Fail],
        "Assign Teams and Skype for Business Online (Plan 2), plus Audio Conferencing or Teams Phone if the user uses them on premises.",
        t::TODO_PILOT_USER_LICENCES,
    ),
    todo(
        "verify-access-edge",
        &[Fail],
        "Run the on-premises change script again and read its output.",
        t::TODO_VERIFY_ACCESS_EDGE,
    ),
    todo(
        "verify-hosting-provider",
        &[Fail],
        "Run the on-premises change script again; compare Get-CsHostingProvider with the checklist.",
        t::TODO_VERIFY_HOSTING_PROVIDER,
    ),
    todo(
        "verify-oauth",
        &[Fail],
        "Run the on-premises change script again with server-to-server authentication.",
        t::TODO_VERIFY_OAUTH,
    ),
    todo(
        "verify-federated-partner",
        &[Warn],
        "Run again with -PartnerDomain <a federated partner domain on the allowed list>.",
        t::TODO_VERIFY_FEDERATED_PARTNER_NO_DOMAIN,
    ),
    todo(
        "verify-federated-partner",
        &[Warn],
        "Run again with -EdgePoolFqdn <the Edge pool that is the federation route>.",
        t::TODO_VERIFY_FEDERATED_PARTNER_SEVERAL_EDGES,
    ),
    todo(
        "verify-federated-partner",
        &[Warn],
        "Check DNS, the Edge certificate and the firewall of the federation Edge (see DNS in the checklist).",
        t::TODO_VERIFY_FEDERATED_PARTNER_FAILED,
    ),
    todo(
        "verify-pilot-homed",
        &[Fail],
        "The user is still on premises: run the moves (-MovePilotUsers -ReadinessFile) and read their output.",
        t::TODO_VERIFY_PILOT_HOMED,
    ),
    todo(
        "verify-tenant",
        &[Fail],
        "Run the online change script again and read its output.",
        t::TODO_VERIFY_TENANT,
    ),
    todo(
        "verify-service-principals",
        &[Fail],
        "Run the online change script again with server-to-server authentication.",
        t::TODO_VERIFY_SERVICE_PRINCIPALS,
    ),
    todo(
        "verify-pilot-online",
        &[Fail],
        "The move has not reached the tenant yet: wait for replication and run the verification again.",
        t::TODO_VERIFY_PILOT_ONLINE,
    ),
];

/// The known to-do a script printed for this check and status, if it is one.
pub fn known(id: &str, status: Status, script: &str) -> Option<&'static KnownTodo> {
    let script = script.trim();
    KNOWN_TODOS.iter().find(|k| {
        k.id.is_none_or(|i| i == id) && k.statuses.contains(&status) && k.script == script
    })
}
