//! The order of a change window, as the page's strip and the checklist show it: each stage names
//! its file, the shell it runs in, the switch, and what to look for.

use crate::handover::stages_text as t;
use crate::procedure::settings::Settings;
use crate::report::ReportPart;
use crate::scripts::change::{ON_PREMISES_FILE, ONLINE_FILE};
use crate::scripts::rollback::{ON_PREMISES_ROLLBACK_FILE, ONLINE_ROLLBACK_FILE};
use crate::scripts::{preflight, verify};

/// One stage of the window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stage {
    pub title: &'static str,
    /// Where it runs.
    pub shell: &'static str,
    /// What to type, file and switches included.
    pub commands: Vec<String>,
    /// What the admin should see before going on.
    pub look_for: &'static str,
}

fn run(file: &str, switches: &str, settings: &Settings) -> String {
    let file = crate::procedure::naming::file_name(file, settings);
    if switches.is_empty() {
        format!(".\\{file}")
    } else {
        format!(".\\{file} {switches}")
    }
}

/// The stages for these settings, in the order they must run.
pub fn stages(settings: &Settings) -> Vec<Stage> {
    let pilots = settings.environment.has_pilots();
    let mut out = vec![
        Stage {
            title: t::PREFLIGHT.text(),
            shell: t::BOTH_SHELLS.text(),
            commands: vec![
                run(preflight::ON_PREMISES_FILE, "", settings),
                run(preflight::ONLINE_FILE, "", settings),
            ],
            look_for: t::PREFLIGHT_LOOK.text(),
        },
        Stage {
            title: t::DRY_RUN.text(),
            shell: t::MANAGEMENT_SHELL.text(),
            commands: vec![run(ON_PREMISES_FILE, "-WhatIf", settings)],
            look_for: t::DRY_RUN_LOOK.text(),
        },
        Stage {
            title: t::ON_PREMISES.text(),
            shell: t::MANAGEMENT_SHELL.text(),
            commands: vec![run(ON_PREMISES_FILE, "", settings)],
            look_for: t::ON_PREMISES_LOOK.text(),
        },
        Stage {
            title: t::ONLINE.text(),
            shell: t::TEAMS_SHELL.text(),
            commands: vec![run(ONLINE_FILE, "", settings)],
            look_for: if pilots {
                t::ONLINE_LOOK_PILOTS.text()
            } else {
                t::ONLINE_LOOK.text()
            },
        },
        Stage {
            title: t::WAIT.text(),
            shell: t::MANAGEMENT_SHELL.text(),
            commands: vec![
                "Get-CsManagementStoreReplicationStatus | Where-Object -Property UpToDate -EQ -Value $false"
                    .to_owned(),
            ],
            look_for: t::WAIT_LOOK.text(),
        },
    ];
    if pilots {
        out.push(Stage {
            title: t::MOVES.text(),
            shell: t::MANAGEMENT_SHELL.text(),
            commands: vec![run(
                ON_PREMISES_FILE,
                "-MovePilotUsers -ReadinessFile .\\hybrid-move-readiness.json",
                settings,
            )],
            look_for: t::MOVES_LOOK.text(),
        });
    }
    out.push(Stage {
        title: t::VERIFY.text(),
        shell: t::BOTH_SHELLS.text(),
        commands: vec![
            run(&verify::script_file(ReportPart::OnPremises), "", settings),
            run(&verify::script_file(ReportPart::Online), "", settings),
        ],
        look_for: t::VERIFY_LOOK.text(),
    });
    out.push(Stage {
        title: t::IF_NEEDED.text(),
        shell: t::BOTH_SHELLS.text(),
        // Both rollbacks, in the reverse order of the change: the tenant, then the deployment.
        commands: vec![
            run(
                ONLINE_ROLLBACK_FILE,
                &format!("-BackupFile {} -WhatIf", t::ONLINE_BACKUP_FILE_PLACEHOLDER),
                settings,
            ),
            run(
                ON_PREMISES_ROLLBACK_FILE,
                &format!("-BackupFile {} -WhatIf", t::BACKUP_FILE_PLACEHOLDER),
                settings,
            ),
        ],
        look_for: t::IF_NEEDED_LOOK.text(),
    });
    out
}

