//! Every label and help text of the page, in one place, so a translation touches no component.

use hybrid_model::Output;

pub const APP_TITLE: &str = "Hybrid Builder";
pub const APP_LEDE: &str = "Connect Skype for Business Server to Microsoft 365 (shared SIP address space): fill in your settings, then copy checked PowerShell and a checklist for the change window. Nothing you type leaves this browser.";
pub const FORM_LABEL: &str = "Hybrid settings";
pub const OUTPUT_LABEL: &str = "Generated scripts and checklist";
pub const DOC_LINK: &str = "Microsoft's article";
pub const ERROR_PREFIX: &str = "Error: ";
pub const WARNING_PREFIX: &str = "Warning: ";

pub const CHOICE_TITLE: &str = "Your tenant";
pub const CHOICE_WHY: &str =
    "The cloud decides every endpoint the scripts use; one wrong value fails late, at Move-CsUser.";
pub const CHOICE_DOC_URL: &str =
    "https://learn.microsoft.com/skypeforbusiness/hybrid/plan-hybrid-connectivity";
pub const CLOUD_LABEL: &str = "Microsoft 365 cloud";
pub const CLOUD_HELP: &str = "Sets the hosting provider's ProxyFqdn and AutodiscoverUrl, the Teams environment and the DNS targets.";
pub const CONNECTION_LABEL: &str = "Tenant connection";
pub const CONNECTION_HELP: &str = "How the online script signs in to the tenant.";
pub const CONNECTION_TEAMS: &str = "MicrosoftTeams module (Connect-MicrosoftTeams)";
pub const CONNECTION_LEGACY: &str = "Skype for Business Online Connector (retired)";
pub const ADMIN_UPN_LABEL: &str = "Admin account (optional)";
pub const ADMIN_UPN_HELP: &str =
    "Pre-fills the sign-in. Leave empty to be prompted, which works with MFA.";
pub const ADMIN_DOMAIN_LABEL: &str = "Tenant's onmicrosoft.com domain";
pub const ADMIN_DOMAIN_HELP: &str = "The retired connector needs it in hybrid: New-CsOnlineSession -OverrideAdminDomain, e.g. contoso.onmicrosoft.com.";

pub const EDGE_TITLE: &str = "Step 1 — Edge federation";
pub const EDGE_WHY: &str = "Online and on-premises users of the same SIP domain reach each other through federation, so the Edge must allow federated users and route with DNS SRV records.";
pub const EDGE_DOC_URL: &str = "https://learn.microsoft.com/skypeforbusiness/hybrid/configure-federation-with-skype-for-business-online";
pub const ALLOW_OUTSIDE_LABEL: &str = "Allow outside users";
pub const ALLOW_OUTSIDE_HELP: &str = "Remote users sign in through the Edge (-AllowOutsideUsers).";
pub const ALLOW_FEDERATED_LABEL: &str = "Allow federated users";
pub const ALLOW_FEDERATED_HELP: &str = "Required for hybrid (-AllowFederatedUsers).";
pub const PARTNER_DISCOVERY_LABEL: &str = "Enable partner discovery";
pub const PARTNER_DISCOVERY_HELP: &str = "The Edge finds federation partners through DNS (-EnablePartnerDiscovery). Must match the tenant's federation mode.";
pub const ROUTING_LABEL: &str = "Federation routing today";
pub const ROUTING_HELP: &str =
    "Hybrid needs DNS SRV routing; the script always sets it (-UseDnsSrvRouting).";
pub const ROUTING_DNS_SRV: &str = "DNS SRV routing";
pub const ROUTING_DEFAULT: &str = "Default route (clearing house)";

pub const PROVIDER_TITLE: &str = "Step 2 — Hosting provider";
pub const PROVIDER_WHY: &str = "The hosting provider tells the Edge that users of your SIP domains may also live in Microsoft 365, and where to find them.";
pub const IDENTITY_LABEL: &str = "Identity";
pub const IDENTITY_HELP: &str =
    "Any unique name; it must not clash with another hosting or public provider.";
