//! Settings without the deployment's names, for a ticket, a forum or Microsoft support: every SIP
//! domain, FQDN, user, tenant id and certificate path becomes a placeholder, and nothing else
//! changes. The same name always becomes the same placeholder and the labels that say what a host
//! is for (`sip.`, `lyncdiscover.`) stay, so a helper still sees the deployment's shape: that the
//! Edge is in a SIP domain, that two pilots share a domain, that a pool is in another domain.
//!
//! Placeholders are under `.example` (RFC 2606: never a real domain), a `tenantN` name before a
//! Microsoft tenant suffix, [`PLACEHOLDER_TENANT_ID`] and a path under [`PLACEHOLDER_FOLDER`], so
//! [`placeholders`] can tell which fields still hold one after the link is opened.

use std::collections::HashMap;

use crate::procedure::field::Field;
use crate::procedure::settings::Settings;
use crate::procedure::validate::{Code, Issue, Report, Severity};
use crate::procedure::vocabulary::FieldValue;

/// The tenant id every redacted link carries: a well-formed GUID no tenant has (its groups count up).
pub const PLACEHOLDER_TENANT_ID: &str = "11111111-2222-3333-4444-555555555555";

/// The folder the certificate path is moved to: no Windows workstation has it.
pub const PLACEHOLDER_FOLDER: &str = "C:\\redacted\\";

/// The reserved top-level domain every placeholder domain is under (RFC 2606).
const PLACEHOLDER_TLD: &str = "example";

/// Microsoft's tenant domains (`<tenant>.onmicrosoft.com` and its sovereign-cloud forms): the
/// suffix is the cloud's, so it stays; only the tenant's own label before it is replaced.
const TENANT_SUFFIXES: [&str; 3] = ["onmicrosoft.com", "onmicrosoft.us", "partner.onmschina.cn"];

/// Host labels that say what a name is for in a Skype for Business deployment (Microsoft's DNS
/// requirements) rather than whose it is: kept, so `sip.contoso.com` reads `sip.domain1.example`.
const SERVICE_LABELS: [&str; 14] = [
    "sip",
    "sipexternal",
    "sipinternal",
    "lyncdiscover",
    "lyncdiscoverinternal",
    "meet",
    "dialin",
    "scheduler",
    "admin",
    "webext",
    "webint",
    "access",
    "av",
    "webconf",
];

/// Second-level labels under which registrable domains sit one level lower (`contoso.co.uk`), so
/// their base domain is three labels, not two. Only for names in no SIP domain.
const SHARED_SECOND_LEVELS: [&str; 9] = ["co", "com", "net", "org", "gov", "edu", "ac", "ne", "or"];

/// The fields that hold the deployment's names, in the order their names are numbered: SIP domains
/// first, so `domain1` is the first SIP domain whatever else names it.
pub const NAME_FIELDS: [Field; 10] = [
    Field::SipDomains,
    Field::EdgeExternalFqdn,
    Field::RegistrarPoolFqdn,
    Field::WebServicesFqdns,
    Field::ReverseProxyFqdn,
    Field::PilotUsers,
    Field::AdminUpn,
    Field::OverrideAdminDomain,
    Field::OAuthTenantId,
    Field::OAuthCertificatePath,
];

/// One name and what it became, for the page to show before copying and the CLI to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    pub original: String,
    pub placeholder: String,
}

/// The settings with placeholders, and each name replaced, once, in the order first met.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redacted {
    pub settings: Settings,
    pub replaced: Vec<Replacement>,
}

/// Replaces every name in `settings` with its placeholder; every other value stays as it was.
/// Blank entries stay blank; a placeholder stays itself, so redacting twice changes nothing.
pub fn redact(settings: &Settings) -> Redacted {
    let mut names = Names::new(&settings.environment.sip_domains);
    let mut out = settings.clone();
    let env = &mut out.environment;
    names.each(&mut env.sip_domains, Names::domain);
    names.one(&mut env.edge_external_fqdn, Names::domain);
    names.one(&mut env.registrar_pool_fqdn, Names::domain);
    names.each(&mut env.web_services_fqdns, Names::domain);
    names.one(&mut env.reverse_proxy_fqdn, Names::domain);
    names.each(&mut env.pilot_users, Names::user);
    names.one(&mut out.connection.admin_upn, Names::user);
    names.one(&mut out.connection.override_admin_domain, Names::domain);
    names.one(&mut out.oauth.tenant_id, Names::tenant_id);
    names.one(&mut out.oauth.certificate_path, Names::certificate_path);
    Redacted {
        settings: out,
        replaced: names.replaced,
    }
}

