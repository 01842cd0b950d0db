//! Every rule the settings must satisfy, as issues with stable codes tied to fields.

use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use crate::input::syntax;
use crate::procedure::cloud::Cloud;
use crate::procedure::confirmation::{Confirmable, Standing};
use crate::procedure::field::Field;
use crate::procedure::settings::{
    ConnectionMethod, EdgeRouting, FederationMode, ServicePrincipalTool, Settings,
    VerificationLevel, filled,
};
use crate::procedure::validation_text as text;

/// Errors stop the scripts from being offered; warnings are shown but do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Error,
    Warning,
}

/// A stable identifier for each rule, so docs, tests and support tickets can name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "&'static str")]
pub enum Code {
    InvalidFqdn,
    InvalidUrl,
    InvalidUpn,
    InvalidIdentity,
    InvalidGuid,
    InvalidPath,
    InvalidDate,
    /// A placeholder of `crate::handover::redact`: raised by `redact::with_placeholder_errors`, which the page
    /// calls while a link's marker stands and the CLI always, never by `validate` itself.
    PlaceholderName,
    FederatedUsersRequired,
    DefaultRouteUnsupported,
    PartnerDiscoveryOff,
    OutsideUsersOff,
    ProxyFqdnOtherCloud,
    ProxyFqdnUnknown,
    AutodiscoverOtherCloud,
    AutodiscoverUnknown,
    VerificationLevelNotSource,
    SharedSipRequired,
    FederationModeMismatch,
    DuplicateSipDomain,
    OnMicrosoftSipDomain,
    NoSipDomains,
    EdgeOutsideSipDomains,
    DuplicatePilotUser,
    PilotOutsideSipDomains,
    LegacyConnectorRetired,
    MsOnlineRetired,
    ConfirmationRequired,
    WebServicesFqdnsMissing,
    ReverseProxyMissing,
    RegistrarPoolMissing,
    TooManyEntries,
}

impl Code {
    /// The code as printed and documented, e.g. `HB201`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidFqdn => "HB101",
            Code::InvalidUrl => "HB102",
            Code::InvalidUpn => "HB103",
            Code::InvalidIdentity => "HB104",
            Code::InvalidGuid => "HB105",
            Code::InvalidPath => "HB106",
            Code::InvalidDate => "HB107",
            Code::PlaceholderName => "HB108",
            Code::FederatedUsersRequired => "HB201",
            Code::DefaultRouteUnsupported => "HB202",
            Code::PartnerDiscoveryOff => "HB203",
            Code::OutsideUsersOff => "HB204",
            Code::ProxyFqdnOtherCloud => "HB301",
            Code::ProxyFqdnUnknown => "HB302",
            Code::AutodiscoverOtherCloud => "HB303",
            Code::AutodiscoverUnknown => "HB304",
            Code::VerificationLevelNotSource => "HB305",
            Code::SharedSipRequired => "HB401",
            Code::FederationModeMismatch => "HB402",
            Code::DuplicateSipDomain => "HB501",
            Code::OnMicrosoftSipDomain => "HB502",
            Code::NoSipDomains => "HB503",
            Code::EdgeOutsideSipDomains => "HB504",
            Code::DuplicatePilotUser => "HB505",
            Code::PilotOutsideSipDomains => "HB506",
            Code::LegacyConnectorRetired => "HB601",
            Code::MsOnlineRetired => "HB605",
            Code::ConfirmationRequired => "HB703",
            Code::WebServicesFqdnsMissing => "HB507",
            Code::ReverseProxyMissing => "HB508",
            Code::RegistrarPoolMissing => "HB509",
            Code::TooManyEntries => "HB510",
        }
    }
}

impl From<Code> for &'static str {
    fn from(code: Code) -> Self {
        code.as_str()
    }
}

/// One finding: what is wrong, where, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Issue {
    pub code: Code,
    pub severity: Severity,
    pub field: Field,
    pub message: String,
}

/// The outcome of validation: issues in form order, errors before warnings within a field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub issues: Vec<Issue>,
}

