//! Step 2 of the procedure: the hosting provider for Microsoft 365.

use hybrid_model::Field;
use hybrid_model::procedure::confirmation::Confirmable;
use hybrid_model::procedure::settings::{ExistingProvider, VerificationLevel};
use leptos::prelude::*;

use crate::components::cloud_value::CloudValue;
use crate::components::field::{Choice, TextField, named};
use crate::components::section::Section;
use crate::text as t;

/// The hosting provider section, with the cloud's endpoints and where they come from.
#[component]
pub fn ProviderSection() -> impl IntoView {
    let levels = VerificationLevel::ALL.into_iter().map(|v| (v, v.as_str()));
    let existing = vec![
        (ExistingProvider::Replace, t::EXISTING_REPLACE.text()),
        (ExistingProvider::UpdateInPlace, t::EXISTING_UPDATE.text()),
        (ExistingProvider::Stop, t::EXISTING_STOP.text()),
    ];
    view! {
        <Section id="section-provider" text=t::PROVIDER_SECTION>
            <TextField field=Field::ProviderIdentity />
            <TextField field=Field::ProxyFqdn>
                <CloudValue value=Confirmable::ProxyFqdn />
            </TextField>
            <TextField field=Field::AutodiscoverUrl>
                <CloudValue value=Confirmable::AutodiscoverUrl />
            </TextField>
            <Choice field=Field::VerificationLevel options=named(levels) />
            <Choice field=Field::ExistingProvider options=named(existing) />
            <p class="fixed-values">{t::FIXED_VALUES.text()}</p>
        </Section>
    }
}
