//! Step 2 of the procedure: the hosting provider for Microsoft 365.

use hybrid_model::cloud::Sourced;
use hybrid_model::settings::{ExistingProvider, VerificationLevel};
use hybrid_model::{Field, Provenance, Report, Settings};
use leptos::prelude::*;

use crate::components::field::{Checkbox, Choice, TextField, named};
use crate::components::section::Section;
use crate::live::{handler, memo, when};
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
                <CloudValue settings
                    overridden=|s| s.hosting_provider.proxy_fqdn.is_some()
                    default=|s| s.cloud.profile().proxy_fqdn
                    reset=|s| s.hosting_provider.proxy_fqdn = None />
            </TextField>
            {when(move || settings.with(|s| s.hosting_provider.proxy_fqdn.is_none() && s.cloud.needs_confirmation(s.cloud.profile().proxy_fqdn)), move || view! {
                <Checkbox settings report field=Field::ProxyFqdnConfirmed label=t::CONFIRM_PROXY_LABEL.text() help=t::CONFIRM_HELP.text()
                    get=|s| s.hosting_provider.proxy_fqdn_confirmed == s.cloud.profile().proxy_fqdn.value
                    set=|s, v| s.hosting_provider.proxy_fqdn_confirmed = if v { s.cloud.profile().proxy_fqdn.value.to_owned() } else { String::new() } />
            }.into_any())}
            <TextField settings report field=Field::AutodiscoverUrl label=t::AUTODISCOVER_LABEL.text() help=t::AUTODISCOVER_HELP.text()
                unset=|s| s.autodiscover_url().to_owned()>
                <CloudValue settings
                    overridden=|s| s.hosting_provider.autodiscover_url.is_some()
                    default=|s| s.cloud.profile().autodiscover_url
                    reset=|s| s.hosting_provider.autodiscover_url = None />
            </TextField>
            {when(move || settings.with(|s| s.hosting_provider.autodiscover_url.is_none() && s.cloud.needs_confirmation(s.cloud.profile().autodiscover_url)), move || view! {
                <Checkbox settings report field=Field::AutodiscoverUrlConfirmed label=t::CONFIRM_AUTODISCOVER_LABEL.text() help=t::CONFIRM_HELP.text()
                    get=|s| s.hosting_provider.autodiscover_url_confirmed == s.cloud.profile().autodiscover_url.value
                    set=|s, v| s.hosting_provider.autodiscover_url_confirmed = if v { s.cloud.profile().autodiscover_url.value.to_owned() } else { String::new() } />
            }.into_any())}
            <Choice settings report field=Field::VerificationLevel legend=t::VERIFICATION_LABEL.text() help=t::VERIFICATION_HELP.text()
                options=named(levels) />
            <Choice settings report field=Field::ExistingProvider legend=t::EXISTING_LABEL.text() help=t::EXISTING_HELP.text()
                options=named(existing) />
            <p class="fixed-values">{t::FIXED_VALUES.text()}</p>
        </Section>
    }
}

/// Where a cloud default comes from (with a badge unless documented), or a way back to it.
#[component]
fn CloudValue(
    settings: RwSignal<Settings>,
    overridden: fn(&Settings) -> bool,
    default: fn(&Settings) -> Sourced,
    reset: fn(&mut Settings),
) -> impl IntoView {
    // Rebuilt only when the override or the cloud's value changes, not on every keystroke.
    let state = memo(move || settings.with(|s| (overridden(s), default(s))));
    move || {
        let (overridden, sourced) = state.get();
        if overridden {
            let value = sourced.value;
            view! {
                <p class="provenance">
                    {t::OVERRIDDEN.text()} " "
                    <button type="button" class="link-button" on:click=handler(move |_| settings.update(reset))>
                        {format!("{} ({value})", t::USE_CLOUD_VALUE.text())}
                    </button>
                </p>
            }
            .into_any()
        } else {
            view! { <ProvenanceNote sourced=Signal::stored(sourced) /> }.into_any()
        }
    }
}

/// A value's provenance badge and the source or reason behind it.
#[component]
pub fn ProvenanceNote(#[prop(into)] sourced: Signal<Sourced>) -> impl IntoView {
    move || {
        let sourced = sourced.get();
        let (class, label) = match sourced.provenance {
            Provenance::Documented => ("badge badge-documented", t::BADGE_DOCUMENTED.text()),
            Provenance::Inferred => ("badge badge-inferred", t::BADGE_INFERRED.text()),
            Provenance::Unconfirmed => ("badge badge-unconfirmed", t::BADGE_UNCONFIRMED.text()),
        };
        view! {
            <p class="provenance">
                <span class=class>{label}</span> " " <code>{sourced.value}</code> {format!(" — {}", sourced.note)}
            </p>
        }
    }
}
