//! Every script of a change window as its download: the name for these settings and the bytes, in
//! one list for the page's Download all and change record and for the CLI's `generate`.

use crate::powershell::Script;
use crate::procedure::naming::{file_name, script_bytes};
use crate::procedure::settings::Settings;
use crate::report::ReportPart;
use crate::scripts::{change, preflight, rollback, verify};

fn download(base: &str, script: Script, settings: &Settings) -> (String, Vec<u8>) {
    (file_name(base, settings), script_bytes(&script.text()))
}

/// The two change scripts, as the page's first two tabs offer them.
pub fn change_scripts(settings: &Settings) -> Vec<(String, Vec<u8>)> {
    vec![
        download(
            change::ON_PREMISES_FILE,
            change::on_premises(settings),
            settings,
        ),
        download(change::ONLINE_FILE, change::online(settings), settings),
    ]
}

/// The rollback, pre-flight and verification scripts.
pub fn companion_scripts(settings: &Settings) -> Vec<(String, Vec<u8>)> {
    vec![
        download(
            rollback::ON_PREMISES_ROLLBACK_FILE,
            rollback::on_premises_rollback(settings),
            settings,
        ),
        download(
            rollback::ONLINE_ROLLBACK_FILE,
            rollback::online_rollback(settings),
            settings,
        ),
        download(
            preflight::ON_PREMISES_FILE,
            preflight::on_premises(settings),
            settings,
        ),
        download(
            preflight::ONLINE_FILE,
            preflight::online(settings),
            settings,
        ),
        download(
            &verify::script_file(ReportPart::OnPremises),
            verify::on_premises(settings),
            settings,
        ),
        download(
            &verify::script_file(ReportPart::Online),
            verify::online(settings),
            settings,
        ),
    ]
}

/// Every script, change scripts first: what the change record hashes.
pub fn all_scripts(settings: &Settings) -> Vec<(String, Vec<u8>)> {
    let mut all = change_scripts(settings);
    all.extend(companion_scripts(settings));
    all
}

/// Every wave's user file and script, as (name, bytes), wave by wave (the CLI's `waves`).
pub fn wave_files(
    settings: &Settings,
    list: &crate::waves::list::UserList,
    size: usize,
) -> Vec<(String, Vec<u8>)> {
    use crate::waves::{script_file, user_file, users_file, waves};
    waves(list, size)
        .iter()
        .flat_map(|wave| {
            [
                (
                    users_file(wave.number, settings),
                    user_file(wave.users, list.column.kind).into_bytes(),
                ),
                (
                    script_file(wave.number, settings),
                    script_bytes(&crate::scripts::waves::wave(settings, wave.number).text()),
                ),
            ]
        })
        .collect()
}
