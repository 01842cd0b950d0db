//! The two rollback scripts: they put back what the change scripts' backups saved, object by
//! object from the list in [`super::backup`].
//!
//! Each saved object has one restore fragment (`fragments/restore-*.ps1`), written out rather than
//! generated from one parameterised template, because no two of them share a shape:
//! - the Access Edge is one object whose routing decides between two parameter sets of
//!   Set-CsAccessEdgeConfiguration (default route or DNS SRV);
//! - hosting providers are a list, matched by identity and ProxyFqdn: removed when absent from the
//!   backup, then set or recreated one by one (Set-CsHostingProvider takes no ProxyFqdn);
//! - microsoft.sts (OAuth server) is removed, recreated or set with one value, its metadata URL;
//! - microsoft.exchange (partner application) has four put-back forms, the parameter sets of
//!   New- and Set-CsPartnerApplication (metadata URL, or OAuth server with application ID);
//! - the OAuth configuration may be absent from the backup (a warning, nothing set) and compares a
//!   string; the tenant federation is always saved and compares a Boolean;
//! - service principals are a list whose keys, names and enabled state are three separate
//!   updates of Update-MgServicePrincipal.
//!
//! A template covering these would need a placeholder for every cmdlet, parameter set and message,
//! and the admin reviewing the script would read the template's logic instead of the commands.
//! What they share, a comment then the fragment, is one table here (`restore_block`).

use super::backup::{
    BACKUP_OF_KEY, ON_PREMISES_BACKUP_OF, ONLINE_BACKUP_OF, Saved, on_premises_saved, online_saved,
};
use super::report_frame::assign_list;
use super::script_frame::{
    CHANGE_BINDING, Help, header, param_block, preamble, transcript_start, transcript_stop,
};
use crate::powershell::command::Value;
use crate::powershell::token::Script;
use crate::powershell::writer::{Part, Writer};
use crate::procedure::commands;
use crate::procedure::settings::Settings;
use crate::scripts::text as t;

/// Puts back the saved keys, names and enabled state of each service principal.
const RESTORE_PRINCIPALS: &str = include_str!("fragments/restore-principals.ps1");
/// Puts back the saved Access Edge values and its routing (DNS SRV or the saved default route).
const RESTORE_ACCESS_EDGE: &str = include_str!("fragments/restore-access-edge.ps1");
/// Removes providers for `$identity`/`$proxy` the backup lacks; sets or recreates the saved ones.
const RESTORE_HOSTING_PROVIDERS: &str = include_str!("fragments/restore-hosting-providers.ps1");
/// Removes, recreates or resets microsoft.sts to the saved metadata URL.
const RESTORE_OAUTH_SERVER: &str = include_str!("fragments/restore-oauth-server.ps1");
/// Removes, recreates or resets microsoft.exchange to the saved values.
const RESTORE_PARTNER_APPLICATION: &str = include_str!("fragments/restore-partner-application.ps1");
/// Puts back the saved OAuth service name.
const RESTORE_OAUTH_CONFIGURATION: &str = include_str!("fragments/restore-oauth-configuration.ps1");
/// Puts back the saved SharedSipAddressSpace of the tenant.
const RESTORE_TENANT_FEDERATION: &str = include_str!("fragments/restore-tenant-federation.ps1");

/// Shows the Access Edge values the steps set, after a change or a rollback.
pub(super) const SHOW_ACCESS_EDGE: &str = include_str!("fragments/show-access-edge.ps1");
/// Shows the tenant federation values the steps set, after a change or a rollback.
pub(super) const SHOW_TENANT_FEDERATION: &str =
    include_str!("fragments/show-tenant-federation.ps1");
/// Shows every hosting provider with the values the rollback put back.
const SHOW_HOSTING_PROVIDERS: &str = include_str!("fragments/show-hosting-providers.ps1");
/// Stops without the backup file (Test-Path -LiteralPath takes the path verbatim, with no wildcard
/// expansion: Test-Path.md); `$backupItem`, `$stamp` and `$backupFolder` for the transcript.
const BACKUP_FILE_CHECK: &str = include_str!("fragments/backup-file-check.ps1");
/// Stops while users are homed online, unless the admin accepted their cut-off.
const HOMED_ONLINE_REFUSAL: &str = include_str!("fragments/homed-online-refusal.ps1");
/// `$homedOnline`: up to 20 users homed online, as the server sees them.
const HOMED_ONLINE_ON_PREMISES: &str = include_str!("fragments/homed-online-on-premises.ps1");
/// `$homedOnline`: users of the SIP domains (`$sipDomains`) homed online.
const HOMED_ONLINE_USERS: &str = include_str!("fragments/homed-online-users.ps1");

