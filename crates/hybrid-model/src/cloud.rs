//! Per-cloud values, each with where it comes from, so the page never presents a guess as a fact.

use serde::{Deserialize, Serialize};

/// The Microsoft 365 cloud the tenant lives in: it decides endpoints, sign-in and DNS targets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Cloud {
    #[default]
    #[serde(rename = "commercial")]
    Commercial,
    #[serde(rename = "gcc")]
    Gcc,
    #[serde(rename = "gcc-high")]
    GccHigh,
    #[serde(rename = "dod")]
    Dod,
    #[serde(rename = "21vianet")]
    China,
}

/// How sure the reference is of a value: shown to the admin next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Provenance {
    /// Stated in Microsoft's documentation in this form.
    Documented,
    /// Derived from documented values, never stated in this form.
    Inferred,
    /// Not found in any official source.
    Unconfirmed,
}

/// A value together with its provenance and the reason for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sourced {
    pub value: &'static str,
    pub provenance: Provenance,
    /// Where the value comes from, or why it is not certain.
    pub note: &'static str,
}

const fn documented(value: &'static str, note: &'static str) -> Sourced {
    Sourced {
        value,
        provenance: Provenance::Documented,
        note,
    }
}
const fn inferred(value: &'static str, note: &'static str) -> Sourced {
    Sourced {
        value,
        provenance: Provenance::Inferred,
        note,
    }
}
const fn unconfirmed(value: &'static str, note: &'static str) -> Sourced {
    Sourced {
        value,
        provenance: Provenance::Unconfirmed,
        note,
    }
}

/// Everything that differs between clouds, in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CloudProfile {
    /// Hosting provider `-ProxyFqdn`, also the `Move-CsUser -Target` for moves to the cloud.
    pub proxy_fqdn: Sourced,
    /// Hosting provider `-AutodiscoverUrl`.
    pub autodiscover_url: Sourced,
    /// `Connect-MicrosoftTeams -TeamsEnvironmentName`; `None` means the parameter is omitted.
    pub teams_environment: Option<Sourced>,
    /// `New-CsOnlineSession -TeamsEnvironmentName` for the retired connector, where documented.
    pub legacy_environment: Option<Sourced>,
    /// Where `sip` and `_sip._tls` point once hybrid is disabled.
    pub dns_sipdir: Sourced,
    /// Where `lyncdiscover` points once hybrid is disabled.
    pub dns_webdir: Sourced,
    /// Where `_sipfederationtls._tcp` points once hybrid is disabled.
    pub dns_sipfed: Sourced,
    /// `Connect-MgGraph -Environment`.
    pub graph_environment: Sourced,
    /// `Connect-MsolService -AzureEnvironment` (legacy).
    pub msol_environment: Sourced,
    /// Metadata URL prefix of the ACS OAuth server (`…/<TenantId>/metadata/json/1`).
    pub acs_metadata_prefix: Sourced,
    /// Whether the cloud needs `Set-TeamsEnvironmentConfig` before `Move-CsUser`.
    pub needs_environment_config: bool,
}

const COMMERCIAL_FQDN: &str = "sipfed.online.lync.com";
const COMMERCIAL_AUTODISCOVER: &str =
    "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root";
const ACS_PREFIX: &str = "https://accounts.accesscontrol.windows.net/";

impl Cloud {
    /// Every cloud, in the order the form offers them.
    pub const ALL: [Cloud; 5] = [
        Cloud::Commercial,
        Cloud::Gcc,
        Cloud::GccHigh,
        Cloud::Dod,
        Cloud::China,
    ];

