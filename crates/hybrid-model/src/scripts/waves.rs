//! One script per wave of users: read in the Skype for Business Server Management Shell (with the
//! MicrosoftTeams module, which Move-CsUser needs on the same server), it checks the wave's users on
//! premises and in the tenant, moves only the ready ones with `Move-CsUser -UserList`, and writes a
//! per-user result report for Hybrid Builder. Users are read from the wave's user file, never
//! written into the script. Safe to run again: users already moved are skipped, failed ones retried.

use super::report_frame::assign_list;
use super::script_frame::{
    CHANGE_BINDING, Help, header, preamble, transcript_start, transcript_stop,
};
use crate::powershell::command::Value;
use crate::powershell::token::Script;
use crate::powershell::writer::{Part, Writer};
use crate::procedure::commands;
use crate::procedure::settings::Settings;
use crate::scripts::text as t;
use crate::waves;

/// Reads the wave's user file into `$entries`.
const LIST_READ: &str = include_str!("fragments/wave-list-read.ps1");
/// Reads each user on premises and in the tenant (the tenant at `{TenantUserRead}`,
/// [`super::change::TENANT_USER_READ`]): `$results`, `$ready`.
const READINESS: &str = include_str!("fragments/wave-readiness.ps1");
/// Moves the ready users and reads each again.
const MOVE: &str = include_str!("fragments/wave-move.ps1");
/// Writes the results report, or in a dry run says where it would.
const RESULTS_SAVE: &str = include_str!("fragments/wave-results-save.ps1");

pub use crate::waves::results::{WAVE_RESULTS_SCHEMA, WAVE_RESULTS_VERSION};

/// The script of wave `number` (from 1).
pub fn wave(settings: &Settings, number: usize) -> Script {
    let mut w = Writer::default();
    let users = waves::users_file(number, settings);
    let example = format!("    .\\{} -WhatIf", waves::script_file(number, settings));
    let list_help = format!(
        "The wave's user file (default: {users} beside this script): entries separated by commas, as Move-CsUser -UserList reads them."
    );
    header(
        &mut w,
        settings,
        &Help {
            synopsis: t::WAVE_SYNOPSIS,
            description: &[t::WAVE_WHERE, t::WAVE_RERUN],
            params: &[
                ("UserListFile", &list_help),
                ("ReportPath", t::WAVE_REPORT_PATH_PARAM),
            ],
            example: &example,
        },
    );
    w.fragment_between(CHANGE_BINDING, 0, 1, &[]);
    // The default, a file name made from the SIP domain, on a line of its own inside `( )`.
    w.open("[string] $UserListFile = (");
    w.parts(&[
        Part::Code("Join-Path -Path $PSScriptRoot -ChildPath "),
        Part::Value(Value::Literal(users.clone())),
    ]);
    w.close("),");
    w.code("[string] $ReportPath = (Get-Location).Path");
    w.close(")");
    preamble(&mut w);
    w.code("$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'");
    w.code(&format!("$wave = {number}"));
    w.code(&format!("$waveLabel = '{number:03}'"));
    assign_list(&mut w, "$expectedDomains", &settings.environment.domains());
    transcript_start(
        &mut w,
        "$ReportPath",
        &format!("hybrid-wave-{number:03}-transcript"),
    );

    w.fragment(LIST_READ);
    w.blank();
    super::change::module_guard(&mut w);
    super::change::provider_and_environment(&mut w, settings, t::WAVE_NO_PROVIDER);
    w.blank();

    w.comment(t::CONNECT_STEP);
    for command in commands::connect_tenant_even_in_dry_run(settings) {
        w.command(&command);
    }
    w.blank();

    w.comment(t::READINESS_SOURCE);
    w.fragment(super::preflight::ENABLED_PLANS);
    // The wave results report each problem as a code and a detail, which the page reads.
    w.fragment_filled(
        READINESS,
        &[
            ("TenantUserRead", super::change::TENANT_USER_READ),
            ("User", "$sip"),
            (
                "NotInTenant",
                "ConvertTo-Problem -Code 'not-in-tenant' -Detail ''",
            ),
            (
                "NotSynced",
                r#"ConvertTo-Problem -Code 'not-synced' -Detail "$($online.HostingProvider)""#,
            ),
            ("NoPlan", "ConvertTo-Problem -Code 'no-plan' -Detail $plan"),
        ],
    );
    w.blank();
    w.fragment(MOVE);
    w.blank();
    w.fragment(RESULTS_SAVE);
    w.command(&commands::disconnect_tenant());
    transcript_stop(&mut w);
    w.finish()
}