/// File name of the on-premises rollback download.
pub const ON_PREMISES_ROLLBACK_FILE: &str = "hybrid-on-premises-rollback.ps1";
/// File name of the online rollback download.
pub const ONLINE_ROLLBACK_FILE: &str = "hybrid-online-rollback.ps1";

/// The on-premises rollback, for the Skype for Business Server Management Shell.
pub fn on_premises_rollback(settings: &Settings) -> Script {
    let mut w = Writer::default();
    let saved = on_premises_saved(settings);
    start(
        &mut w,
        settings,
        &Opening {
            synopsis: t::ON_PREM_ROLLBACK_SYNOPSIS,
            where_: t::ON_PREM_WHERE,
            backup_help: t::BACKUP_FILE_ON_PREM_PARAM,
            backup_example: "hybrid-on-premises-backup-20260101-120000.xml",
            file: ON_PREMISES_ROLLBACK_FILE,
            transcript: "hybrid-on-premises-rollback-transcript",
        },
    );
    read_backup(&mut w, ON_PREMISES_BACKUP_OF, &saved);
    homed_online_on_premises(&mut w);
    // Undo in the reverse order of the change.
    for item in saved.iter().rev() {
        restore(&mut w, settings, *item);
    }
    w.comment(t::VERIFY_COMMENT);
    w.fragment(SHOW_ACCESS_EDGE);
    w.fragment(SHOW_HOSTING_PROVIDERS);
    transcript_stop(&mut w);
    w.finish()
}

/// The online rollback, for a PowerShell session with the tenant module.
pub fn online_rollback(settings: &Settings) -> Script {
    let mut w = Writer::default();
    let saved = online_saved(settings);
    start(
        &mut w,
        settings,
        &Opening {
            synopsis: t::ONLINE_ROLLBACK_SYNOPSIS,
            where_: t::ONLINE_WHERE,
            backup_help: t::BACKUP_FILE_ONLINE_PARAM,
            backup_example: "hybrid-online-backup-20260101-120000.xml",
            file: ONLINE_ROLLBACK_FILE,
            transcript: "hybrid-online-rollback-transcript",
        },
    );
    read_backup(&mut w, ONLINE_BACKUP_OF, &saved);
    w.comment(t::CONNECT_STEP);
    for command in commands::connect_tenant_even_in_dry_run(settings) {
        w.command(&command);
    }
    w.blank();
    homed_online_online(&mut w, settings);
    for item in saved.iter().rev() {
        restore(&mut w, settings, *item);
    }
    w.comment(t::VERIFY_COMMENT);
    w.fragment(SHOW_TENANT_FEDERATION);
    w.command(&commands::disconnect_tenant());
    transcript_stop(&mut w);
    w.finish()
}

/// What differs between the two rollbacks' openings.
struct Opening {
    synopsis: &'static str,
    where_: &'static str,
    backup_help: &'static str,
    backup_example: &'static str,
    file: &'static str,
    /// The transcript file name before its `-<stamp>.txt`.
    transcript: &'static str,
}

/// Help, parameters, strict mode, the backup file check and the transcript.
fn start(w: &mut Writer, settings: &Settings, opening: &Opening) {
    let Opening {
        synopsis,
        where_,
        backup_help,
        backup_example,
        file,
        transcript,
    } = *opening;
    let example = format!("    .\\{file} -BackupFile .\\{backup_example} -WhatIf");
    header(
        w,
        settings,
        &Help {
            synopsis,
            description: &[where_, t::ROLLBACK_NOTE],
            params: &[
                ("BackupFile", backup_help),
                ("AcceptOnlineUsersCutOff", t::ACCEPT_CUT_OFF_PARAM),
            ],
            example: &example,
        },
    );
    param_block(
        w,
        CHANGE_BINDING,
        &[
            "[Parameter(Mandatory = $true)]\n[string] $BackupFile",
            "[switch] $AcceptOnlineUsersCutOff",
        ],
    );
    preamble(w);
    w.fragment_with(
        BACKUP_FILE_CHECK,
        &[
            ("BackupFileCheck", t::BACKUP_FILE_CHECK),
            ("BackupFileMissing", t::BACKUP_FILE_MISSING),
        ],
    );
    transcript_start(w, "$backupFolder", transcript);
}