    /// The settings-file name of the cloud (also used in links and the CLI).
    pub fn key(self) -> &'static str {
        crate::vocabulary::Choice::name(self)
    }

    /// Parses the settings-file name, for the CLI and links.
    pub fn from_key(key: &str) -> Option<Cloud> {
        Cloud::ALL
            .into_iter()
            .find(|c| c.key().eq_ignore_ascii_case(key))
    }

    /// Sovereign clouds, where any value Microsoft does not document must be confirmed by the admin
    /// before a script that uses it is offered.
    pub fn is_sovereign(self) -> bool {
        matches!(self, Cloud::GccHigh | Cloud::Dod | Cloud::China)
    }

    /// Whether the admin must confirm this cloud value before a script may use it: unconfirmed
    /// values anywhere, and every undocumented value of a sovereign cloud.
    pub fn needs_confirmation(self, value: Sourced) -> bool {
        match value.provenance {
            Provenance::Documented => false,
            Provenance::Unconfirmed => true,
            Provenance::Inferred => self.is_sovereign(),
        }
    }

    /// The name admins know the cloud by.
    pub fn display_name(self) -> &'static str {
        match self {
            Cloud::Commercial => "Commercial (worldwide)",
            Cloud::Gcc => "GCC",
            Cloud::GccHigh => "GCC High",
            Cloud::Dod => "DoD",
            Cloud::China => "21Vianet (China)",
        }
    }

    /// The cloud's values with their provenance, as the reference gives them (§3).
    pub fn profile(self) -> CloudProfile {
        match self {
            Cloud::Commercial => CloudProfile {
                proxy_fqdn: documented(
                    COMMERCIAL_FQDN,
                    "Documented: Microsoft's hybrid federation article (OfficeDocs-SkypeForBusiness, Skype/SfbHybrid/hybrid/configure-federation-with-skype-for-business-online.md).",
                ),
                autodiscover_url: documented(
                    COMMERCIAL_AUTODISCOVER,
                    "Documented: Microsoft's hybrid federation article (OfficeDocs-SkypeForBusiness, Skype/SfbHybrid/hybrid/configure-federation-with-skype-for-business-online.md).",
                ),
                teams_environment: None,
                legacy_environment: None,
                dns_sipdir: documented(
                    "sipdir.online.lync.com",
                    "Documented: decommission-manage-dns-entries.md (OfficeDocs-SkypeForBusiness) and create-dns-records-at-any-dns-hosting-provider.md (microsoft-365-docs).",
                ),
                dns_webdir: documented(
                    "webdir.online.lync.com",
                    "Documented: decommission-manage-dns-entries.md (OfficeDocs-SkypeForBusiness) and create-dns-records-at-any-dns-hosting-provider.md (microsoft-365-docs).",
                ),
                dns_sipfed: documented(
                    "sipfed.online.lync.com",
                    "Documented: decommission-manage-dns-entries.md (OfficeDocs-SkypeForBusiness) and create-dns-records-at-any-dns-hosting-provider.md (microsoft-365-docs).",
                ),
                graph_environment: documented(
                    "Global",
                    "Documented: the default of Connect-MgGraph -Environment (Connect-MgGraph.md).",
                ),
                msol_environment: documented(
                    "AzureCloud",
                    "Documented: the default of Connect-MsolService -AzureEnvironment (Connect-MsolService.md).",
                ),
                acs_metadata_prefix: documented(
                    ACS_PREFIX,
                    "Documented: Skype/SfbServer/manage/authentication/configure-a-hybrid-environment.md (OfficeDocs-SkypeForBusiness).",
                ),
                needs_environment_config: false,
            },
            Cloud::Gcc => CloudProfile {
                proxy_fqdn: inferred(
                    COMMERCIAL_FQDN,
                    "Inferred: no GCC-specific value is documented; GCC uses the Commercial endpoints.",
                ),
                autodiscover_url: inferred(
                    COMMERCIAL_AUTODISCOVER,
                    "Inferred: no GCC-specific value is documented; GCC uses the Commercial endpoints.",
                ),
                teams_environment: None,
                legacy_environment: None,
                dns_sipdir: inferred("sipdir.online.lync.com", "Inferred: same as Commercial."),
                dns_webdir: inferred("webdir.online.lync.com", "Inferred: same as Commercial."),
                dns_sipfed: inferred("sipfed.online.lync.com", "Inferred: same as Commercial."),
                graph_environment: inferred(
                    "Global",
                    "Inferred: the name is one of Connect-MgGraph.md's or Connect-MsolService.md's environments; which cloud it serves is read from its name, not stated.",
                ),
                msol_environment: inferred(
                    "AzureCloud",
                    "Inferred: the name is one of Connect-MgGraph.md's or Connect-MsolService.md's environments; which cloud it serves is read from its name, not stated.",
                ),
                acs_metadata_prefix: unconfirmed(
                    ACS_PREFIX,
                    "Unconfirmed: the documented value is for Commercial.",
                ),
                needs_environment_config: false,
            },
            Cloud::GccHigh => CloudProfile {
                proxy_fqdn: unconfirmed(
                    "sipfed.online.gov.skypeforbusiness.us",
                    "Unconfirmed: documented only as the federation SRV target of GCC High, not as a hosting provider ProxyFqdn.",
                ),
                autodiscover_url: unconfirmed(
                    "https://webdir.online.gov.skypeforbusiness.us/Autodiscover/AutodiscoverService.svc/root",
                    "Unconfirmed: built from the GCC High lyncdiscover target and the Commercial path.",
                ),
                teams_environment: Some(documented(
                    "TeamsGCCH",
                    "Documented: Connect-MicrosoftTeams.md -TeamsEnvironmentName (office-docs-powershell).",
                )),
                legacy_environment: Some(documented(
                    "TeamsGCCH",
                    "Documented: New-CsOnlineSession.md -TeamsEnvironmentName (office-docs-powershell, last revision before removal).",
                )),
                dns_sipdir: documented(
                    "sipdir.online.gov.skypeforbusiness.us",
                    "Documented: an older revision of dns-records-for-office-365-gcc-high.md (microsoft-365-docs).",
                ),
                dns_webdir: documented(
                    "webdir.online.gov.skypeforbusiness.us",
                    "Documented: an older revision of dns-records-for-office-365-gcc-high.md (microsoft-365-docs).",
                ),
                dns_sipfed: documented(
                    "sipfed.online.gov.skypeforbusiness.us",
                    "Documented: dns-records-for-office-365-gcc-high.md (microsoft-365-docs).",
                ),
                graph_environment: inferred(
                    "USGov",
                    "Inferred: the name is one of Connect-MgGraph.md's or Connect-MsolService.md's environments; which cloud it serves is read from its name, not stated.",
                ),
                msol_environment: inferred(
                    "USGovernment",
                    "Inferred: the name is one of Connect-MgGraph.md's or Connect-MsolService.md's environments; which cloud it serves is read from its name, not stated.",
                ),
                acs_metadata_prefix: unconfirmed(
                    ACS_PREFIX,
                    "Unconfirmed: no GCC High metadata URL is documented.",
                ),
                needs_environment_config: false,
            },
            Cloud::Dod => CloudProfile {
                proxy_fqdn: unconfirmed(
                    "sipfed.online.dod.skypeforbusiness.us",
                    "Unconfirmed: documented only as the federation SRV target of DoD, not as a hosting provider ProxyFqdn.",
                ),
                autodiscover_url: unconfirmed(
                    "https://webdir.online.dod.skypeforbusiness.us/Autodiscover/AutodiscoverService.svc/root",
                    "Unconfirmed: built from the DoD lyncdiscover target and the Commercial path.",
                ),
                teams_environment: Some(documented(
                    "TeamsDOD",
                    "Documented: Connect-MicrosoftTeams.md -TeamsEnvironmentName (office-docs-powershell).",
                )),
                legacy_environment: Some(documented(
                    "TeamsDOD",
                    "Documented: New-CsOnlineSession.md -TeamsEnvironmentName (office-docs-powershell, last revision before removal).",
                )),
                dns_sipdir: documented(
                    "sipdir.online.dod.skypeforbusiness.us",
                    "Documented: an older revision of dns-records-for-office-365-dod.md (microsoft-365-docs).",
                ),
                dns_webdir: documented(
                    "webdir.online.dod.skypeforbusiness.us",
                    "Documented: an older revision of dns-records-for-office-365-dod.md (microsoft-365-docs).",
                ),
                dns_sipfed: documented(
                    "sipfed.online.dod.skypeforbusiness.us",
                    "Documented: dns-records-for-office-365-dod.md (microsoft-365-docs).",
                ),
                graph_environment: inferred(
                    "USGovDoD",
                    "Inferred: the name is one of Connect-MgGraph.md's or Connect-MsolService.md's environments; which cloud it serves is read from its name, not stated.",
                ),
                msol_environment: inferred(
                    "USGovernment",
                    "Inferred: the name is one of Connect-MgGraph.md's or Connect-MsolService.md's environments; which cloud it serves is read from its name, not stated.",
                ),
                acs_metadata_prefix: unconfirmed(
                    ACS_PREFIX,
                    "Unconfirmed: no DoD metadata URL is documented.",
                ),
                needs_environment_config: false,
            },
            Cloud::China => CloudProfile {
                proxy_fqdn: unconfirmed(
                    "sipfed.online.partner.lync.cn",
                    "Unconfirmed: documented only as the federation SRV target of 21Vianet, not as a hosting provider ProxyFqdn.",
                ),
                autodiscover_url: unconfirmed(
                    "https://webdir.online.partner.lync.cn/Autodiscover/AutodiscoverService.svc/root",
                    "Unconfirmed: built from the 21Vianet lyncdiscover target and the Commercial path.",
                ),
                teams_environment: Some(documented(
                    "TeamsChina",
                    "Documented: Connect-MicrosoftTeams.md -TeamsEnvironmentName (office-docs-powershell).",
                )),
                legacy_environment: None,
                dns_sipdir: documented(
                    "sipdir.online.partner.lync.cn",
                    "Documented: create-dns-records-at-any-dns-hosting-provider.md, o365-21vianet (microsoft-365-docs).",
                ),
                dns_webdir: documented(
                    "webdir.online.partner.lync.cn",
                    "Documented: create-dns-records-at-any-dns-hosting-provider.md, o365-21vianet (microsoft-365-docs).",
                ),
                dns_sipfed: documented(
                    "sipfed.online.partner.lync.cn",
                    "Documented: create-dns-records-at-any-dns-hosting-provider.md, o365-21vianet (microsoft-365-docs).",
                ),
                graph_environment: inferred(
                    "China",
                    "Inferred: the name is one of Connect-MgGraph.md's or Connect-MsolService.md's environments; which cloud it serves is read from its name, not stated.",
                ),
                msol_environment: inferred(
                    "AzureChinaCloud",
                    "Inferred: the name is one of Connect-MgGraph.md's or Connect-MsolService.md's environments; which cloud it serves is read from its name, not stated.",
                ),
                acs_metadata_prefix: inferred(
                    "https://accounts.accesscontrol.chinacloudapi.cn/",
                    "Inferred: SharePoint's guide for 21Vianet gives this ACS host (sp-dev-docs, docs/solution-guidance/Extending-SharePoint-Online-for-Germany-China-USGovernment-environments.md); no Skype for Business article states it.",
                ),
                needs_environment_config: true,
            },
        }
    }
}