impl Report {
    /// Whether any error blocks the scripts.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// The errors that make one output unsafe to copy or download.
    pub fn blocking(
        &self,
        output: crate::procedure::field::Output,
    ) -> impl Iterator<Item = &Issue> {
        self.errors().filter(move |i| i.field.affects(output))
    }

    /// The blocking issues.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }

    /// The non-blocking issues.
    pub fn warnings(&self) -> impl Iterator<Item = &Issue> {
        self.issues
            .iter()
            .filter(|i| i.severity == Severity::Warning)
    }

    /// The issues of one field, for the message under it.
    pub fn for_field(&self, field: Field) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(move |i| i.field == field)
    }

    fn error(&mut self, code: Code, field: Field, message: String) {
        self.push(code, Severity::Error, field, message);
    }

    fn warning(&mut self, code: Code, field: Field, message: String) {
        self.push(code, Severity::Warning, field, message);
    }

    fn push(&mut self, code: Code, severity: Severity, field: Field, message: String) {
        self.issues.push(Issue {
            code,
            severity,
            field,
            message,
        });
    }
}

/// The most pilot users a script carries inline: the largest list the page was measured with
/// (README, Performance). A larger group belongs in a bulk move file (`Move-CsUser -UserList`).
pub const MAX_PILOT_USERS: usize = 2_000;
/// The most SIP domains taken: the Edge certificate names each, and public certificates rarely
/// carry more names.
pub const MAX_SIP_DOMAINS: usize = 250;
/// The most web services FQDNs taken: one per pool, far more pools than any deployment has.
pub const MAX_WEB_SERVICES_FQDNS: usize = 100;

/// Checks every field and every cross-field rule; never panics, whatever the input.
pub fn validate(settings: &Settings) -> Report {
    let env = &settings.environment;
    validate_with(settings, pilot_issues(&env.pilot_users, &env.sip_domains))
}

/// The pilot users' issues, the one check that grows with a list of thousands: kept apart so
/// that a page checks the list again only when it or the SIP domains change, not on every
/// keystroke in another field. Made by [`pilot_issues`] alone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PilotIssues(Vec<Issue>);

/// [`validate`], given the pilot users' issues: `pilots` must be [`pilot_issues`] of the same
/// settings' pilot users and SIP domains.
pub fn validate_with(settings: &Settings, pilots: PilotIssues) -> Report {
    let mut report = Report::default();
    connection(settings, &mut report);
    edge(settings, &mut report);
    hosting_provider(settings, &mut report);
    tenant(settings, &mut report);
    environment(settings, &mut report);
    // Only these issues are the pilot users' field's: the sort below puts them in their place.
    report.issues.extend(pilots.0);
    oauth(settings, &mut report);
    confirmation_days(settings, &mut report);
    report
        .issues
        .sort_by_key(|issue| (issue.field, issue.severity));
    report
}

fn connection(settings: &Settings, report: &mut Report) {
    let connection = &settings.connection;
    // Refused, not warned: New-CsOnlineSession was removed in MicrosoftTeams 2.0.0, so no script
    // of this builder signs in with it. A file or link that still chooses it opens with this
    // message and everything else it holds.
    if connection.method == ConnectionMethod::LegacyConnector {
        report.error(
            Code::LegacyConnectorRetired,
            Field::ConnectionMethod,
            text::LEGACY_CONNECTOR_RETIRED.to_string(),
        );
    }
    if !connection.admin_upn.is_empty()
        && let Some(flaw) = syntax::upn(&connection.admin_upn)
    {
        report.error(
            Code::InvalidUpn,
            Field::AdminUpn,
            text::upn_flaw(text::SUBJECT_ADMIN_ACCOUNT.text(), flaw),
        );
    }
}

