//! The two scripts admins run: on premises (Edge, hosting provider, OAuth trust, pilot moves) and
//! online (tenant). Real scripts: help, strict mode, -WhatIf, a backup first, safe to run twice.

use super::backup::{self, ON_PREMISES_BACKUP_OF, ONLINE_BACKUP_OF};
use super::move_pairs;
use super::report_frame::assign_list;
use super::script_frame::{
    CHANGE_BINDING, Help, header, param_block, preamble, transcript_start, transcript_stop,
};
use crate::powershell::command::{Command, Value};
use crate::powershell::token::Script;
use crate::powershell::writer::{Part, Writer};
use crate::procedure::cloud::Provenance;
use crate::procedure::commands;
use crate::procedure::confirmation::{Confirmable, Standing};
use crate::procedure::plan::ps_bool;
use crate::procedure::settings::{ExistingProvider, FederationMode, Settings};
use crate::scripts::text as t;

/// Writes the backup, or in a `-WhatIf` dry run says where it would (Export-Clixml honours -WhatIf).
pub(super) const BACKUP_SAVE: &str = include_str!("fragments/backup-save.ps1");
/// Exports the Central Management store before the first on-premises change.
pub(super) const CONFIGURATION_EXPORT: &str = include_str!("fragments/configuration-export.ps1");
/// Defines `Get-PrincipalState`, which the online backup calls.
const PRINCIPAL_STATE: &str = include_str!("fragments/principal-state.ps1");
/// `$skypeAppId`; adds the certificate to the Skype for Business Online principal, keeping every
/// key.
const REGISTER_CERTIFICATE: &str = include_str!("fragments/register-certificate.ps1");

/// `$readiness` for `$pilots`, shown user by user; writes hybrid-move-readiness.json, or in a dry
/// run says where it would (Set-Content honours -WhatIf).
const READINESS_SAVE: &str = include_str!("fragments/readiness-save.ps1");

