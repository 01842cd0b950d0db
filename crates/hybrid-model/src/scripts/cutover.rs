//! Cut-over: hybrid switched off once no user that should move is left on premises, in the steps of
//! Microsoft's "Disable your hybrid configuration to complete migration to Teams Only"
//! (OfficeDocs-SkypeForBusiness `Skype/SfbHybrid/hybrid/cloud-consolidation-disabling-hybrid.md`):
//! 1. DNS records of every SIP domain point to Microsoft 365 (`decommission-manage-dns-entries.md`;
//!    the admin changes them at the DNS host: the checklist lists them, the check script reads them);
//! 2. the tenant's coexistence mode becomes Teams Only (`Grant-CsTeamsUpgradePolicy -PolicyName
//!    UpgradeToTeams -Global`), which Teams refuses while a record still points elsewhere;
//! 3. shared SIP address space off in the tenant (`Set-CsTenantFederationConfiguration
//!    -SharedSipAddressSpace $false`);
//! 4. on premises, each hosting provider disabled (`Get-CsHostingProvider | Set-CsHostingProvider
//!    -Enabled $false`).
//!
//! A read-only check script proves the precondition (users still homed on premises, by pool) and,
//! run again afterwards, the result (DNS, providers).

use super::backup::{self, ON_PREMISES_BACKUP_OF, ONLINE_BACKUP_OF, Saved};
use super::change::{BACKUP_SAVE, CONFIGURATION_EXPORT};
use super::report_frame::{ReadOnlyOpening, ScriptParam, assign_list, read_only_opening};
use super::script_frame::{
    CHANGE_BINDING, Help, header, param_block, preamble, transcript_start, transcript_stop,
};
use crate::powershell::token::Script;
use crate::powershell::writer::Writer;
use crate::procedure::cloud::Provenance;
use crate::procedure::commands;
use crate::procedure::naming::file_name;
use crate::procedure::settings::Settings;
use crate::scripts::text as t;

const CHECK: &str = include_str!("fragments/cutover-check.ps1");
const CHECK_SAVE: &str = include_str!("fragments/cutover-check-save.ps1");
const USERS_LEFT: &str = include_str!("fragments/cutover-users-left.ps1");
const USERS_LEFT_ONLINE: &str = include_str!("fragments/cutover-users-left-online.ps1");
/// Step 2: the tenant's coexistence mode Teams Only, stopping with Teams' own refusal.
const TEAMS_ONLY: &str = include_str!("fragments/cutover-teams-only.ps1");
/// Step 3: opens turning shared SIP address space off unless it is.
const SHARED_SIP_OFF: &str = include_str!("fragments/cutover-shared-sip.ps1");
/// Step 4: each hosting provider disabled unless it is, then shown.
const PROVIDERS_DISABLE: &str = include_str!("fragments/cutover-providers-disable.ps1");

/// The read-only check (before and after the cut-over).
pub const CHECK_FILE: &str = "hybrid-cutover-check.ps1";
/// The report the check writes.
pub const CHECK_REPORT_FILE: &str = "hybrid-cutover-check.json";
/// The tenant's steps (2 and 3).
pub const ONLINE_FILE: &str = "hybrid-cutover-online.ps1";
/// The on-premises step (4).
pub const ON_PREMISES_FILE: &str = "hybrid-cutover-on-premises.ps1";

/// The report schema of the check and its version, defined by its reader.
pub use crate::report::cutover::{CHECK_SCHEMA, CHECK_VERSION};

/// The read-only check script for the Management Shell.
pub fn check(settings: &Settings) -> Script {
    let mut w = Writer::default();
    read_only_opening(
        &mut w,
        settings,
        &ReadOnlyOpening {
            synopsis: t::CUTOVER_CHECK_SYNOPSIS,
            description: &|w| w.block_paragraph("    ", t::CUTOVER_CHECK_WHERE),
            params: &[ScriptParam {
                name: "PublicDnsServer",
                declaration: "[string] $PublicDnsServer = ''",
                help: "A public DNS resolver (address or name): without it the records are read \
                       through this server's own resolver, the internal view.",
            }],
            example: &format!(
                ".\\{} -PublicDnsServer 8.8.8.8",
                file_name(CHECK_FILE, settings)
            ),
            name: "hybrid-cutover-check",
        },
    );
    assign_list(&mut w, "$expectedDomains", &settings.environment.domains());
    cloud_targets(&mut w, settings);
    w.fragment(super::preflight::DNS_TARGETS);
    w.fragment(CHECK);
    w.fragment(CHECK_SAVE);
    w.reopen("} finally {");
    w.code("Stop-Transcript | Out-Null");
    w.close("}");
    w.finish()
}

