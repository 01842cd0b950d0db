//! Step 1 of the procedure: the Edge federation settings.

use hybrid_model::procedure::settings::EdgeRouting;
use hybrid_model::{Field, Report, Settings};
use leptos::prelude::*;

use crate::components::field::{Checkbox, Choice, named};
use crate::components::section::Section;
use crate::text as t;

/// The Access Edge section: what `Set-CsAccessEdgeConfiguration` will set.
#[component]
pub fn EdgeSection(settings: RwSignal<Settings>, report: Memo<Report>) -> impl IntoView {
    let routings = vec![
        (EdgeRouting::DnsSrv, t::ROUTING_DNS_SRV.text()),
        (EdgeRouting::DefaultRoute, t::ROUTING_DEFAULT.text()),
    ];
    view! {
        <Section id="section-edge" title=t::EDGE_TITLE.text() why=t::EDGE_WHY.text() doc_url=t::EDGE_DOC_URL>
            <Checkbox settings report field=Field::AllowOutsideUsers
                label=t::ALLOW_OUTSIDE_LABEL.text() help=t::ALLOW_OUTSIDE_HELP.text() />
            <Checkbox settings report field=Field::AllowFederatedUsers
                label=t::ALLOW_FEDERATED_LABEL.text() help=t::ALLOW_FEDERATED_HELP.text() />
            <Checkbox settings report field=Field::EnablePartnerDiscovery
                label=t::PARTNER_DISCOVERY_LABEL.text() help=t::PARTNER_DISCOVERY_HELP.text() />
            <Choice settings report field=Field::EdgeRouting legend=t::ROUTING_LABEL.text() help=t::ROUTING_HELP.text()
                options=named(routings) />
        </Section>
    }
}