pub const PROXY_FQDN_LABEL: &str = "ProxyFqdn";
pub const PROXY_FQDN_HELP: &str = "Microsoft 365's federation FQDN for your cloud; also the Move-CsUser target. It cannot be changed later.";
pub const AUTODISCOVER_LABEL: &str = "AutodiscoverUrl";
pub const AUTODISCOVER_HELP: &str = "Microsoft 365's autodiscover service for your cloud.";
pub const VERIFICATION_LABEL: &str = "VerificationLevel";
pub const VERIFICATION_HELP: &str = "Microsoft's procedure uses UseSourceVerification.";
pub const EXISTING_LABEL: &str = "If a provider for this ProxyFqdn already exists";
pub const EXISTING_HELP: &str =
    "The script checks first and leaves a provider that already has every value alone.";
pub const EXISTING_REPLACE: &str = "Replace it: remove, then create (Microsoft's procedure)";
pub const EXISTING_UPDATE: &str = "Update it in place (Set-CsHostingProvider)";
pub const EXISTING_STOP: &str = "Stop and show it";
pub const FIXED_VALUES: &str = "Always set: Enabled $true, EnabledSharedAddressSpace $true (users of one SIP domain are split between on premises and online), HostsOCSUsers $true (the provider hosts Skype for Business users), IsLocal $false (it is not your own deployment).";
pub const OVERRIDDEN: &str = "You changed the cloud's value.";
pub const USE_CLOUD_VALUE: &str = "Use the cloud's value";
pub const BADGE_DOCUMENTED: &str = "Documented";
pub const BADGE_INFERRED: &str = "Inferred";
pub const BADGE_UNCONFIRMED: &str = "Unconfirmed";
pub const CONFIRM_PROXY_LABEL: &str = "I have confirmed this ProxyFqdn for my tenant";
pub const CONFIRM_AUTODISCOVER_LABEL: &str = "I have confirmed this AutodiscoverUrl for my tenant";
pub const CONFIRM_METADATA_LABEL: &str = "I have confirmed this metadata URL host for my tenant";
pub const CONFIRM_HELP: &str = "Microsoft does not document this value for your cloud. The scripts cannot be copied or downloaded until you confirm it (with your Microsoft contact or your tenant's documentation) or type your own. The tick is kept in links and settings files, for this value only.";

pub const TENANT_TITLE: &str = "Step 3 — Tenant";
pub const TENANT_WHY: &str = "The tenant must know that some users of its SIP domains live on premises; without it Move-CsUser fails with HostedMigration fault 510.";
pub const SHARED_SIP_LABEL: &str = "Shared SIP address space";
pub const SHARED_SIP_HELP: &str = "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true. Keep it on until no user remains on premises.";
pub const FEDERATION_LABEL: &str = "Tenant federation mode";
pub const FEDERATION_HELP: &str = "Must match the Edge: open federation with partner discovery, an allow-list without. The online script checks it.";
pub const FEDERATION_OPEN: &str = "Open federation (all domains not blocked)";
pub const FEDERATION_ALLOW_LIST: &str = "Allow-list of domains";

pub const ENVIRONMENT_TITLE: &str = "Your deployment";
pub const ENVIRONMENT_WHY: &str =
    "These facts fill in the checklist: DNS records, certificate names and prerequisites.";
pub const PLAN_DOC_URL: &str =
    "https://learn.microsoft.com/skypeforbusiness/hybrid/configure-hybrid-connectivity";
pub const SIP_DOMAINS_LABEL: &str = "SIP domains";
pub const SIP_DOMAINS_HELP: &str = "One per line, or separated by commas, semicolons or spaces, e.g. contoso.com. Each must be verified in the tenant.";
pub const EDGE_FQDN_LABEL: &str = "Edge external FQDN (optional)";
pub const EDGE_FQDN_HELP: &str =
    "The Access Edge external name, e.g. sip.contoso.com. Each domain's sip record points to it.";
