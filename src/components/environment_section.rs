//! Facts about the deployment that shape the checklist, and the optional parts.

use hybrid_model::Field;
use hybrid_model::procedure::confirmation::Confirmable;
use hybrid_model::procedure::settings::ServicePrincipalTool;
use leptos::prelude::*;

use crate::components::cloud_value::CloudValue;
use crate::components::field::{Checkbox, Choice, ListField, TextField, named};
use crate::components::section::{Optional, Section};
use crate::reactive::live;
use crate::state::{OAUTH_FOLD, PILOT_FOLD, use_state};
use crate::text as t;

/// SIP domains, the Edge's external name and the registrar pool.
#[component]
pub fn EnvironmentSection() -> impl IntoView {
    view! {
        <Section id="section-environment" text=t::ENVIRONMENT_SECTION>
            <ListField field=Field::SipDomains />
            <TextField field=Field::EdgeExternalFqdn />
            <TextField field=Field::ReverseProxyFqdn />
            <ListField field=Field::WebServicesFqdns />
            <TextField field=Field::RegistrarPoolFqdn />
        </Section>
    }
}

/// Optional: the first users to move.
#[component]
pub fn PilotSection() -> impl IntoView {
    view! {
        <Optional id=PILOT_FOLD text=t::PILOT_SECTION>
            <ListField field=Field::PilotUsers />
        </Optional>
    }
}

/// Optional: server-to-server (OAuth) authentication.
#[component]
pub fn OAuthSection() -> impl IntoView {
    let settings = use_state().settings;
    let tools = named([
        (ServicePrincipalTool::Graph, t::TOOL_GRAPH.text()),
        (ServicePrincipalTool::MsOnline, t::TOOL_MSONLINE.text()),
    ]);
    let enabled = move || settings.with(|s| s.oauth.enabled);
    view! {
        <Optional id=OAUTH_FOLD text=t::OAUTH_SECTION>
            <Checkbox field=Field::OAuthEnabled />
            <div class="dependent" class:is-off=live(move || !enabled())>
                <TextField field=Field::OAuthTenantId />
                <TextField field=Field::OAuthCertificatePath />
                <Choice field=Field::OAuthServicePrincipalTool options=tools />
                <TextField field=Field::OAuthMetadataUrlPrefix>
                    <CloudValue value=Confirmable::MetadataUrl />
                </TextField>
            </div>
        </Optional>
    }
}