/// The whole road after the hybrid window: waves of moves, their results, and the cut-over that
/// switches hybrid off (cloud-consolidation-disabling-hybrid.md), then the pointers to
/// decommissioning. Apart from [`stages`], which is one change window.
pub fn road(settings: &Settings) -> Vec<Stage> {
    use crate::scripts::cutover;
    let first_wave = crate::waves::script_file(1, settings);
    let check = run(cutover::CHECK_FILE, "-PublicDnsServer 8.8.8.8", settings);
    vec![
        Stage {
            title: t::ROAD_WAVES.text(),
            shell: t::WAVE_SHELL.text(),
            commands: vec![
                "sfb-hybrid waves settings.json users.csv --size 100 --out waves".to_owned(),
                format!(".\\{first_wave} -WhatIf"),
                format!(".\\{first_wave}"),
            ],
            look_for: t::ROAD_WAVES_LOOK.text(),
        },
        Stage {
            title: t::ROAD_RESULTS.text(),
            shell: t::BUILDER.text(),
            commands: vec![
                "sfb-hybrid wave-results settings.json hybrid-wave-*-results-*.json --out retry"
                    .to_owned(),
            ],
            look_for: t::ROAD_RESULTS_LOOK.text(),
        },
        Stage {
            title: t::ROAD_CHECK.text(),
            shell: t::MANAGEMENT_SHELL.text(),
            commands: vec![
                check.clone(),
                format!(
                    "sfb-hybrid cutover settings.json --check {} --out cutover",
                    cutover::CHECK_REPORT_FILE
                ),
            ],
            look_for: t::ROAD_CHECK_LOOK.text(),
        },
        Stage {
            title: t::ROAD_DNS.text(),
            shell: t::DNS_HOST.text(),
            commands: cutover_dns(settings),
            look_for: t::ROAD_DNS_LOOK.text(),
        },
        Stage {
            title: t::ROAD_ONLINE.text(),
            shell: t::TEAMS_SHELL.text(),
            commands: vec![
                run(cutover::ONLINE_FILE, "-WhatIf", settings),
                run(cutover::ONLINE_FILE, "", settings),
            ],
            look_for: t::ROAD_ONLINE_LOOK.text(),
        },
        Stage {
            title: t::ROAD_ON_PREMISES.text(),
            shell: t::MANAGEMENT_SHELL.text(),
            commands: vec![
                run(cutover::ON_PREMISES_FILE, "-WhatIf", settings),
                run(cutover::ON_PREMISES_FILE, "", settings),
            ],
            look_for: t::ROAD_ON_PREMISES_LOOK.text(),
        },
        Stage {
            title: t::ROAD_VERIFY.text(),
            shell: t::MANAGEMENT_SHELL.text(),
            commands: vec![check],
            look_for: t::ROAD_VERIFY_LOOK.text(),
        },
        Stage {
            title: t::ROAD_DECOMMISSION.text(),
            shell: t::BOTH_SHELLS.text(),
            commands: Vec::new(),
            look_for: t::ROAD_DECOMMISSION_LOOK.text(),
        },
    ]
}

/// The records each SIP domain gets at the cut-over, as decommission-manage-dns-entries.md lists
/// them (type, name, TTL, priority, weight, port, value), with this cloud's Microsoft 365 names.
pub fn cutover_dns(settings: &Settings) -> Vec<String> {
    let profile = settings.cloud.profile();
    let (sipfed, sipdir, webdir) = (
        profile.dns_sipfed.value,
        profile.dns_sipdir.value,
        profile.dns_webdir.value,
    );
    let mut lines: Vec<String> = settings
        .environment
        .domains()
        .into_iter()
        .flat_map(|d| {
            [
                format!("SRV   _sipfederationtls._tcp.{d}  3600  100 1 5061 {sipfed}"),
                format!("SRV   _sip._tls.{d}  3600  100 1 443 {sipdir}"),
                format!("CNAME lyncdiscover.{d}  3600  {webdir}"),
                format!("CNAME sip.{d}  3600  {sipdir}"),
            ]
        })
        .collect();
    // Where each value comes from, in English like every command (the notes are keyed text).
    lines.extend(crate::i18n::in_english(|| {
        let profile = settings.cloud.profile();
        [profile.dns_sipfed, profile.dns_sipdir, profile.dns_webdir]
            .into_iter()
            .map(|v| {
                let provenance = match v.provenance {
                    crate::procedure::cloud::Provenance::Documented => "documented",
                    crate::procedure::cloud::Provenance::Inferred => "INFERRED",
                    crate::procedure::cloud::Provenance::Unconfirmed => "UNCONFIRMED",
                };
                format!("# {}: {provenance}, {}", v.value, v.note)
            })
            .collect::<Vec<_>>()
    }));
    lines
}
