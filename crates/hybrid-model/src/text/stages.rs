//! The run order's words.

pub const PREFLIGHT: &str = "Pre-flight (read only)";
pub const DRY_RUN: &str = "On premises, dry run";
pub const ON_PREMISES: &str = "On premises";
pub const ONLINE: &str = "Online";
pub const WAIT: &str = "Wait for replication";
pub const MOVES: &str = "Pilot moves";
pub const VERIFY: &str = "Verify (read only)";
pub const IF_NEEDED: &str = "Only if it must be undone";

pub const MANAGEMENT_SHELL: &str =
    "Skype for Business Server Management Shell on a Front End server";
pub const TEAMS_SHELL: &str =
    "PowerShell with the MicrosoftTeams module (not the Management Shell)";
pub const BOTH_SHELLS: &str =
    "the on-premises part in the Management Shell, the online part with the MicrosoftTeams module";

pub const PREFLIGHT_LOOK: &str = "No FAIL. Load both hybrid-preflight-*.json reports into Hybrid Builder and read What will change.";
pub const DRY_RUN_LOOK: &str =
    "What if: lines only for the changes What will change lists; no error.";
pub const ON_PREMISES_LOOK: &str = "The backup and transcript paths (keep them for a rollback), each step done or already in place, no error.";
pub const ONLINE_LOOK: &str =
    "SharedSipAddressSpace is True; federation mode matches the on-premises side.";
pub const ONLINE_LOOK_PILOTS: &str = "SharedSipAddressSpace is True; READY for each pilot user, and the path of hybrid-move-readiness.json.";
pub const WAIT_LOOK: &str = "No server listed (every replica up to date); the pilot users synced to the tenant. The Edge applies the change only after replication.";
pub const MOVES_LOOK: &str =
    "The module and build line, then each pilot moved; a NOT READY user is skipped with a warning.";
pub const VERIFY_LOOK: &str = "PASS on every line. Load both hybrid-verification-*.json reports: the checklist marks what they prove.";
pub const IF_NEEDED_LOOK: &str = "Dry run first; it refuses while users are homed online. The online part has hybrid-online-rollback.ps1.";
