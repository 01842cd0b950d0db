# Hybrid Builder — English, the source of every other locale.
#
# Message ids are <module>-<name>: the module is the Rust module that uses them (page = the web page).
# Placeholders ($name) carry values such as FQDNs, counts and codes; names of cmdlets, parameters,
# values and products are never translated.

## checklist

checklist-known-error-items-1-a = Move-CsUser: HostedMigration fault: Error=(510) … not enabled for shared sip address space
checklist-known-error-items-1-b = Step 3 is missing or was undone. Run Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true online and retry.
checklist-known-error-items-2-a = Move-CsUser: HostedMigration fault: Error=(507) … must has an assigned license
checklist-known-error-items-2-b = The user lacks the Skype for Business Online licence or is not provisioned yet. Assign it and wait up to 30 minutes.
checklist-known-error-items-3-a = HostedMigration fault: Error=(506) … problem with this user account
checklist-known-error-items-3-b = msRTCSIP attributes are not synced. Rerun the Entra Connect wizard and resync.
checklist-known-error-items-4-a = There is a duplicate key sequence … ProviderName
checklist-known-error-items-4-b = A hosting or public provider already uses this identity. Remove it (Remove-CsHostingProvider / Remove-CsPublicProvider) or choose another identity.
checklist-known-error-items-5-a = ms-diagnostics: 1017; Cannot route From and To domains in this combination
checklist-known-error-items-5-b = A tenant SIP domain is missing from the on-premises topology or its federation DNS points to Microsoft 365.
checklist-known-error-items-6-a = On-premises Cs cmdlets behave like online ones
checklist-known-error-items-6-b = An online session was imported with -AllowClobber in this shell. Open a fresh Management Shell.
checklist-known-error-items-7-a = Move-CsUser fails with an MFA admin and -Credential
checklist-known-error-items-7-b = MFA works only without -Credential (2015 CU12+ or 2019). Omit -Credential and sign in when prompted.
checklist-prerequisite-items-1 = Exactly one Microsoft 365 tenant for this on-premises deployment; only one forest in hybrid at a time.
checklist-prerequisite-items-2 = Every SIP domain is added and verified in the tenant, and every tenant SIP domain is in the on-premises topology.
checklist-prerequisite-items-3 = Microsoft Entra Connect (Azure AD Connect) syncs ALL Skype for Business users, including those who stay on premises, with their msRTCSIP attributes.
checklist-prerequisite-items-4 = Builds at least Skype for Business Server 2019 CU6 (7.0.2046.385), 2015 CU12 (6.0.9319.619) or Lync Server 2013 CU10 HF7 (5.0.8308.1182) (Move-CsUser.md). Skype for Business Server 2015 and 2019 left extended support on 14 October 2025; Subscription Edition is the supported version (Microsoft lifecycle; see Sources). Subscription Edition and 2019 share the 7.0.2046.x builds: the pre-flight reads the product name too.
checklist-prerequisite-items-5 = Edge Server deployed with federation; only one Edge pool is the federation Edge.
checklist-prerequisite-items-6 = External Edge certificate from a public CA whose SAN contains sip.<domain> for every SIP domain (except *.onmicrosoft.com).
checklist-prerequisite-items-7 = OAuthTokenIssuer certificate present (2048-bit or larger, the same on every Front End): Get-CsCertificate -Type OAuthTokenIssuer.
checklist-prerequisite-items-8 = Firewall, Edge external interface: TCP 443 in, TCP 5061 in/out (federation), TCP 80 out (CRL), TCP/UDP 53 out; A/V Edge UDP 3478 and TCP 443 in/out, TCP/UDP 50000–59999 out; plus the Microsoft 365 URLs and IP ranges.
checklist-prerequisite-items-9 = Federation policy matches on both sides: open or closed alike, identical allowed and blocked domain lists, federation enabled in the tenant.
checklist-prerequisite-items-10 = The tenant-wide coexistence mode is not TeamsOnly: it cannot be while an on-premises deployment exists; users become TeamsOnly one by one as they move (Grant-CsTeamsUpgradePolicy.md).
checklist-prerequisite-items-11 = MicrosoftTeams PowerShell module on the admin workstation (4.x or later) and on the server that moves users: 6.2.1 or later (Move-CsUser.md), and no later than 7.1 unless the server runs Skype for Business Server 2019 or Subscription Edition build 7.0.2046.849 (KB5090660) or later (see Sources). Windows PowerShell 5.1 or PowerShell 7.2+.
checklist-prerequisite-items-12 = TLS 1.2 enabled on the server that moves users (Move-CsUser.md).
checklist-prerequisite-items-13 = Licences assigned to each user before their move: Teams and Skype for Business Online (Plan 2); Audio Conferencing for users enabled for dial-in conferencing; Teams Phone for users enabled for Enterprise Voice (move-users-between-on-premises-and-cloud.md).
checklist-prerequisite-items-14 = Downloaded scripts carry the mark of the web, which the RemoteSigned execution policy blocks: after copying them to the server, run Unblock-File -Path .\hybrid-*.ps1 (Unblock-File.md).
checklist-prerequisite-items-15 = Skype for Business Server administrative tools on a server that reaches both the deployment and the internet.
checklist-prerequisite-items-16 = Run order: the on-premises script with -WhatIf, then without; the online script; then the on-premises script again with -MovePilotUsers -ReadinessFile pointing to the hybrid-move-readiness.json the online script wrote.
checklist-prerequisite-items-17 = Accounts for moves (move-users-between-on-premises-and-cloud.md): the CsServerAdministrator role on premises; in Teams, Global Administrator, or Teams Administrator together with User Administrator, or Skype for Business Administrator together with User Administrator. Move-CsUser takes an account that ends in .onmicrosoft.com, or a synced account together with -HostedMigrationOverrideUrl.
checklist-after-items-1 = Test IM, presence and calls both ways between moved and on-premises users, and with an external federated organisation.
checklist-after-items-2 = Keep SharedSipAddressSpace $true and DNS on premises until no user remains on premises.
checklist-after-items-3 = When the last user has moved: repoint DNS, then Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false, then disable the hosting provider in a new on-premises shell.
checklist-title = Skype for Business hybrid — change checklist
checklist-generated = Generated by Hybrid Builder. Tick each item as you go.
checklist-settings = Settings
checklist-prerequisites = Before the change window
checklist-steps = What the scripts do, step by step
checklist-run-order = Run order
checklist-run-order-intro = Run the files in this order; the steps below say what each one does. The scripts keep the backups and the already-in-place checks that the bare commands lack.
checklist-look-for = Look for
checklist-runs-on-prem = Runs in: Skype for Business Server Management Shell on a Front End server.
checklist-runs-online = Runs in: PowerShell with the MicrosoftTeams module (not the Management Shell).
checklist-run = What this stage does
checklist-verify = Verify
checklist-expect = Expected
checklist-rollback = Roll back
checklist-dns = DNS while hybrid is active
checklist-dns-intro = While any user is homed on premises, every external Skype for Business record of every SIP domain points to your on-premises Edge and reverse proxy, not to Microsoft 365 (plan-hybrid-connectivity.md). Each domain's records use that domain's own names:
checklist-dns-no-domains = Add your SIP domains in the form to list their records here.
checklist-access-edge-ip = the Access Edge external IP address (enter the Edge external FQDN in the form to name it)
checklist-reverse-proxy-ip = the reverse proxy's public IP address (enter the reverse proxy FQDN in the form to name it)
checklist-sip-record-source = the external Access Edge: Skype/SfbServer/plan-your-deployment/network-requirements/dns.md
checklist-sip-tls-srv = port 443, client sign-in through the Access Edge; priority and weight as in your zone, Microsoft gives none for on-premises records
checklist-federation-srv = port 5061; resolves to the Access Edge external IP, with strict DNS name matching between the SIP domain and the SRV target (plan-hybrid-connectivity.md): a target in the same domain, such as sip.<domain>, is how this checklist meets it (INFERRED); priority and weight as in your zone
checklist-lyncdiscover-source = client AutoDiscover, published by the reverse proxy: dns.md
checklist-simple-url-source = if your meeting or dial-in simple URL uses this name; published by the reverse proxy: dns.md
checklist-edge-san = The external Edge certificate's subject alternative names include
checklist-edge-san-source = every SIP domain except *.onmicrosoft.com, before any move: cloud-consolidation-edge-certificates.md, which states it for each SIP domain of the tenant
checklist-webconf-internal = Internal clients resolve the Web Conferencing Edge external FQDN (e.g. webcon.contoso.com) to its external IP, through the internal zone with split DNS, so online users can present in on-premises meetings (plan-hybrid-connectivity.md).
checklist-dns-later = Only after the last user has moved online, repoint them to Microsoft 365:
checklist-verification = Verification
checklist-verification-intro = What the verification scripts found after the change. Each FAIL says what to do; the steps whose checks all passed show their verify items as verified by report.
checklist-verified-by-report = verified by report
checklist-preflight-says = Pre-flight:
checklist-findings = Pre-flight findings
checklist-findings-intro = What the pre-flight scripts found in the deployment, failures first. Fix each FAIL before the window.
checklist-todo = to do
checklist-changes = What will change
checklist-changes-intro = Each value the change scripts set, as the pre-flight found it and as it will be:
checklist-known-errors = Known errors
checklist-after = After the pilot
checklist-domain-verified = SIP domain { $domain } is verified in the tenant and present in the on-premises topology.
checklist-stage-line = { $number }. { $title } — runs in { $shell }
checklist-public-ip-of = the public IP address of { $host }
checklist-rollback-script = Or run { $script } with the backup file the script wrote: it puts back everything that backup saved, and refuses while any user is homed online.
checklist-cname-or-a = CNAME or A
checklist-source-dedicated-app = The dedicated hybrid application for Exchange Online integration: THIRD-PARTY, a summary of Microsoft's post "Released: August 2025 Skype for Business Server hotfix updates" (maxime365 blog, 2025-08-18). No Microsoft page among the sources checked says so; the KB articles of each version are the rule.
checklist-source-teams-module = MicrosoftTeams versions after 7.1 and Move-CsUser: Microsoft staff notes in office-docs-powershell pull requests 13225 and 13244 (November 2025) say versions greater than 7.1 break Move-CsUser; pull request 13690 (July 2026) says versions later than 7.2 need build 7.0.2046.849 (KB5090660). These notes are not yet merged into Move-CsUser.md.
checklist-source-lifecycle = End of extended support for Skype for Business Server 2015 and 2019 (14 October 2025): Microsoft's lifecycle announcement, as the press reported it in July 2025.
checklist-sources-intro = Where a rule above rests on more than a published Microsoft page:
checklist-sources = Sources