/// Refuses a public provider named `$identity`; reads the hosting providers for `$proxy`
/// (`$existing`) and refuses those named `$identity` for another ProxyFqdn (`$sameName`).
const PROVIDER_LOOKUP: &str = include_str!("fragments/provider-lookup.ps1");
/// `$upToDate`: exactly one provider for the ProxyFqdn, with every value of the settings; opens
/// the `if ($upToDate)` whose other branches depend on the existing-provider choice.
const PROVIDER_UP_TO_DATE: &str = include_str!("fragments/provider-up-to-date.ps1");
/// Existing-provider choice "replace": opens the removal of the provider for the ProxyFqdn.
const PROVIDER_REPLACE: &str = include_str!("fragments/provider-replace.ps1");
/// Existing-provider choice "update in place": opens the update of the existing provider.
const PROVIDER_UPDATE_IN_PLACE: &str = include_str!("fragments/provider-update-in-place.ps1");
/// Existing-provider choice "stop": shows the provider and stops.
const PROVIDER_STOP: &str = include_str!("fragments/provider-stop.ps1");
/// Opens the creation of the hosting provider.
const PROVIDER_CREATE: &str = include_str!("fragments/provider-create.ps1");
/// The Access Edge check against `$expected…`; opens the change when a value differs.
const EDGE_CHANGE: &str = include_str!("fragments/edge-change.ps1");
/// Stops without an OAuthTokenIssuer certificate.
const OAUTH_CERTIFICATE_REQUIRED: &str = include_str!("fragments/oauth-certificate-required.ps1");
/// Removes microsoft.sts for another metadata URL; opens its creation.
const OAUTH_SERVER_REPLACE: &str = include_str!("fragments/oauth-server-replace.ps1");
/// Removes microsoft.exchange for another application ID; opens its creation or update.
const OAUTH_PARTNER_REPLACE: &str = include_str!("fragments/oauth-partner-replace.ps1");
/// Opens the setting of the OAuth service name.
const OAUTH_SERVICE_NAME: &str = include_str!("fragments/oauth-service-name.ps1");
/// Stops the moves without a fresh readiness file showing shared SIP address space on.
const PILOT_READINESS_CHECK: &str = include_str!("fragments/pilot-readiness-check.ps1");
/// Moves each of `$pilots` that the readiness file shows ready and that is still homed on premises
/// (Move-CsUser.md: -Target is the hosting provider's ProxyFqdn, read into `$provider` first).
const PILOT_MOVES: &str = include_str!("fragments/pilot-moves.ps1");
/// `$teams`: the MicrosoftTeams module loaded in this session, else the newest installed; stops
/// without one.
const MODULE_GUARD: &str = include_str!("fragments/module-guard.ps1");
/// Compares the module and build with the thresholds; adds TLS 1.2 to this session's protocols
/// (Move-CsUser needs it).
const MODULE_BUILD_CHECK: &str = include_str!("fragments/module-build-check.ps1");
/// Stops when no hosting provider for Microsoft 365 was found (`$provider`).
pub(super) const PROVIDER_REQUIRED: &str = include_str!("fragments/provider-required.ps1");
/// Opens the Teams environment setting for moves (21Vianet).
pub(super) const TEAMS_ENVIRONMENT: &str = include_str!("fragments/teams-environment.ps1");
/// Turns shared SIP address space on in the tenant unless it is; opens the change.
const TENANT_SHARED_SIP: &str = include_str!("fragments/tenant-shared-sip.ps1");
/// `$tenantOpen`: whether the tenant federates with every domain; warns when federation is off.
const TENANT_PARITY_READ: &str = include_str!("fragments/tenant-parity-read.ps1");
/// Warns when the tenant's federation differs from on premises (`$expectedOpen`).
const TENANT_PARITY_CHECK: &str = include_str!("fragments/tenant-parity-check.ps1");
/// Adds `$spn` to the Skype for Business Online principal's names (`$names`) unless it is there.
const SPN_ADD: &str = include_str!("fragments/spn-add.ps1");
/// Enables the Exchange Online principal; reads the Skype for Business Online principal names.
const EXCHANGE_PRINCIPAL_ENABLE: &str = include_str!("fragments/exchange-principal-enable.ps1");

/// Defines `Get-MoveReadiness`: whether a pilot user is synced as homed on premises and licensed
/// for the move (the tenant read at `{TenantUserRead}`, [`TENANT_USER_READ`]).
const MOVE_READINESS: &str = include_str!("fragments/move-readiness.ps1");
/// Reads user `{User}` in the tenant, as the moves need them: found, synced as homed on premises
/// (HostingProvider SRV:), licensed with the plans in force (`Get-EnabledPlan`). Each script adds
/// to `$problems` in its own words: `{NotInTenant}`, `{NotSynced}` (`$online` is the user),
/// `{NoPlan}` (`$plan` is the plan missing). Shared by this script's readiness and the waves'.
pub(crate) const TENANT_USER_READ: &str = include_str!("fragments/tenant-user-read.ps1");

/// `$name = '…'`: a value of the settings as a literal, set just before the code that reads it.
fn literal(w: &mut Writer, name: &str, value: &str) {
    let code = format!("${name} = ");
    w.parts(&[
        Part::Code(&code),
        Part::Value(Value::Literal(value.to_owned())),
    ]);
}

/// File name of the on-premises script download.
pub const ON_PREMISES_FILE: &str = "hybrid-on-premises.ps1";
/// File name of the online script download.
pub const ONLINE_FILE: &str = "hybrid-online.ps1";

