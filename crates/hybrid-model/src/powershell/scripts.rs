//! The two scripts admins run: on premises (Edge, hosting provider, OAuth trust, pilot moves) and
//! online (tenant). Real scripts: help, strict mode, -WhatIf, a backup first, safe to run twice.

use super::backup::{self, ON_PREMISES_BACKUP_OF, ONLINE_BACKUP_OF};
use super::command::{Command, Value};
use super::move_pairs;
use super::script_frame::{Help, header, preamble, transcript_start, transcript_stop};
use super::token::Script;
use super::writer::{Part, Writer};
use crate::cloud::Provenance;
use crate::commands::{self, EXCHANGE_APP_ID, SFB_ONLINE_APP_ID};
use crate::confirmation::{Confirmable, Standing};
use crate::plan::ps_bool;
use crate::settings::{ExistingProvider, FederationMode, Settings};
use crate::text::scripts as t;

/// Writes the backup, or in a `-WhatIf` dry run says where it would (Export-Clixml honours -WhatIf).
const BACKUP_SAVE: &str = include_str!("fragments/backup-save.ps1");
/// Exports the Central Management store before the first on-premises change.
const CONFIGURATION_EXPORT: &str = include_str!("fragments/configuration-export.ps1");
/// Defines `Get-PrincipalState`, which the online backup calls.
const PRINCIPAL_STATE: &str = include_str!("fragments/principal-state.ps1");
/// Adds the certificate to the Skype for Business Online principal, keeping every key.
const REGISTER_CERTIFICATE: &str = include_str!("fragments/register-certificate.ps1");

/// Writes hybrid-move-readiness.json, or in a dry run says where it would (Set-Content honours -WhatIf).
const READINESS_SAVE: &str = include_str!("fragments/readiness-save.ps1");

/// Reads the hosting providers for `$proxy` (`$existing`) and those named `$identity` for
/// another ProxyFqdn (`$sameName`).
const PROVIDER_LOOKUP: &str = include_str!("fragments/provider-lookup.ps1");
/// `$upToDate`: exactly one provider for the ProxyFqdn, with every value of the settings.
const PROVIDER_UP_TO_DATE: &str = include_str!("fragments/provider-up-to-date.ps1");
/// `$teams`: the MicrosoftTeams module loaded in this session, else the newest installed.
const MODULE_READ: &str = include_str!("fragments/module-read.ps1");
/// Adds TLS 1.2 to this session's protocols (Move-CsUser needs it).
const TLS12_SESSION: &str = include_str!("fragments/tls12-session.ps1");

/// Defines `Get-MoveReadiness`: whether a pilot user is synced as homed on premises and licensed for the move.
const MOVE_READINESS: &str = include_str!("fragments/move-readiness.ps1");

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
        crate::naming::file_name(ON_PREMISES_FILE, settings)
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
    w.open("[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]");
    w.reopen("param(");
    if pilots {
        w.code("[string] $BackupPath = (Get-Location).Path,");
        w.code("[switch] $MovePilotUsers,");
        w.code("[string] $ReadinessFile");
    } else {
        w.code("[string] $BackupPath = (Get-Location).Path");
    }
    w.close(")");
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
    w.open_condition(
        "if",
        &[
            "$srv",
            "$edge.AllowOutsideUsers -eq $expectedOutsideUsers",
            "$edge.AllowFederatedUsers -eq $expectedFederatedUsers",
            "$edge.EnablePartnerDiscovery -eq $expectedPartnerDiscovery",
        ],
        "-and",
    );
    w.text_statement("Write-Host", t::EDGE_UP_TO_DATE);
    w.reopen("} elseif ($PSCmdlet.ShouldProcess('Access Edge configuration', 'Enable federation with DNS SRV routing')) {");
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
    w.code(
        "$public = @(Get-CsPublicProvider | Where-Object -Property Identity -EQ -Value $identity)",
    );
    w.open("if ($public.Count -gt 0) {");
    w.text_statement("throw", t::PUBLIC_PROVIDER_CLASH);
    w.close("}");
    w.fragment(PROVIDER_LOOKUP);
    w.open("if ($sameName.Count -gt 0) {");
    w.text_statement("throw", t::SAME_NAME_CLASH);
    w.close("}");
    literal(w, "verificationLevel", provider.verification_level.as_str());
    literal(w, "autodiscover", settings.autodiscover_url());
    w.fragment(PROVIDER_UP_TO_DATE);
    w.open("if ($upToDate) {");
    w.text_statement("Write-Host", t::PROVIDER_UP_TO_DATE);
    match provider.existing {
        ExistingProvider::Replace => {
            w.reopen("} else {");
            w.open_fragment(
                "if ($existing.Count -gt 0 -and\n    \
                 $PSCmdlet.ShouldProcess('Existing hosting provider for the same ProxyFqdn', 'Remove')) {",
            );
            w.command(&commands::remove_provider_by_proxy(settings));
            w.close("}");
            new_provider(w, settings);
            w.close("}");
        }
        ExistingProvider::UpdateInPlace => {
            w.reopen("} elseif ($existing.Count -gt 0) {");
            w.code("$existing = $existing[0]");
            w.open("if ($PSCmdlet.ShouldProcess(\"Hosting provider $($existing.Identity)\", 'Update in place')) {");
            w.command(&commands::set_hosting_provider(settings));
            w.close("}");
            w.reopen("} else {");
            new_provider(w, settings);
            w.close("}");
        }
        ExistingProvider::Stop => {
            w.reopen("} elseif ($existing.Count -gt 0) {");
            w.code("$existing | Select-Object -Property * | Format-List | Out-Host");
            w.text_statement("throw", t::PROVIDER_EXISTS_STOP);
            w.reopen("} else {");
            new_provider(w, settings);
            w.close("}");
        }
    }
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

