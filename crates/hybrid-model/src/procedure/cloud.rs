//! Per-cloud values, each with where it comes from, so the page never presents a guess as a fact.

use crate::i18n::keys::cloud as names;
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
    /// Where `sip` and `_sip._tls` point once hybrid is disabled.
    pub dns_sipdir: Sourced,
    /// Where `lyncdiscover` points once hybrid is disabled.
    pub dns_webdir: Sourced,
    /// Where `_sipfederationtls._tcp` points once hybrid is disabled.
    pub dns_sipfed: Sourced,
    /// `Connect-MgGraph -Environment`.
    pub graph_environment: Sourced,
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
        crate::procedure::vocabulary::Choice::name(self)
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

    /// Whether the admin must confirm this cloud value before a script may use it: one rule for
    /// every cloud, any value Microsoft does not document in that form for it.
    pub fn needs_confirmation(self, value: Sourced) -> bool {
        value.provenance != Provenance::Documented
    }

    /// The name admins know the cloud by, in the active language.
    pub fn display_name(self) -> &'static str {
        match self {
            Cloud::Commercial => names::COMMERCIAL,
            Cloud::Gcc => names::GCC,
            Cloud::GccHigh => names::GCC_HIGH,
            Cloud::Dod => names::DOD,
            Cloud::China => names::CHINA,
        }
        .text()
    }

    /// The cloud's values with their provenance, as the reference gives them (§3).
    pub fn profile(self) -> CloudProfile {
        match self {
            Cloud::Commercial => CloudProfile {
                proxy_fqdn: documented(
                    COMMERCIAL_FQDN,
                    names::NOTE_DOCUMENTED_MICROSOFT_S_HYBRID_FEDERATION_ARTICLE.text(),
                ),
                autodiscover_url: documented(
                    COMMERCIAL_AUTODISCOVER,
                    names::NOTE_DOCUMENTED_MICROSOFT_S_HYBRID_FEDERATION_ARTICLE.text(),
                ),
                teams_environment: None,
                dns_sipdir: documented(
                    "sipdir.online.lync.com",
                    names::NOTE_DOCUMENTED_DECOMMISSION_MANAGE_DNS_ENTRIES_MD.text(),
                ),
                dns_webdir: documented(
                    "webdir.online.lync.com",
                    names::NOTE_DOCUMENTED_DECOMMISSION_MANAGE_DNS_ENTRIES_MD.text(),
                ),
                dns_sipfed: documented(
                    "sipfed.online.lync.com",
                    names::NOTE_DOCUMENTED_DECOMMISSION_MANAGE_DNS_ENTRIES_MD.text(),
                ),
                graph_environment: documented(
                    "Global",
                    names::NOTE_DOCUMENTED_THE_DEFAULT_OF_CONNECT_MGGRAPH.text(),
                ),
                acs_metadata_prefix: documented(
                    ACS_PREFIX,
                    names::NOTE_DOCUMENTED_SKYPE_SFBSERVER_MANAGE_AUTHENTICATION_CONFIGURE.text(),
                ),
                needs_environment_config: false,
            },
            Cloud::Gcc => CloudProfile {
                proxy_fqdn: inferred(
                    COMMERCIAL_FQDN,
                    names::NOTE_INFERRED_NO_GCC_SPECIFIC_VALUE_IS.text(),
                ),
                autodiscover_url: inferred(
                    COMMERCIAL_AUTODISCOVER,
                    names::NOTE_INFERRED_NO_GCC_SPECIFIC_VALUE_IS.text(),
                ),
                teams_environment: None,
                dns_sipdir: inferred(
                    "sipdir.online.lync.com",
                    names::NOTE_INFERRED_NO_GCC_SPECIFIC_VALUE_IS.text(),
                ),
                dns_webdir: inferred(
                    "webdir.online.lync.com",
                    names::NOTE_INFERRED_NO_GCC_SPECIFIC_VALUE_IS.text(),
                ),
                dns_sipfed: inferred(
                    "sipfed.online.lync.com",
                    names::NOTE_INFERRED_NO_GCC_SPECIFIC_VALUE_IS.text(),
                ),
                graph_environment: inferred(
                    "Global",
                    names::NOTE_INFERRED_THE_NAME_IS_ONE_OF.text(),
                ),
                acs_metadata_prefix: unconfirmed(
                    ACS_PREFIX,
                    names::NOTE_UNCONFIRMED_THE_DOCUMENTED_VALUE_IS_FOR.text(),
                ),
                needs_environment_config: false,
            },
            Cloud::GccHigh => CloudProfile {
                proxy_fqdn: unconfirmed(
                    "sipfed.online.gov.skypeforbusiness.us",
                    names::NOTE_UNCONFIRMED_DOCUMENTED_ONLY_AS_THE_FEDERATION.text(),
                ),
                autodiscover_url: unconfirmed(
                    "https://webdir.online.gov.skypeforbusiness.us/Autodiscover/AutodiscoverService.svc/root",
                    names::NOTE_UNCONFIRMED_BUILT_FROM_THE_GCC_HIGH.text(),
                ),
                teams_environment: Some(documented(
                    "TeamsGCCH",
                    names::NOTE_DOCUMENTED_CONNECT_MICROSOFTTEAMS_MD_TEAMSENVIRONMENTNAME_OFFICE
                        .text(),
                )),
                dns_sipdir: documented(
                    "sipdir.online.gov.skypeforbusiness.us",
                    names::NOTE_DOCUMENTED_AN_OLDER_REVISION_OF_DNS.text(),
                ),
                dns_webdir: documented(
                    "webdir.online.gov.skypeforbusiness.us",
                    names::NOTE_DOCUMENTED_AN_OLDER_REVISION_OF_DNS.text(),
                ),
                dns_sipfed: documented(
                    "sipfed.online.gov.skypeforbusiness.us",
                    names::NOTE_DOCUMENTED_DNS_RECORDS_FOR_OFFICE_365.text(),
                ),
                graph_environment: inferred(
                    "USGov",
                    names::NOTE_INFERRED_THE_NAME_IS_ONE_OF.text(),
                ),
                acs_metadata_prefix: unconfirmed(
                    ACS_PREFIX,
                    names::NOTE_UNCONFIRMED_NO_GCC_HIGH_METADATA_URL.text(),
                ),
                needs_environment_config: false,
            },
            Cloud::Dod => CloudProfile {
                proxy_fqdn: unconfirmed(
                    "sipfed.online.dod.skypeforbusiness.us",
                    names::NOTE_UNCONFIRMED_DOCUMENTED_ONLY_AS_THE_FEDERATION_2.text(),
                ),
                autodiscover_url: unconfirmed(
                    "https://webdir.online.dod.skypeforbusiness.us/Autodiscover/AutodiscoverService.svc/root",
                    names::NOTE_UNCONFIRMED_BUILT_FROM_THE_DOD_LYNCDISCOVER.text(),
                ),
                teams_environment: Some(documented(
                    "TeamsDOD",
                    names::NOTE_DOCUMENTED_CONNECT_MICROSOFTTEAMS_MD_TEAMSENVIRONMENTNAME_OFFICE
                        .text(),
                )),
                dns_sipdir: documented(
                    "sipdir.online.dod.skypeforbusiness.us",
                    names::NOTE_DOCUMENTED_AN_OLDER_REVISION_OF_DNS_2.text(),
                ),
                dns_webdir: documented(
                    "webdir.online.dod.skypeforbusiness.us",
                    names::NOTE_DOCUMENTED_AN_OLDER_REVISION_OF_DNS_2.text(),
                ),
                dns_sipfed: documented(
                    "sipfed.online.dod.skypeforbusiness.us",
                    names::NOTE_DOCUMENTED_DNS_RECORDS_FOR_OFFICE_365_2.text(),
                ),
                graph_environment: inferred(
                    "USGovDoD",
                    names::NOTE_INFERRED_THE_NAME_IS_ONE_OF.text(),
                ),
                acs_metadata_prefix: unconfirmed(
                    ACS_PREFIX,
                    names::NOTE_UNCONFIRMED_NO_DOD_METADATA_URL_IS.text(),
                ),
                needs_environment_config: false,
            },
            Cloud::China => CloudProfile {
                proxy_fqdn: unconfirmed(
                    "sipfed.online.partner.lync.cn",
                    names::NOTE_UNCONFIRMED_DOCUMENTED_ONLY_AS_THE_FEDERATION_3.text(),
                ),
                autodiscover_url: unconfirmed(
                    "https://webdir.online.partner.lync.cn/Autodiscover/AutodiscoverService.svc/root",
                    names::NOTE_UNCONFIRMED_BUILT_FROM_THE_21VIANET_LYNCDISCOVER.text(),
                ),
                teams_environment: Some(documented(
                    "TeamsChina",
                    names::NOTE_DOCUMENTED_CONNECT_MICROSOFTTEAMS_MD_TEAMSENVIRONMENTNAME_OFFICE
                        .text(),
                )),
                dns_sipdir: documented(
                    "sipdir.online.partner.lync.cn",
                    names::NOTE_DOCUMENTED_CREATE_DNS_RECORDS_AT_ANY.text(),
                ),
                dns_webdir: documented(
                    "webdir.online.partner.lync.cn",
                    names::NOTE_DOCUMENTED_CREATE_DNS_RECORDS_AT_ANY.text(),
                ),
                dns_sipfed: documented(
                    "sipfed.online.partner.lync.cn",
                    names::NOTE_DOCUMENTED_CREATE_DNS_RECORDS_AT_ANY.text(),
                ),
                graph_environment: inferred(
                    "China",
                    names::NOTE_INFERRED_THE_NAME_IS_ONE_OF.text(),
                ),
                acs_metadata_prefix: inferred(
                    "https://accounts.accesscontrol.chinacloudapi.cn/",
                    names::NOTE_INFERRED_SHAREPOINT_S_GUIDE_FOR_21VIANET.text(),
                ),
                needs_environment_config: true,
            },
        }
    }
}
