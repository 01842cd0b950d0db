//! Settings → ordered steps: where each runs, why, what it changes, how to check and undo it.

use serde::Serialize;

use crate::powershell::{Command, Value};
use crate::procedure::commands;
use crate::procedure::plan_text as t;
use crate::procedure::settings::{EdgeRouting, Settings};

/// Where a step's commands run; on-premises and online commands never share a shell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shell {
    /// Skype for Business Server Management Shell on a Front End server.
    OnPremises,
    /// Any PowerShell session with the tenant module.
    Online,
}

/// Which step of the procedure this is; stable for anchors and tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepId {
    EdgeFederation,
    HostingProvider,
    ConnectTenant,
    TenantSharedSip,
    OAuthOnPremises,
    OAuthOnline,
    MoveReadiness,
    PilotMoves,
}

/// A verification command and what it should show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub command: Command,
    pub expected: String,
}

/// One step of the procedure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub id: StepId,
    pub title: &'static str,
    pub shell: Shell,
    pub why: &'static str,
    pub commands: Vec<Command>,
    pub verify: Vec<Check>,
    pub rollback: Vec<Command>,
    /// When the rollback may run and what it does not bring back; empty when it has no precondition.
    pub rollback_when: &'static str,
    pub notes: Vec<String>,
}

/// The whole procedure for one settings value, in the order it must run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub steps: Vec<Step>,
}

impl Plan {
    /// One step by id, if the settings include it.
    pub fn step(&self, id: StepId) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}

/// Builds the plan. It does not validate: callers show the validation report beside it.
pub fn plan(settings: &Settings) -> Plan {
    let mut steps = vec![
        edge(settings),
        hosting_provider(settings),
        connect(settings),
        tenant(settings),
    ];
    if settings.oauth.enabled {
        steps.push(oauth_on_premises(settings));
        steps.push(oauth_online(settings));
    }
    if settings.environment.has_pilots() {
        steps.push(move_readiness(settings));
        steps.push(pilot_moves(settings));
    }
    Plan { steps }
}

fn edge(settings: &Settings) -> Step {
    let e = &settings.edge;
    Step {
        id: StepId::EdgeFederation,
        title: t::EDGE_TITLE.text(),
        shell: Shell::OnPremises,
        why: t::EDGE_WHY.text(),
        commands: vec![commands::set_access_edge(settings)],
        verify: vec![Check {
            command: commands::get_access_edge(),
            expected: format!(
                "AllowOutsideUsers {}, AllowFederatedUsers {}, EnablePartnerDiscovery {}, routing by DNS SRV records",
                ps_bool(e.allow_outside_users),
                ps_bool(e.allow_federated_users),
                ps_bool(e.enable_partner_discovery)
            ),
        }],
        rollback: Vec::new(),
        rollback_when: "",
        notes: if e.routing == EdgeRouting::DefaultRoute {
            vec![
                t::LEAVING_DEFAULT_ROUTE.to_string(),
                t::EDGE_ROLLBACK.to_string(),
            ]
        } else {
            vec![t::EDGE_ROLLBACK.to_string()]
        },
    }
}

fn hosting_provider(settings: &Settings) -> Step {
    let p = &settings.hosting_provider;
    Step {
        id: StepId::HostingProvider,
        title: t::PROVIDER_TITLE.text(),
        shell: Shell::OnPremises,
        why: t::PROVIDER_WHY.text(),
        commands: vec![
            commands::remove_provider_by_proxy(settings),
            commands::new_hosting_provider(settings),
        ],
        verify: vec![
            Check {
                command: commands::get_hosting_provider(settings),
                expected: format!(
                    "ProxyFqdn {}, Enabled True, EnabledSharedAddressSpace True, HostsOCSUsers True, VerificationLevel {}, IsLocal False, AutodiscoverUrl {}",
                    settings.proxy_fqdn(),
                    p.verification_level.as_str(),
                    settings.autodiscover_url()
                ),
            },
            Check {
                command: commands::get_public_provider(settings),
                expected: t::NO_PUBLIC_PROVIDER.to_string(),
            },
        ],
        rollback: vec![commands::remove_hosting_provider(settings)],
        rollback_when: t::ROLLBACK_ONLY_WHEN_NONE_ONLINE.text(),
        notes: vec![
            t::PROVIDER_FIXED_VALUES.to_string(),
            t::existing_provider(p.existing).to_owned(),
        ],
    }
}

fn connect(settings: &Settings) -> Step {
    Step {
        id: StepId::ConnectTenant,
        title: t::CONNECT_TITLE.text(),
        shell: Shell::Online,
        why: t::CONNECT_WHY.text(),
        commands: commands::connect_tenant(settings),
        verify: Vec::new(),
        rollback: vec![commands::disconnect_tenant()],
        rollback_when: "",
        notes: vec![t::CONNECTION_TEAMS.to_string()],
    }
}