fn new_provider(w: &mut Writer, settings: &Settings) {
    w.open("if ($PSCmdlet.ShouldProcess('Hosting provider for Microsoft 365', 'Create')) {");
    w.command(&commands::new_hosting_provider(settings));
    w.close("}");
}

fn oauth_on_premises(w: &mut Writer, settings: &Settings) {
    w.comment(t::OAUTH_STEP);
    w.code("$certificate = Get-CsCertificate -Type OAuthTokenIssuer");
    w.open("if (-not $certificate) {");
    w.text_statement("throw", t::NO_OAUTH_CERTIFICATE);
    w.close("}");
    let metadata = commands::acs_metadata_url(settings);
    value_comment(w, Confirmable::MetadataUrl.standing(settings));
    w.code("$server = Get-CsOAuthServer -Identity 'microsoft.sts' -ErrorAction SilentlyContinue");
    literal(w, "metadata", &metadata);
    w.open_fragment(
        "if ($server -and $server.MetadataUrl -ne $metadata -and\n    \
         $PSCmdlet.ShouldProcess('OAuth server microsoft.sts', 'Remove (different metadata URL)')) {",
    );
    w.code("Remove-CsOAuthServer -Identity 'microsoft.sts'");
    w.code("$server = $null");
    w.close("}");
    w.open(
        "if (-not $server -and $PSCmdlet.ShouldProcess('OAuth server microsoft.sts', 'Create')) {",
    );
    w.splatted(&commands::new_oauth_server(settings));
    w.close("}");
    w.code("$partner = Get-CsPartnerApplication -Identity 'microsoft.exchange' -ErrorAction SilentlyContinue");
    w.open_fragment(&format!(
        "if ($partner -and $partner.ApplicationIdentifier -ne '{EXCHANGE_APP_ID}' -and\n    \
         $PSCmdlet.ShouldProcess('Partner application microsoft.exchange', 'Remove (different application ID)')) {{"
    ));
    w.code("Remove-CsPartnerApplication -Identity 'microsoft.exchange'");
    w.code("$partner = $null");
    w.close("}");
    w.open("if ($PSCmdlet.ShouldProcess('Partner application microsoft.exchange', 'Create or update')) {");
    w.open("if ($partner) {");
    w.code("Set-CsPartnerApplication -Identity 'microsoft.exchange' -ApplicationTrustLevel Full -UseOAuthServer");
    w.reopen("} else {");
    w.command(&commands::new_partner_application());
    w.close("}");
    w.close("}");
    w.open("if ($PSCmdlet.ShouldProcess('OAuth configuration', 'Set the Skype for Business Online service name')) {");
    w.command(&commands::set_oauth_configuration());
    w.close("}");
    w.blank();
}

