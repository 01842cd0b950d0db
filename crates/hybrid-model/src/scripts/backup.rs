//! What a change script's backup holds: one list, [`Saved`], names every object saved before any
//! change. The change scripts write their backup from it and the rollback scripts restore from it,
//! so the two cannot drift apart.

use crate::powershell::writer::Writer;
use crate::procedure::settings::Settings;

/// The backup key that names which change script wrote the file (not a saved object).
pub const BACKUP_OF_KEY: &str = "BackupOf";
/// What the on-premises change script writes under [`BACKUP_OF_KEY`].
pub const ON_PREMISES_BACKUP_OF: &str = "hybrid-on-premises";
/// What the online change script writes under [`BACKUP_OF_KEY`].
pub const ONLINE_BACKUP_OF: &str = "hybrid-online";

/// One object a change script saves before it changes anything, and the rollback puts back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    AccessEdge,
    HostingProviders,
    OAuthServers,
    PartnerApplications,
    OAuthConfiguration,
    TenantFederation,
    /// The service principals server-to-server authentication alters: key ids, service principal
    /// names, enabled state (read by `Get-PrincipalState`, fragments/principal-state.ps1).
    ServicePrincipals,
}

impl Saved {
    /// The key in the backup hashtable.
    pub fn key(self) -> &'static str {
        match self {
            Saved::AccessEdge => "AccessEdge",
            Saved::HostingProviders => "HostingProviders",
            Saved::OAuthServers => "OAuthServers",
            Saved::PartnerApplications => "PartnerApplications",
            Saved::OAuthConfiguration => "OAuthConfiguration",
            Saved::TenantFederation => "TenantFederation",
            Saved::ServicePrincipals => "ServicePrincipals",
        }
    }

    /// The expression the change script's backup runs to read the object (PowerShell, possibly
    /// over several lines).
    pub fn read(self) -> &'static str {
        match self {
            Saved::AccessEdge => "Get-CsAccessEdgeConfiguration",
            Saved::HostingProviders => "@(Get-CsHostingProvider)",
            Saved::OAuthServers => "@(Get-CsOAuthServer)",
            Saved::PartnerApplications => "@(Get-CsPartnerApplication)",
            Saved::OAuthConfiguration => "@(Get-CsOAuthConfiguration)",
            Saved::TenantFederation => "Get-CsTenantFederationConfiguration",
            Saved::ServicePrincipals => {
                "@(\n    \
                 Get-PrincipalState -AppId '00000004-0000-0ff1-ce00-000000000000'\n    \
                 Get-PrincipalState -AppId '00000002-0000-0ff1-ce00-000000000000'\n\
                 )"
            }
        }
    }
}

/// What the on-premises change script saves for these settings, in backup order.
pub fn on_premises_saved(settings: &Settings) -> Vec<Saved> {
    let mut saved = vec![Saved::AccessEdge, Saved::HostingProviders];
    if settings.oauth.enabled {
        saved.extend([
            Saved::OAuthServers,
            Saved::PartnerApplications,
            Saved::OAuthConfiguration,
        ]);
    }
    saved
}

/// What the online change script saves for these settings, in backup order.
pub fn online_saved(settings: &Settings) -> Vec<Saved> {
    let mut saved = vec![Saved::TenantFederation];
    if settings.oauth.enabled {
        saved.push(Saved::ServicePrincipals);
    }
    saved
}

/// The backup hashtable as the change scripts write it: the marker, then one line per saved object.
pub(super) fn write_backup(w: &mut Writer, backup_of: &str, saved: &[Saved]) {
    w.open("$backup = @{");
    w.code(&format!("{BACKUP_OF_KEY} = '{backup_of}'"));
    for item in saved {
        // A read over several lines (an array, one item a line) keeps its own indentation.
        w.fragment(&format!("{} = {}", item.key(), item.read()));
    }
    w.close("}");
}