pub const WEB_FQDNS_LABEL: &str = "External web services FQDN of each pool";
pub const WEB_FQDNS_HELP: &str = "One per line, from Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn. Server-to-server authentication registers each as a service principal name.";
pub const REVERSE_PROXY_LABEL: &str = "Reverse proxy external FQDN";
pub const REVERSE_PROXY_HELP: &str = "The name that publishes external web services, e.g. webext.contoso.com (it may equal a pool's external web services FQDN). lyncdiscover, meet and dialin point to it.";
pub const POOL_LABEL: &str = "Registrar pool FQDN (optional)";
pub const POOL_HELP: &str = "Where moved users return if a move is rolled back.";

pub const PILOT_TITLE: &str = "Optional — Pilot users";
pub const PILOT_WHY: &str =
    "Move a few users first and test both directions before moving the rest.";
pub const MOVE_DOC_URL: &str =
    "https://learn.microsoft.com/skypeforbusiness/hybrid/move-users-from-on-premises-to-teams";
pub const PILOT_LABEL: &str = "Pilot users";
pub const PILOT_HELP: &str = "One per line: a UPN (ana@contoso.com) or a SIP address with its prefix (sip:ana@contoso.com), used as you type it. The on-premises script moves them only with -MovePilotUsers and the readiness file the online script writes.";

pub const OAUTH_TITLE: &str = "Optional — Server-to-server authentication";
pub const OAUTH_WHY: &str = "For Exchange and SharePoint integration: on-premises trust of Microsoft 365 and the certificate on the online service principals.";
pub const OAUTH_DOC_URL: &str = "https://learn.microsoft.com/skypeforbusiness/manage/authentication/configure-a-hybrid-environment";
pub const OAUTH_ENABLED_LABEL: &str = "Configure server-to-server authentication";
pub const OAUTH_ENABLED_HELP: &str = "Adds the OAuth steps to both scripts.";
pub const TENANT_ID_LABEL: &str = "Tenant ID";
pub const TENANT_ID_HELP: &str = "A GUID; find it with (Get-CsTenant).TenantId.";
pub const CERT_PATH_LABEL: &str = "OAuthTokenIssuer certificate (.cer) path";
pub const CERT_PATH_HELP: &str = "On the workstation that runs the online script.";
pub const TOOL_LABEL: &str = "Register the certificate with";
pub const TOOL_HELP: &str = "Microsoft Graph PowerShell is current; MSOnline is deprecated.";
pub const TOOL_GRAPH: &str = "Microsoft Graph PowerShell";
pub const TOOL_MSONLINE: &str = "MSOnline (deprecated)";

pub const COPY: &str = "Copy";
pub const COPIED: &str = "Copied";
pub const COPY_FAILED: &str = "Copying failed: select the text and copy it by hand.";
pub const DOWNLOAD_ALL: &str = "Download all";
pub const DOWNLOADED_ALL: &str =
    "Downloaded the change scripts, the rollback scripts, the checklist and the change record.";
pub const SEE_ERRORS: &str = "Go to the errors";
pub const UNTICK_ALL: &str = "Untick all";

/// How many of the checklist's tasks are ticked.
pub fn ticked_count(done: usize, total: usize) -> String {
    format!("{done} of {total} tasks ticked")
}
pub const TAB_BLOCKED: &str = "has errors";

pub const PANIC_MESSAGE: &str = "Something went wrong inside Hybrid Builder. Your settings are safe: export them, then reload the page and import them.";
pub const PANIC_EXPORT: &str = "Export settings";

