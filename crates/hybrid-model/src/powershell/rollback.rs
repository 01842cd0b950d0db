//! The two rollback scripts: they put back what the change scripts' backups saved, object by
//! object from the list in [`super::backup`].

use super::backup::{
    BACKUP_OF_KEY, ON_PREMISES_BACKUP_OF, ONLINE_BACKUP_OF, Saved, on_premises_saved, online_saved,
};
use super::command::{Command, Value};
use super::script_frame::{Help, header, preamble, transcript_start, transcript_stop};
use super::token::Script;
use super::writer::{Part as Piece, Writer};
use crate::commands;
use crate::settings::Settings;
use crate::text::scripts as t;

/// Puts back the saved keys, names and enabled state of each service principal.
const RESTORE_PRINCIPALS: &str = include_str!("fragments/restore-principals.ps1");

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
        &Part {
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
    w.code("Get-CsAccessEdgeConfiguration | Select-Object -Property AllowOutsideUsers, AllowFederatedUsers, EnablePartnerDiscovery");
    w.code("Get-CsHostingProvider | Select-Object -Property Identity, ProxyFqdn, Enabled, EnabledSharedAddressSpace, HostsOCSUsers, IsLocal, VerificationLevel, AutodiscoverUrl");
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
        &Part {
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
    w.code("Get-CsTenantFederationConfiguration | Select-Object -Property SharedSipAddressSpace, AllowFederatedUsers, AllowedDomains, BlockedDomains");
    w.command(&commands::disconnect_tenant());
    transcript_stop(&mut w);
    w.finish()
}

/// What differs between the two rollbacks' openings.
struct Part {
    synopsis: &'static str,
    where_: &'static str,
    backup_help: &'static str,
    backup_example: &'static str,
    file: &'static str,
    /// The transcript file name before its `-<stamp>.txt`.
    transcript: &'static str,
}

/// Help, parameters, strict mode, the backup file check and the transcript.
fn start(w: &mut Writer, settings: &Settings, part: &Part) {
    let Part {
        synopsis,
        where_,
        backup_help,
        backup_example,
        file,
        transcript,
    } = *part;
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
    w.open("[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]");
    w.reopen("param(");
    w.code("[Parameter(Mandatory = $true)]");
    w.code("[string] $BackupFile,");
    w.code("[switch] $AcceptOnlineUsersCutOff");
    w.close(")");
    preamble(w);

    // Test-Path -LiteralPath takes the path verbatim, with no wildcard expansion (Test-Path.md).
    w.comment(t::BACKUP_FILE_CHECK);
    w.open("if (-not (Test-Path -LiteralPath $BackupFile -PathType Leaf)) {");
    w.text_statement("throw", t::BACKUP_FILE_MISSING);
    w.close("}");
    w.code("$backupItem = Get-Item -LiteralPath $BackupFile");
    w.code("$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'");
    transcript_start(w, "$backupItem.DirectoryName", transcript);
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
    w.code(&format!("throw \"{} $key\"", t::BACKUP_KEY_MISSING));
    w.close("}");
    w.close("}");
    w.blank();
}

/// Stops unless the admin accepted the cut-off, once the check found users homed online.
fn refuse_while_homed_online(w: &mut Writer) {
    w.open("if ($homedOnline.Count -gt 0) {");
    w.code("$homedOnline | Select-Object -Property SipAddress, HostingProvider | Format-List | Out-Host");
    w.open("if (-not $AcceptOnlineUsersCutOff) {");
    w.text_statement("throw", t::HOMED_ONLINE_STOP);
    w.close("}");
    w.text_statement("Write-Warning", t::HOMED_ONLINE_ACCEPTED);
    w.close("}");
    w.blank();
}

fn homed_online_on_premises(w: &mut Writer) {
    w.comment(t::HOMED_ONLINE_ON_PREM);
    w.code("$homedOnline = @(Get-CsUser -Filter \"HostingProvider -ne 'SRV:'\" -ResultSize 20)");
    refuse_while_homed_online(w);
}

fn homed_online_online(w: &mut Writer, settings: &Settings) {
    w.comment(t::HOMED_ONLINE_ONLINE);
    let mut parts = vec![Piece::Code("$sipDomains = @(")];
    for (i, domain) in settings.environment.domains().into_iter().enumerate() {
        if i > 0 {
            parts.push(Piece::Code(", "));
        }
        parts.push(Piece::Value(Value::Literal(domain.to_owned())));
    }
    parts.push(Piece::Code(")"));
    w.parts(&parts);
    w.code("$homedOnline = @(Get-CsOnlineUser -AccountType User | Where-Object -FilterScript { $sipDomains -contains (\"$($_.SipAddress)\" -replace '^.*@', '') })");
    refuse_while_homed_online(w);
}

/// Puts one saved object back; every [`Saved`] has its restore here, so nothing saved is forgotten.
fn restore(w: &mut Writer, settings: &Settings, item: Saved) {
    match item {
        Saved::AccessEdge => restore_access_edge(w),
        Saved::HostingProviders => restore_hosting_providers(w, settings),
        Saved::OAuthServers => restore_oauth_server(w),
        Saved::PartnerApplications => restore_partner_application(w),
        Saved::OAuthConfiguration => restore_oauth_configuration(w),
        Saved::TenantFederation => restore_tenant_federation(w),
        Saved::ServicePrincipals => restore_service_principals(w, settings),
    }
    w.blank();
}

fn saved_line(w: &mut Writer, variable: &str, item: Saved) {
    w.code(&format!("${variable} = $backup['{}']", item.key()));
}

fn restore_access_edge(w: &mut Writer) {
    w.comment(t::RESTORE_EDGE);
    saved_line(w, "savedEdge", Saved::AccessEdge);
    w.comment(t::RESTORE_EDGE_ROUTING);
    w.code("$routeFqdn = $savedEdge.PSObject.Properties['DefaultRouteFqdn']");
    w.code("$dnsSrv = $savedEdge.PSObject.Properties['UseDnsSrvRouting']");
    w.code("$routingMethod = $savedEdge.PSObject.Properties['RoutingMethod']");
    w.comment(super::preflight::EDGE_ROUTING_HOW);
    w.code("$savedDnsSrv = [bool](@($savedEdge.PSObject.TypeNames) -match 'DisplayAccessEdgeSettingsDnsSrvRouting') -or ($dnsSrv -and $dnsSrv.Value -eq $true) -or ($routingMethod -and \"$($routingMethod.Value)\" -match 'DnsSrv')");
    w.code("$useDefaultRoute = $routeFqdn -and \"$($routeFqdn.Value)\" -and -not $savedDnsSrv");
    w.open("if ($PSCmdlet.ShouldProcess('Access Edge configuration', 'Put back the saved values and routing')) {");
    w.open("if ($useDefaultRoute) {");
    w.command(
        &Command::new("Set-CsAccessEdgeConfiguration")
            .arg(
                "AllowOutsideUsers",
                Value::Expression("$savedEdge.AllowOutsideUsers"),
            )
            .arg(
                "AllowFederatedUsers",
                Value::Expression("$savedEdge.AllowFederatedUsers"),
            )
            .switch("UseDefaultRouting")
            .arg(
                "DefaultRouteFqdn",
                Value::Expression("\"$($routeFqdn.Value)\""),
            ),
    );
    w.reopen("} else {");
    w.command(
        &Command::new("Set-CsAccessEdgeConfiguration")
            .arg(
                "AllowOutsideUsers",
                Value::Expression("$savedEdge.AllowOutsideUsers"),
            )
            .arg(
                "AllowFederatedUsers",
                Value::Expression("$savedEdge.AllowFederatedUsers"),
            )
            .arg(
                "EnablePartnerDiscovery",
                Value::Expression("$savedEdge.EnablePartnerDiscovery"),
            )
            .switch("UseDnsSrvRouting"),
    );
    w.close("}");
    w.close("}");
}

/// The saved values every hosting provider carries, for Set- and New-CsHostingProvider.
fn with_saved_provider_values(command: Command) -> Command {
    command
        .arg("Enabled", Value::Expression("$provider.Enabled"))
        .arg(
            "EnabledSharedAddressSpace",
            Value::Expression("$provider.EnabledSharedAddressSpace"),
        )
        .arg(
            "HostsOCSUsers",
            Value::Expression("$provider.HostsOCSUsers"),
        )
        .arg("IsLocal", Value::Expression("$provider.IsLocal"))
        .arg(
            "VerificationLevel",
            Value::Expression("\"$($provider.VerificationLevel)\""),
        )
        .arg(
            "AutodiscoverUrl",
            Value::Expression("$provider.AutodiscoverUrl"),
        )
        .arg(
            "SipClientPort",
            Value::Expression("$provider.SipClientPort"),
        )
}

fn restore_hosting_providers(w: &mut Writer, settings: &Settings) {
    w.comment(t::RESTORE_PROVIDERS);
    w.parts(&[
        Piece::Code("$identity = "),
        Piece::Value(Value::Literal(settings.hosting_provider.identity.clone())),
    ]);
    w.parts(&[
        Piece::Code("$proxy = "),
        Piece::Value(Value::Literal(settings.proxy_fqdn().to_owned())),
    ]);
    let touched = "Where-Object -FilterScript { \"$($_.Identity)\" -eq $identity -or $_.ProxyFqdn -eq $proxy }";
    w.code(&format!(
        "$savedProviders = @($backup['{}'] | {touched})",
        Saved::HostingProviders.key()
    ));
    w.open(&format!(
        "foreach ($current in @(Get-CsHostingProvider | {touched})) {{"
    ));
    w.code("$sameSaved = @($savedProviders | Where-Object -FilterScript { \"$($_.Identity)\" -eq \"$($current.Identity)\" -and $_.ProxyFqdn -eq $current.ProxyFqdn })");
    w.open("if ($sameSaved.Count -eq 0 -and $PSCmdlet.ShouldProcess(\"Hosting provider $($current.Identity)\", 'Remove (not in the backup)')) {");
    w.command(
        &Command::new("Remove-CsHostingProvider")
            .arg("Identity", Value::Expression("\"$($current.Identity)\"")),
    );
    w.close("}");
    w.close("}");
    w.open("foreach ($provider in $savedProviders) {");
    w.code("$now = @(Get-CsHostingProvider | Where-Object -FilterScript { \"$($_.Identity)\" -eq \"$($provider.Identity)\" })");
    w.open("if ($now.Count -gt 0) {");
    w.open("if ($PSCmdlet.ShouldProcess(\"Hosting provider $($provider.Identity)\", 'Put back the saved values')) {");
    w.command(&with_saved_provider_values(
        Command::new("Set-CsHostingProvider")
            .arg("Identity", Value::Expression("\"$($provider.Identity)\"")),
    ));
    w.close("}");
    w.reopen("} elseif ($PSCmdlet.ShouldProcess(\"Hosting provider $($provider.Identity)\", 'Recreate with the saved values')) {");
    w.command(&with_saved_provider_values(
        Command::new("New-CsHostingProvider")
            .arg("Identity", Value::Expression("\"$($provider.Identity)\""))
            .arg("ProxyFqdn", Value::Expression("$provider.ProxyFqdn")),
    ));
    w.close("}");
    w.close("}");
}

fn restore_oauth_server(w: &mut Writer) {
    w.comment(t::RESTORE_OAUTH_SERVER);
    w.code(&format!(
        "$savedServer = @($backup['{}'] | Where-Object -FilterScript {{ \"$($_.Identity)\" -eq 'microsoft.sts' }})",
        Saved::OAuthServers.key()
    ));
    w.code("$server = Get-CsOAuthServer -Identity 'microsoft.sts' -ErrorAction SilentlyContinue");
    w.open("if ($savedServer.Count -eq 0) {");
    w.open("if ($server -and $PSCmdlet.ShouldProcess('OAuth server microsoft.sts', 'Remove (not in the backup)')) {");
    w.code("Remove-CsOAuthServer -Identity 'microsoft.sts'");
    w.close("}");
    w.reopen("} elseif (-not $server) {");
    w.open("if ($PSCmdlet.ShouldProcess('OAuth server microsoft.sts', 'Recreate with the saved metadata URL')) {");
    w.command(
        &Command::new("New-CsOAuthServer")
            .text("Identity", "microsoft.sts")
            .arg(
                "MetadataUrl",
                Value::Expression("$savedServer[0].MetadataUrl"),
            ),
    );
    w.close("}");
    w.reopen("} elseif ($server.MetadataUrl -ne $savedServer[0].MetadataUrl -and $PSCmdlet.ShouldProcess('OAuth server microsoft.sts', 'Put back the saved metadata URL')) {");
    w.command(
        &Command::new("Set-CsOAuthServer")
            .text("Identity", "microsoft.sts")
            .arg(
                "MetadataUrl",
                Value::Expression("$savedServer[0].MetadataUrl"),
            ),
    );
    w.close("}");
}

fn restore_partner_application(w: &mut Writer) {
    w.comment(t::RESTORE_PARTNER);
    w.code(&format!(
        "$savedPartner = @($backup['{}'] | Where-Object -FilterScript {{ \"$($_.Identity)\" -eq 'microsoft.exchange' }})",
        Saved::PartnerApplications.key()
    ));
    w.code("$partner = Get-CsPartnerApplication -Identity 'microsoft.exchange' -ErrorAction SilentlyContinue");
    w.open("if ($savedPartner.Count -eq 0) {");
    w.open("if ($partner -and $PSCmdlet.ShouldProcess('Partner application microsoft.exchange', 'Remove (not in the backup)')) {");
    w.code("Remove-CsPartnerApplication -Identity 'microsoft.exchange'");
    w.close("}");
    w.reopen("} else {");
    w.code("$was = $savedPartner[0]");
    w.code("$metadata = $was.PSObject.Properties['MetadataUrl']");
    w.code("$metadataUrl = ''");
    w.open("if ($metadata -and $metadata.Value) {");
    w.code("$metadataUrl = \"$($metadata.Value)\"");
    w.close("}");
    w.open("if ($partner -and $partner.ApplicationIdentifier -ne $was.ApplicationIdentifier -and $PSCmdlet.ShouldProcess('Partner application microsoft.exchange', 'Remove (application ID differs from the backup)')) {");
    w.code("Remove-CsPartnerApplication -Identity 'microsoft.exchange'");
    w.code("$partner = $null");
    w.close("}");
    let trust = |c: Command| {
        c.arg(
            "ApplicationTrustLevel",
            Value::Expression("\"$($was.ApplicationTrustLevel)\""),
        )
        .arg("Enabled", Value::Expression("$was.Enabled"))
    };
    w.open("if ($PSCmdlet.ShouldProcess('Partner application microsoft.exchange', 'Put back the saved values')) {");
    w.open("if ($partner -and $metadataUrl) {");
    w.command(&trust(
        Command::new("Set-CsPartnerApplication")
            .text("Identity", "microsoft.exchange")
            .arg("MetadataUrl", Value::Variable("metadataUrl")),
    ));
    w.reopen("} elseif ($partner) {");
    w.command(&trust(
        Command::new("Set-CsPartnerApplication")
            .text("Identity", "microsoft.exchange")
            .switch("UseOAuthServer"),
    ));
    w.reopen("} elseif ($metadataUrl) {");
    w.command(&trust(
        Command::new("New-CsPartnerApplication")
            .text("Identity", "microsoft.exchange")
            .arg("MetadataUrl", Value::Variable("metadataUrl")),
    ));
    w.reopen("} else {");
    w.command(&trust(
        Command::new("New-CsPartnerApplication")
            .text("Identity", "microsoft.exchange")
            .arg(
                "ApplicationIdentifier",
                Value::Expression("$was.ApplicationIdentifier"),
            )
            .switch("UseOAuthServer"),
    ));
    w.close("}");
    w.close("}");
    w.close("}");
}

fn restore_oauth_configuration(w: &mut Writer) {
    w.comment(t::RESTORE_OAUTH_CONFIGURATION);
    w.code(&format!(
        "$savedConfiguration = @($backup['{}'] | Where-Object -FilterScript {{ \"$($_.Identity)\" -eq 'Global' }})",
        Saved::OAuthConfiguration.key()
    ));
    w.code("$configuration = Get-CsOAuthConfiguration -Identity 'Global'");
    w.open("if ($savedConfiguration.Count -eq 0) {");
    w.text_statement("Write-Warning", t::OAUTH_CONFIGURATION_NOT_SAVED);
    w.reopen("} elseif (\"$($configuration.ServiceName)\" -ne \"$($savedConfiguration[0].ServiceName)\" -and $PSCmdlet.ShouldProcess('OAuth configuration', 'Put back the saved service name')) {");
    w.command(&Command::new("Set-CsOAuthConfiguration").arg(
        "ServiceName",
        Value::Expression("$savedConfiguration[0].ServiceName"),
    ));
    w.close("}");
}

fn restore_tenant_federation(w: &mut Writer) {
    w.comment(t::RESTORE_TENANT);
    saved_line(w, "savedFederation", Saved::TenantFederation);
    w.code("$federation = Get-CsTenantFederationConfiguration");
    w.open("if ([bool]$federation.SharedSipAddressSpace -eq [bool]$savedFederation.SharedSipAddressSpace) {");
    w.text_statement("Write-Host", t::TENANT_ALREADY_RESTORED);
    w.reopen("} elseif ($PSCmdlet.ShouldProcess('Tenant federation configuration', 'Put back the saved SharedSipAddressSpace')) {");
    w.command(&Command::new("Set-CsTenantFederationConfiguration").arg(
        "SharedSipAddressSpace",
        Value::Expression("([bool]$savedFederation.SharedSipAddressSpace)"),
    ));
    w.close("}");
}

/// The service principals as the backup saved them: keys added since are removed (by key id),
/// the saved service principal names and enabled state put back.
fn restore_service_principals(w: &mut Writer, settings: &Settings) {
    w.comment(t::RESTORE_PRINCIPALS);
    w.code("Import-Module -Name Microsoft.Graph.Applications");
    w.command(&commands::connect_graph(settings));
    w.fragment(RESTORE_PRINCIPALS);
}