## change_record

change_record-risk-default-route = Step 1 switches the Edge to DNS SRV routing: federation through a default route (clearing house) stops.
change_record-risk-items-1 = A wrong cloud value fails late, at Move-CsUser; undocumented sovereign values were confirmed by the admin before the scripts were offered.
change_record-risk-items-2 = Moved users are TeamsOnly; their meetings are converted about 90 minutes after the move.
change_record-risk-items-3 = MicrosoftTeams module versions greater than 7.1 break Move-CsUser before server build 7.0.2046.849 (KB5090660; see Sources); the move script checks the pair first.
change_record-sign-off-rows-1 = Prepared by
change_record-sign-off-rows-2 = Reviewed by
change_record-sign-off-rows-3 = Approved by (change board)
change_record-title = Skype for Business hybrid — change record
change_record-date = Date
change_record-link = Settings (Hybrid Builder link)
change_record-intro = Prepared with Hybrid Builder for the change board: what will change, the exact scripts, the risks and the way back.
change_record-settings = Settings
change_record-provenance = Where the cloud values come from:
change_record-typed-by-admin = typed by the admin (not the cloud's default)
change_record-plan = Plan
change_record-no-preflight = No pre-flight report was loaded: the values as found in the deployment are not part of this record.
change_record-changes-from-preflight = What will change, from the pre-flight reports (as found → as it will be):
change_record-not-there = (not there yet)
change_record-column-action = Action
change_record-column-setting = Setting
change_record-column-found = As found
change_record-column-after = As it will be
change_record-open-findings = Pre-flight findings still open
change_record-scripts = Scripts
change_record-hash-how = What runs must be what was approved: compare each file with Get-FileHash -Algorithm SHA256 <file> before running it.
change_record-file = File
change_record-risks = Risks
change_record-verification = Verification
change_record-sign-off = Sign-off
change_record-rollback-how = Undo the change in the reverse order: first { $online }, then { $on_premises }, each with -BackupFile pointing to the backup its change script wrote. Both support -WhatIf and refuse to run while users are homed online unless told otherwise. The on-premises script also saved the whole Central Management store to hybrid-cs-configuration-<date>.zip beside its backup (Export-CsConfiguration; Import-CsConfiguration puts it back).
change_record-shell-on-premises = Skype for Business Server Management Shell
change_record-shell-online = PowerShell with the MicrosoftTeams module
change_record-accepted-by-admin = Accepted by the admin on { $date }: the admin read these FAILs and asked for the change scripts anyway.
change_record-acceptance = Accepted pre-flight FAILs
change_record-rollback-when = When each step may be undone:
change_record-rollback = Rollback

## plan

plan-edge-title = Step 1 — Edge federation
plan-edge-why = Online and on-premises users of the same SIP domain reach each other through federation, so the Edge must allow federated users and route with DNS SRV records (hosting providers do not work with a default route).
plan-edge-rollback = Rollback: the script saves the current Edge configuration with Export-Clixml before changing it; set the saved values back with Set-CsAccessEdgeConfiguration.
plan-leaving-default-route = Leaving a default route: the Edge uses DNS SRV routing from this step on, and hosting providers need it (New-CsHostingProvider.md). Federation that went through the default route (a clearing house) stops here: before the window, list the partners reached through it, agree the date with them and the clearing house, and settle with each how they will be reached once the default route is gone.
plan-provider-title = Step 2 — Hosting provider with shared SIP address space
plan-provider-why = The hosting provider tells the Edge that users of your SIP domains may also live in Microsoft 365, and where to find them.
plan-no-public-provider = Nothing: a public provider with the same identity causes the "duplicate key sequence" error.
plan-provider-fixed-values = Fixed values: Enabled $true (the provider is used), EnabledSharedAddressSpace $true (users of one SIP domain are split between on premises and online), HostsOCSUsers $true (the provider hosts Skype for Business users), IsLocal $false (the provider is not your own deployment).
plan-connect-title = Connect to the tenant
plan-connect-why = Step 3 runs against Microsoft 365, in a PowerShell session signed in to the tenant. Never import an online session into the Skype for Business Server Management Shell.
plan-rollback-only-when-none-online = only when no user is homed online. SharedSipAddressSpace must stay True until no user remains on premises (configure-federation-with-skype-for-business-online.md), and without the hosting provider on-premises users and online users of your SIP domains can no longer exchange messages (Set-CsHostingProvider.md, Remove-CsHostingProvider.md). Move users back first
plan-move-back-loses = moving a user back does not bring back their Teams meetings (move-users-from-the-cloud-to-on-premises.md: reschedule them) and, since 10 November 2023, not their contacts (Move-CsUser.md)
plan-tenant-title = Step 3 — Shared SIP address space in the tenant
plan-tenant-why = The tenant must know that some users of its SIP domains are homed on premises; without it, Move-CsUser fails with HostedMigration fault 510.
plan-tenant-keep-true = Keep SharedSipAddressSpace $true until no user remains on premises; set it to $false only when disabling hybrid.
plan-oauth-onprem-title = Optional — Server-to-server authentication (on premises)
plan-oauth-why = Lets Skype for Business Server and Microsoft 365 services such as Exchange Online trust each other's tokens.
plan-oauth-cert-expected = A certificate (2048-bit or larger, the same on every Front End).
plan-oauth-metadata-reachable = New-CsOAuthServer fails unless the metadata URL is reachable from the server when it runs.
plan-oauth-online-title = Optional — Server-to-server authentication (online service principals)
plan-oauth-online-why = Microsoft 365 must know the on-premises OAuthTokenIssuer certificate to accept its tokens: it goes on the Skype for Business Online (00000004-…) and Exchange Online (00000002-…) service principals, Exchange Online's principal is enabled, and each pool's external web services FQDN becomes a service principal name of Skype for Business Online (configure-a-hybrid-environment.md).
plan-oauth-dedicated-app = Exchange Online integration (archiving, calendar presence, photos) moves to a dedicated hybrid application in the tenant (see Sources): Subscription Edition KB5065372 (7.0.2046.820, ConfigureSkypeforBusinessHybridApplication.ps1 on the Front End), 2019 KB4470124 (7.0.2046.553), 2015 KB3061064 (6.0.9319.881, then add_sfbassets.ps1). Follow the KB for your version. The online script registers the certificate on the Skype for Business Online principal only, never on the Exchange Online principal (00000002), whose keys Microsoft's CSS-Exchange ConfigureExchangeHybridApplication.ps1 removes.
plan-readiness-title = Before the moves — Move readiness in the tenant
plan-readiness-why = Moves fail late, at Move-CsUser, when the tenant does not share the SIP address space or a pilot user is not synced or licensed. The online script checks each pilot user and writes hybrid-move-readiness.json; the on-premises script moves no one without a fresh one.
plan-readiness-expected = HostingProvider SRV: (synced, homed on premises: skype-for-business-online-retirement.md) and plans MCOProfessional and Teams in AssignedPlan (the plan names are INFERRED from the licence names).
plan-readiness-note = Licences before a move: Teams and Skype for Business Online (Plan 2); Audio Conferencing for users enabled for dial-in conferencing on premises; Teams Phone for users enabled for Enterprise Voice (move-users-between-on-premises-and-cloud.md).
plan-teams-only-default = The tenant-wide coexistence mode must not be TeamsOnly while an on-premises deployment exists; move users one by one instead (Grant-CsTeamsUpgradePolicy.md).
plan-pilot-title = Pilot — Move the first users
plan-pilot-why = Move a few users first and check that they can sign in, chat and call in both directions before moving the rest.
plan-pilot-order = Runs only with -MovePilotUsers -ReadinessFile <hybrid-move-readiness.json from the online script, less than 24 hours old>. Each move targets the ProxyFqdn of the hosting provider as configured on premises; users the readiness file does not show as ready are skipped with a warning.
plan-module-pairs = Before any move the script stops on a known-bad pair: MicrosoftTeams older than 6.2.1 (Move-CsUser.md); a server older than 2019 CU6 7.0.2046.385, 2015 CU12 6.0.9319.619 or Lync 2013 CU10 HF7 5.0.8308.1182; MicrosoftTeams 7.2 or later on a build before 7.0.2046.849 (KB5090660; see Sources). It also uses TLS 1.2, which moves require (Move-CsUser.md).
plan-pilot-no-pool = Enter the registrar pool in the form to get the commands that move a pilot user back on premises.
plan-pilot-expected = HostingProvider shows the Microsoft 365 FQDN after the move (inferred: the reference does not document the exact value).
plan-pilot-note = Meetings are converted about 90 minutes after the move; contacts arrive when the user signs in to Teams within 30 days (Move-CsUser.md).
plan-existing-replace = An existing provider for the same ProxyFqdn is removed and created anew, as Microsoft's procedure does. The script skips both when the provider already has every value.
plan-existing-update = An existing provider for the same ProxyFqdn is kept and corrected with Set-CsHostingProvider (its ProxyFqdn and identity cannot change).
plan-existing-stop = If a provider for the same ProxyFqdn already exists, the script stops without changes and shows it.
plan-connection-teams = Needs the MicrosoftTeams module 4.x or later here. Where Move-CsUser runs, Move-CsUser.md asks for 6.2.1 or later, and versions after 7.1 break Move-CsUser unless the server runs build 7.0.2046.849 (KB5090660) or later (see Sources): use 6.2.1 to 7.1 with any supported build, later versions only on Skype for Business Server 2019 or Subscription Edition at 7.0.2046.849 or later. Without an admin account the sign-in prompts, which works with MFA.
plan-tenant-federation-expected = { $mode ->
    [open] SharedSipAddressSpace True, AllowFederatedUsers True, AllowedDomains AllowAllKnownDomains (open federation), BlockedDomains equal to the on-premises blocked list
   *[allow-list] SharedSipAddressSpace True, AllowFederatedUsers True, AllowedDomains an allow-list equal to the on-premises allowed list, BlockedDomains equal to the on-premises blocked list
}
plan-principal-graph = The online script reads each service principal with keyCredentials selected (only that read returns the keys), keeps every existing key as it is, finds this certificate by its thumbprint and adds it only where it is missing (Microsoft Graph keyCredential resource).
plan-key-expected-plain = A key with Type AsymmetricX509Cert and Usage Verify whose customKeyIdentifier is the thumbprint of the on-premises OAuthTokenIssuer certificate.
plan-key-expected-exchange = AccountEnabled True, and no key added by Hybrid Builder: the certificate is not registered on the Exchange Online principal (Microsoft's CSS-Exchange ConfigureExchangeHybridApplication.ps1 removes such keys).
plan-key-expected-spns = A key with Type AsymmetricX509Cert and Usage Verify whose customKeyIdentifier is the thumbprint of the on-premises OAuthTokenIssuer certificate; ServicePrincipalNames include { $spns }.

## report

report-too-large = This file is larger than any Hybrid Builder report; it was not read.
report-not-ours = This is not a Hybrid Builder report (no "schema": "hybrid-builder-report"). Load the hybrid-preflight-*.json or hybrid-verification-*.json file the generated script wrote.
report-from-the-future = This report is dated more than a day in the future: check the clock of the server that wrote it, then run the script again.
report-unknown-check = Check
report-routing-dns-srv = DNS SRV routing
report-routing-default = Default route
report-action-remove = REMOVE
report-action-create = CREATE
report-action-set = SET
report-action-keep = no change
report-action-stop = STOP
report-hosting-provider = Hosting provider
report-unreadable = This file is not a readable report ({ $shown }). Load the file the script wrote, unchanged.
report-newer-schema = This report was written for a newer Hybrid Builder (report schema { $version }, this one reads up to { $supported }). Use the builder that generated the script.
report-old = This report is { $days } days old; the deployment may have changed since. Run the script again and load the new report (reports are read for 7 days).
report-other-domains = This report was made for the SIP domains { $report }, but these settings are for { $settings }. Load the report of this deployment, or generate the script again from these settings.
report-stale = Stale: this report was made for the SIP domains { $report }, but the settings now name { $settings }. Run the pre-flight again with these settings; until then its findings and what will change may not describe them.
report-is-preflight = This is a pre-flight report; load it under Pre-flight.
report-is-verification = This is a verification report; load it under Verify.
report-duplicate-key = This report gives "{ $key }" more than once, so it could be read two ways; it was not read. Load the file the script wrote, unchanged.
report-too-deep = This file nests lists or objects deeper than any Hybrid Builder report; it was not read.
report-bad-date = This report's date (created_unix { $value }) is not one a script of this builder writes; it was not read. Load the file the script wrote, unchanged.
report-no-domains = This report does not name the SIP domains it was made for, so nothing shows that it describes this deployment ({ $settings }); it was not read. Run the script generated from these settings and load its report.
report-no-checks = This report holds no checks: the script stopped before running any, or the file was cut short. Run the script again and load its whole report.
report-already-read = This report was already read; it counts once.
report-replaces-earlier = This report replaces the one read earlier for the same part (on premises or online).
report-check-server-build = Server build
report-check-server-product = Product and support
report-check-hybrid-application-build = Build for the dedicated hybrid application
report-check-server-roles = Pools and their roles
report-check-teams-module = MicrosoftTeams module
report-check-tls12 = TLS 1.2 for .NET
report-check-cms-replication = Central Management Store replication
report-check-sip-domains = SIP domains in the topology
report-check-edge-pools = Edge pools
report-check-web-services = Pools' external web services
report-check-registrar-pools = Registrar pools
report-check-access-edge = Access Edge configuration
report-check-hosting-providers = Hosting and public providers
report-check-federation-lists = Allowed and blocked domains
report-check-oauth-certificate = OAuthTokenIssuer certificate
report-check-oauth-objects = OAuth server and partner application
report-check-dns = DNS from this server
report-check-tenant = Tenant
report-check-tenant-domains = SIP domains in the tenant
report-check-exchange-principal-keys = Keys on the Exchange Online principal
report-check-federation-lists-match = Allowed and blocked domains on both sides
report-check-tenant-federation = Tenant federation
report-check-coexistence = Tenant-wide coexistence mode
report-check-pilot-user = Pilot user
report-check-verify-access-edge = Access Edge as configured
report-check-verify-hosting-provider = One hosting provider with every value
report-check-verify-oauth = OAuth server, partner application and service name
report-check-verify-federated-partner = Test-CsFederatedPartner towards the cloud
report-check-verify-pilot-homed = Moved pilot user (on premises)
report-check-verify-tenant = Tenant shared SIP address space and federation
report-check-verify-service-principals = Service principals: key, enabled, SPNs
report-check-verify-pilot-online = Moved pilot user (online)

report-todo-could-not-read = Check that this shell has the rights and modules the check needs, then run the script again.
report-todo-server-build-unread = Read the build with Get-CsServerPatchVersion and compare it with the minimum builds in the checklist.
report-todo-server-build-below-minimum = Install at least Skype for Business Server 2019 CU6 (7.0.2046.385) or 2015 CU12 (6.0.9319.619) before the window.
report-todo-server-build-2015 = Moves work with MicrosoftTeams 7.1 or earlier only: no fix is named for 2015 (office-docs-powershell pull request 13690).
report-todo-server-product-out-of-support = Skype for Business Server 2015 and 2019 left extended support on 14 October 2025 (as press reports of Microsoft's lifecycle announcement, July 2025, say); Lync Server 2013 left it earlier. Plan Subscription Edition or the move of every user to Teams.
report-todo-server-product-unread = The product name could not be read here: check it in Programs and Features.
report-todo-hybrid-application-build-unread = Read the build with Get-CsServerPatchVersion and compare it with the August 2025 hotfix of your version.
report-todo-hybrid-application-build-below = Exchange Online integration needs the August 2025 hotfix of your version (Subscription Edition KB5065372, 2019 KB4470124, 2015 KB3061064) and its dedicated hybrid application: follow that KB.
report-todo-teams-module-missing = Install MicrosoftTeams 7.1.0 (Install-Module MicrosoftTeams -RequiredVersion 7.1.0), or a later version only with build 7.0.2046.849 or later.
report-todo-teams-module-too-old = Move-CsUser needs 6.2.1 or later: install 7.1.0.
report-todo-teams-module-too-new = Versions after 7.1 break Move-CsUser before build 7.0.2046.849 (KB5090660): update the server or install 7.1.0.
report-todo-tls12 = Move-CsUser needs TLS 1.2: enable it for .NET on this server before the moves (the change script also asks for it in its own session).
report-todo-cms-replication = Wait for replication or fix it before the window; changes reach the Edge only through replication.
report-todo-sip-domains-missing = Add the SIP domain to the topology, or remove it from the settings in Hybrid Builder.
report-todo-sip-domains-extra = List every SIP domain in Hybrid Builder: DNS, certificates and the tenant need all of them.
report-todo-edge-pools-none = Hybrid needs an Edge Server deployed with federation.
report-todo-edge-pools-several = Only one Edge pool may be the federation Edge: check the federation route in the topology.
report-todo-web-services = Use the pools' external web services FQDNs found here in Hybrid Builder.
report-todo-access-edge-default-route = The change script switches to DNS SRV routing; federation through the default route (clearing house) stops. Plan it with your federation partners.
report-todo-access-edge-federated-off = The change script allows them (Step 1).
report-todo-hosting-providers-public = Choose another identity in Hybrid Builder, or remove the public provider.
report-todo-hosting-providers-same-name = Choose another identity in Hybrid Builder, or remove that provider.
report-todo-hosting-providers-same-proxy = The change script handles it as chosen under "If a provider for this ProxyFqdn already exists"; see What will change.
report-todo-federation-lists = Compare with the tenant lists in the online report.
report-todo-oauth-certificate-missing = Assign one (Set-CsCertificate -Identity global -Type OAuthTokenIssuer) before server-to-server authentication.
report-todo-oauth-certificate-expired = Renew the OAuthTokenIssuer certificate before the window.
report-todo-oauth-certificate-expiring = Plan the renewal (Set-CsCertificate -Roll) soon.
report-todo-oauth-certificate-key-size = Use a certificate with a 2048-bit or larger key.
report-todo-dns = Point every record of every SIP domain on premises while hybrid is active (see DNS in the checklist); run the script again with -PublicDnsServer for the view from the internet.
report-todo-tenant-domains-missing = Add and verify the domain in the tenant before the window.
report-todo-tenant-domains-disabled = Users of a disabled SIP domain are not provisioned (Get-CsOnlineSipDomain.md): enable the domain before the window.
report-todo-tenant-federation = Turn external access on (Set-CsTenantFederationConfiguration -AllowFederatedUsers $true) before the window.
report-todo-exchange-principal-keys = Microsoft's CSS-Exchange ConfigureExchangeHybridApplication.ps1 removes them: -ResetFirstPartyServicePrincipalKeyCredentials (every key), with -CertificateInformation <thumbprint> (that key and every expired one). Run it once Exchange hybrid uses its dedicated application.
report-todo-coexistence-teams-only = Set the tenant-wide mode back (Microsoft Support may be needed) before moving users from on premises.
report-todo-coexistence-unread = Check in the Teams admin center that the org-wide coexistence mode is not Teams only.
report-todo-pilot-user-not-synced = Wait for directory sync, or check that the user is homed on premises.
report-todo-pilot-user-licences = Assign Teams and Skype for Business Online (Plan 2), plus Audio Conferencing or Teams Phone if the user uses them on premises.
report-todo-verify-access-edge = Run the on-premises change script again and read its output.
report-todo-verify-hosting-provider = Run the on-premises change script again; compare Get-CsHostingProvider with the checklist.
report-todo-verify-oauth = Run the on-premises change script again with server-to-server authentication.
report-todo-verify-federated-partner-no-domain = Run the script again with -PartnerDomain <a federated partner domain on the allowed list>.
report-todo-verify-federated-partner-several-edges = Run the script again with -EdgePoolFqdn <the Edge pool that is the federation route>.
report-todo-verify-federated-partner-failed = Check DNS, the Edge certificate and the firewall of the federation Edge (see DNS in the checklist).
report-todo-verify-pilot-homed = The user is still on premises: run the moves (-MovePilotUsers -ReadinessFile) and read their output.
report-todo-verify-tenant = Run the online change script again and read its output.
report-todo-verify-service-principals = Run the online change script again with server-to-server authentication.
report-todo-verify-pilot-online = The move has not reached the tenant yet: wait for replication and run the verification again.

## share

share-unknown-field = not a setting this builder knows.
share-sender-confirmed = confirmed by whoever sent these settings; confirm it yourself before the scripts use it.
share-not-an-object = the settings are not a JSON object.
share-bad-version = schema_version is not a number.
share-storage-corrupt = the settings saved in this browser could not be read; starting from the defaults.
share-bad-link-version = the link has no valid version (v=2); read what could be read.
share-link-cut-short = this link was cut short (its end, with the checksum, is missing): some settings may be missing or incomplete. Ask for the whole link, or check every setting below.
share-link-changed = this link does not match its checksum: it was cut or changed on the way. Ask for the whole link, or check every setting below.
share-not-a-boolean = expected true or false.
share-not-text = expected text.
share-not-a-list = expected a list of text.
share-expected-one-of = expected one of { $names }.
share-invalid-json = the file is not valid JSON ({ $detail }).
share-newer-schema = written by a newer Hybrid Builder (schema_version { $version }, this one reads up to { $supported }); use a newer builder.
share-newer-link-format = the link comes from a newer Hybrid Builder (v={ $version }); only the settings this one knows were restored.
share-cannot-lock = cannot lock { $path }: not a setting this builder knows.
share-unknown-language = { $tag } is not a language this builder speaks; the page uses your browser's language.
share-duplicate-key = "{ $key }" is given more than once, so which value is meant is unclear; nothing was read. Keep one of them.
share-too-deep = the file nests lists or objects deeper than any settings file; it was not read.
share-repeated-in-link = appears more than once in the link; only its first value was used.
# What the page does with an entry it could not use (the CLI refuses the whole file instead).
share-default-kept = { $problem } The default is kept.
share-ignored = { $problem } It is ignored.
share-defaults-used = { $problem } The defaults are used.

## stages

stages-preflight = Pre-flight (read only)
stages-dry-run = On premises, dry run
stages-on-premises = On premises
stages-online = Online
stages-wait = Wait for replication
stages-moves = Pilot moves
stages-verify = Verify (read only)
stages-if-needed = Only if it must be undone
stages-management-shell = Skype for Business Server Management Shell on a Front End server
stages-teams-shell = PowerShell with the MicrosoftTeams module (not the Management Shell)
stages-both-shells = the on-premises part in the Management Shell, the online part with the MicrosoftTeams module
stages-preflight-look = No FAIL. Load both hybrid-preflight-*.json reports into Hybrid Builder and read What will change.
stages-dry-run-look = What if: lines only for the changes What will change lists; no error.
stages-on-premises-look = The backup, transcript and hybrid-cs-configuration-*.zip paths (keep them: the .zip is the whole Central Management store as Export-CsConfiguration saved it, for Import-CsConfiguration), each step done or already in place, no error.
stages-online-look = SharedSipAddressSpace is True; federation mode matches the on-premises side.
stages-online-look-pilots = SharedSipAddressSpace is True; READY for each pilot user, and the path of hybrid-move-readiness.json.
stages-wait-look = No server listed (every replica up to date); the pilot users synced to the tenant. The Edge applies the change only after replication.
stages-moves-look = The module and build line, then each pilot moved; a NOT READY user is skipped with a warning.
stages-verify-look = PASS on every line. Load both hybrid-verification-*.json reports: the checklist marks what they prove.
stages-if-needed-look = Dry run each first, the online part first: the change is undone in the reverse order. Each refuses while users are homed online.
stages-backup-file-placeholder = <the hybrid-on-premises-backup-*.xml this window wrote>
stages-online-backup-file-placeholder = <the hybrid-online-backup-*.xml this window wrote>

## validation

validation-legacy-connector-retired = Refused: the Skype for Business Online Connector is retired (New-CsOnlineSession was removed in MicrosoftTeams 2.0.0), so no script signs in with it. Choose the MicrosoftTeams module (Connect-MicrosoftTeams); everything else in these settings is kept.
validation-msonline-retired = Refused: the MSOnline module is retired (it worked through March 30, 2025: Azure AD PowerShell migration FAQ), so no script uses it. Choose Microsoft Graph PowerShell; everything else in these settings is kept.
validation-federated-users-required = Hybrid needs federated users allowed on the Edge: online and on-premises users of the same SIP domain talk through federation. Tick "Allow federated users".
validation-outside-users-off = Remote users will not be able to sign in through the Edge. Hybrid does not need this, but Microsoft's procedure turns it on.
validation-default-route-unsupported = Your Edge routes federation through a default route today. Hosting providers cannot be used with a default route (New-CsHostingProvider.md), so Step 1 switches the Edge to DNS SRV routing (-UseDnsSrvRouting): federation through the default route (a clearing house) stops when it runs. Agree the change with the partners you reach through it; the checklist lists what to do.
validation-verification-level-not-source = Microsoft's hybrid procedure creates the hosting provider with -VerificationLevel UseSourceVerification (configure-federation-with-skype-for-business-online.md); another value changes how messages from Microsoft 365 are trusted. Keep UseSourceVerification unless you know why.
validation-partner-discovery-off = Microsoft's procedure enables partner discovery with DNS SRV routing. Turn it off only if the tenant uses an allow-list of domains (closed federation).
validation-shared-sip-required = SharedSipAddressSpace must stay $true while any user is homed on premises; turning it off is part of disabling hybrid, not configuring it. Tick "Shared SIP address space".
validation-discovery-on-tenant-closed = Partner discovery is on in the on-premises deployment, but the tenant uses an allow-list: both sides must match. Either choose open federation for the tenant or turn partner discovery off.
validation-discovery-off-tenant-open = Partner discovery is off on premises but the tenant federates openly: both sides must match. Either turn partner discovery on or choose an allow-list for the tenant.
validation-no-sip-domains = Add your SIP domains so the checklist can list their DNS records and certificate names.
validation-edge-outside-sip-domains = The Edge external FQDN is in none of your SIP domains. Check it: the Edge certificate and DNS records normally use a SIP domain (e.g. sip.contoso.com).
validation-web-services-fqdns-missing = Server-to-server authentication adds each pool's external web services FQDN as a service principal name of Skype for Business Online. Enter one FQDN per pool (Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn).
validation-reverse-proxy-missing = Enter the reverse proxy's external FQDN: lyncdiscover and the meeting and dial-in URLs of every SIP domain point to it while hybrid is active. Until then the DNS part of the checklist cannot name their target.
validation-registrar-pool-missing = Enter the registrar pool: moving a pilot user back on premises needs it as -Target. Until then the checklist lists no move-back commands.
validation-certificate-path-required = Enter the path of the exported OAuthTokenIssuer certificate (.cer) on the workstation that runs the online script, e.g. C:\certs\oauth.cer.
validation-path-problem = { $flaw ->
    [whitespace] The certificate path must not start or end with spaces.
    [control] The certificate path must be a single line without control characters.
    [invisible] The certificate path contains an invisible formatting character (such as a bidirectional override or a zero-width space): retype it.
    [too-long] The certificate path is longer than 259 characters (Windows' MAX_PATH).
   *[other] The certificate path is not valid.
}
validation-fqdn-problem = { $flaw ->
    [empty] { $subject } is required.
    [whitespace] { $subject } must not contain spaces.
    [control] { $subject } must be a single line without control characters.
    [invisible] { $subject } contains an invisible formatting character (such as a bidirectional override or a zero-width space): retype it.
    [scheme] { $subject } must be a host name only: remove the scheme (such as https://) and any path.
    [non-ascii] { $subject } contains non-ASCII characters: enter an internationalised name in its punycode form (xn--…).
    [too-long] { $subject } is longer than 253 characters.
    [label-too-long] { $subject } has a part longer than 63 characters.
    [empty-label] { $subject } has an empty part: check for a doubled, leading or trailing dot.
    [bad-character] { $subject } may contain only letters, digits, hyphens and dots.
    [hyphen] { $subject } has a part that starts or ends with a hyphen.
    [single-label] { $subject } must be a fully qualified name with at least one dot, e.g. sip.contoso.com.
    [numeric] { $subject } is an IP address; enter a DNS name.
   *[other] { $subject } is not a valid host name.
}
validation-url-problem = { $flaw ->
    [empty] { $subject } is required.
    [whitespace] { $subject } must not contain spaces.
    [control] { $subject } must be a single line without control characters.
    [invisible] { $subject } contains an invisible formatting character (such as a bidirectional override or a zero-width space): retype it.
    [too-long] { $subject } is longer than 2048 characters.
    [not-https] { $subject } must start with https://.
    [non-ascii] { $subject } contains non-ASCII characters: use the punycode form of the host and percent-encode the path.
    [bad-host] { $subject } has an invalid host name.
   *[other] { $subject } is not a valid URL.
}
validation-upn-problem = { $flaw ->
    [empty] { $subject } is required.
    [whitespace] { $subject } must not start or end with spaces.
    [control] { $subject } must be a single line without control characters.
    [invisible] { $subject } contains an invisible formatting character (such as a bidirectional override or a zero-width space): retype it.
   *[other] { $subject } must be a user principal name such as admin@contoso.com: letters, digits and ' . - _ ! # ^ ~ before the @ (no dot right before it), a valid domain after it.
}
validation-identity-problem = { $flaw ->
    [empty] The identity is required, e.g. SkypeforBusinessOnline.
    [too-long] The identity is longer than 255 characters.
    [whitespace] The identity may contain only letters, digits, dots, hyphens and underscores.
    [control] The identity may contain only letters, digits, dots, hyphens and underscores.
    [invisible] The identity may contain only letters, digits, dots, hyphens and underscores.
    [bad-character] The identity may contain only letters, digits, dots, hyphens and underscores.
   *[other] The identity is not valid.
}
validation-guid-problem = { $flaw ->
    [empty] The tenant ID is required for server-to-server authentication. Find it with (Get-CsTenant).TenantId.
   *[other] The tenant ID must be a GUID such as 6babcaad-604b-40ac-a9d7-9fd97c0b779f.
}
validation-subject-admin-account = The admin account
validation-subject-proxy-fqdn = The ProxyFqdn
validation-subject-autodiscover = The AutodiscoverUrl
validation-subject-metadata-prefix = The metadata URL prefix
validation-subject-edge-fqdn = The Edge external FQDN
validation-subject-registrar = The registrar pool FQDN
validation-subject-reverse-proxy = The reverse proxy FQDN
validation-subject-sip-domain = The SIP domain "{ $value }"
validation-subject-web-services = The web services FQDN "{ $value }"
validation-subject-pilot = The pilot user "{ $value }"
validation-duplicate-entry = { $subject } appears more than once; remove the duplicate.
validation-too-many-pilots = { $count } pilot users are more than the scripts carry inline (at most { $max }). List here the users to move first, and move a larger group with a bulk move file (Move-CsUser -UserList).
validation-too-many-sip-domains = { $count } SIP domains are more than this builder takes (at most { $max }): the Edge certificate names each of them, and public certificates rarely carry more. Check that the list holds only SIP domains.
validation-too-many-web-services = { $count } web services FQDNs are more than this builder takes (at most { $max }). Enter each pool's external web services FQDN once.
validation-onmicrosoft = The domain "{ $domain }" is a Microsoft-managed domain: it is not a SIP domain of your topology and is excluded from Edge certificates.
validation-placeholder-name = A placeholder from a link without names: type your real name here before the scripts are run.
validation-pilot-outside = The pilot user "{ $user }" is in none of the SIP domains listed above.
validation-other-cloud = This { $what } belongs to { $owner }, but the tenant is in { $chosen }. Use { $expected }, or choose the right cloud.
validation-not-an-endpoint = This { $what } is not a known Microsoft endpoint; for { $chosen } the value is { $expected }. Keep it only if Microsoft told you to.
validation-provenance-documented = documented
validation-provenance-inferred = inferred
validation-provenance-unconfirmed = unconfirmed
validation-confirm-value = Microsoft does not document { $value } for this cloud in this form: { $note } Confirm it with your Microsoft contact or your tenant's documentation, then tick its "I have confirmed this … for my tenant" box below the field, or type your own value in the field. The scripts that use it cannot be copied or downloaded until then.
validation-date-flaw = A confirmation's day is written as YYYY-MM-DD, e.g. 2026-12-05.
validation-metadata-prefix-slash = The metadata URL prefix ends with a slash: the scripts add the tenant id and /metadata/json/1 after it, e.g. https://accounts.accesscontrol.windows.net/.
validation-pilot-problem = { $form ->
    [whitespace] The pilot user "{ $user }" must not start or end with spaces.
    [control] The pilot user "{ $user }" must be a single line without control characters.
    [invisible] The pilot user "{ $user }" contains an invisible formatting character (such as a bidirectional override or a zero-width space): retype it.
    [sip] The SIP address "{ $user }" must be sip:user@domain, e.g. sip:ana@contoso.com: letters, digits and ' . - _ ! # ^ ~ before the @, a valid domain after it.
   *[other] The pilot user "{ $user }" must be a user principal name such as ana@contoso.com, or a SIP address written with its prefix, such as sip:ana@contoso.com.
}

## page

page-app-title = Hybrid Builder
page-app-lede = Connect Skype for Business Server to Microsoft 365 (shared SIP address space): fill in your settings, then copy checked PowerShell and a checklist for the change window. Nothing you type leaves this browser.
page-form-label = Hybrid settings
page-output-label = Generated scripts and checklist
page-doc-link = Microsoft's article
page-error-prefix = Error:{" "}
page-warning-prefix = Warning:{" "}
page-choice-title = Your tenant
page-choice-why = The cloud decides every endpoint the scripts use; one wrong value fails late, at Move-CsUser.
page-cloud-label = Microsoft 365 cloud
page-cloud-help = Sets the hosting provider's ProxyFqdn and AutodiscoverUrl, the Teams environment and the DNS targets.
page-connection-label = Tenant connection
page-connection-help = How the online script signs in to the tenant.
page-connection-teams = MicrosoftTeams module (Connect-MicrosoftTeams)
page-connection-legacy = Skype for Business Online Connector (retired, refused)
page-admin-upn-label = Admin account (optional)
page-admin-upn-help = Pre-fills the sign-in. Leave empty to be prompted, which works with MFA.
page-edge-title = Step 1 — Edge federation
page-edge-why = Online and on-premises users of the same SIP domain reach each other through federation, so the Edge must allow federated users and route with DNS SRV records.
page-allow-outside-label = Allow outside users
page-allow-outside-help = Remote users sign in through the Edge (-AllowOutsideUsers).
page-allow-federated-label = Allow federated users
page-allow-federated-help = Required for hybrid (-AllowFederatedUsers).
page-partner-discovery-label = Enable partner discovery
page-partner-discovery-help = The Edge finds federation partners through DNS (-EnablePartnerDiscovery). Must match the tenant's federation mode.
page-routing-label = Federation routing today
page-routing-help = Hybrid needs DNS SRV routing; the script always sets it (-UseDnsSrvRouting).
page-routing-dns-srv = DNS SRV routing
page-routing-default = Default route (clearing house)
page-provider-title = Step 2 — Hosting provider
page-provider-why = The hosting provider tells the Edge that users of your SIP domains may also live in Microsoft 365, and where to find them.
page-identity-label = Identity
page-identity-help = Any unique name; it must not clash with another hosting or public provider.
page-proxy-fqdn-label = ProxyFqdn
page-proxy-fqdn-help = Microsoft 365's federation FQDN for your cloud; also the Move-CsUser target. It cannot be changed later.
page-autodiscover-label = AutodiscoverUrl
page-autodiscover-help = Microsoft 365's autodiscover service for your cloud.
page-verification-label = VerificationLevel
page-verification-help = Microsoft's procedure uses UseSourceVerification.
page-existing-label = If a provider for this ProxyFqdn already exists
page-existing-help = The script checks first and leaves a provider that already has every value alone.
page-existing-replace = Replace it: remove, then create (Microsoft's procedure)
page-existing-update = Update it in place (Set-CsHostingProvider)
page-existing-stop = Stop and show it
page-fixed-values = Always set: Enabled $true, EnabledSharedAddressSpace $true (users of one SIP domain are split between on premises and online), HostsOCSUsers $true (the provider hosts Skype for Business users), IsLocal $false (it is not your own deployment).
page-overridden = You changed the cloud's value.
page-use-cloud-value = Use the cloud's value
page-badge-documented = Documented
page-badge-inferred = Inferred
page-badge-unconfirmed = Unconfirmed
page-badge-confirmed = Confirmed
page-confirm-proxy-label = I have confirmed this ProxyFqdn for my tenant
page-confirm-autodiscover-label = I have confirmed this AutodiscoverUrl for my tenant
page-confirm-metadata-label = I have confirmed this metadata URL host for my tenant
page-confirm-help = Ticking records that you confirmed this exact value, and the day. A link or settings file you pass on says that you confirmed it; whoever opens it confirms for themselves.
page-metadata-prefix-label = OAuth metadata URL prefix
page-metadata-prefix-help = The start of the Microsoft 365 authorization server's metadata URL; the scripts add the tenant id and /metadata/json/1 (configure-a-hybrid-environment.md). Type your own where your cloud's value is not the one shown.
page-tenant-title = Step 3 — Tenant
page-tenant-why = The tenant must know that some users of its SIP domains live on premises; without it Move-CsUser fails with HostedMigration fault 510.
page-shared-sip-label = Shared SIP address space
page-shared-sip-help = Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true. Keep it on until no user remains on premises.
page-federation-label = Tenant federation mode
page-federation-help = Must match the Edge: open federation with partner discovery, an allow-list without. The online script checks it.
page-federation-open = Open federation (all domains not blocked)
page-federation-allow-list = Allow-list of domains
page-environment-title = Your deployment
page-environment-why = These facts fill in the checklist: DNS records, certificate names and prerequisites.
page-sip-domains-label = SIP domains
page-sip-domains-help = One per line, or separated by commas, semicolons or spaces, e.g. contoso.com. Each must be verified in the tenant.
page-edge-fqdn-label = Edge external FQDN (optional)
page-edge-fqdn-help = The Access Edge external name, e.g. sip.contoso.com. Each domain's sip record points to it.
page-web-fqdns-label = External web services FQDN of each pool
page-web-fqdns-help = One per line, from Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn. Server-to-server authentication registers each as a service principal name.
page-reverse-proxy-label = Reverse proxy external FQDN
page-reverse-proxy-help = The name that publishes external web services, e.g. webext.contoso.com (it may equal a pool's external web services FQDN). lyncdiscover, meet and dialin point to it.
page-pool-label = Registrar pool FQDN (optional)
page-pool-help = Where moved users return if a move is rolled back.
page-pilot-title = Optional — Pilot users
page-pilot-why = Move a few users first and test both directions before moving the rest.
page-pilot-label = Pilot users
page-pilot-help = One per line: a UPN (ana@contoso.com) or a SIP address with its prefix (sip:ana@contoso.com), used as you type it. The on-premises script moves them only with -MovePilotUsers and the readiness file the online script writes.
page-oauth-title = Optional — Server-to-server authentication
page-oauth-why = For Exchange and SharePoint integration: on-premises trust of Microsoft 365 and the certificate on the online service principals.
page-oauth-enabled-label = Configure server-to-server authentication
page-oauth-enabled-help = Adds the OAuth steps to both scripts.
page-tenant-id-label = Tenant ID
page-tenant-id-help = A GUID; find it with (Get-CsTenant).TenantId.
page-cert-path-label = OAuthTokenIssuer certificate (.cer) path
page-cert-path-help = On the workstation that runs the online script.
page-tool-label = Register the certificate with
page-tool-help = Microsoft Graph PowerShell registers the certificate; MSOnline is retired and refused.
page-tool-graph = Microsoft Graph PowerShell
page-tool-msonline = MSOnline (retired, refused)
page-copy = Copy
page-copied = Copied
page-copy-failed = Copying failed: select the text and copy it by hand.
page-download-all = Download all
page-downloaded-all = Downloaded the change scripts, the rollback scripts, the checklist and the change record.
page-see-errors = Go to the errors
page-untick-all = Untick all
page-tab-blocked = has errors
page-panic-message = Something went wrong inside Hybrid Builder. Your settings are safe: export them, then reload the page and import them.
page-panic-export = Export settings
page-share-label = Share and keep these settings
page-copy-link = Copy share link
page-link-copied = Link copied
page-copy-link-without-names = Copy link without names
page-redact-heading = { $count ->
    [one] The link without names replaces 1 name with a placeholder:
   *[other] The link without names replaces { $count } names with placeholders:
}
page-redact-none = These settings hold no names yet: the link without names is the share link, marked as redacted.
page-redact-kept = The cloud and every choice stay as they are. Whoever opens the link sees that the names are placeholders, and the scripts are withheld until real names are typed.
page-redact-copy = Copy the link without names
page-redact-cancel = Cancel
page-redact-copied = Link without names copied
page-redacted-banner = The names in these settings are placeholders: they come from a link made without names, for a ticket or a forum. The scripts are not for running: type your real SIP domains, servers, users, tenant ID and certificate path in the fields marked below; the scripts are offered once no placeholder is left.
page-redacted-blocked = Copy and download are off: these settings hold placeholders instead of your names, so this output is not for running. Type your real names in the fields marked in the form first.
page-export = Export settings
page-import = Import settings…
page-reset = Reset to defaults
page-replaced = Your previous settings and ticks were replaced.
page-offline-link = This builder was opened from a file, so it has no address to share. Share links need the hosted builder; to move these settings, use Export settings and import the file there.
page-undo = Undo
page-dismiss = Dismiss
page-locked = Set by this page.
page-fixed-form-label = Settings set by this page
page-source-link = Link
page-source-storage = Saved settings
page-source-file = Settings file
page-preflight-title = Before the window — pre-flight
page-preflight-why = Two read-only scripts read the deployment and the tenant, print PASS, WARN or FAIL per check and write a report. Load the reports here: the builder shows what it found, what the change scripts will change, and offers the values it learned. Nothing is uploaded: the reports are read in this tab only and are not saved.
page-preflight-on-prem = Download the on-premises pre-flight
page-preflight-online = Download the online pre-flight
page-preflight-load = Load pre-flight reports (hybrid-preflight-*.json)
page-preflight-drop = or drop them here
page-preflight-clear = Forget the reports
page-preflight-findings = Findings
page-preflight-changes = What will change
page-preflight-not-there = not there yet
page-preflight-column-action = Action
page-preflight-column-setting = Setting
page-preflight-column-found = As found
page-preflight-column-after = As it will be
page-preflight-suggest = From the pre-flight report
page-preflight-suggest-help = The reports know these values. Nothing changes in your settings until you apply them.
page-preflight-apply = Apply these values
page-preflight-applied = Applied the values from the pre-flight reports.
page-preflight-applied-one = Applied { $field }.
page-preflight-undo = Undo
page-preflight-apply-one = Apply
page-preflight-written = { $part }: written { $time }
page-preflight-accept = I have read every FAIL and want the change scripts anyway
page-preflight-todo = To do:
page-preflight-on-prem-part = on premises
page-preflight-online-part = online
page-run-order = Run order
page-look-for = Look for:
page-stages-label = The change window in three stages
page-stage-preflight = Pre-flight
page-stage-preflight-hint = Reads, changes nothing
page-stage-change = Change
page-stage-change-hint = On premises, then online
page-stage-verify = Verify
page-stage-verify-hint = Reads both sides again
page-show-all-note = Copy and Download always give the whole script.
page-wrap-lines = Wrap long lines
page-ticked = { $done } of { $total } tasks done
page-problem-in = { $source }: { $message }
page-problem-at = { $source }, { $key }: { $message }
page-imported-file = { $problems ->
    [0] Imported { $name }.
    [one] Imported { $name }; 1 entry could not be used:
   *[other] Imported { $name }; { $problems } entries could not be used:
}
page-import-refused-file = Did not import { $name }: { $why }
page-unreadable-file = Could not read { $name }.
page-not-text-file = { $name } was not read: it is neither UTF-8 nor UTF-16 text with a byte-order mark (a Windows code page such as 1252 writes such files). Save it as UTF-8 (in PowerShell: Get-Content FILE | Set-Content -Encoding UTF8 NEW-FILE) and try again.
page-tab-on-premises = On-premises script
page-tab-online = Online script
page-tab-checklist = Checklist
page-tab-change-record = Change record
page-error-summary = { $count ->
    [one] There is a problem: 1 error
   *[other] There is a problem: { $count } errors
}
page-warning-summary = { $count ->
    [one] 1 warning to check
   *[other] { $count } warnings to check
}
page-blocked = { $output ->
    [on-premises] { $errors ->
        [one] Copy and download are off: 1 error would make the on-premises script unsafe to run. Fix them in the form first.
       *[other] Copy and download are off: { $errors } errors would make the on-premises script unsafe to run. Fix them in the form first.
    }
    [online] { $errors ->
        [one] Copy and download are off: 1 error would make the online script unsafe to run. Fix them in the form first.
       *[other] Copy and download are off: { $errors } errors would make the online script unsafe to run. Fix them in the form first.
    }
    [checklist] { $errors ->
        [one] Copy and download are off: 1 error would make the checklist unsafe to run. Fix them in the form first.
       *[other] Copy and download are off: { $errors } errors would make the checklist unsafe to run. Fix them in the form first.
    }
   *[change-record] { $errors ->
        [one] Copy and download are off: 1 error would make the change record unsafe to run. Fix them in the form first.
       *[other] Copy and download are off: { $errors } errors would make the change record unsafe to run. Fix them in the form first.
    }
}
page-copied-output = { $output ->
    [on-premises] Copied the on-premises script to the clipboard.
    [online] Copied the online script to the clipboard.
    [checklist] Copied the checklist to the clipboard.
   *[change-record] Copied the change record to the clipboard.
}
page-downloaded = Downloaded { $file }.
page-download-file = Download { $file }
page-verification-title = After the change — verification
page-verification-why = Two read-only scripts check what the change produced: the Access Edge values, the one hosting provider, the tenant's shared SIP address space, the OAuth objects, Test-CsFederatedPartner towards the cloud, and each moved pilot. Load their reports: the checklist marks the items they prove as verified by report, and each FAIL says what to do.
page-verification-on-prem = Download the on-premises verification
page-verification-online = Download the online verification
page-verification-load = Load verification reports (hybrid-verification-*.json)
page-report-read = Read { $name }.
page-report-read-note = Read { $name }. { $note }
page-report-refused = Did not read { $name }: { $why }
page-preflight-fails = { $count ->
    [one] The pre-flight found 1 FAIL: the change scripts are withheld until it is fixed or accepted
   *[other] The pre-flight found { $count } FAILs: the change scripts are withheld until they are fixed or accepted
}
page-preflight-withheld = Copy and download are off: the pre-flight reported { $count } FAIL(s). Fix them and load new reports, or accept them under Pre-flight.
page-printed = Printed { $date } · { $cloud } · { $link }
page-show-lines = Show all { $total } lines
page-show-items = Show { $hidden } more items
page-help-toggle = { $state ->
    [folded] Show the help and settings ({ $lines } lines)
   *[open] Fold the help and settings ({ $lines } lines)
}
page-language-label = Language
page-language-failed = The { $language } texts could not be loaded; the page stays in the language it shows.
page-unsupported = Hybrid Builder needs a current browser — Edge, Chrome, Firefox or Safari — with JavaScript and WebAssembly. If this message stays, open this page in one of those.

## cloud

cloud-commercial = Commercial (worldwide)
cloud-gcc = GCC
cloud-gcc-high = GCC High
cloud-dod = DoD
cloud-china = 21Vianet (China)
cloud-note-documented-microsoft-s-hybrid-federation-article = Microsoft's hybrid federation article (OfficeDocs-SkypeForBusiness, Skype/SfbHybrid/hybrid/configure-federation-with-skype-for-business-online.md).
cloud-note-documented-decommission-manage-dns-entries-md = decommission-manage-dns-entries.md (OfficeDocs-SkypeForBusiness) and create-dns-records-at-any-dns-hosting-provider.md (microsoft-365-docs).
cloud-note-documented-the-default-of-connect-mggraph = the default of Connect-MgGraph -Environment (Connect-MgGraph.md).
cloud-note-documented-the-default-of-connect-msolservice = the default of Connect-MsolService -AzureEnvironment (Connect-MsolService.md).
cloud-note-documented-skype-sfbserver-manage-authentication-configure = Skype/SfbServer/manage/authentication/configure-a-hybrid-environment.md (OfficeDocs-SkypeForBusiness).
cloud-note-inferred-no-gcc-specific-value-is = no GCC-specific value is documented; GCC uses the Commercial endpoints.
cloud-note-inferred-the-name-is-one-of = the name is one of Connect-MgGraph.md's or Connect-MsolService.md's environments; which cloud it serves is read from its name, not stated.
cloud-note-unconfirmed-the-documented-value-is-for = the documented value is for Commercial.
cloud-note-unconfirmed-documented-only-as-the-federation = documented only as the federation SRV target of GCC High, not as a hosting provider ProxyFqdn.
cloud-note-unconfirmed-built-from-the-gcc-high = built from the GCC High lyncdiscover target and the Commercial path.
cloud-note-documented-connect-microsoftteams-md-teamsenvironmentname-office = Connect-MicrosoftTeams.md -TeamsEnvironmentName (office-docs-powershell).
cloud-note-documented-new-csonlinesession-md-teamsenvironmentname-office = New-CsOnlineSession.md -TeamsEnvironmentName (office-docs-powershell, last revision before removal).
cloud-note-documented-an-older-revision-of-dns = an older revision of dns-records-for-office-365-gcc-high.md (microsoft-365-docs).
cloud-note-documented-dns-records-for-office-365 = dns-records-for-office-365-gcc-high.md (microsoft-365-docs).
cloud-note-unconfirmed-no-gcc-high-metadata-url = no GCC High metadata URL is documented.
cloud-note-unconfirmed-documented-only-as-the-federation-2 = documented only as the federation SRV target of DoD, not as a hosting provider ProxyFqdn.
cloud-note-unconfirmed-built-from-the-dod-lyncdiscover = built from the DoD lyncdiscover target and the Commercial path.
cloud-note-documented-an-older-revision-of-dns-2 = an older revision of dns-records-for-office-365-dod.md (microsoft-365-docs).
cloud-note-documented-dns-records-for-office-365-2 = dns-records-for-office-365-dod.md (microsoft-365-docs).
cloud-note-unconfirmed-no-dod-metadata-url-is = no DoD metadata URL is documented.
cloud-note-unconfirmed-documented-only-as-the-federation-3 = documented only as the federation SRV target of 21Vianet, not as a hosting provider ProxyFqdn. Microsoft's only 21Vianet move example (Set-TeamsEnvironmentConfig.md, example 3) runs Move-CsUser -Target sipfed.online.lync.com after Set-TeamsEnvironmentConfig -TeamsEnvironmentName TeamsChina.
cloud-note-unconfirmed-built-from-the-21vianet-lyncdiscover = built from the 21Vianet lyncdiscover target and the Commercial path.
cloud-note-documented-create-dns-records-at-any = create-dns-records-at-any-dns-hosting-provider.md, o365-21vianet (microsoft-365-docs).
cloud-note-inferred-sharepoint-s-guide-for-21vianet = SharePoint's guide for 21Vianet gives this ACS host (sp-dev-docs, docs/solution-guidance/Extending-SharePoint-Online-for-Germany-China-USGovernment-environments.md); no Skype for Business article states it.

## summary

summary-cloud = Cloud
summary-tenant-connection = Tenant connection
summary-admin-account = Admin account
summary-prompt = (prompt)
summary-none = (none)
summary-routing = Routing
summary-hosting-provider = Hosting provider
summary-existing-provider = Existing provider
summary-tenant-federation = Tenant federation
summary-sip-domains = SIP domains
summary-edge-fqdn = Edge external FQDN
summary-registrar-pool = Registrar pool FQDN
summary-not-given = (not given)
summary-pilot-users = Pilot users
summary-server-to-server = Server-to-server auth
summary-yes = Yes
summary-no = No
summary-connection-teams = MicrosoftTeams module
summary-connection-legacy = Skype for Business Online Connector (retired)
summary-existing-replace = Replace (remove, then create)
summary-existing-update = Update in place
summary-existing-stop = Stop
summary-federation-open = Open federation
summary-federation-allow-list = Allow-list
summary-confirmed-on = confirmed by the admin on { $date }
summary-confirmed = confirmed by the admin
report-blocked-only-on-premises = Blocked only on premises: { $domains }
report-blocked-only-online = Blocked only in the tenant: { $domains }
report-allowed-only-on-premises = Allowed only on premises: { $domains }
report-allowed-only-online = Allowed only in the tenant: { $domains }
report-lists-match = The allowed and blocked domains are the same on both sides.
report-lists-differ = Make the allowed and blocked domain lists identical on premises (Get-CsAllowedDomain, Get-CsBlockedDomain) and in the tenant (Get-CsTenantFederationConfiguration) before moving users (plan-hybrid-connectivity.md).

## waves

waves-line = line { $line }
waves-row-empty = the user cell is empty.
waves-row-not-address = "{ $cell }" is not a user address (user@domain, with or without sip:).
waves-row-duplicate = { $address } is listed already on line { $first }; the user moves once.
waves-row-other-domain = { $address } is in { $domain }, which is not one of these settings' SIP domains; the user is left out of the waves.
waves-row-unclosed-quote = a quote opened in this row is never closed; the row was not read.
waves-list-too-large = This list is { $mib } MiB; a user list is at most { $limit } MiB. Split it, or export only the column with the SIP addresses.
waves-list-too-many-rows = This list has more than { $max } rows; split it into several lists.
waves-list-empty = This list holds no rows.
waves-list-no-column = No column of this list holds user addresses (user@domain). Export the SipAddress or UserPrincipalName column, or paste one address a line.
waves-column-header = Users read from column { $number } ("{ $header }").
waves-column-content = Users read from column { $number }, found by what its cells hold.
waves-upn-note = This column holds user principal names: each wave script looks the user up with Get-CsUser and gives Move-CsUser the user's SIP address.
waves-not-ours = This is not a Hybrid Builder wave report (no "schema": "hybrid-builder-wave-results"). Load the hybrid-wave-NNN-results-*.json file a wave script wrote.
waves-no-users = This wave report lists no users: the script stopped before it read any, or the file was cut short. Run the wave script again and load its report.
waves-results-too-large = This file is larger than any wave report of Hybrid Builder; it was not read.
waves-status-moved = moved
waves-status-already-moved = moved earlier
waves-status-ready = ready (dry run: not moved)
waves-status-not-ready = not ready
waves-status-failed = failed
waves-todo-not-on-premises = Get-CsUser did not find this user on premises: check the address in the list, and that the user is enabled for Skype for Business Server.
waves-todo-not-in-tenant = The tenant does not know this user yet: check that Microsoft Entra Connect syncs the user with the Skype for Business attributes, wait for the next sync, then run the wave again.
waves-todo-not-synced = In the tenant the user's HostingProvider is not SRV:, so the user is not seen as homed on premises: check the sync of the user's msRTCSIP attributes, then run the wave again.
waves-todo-no-plan = Assign a licence with Teams and Skype for Business Online (Plan 2) (move-users-between-on-premises-and-cloud.md); a plan in its grace period does not count. Then run the wave again.
waves-todo-domain-not-in-settings = The user's SIP domain is not in these settings: move the user with the settings of that deployment, or add the domain to these settings.
waves-todo-domain-not-in-tenant = Add and verify the user's SIP domain in the tenant, then run the wave again.
waves-todo-domain-disabled = The user's SIP domain is disabled in the tenant, where users are not provisioned (Get-CsOnlineSipDomain.md): enable it, then run the wave again.
waves-todo-move-failed = Read the error and the Move-CsUser report the wave wrote; Microsoft's troubleshooting articles for HostedMigration faults explain the common ones. Run the wave again: the user is tried again.
waves-todo-unknown = Read what the script found, correct it, then run the wave again.
waves-retry = { $count } users to try again (the failures and users not ready of the waves read).
waves-superseded = Wave { $wave } was read more than once; only its latest report counts.

## cutover

cutover-too-large = This file is larger than any cut-over check report of Hybrid Builder; it was not read.
cutover-not-ours = This is not a Hybrid Builder cut-over check report (no "schema": "hybrid-builder-cutover-check"). Load the hybrid-cutover-check.json file the check script wrote.
cutover-offered = At most { $accepted } users are still homed on premises: the cut-over may run. Do all of its steps in one window.
cutover-withheld = { $users } users are still homed on premises, more than the { $accepted } accepted: the cut-over is withheld. Move them in waves, or disable the accounts no longer needed, then run the check again.
cutover-dns-elsewhere = { $name } still points elsewhere ({ $targets }): point it to Microsoft 365.
cutover-provider-enabled = The hosting provider { $identity } ({ $proxy }) is still enabled.

## the whole road (checklist and stages)

checklist-road = The whole road: waves, cut-over, decommissioning
checklist-road-intro = After the hybrid window, in later windows: every user in waves, then hybrid switched off as Microsoft documents it (cloud-consolidation-disabling-hybrid.md), then the servers removed. Each wave and each cut-over script checks its precondition before any change, keeps a transcript and supports -WhatIf.
stages-road-waves = Waves of moves
stages-road-waves-look = READY or NOT READY with the reason for each user, then MOVED or FAILED, and the path of hybrid-wave-NNN-results-*.json. Run a wave again after fixing what failed: users already moved are skipped.
stages-road-results = Wave results
stages-road-results-look = Moved, failed and not ready per wave, what to do for each failure, and the user file of those to try again. Go on to the cut-over only when no user that should move remains.
stages-road-check = Cut-over check (read only)
stages-road-check-look = Users still homed on premises: 0 (or only accounts to be disabled), by pool. Hybrid Builder offers the cut-over scripts only then.
stages-road-dns = DNS of every SIP domain to Microsoft 365
stages-road-dns-look = These records point to Microsoft 365 in each SIP domain (decommission-manage-dns-entries.md); meet and dialin records may be deleted; internal Skype for Business records are removed. Too early, on-premises users lose sign-in and federation; undo by restoring the old records.
stages-road-online = Cut-over, online
stages-road-online-look = TeamsOnly granted to the tenant (or the records Teams still finds pointing elsewhere), then SharedSipAddressSpace False.
stages-road-on-premises = Cut-over, on premises
stages-road-on-premises-look = Each hosting provider with Enabled False, after the backup and the configuration export.
stages-road-verify = Verify the cut-over (read only)
stages-road-verify-look = Every record points to Microsoft 365 or is gone, and no hosting provider is enabled.
stages-road-decommission = Decommission
stages-road-decommission-look = Move the hybrid application endpoints in the same window (decommission-move-on-prem-endpoints.md), decide about the msRTCSIP attributes (cloud-consolidation-managing-attributes.md), then remove the servers (decommission-remove-on-prem.md).
stages-wave-shell = Skype for Business Server Management Shell with the MicrosoftTeams module on the server that moves users
stages-builder = Hybrid Builder (the page or sfb-hybrid)
stages-dns-host = the public DNS zone of each SIP domain

## page: waves and cut-over

page-waves-title = After the window — waves and cut-over
page-waves-why = Load the list of users to move (a CSV exported from AD or the Control Panel, or one address a line): the builder lists the rows it leaves out, splits the rest into waves and gives each wave its user file for Move-CsUser -UserList and its script. Load the wave reports to see the progress and what to do for each failure. The list and the reports stay in this tab: they are personal data, never put in a share link or saved.
page-waves-users = Users to move
page-waves-load-list = Load the user list (CSV or one address a line)
page-waves-reading = Reading { $name }: { $percent }%
page-waves-size = Users per wave
page-waves-summary = { $users } users in { $waves } waves; { $bad } rows left out:
page-waves-wave = Wave
page-waves-download-users = Download the wave's user file
page-waves-download-script = Download the wave script
page-waves-blocked = { $errors ->
    [one] Download of the wave and cut-over scripts is off: 1 error would make them unsafe to run. Fix it in the form first.
   *[other] Download of the wave and cut-over scripts is off: { $errors } errors would make them unsafe to run. Fix them in the form first.
}
page-waves-results = Wave results
page-waves-load-results = Load wave reports (hybrid-wave-*-results-*.json)
page-waves-moved = Moved
page-waves-failed = Failed
page-waves-not-ready = Not ready
page-waves-remaining = Remaining
page-waves-all = All waves read
page-waves-download-retry = Download the users to try again
page-waves-cutover = Cut-over: hybrid switched off
page-waves-cutover-why = When no user that should move is left on premises: run the read-only check in the Management Shell and load its report. The cut-over scripts are offered only then; they follow Microsoft's steps (DNS of every SIP domain to Microsoft 365, Teams Only, shared SIP address space off, hosting providers disabled), listed in the checklist.
page-waves-download-check = Download the cut-over check
page-waves-load-check = Load the check report (hybrid-cutover-check.json)
page-waves-accept = Users still on premises that will not move (accounts to be disabled)
page-waves-download-online = Download the online cut-over script
page-waves-download-on-prem = Download the on-premises cut-over script