fn pilot_step(w: &mut Writer, settings: &Settings) {
    w.comment(t::PILOT_STEP);
    w.open("if ($MovePilotUsers) {");
    w.open("if (-not $ReadinessFile) {");
    w.text_statement("throw", t::READINESS_MISSING);
    w.close("}");
    w.code("$readiness = Get-Content -LiteralPath $ReadinessFile -Raw | ConvertFrom-Json");
    w.open("if ([DateTimeOffset]::UtcNow.ToUnixTimeSeconds() - [long]$readiness.CheckedAtUnixSeconds -gt 86400) {");
    w.text_statement("throw", t::READINESS_STALE);
    w.close("}");
    w.open("if (-not $readiness.SharedSipAddressSpace) {");
    w.text_statement("throw", t::READINESS_TENANT_OFF);
    w.close("}");
    module_guard(w);
    w.command(&commands::get_configured_provider(settings));
    w.open("if (-not $provider) {");
    w.text_statement("throw", t::NO_PROVIDER);
    w.close("}");
    if let Some(command) = commands::set_teams_environment_config(settings) {
        w.comment(t::CHINA_ENVIRONMENT);
        w.open("if ($PSCmdlet.ShouldProcess('This machine', 'Configure the Teams environment for Move-CsUser')) {");
        w.command(&command);
        w.close("}");
    }
    for user in settings.environment.pilots() {
        let literal = || Part::Value(Value::Literal(user.to_owned()));
        w.parts(&[
            Part::Code("$ready = @($readiness.Users | Where-Object -Property Identity -EQ -Value "),
            literal(),
            Part::Code(")"),
        ]);
        w.open("if (-not ($ready.Count -eq 1 -and $ready[0].Ready)) {");
        // The message, then the user on a line of its own: the two together pass 120 columns.
        w.code(&format!("Write-Warning ('{} ' +", t::PILOT_NOT_READY));
        w.continued(&[literal(), Part::Code(")")]);
        w.reopen("} else {");
        w.parts(&[Part::Code("$user = Get-CsUser -Identity "), literal()]);
        w.comment(t::PILOT_HOMED_CHECK);
        w.open("if (\"$($user.HostingProvider)\" -ne 'SRV:') {");
        w.parts(&[
            Part::Code(&format!("Write-Host ('{} ' + ", t::PILOT_ALREADY_MOVED)),
            literal(),
            Part::Code(")"),
        ]);
        w.reopen_parts(&[
            Part::Code("} elseif ($PSCmdlet.ShouldProcess("),
            literal(),
            Part::Code(", 'Move to Microsoft 365')) {"),
        ]);
        w.command(&commands::move_user_online(user));
        w.close("}");
        w.close("}");
    }
    w.close("}");
    w.blank();
}

/// Stops before any move on a MicrosoftTeams module and server build pair known to break Move-CsUser.
pub(super) fn module_guard(w: &mut Writer) {
    w.comment(t::MODULE_STEP);
    w.fragment(MODULE_READ);
    w.open("if (-not $teams) {");
    w.text_statement("throw", t::MODULE_MISSING);
    w.close("}");
    w.fragment(move_pairs::MOVE_BUILD);
    w.code("Write-Host \"MicrosoftTeams $($teams.Version), server build $build\"");
    w.open("if ($teams.Version -lt $moduleMinimum) {");
    w.text_statement("throw", t::MODULE_TOO_OLD);
    w.close("}");
    w.open("if (-not $build -or $buildBelowMinimum) {");
    w.text_statement("throw", t::BUILD_TOO_OLD);
    w.close("}");
    w.open("if ($teams.Version -ge $moduleWithRegression -and $buildBelowFix) {");
    w.text_statement("throw", t::MODULE_BUILD_MISMATCH);
    w.close("}");
    w.comment(t::TLS_NOTE);
    w.fragment(TLS12_SESSION);
}