fn tenant(settings: &Settings) -> Step {
    Step {
        id: StepId::TenantSharedSip,
        title: t::TENANT_TITLE.text(),
        shell: Shell::Online,
        why: t::TENANT_WHY.text(),
        commands: vec![commands::set_tenant_shared_sip(settings)],
        verify: vec![Check {
            command: commands::get_tenant_federation(),
            expected: t::tenant_expected(settings.tenant.federation_mode),
        }],
        rollback: vec![commands::unset_tenant_shared_sip()],
        rollback_when: t::ROLLBACK_ONLY_WHEN_NONE_ONLINE.text(),
        notes: vec![t::TENANT_KEEP_TRUE.to_string()],
    }
}

fn oauth_on_premises(settings: &Settings) -> Step {
    Step {
        id: StepId::OAuthOnPremises,
        title: t::OAUTH_ONPREM_TITLE.text(),
        shell: Shell::OnPremises,
        why: t::OAUTH_WHY.text(),
        commands: vec![
            commands::new_oauth_server(settings),
            commands::new_partner_application(),
            commands::set_oauth_configuration(),
        ],
        verify: vec![Check {
            command: commands::get_oauth_certificate(),
            expected: t::OAUTH_CERT_EXPECTED.to_string(),
        }],
        rollback: vec![
            Command::new("Remove-CsPartnerApplication").text("Identity", "microsoft.exchange"),
            Command::new("Remove-CsOAuthServer").text("Identity", "microsoft.sts"),
        ],
        rollback_when: "",
        notes: vec![t::OAUTH_METADATA_REACHABLE.to_string()],
    }
}

fn oauth_online(settings: &Settings) -> Step {
    let connect = vec![
        Command::new("Import-Module").arg("Name", Value::Word("Microsoft.Graph.Applications")),
        commands::connect_graph(settings),
    ];
    let spns: Vec<String> = commands::web_services_spns(settings);
    let verify = commands::ALTERED_APP_IDS
        .iter()
        .map(|id| Check {
            command: commands::get_service_principal_keys(id),
            expected: t::key_expected(id, &spns),
        })
        .collect();
    Step {
        id: StepId::OAuthOnline,
        title: t::OAUTH_ONLINE_TITLE.text(),
        shell: Shell::Online,
        why: t::OAUTH_ONLINE_WHY.text(),
        commands: connect,
        verify,
        rollback: Vec::new(),
        rollback_when: "",
        notes: vec![
            t::PRINCIPAL_GRAPH.to_string(),
            t::OAUTH_DEDICATED_APP.to_string(),
        ],
    }
}

fn move_readiness(settings: &Settings) -> Step {
    let users = settings.environment.pilots();
    Step {
        id: StepId::MoveReadiness,
        title: t::READINESS_TITLE.text(),
        shell: Shell::Online,
        why: t::READINESS_WHY.text(),
        commands: Vec::new(),
        verify: users
            .iter()
            .map(|u| Check {
                command: commands::get_online_user(u),
                expected: t::READINESS_EXPECTED.to_string(),
            })
            .collect(),
        rollback: Vec::new(),
        rollback_when: "",
        notes: vec![
            t::READINESS_NOTE.to_string(),
            t::TEAMS_ONLY_DEFAULT.to_string(),
        ],
    }
}

fn pilot_moves(settings: &Settings) -> Step {
    let users = settings.environment.pilots();
    let mut commands: Vec<Command> = commands::set_teams_environment_config(settings)
        .into_iter()
        .collect();
    commands.push(commands::get_configured_provider(settings));
    commands.extend(users.iter().map(|u| commands::move_user_online(u)));
    let mut notes = vec![t::PILOT_ORDER.to_string(), t::MODULE_PAIRS.to_string()];
    if settings.environment.registrar_pool_fqdn.is_empty() {
        notes.push(t::PILOT_NO_POOL.to_string());
    }
    notes.push(t::PILOT_NOTE.to_string());
    Step {
        id: StepId::PilotMoves,
        title: t::PILOT_TITLE.text(),
        shell: Shell::OnPremises,
        why: t::PILOT_WHY.text(),
        commands,
        verify: users
            .iter()
            .map(|u| Check {
                command: commands::get_user(u),
                expected: t::PILOT_EXPECTED.to_string(),
            })
            .collect(),
        rollback: users
            .iter()
            .filter_map(|u| commands::move_user_back(settings, u))
            .collect(),
        rollback_when: t::MOVE_BACK_LOSES.text(),
        notes,
    }
}

/// How PowerShell prints a boolean.
pub fn ps_bool(value: bool) -> &'static str {
    if value { "True" } else { "False" }
}
