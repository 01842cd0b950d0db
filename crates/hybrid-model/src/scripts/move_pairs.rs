//! What the change, pre-flight and verification scripts share about moves and keys, written
//! once: the server build and MicrosoftTeams module thresholds (Move-CsUser.md; staff notes in
//! office-docs-powershell pull requests 13225, 13244, 13690), and how a key is this certificate,
//! each a fragment included by both.

/// Sets `$build` (the newest Core Components version, Get-CsServerPatchVersion.md) and the
/// thresholds both the pre-flight and the change script's module guard compare with, so the two
/// cannot disagree: `$buildBelowMinimum`, `$buildBelowFix`, `$moduleMinimum`,
/// `$moduleWithRegression`.
pub(crate) const MOVE_BUILD: &str = include_str!("fragments/move-build.ps1");

/// Defines `Test-IsThisCertificate`: a key is `$certificate` when its customKeyIdentifier is the
/// certificate's thumbprint, as bytes of the hash or as its hex text (Microsoft Graph keyCredential
/// resource: the identifier defaults to the thumbprint). The change and verification scripts share it.
pub(crate) const CERTIFICATE_TEST: &str = include_str!("fragments/certificate-test.ps1");
