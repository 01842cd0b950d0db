//! Step 1 of the procedure: the Edge federation settings.

use hybrid_model::settings::EdgeRouting;
use hybrid_model::{Field, Settings};
use leptos::prelude::*;

use crate::components::checkbox::Checkbox;
use crate::text;

/// The Access Edge section: what `Set-CsAccessEdgeConfiguration` will set.
#[component]
pub fn EdgeSection(settings: RwSignal<Settings>) -> impl IntoView {
    let routing_id = Field::EdgeRouting.input_id();
    view! {
        <fieldset class="section" id="section-edge">
            <legend>{text::EDGE_TITLE}</legend>
            <p class="why">{text::EDGE_WHY} " "
                <a href=text::EDGE_DOC_URL target="_blank" rel="noopener noreferrer">{text::DOC_LINK}</a>
            </p>
            <Checkbox settings field=Field::AllowOutsideUsers
                label=text::ALLOW_OUTSIDE_LABEL help=text::ALLOW_OUTSIDE_HELP
                get=|s| s.edge.allow_outside_users set=|s, v| s.edge.allow_outside_users = v />
            <Checkbox settings field=Field::AllowFederatedUsers
                label=text::ALLOW_FEDERATED_LABEL help=text::ALLOW_FEDERATED_HELP
                get=|s| s.edge.allow_federated_users set=|s, v| s.edge.allow_federated_users = v />
            <Checkbox settings field=Field::EnablePartnerDiscovery
                label=text::PARTNER_DISCOVERY_LABEL help=text::PARTNER_DISCOVERY_HELP
                get=|s| s.edge.enable_partner_discovery set=|s, v| s.edge.enable_partner_discovery = v />
            <div class="field">
                <label for=routing_id.clone()>{text::ROUTING_LABEL}</label>
                <select
                    id=routing_id
                    prop:value=move || routing_key(settings.with(|s| s.edge.routing))
                    on:change=move |ev| {
                        let routing = match event_target_value(&ev).as_str() {
                            "default-route" => EdgeRouting::DefaultRoute,
                            _ => EdgeRouting::DnsSrv,
                        };
                        settings.update(|s| s.edge.routing = routing);
                    }
                >
                    <option value="dns-srv">{text::ROUTING_DNS_SRV}</option>
                    <option value="default-route">{text::ROUTING_DEFAULT}</option>
                </select>
            </div>
        </fieldset>
    }
}

fn routing_key(routing: EdgeRouting) -> &'static str {
    match routing {
        EdgeRouting::DnsSrv => "dns-srv",
        EdgeRouting::DefaultRoute => "default-route",
    }
}