/// The name fields that still hold a placeholder: while the page has a redacted link open, these
/// are what the admin has yet to type.
pub fn placeholders(settings: &Settings) -> Vec<Field> {
    NAME_FIELDS
        .into_iter()
        .filter(|&field| {
            let is_placeholder: fn(&str) -> bool = match field {
                Field::PilotUsers | Field::AdminUpn => is_placeholder_user,
                Field::OAuthTenantId => |v| v.trim().eq_ignore_ascii_case(PLACEHOLDER_TENANT_ID),
                Field::OAuthCertificatePath => is_placeholder_path,
                _ => is_placeholder_domain,
            };
            match field.get(settings) {
                FieldValue::Text(text) => is_placeholder(&text),
                FieldValue::List(items) => items.iter().any(|i| is_placeholder(i)),
                FieldValue::Bool(_) | FieldValue::Null => false,
            }
        })
        .collect()
}

/// The validation report of settings opened from a redacted link: an error on each field that
/// still holds a placeholder (HB108), so the form marks what is left to type and the summary lists
/// it, in form order with the other issues.
pub fn with_placeholder_errors(mut report: Report, settings: &Settings) -> Report {
    for field in placeholders(settings) {
        report.issues.push(Issue {
            code: Code::PlaceholderName,
            severity: Severity::Error,
            field,
            message: crate::procedure::validation_text::PLACEHOLDER_NAME.to_string(),
        });
    }
    report
        .issues
        .sort_by_key(|issue| (issue.field, issue.severity));
    report
}

/// A domain or FQDN made by [`redact`]: under `.example`, a `tenantN` tenant domain, or a bare `hostN`.
fn is_placeholder_domain(name: &str) -> bool {
    let name = normalized(name);
    if name == PLACEHOLDER_TLD || name.ends_with(&format!(".{PLACEHOLDER_TLD}")) {
        return true;
    }
    if numbered(&name, "host") {
        return true;
    }
    TENANT_SUFFIXES.iter().any(|suffix| {
        name.strip_suffix(suffix)
            .and_then(|rest| rest.strip_suffix('.'))
            .and_then(|rest| rest.rsplit('.').next())
            .is_some_and(|tenant| numbered(tenant, "tenant"))
    })
}

/// A user made by [`redact`]: a placeholder domain after the `@`, or a bare `userN`.
fn is_placeholder_user(value: &str) -> bool {
    let address = strip_sip(value.trim()).1;
    match address.rsplit_once('@') {
        Some((_, domain)) => is_placeholder_domain(domain),
        None => numbered(&address.to_ascii_lowercase(), "user"),
    }
}

fn is_placeholder_path(value: &str) -> bool {
    let value = value.trim();
    value
        .get(..PLACEHOLDER_FOLDER.len())
        .is_some_and(|folder| folder.eq_ignore_ascii_case(PLACEHOLDER_FOLDER))
}