fn edge(settings: &Settings, report: &mut Report) {
    let edge = &settings.edge;
    if !edge.allow_federated_users {
        report.error(
            Code::FederatedUsersRequired,
            Field::AllowFederatedUsers,
            text::FEDERATED_USERS_REQUIRED.to_string(),
        );
    }
    if !edge.allow_outside_users {
        report.warning(
            Code::OutsideUsersOff,
            Field::AllowOutsideUsers,
            text::OUTSIDE_USERS_OFF.to_string(),
        );
    }
    if edge.routing == EdgeRouting::DefaultRoute {
        // A fact about the deployment, not a mistake to fix by misstating it: the scripts switch
        // the Edge to DNS SRV routing and the checklist adds what leaving a default route needs.
        report.warning(
            Code::DefaultRouteUnsupported,
            Field::EdgeRouting,
            text::DEFAULT_ROUTE_UNSUPPORTED.to_string(),
        );
    }
    if !edge.enable_partner_discovery {
        report.warning(
            Code::PartnerDiscoveryOff,
            Field::EnablePartnerDiscovery,
            text::PARTNER_DISCOVERY_OFF.to_string(),
        );
    }
}

fn hosting_provider(settings: &Settings, report: &mut Report) {
    let provider = &settings.hosting_provider;
    if let Some(flaw) = syntax::identity(&provider.identity) {
        report.error(
            Code::InvalidIdentity,
            Field::ProviderIdentity,
            text::identity_flaw(flaw),
        );
    }

    // Microsoft's procedure (S1) creates the provider with UseSourceVerification.
    if provider.verification_level != VerificationLevel::UseSourceVerification {
        report.warning(
            Code::VerificationLevelNotSource,
            Field::VerificationLevel,
            text::VERIFICATION_LEVEL_NOT_SOURCE.to_string(),
        );
    }

    let cloud = settings.cloud;
    let profile = cloud.profile();
    let proxy = settings.proxy_fqdn();
    if let Some(flaw) = syntax::fqdn(proxy) {
        report.error(
            Code::InvalidFqdn,
            Field::ProxyFqdn,
            text::fqdn_flaw(text::SUBJECT_PROXY_FQDN.text(), flaw),
        );
    } else if !proxy.eq_ignore_ascii_case(profile.proxy_fqdn.value) {
        match other_cloud(|c| c.profile().proxy_fqdn.value.eq_ignore_ascii_case(proxy)) {
            Some(owner) => report.error(
                Code::ProxyFqdnOtherCloud,
                Field::ProxyFqdn,
                text::belongs_to_other_cloud("ProxyFqdn", owner, cloud, profile.proxy_fqdn.value),
            ),
            None => report.warning(
                Code::ProxyFqdnUnknown,
                Field::ProxyFqdn,
                text::unknown_endpoint("ProxyFqdn", cloud, profile.proxy_fqdn.value),
            ),
        }
    }

    let url = settings.autodiscover_url();
    if let Some(flaw) = syntax::https_url(url) {
        report.error(
            Code::InvalidUrl,
            Field::AutodiscoverUrl,
            text::url_flaw(text::SUBJECT_AUTODISCOVER.text(), flaw),
        );
    } else if !url.eq_ignore_ascii_case(profile.autodiscover_url.value) {
        let host = syntax::url_host(url).unwrap_or_default();
        let owner = other_cloud(|c| {
            syntax::url_host(c.profile().autodiscover_url.value).as_deref() == Some(host.as_str())
        });
        match owner {
            Some(owner) if owner != cloud => report.error(
                Code::AutodiscoverOtherCloud,
                Field::AutodiscoverUrl,
                text::belongs_to_other_cloud(
                    "AutodiscoverUrl",
                    owner,
                    cloud,
                    profile.autodiscover_url.value,
                ),
            ),
            _ => report.warning(
                Code::AutodiscoverUnknown,
                Field::AutodiscoverUrl,
                text::unknown_endpoint("AutodiscoverUrl", cloud, profile.autodiscover_url.value),
            ),
        }
    }

    for value in [Confirmable::ProxyFqdn, Confirmable::AutodiscoverUrl] {
        needs_confirmation(settings, value, report);
    }
}

