//! Waves of users, from the pilot to everyone: the user list is read ([`list`]), split into waves
//! of a chosen size, and each wave gets the user file `Move-CsUser -UserList` reads and one script
//! (`crate::scripts::waves`, written by `crate::handover::downloads::wave_files`) that checks, moves and
//! reports that wave. The reports come back
//! through [`results`].

pub mod list;
pub mod results;
pub mod text;

use list::{AddressKind, ListedUser, UserList};

use crate::procedure::naming::file_name;
use crate::procedure::settings::Settings;

/// The wave size when none is chosen. Not a Microsoft figure: small enough that a wave's moves,
/// its checks and its failures fit one change window.
pub const DEFAULT_WAVE_SIZE: usize = 100;
/// The largest wave. Not a Microsoft limit either: a bound on one script run.
pub const MAX_WAVE_SIZE: usize = 5_000;

/// One wave: its number (from 1) and users.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wave<'a> {
    pub number: usize,
    pub users: &'a [ListedUser],
}

/// The list split into waves of `size` users (the last may be smaller), in file order.
pub fn waves(list: &UserList, size: usize) -> Vec<Wave<'_>> {
    let size = size.clamp(1, MAX_WAVE_SIZE);
    list.users
        .chunks(size)
        .enumerate()
        .map(|(i, users)| Wave {
            number: i + 1,
            users,
        })
        .collect()
}

/// The file name of a wave's user file, e.g. `hybrid-wave-001-users-contoso.com-commercial.txt`.
pub fn users_file(number: usize, settings: &Settings) -> String {
    file_name(&format!("hybrid-wave-{number:03}-users.txt"), settings)
}

/// The file name of a wave's script, e.g. `hybrid-wave-001-contoso.com-commercial.ps1`.
pub fn script_file(number: usize, settings: &Settings) -> String {
    file_name(&format!("hybrid-wave-{number:03}.ps1"), settings)
}

/// The file name of a user file for the users to try again.
pub fn retry_file(settings: &Settings) -> String {
    file_name("hybrid-wave-retry-users.txt", settings)
}

/// The user file for `Move-CsUser -UserList`, in the one form Move-CsUser.md's -UserList gives:
/// the entries on one line, separated by commas ("sip:user1@contoso.com,sip:user2@contoso.com").
pub fn user_file(users: &[ListedUser], kind: AddressKind) -> String {
    let entries: Vec<String> = users.iter().map(|u| u.entry(kind)).collect();
    entries.join(",")
}