pub const SHARE_LABEL: &str = "Share and keep these settings";
pub const COPY_LINK: &str = "Copy share link";
pub const LINK_COPIED: &str = "Link copied";
pub const EXPORT: &str = "Export settings";
pub const IMPORT: &str = "Import settings…";
pub const RESET: &str = "Reset to defaults";
pub const REPLACED: &str = "Your previous settings and ticks were replaced.";
pub const OFFLINE_LINK: &str = "This builder was opened from a file, so it has no address to share. Share links need the hosted builder; to move these settings, use Export settings and import the file there.";
pub const UNDO: &str = "Undo";
pub const DISMISS: &str = "Dismiss";
pub const LOCKED: &str = "Set by this page.";
pub const SOURCE_LINK: &str = "Link";
pub const SOURCE_STORAGE: &str = "Saved settings";
pub const SOURCE_FILE: &str = "Settings file";

/// One thing a link, storage or file held that could not be used.
pub fn read_problem(source: &str, key: &str, message: &str) -> String {
    if key.is_empty() {
        format!("{source}: {message}")
    } else {
        format!("{source}, {key}: {message}")
    }
}

/// After an import.
pub fn imported(name: &str, problems: usize) -> String {
    match problems {
        0 => format!("Imported {name}."),
        1 => format!("Imported {name}; 1 entry could not be used:"),
        n => format!("Imported {name}; {n} entries could not be used:"),
    }
}

/// An import refused as a whole.
pub fn import_refused(name: &str, why: &str) -> String {
    format!("Did not import {name}: {why}")
}

/// A file the browser could not read.
pub fn import_unreadable(name: &str) -> String {
    format!("Could not read {name}.")
}

/// The name of an output, for tabs and messages.
pub fn output_name(output: Output) -> &'static str {
    match output {
        Output::OnPremises => "On-premises script",
        Output::Online => "Online script",
        Output::Checklist => "Checklist",
        Output::ChangeRecord => "Change record",
    }
}

/// An output's name inside a sentence.
fn output_in_sentence(output: Output) -> &'static str {
    match output {
        Output::OnPremises => "on-premises script",
        Output::Online => "online script",
        Output::Checklist => "checklist",
        Output::ChangeRecord => "change record",
    }
}

/// The heading of the error summary.
pub fn error_summary_title(count: usize) -> String {
    if count == 1 {
        "There is a problem: 1 error".to_owned()
    } else {
        format!("There is a problem: {count} errors")
    }
}

/// The heading of the warning list.
pub fn warning_summary_title(count: usize) -> String {
    if count == 1 {
        "1 warning to check".to_owned()
    } else {
        format!("{count} warnings to check")
    }
}

/// Why an output cannot be copied or downloaded.
pub fn blocked_message(output: Output, errors: usize) -> String {
    let what = if errors == 1 {
        "1 error".to_owned()
    } else {
        format!("{errors} errors")
    };
    format!(
        "Copy and download are off: {what} above would make the {} unsafe to run. Fix them in the form first.",
        output_in_sentence(output)
    )
}

/// The announcement after a copy.
pub fn copied_status(output: Output) -> String {
    format!(
        "Copied the {} to the clipboard.",
        output_in_sentence(output)
    )
}

/// The announcement after a download.
pub fn downloaded_status(file: &str) -> String {
    format!("Downloaded {file}.")
}

/// The label of a download button.
pub fn download_label(file: &str) -> String {
    format!("Download {file}")
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
            title: PREFLIGHT_TITLE,
            why: PREFLIGHT_WHY,
            download_on_prem: PREFLIGHT_ON_PREM,
            download_online: PREFLIGHT_ONLINE,
            load: PREFLIGHT_LOAD,
        },
        hybrid_model::report::ReportKind::Verification => ReportWords {
            id: "verification",
            title: "After the change — verification",
            why: "Two read-only scripts check what the change produced: the Access Edge values, the one hosting provider, the tenant's shared SIP address space, the OAuth objects, Test-CsFederatedPartner towards the cloud, and each moved pilot. Load their reports: the checklist marks the items they prove as verified by report, and each FAIL says what to do.",
            download_on_prem: "Download the on-premises verification",
            download_online: "Download the online verification",
            load: "Load verification reports (hybrid-verification-*.json)",
        },
    }
}

