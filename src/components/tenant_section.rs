//! Step 3 of the procedure: the tenant side.

use hybrid_model::Field;
use hybrid_model::procedure::settings::FederationMode;
use leptos::prelude::*;

use crate::components::field::{Checkbox, Choice, named};
use crate::components::section::Section;
use crate::text as t;

/// Shared SIP address space and the tenant's federation mode.
#[component]
pub fn TenantSection() -> impl IntoView {
    let modes = vec![
        (FederationMode::Open, t::FEDERATION_OPEN.text()),
        (FederationMode::AllowList, t::FEDERATION_ALLOW_LIST.text()),
    ];
    view! {
        <Section id="section-tenant" text=t::TENANT_SECTION>
            <Checkbox field=Field::SharedSipAddressSpace />
            <Choice field=Field::FederationMode options=named(modes) />
        </Section>
    }
}
