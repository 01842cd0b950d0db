//! Step 1 of the procedure: the Edge federation settings.

use hybrid_model::settings::EdgeRouting;
use hybrid_model::{Field, Report, Settings};
use leptos::prelude::*;

use crate::components::field::{Checkbox, Choice};
use crate::components::section::Section;
use crate::text as t;

/// The Access Edge section: what `Set-CsAccessEdgeConfiguration` will set.
#[component]
pub fn EdgeSection(settings: RwSignal<Settings>, report: Memo<Report>) -> impl IntoView {
    let routings = vec![
        (EdgeRouting::DnsSrv, t::ROUTING_DNS_SRV),
        (EdgeRouting::DefaultRoute, t::ROUTING_DEFAULT),
    ];
    view! {
        <Section id="section-edge" title=t::EDGE_TITLE why=t::EDGE_WHY doc_url=t::EDGE_DOC_URL>
            <Checkbox settings report field=Field::AllowOutsideUsers
                label=t::ALLOW_OUTSIDE_LABEL help=t::ALLOW_OUTSIDE_HELP />
            <Checkbox settings report field=Field::AllowFederatedUsers
                label=t::ALLOW_FEDERATED_LABEL help=t::ALLOW_FEDERATED_HELP />
            <Checkbox settings report field=Field::EnablePartnerDiscovery
                label=t::PARTNER_DISCOVERY_LABEL help=t::PARTNER_DISCOVERY_HELP />
            <Choice settings report field=Field::EdgeRouting legend=t::ROUTING_LABEL help=t::ROUTING_HELP
                options=routings />
        </Section>
    }
}
