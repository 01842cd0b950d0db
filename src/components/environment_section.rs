//! Facts about the deployment that shape the checklist, and the optional parts.

use hybrid_model::procedure::confirmation::Confirmable;
use hybrid_model::procedure::settings::ServicePrincipalTool;
use hybrid_model::{Field, Report, Settings};
use leptos::prelude::*;

use crate::components::cloud_value::CloudValue;
use crate::components::field::{Checkbox, Choice, ListField, TextField, named};
use crate::components::section::{Optional, Section};
use crate::live::live;
use crate::state::Folds;
use crate::text as t;

/// SIP domains, the Edge's external name and the registrar pool.
#[component]
pub fn EnvironmentSection(settings: RwSignal<Settings>, report: Memo<Report>) -> impl IntoView {
    view! {
        <Section id="section-environment" title=t::ENVIRONMENT_TITLE.text() why=t::ENVIRONMENT_WHY.text() doc_url=t::PLAN_DOC_URL>
            <ListField settings report field=Field::SipDomains label=t::SIP_DOMAINS_LABEL.text() help=t::SIP_DOMAINS_HELP.text() />
            <TextField settings report field=Field::EdgeExternalFqdn label=t::EDGE_FQDN_LABEL.text() help=t::EDGE_FQDN_HELP.text()
                placeholder="sip.contoso.com" />
            <TextField settings report field=Field::ReverseProxyFqdn label=t::REVERSE_PROXY_LABEL.text() help=t::REVERSE_PROXY_HELP.text()
                placeholder="webext.contoso.com" />
            <ListField settings report field=Field::WebServicesFqdns label=t::WEB_FQDNS_LABEL.text() help=t::WEB_FQDNS_HELP.text() />
            <TextField settings report field=Field::RegistrarPoolFqdn label=t::POOL_LABEL.text() help=t::POOL_HELP.text()
                placeholder="pool01.contoso.com" />
        </Section>
    }
}

/// The folded section of the first users to move.
pub const PILOT_FOLD: &str = "section-pilot";

/// The folded section of server-to-server authentication.
pub const OAUTH_FOLD: &str = "section-oauth";

/// The folded section a field's control is in, if any: a link to the field opens it first.
pub fn fold_of(field: Field) -> Option<&'static str> {
    if field == Field::PilotUsers {
        Some(PILOT_FOLD)
    } else if field.path().starts_with("oauth.") {
        Some(OAUTH_FOLD)
    } else {
        None
    }
}

/// The folded sections that hold settings, open when the page opens so the admin sees them.
pub fn filled_folds(settings: &Settings) -> Vec<&'static str> {
    let mut folds = Vec::new();
    if settings.environment.has_pilots() {
        folds.push(PILOT_FOLD);
    }
    if settings.oauth.enabled {
        folds.push(OAUTH_FOLD);
    }
    folds
}

/// Optional: the first users to move.
#[component]
pub fn PilotSection(
    settings: RwSignal<Settings>,
    report: Memo<Report>,
    folds: Folds,
) -> impl IntoView {
    view! {
        <Optional folds id=PILOT_FOLD title=t::PILOT_TITLE.text() why=t::PILOT_WHY.text() doc_url=t::MOVE_DOC_URL>
            <ListField settings report field=Field::PilotUsers label=t::PILOT_LABEL.text() help=t::PILOT_HELP.text() />
        </Optional>
    }
}

/// Optional: server-to-server (OAuth) authentication.
#[component]
pub fn OAuthSection(
    settings: RwSignal<Settings>,
    report: Memo<Report>,
    folds: Folds,
) -> impl IntoView {
    let tools = named([
        (ServicePrincipalTool::Graph, t::TOOL_GRAPH.text()),
        (ServicePrincipalTool::MsOnline, t::TOOL_MSONLINE.text()),
    ]);
    let enabled = move || settings.with(|s| s.oauth.enabled);
    view! {
        <Optional folds id=OAUTH_FOLD title=t::OAUTH_TITLE.text() why=t::OAUTH_WHY.text() doc_url=t::OAUTH_DOC_URL>
            <Checkbox settings report field=Field::OAuthEnabled label=t::OAUTH_ENABLED_LABEL.text() help=t::OAUTH_ENABLED_HELP.text() />
            <div class="dependent" class:is-off=live(move || !enabled())>
                <TextField settings report field=Field::OAuthTenantId label=t::TENANT_ID_LABEL.text() help=t::TENANT_ID_HELP.text()
                    placeholder="6babcaad-604b-40ac-a9d7-9fd97c0b779f" />
                <TextField settings report field=Field::OAuthCertificatePath label=t::CERT_PATH_LABEL.text() help=t::CERT_PATH_HELP.text()
                    placeholder="C:\\certs\\oauth.cer" />
                <Choice settings report field=Field::OAuthServicePrincipalTool legend=t::TOOL_LABEL.text() help=t::TOOL_HELP.text()
                    options=tools />
                <TextField settings report field=Field::OAuthMetadataUrlPrefix label=t::METADATA_PREFIX_LABEL.text() help=t::METADATA_PREFIX_HELP.text()
                    unset=|s| s.metadata_prefix().to_owned()>
                    <CloudValue settings report value=Confirmable::MetadataUrl label=t::CONFIRM_METADATA_LABEL.text() />
                </TextField>
            </div>
        </Optional>
    }
}
