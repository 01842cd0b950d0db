//! What the change, pre-flight and verification scripts share about moves and keys, written
//! once: the server build and MicrosoftTeams module thresholds (Move-CsUser.md; staff notes in
//! office-docs-powershell pull requests 13225, 13244, 13690), and how a key is this certificate.

use super::writer::Writer;

/// Sets `$build`: the newest Core Components version (Get-CsServerPatchVersion.md).
pub(crate) const READ_BUILD: &str = "$build = @(Get-CsServerPatchVersion | Where-Object -Property ComponentName -Match -Value 'Core Components' | ForEach-Object -Process { [version]$_.Version } | Sort-Object -Descending)[0]";
/// True when `$build` is below the minimum for moves: 2019 CU6, 2015 CU12, Lync 2013 CU10 HF7.
pub(crate) const BUILD_BELOW_MINIMUM: &str = "$build -lt [version]'5.0.8308.1182' -or ($build.Major -eq 6 -and $build -lt [version]'6.0.9319.619') -or ($build.Major -eq 7 -and $build -lt [version]'7.0.2046.385')";
/// True when `$teams` is older than Move-CsUser.md's 6.2.1.
pub(crate) const MODULE_BELOW_MINIMUM: &str = "$teams.Version -lt [version]'6.2.1'";
/// True when `$teams` is a version with the Move-CsUser regression (after 7.1).
pub(crate) const MODULE_WITH_REGRESSION: &str = "$teams.Version -ge [version]'7.2'";
/// True when `$build` is below the build that fixes the regression (7.0.2046.849, KB5090660).
pub(crate) const BUILD_BELOW_FIX: &str = "$build -lt [version]'7.0.2046.849'";

/// Defines `Test-IsThisCertificate`: a key is `$certificate` when its customKeyIdentifier is the
/// certificate's thumbprint, as bytes of the hash or as its hex text (Microsoft Graph keyCredential
/// resource: the identifier defaults to the thumbprint).
pub(crate) fn certificate_test(w: &mut Writer) {
    w.open("function Test-IsThisCertificate($Key) {");
    w.open("if (-not $Key.CustomKeyIdentifier) {");
    w.code("return $false");
    w.close("}");
    w.code("$id = [byte[]]$Key.CustomKeyIdentifier");
    w.code("([System.BitConverter]::ToString($id).Replace('-', '') -eq $certificate.Thumbprint) -or ([System.Text.Encoding]::ASCII.GetString($id) -eq $certificate.Thumbprint)");
    w.close("}");
}
