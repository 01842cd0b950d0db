//! The choices that shape everything: the cloud and how the online script signs in.

use hybrid_model::procedure::settings::ConnectionMethod;
use hybrid_model::{Cloud, Field, Report, Settings};
use leptos::prelude::*;

use crate::components::field::{Choice, TextField, named};
use crate::components::section::Section;
use crate::text as t;

/// Cloud and tenant connection.
#[component]
pub fn TenantChoiceSection(settings: RwSignal<Settings>, report: Memo<Report>) -> impl IntoView {
    let clouds = Cloud::ALL.into_iter().map(|c| (c, c.display_name()));
    let methods = vec![
        (ConnectionMethod::TeamsModule, t::CONNECTION_TEAMS.text()),
        (
            ConnectionMethod::LegacyConnector,
            t::CONNECTION_LEGACY.text(),
        ),
    ];
    view! {
        <Section id="section-tenant-choice" title=t::CHOICE_TITLE.text() why=t::CHOICE_WHY.text() doc_url=t::CHOICE_DOC_URL>
            <Choice settings report field=Field::Cloud legend=t::CLOUD_LABEL.text() help=t::CLOUD_HELP.text()
                options=named(clouds) />
            <Choice settings report field=Field::ConnectionMethod legend=t::CONNECTION_LABEL.text() help=t::CONNECTION_HELP.text()
                options=named(methods) />
            <TextField settings report field=Field::AdminUpn label=t::ADMIN_UPN_LABEL.text() help=t::ADMIN_UPN_HELP.text()
                placeholder="admin@contoso.onmicrosoft.com" />
        </Section>
    }
}