/// A confirmation's day is shown in the scripts and documents: a date, or nothing.
fn confirmation_days(settings: &Settings, report: &mut Report) {
    for value in Confirmable::ALL {
        let field = value.confirmed_on_field();
        if let crate::procedure::vocabulary::FieldValue::Text(day) = field.get(settings)
            && !day.is_empty()
            && !syntax::is_date(&day)
        {
            report.error(Code::InvalidDate, field, text::DATE_FLAW.to_string());
        }
    }
}

/// One rule for every cloud and value: a value Microsoft does not document for the cloud blocks
/// the scripts that use it until the admin confirms that exact value or types their own; said
/// once, at the tick below the field.
fn needs_confirmation(settings: &Settings, value: Confirmable, report: &mut Report) {
    if let Standing::Unconfirmed(sourced) = value.standing(settings) {
        report.error(
            Code::ConfirmationRequired,
            value.confirmed_field(),
            text::confirmation_required(sourced),
        );
    }
}

/// Whether the admin confirmed every cloud value the scripts use that Microsoft does not document
/// for the cloud (the gate on sovereign clouds' outputs).
pub fn unconfirmed_values(settings: &Settings) -> Vec<Field> {
    validate(settings)
        .issues
        .into_iter()
        .filter(|i| i.code == Code::ConfirmationRequired)
        .map(|i| i.field)
        .collect()
}

/// The cloud, other than the one whose defaults match anyway, that owns a value.
fn other_cloud(owns: impl Fn(Cloud) -> bool) -> Option<Cloud> {
    Cloud::ALL.into_iter().find(|&c| owns(c))
}

fn tenant(settings: &Settings, report: &mut Report) {
    if !settings.tenant.shared_sip_address_space {
        report.error(
            Code::SharedSipRequired,
            Field::SharedSipAddressSpace,
            text::SHARED_SIP_REQUIRED.to_string(),
        );
    }
    let discovery = settings.edge.enable_partner_discovery;
    let mode = settings.tenant.federation_mode;
    let mismatch = match (discovery, mode) {
        (true, FederationMode::AllowList) => Some(text::DISCOVERY_ON_TENANT_CLOSED),
        (false, FederationMode::Open) => Some(text::DISCOVERY_OFF_TENANT_OPEN),
        _ => None,
    };
    if let Some(message) = mismatch {
        report.error(
            Code::FederationModeMismatch,
            Field::FederationMode,
            message.to_string(),
        );
    }
}

/// The entries of a list to check one by one, or none when the list is longer than the outputs
/// carry: that is one error, not one message per entry of a list of a million lines.
fn within_limit<'a>(
    report: &mut Report,
    field: Field,
    entries: Vec<&'a str>,
    max: usize,
    message: fn(usize, usize) -> String,
) -> Vec<&'a str> {
    if entries.len() <= max {
        return entries;
    }
    report.error(Code::TooManyEntries, field, message(entries.len(), max));
    Vec::new()
}

