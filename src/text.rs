//! Every label and help text of the page, in one place, so a translation touches no component.

pub use hybrid_model::i18n::page::*;

use hybrid_model::i18n::Msg;
use hybrid_model::{Field, Output};

pub const CHOICE_DOC_URL: &str =
    "https://learn.microsoft.com/skypeforbusiness/hybrid/plan-hybrid-connectivity";

pub const EDGE_DOC_URL: &str = "https://learn.microsoft.com/skypeforbusiness/hybrid/configure-federation-with-skype-for-business-online";

pub const PLAN_DOC_URL: &str =
    "https://learn.microsoft.com/skypeforbusiness/hybrid/configure-hybrid-connectivity";

pub const MOVE_DOC_URL: &str =
    "https://learn.microsoft.com/skypeforbusiness/hybrid/move-users-from-on-premises-to-teams";

pub const OAUTH_DOC_URL: &str = "https://learn.microsoft.com/skypeforbusiness/manage/authentication/configure-a-hybrid-environment";

/// A form section's title, why it matters, and Microsoft's article on it.
#[derive(Clone, Copy)]
pub struct SectionText {
    pub title: Msg,
    pub why: Msg,
    pub doc_url: &'static str,
}

pub const CHOICE_SECTION: SectionText = SectionText {
    title: CHOICE_TITLE,
    why: CHOICE_WHY,
    doc_url: CHOICE_DOC_URL,
};

pub const EDGE_SECTION: SectionText = SectionText {
    title: EDGE_TITLE,
    why: EDGE_WHY,
    doc_url: EDGE_DOC_URL,
};

pub const PROVIDER_SECTION: SectionText = SectionText {
    title: PROVIDER_TITLE,
    why: PROVIDER_WHY,
    doc_url: EDGE_DOC_URL,
};

pub const TENANT_SECTION: SectionText = SectionText {
    title: TENANT_TITLE,
    why: TENANT_WHY,
    doc_url: EDGE_DOC_URL,
};

pub const ENVIRONMENT_SECTION: SectionText = SectionText {
    title: ENVIRONMENT_TITLE,
    why: ENVIRONMENT_WHY,
    doc_url: PLAN_DOC_URL,
};

pub const PILOT_SECTION: SectionText = SectionText {
    title: PILOT_TITLE,
    why: PILOT_WHY,
    doc_url: MOVE_DOC_URL,
};

pub const OAUTH_SECTION: SectionText = SectionText {
    title: OAUTH_TITLE,
    why: OAUTH_WHY,
    doc_url: OAUTH_DOC_URL,
};

/// A field's label (a choice's legend) and help, as the form shows them; `None` for the fields
/// the form has no control of its own for (the confirmation dates, the admin domain override).
pub fn field_words(field: Field) -> Option<(Msg, Msg)> {
    Some(match field {
        Field::Cloud => (CLOUD_LABEL, CLOUD_HELP),
        Field::ConnectionMethod => (CONNECTION_LABEL, CONNECTION_HELP),
        Field::AdminUpn => (ADMIN_UPN_LABEL, ADMIN_UPN_HELP),
        Field::AllowOutsideUsers => (ALLOW_OUTSIDE_LABEL, ALLOW_OUTSIDE_HELP),
        Field::AllowFederatedUsers => (ALLOW_FEDERATED_LABEL, ALLOW_FEDERATED_HELP),
        Field::EnablePartnerDiscovery => (PARTNER_DISCOVERY_LABEL, PARTNER_DISCOVERY_HELP),
        Field::EdgeRouting => (ROUTING_LABEL, ROUTING_HELP),
        Field::ProviderIdentity => (IDENTITY_LABEL, IDENTITY_HELP),
        Field::ProxyFqdn => (PROXY_FQDN_LABEL, PROXY_FQDN_HELP),
        Field::ProxyFqdnConfirmed => (CONFIRM_PROXY_LABEL, CONFIRM_HELP),
        Field::AutodiscoverUrl => (AUTODISCOVER_LABEL, AUTODISCOVER_HELP),
        Field::AutodiscoverUrlConfirmed => (CONFIRM_AUTODISCOVER_LABEL, CONFIRM_HELP),
        Field::VerificationLevel => (VERIFICATION_LABEL, VERIFICATION_HELP),
        Field::ExistingProvider => (EXISTING_LABEL, EXISTING_HELP),
        Field::SharedSipAddressSpace => (SHARED_SIP_LABEL, SHARED_SIP_HELP),
        Field::FederationMode => (FEDERATION_LABEL, FEDERATION_HELP),
        Field::SipDomains => (SIP_DOMAINS_LABEL, SIP_DOMAINS_HELP),
        Field::EdgeExternalFqdn => (EDGE_FQDN_LABEL, EDGE_FQDN_HELP),
        Field::WebServicesFqdns => (WEB_FQDNS_LABEL, WEB_FQDNS_HELP),
        Field::ReverseProxyFqdn => (REVERSE_PROXY_LABEL, REVERSE_PROXY_HELP),
        Field::RegistrarPoolFqdn => (POOL_LABEL, POOL_HELP),
        Field::PilotUsers => (PILOT_LABEL, PILOT_HELP),
        Field::OAuthEnabled => (OAUTH_ENABLED_LABEL, OAUTH_ENABLED_HELP),
        Field::OAuthTenantId => (TENANT_ID_LABEL, TENANT_ID_HELP),
        Field::OAuthCertificatePath => (CERT_PATH_LABEL, CERT_PATH_HELP),
        Field::OAuthMetadataUrlPrefix => (METADATA_PREFIX_LABEL, METADATA_PREFIX_HELP),
        Field::OAuthMetadataConfirmed => (CONFIRM_METADATA_LABEL, CONFIRM_HELP),
        Field::OAuthServicePrincipalTool => (TOOL_LABEL, TOOL_HELP),
        Field::OverrideAdminDomain
        | Field::ProxyFqdnConfirmedOn
        | Field::AutodiscoverUrlConfirmedOn
        | Field::OAuthMetadataConfirmedOn => return None,
    })
}

