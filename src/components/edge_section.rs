//! Step 1 of the procedure: the Edge federation settings.

use hybrid_model::Field;
use hybrid_model::procedure::settings::EdgeRouting;
use leptos::prelude::*;

use crate::components::field::{Checkbox, Choice, named};
use crate::components::section::Section;
use crate::text as t;

/// The Access Edge section: what `Set-CsAccessEdgeConfiguration` will set.
#[component]
pub fn EdgeSection() -> impl IntoView {
    let routings = vec![
        (EdgeRouting::DnsSrv, t::ROUTING_DNS_SRV.text()),
        (EdgeRouting::DefaultRoute, t::ROUTING_DEFAULT.text()),
    ];
    view! {
        <Section id="section-edge" text=t::EDGE_SECTION>
            <Checkbox field=Field::AllowOutsideUsers />
            <Checkbox field=Field::AllowFederatedUsers />
            <Checkbox field=Field::EnablePartnerDiscovery />
            <Choice field=Field::EdgeRouting options=named(routings) />
        </Section>
    }
}
