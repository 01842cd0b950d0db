//! Facts about the deployment that shape the checklist, and the optional parts.

use hybrid_model::settings::ServicePrincipalTool;
use hybrid_model::{Field, Report, Settings};
use leptos::prelude::*;

use crate::components::field::{Checkbox, Choice, ListField, TextField};
use crate::components::provider_section::ProvenanceNote;
use crate::components::section::{Optional, Section};
use crate::text as t;

/// SIP domains, the Edge's external name and the registrar pool.
#[component]
pub fn EnvironmentSection(settings: RwSignal<Settings>, report: Memo<Report>) -> impl IntoView {
    view! {
        <Section id="section-environment" title=t::ENVIRONMENT_TITLE why=t::ENVIRONMENT_WHY doc_url=t::PLAN_DOC_URL>
            <ListField settings report field=Field::SipDomains label=t::SIP_DOMAINS_LABEL help=t::SIP_DOMAINS_HELP />
            <TextField settings report field=Field::EdgeExternalFqdn label=t::EDGE_FQDN_LABEL help=t::EDGE_FQDN_HELP
                placeholder="sip.contoso.com" />
            <TextField settings report field=Field::ReverseProxyFqdn label=t::REVERSE_PROXY_LABEL help=t::REVERSE_PROXY_HELP
                placeholder="webext.contoso.com" />
            <ListField settings report field=Field::WebServicesFqdns label=t::WEB_FQDNS_LABEL help=t::WEB_FQDNS_HELP />
            <TextField settings report field=Field::RegistrarPoolFqdn label=t::POOL_LABEL help=t::POOL_HELP
                placeholder="pool01.contoso.com" />
        </Section>
    }
}

/// Optional: the first users to move.
#[component]
pub fn PilotSection(settings: RwSignal<Settings>, report: Memo<Report>) -> impl IntoView {
    view! {
        <Optional id="section-pilot" title=t::PILOT_TITLE why=t::PILOT_WHY doc_url=t::MOVE_DOC_URL>
            <ListField settings report field=Field::PilotUsers label=t::PILOT_LABEL help=t::PILOT_HELP />
        </Optional>
    }
}

/// Optional: server-to-server (OAuth) authentication.
#[component]
pub fn OAuthSection(settings: RwSignal<Settings>, report: Memo<Report>) -> impl IntoView {
    let tools = vec![
        (ServicePrincipalTool::Graph, t::TOOL_GRAPH),
        (ServicePrincipalTool::MsOnline, t::TOOL_MSONLINE),
    ];
    let enabled = move || settings.with(|s| s.oauth.enabled);
    view! {
        <Optional id="section-oauth" title=t::OAUTH_TITLE why=t::OAUTH_WHY doc_url=t::OAUTH_DOC_URL>
            <Checkbox settings report field=Field::OAuthEnabled label=t::OAUTH_ENABLED_LABEL help=t::OAUTH_ENABLED_HELP />
            <div class="dependent" class:is-off=move || !enabled()>
                <TextField settings report field=Field::OAuthTenantId label=t::TENANT_ID_LABEL help=t::TENANT_ID_HELP
                    placeholder="6babcaad-604b-40ac-a9d7-9fd97c0b779f" />
                <TextField settings report field=Field::OAuthCertificatePath label=t::CERT_PATH_LABEL help=t::CERT_PATH_HELP
                    placeholder="C:\\certs\\oauth.cer" />
                <Choice settings report field=Field::OAuthServicePrincipalTool legend=t::TOOL_LABEL help=t::TOOL_HELP
                    options=tools />
                <Show when=move || settings.with(|s| s.cloud.needs_confirmation(s.cloud.profile().acs_metadata_prefix))>
                    <ProvenanceNote sourced=Signal::derive(move || settings.with(|s| s.cloud.profile().acs_metadata_prefix)) />
                    <Checkbox settings report field=Field::OAuthMetadataConfirmed label=t::CONFIRM_METADATA_LABEL help=t::CONFIRM_HELP
                        get=|s| s.oauth.metadata_url_confirmed == s.cloud.profile().acs_metadata_prefix.value
                        set=|s, v| s.oauth.metadata_url_confirmed = if v { s.cloud.profile().acs_metadata_prefix.value.to_owned() } else { String::new() } />
                </Show>
            </div>
        </Optional>
    }
}