/// The script for the Skype for Business Server Management Shell.
pub fn on_premises(settings: &Settings) -> Script {
    let mut w = Writer::default();
    let pilots = settings.environment.has_pilots();
    let mut params = vec![(
        "BackupPath",
        "Folder for the backup of the current configuration. Default: the current folder.",
    )];
    if pilots {
        params.push(("MovePilotUsers", t::MOVE_PILOT_PARAM));
        params.push(("ReadinessFile", t::READINESS_PARAM));
    }
    let example = format!(
        "    .\\{} -WhatIf",
        crate::procedure::naming::file_name(ON_PREMISES_FILE, settings)
    );
    header(
        &mut w,
        settings,
        &Help {
            synopsis: t::ON_PREM_SYNOPSIS,
            description: &[t::ON_PREM_WHERE, t::RERUN_NOTE],
            params: &params,
            example: &example,
        },
    );
    let mut declarations = vec!["[string] $BackupPath = (Get-Location).Path"];
    if pilots {
        declarations.extend(["[switch] $MovePilotUsers", "[string] $ReadinessFile"]);
    }
    param_block(&mut w, CHANGE_BINDING, &declarations);
    preamble(&mut w);
    w.code("$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'");
    transcript_start(&mut w, "$BackupPath", "hybrid-on-premises-transcript");

    w.comment(t::BACKUP_COMMENT);
    w.code("$backupFile = Join-Path -Path $BackupPath -ChildPath \"hybrid-on-premises-backup-$stamp.xml\"");
    backup::write_backup(
        &mut w,
        ON_PREMISES_BACKUP_OF,
        &backup::on_premises_saved(settings),
    );
    w.fragment(BACKUP_SAVE);
    w.fragment(CONFIGURATION_EXPORT);
    w.blank();

    edge_step(&mut w, settings);
    provider_step(&mut w, settings);
    if settings.oauth.enabled {
        oauth_on_premises(&mut w, settings);
    }
    if pilots {
        pilot_step(&mut w, settings);
    }

    w.comment(t::VERIFY_COMMENT);
    w.fragment(super::rollback::SHOW_ACCESS_EDGE);
    w.command(&commands::get_hosting_provider(settings));
    transcript_stop(&mut w);
    w.finish()
}

fn edge_step(w: &mut Writer, settings: &Settings) {
    w.comment(t::EDGE_STEP);
    w.comment(t::EDGE_WHY);
    w.fragment(super::preflight::ACCESS_EDGE_READ);
    super::preflight::expected_edge(w, settings);
    w.fragment_between(EDGE_CHANGE, 0, 1, &[("EdgeUpToDate", t::EDGE_UP_TO_DATE)]);
    w.command(&commands::set_access_edge(settings));
    w.close("}");
    w.blank();
}

fn provider_step(w: &mut Writer, settings: &Settings) {
    let provider = &settings.hosting_provider;
    w.comment(t::PROVIDER_STEP);
    w.comment(t::PROVIDER_WHY);
    for value in [Confirmable::ProxyFqdn, Confirmable::AutodiscoverUrl] {
        value_comment(w, value.standing(settings));
    }
    literal(w, "identity", &provider.identity);
    literal(w, "proxy", settings.proxy_fqdn());
    w.fragment_with(
        PROVIDER_LOOKUP,
        &[
            ("PublicProviderClash", t::PUBLIC_PROVIDER_CLASH),
            ("SameNameClash", t::SAME_NAME_CLASH),
        ],
    );
    literal(w, "verificationLevel", provider.verification_level.as_str());
    literal(w, "autodiscover", settings.autodiscover_url());
    w.fragment_between(
        PROVIDER_UP_TO_DATE,
        0,
        1,
        &[("ProviderUpToDate", t::PROVIDER_UP_TO_DATE)],
    );
    match provider.existing {
        ExistingProvider::Replace => {
            w.fragment_between(PROVIDER_REPLACE, 1, 2, &[]);
            w.command(&commands::remove_provider_by_proxy(settings));
            w.close("}");
        }
        ExistingProvider::UpdateInPlace => {
            w.fragment_between(PROVIDER_UPDATE_IN_PLACE, 1, 2, &[]);
            w.command(&commands::set_hosting_provider(settings));
            w.close("}");
            w.reopen("} else {");
        }
        ExistingProvider::Stop => {
            w.fragment_between(
                PROVIDER_STOP,
                1,
                1,
                &[("ProviderExistsStop", t::PROVIDER_EXISTS_STOP)],
            );
        }
    }
    w.fragment_between(PROVIDER_CREATE, 0, 1, &[]);
    w.command(&commands::new_hosting_provider(settings));
    w.close("}");
    w.close("}");
    w.blank();
}