/// `$cloudTargets`: the Microsoft 365 names the records point to after the cut-over, as the
/// cloud's profile gives them (commercial: decommission-manage-dns-entries.md).
fn cloud_targets(w: &mut Writer, settings: &Settings) {
    let profile = settings.cloud.profile();
    for sourced in [profile.dns_sipfed, profile.dns_sipdir, profile.dns_webdir] {
        let provenance = match sourced.provenance {
            Provenance::Documented => "documented",
            Provenance::Inferred => "INFERRED",
            Provenance::Unconfirmed => "UNCONFIRMED",
        };
        w.comment(&format!(
            "{}: {provenance}, {}",
            sourced.value, sourced.note
        ));
    }
    assign_list(
        w,
        "$cloudTargets",
        &[
            profile.dns_sipfed.value,
            profile.dns_sipdir.value,
            profile.dns_webdir.value,
        ],
    );
}

fn change_header(
    w: &mut Writer,
    settings: &Settings,
    file: &str,
    synopsis: &str,
    where_: &str,
    accept: usize,
) {
    let example = format!("    .\\{} -WhatIf", file_name(file, settings));
    header(
        w,
        settings,
        &Help {
            synopsis,
            description: &[where_, t::CUTOVER_TOGETHER],
            params: &[
                (
                    "BackupPath",
                    "Folder for the backup and the transcript. Default: the current folder.",
                ),
                ("AcceptUsersOnPremises", t::CUTOVER_ACCEPT_PARAM),
            ],
            example: &example,
        },
    );
    let accept = format!("[int] $AcceptUsersOnPremises = {accept}");
    param_block(
        w,
        CHANGE_BINDING,
        &["[string] $BackupPath = (Get-Location).Path", &accept],
    );
    preamble(w);
    w.code("$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'");
}

/// The tenant's steps: coexistence mode Teams Only, then shared SIP address space off. `accept` is
/// the number of users still homed on premises the admin accepts (normally 0).
pub fn online(settings: &Settings, accept: usize) -> Script {
    let mut w = Writer::default();
    change_header(
        &mut w,
        settings,
        ONLINE_FILE,
        t::CUTOVER_ONLINE_SYNOPSIS,
        t::CUTOVER_ONLINE_WHERE,
        accept,
    );
    transcript_start(&mut w, "$BackupPath", "hybrid-cutover-online-transcript");
    w.comment(t::CONNECT_STEP);
    for command in commands::connect_tenant_even_in_dry_run(settings) {
        w.command(&command);
    }
    w.blank();
    w.fragment(USERS_LEFT_ONLINE);
    w.blank();

    w.comment(t::BACKUP_COMMENT);
    w.code("$backupFile = Join-Path -Path $BackupPath -ChildPath \"hybrid-cutover-online-backup-$stamp.xml\"");
    backup::write_backup(&mut w, ONLINE_BACKUP_OF, &[Saved::TenantFederation]);
    w.fragment(BACKUP_SAVE);
    w.blank();

    // The exception's message follows the catalog's sentence after a space.
    let refused = format!("{} ", t::CUTOVER_MODE_REFUSED);
    w.fragment_with(
        TEAMS_ONLY,
        &[
            ("CutoverModeStep", t::CUTOVER_MODE_STEP),
            ("CutoverModeEarly", t::CUTOVER_MODE_EARLY),
            ("CutoverModeDryRun", t::CUTOVER_MODE_DRY_RUN),
            ("CutoverModeRefused", &refused),
        ],
    );
    w.blank();

    w.fragment_between(
        SHARED_SIP_OFF,
        0,
        1,
        &[
            ("CutoverSharedStep", t::CUTOVER_SHARED_STEP),
            ("CutoverSharedEarly", t::CUTOVER_SHARED_EARLY),
        ],
    );
    w.command(&commands::unset_tenant_shared_sip());
    w.close("}");
    w.code("Get-CsTenantFederationConfiguration | Select-Object -Property SharedSipAddressSpace");
    w.command(&commands::disconnect_tenant());
    transcript_stop(&mut w);
    w.finish()
}

/// The on-premises step: each hosting provider disabled. Runs after the online script.
pub fn on_premises(settings: &Settings, accept: usize) -> Script {
    let mut w = Writer::default();
    change_header(
        &mut w,
        settings,
        ON_PREMISES_FILE,
        t::CUTOVER_ON_PREMISES_SYNOPSIS,
        t::CUTOVER_ON_PREMISES_WHERE,
        accept,
    );
    transcript_start(
        &mut w,
        "$BackupPath",
        "hybrid-cutover-on-premises-transcript",
    );
    w.fragment(USERS_LEFT);
    w.blank();
    w.comment(t::BACKUP_COMMENT);
    w.code("$backupFile = Join-Path -Path $BackupPath -ChildPath \"hybrid-cutover-on-premises-backup-$stamp.xml\"");
    backup::write_backup(
        &mut w,
        ON_PREMISES_BACKUP_OF,
        &[Saved::AccessEdge, Saved::HostingProviders],
    );
    w.fragment(BACKUP_SAVE);
    w.fragment(CONFIGURATION_EXPORT);
    w.blank();

    w.fragment_with(
        PROVIDERS_DISABLE,
        &[
            ("CutoverProviderStep", t::CUTOVER_PROVIDER_STEP),
            ("CutoverProviderEarly", t::CUTOVER_PROVIDER_EARLY),
            ("CutoverAttributes", t::CUTOVER_ATTRIBUTES),
        ],
    );
    transcript_stop(&mut w);
    w.finish()
}