pub const PREFLIGHT_TITLE: &str = "Before the window — pre-flight";
pub const PREFLIGHT_WHY: &str = "Two read-only scripts read the deployment and the tenant, print PASS, WARN or FAIL per check and write a report. Load the reports here: the builder shows what it found, what the change scripts will change, and offers the values it learned. Nothing is uploaded: the reports are read in this tab only and are not saved.";
pub const PREFLIGHT_ON_PREM: &str = "Download the on-premises pre-flight";
pub const PREFLIGHT_ONLINE: &str = "Download the online pre-flight";
pub const PREFLIGHT_LOAD: &str = "Load pre-flight reports (hybrid-preflight-*.json)";
pub const PREFLIGHT_DROP: &str = "or drop them here";
pub const PREFLIGHT_CLEAR: &str = "Forget the reports";
pub const PREFLIGHT_FINDINGS: &str = "Findings";
pub const PREFLIGHT_CHANGES: &str = "What will change";
pub const PREFLIGHT_NO_CHANGE: &str = "no change";
pub const PREFLIGHT_NOT_THERE: &str = "not there yet";
pub const PREFLIGHT_SUGGEST: &str = "From the pre-flight report";
pub const PREFLIGHT_SUGGEST_HELP: &str =
    "The reports know these values. Nothing changes in your settings until you apply them.";
pub const PREFLIGHT_APPLY: &str = "Apply these values";
pub const PREFLIGHT_APPLIED: &str = "Applied the values from the pre-flight reports.";
pub const PREFLIGHT_ACCEPT: &str = "I have read every FAIL and want the change scripts anyway";
pub const PREFLIGHT_TODO: &str = "To do:";
pub const PREFLIGHT_ON_PREM_PART: &str = "on premises";
pub const PREFLIGHT_ONLINE_PART: &str = "online";

/// A report that was loaded.
pub fn preflight_loaded(name: &str) -> String {
    format!("Read {name}.")
}

/// A report that was refused.
pub fn preflight_refused(name: &str, why: &str) -> String {
    format!("Did not read {name}: {why}")
}

/// The summary line for pre-flight failures.
pub fn preflight_fail_title(count: usize) -> String {
    if count == 1 {
        "The pre-flight found 1 FAIL: the change scripts are withheld until it is fixed or accepted"
            .to_owned()
    } else {
        format!(
            "The pre-flight found {count} FAILs: the change scripts are withheld until they are fixed or accepted"
        )
    }
}

/// Why the change scripts are withheld after a pre-flight FAIL.
pub fn preflight_blocked(count: usize) -> String {
    format!(
        "Copy and download are off: the pre-flight reported {count} FAIL(s). Fix them and load new reports, or accept them under Pre-flight."
    )
}

pub const RUN_ORDER: &str = "Run order";
pub const LOOK_FOR: &str = "Look for:";

/// The line a printed sheet carries at its top.
pub fn print_header(date: &str, cloud: &str, link: &str) -> String {
    format!("Printed {date} · {cloud} · {link}")
}

/// The button that shows the rest of a long script.
pub fn show_all_lines(total: usize) -> String {
    format!("Show all {total} lines")
}
pub const SHOW_ALL_NOTE: &str = "Copy and Download always give the whole script.";

/// The button that shows the rest of a long checklist part.
pub fn show_more_items(hidden: usize) -> String {
    format!("Show {hidden} more items")
}

pub const WRAP_LINES: &str = "Wrap long lines";

/// The button that folds or unfolds a script's help block.
pub fn help_block(folded: bool, lines: usize) -> String {
    if folded {
        format!("Show the help and settings ({lines} lines)")
    } else {
        format!("Fold the help and settings ({lines} lines)")
    }
}
