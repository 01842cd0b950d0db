//! The order of a change window, as the page's strip and the checklist show it: each stage names
//! its file, the shell it runs in, the switch, and what to look for.

use crate::powershell::rollback::{ON_PREMISES_ROLLBACK_FILE, ONLINE_ROLLBACK_FILE};
use crate::powershell::scripts::{ON_PREMISES_FILE, ONLINE_FILE};
use crate::powershell::{preflight, verify};
use crate::report::Part;
use crate::settings::Settings;
use crate::text::stages as t;

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
    let file = crate::naming::file_name(file, settings);
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
            run(&verify::script_file(Part::OnPremises), "", settings),
            run(&verify::script_file(Part::Online), "", settings),
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