/// Reads the backup and refuses a file another script or other settings wrote.
fn read_backup(w: &mut Writer, backup_of: &str, saved: &[Saved]) {
    w.comment(t::BACKUP_READ);
    w.code("$backup = Import-Clixml -LiteralPath $backupItem.FullName");
    w.open(&format!(
        "if (-not ($backup -is [hashtable]) -or $backup['{BACKUP_OF_KEY}'] -ne '{backup_of}') {{"
    ));
    w.text_statement("throw", t::BACKUP_WRONG_SCRIPT);
    w.close("}");
    let keys: Vec<String> = saved.iter().map(|s| format!("'{}'", s.key())).collect();
    w.open(&format!("foreach ($key in @({})) {{", keys.join(", ")));
    w.open("if (-not $backup.ContainsKey($key)) {");
    w.text_statement("$missing =", t::BACKUP_KEY_MISSING);
    w.code("throw \"$missing $key\"");
    w.close("}");
    w.close("}");
    w.blank();
}

/// Stops unless the admin accepted the cut-off, once the check found users homed online.
fn refuse_while_homed_online(w: &mut Writer) {
    w.fragment_with(
        HOMED_ONLINE_REFUSAL,
        &[
            ("HomedOnlineStop", t::HOMED_ONLINE_STOP),
            ("HomedOnlineAccepted", t::HOMED_ONLINE_ACCEPTED),
        ],
    );
    w.blank();
}

fn homed_online_on_premises(w: &mut Writer) {
    w.fragment_with(
        HOMED_ONLINE_ON_PREMISES,
        &[("HomedOnlineOnPremises", t::HOMED_ONLINE_ON_PREM)],
    );
    refuse_while_homed_online(w);
}

fn homed_online_online(w: &mut Writer, settings: &Settings) {
    w.comment(t::HOMED_ONLINE_ONLINE);
    assign_list(w, "$sipDomains", &settings.environment.domains());
    w.fragment(HOMED_ONLINE_USERS);
    refuse_while_homed_online(w);
}

/// Puts one saved object back; every [`Saved`] has its restore here, so nothing saved is forgotten.
fn restore(w: &mut Writer, settings: &Settings, item: Saved) {
    let (comment, fragment) = restore_block(item);
    w.comment(comment);
    match item {
        Saved::HostingProviders => provider_values(w, settings),
        Saved::ServicePrincipals => {
            w.code("Import-Module -Name Microsoft.Graph.Applications");
            w.command(&commands::connect_graph(settings));
        }
        Saved::AccessEdge
        | Saved::OAuthServers
        | Saved::PartnerApplications
        | Saved::OAuthConfiguration
        | Saved::TenantFederation => {}
    }
    w.fragment(fragment);
    w.blank();
}

/// The comment above each saved object's restore and the fragment that restores it. Service
/// principals: keys added since are removed (by key id), the saved names and enabled state put
/// back.
fn restore_block(item: Saved) -> (&'static str, &'static str) {
    match item {
        Saved::AccessEdge => (t::RESTORE_EDGE, RESTORE_ACCESS_EDGE),
        Saved::HostingProviders => (t::RESTORE_PROVIDERS, RESTORE_HOSTING_PROVIDERS),
        Saved::OAuthServers => (t::RESTORE_OAUTH_SERVER, RESTORE_OAUTH_SERVER),
        Saved::PartnerApplications => (t::RESTORE_PARTNER, RESTORE_PARTNER_APPLICATION),
        Saved::OAuthConfiguration => (t::RESTORE_OAUTH_CONFIGURATION, RESTORE_OAUTH_CONFIGURATION),
        Saved::TenantFederation => (t::RESTORE_TENANT, RESTORE_TENANT_FEDERATION),
        Saved::ServicePrincipals => (t::RESTORE_PRINCIPALS, RESTORE_PRINCIPALS),
    }
}

/// `$identity` and `$proxy`, the provider of the settings the hosting-provider restore looks for.
fn provider_values(w: &mut Writer, settings: &Settings) {
    w.parts(&[
        Part::Code("$identity = "),
        Part::Value(Value::Literal(settings.hosting_provider.identity.clone())),
    ]);
    w.parts(&[
        Part::Code("$proxy = "),
        Part::Value(Value::Literal(settings.proxy_fqdn().to_owned())),
    ]);
}