/// How many of the checklist's tasks are ticked.
pub fn ticked_count(done: usize, total: usize) -> String {
    Ticked { done, total }.text()
}

/// One thing a link, storage or file held that could not be used.
pub fn read_problem(source: &str, key: &str, message: &str) -> String {
    if key.is_empty() {
        ProblemIn { source, message }.text()
    } else {
        ProblemAt {
            source,
            key,
            message,
        }
        .text()
    }
}

/// After an import.
pub fn imported(name: &str, problems: usize) -> String {
    ImportedFile { name, problems }.text()
}

/// An import refused as a whole.
pub fn import_refused(name: &str, why: &str) -> String {
    ImportRefusedFile { name, why }.text()
}

/// A file the browser could not read.
pub fn import_unreadable(name: &str) -> String {
    unreadable_file(name)
}

/// A file in an encoding the builder does not read (a Windows code page, UTF-32, UTF-16 without
/// a byte-order mark), with the fix.
pub fn import_not_text(name: &str) -> String {
    not_text_file(name)
}

/// The key an output selects its words by in `locales/*.ftl`.
fn output_key(output: Output) -> &'static str {
    match output {
        Output::OnPremises => "on-premises",
        Output::Online => "online",
        Output::Checklist => "checklist",
        Output::ChangeRecord => "change-record",
    }
}

/// The name of an output, for tabs and messages.
pub fn output_name(output: Output) -> &'static str {
    match output {
        Output::OnPremises => TAB_ON_PREMISES,
        Output::Online => TAB_ONLINE,
        Output::Checklist => TAB_CHECKLIST,
        Output::ChangeRecord => TAB_CHANGE_RECORD,
    }
    .text()
}

/// The heading of the error summary.
pub fn error_summary_title(count: usize) -> String {
    error_summary(count)
}

/// The heading of the warning list.
pub fn warning_summary_title(count: usize) -> String {
    warning_summary(count)
}

/// Why an output cannot be copied or downloaded.
pub fn blocked_message(output: Output, errors: usize) -> String {
    Blocked {
        output: output_key(output),
        errors,
    }
    .text()
}

/// The announcement after a copy.
pub fn copied_status(output: Output) -> String {
    copied_output(output_key(output))
}

/// The announcement after a download.
pub fn downloaded_status(file: &str) -> String {
    downloaded(file)
}

/// The label of a download button.
pub fn download_label(file: &str) -> String {
    download_file(file)
}

/// The words of one report panel.
pub struct ReportWords {
    /// The section's id, also the prefix of its elements' ids.
    pub id: &'static str,
    pub title: &'static str,
    pub why: &'static str,
    pub download_on_prem: &'static str,
    pub download_online: &'static str,
    pub load: &'static str,
}

/// The words of the pre-flight or the verification panel.
pub fn report_words(kind: hybrid_model::report::ReportKind) -> ReportWords {
    match kind {
        hybrid_model::report::ReportKind::Preflight => ReportWords {
            id: "preflight",
            title: PREFLIGHT_TITLE.text(),
            why: PREFLIGHT_WHY.text(),
            download_on_prem: PREFLIGHT_ON_PREM.text(),
            download_online: PREFLIGHT_ONLINE.text(),
            load: PREFLIGHT_LOAD.text(),
        },
        hybrid_model::report::ReportKind::Verification => ReportWords {
            id: "verification",
            title: VERIFICATION_TITLE.text(),
            why: VERIFICATION_WHY.text(),
            download_on_prem: VERIFICATION_ON_PREM.text(),
            download_online: VERIFICATION_ONLINE.text(),
            load: VERIFICATION_LOAD.text(),
        },
    }
}

/// A report that was loaded, and what keeping it meant when it did not simply add it (it replaced
/// the part's earlier report, or it was read already and counts once).
pub fn preflight_loaded(name: &str, note: Option<&str>) -> String {
    match note {
        None => report_read(name),
        Some(note) => ReportReadNote { name, note }.text(),
    }
}

/// A report that was refused.
pub fn preflight_refused(name: &str, why: &str) -> String {
    ReportRefused { name, why }.text()
}

/// The summary line for pre-flight failures.
pub fn preflight_fail_title(count: usize) -> String {
    preflight_fails(count)
}

/// Why the change scripts are withheld after a pre-flight FAIL.
pub fn preflight_blocked(count: usize) -> String {
    preflight_withheld(count)
}

/// The line a printed sheet carries at its top.
pub fn print_header(date: &str, cloud: &str, link: &str) -> String {
    Printed { date, cloud, link }.text()
}

/// The button that shows the rest of a long script.
pub fn show_all_lines(total: usize) -> String {
    show_lines(total)
}

/// The button that shows the rest of a long checklist part.
pub fn show_more_items(hidden: usize) -> String {
    show_items(hidden)
}

/// The button that folds or unfolds a script's help block.
pub fn help_block(folded: bool, lines: usize) -> String {
    HelpToggle {
        state: if folded { "folded" } else { "open" },
        lines,
    }
    .text()
}
