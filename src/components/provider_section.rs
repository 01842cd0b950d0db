//! Step 2 of the procedure: the hosting provider for Microsoft 365.

use hybrid_model::procedure::confirmation::Confirmable;
use hybrid_model::procedure::settings::{ExistingProvider, VerificationLevel};
use hybrid_model::{Field, Report, Settings};
use leptos::prelude::*;

use crate::components::cloud_value::CloudValue;
use crate::components::field::{Choice, TextField, named};
use crate::components::section::Section;
use crate::text as t;

/// The hosting provider section, with the cloud's endpoints and where they come from.
#[component]
pub fn ProviderSection(settings: RwSignal<Settings>, report: Memo<Report>) -> impl IntoView {
    let levels = VerificationLevel::ALL.into_iter().map(|v| (v, v.as_str()));
    let existing = vec![
        (ExistingProvider::Replace, t::EXISTING_REPLACE.text()),
        (ExistingProvider::UpdateInPlace, t::EXISTING_UPDATE.text()),
        (ExistingProvider::Stop, t::EXISTING_STOP.text()),
    ];
    view! {
        <Section id="section-provider" title=t::PROVIDER_TITLE.text() why=t::PROVIDER_WHY.text() doc_url=t::EDGE_DOC_URL>
            <TextField settings report field=Field::ProviderIdentity label=t::IDENTITY_LABEL.text() help=t::IDENTITY_HELP.text() />
            <TextField settings report field=Field::ProxyFqdn label=t::PROXY_FQDN_LABEL.text() help=t::PROXY_FQDN_HELP.text()
                unset=|s| s.proxy_fqdn().to_owned()>
                <CloudValue settings report value=Confirmable::ProxyFqdn label=t::CONFIRM_PROXY_LABEL.text() />
            </TextField>
            <TextField settings report field=Field::AutodiscoverUrl label=t::AUTODISCOVER_LABEL.text() help=t::AUTODISCOVER_HELP.text()
                unset=|s| s.autodiscover_url().to_owned()>
                <CloudValue settings report value=Confirmable::AutodiscoverUrl label=t::CONFIRM_AUTODISCOVER_LABEL.text() />
            </TextField>
            <Choice settings report field=Field::VerificationLevel legend=t::VERIFICATION_LABEL.text() help=t::VERIFICATION_HELP.text()
                options=named(levels) />
            <Choice settings report field=Field::ExistingProvider legend=t::EXISTING_LABEL.text() help=t::EXISTING_HELP.text()
                options=named(existing) />
            <p class="fixed-values">{t::FIXED_VALUES.text()}</p>
        </Section>
    }
}