/// `prefix` followed by one or more digits and nothing else.
fn numbered(text: &str, prefix: &str) -> bool {
    text.strip_prefix(prefix)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A name as DNS compares it: trimmed, lower case, without the root's trailing dot.
fn normalized(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// Splits a `sip:` prefix (any case) from an address: the prefix as written, then the rest.
fn strip_sip(value: &str) -> (&str, &str) {
    match value.get(..4) {
        Some(prefix) if prefix.eq_ignore_ascii_case("sip:") => (prefix, &value[4..]),
        _ => ("", value),
    }
}

/// The placeholders given so far, so each name is numbered once.
struct Names {
    /// The SIP domains as DNS compares them, longest first: a name's base domain is the longest
    /// SIP domain it is in, so `sip.eu.contoso.com` stays in `eu.contoso.com` when both are listed.
    sip_domains: Vec<String>,
    /// Base domain → its placeholder (`domainN.example`, `tenantN.onmicrosoft.com`).
    bases: HashMap<String, String>,
    /// Full name → its placeholder, for names whose host labels are replaced.
    hosts: HashMap<String, String>,
    /// Address without `sip:`, lower case → `userN`.
    users: HashMap<String, String>,
    domain_count: usize,
    tenant_count: usize,
    host_count: usize,
    replaced: Vec<Replacement>,
}

impl Names {
    fn new(sip_domains: &[String]) -> Self {
        let mut listed: Vec<String> = sip_domains
            .iter()
            .map(|d| normalized(d))
            .filter(|d| !d.is_empty())
            .collect();
        listed.sort_by_key(|d| std::cmp::Reverse(d.len()));
        Names {
            sip_domains: listed,
            bases: HashMap::new(),
            hosts: HashMap::new(),
            users: HashMap::new(),
            domain_count: 0,
            tenant_count: 0,
            host_count: 0,
            replaced: Vec::new(),
        }
    }

    /// Replaces one value in place, unless it is blank.
    fn one(&mut self, value: &mut String, map: fn(&mut Self, &str) -> String) {
        if value.trim().is_empty() {
            return;
        }
        let placeholder = map(self, value);
        if placeholder != *value {
            self.note(value, &placeholder);
            *value = placeholder;
        }
    }

    /// Replaces every entry of a list in place; blank lines stay.
    fn each(&mut self, values: &mut [String], map: fn(&mut Self, &str) -> String) {
        for value in values {
            self.one(value, map);
        }
    }

    /// Lists a replacement the first time its name is met.
    fn note(&mut self, original: &str, placeholder: &str) {
        let original = original.trim();
        if !self.replaced.iter().any(|r| r.original == original) {
            self.replaced.push(Replacement {
                original: original.to_owned(),
                placeholder: placeholder.to_owned(),
            });
        }
    }

    /// A domain or FQDN: its base domain becomes `domainN.example` (or `tenantN` before a tenant
    /// suffix); the labels before it stay if they all say what the host is for, else become `hostN`.
    fn domain(&mut self, name: &str) -> String {
        let name = normalized(name);
        if is_placeholder_domain(&name) {
            return name;
        }
        let labels: Vec<&str> = name.split('.').collect();
        let Some((prefix, base)) = self.split_base(&name, &labels) else {
            // One label and no domain (a NetBIOS name): a host alone.
            return self.host(&name, None);
        };
        let base = self.base(&base);
        if prefix.is_empty() {
            return base;
        }
        if prefix.split('.').all(|l| SERVICE_LABELS.contains(&l)) {
            return format!("{prefix}.{base}");
        }
        self.host(&name, Some(&base))
    }

    /// The labels before the base domain and the base domain, or `None` for a single label.
    fn split_base(&self, name: &str, labels: &[&str]) -> Option<(String, String)> {
        let split = |base_labels: usize| {
            let at = labels.len() - base_labels;
            Some((labels[..at].join("."), labels[at..].join(".")))
        };
        for suffix in TENANT_SUFFIXES {
            if name.ends_with(&format!(".{suffix}")) {
                let suffix_labels = suffix.split('.').count();
                return split((suffix_labels + 1).min(labels.len()));
            }
        }
        if let Some(domain) = self
            .sip_domains
            .iter()
            .find(|d| name == d.as_str() || name.ends_with(&format!(".{d}")))
        {
            return split(domain.split('.').count());
        }
        match labels {
            [] | [_] => None,
            [.., second, top] if top.len() == 2 && SHARED_SECOND_LEVELS.contains(second) => {
                split(3.min(labels.len()))
            }
            _ => split(2),
        }
    }

    /// The placeholder of a base domain, numbered the first time it is met.
    fn base(&mut self, base: &str) -> String {
        if let Some(known) = self.bases.get(base) {
            return known.clone();
        }
        let tenant_suffix = TENANT_SUFFIXES
            .iter()
            .find(|s| base.ends_with(&format!(".{s}")));
        let placeholder = match tenant_suffix {
            Some(suffix) => {
                self.tenant_count += 1;
                format!("tenant{}.{suffix}", self.tenant_count)
            }
            None => {
                self.domain_count += 1;
                format!("domain{}.{PLACEHOLDER_TLD}", self.domain_count)
            }
        };
        self.bases.insert(base.to_owned(), placeholder.clone());
        placeholder
    }

    /// The placeholder of a name whose host labels are replaced: `hostN`, in its base's placeholder.
    fn host(&mut self, name: &str, base: Option<&str>) -> String {
        if let Some(known) = self.hosts.get(name) {
            return known.clone();
        }
        self.host_count += 1;
        let host = format!("host{}", self.host_count);
        let placeholder = match base {
            Some(base) => format!("{host}.{base}"),
            None => host,
        };
        self.hosts.insert(name.to_owned(), placeholder.clone());
        placeholder
    }

    /// A user (UPN or `sip:` address): `userN` at the domain's placeholder; the `sip:` prefix stays.
    fn user(&mut self, value: &str) -> String {
        let (sip, address) = strip_sip(value.trim());
        if is_placeholder_user(address) {
            return format!("{sip}{address}");
        }
        let key = address.to_ascii_lowercase();
        let count = self.users.len() + 1;
        let user = self
            .users
            .entry(key)
            .or_insert_with(|| format!("user{count}"))
            .clone();
        match address.rsplit_once('@') {
            Some((_, domain)) => format!("{sip}{user}@{}", self.domain(domain)),
            None => format!("{sip}{user}"),
        }
    }

    /// The tenant id: always the one placeholder GUID (a deployment has one tenant).
    fn tenant_id(&mut self, _value: &str) -> String {
        PLACEHOLDER_TENANT_ID.to_owned()
    }

    /// The certificate path: the placeholder folder, keeping the file's extension (`.cer`), which
    /// the online script checks.
    fn certificate_path(&mut self, value: &str) -> String {
        if is_placeholder_path(value) {
            return value.trim().to_owned();
        }
        let extension = value
            .trim()
            .rsplit_once('.')
            .map(|(_, ext)| ext)
            .filter(|ext| {
                (1..=4).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_alphanumeric())
            })
            .unwrap_or("cer");
        format!(
            "{PLACEHOLDER_FOLDER}certificate.{}",
            extension.to_ascii_lowercase()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sip: &[&str]) -> Names {
        Names::new(&sip.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn domains_keep_their_shape() {
        let mut n = names(&["contoso.com", "fabrikam.co.uk"]);
        assert_eq!(n.domain("contoso.com"), "domain1.example");
        assert_eq!(n.domain("fabrikam.co.uk"), "domain2.example");
        assert_eq!(n.domain("sip.contoso.com"), "sip.domain1.example");
        assert_eq!(n.domain("pool01.contoso.com"), "host1.domain1.example");
        assert_eq!(n.domain("POOL01.Contoso.com."), "host1.domain1.example");
        assert_eq!(n.domain("web.emea.fabrikam.co.uk"), "host2.domain2.example");
        // In no SIP domain: its own base, the registrable part.
        assert_eq!(n.domain("rp.litware.net"), "host3.domain3.example");
        assert_eq!(
            n.domain("contoso.onmicrosoft.com"),
            "tenant1.onmicrosoft.com"
        );
        assert_eq!(n.domain("pool01"), "host4");
    }

    #[test]
    fn a_subdomain_listed_as_a_sip_domain_is_its_own_base() {
        let mut n = names(&["contoso.com", "eu.contoso.com"]);
        assert_eq!(n.domain("contoso.com"), "domain1.example");
        assert_eq!(n.domain("eu.contoso.com"), "domain2.example");
        assert_eq!(n.domain("sip.eu.contoso.com"), "sip.domain2.example");
    }

    #[test]
    fn users_keep_sip_and_domain() {
        let mut n = names(&["contoso.com"]);
        assert_eq!(n.user("alice@contoso.com"), "user1@domain1.example");
        assert_eq!(n.user("sip:Alice@Contoso.com"), "sip:user1@domain1.example");
        assert_eq!(n.user("bob@contoso.com"), "user2@domain1.example");
        assert_eq!(n.user("carol"), "user3");
        assert!(is_placeholder_user("sip:user1@domain1.example"));
        assert!(is_placeholder_user("user3"));
        assert!(!is_placeholder_user("alice@contoso.com"));
    }

    #[test]
    fn paths_keep_their_extension() {
        let mut n = names(&[]);
        assert_eq!(
            n.certificate_path("D:\\PKI\\Contoso OAuth.CER"),
            "C:\\redacted\\certificate.cer"
        );
        assert_eq!(
            n.certificate_path("\\\\fs01\\certs\\oauth"),
            "C:\\redacted\\certificate.cer"
        );
        assert!(is_placeholder_path("c:\\REDACTED\\certificate.cer"));
    }

    #[test]
    fn placeholders_are_recognised() {
        for name in [
            "domain1.example",
            "sip.domain1.example",
            "host4",
            "tenant2.onmicrosoft.us",
        ] {
            assert!(is_placeholder_domain(name), "{name}");
        }
        for name in [
            "contoso.com",
            "tenant.onmicrosoft.com",
            "hostile.com",
            "example.com",
        ] {
            assert!(!is_placeholder_domain(name), "{name}");
        }
    }
}