/// Writes hybrid-move-readiness.json: the tenant and each pilot user as the on-premises moves need them.
fn readiness_step(w: &mut Writer, settings: &Settings) {
    w.comment(t::READINESS_STEP);
    w.comment(t::READINESS_SOURCE);
    w.fragment(super::preflight::ENABLED_PLANS);
    w.fragment(MOVE_READINESS);
    let mut parts = vec![Part::Code("$pilots = @(")];
    for (i, user) in settings.environment.pilots().into_iter().enumerate() {
        if i > 0 {
            parts.push(Part::Code(", "));
        }
        parts.push(Part::Value(Value::Literal(user.to_owned())));
    }
    parts.push(Part::Code(")"));
    w.parts(&parts);
    w.code("$federation = Get-CsTenantFederationConfiguration");
    w.open("$readiness = [pscustomobject]@{");
    w.code("SchemaVersion = 1");
    w.code("CheckedAtUnixSeconds = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()");
    w.code("SharedSipAddressSpace = [bool]$federation.SharedSipAddressSpace");
    w.code("Users = @($pilots | ForEach-Object -Process { Get-MoveReadiness -Identity $_ })");
    w.close("}");
    w.open("foreach ($entry in $readiness.Users) {");
    w.open("if ($entry.Ready) {");
    w.code("Write-Host \"READY      $($entry.Identity)\"");
    w.reopen("} else {");
    w.code("Write-Warning \"NOT READY  $($entry.Identity): $($entry.Problems -join '; ')\"");
    w.close("}");
    w.close("}");
    w.code(
        "$readinessFile = Join-Path -Path $ReadinessPath -ChildPath 'hybrid-move-readiness.json'",
    );
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
        crate::naming::file_name(ONLINE_FILE, settings)
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
    w.open("[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]");
    w.reopen("param(");
    if pilots {
        w.code("[string] $BackupPath = (Get-Location).Path,");
        w.code("[string] $ReadinessPath = (Get-Location).Path");
    } else {
        w.code("[string] $BackupPath = (Get-Location).Path");
    }
    w.close(")");
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

    w.comment(t::TENANT_STEP);
    w.comment(t::TENANT_WHY);
    w.code("$federation = Get-CsTenantFederationConfiguration");
    w.open("if ($federation.SharedSipAddressSpace -eq $true) {");
    w.text_statement("Write-Host", t::TENANT_UP_TO_DATE);
    w.reopen("} elseif ($PSCmdlet.ShouldProcess('Tenant federation configuration', 'Set SharedSipAddressSpace to True')) {");
    w.command(&commands::set_tenant_shared_sip(settings));
    w.close("}");
    w.blank();

    w.comment(t::PARITY_STEP);
    w.code("$federation = Get-CsTenantFederationConfiguration");
    w.open("if (-not $federation.AllowFederatedUsers) {");
    w.text_statement("Write-Warning", t::TENANT_FEDERATION_OFF);
    w.close("}");
    w.comment(t::PARITY_HOW);
    w.code("$tenantOpen = \"$($federation.AllowedDomains)\" -match 'AllowAllKnownDomains'");
    let open = settings.tenant.federation_mode == FederationMode::Open;
    w.code(&format!(
        "$expectedOpen = ${}",
        ps_bool(open).to_ascii_lowercase()
    ));
    w.open("if ($tenantOpen -ne $expectedOpen) {");
    w.text_statement(
        "Write-Warning",
        t::parity_mismatch(settings.tenant.federation_mode),
    );
    w.reopen("} else {");
    w.text_statement("Write-Host", t::PARITY_OK);
    w.close("}");
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
    w.code(&format!("$skypeAppId = '{SFB_ONLINE_APP_ID}'"));
    w.fragment(REGISTER_CERTIFICATE);
    w.comment(t::EXCHANGE_ENABLE);
    w.code(&format!(
        "$exchange = Get-MgServicePrincipal -Filter \"AppId eq '{EXCHANGE_APP_ID}'\""
    ));
    w.open("if ($exchange.AccountEnabled) {");
    w.text_statement("Write-Host", t::EXCHANGE_ENABLED);
    w.reopen(&format!(
        "}} elseif ($PSCmdlet.ShouldProcess('Service principal {EXCHANGE_APP_ID}', 'Enable')) {{"
    ));
    w.code("Update-MgServicePrincipal -ServicePrincipalId $exchange.Id -AccountEnabled:$true");
    w.close("}");
    w.comment(t::SPN_STEP);
    w.fragment(
        "$names = @(\n    \
         (Get-MgServicePrincipal -ServicePrincipalId $skype.Id -Property 'servicePrincipalNames').ServicePrincipalNames\n)",
    );
    for spn in commands::web_services_spns(settings) {
        spn_lines(
            w,
            &spn,
            "Update-MgServicePrincipal -ServicePrincipalId $skype.Id -ServicePrincipalNames $names",
        );
    }
    w.blank();
}

/// Adds one service principal name unless it is already there.
fn spn_lines(w: &mut Writer, spn: &str, update: &str) {
    w.parts(&[
        Part::Code("$spn = "),
        Part::Value(Value::Literal(spn.to_owned())),
    ]);
    w.open("if ($names -contains $spn) {");
    w.code(&format!("Write-Host \"{} $spn\"", t::SPN_PRESENT));
    w.reopen_fragment(&format!(
        "}} elseif ($PSCmdlet.ShouldProcess('Service principal {SFB_ONLINE_APP_ID}',\n    \
         \"Add the service principal name $spn\")) {{"
    ));
    w.code("$names += $spn");
    w.code(update);
    w.close("}");
}