fn environment(settings: &Settings, report: &mut Report) {
    let env = &settings.environment;
    let sip_domains = within_limit(
        report,
        Field::SipDomains,
        env.domains(),
        MAX_SIP_DOMAINS,
        text::too_many_sip_domains,
    );
    let mut seen = HashSet::new();
    for &domain in &sip_domains {
        if let Some(flaw) = syntax::fqdn(domain) {
            report.error(
                Code::InvalidFqdn,
                Field::SipDomains,
                text::fqdn_flaw(&text::sip_domain_subject(domain), flaw),
            );
        } else if !seen.insert(NoCase(domain)) {
            report.error(
                Code::DuplicateSipDomain,
                Field::SipDomains,
                text::duplicate(&text::sip_domain_subject(domain)),
            );
        } else if syntax::is_within(domain, "onmicrosoft.com") {
            report.warning(
                Code::OnMicrosoftSipDomain,
                Field::SipDomains,
                text::onmicrosoft_domain(domain),
            );
        }
    }
    if env.domains().is_empty() {
        report.warning(
            Code::NoSipDomains,
            Field::SipDomains,
            text::NO_SIP_DOMAINS.to_string(),
        );
    }
    let valid_domains = valid_sip_domains(&env.sip_domains);

    if !env.edge_external_fqdn.is_empty() {
        if let Some(flaw) = syntax::fqdn(&env.edge_external_fqdn) {
            report.error(
                Code::InvalidFqdn,
                Field::EdgeExternalFqdn,
                text::fqdn_flaw(text::SUBJECT_EDGE_FQDN.text(), flaw),
            );
        } else if !valid_domains.is_empty()
            && !valid_domains
                .iter()
                .any(|d| syntax::is_within(&env.edge_external_fqdn, d))
        {
            report.warning(
                Code::EdgeOutsideSipDomains,
                Field::EdgeExternalFqdn,
                text::EDGE_OUTSIDE_SIP_DOMAINS.to_string(),
            );
        }
    }
    if !env.registrar_pool_fqdn.is_empty()
        && let Some(flaw) = syntax::fqdn(&env.registrar_pool_fqdn)
    {
        report.error(
            Code::InvalidFqdn,
            Field::RegistrarPoolFqdn,
            text::fqdn_flaw(text::SUBJECT_REGISTRAR.text(), flaw),
        );
    }

    let web = within_limit(
        report,
        Field::WebServicesFqdns,
        env.web_fqdns(),
        MAX_WEB_SERVICES_FQDNS,
        text::too_many_web_services,
    );
    let mut seen_web = HashSet::new();
    for fqdn in web {
        if let Some(flaw) = syntax::fqdn(fqdn) {
            report.error(
                Code::InvalidFqdn,
                Field::WebServicesFqdns,
                text::fqdn_flaw(&text::web_services_subject(fqdn), flaw),
            );
        } else if !seen_web.insert(NoCase(fqdn)) {
            report.error(
                Code::DuplicateSipDomain,
                Field::WebServicesFqdns,
                text::duplicate(&text::web_services_subject(fqdn)),
            );
        }
    }
    if settings.oauth.enabled && env.web_fqdns().is_empty() {
        report.error(
            Code::WebServicesFqdnsMissing,
            Field::WebServicesFqdns,
            text::WEB_SERVICES_FQDNS_MISSING.to_string(),
        );
    }
    if env.reverse_proxy_fqdn.is_empty() {
        if !valid_domains.is_empty() {
            report.warning(
                Code::ReverseProxyMissing,
                Field::ReverseProxyFqdn,
                text::REVERSE_PROXY_MISSING.to_string(),
            );
        }
    } else if let Some(flaw) = syntax::fqdn(&env.reverse_proxy_fqdn) {
        report.error(
            Code::InvalidFqdn,
            Field::ReverseProxyFqdn,
            text::fqdn_flaw(text::SUBJECT_REVERSE_PROXY.text(), flaw),
        );
    }
    if env.registrar_pool_fqdn.is_empty() && env.has_pilots() {
        report.warning(
            Code::RegistrarPoolMissing,
            Field::RegistrarPoolFqdn,
            text::REGISTRAR_POOL_MISSING.to_string(),
        );
    }
}

/// The SIP domains the other fields are compared with: the filled ones that are valid names, none
/// when there are more than [`MAX_SIP_DOMAINS`] (that is one error of their own).
fn valid_sip_domains(sip_domains: &[String]) -> Vec<&str> {
    let domains: Vec<&str> = filled(sip_domains).collect();
    if domains.len() > MAX_SIP_DOMAINS {
        return Vec::new();
    }
    domains
        .into_iter()
        .filter(|d| syntax::fqdn(d).is_none())
        .collect()
}

