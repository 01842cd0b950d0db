//! What every change and rollback script shares: comment-based help with the settings in words,
//! strict mode, and a transcript stopped in `finally`.

use crate::i18n::keys::summary as names;
use crate::powershell::writer::{BlockDelimiter, Writer};
use crate::procedure::confirmation::Confirmable;
use crate::procedure::plan::ps_bool;
use crate::procedure::settings::Settings;
use crate::scripts::text as t;

/// What a script's comment-based help says besides the settings summary.
pub(super) struct Help<'a> {
    pub synopsis: &'a str,
    /// Lines of the description, before the settings.
    pub description: &'a [&'a str],
    pub params: &'a [(&'a str, &'a str)],
    /// The example's command line, indented.
    pub example: &'a str,
}

/// Comment-based help with the settings summary; values are shown, never executed.
pub(super) fn header(w: &mut Writer, settings: &Settings, help: &Help<'_>) {
    let Help {
        synopsis,
        description,
        params,
        example,
    } = help;
    w.code("#Requires -Version 5.1");
    w.block_delimiter(BlockDelimiter::Open);
    w.block_line(".SYNOPSIS");
    w.block_paragraph("    ", synopsis);
    w.block_line(".DESCRIPTION");
    for line in description.iter() {
        w.block_paragraph("    ", line);
    }
    w.block_line("");
    w.block_line(&format!("    {}", t::SETTINGS_HEADING));
    for (label, value) in summary(settings) {
        let label = format!("      {label:<26} ");
        w.block_hanging(&label, &" ".repeat(label.chars().count()), &value);
    }
    for (name, text) in params.iter() {
        w.block_line(&format!(".PARAMETER {name}"));
        w.block_paragraph("    ", text);
    }
    w.block_line(".EXAMPLE");
    w.block_line(example);
    w.block_line(&format!("    {}", t::WHATIF_EXAMPLE));
    w.block_line(".NOTES");
    w.block_line(&format!("    {}", t::GENERATED_BY));
    w.block_delimiter(BlockDelimiter::Close);
}

/// `[CmdletBinding(…)]` and `param(` of a script that changes something: -WhatIf and -Confirm,
/// and a confirmation before each change (ConfirmImpact High).
pub(super) const CHANGE_BINDING: &str = include_str!("fragments/change-binding.ps1");
/// `[CmdletBinding()]` and `param(` of a read-only script.
pub(super) const CHECK_BINDING: &str = include_str!("fragments/check-binding.ps1");

/// A parameter block: `binding` (which opens `param(`), then each declaration (a line, or an
/// attribute line and a line) with a comma between declarations, then `)`.
pub(super) fn param_block(w: &mut Writer, binding: &str, declarations: &[&str]) {
    w.fragment_between(binding, 0, 1, &[]);
    let last = declarations.len().saturating_sub(1);
    for (i, declaration) in declarations.iter().enumerate() {
        let comma = if i < last { "," } else { "" };
        w.fragment(&format!("{declaration}{comma}"));
    }
    w.close(")");
}

/// Strict mode and every error terminating: a script stops at the first thing that goes wrong.
pub(super) const STRICT_MODE: &str = include_str!("fragments/strict-mode.ps1");

pub(super) fn preamble(w: &mut Writer) {
    w.blank();
    w.fragment(STRICT_MODE);
    w.blank();
}

/// Starts the run's transcript in `folder` (a variable the script set) and opens the `try` whose
/// `finally` stops it, so a failed run keeps its log. Start-Transcript honours -WhatIf and
/// -Confirm (Start-Transcript.md, SupportsShouldProcess), so both are turned off for it alone: a
/// -WhatIf run is logged too. Needs `$stamp`.
pub(super) fn transcript_start(w: &mut Writer, folder: &str, stem: &str) {
    w.comment(t::TRANSCRIPT_COMMENT);
    w.code(&format!(
        "$transcriptFile = Join-Path -Path {folder} -ChildPath \"{stem}-$stamp.txt\""
    ));
    w.code("Start-Transcript -LiteralPath $transcriptFile -WhatIf:$false -Confirm:$false");
    w.open("try {");
}

/// Closes the `try` of [`transcript_start`]: Stop-Transcript runs even when the script failed
/// (about_Try_Catch_Finally: a finally block runs even after a terminating error).
pub(super) fn transcript_stop(w: &mut Writer) {
    w.reopen("} finally {");
    w.code("Stop-Transcript");
    w.close("}");
}

/// The settings in words, for the help block and the checklist.
pub fn summary(settings: &Settings) -> Vec<(&'static str, String)> {
    let edge = &settings.edge;
    let provider = &settings.hosting_provider;

    let flag = |value: Confirmable| value.standing(settings).flag();
    let list = |items: Vec<&str>| {
        if items.is_empty() {
            names::NONE.to_string()
        } else {
            items.join(", ")
        }
    };
    vec![
        (
            names::CLOUD.text(),
            settings.cloud.display_name().to_owned(),
        ),
        (
            names::TENANT_CONNECTION.text(),
            t::connection_label(settings.connection.method).to_owned(),
        ),
        (
            names::ADMIN_ACCOUNT.text(),
            if settings.connection.admin_upn.is_empty() {
                names::PROMPT.to_string()
            } else {
                settings.connection.admin_upn.clone()
            },
        ),
        (
            "AllowOutsideUsers",
            ps_bool(edge.allow_outside_users).to_owned(),
        ),
        (
            "AllowFederatedUsers",
            ps_bool(edge.allow_federated_users).to_owned(),
        ),
        (
            "EnablePartnerDiscovery",
            ps_bool(edge.enable_partner_discovery).to_owned(),
        ),
        (names::ROUTING.text(), "DNS SRV".to_owned()),
        (names::HOSTING_PROVIDER.text(), provider.identity.clone()),
        (
            "ProxyFqdn",
            format!("{}{}", settings.proxy_fqdn(), flag(Confirmable::ProxyFqdn)),
        ),
        (
            "AutodiscoverUrl",
            format!(
                "{}{}",
                settings.autodiscover_url(),
                flag(Confirmable::AutodiscoverUrl)
            ),
        ),
        (
            "VerificationLevel",
            provider.verification_level.as_str().to_owned(),
        ),
        (
            names::EXISTING_PROVIDER.text(),
            t::existing_label(provider.existing).to_owned(),
        ),
        (
            "SharedSipAddressSpace",
            ps_bool(settings.tenant.shared_sip_address_space).to_owned(),
        ),
        (
            names::TENANT_FEDERATION.text(),
            crate::procedure::plan_text::federation_label(settings.tenant.federation_mode)
                .to_owned(),
        ),
        (
            names::SIP_DOMAINS.text(),
            list(settings.environment.domains()),
        ),
        (
            names::EDGE_FQDN.text(),
            if settings.environment.edge_external_fqdn.is_empty() {
                names::NOT_GIVEN.to_string()
            } else {
                settings.environment.edge_external_fqdn.clone()
            },
        ),
        (
            names::PILOT_USERS.text(),
            list(settings.environment.pilots()),
        ),
        (
            names::SERVER_TO_SERVER.text(),
            if settings.oauth.enabled {
                names::YES.to_string()
            } else {
                names::NO.to_string()
            },
        ),
    ]
}
