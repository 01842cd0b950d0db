//! The choices that shape everything: the cloud and how the online script signs in.

use hybrid_model::procedure::settings::ConnectionMethod;
use hybrid_model::{Cloud, Field};
use leptos::prelude::*;

use crate::components::field::{Choice, TextField, named};
use crate::components::section::Section;
use crate::text as t;

/// Cloud and tenant connection.
#[component]
pub fn TenantChoiceSection() -> impl IntoView {
    let clouds = Cloud::ALL.into_iter().map(|c| (c, c.display_name()));
    let methods = vec![
        (ConnectionMethod::TeamsModule, t::CONNECTION_TEAMS.text()),
        (
            ConnectionMethod::LegacyConnector,
            t::CONNECTION_LEGACY.text(),
        ),
    ];
    view! {
        <Section id="section-tenant-choice" text=t::CHOICE_SECTION>
            <Choice field=Field::Cloud options=named(clouds) />
            <Choice field=Field::ConnectionMethod options=named(methods) />
            <TextField field=Field::AdminUpn />
        </Section>
    }
}