/// Says, above the line that uses it, how a cloud value stands: the admin's confirmation with its
/// source, or a warning while it is unconfirmed; nothing for a documented or typed value.
fn value_comment(w: &mut Writer, standing: Standing<'_>) {
    match standing {
        Standing::Unconfirmed(sourced) => w.comment(&t::provenance_warning(sourced)),
        Standing::Confirmed { .. } => {
            if let Some(line) = standing.explained() {
                w.comment(&line);
            }
        }
        Standing::Typed | Standing::Documented(_) => {}
    }
}

fn oauth_on_premises(w: &mut Writer, settings: &Settings) {
    w.fragment_with(
        OAUTH_CERTIFICATE_REQUIRED,
        &[
            ("OAuthStep", t::OAUTH_STEP),
            ("NoOAuthCertificate", t::NO_OAUTH_CERTIFICATE),
        ],
    );
    let metadata = commands::acs_metadata_url(settings);
    value_comment(w, Confirmable::MetadataUrl.standing(settings));
    w.code("$server = Get-CsOAuthServer -Identity 'microsoft.sts' -ErrorAction SilentlyContinue");
    literal(w, "metadata", &metadata);
    w.fragment_between(OAUTH_SERVER_REPLACE, 0, 1, &[]);
    w.splatted(&commands::new_oauth_server(settings));
    w.fragment_between(OAUTH_PARTNER_REPLACE, 1, 2, &[]);
    w.command(&commands::new_partner_application());
    w.fragment_between(OAUTH_SERVICE_NAME, 2, 1, &[]);
    w.command(&commands::set_oauth_configuration());
    w.close("}");
    w.blank();
}

fn pilot_step(w: &mut Writer, settings: &Settings) {
    w.comment(t::PILOT_STEP);
    w.open("if ($MovePilotUsers) {");
    w.fragment_with(
        PILOT_READINESS_CHECK,
        &[
            ("ReadinessMissing", t::READINESS_MISSING),
            ("ReadinessStale", t::READINESS_STALE),
            ("ReadinessTenantOff", t::READINESS_TENANT_OFF),
        ],
    );
    module_guard(w);
    provider_and_environment(w, settings, t::NO_PROVIDER);
    assign_list(w, "$pilots", &settings.environment.pilots());
    let not_ready = format!("{} ", t::PILOT_NOT_READY);
    let already_moved = format!("{} ", t::PILOT_ALREADY_MOVED);
    w.fragment_with(
        PILOT_MOVES,
        &[
            ("PilotNotReady", &not_ready),
            ("PilotHomedCheck", t::PILOT_HOMED_CHECK),
            ("PilotAlreadyMoved", &already_moved),
        ],
    );
    w.close("}");
    w.blank();
}

/// Stops before any move on a MicrosoftTeams module and server build pair known to break Move-CsUser.
pub(super) fn module_guard(w: &mut Writer) {
    w.fragment_with(
        MODULE_GUARD,
        &[
            ("ModuleStep", t::MODULE_STEP),
            ("ModuleMissing", t::MODULE_MISSING),
        ],
    );
    w.fragment(move_pairs::MOVE_BUILD);
    w.fragment_with(
        MODULE_BUILD_CHECK,
        &[
            ("ModuleTooOld", t::MODULE_TOO_OLD),
            ("BuildTooOld", t::BUILD_TOO_OLD),
            ("ModuleBuildMismatch", t::MODULE_BUILD_MISMATCH),
            ("TlsNote", t::TLS_NOTE),
        ],
    );
}

