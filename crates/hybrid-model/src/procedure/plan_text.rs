//! Step titles, reasons and notes of the plan.

pub use crate::i18n::keys::plan::*;

use crate::i18n::keys::summary;
use crate::procedure::settings::{ExistingProvider, FederationMode};

/// What the script does with an existing provider for the same ProxyFqdn.
pub fn existing_provider(choice: ExistingProvider) -> &'static str {
    match choice {
        ExistingProvider::Replace => EXISTING_REPLACE,
        ExistingProvider::UpdateInPlace => EXISTING_UPDATE,
        ExistingProvider::Stop => EXISTING_STOP,
    }
    .text()
}

/// What the tenant's federation configuration should show.
pub fn tenant_expected(mode: FederationMode) -> String {
    tenant_federation_expected(match mode {
        FederationMode::Open => "open",
        FederationMode::AllowList => "allow-list",
    })
}

/// What the service principal check should show.
pub fn key_expected(app_id: &str, spns: &[String]) -> String {
    if app_id == crate::procedure::commands::EXCHANGE_APP_ID {
        KEY_EXPECTED_EXCHANGE.to_string()
    } else if spns.is_empty() {
        KEY_EXPECTED_PLAIN.to_string()
    } else {
        key_expected_spns(spns.join(", "))
    }
}

/// The federation mode in words.
pub fn federation_label(mode: FederationMode) -> &'static str {
    match mode {
        FederationMode::Open => summary::FEDERATION_OPEN,
        FederationMode::AllowList => summary::FEDERATION_ALLOW_LIST,
    }
    .text()
}
