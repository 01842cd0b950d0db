//! Step 3 of the procedure: the tenant side.

use hybrid_model::procedure::settings::FederationMode;
use hybrid_model::{Field, Report, Settings};
use leptos::prelude::*;

use crate::components::field::{Checkbox, Choice, named};
use crate::components::section::Section;
use crate::text as t;

/// Shared SIP address space and the tenant's federation mode.
#[component]
pub fn TenantSection(settings: RwSignal<Settings>, report: Memo<Report>) -> impl IntoView {
    let modes = vec![
        (FederationMode::Open, t::FEDERATION_OPEN.text()),
        (FederationMode::AllowList, t::FEDERATION_ALLOW_LIST.text()),
    ];
    view! {
        <Section id="section-tenant" title=t::TENANT_TITLE.text() why=t::TENANT_WHY.text() doc_url=t::EDGE_DOC_URL>
            <Checkbox settings report field=Field::SharedSipAddressSpace
                label=t::SHARED_SIP_LABEL.text() help=t::SHARED_SIP_HELP.text() />
            <Choice settings report field=Field::FederationMode legend=t::FEDERATION_LABEL.text() help=t::FEDERATION_HELP.text()
                options=named(modes) />
        </Section>
    }
}