/// Reads the hosting provider moves target and stops without it (`missing` says so); in
/// 21Vianet, sets the Teams environment Move-CsUser needs. The pilot moves and the waves share it.
pub(super) fn provider_and_environment(w: &mut Writer, settings: &Settings, missing: &str) {
    w.command(&commands::get_configured_provider(settings));
    w.fragment_with(PROVIDER_REQUIRED, &[("NoProvider", missing)]);
    if let Some(command) = commands::set_teams_environment_config(settings) {
        w.fragment_between(
            TEAMS_ENVIRONMENT,
            0,
            1,
            &[("ChinaEnvironment", t::CHINA_ENVIRONMENT)],
        );
        w.command(&command);
        w.close("}");
    }
}

/// Writes hybrid-move-readiness.json: the tenant and each pilot user as the on-premises moves need them.
fn readiness_step(w: &mut Writer, settings: &Settings) {
    w.comment(t::READINESS_STEP);
    w.comment(t::READINESS_SOURCE);
    w.fragment(super::preflight::ENABLED_PLANS);
    // hybrid-move-readiness.json reports each problem as a sentence.
    w.fragment_filled(
        MOVE_READINESS,
        &[
            ("TenantUserRead", TENANT_USER_READ),
            ("User", "$Identity"),
            ("NotInTenant", "'not found in the tenant (not synced yet?)'"),
            (
                "NotSynced",
                r#""HostingProvider is $($online.HostingProvider), not SRV: (homed on premises and synced)""#,
            ),
            ("NoPlan", r#""no $plan plan assigned (licence)""#),
        ],
    );
    assign_list(w, "$pilots", &settings.environment.pilots());
    w.fragment(READINESS_SAVE);
    w.blank();
}

/// The script for a PowerShell session with the tenant module.
pub fn online(settings: &Settings) -> Script {
    let mut w = Writer::default();
    let pilots = settings.environment.has_pilots();
    let mut params = vec![(
        "BackupPath",
        "Folder for the backup of the current tenant configuration. Default: the current folder.",
    )];
    if pilots {
        params.push(("ReadinessPath", t::READINESS_PATH_PARAM));
    }
    let example = format!(
        "    .\\{} -WhatIf",
        crate::procedure::naming::file_name(ONLINE_FILE, settings)
    );
    header(
        &mut w,
        settings,
        &Help {
            synopsis: t::ONLINE_SYNOPSIS,
            description: &[t::ONLINE_WHERE, t::RERUN_NOTE],
            params: &params,
            example: &example,
        },
    );
    let mut declarations = vec!["[string] $BackupPath = (Get-Location).Path"];
    if pilots {
        declarations.push("[string] $ReadinessPath = (Get-Location).Path");
    }
    param_block(&mut w, CHANGE_BINDING, &declarations);
    preamble(&mut w);
    w.code("$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'");
    transcript_start(&mut w, "$BackupPath", "hybrid-online-transcript");

    w.comment(t::CONNECT_STEP);
    for command in commands::connect_tenant_even_in_dry_run(settings) {
        w.command(&command);
    }
    w.blank();

    if settings.oauth.enabled {
        connect_graph(&mut w, settings);
    }

    w.comment(t::BACKUP_COMMENT);
    w.code(
        "$backupFile = Join-Path -Path $BackupPath -ChildPath \"hybrid-online-backup-$stamp.xml\"",
    );
    backup::write_backup(&mut w, ONLINE_BACKUP_OF, &backup::online_saved(settings));
    w.fragment(BACKUP_SAVE);
    w.blank();

    w.fragment_between(
        TENANT_SHARED_SIP,
        0,
        1,
        &[
            ("TenantStep", t::TENANT_STEP),
            ("TenantWhy", t::TENANT_WHY),
            ("TenantUpToDate", t::TENANT_UP_TO_DATE),
        ],
    );
    w.command(&commands::set_tenant_shared_sip(settings));
    w.close("}");
    w.blank();

    w.fragment_with(
        TENANT_PARITY_READ,
        &[
            ("ParityStep", t::PARITY_STEP),
            ("TenantFederationOff", t::TENANT_FEDERATION_OFF),
            ("ParityHow", t::PARITY_HOW),
        ],
    );
    let open = settings.tenant.federation_mode == FederationMode::Open;
    w.code(&format!(
        "$expectedOpen = ${}",
        ps_bool(open).to_ascii_lowercase()
    ));
    w.fragment_with(
        TENANT_PARITY_CHECK,
        &[
            (
                "ParityMismatch",
                t::parity_mismatch(settings.tenant.federation_mode),
            ),
            ("ParityOk", t::PARITY_OK),
        ],
    );
    w.blank();

    if pilots {
        readiness_step(&mut w, settings);
    }

    if settings.oauth.enabled {
        oauth_online(&mut w, settings);
    }

    w.comment(t::VERIFY_COMMENT);
    w.fragment(super::rollback::SHOW_TENANT_FEDERATION);
    w.command(&commands::disconnect_tenant());
    transcript_stop(&mut w);
    w.finish()
}

/// Signs in to Microsoft Graph for server-to-server authentication, before the backup, which
/// saves the service principals the step alters (see `fragments/principal-state.ps1`).
fn connect_graph(w: &mut Writer, settings: &Settings) {
    let profile = settings.cloud.profile();
    w.comment(t::GRAPH_CONNECT_STEP);
    if profile.graph_environment.provenance != Provenance::Documented {
        w.comment(&t::provenance_warning(profile.graph_environment));
    }
    w.code("Import-Module -Name Microsoft.Graph.Applications");
    w.command(&commands::connect_graph(settings));
    w.fragment(PRINCIPAL_STATE);
    w.blank();
}

/// Server-to-server authentication, online: the certificate on the Skype for Business Online
/// principal only, never on the first-party Exchange Online principal (00000002), whose keys
/// Microsoft's own tooling now removes; Exchange Online stays enabled and each pool's web
/// services FQDN becomes a service principal name (configure-a-hybrid-environment.md).
fn oauth_online(w: &mut Writer, settings: &Settings) {
    w.comment(t::OAUTH_ONLINE_STEP);
    w.comment(t::NO_EXCHANGE_KEY);
    w.comment(t::DEDICATED_APP_NOTE);
    w.splatted(
        &Command::new("New-Object")
            .assign("certificate")
            .arg(
                "TypeName",
                Value::Word("System.Security.Cryptography.X509Certificates.X509Certificate2"),
            )
            .text("ArgumentList", settings.oauth.certificate_path.clone()),
    );
    w.code("$credentialValue = [System.Convert]::ToBase64String($certificate.GetRawCertData())");
    w.fragment(move_pairs::CERTIFICATE_TEST);
    w.fragment(REGISTER_CERTIFICATE);
    w.fragment_with(
        EXCHANGE_PRINCIPAL_ENABLE,
        &[
            ("ExchangeEnable", t::EXCHANGE_ENABLE),
            ("ExchangeEnabled", t::EXCHANGE_ENABLED),
            ("SpnStep", t::SPN_STEP),
        ],
    );
    for spn in commands::web_services_spns(settings) {
        w.parts(&[Part::Code("$spn = "), Part::Value(Value::Literal(spn))]);
        w.fragment(SPN_ADD);
    }
    w.blank();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::commands::{EXCHANGE_APP_ID, SFB_ONLINE_APP_ID};

    #[test]
    fn the_fragments_name_the_application_ids_the_commands_use() {
        assert!(OAUTH_PARTNER_REPLACE.contains(EXCHANGE_APP_ID));
        assert!(EXCHANGE_PRINCIPAL_ENABLE.contains(EXCHANGE_APP_ID));
        assert!(REGISTER_CERTIFICATE.contains(SFB_ONLINE_APP_ID));
        assert!(SPN_ADD.contains(SFB_ONLINE_APP_ID));
    }
}