/// Checks each pilot user (see [`PilotIssues`]): a user principal name in a valid domain, listed
/// once, and in one of the SIP domains when any are given.
pub fn pilot_issues(pilot_users: &[String], sip_domains: &[String]) -> PilotIssues {
    let mut report = Report::default();
    let valid_domains = valid_sip_domains(sip_domains);
    // Thousands of pilots share a few domains: each domain is checked and looked up once, and no
    // user is copied to be compared.
    let listed: HashSet<NoCase> = valid_domains.iter().map(|d| NoCase(d)).collect();
    let pilots = within_limit(
        &mut report,
        Field::PilotUsers,
        filled(pilot_users).collect(),
        MAX_PILOT_USERS,
        text::too_many_pilots,
    );
    let mut domains: HashMap<&str, (bool, bool)> = HashMap::new();
    let mut seen_users = HashSet::with_capacity(pilots.len());
    for user in pilots {
        let bare = strip_sip(user);
        let checked = syntax::upn_domain(bare).and_then(|domain| {
            let (valid, in_list) = *domains.entry(domain).or_insert_with(|| {
                (
                    syntax::fqdn(domain).is_none(),
                    listed.contains(&NoCase(domain)),
                )
            });
            if valid {
                Ok(in_list)
            } else {
                Err(syntax::Flaw::BadUpn)
            }
        });
        match checked {
            Err(flaw) => report.error(
                Code::InvalidUpn,
                Field::PilotUsers,
                text::pilot_flaw(user, flaw),
            ),
            Ok(_) if !seen_users.insert(NoCase(bare)) => report.error(
                Code::DuplicatePilotUser,
                Field::PilotUsers,
                text::duplicate(&text::pilot_subject(user)),
            ),
            Ok(false) if !listed.is_empty() => report.warning(
                Code::PilotOutsideSipDomains,
                Field::PilotUsers,
                text::pilot_outside_domains(user),
            ),
            Ok(_) => {}
        }
    }
    PilotIssues(report.issues)
}

/// A name compared as Windows compares names, ignoring ASCII case, without a lower-cased copy.
#[derive(Clone, Copy)]
struct NoCase<'a>(&'a str);

impl PartialEq for NoCase<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for NoCase<'_> {}

impl Hash for NoCase<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let mut lower = [0u8; 64];
        for chunk in self.0.as_bytes().chunks(lower.len()) {
            let lower = &mut lower[..chunk.len()];
            lower.copy_from_slice(chunk);
            lower.make_ascii_lowercase();
            state.write(lower);
        }
        state.write_u8(0xff);
    }
}

/// Pilot users may be given as `sip:` addresses; the rest of the rules apply to what follows.
pub fn strip_sip(user: &str) -> &str {
    user.get(..4)
        .filter(|p| p.eq_ignore_ascii_case("sip:"))
        .map_or(user, |_| &user[4..])
}

fn oauth(settings: &Settings, report: &mut Report) {
    let oauth = &settings.oauth;
    if !oauth.enabled {
        return;
    }
    if oauth.service_principal_tool == ServicePrincipalTool::MsOnline {
        report.error(
            Code::MsOnlineRetired,
            Field::OAuthServicePrincipalTool,
            text::MSONLINE_RETIRED.to_string(),
        );
    }
    if let Some(flaw) = syntax::guid(&oauth.tenant_id) {
        report.error(
            Code::InvalidGuid,
            Field::OAuthTenantId,
            text::guid_flaw(flaw),
        );
    }
    match syntax::path(&oauth.certificate_path) {
        None => {}
        Some(syntax::Flaw::Empty) => report.error(
            Code::InvalidPath,
            Field::OAuthCertificatePath,
            text::CERTIFICATE_PATH_REQUIRED.to_string(),
        ),
        Some(flaw) => report.error(
            Code::InvalidPath,
            Field::OAuthCertificatePath,
            text::path_flaw(flaw),
        ),
    }
    if oauth.metadata_url_prefix.is_some() {
        let prefix = settings.metadata_prefix();
        match syntax::https_url(prefix) {
            Some(flaw) => report.error(
                Code::InvalidUrl,
                Field::OAuthMetadataUrlPrefix,
                text::url_flaw(text::SUBJECT_METADATA_PREFIX.text(), flaw),
            ),
            None if !prefix.ends_with('/') => report.error(
                Code::InvalidUrl,
                Field::OAuthMetadataUrlPrefix,
                text::METADATA_PREFIX_SLASH.to_string(),
            ),
            None => {}
        }
    }
    needs_confirmation(settings, Confirmable::MetadataUrl, report);
}
