# Hybrid Builder — Deutsch, übersetzt aus locales/en.ftl (der Quelle aller anderen Sprachen).
#
# Nachrichten-IDs lauten <Modul>-<Name>: Das Modul ist das Rust-Modul, das sie verwendet (page = die Webseite).
# Platzhalter ($name) enthalten Werte wie FQDNs, Anzahlen und Codes; Namen von Cmdlets, Parametern,
# Werten und Produkten werden nie übersetzt.
# Terminologie nach der deutschen Microsoft-Dokumentation zu Skype for Business (Hybrid):
# Hostinganbieter, freigegebener SIP-Adressraum, Partnerverbund (Verbundbenutzer, Verbundpartner),
# Partnerermittlung, Mandant,
# Edgeserver, Zugriffs-Edge, Front-End-Server, Verwaltungsshell, Registrierungsstellenpool, Reverseproxy.

## checklist

checklist-known-error-items-1-a = Move-CsUser: HostedMigration fault: Error=(510) … not enabled for shared sip address space
checklist-known-error-items-1-b = Schritt 3 fehlt oder wurde rückgängig gemacht. Führen Sie online Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true aus, und wiederholen Sie den Vorgang.
checklist-known-error-items-2-a = Move-CsUser: HostedMigration fault: Error=(507) … must has an assigned license
checklist-known-error-items-2-b = Dem Benutzer fehlt die Skype for Business Online-Lizenz, oder er ist noch nicht bereitgestellt. Weisen Sie die Lizenz zu, und warten Sie bis zu 30 Minuten.
checklist-known-error-items-3-a = HostedMigration fault: Error=(506) … problem with this user account
checklist-known-error-items-3-b = Die msRTCSIP-Attribute werden nicht synchronisiert. Führen Sie den Entra Connect-Assistenten erneut aus, und synchronisieren Sie erneut.
checklist-known-error-items-4-a = There is a duplicate key sequence … ProviderName
checklist-known-error-items-4-b = Ein Hostinganbieter oder öffentlicher Anbieter verwendet diese Identität bereits. Entfernen Sie ihn (Remove-CsHostingProvider / Remove-CsPublicProvider), oder wählen Sie eine andere Identität.
checklist-known-error-items-5-a = ms-diagnostics: 1017; Cannot route From and To domains in this combination
checklist-known-error-items-5-b = Eine SIP-Domäne des Mandanten fehlt in der lokalen Topologie, oder ihr Partnerverbund-DNS verweist auf Microsoft 365.
checklist-known-error-items-6-a = Lokale Cs-Cmdlets verhalten sich wie die Online-Cmdlets
checklist-known-error-items-6-b = In dieser Shell wurde eine Onlinesitzung mit -AllowClobber importiert. Öffnen Sie eine neue Verwaltungsshell.
checklist-known-error-items-7-a = Move-CsUser schlägt mit einem MFA-Administratorkonto und -Credential fehl
checklist-known-error-items-7-b = MFA funktioniert nur ohne -Credential (2015 CU12+ oder 2019). Lassen Sie -Credential weg, und melden Sie sich an, wenn Sie dazu aufgefordert werden.
checklist-prerequisite-items-1 = Genau ein Microsoft 365-Mandant für diese lokale Bereitstellung; jeweils nur eine Gesamtstruktur im Hybridmodus.
checklist-prerequisite-items-2 = Jede SIP-Domäne ist im Mandanten hinzugefügt und überprüft, und jede SIP-Domäne des Mandanten ist in der lokalen Topologie enthalten.
checklist-prerequisite-items-3 = Microsoft Entra Connect (Azure AD Connect) synchronisiert ALLE Skype for Business-Benutzer, auch die lokal verbleibenden, mit ihren msRTCSIP-Attributen.
checklist-prerequisite-items-4 = Builds mindestens Skype for Business Server 2019 CU6 (7.0.2046.385), 2015 CU12 (6.0.9319.619) oder Lync Server 2013 CU10 HF7 (5.0.8308.1182) (Move-CsUser.md). Der erweiterte Support für Skype for Business Server 2015 und 2019 endete am 14. Oktober 2025; unterstützt wird die Subscription Edition (Microsoft-Lebenszyklus; siehe Quellen). Subscription Edition und 2019 teilen sich die Builds 7.0.2046.x: Die Vorabprüfung liest daher auch den Produktnamen.
checklist-prerequisite-items-5 = Edgeserver mit Partnerverbund bereitgestellt; nur ein Edgepool ist der Partnerverbund-Edge.
checklist-prerequisite-items-6 = Externes Edge-Zertifikat einer öffentlichen Zertifizierungsstelle, dessen alternativer Antragstellername (SAN) sip.<Domäne> für jede SIP-Domäne enthält (außer *.onmicrosoft.com).
checklist-prerequisite-items-7 = OAuthTokenIssuer-Zertifikat vorhanden (2048 Bit oder größer, auf jedem Front-End-Server dasselbe): Get-CsCertificate -Type OAuthTokenIssuer.
checklist-prerequisite-items-8 = Firewall, externe Edge-Schnittstelle: TCP 443 eingehend, TCP 5061 ein- und ausgehend (Partnerverbund), TCP 80 ausgehend (Zertifikatsperrliste, CRL), TCP/UDP 53 ausgehend; A/V-Edge UDP 3478 und TCP 443 ein- und ausgehend, TCP/UDP 50000–59999 ausgehend; dazu die Microsoft 365-URLs und -IP-Adressbereiche.
checklist-prerequisite-items-9 = Die Partnerverbundrichtlinie stimmt auf beiden Seiten überein: beide offen oder beide geschlossen, identische Listen zulässiger und blockierter Domänen, Partnerverbund im Mandanten aktiviert.
checklist-prerequisite-items-10 = Der mandantenweite Koexistenzmodus ist nicht TeamsOnly: Das ist nicht möglich, solange eine lokale Bereitstellung besteht; Benutzer werden einzeln bei ihrer Verschiebung zu TeamsOnly (Grant-CsTeamsUpgradePolicy.md).
checklist-prerequisite-items-11 = MicrosoftTeams-PowerShell-Modul auf der Administratorarbeitsstation (4.x oder höher) und auf dem Server, der die Benutzer verschiebt: 6.2.1 oder höher (Move-CsUser.md), aber höchstens 7.1, es sei denn, der Server führt Skype for Business Server 2019 oder Subscription Edition ab Build 7.0.2046.849 (KB5090660) aus (siehe Quellen). Windows PowerShell 5.1 oder PowerShell 7.2+.
checklist-prerequisite-items-12 = TLS 1.2 auf dem Server aktiviert, der die Benutzer verschiebt (Move-CsUser.md).
checklist-prerequisite-items-13 = Jedem Benutzer vor seiner Verschiebung zugewiesene Lizenzen: Teams und Skype for Business Online (Plan 2); Audiokonferenz für Benutzer, die für Einwahlkonferenzen aktiviert sind; Teams Phone für Benutzer, die für Enterprise-VoIP aktiviert sind (move-users-between-on-premises-and-cloud.md).
checklist-prerequisite-items-14 = Heruntergeladene Skripts tragen die Internetkennzeichnung („Mark of the Web“), die die Ausführungsrichtlinie RemoteSigned blockiert: Führen Sie nach dem Kopieren auf den Server Unblock-File -Path .\hybrid-*.ps1 aus (Unblock-File.md).
checklist-prerequisite-items-15 = Skype for Business Server-Verwaltungstools auf einem Server, der sowohl die Bereitstellung als auch das Internet erreicht.
checklist-prerequisite-items-16 = Ausführungsreihenfolge: das lokale Skript mit -WhatIf, dann ohne; das Onlineskript; dann erneut das lokale Skript mit -MovePilotUsers -ReadinessFile, das auf die vom Onlineskript geschriebene Datei hybrid-move-readiness.json verweist.
checklist-prerequisite-items-17 = Konten für Verschiebungen (move-users-between-on-premises-and-cloud.md): lokal die Rolle CsServerAdministrator; in Teams Globaler Administrator oder Teams-Administrator zusammen mit Benutzeradministrator oder Skype for Business-Administrator zusammen mit Benutzeradministrator. Move-CsUser akzeptiert ein Konto, das auf .onmicrosoft.com endet, oder ein synchronisiertes Konto zusammen mit -HostedMigrationOverrideUrl.
checklist-after-items-1 = Testen Sie Chat, Anwesenheit und Anrufe in beide Richtungen zwischen verschobenen und lokalen Benutzern sowie mit einer externen Partnerverbundorganisation.
checklist-after-items-2 = Lassen Sie SharedSipAddressSpace auf $true und das DNS auf die lokale Bereitstellung zeigen, bis kein Benutzer mehr lokal verbleibt.
checklist-after-items-3 = Wenn der letzte Benutzer verschoben wurde: DNS umstellen, dann Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false, dann den Hostinganbieter in einer neuen lokalen Shell deaktivieren.
checklist-title = Skype for Business-Hybridbereitstellung — Checkliste für die Änderung
checklist-generated = Erstellt von Hybrid Builder. Haken Sie jeden Punkt ab, sobald er erledigt ist.
checklist-settings = Einstellungen
checklist-prerequisites = Vor dem Änderungsfenster
checklist-steps = Was die Skripts tun, Schritt für Schritt
checklist-run-order = Ausführungsreihenfolge
checklist-run-order-intro = Führen Sie die Dateien in dieser Reihenfolge aus; die folgenden Schritte beschreiben, was jede davon tut. Die Skripts enthalten die Sicherungen und die Prüfungen auf bereits Vorhandenes, die den bloßen Befehlen fehlen.
checklist-look-for = Achten Sie auf
checklist-runs-on-prem = Ausführung in: Skype for Business Server-Verwaltungsshell auf einem Front-End-Server.
checklist-runs-online = Ausführung in: PowerShell mit dem MicrosoftTeams-Modul (nicht in der Verwaltungsshell).
checklist-run = Was diese Phase tut
checklist-verify = Überprüfen
checklist-expect = Erwartet
checklist-rollback = Zurücksetzen
checklist-dns = DNS, solange die Hybridbereitstellung aktiv ist
checklist-dns-intro = Solange ein Benutzer lokal verwaltet wird, verweist jeder externe Skype for Business-Eintrag jeder SIP-Domäne auf Ihren lokalen Edge und Reverseproxy, nicht auf Microsoft 365 (plan-hybrid-connectivity.md). Die Einträge jeder Domäne verwenden die eigenen Namen dieser Domäne:
checklist-dns-no-domains = Fügen Sie im Formular Ihre SIP-Domänen hinzu, damit deren Einträge hier aufgeführt werden.
checklist-access-edge-ip = die externe IP-Adresse des Zugriffs-Edges (geben Sie im Formular den externen Edge-FQDN ein, um sie zu benennen)
checklist-reverse-proxy-ip = die öffentliche IP-Adresse des Reverseproxys (geben Sie im Formular den FQDN des Reverseproxys ein, um sie zu benennen)
checklist-sip-record-source = der externe Zugriffs-Edge: Skype/SfbServer/plan-your-deployment/network-requirements/dns.md
checklist-sip-tls-srv = Port 443, Clientanmeldung über den Zugriffs-Edge; Priorität und Gewichtung wie in Ihrer Zone, Microsoft gibt für lokale Einträge keine vor
checklist-federation-srv = Port 5061; wird in die externe IP-Adresse des Zugriffs-Edges aufgelöst, mit striktem DNS-Namensabgleich zwischen der SIP-Domäne und dem SRV-Ziel (plan-hybrid-connectivity.md): Ein Ziel in derselben Domäne, etwa sip.<Domäne>, ist der Weg, auf dem diese Checkliste das erfüllt (ABGELEITET); Priorität und Gewichtung wie in Ihrer Zone
checklist-lyncdiscover-source = Client-AutoErmittlung, veröffentlicht über den Reverseproxy: dns.md
checklist-simple-url-source = falls Ihre einfache URL für Besprechungen oder Einwahl diesen Namen verwendet; veröffentlicht über den Reverseproxy: dns.md
checklist-edge-san = Die alternativen Antragstellernamen des externen Edge-Zertifikats enthalten
checklist-edge-san-source = jede SIP-Domäne außer *.onmicrosoft.com, vor jeder Verschiebung: cloud-consolidation-edge-certificates.md, das dies für jede SIP-Domäne des Mandanten festlegt
checklist-webconf-internal = Interne Clients lösen den externen FQDN des Webkonferenz-Edges (z. B. webcon.contoso.com) über die interne Zone mit Split-DNS in dessen externe IP-Adresse auf, damit Onlinebenutzer in lokalen Besprechungen präsentieren können (plan-hybrid-connectivity.md).
checklist-dns-later = Stellen Sie diese Einträge erst auf Microsoft 365 um, nachdem der letzte Benutzer online verschoben wurde:
checklist-verification = Überprüfung
checklist-verification-intro = Was die Überprüfungsskripts nach der Änderung festgestellt haben. Jedes FAIL nennt die nötige Maßnahme; bei Schritten, deren Prüfungen alle bestanden wurden, sind die Überprüfungspunkte als „durch Bericht bestätigt“ markiert.
checklist-verified-by-report = durch Bericht bestätigt
checklist-preflight-says = Vorabprüfung:
checklist-findings = Ergebnisse der Vorabprüfung
checklist-findings-intro = Was die Vorabprüfungsskripts in der Bereitstellung festgestellt haben, Fehler zuerst. Beheben Sie jedes FAIL vor dem Änderungsfenster.
checklist-todo = zu erledigen
checklist-changes = Was sich ändert
checklist-changes-intro = Jeder Wert, den die Änderungsskripts setzen, wie die Vorabprüfung ihn vorgefunden hat und wie er sein wird:
checklist-known-errors = Bekannte Fehler
checklist-after = Nach der Pilotphase
checklist-domain-verified = Die SIP-Domäne { $domain } ist im Mandanten überprüft und in der lokalen Topologie vorhanden.
checklist-stage-line = { $number }. { $title } — Ausführung in: { $shell }
checklist-public-ip-of = die öffentliche IP-Adresse von { $host }
checklist-rollback-script = Oder führen Sie { $script } mit der Sicherungsdatei aus, die das Skript geschrieben hat: Es stellt alles wieder her, was diese Sicherung enthält, und verweigert die Ausführung, solange ein Benutzer online verwaltet wird.
checklist-cname-or-a = CNAME oder A
checklist-source-dedicated-app = Die dedizierte Hybridanwendung für die Exchange Online-Integration: DRITTANBIETER, eine Zusammenfassung von Microsofts Beitrag „Released: August 2025 Skype for Business Server hotfix updates“ (Blog maxime365, 18.08.2025). Keine der geprüften Microsoft-Seiten bestätigt dies; maßgeblich sind die KB-Artikel der jeweiligen Version.
checklist-source-teams-module = MicrosoftTeams-Versionen nach 7.1 und Move-CsUser: Hinweise von Microsoft-Mitarbeitern in den office-docs-powershell-Pull-Requests 13225 und 13244 (November 2025) besagen, dass Versionen über 7.1 Move-CsUser zum Scheitern bringen; Pull-Request 13690 (Juli 2026) besagt, dass Versionen nach 7.2 Build 7.0.2046.849 (KB5090660) benötigen. Diese Hinweise sind noch nicht in Move-CsUser.md übernommen.
checklist-source-lifecycle = Ende des erweiterten Supports für Skype for Business Server 2015 und 2019 (14. Oktober 2025): Lebenszyklus-Ankündigung von Microsoft, wie die Presse im Juli 2025 berichtete.
checklist-sources-intro = Wo eine Regel oben auf mehr als einer veröffentlichten Microsoft-Seite beruht:
checklist-sources = Quellen

## change_record

change_record-risk-default-route = Schritt 1 stellt den Edge auf DNS-SRV-Routing um: Der Partnerverbund über eine Standardroute (Clearinghouse) endet.
change_record-risk-items-1 = Ein falscher Cloudwert schlägt erst spät fehl, bei Move-CsUser; nicht dokumentierte Werte souveräner Clouds wurden vom Administrator bestätigt, bevor die Skripts angeboten wurden.
change_record-risk-items-2 = Verschobene Benutzer sind TeamsOnly; ihre Besprechungen werden etwa 90 Minuten nach der Verschiebung konvertiert.
change_record-risk-items-3 = MicrosoftTeams-Modulversionen über 7.1 bringen Move-CsUser auf Server-Builds vor 7.0.2046.849 zum Scheitern (KB5090660; siehe Quellen); das Verschiebeskript prüft diese Kombination zuerst.
change_record-sign-off-rows-1 = Erstellt von
change_record-sign-off-rows-2 = Geprüft von
change_record-sign-off-rows-3 = Genehmigt von (Änderungsgremium)
change_record-title = Skype for Business-Hybridbereitstellung — Änderungsdokumentation
change_record-date = Datum
change_record-link = Einstellungen (Hybrid Builder-Link)
change_record-intro = Mit Hybrid Builder für das Änderungsgremium erstellt: was sich ändert, die genauen Skripts, die Risiken und der Weg zurück.
change_record-settings = Einstellungen
change_record-provenance = Herkunft der Cloudwerte:
change_record-typed-by-admin = vom Administrator eingegeben (nicht der Standardwert der Cloud)
change_record-plan = Plan
change_record-no-preflight = Es wurde kein Vorabprüfungsbericht geladen: Die in der Bereitstellung vorgefundenen Werte sind nicht Teil dieser Dokumentation.
change_record-changes-from-preflight = Was sich laut den Vorabprüfungsberichten ändert (vorgefunden → künftig):
change_record-not-there = (noch nicht vorhanden)
change_record-column-action = Aktion
change_record-column-setting = Einstellung
change_record-column-found = Vorgefunden
change_record-column-after = Danach
change_record-open-findings = Noch offene Ergebnisse der Vorabprüfung
change_record-scripts = Skripts
change_record-hash-how = Ausgeführt werden darf nur, was genehmigt wurde: Vergleichen Sie jede Datei vor der Ausführung mit Get-FileHash -Algorithm SHA256 <Datei>.
change_record-file = Datei
change_record-risks = Risiken
change_record-verification = Überprüfung
change_record-sign-off = Freigabe
change_record-rollback-how = Die Änderung wird in umgekehrter Reihenfolge rückgängig gemacht: zuerst { $online }, dann { $on_premises }, jeweils mit -BackupFile, das auf die Sicherung verweist, die das zugehörige Änderungsskript geschrieben hat. Beide unterstützen -WhatIf und verweigern die Ausführung, solange Benutzer online verwaltet werden, sofern dies nicht ausdrücklich übersteuert wird. Das lokale Skript hat außerdem den gesamten zentralen Verwaltungsspeicher in hybrid-cs-configuration-<Datum>.zip neben seiner Sicherung gespeichert (Export-CsConfiguration; Import-CsConfiguration stellt ihn wieder her).
change_record-shell-on-premises = Skype for Business Server-Verwaltungsshell
change_record-shell-online = PowerShell mit dem MicrosoftTeams-Modul
change_record-accepted-by-admin = Vom Administrator am { $date } akzeptiert: Der Administrator hat diese FAIL-Ergebnisse gelesen und die Änderungsskripts trotzdem angefordert.
change_record-acceptance = Akzeptierte FAIL-Ergebnisse der Vorabprüfung
change_record-rollback-when = Wann jeder Schritt rückgängig gemacht werden darf:
change_record-rollback = Rollback

## plan

plan-edge-title = Schritt 1 — Partnerverbund am Edge
plan-edge-why = Online- und lokale Benutzer derselben SIP-Domäne erreichen einander über den Partnerverbund. Daher muss der Edge Verbundbenutzer zulassen und mit DNS-SRV-Einträgen routen (Hostinganbieter funktionieren nicht mit einer Standardroute).
plan-edge-rollback = Rollback: Das Skript sichert die aktuelle Edge-Konfiguration mit Export-Clixml, bevor es sie ändert; setzen Sie die gesicherten Werte mit Set-CsAccessEdgeConfiguration zurück.
plan-leaving-default-route = Abkehr von der Standardroute: Ab diesem Schritt verwendet der Edge DNS-SRV-Routing, das Hostinganbieter voraussetzen (New-CsHostingProvider.md). Der Partnerverbund über die Standardroute (ein Clearinghouse) endet hier: Listen Sie vor dem Änderungsfenster die darüber erreichten Partner auf, stimmen Sie den Termin mit ihnen und dem Clearinghouse ab, und klären Sie mit jedem Partner, wie er erreicht wird, sobald die Standardroute entfällt.
plan-provider-title = Schritt 2 — Hostinganbieter mit freigegebenem SIP-Adressraum
plan-provider-why = Der Hostinganbieter teilt dem Edge mit, dass sich Benutzer Ihrer SIP-Domänen auch in Microsoft 365 befinden können, und wo sie zu finden sind.
plan-no-public-provider = Nichts: Ein öffentlicher Anbieter mit derselben Identität verursacht den Fehler „duplicate key sequence“.
plan-provider-fixed-values = Feste Werte: Enabled $true (der Anbieter wird verwendet), EnabledSharedAddressSpace $true (die Benutzer einer SIP-Domäne sind zwischen lokal und online aufgeteilt), HostsOCSUsers $true (der Anbieter hostet Skype for Business-Benutzer), IsLocal $false (der Anbieter ist nicht Ihre eigene Bereitstellung).
plan-connect-title = Mit dem Mandanten verbinden
plan-connect-why = Schritt 3 wird gegen Microsoft 365 ausgeführt, in einer PowerShell-Sitzung, die beim Mandanten angemeldet ist. Importieren Sie niemals eine Onlinesitzung in die Skype for Business Server-Verwaltungsshell.
plan-rollback-only-when-none-online = nur, wenn kein Benutzer online verwaltet wird. SharedSipAddressSpace muss True bleiben, bis kein Benutzer mehr lokal verbleibt (configure-federation-with-skype-for-business-online.md), und ohne den Hostinganbieter können lokale Benutzer und Onlinebenutzer Ihrer SIP-Domänen keine Nachrichten mehr austauschen (Set-CsHostingProvider.md, Remove-CsHostingProvider.md). Verschieben Sie die Benutzer zuerst zurück
plan-move-back-loses = beim Zurückverschieben eines Benutzers werden weder seine Teams-Besprechungen wiederhergestellt (move-users-from-the-cloud-to-on-premises.md: planen Sie sie neu) noch, seit dem 10. November 2023, seine Kontakte (Move-CsUser.md)
plan-tenant-title = Schritt 3 — Freigegebener SIP-Adressraum im Mandanten
plan-tenant-why = Der Mandant muss wissen, dass einige Benutzer seiner SIP-Domänen lokal verwaltet werden; andernfalls schlägt Move-CsUser mit HostedMigration fault 510 fehl.
plan-tenant-keep-true = Lassen Sie SharedSipAddressSpace auf $true, bis kein Benutzer mehr lokal verbleibt; setzen Sie den Wert nur beim Deaktivieren der Hybridbereitstellung auf $false.
plan-oauth-onprem-title = Optional — Server-zu-Server-Authentifizierung (lokal)
plan-oauth-why = Ermöglicht es Skype for Business Server und Microsoft 365-Diensten wie Exchange Online, den Tokens der jeweils anderen Seite zu vertrauen.
plan-oauth-cert-expected = Ein Zertifikat (2048 Bit oder größer, auf jedem Front-End-Server dasselbe).
plan-oauth-metadata-reachable = New-CsOAuthServer schlägt fehl, wenn die Metadaten-URL bei der Ausführung vom Server aus nicht erreichbar ist.
plan-oauth-online-title = Optional — Server-zu-Server-Authentifizierung (Online-Dienstprinzipale)
plan-oauth-online-why = Microsoft 365 muss das lokale OAuthTokenIssuer-Zertifikat kennen, um dessen Token zu akzeptieren: Es wird den Dienstprinzipalen von Skype for Business Online (00000004-…) und Exchange Online (00000002-…) hinzugefügt, der Dienstprinzipal von Exchange Online wird aktiviert, und der FQDN der externen Webdienste jedes Pools wird zu einem Dienstprinzipalnamen von Skype for Business Online (configure-a-hybrid-environment.md).
plan-oauth-dedicated-app = Die Exchange Online-Integration (Archivierung, Kalenderanwesenheit, Fotos) wechselt zu einer dedizierten Hybridanwendung im Mandanten (siehe Quellen): Subscription Edition KB5065372 (7.0.2046.820, ConfigureSkypeforBusinessHybridApplication.ps1 auf dem Front-End-Server), 2019 KB4470124 (7.0.2046.553), 2015 KB3061064 (6.0.9319.881, danach add_sfbassets.ps1). Folgen Sie dem KB-Artikel Ihrer Version. Das Onlineskript registriert das Zertifikat nur beim Skype for Business Online-Dienstprinzipal, niemals beim Exchange Online-Dienstprinzipal (00000002), dessen Schlüssel Microsofts CSS-Exchange-Skript ConfigureExchangeHybridApplication.ps1 entfernt.
plan-readiness-title = Vor den Verschiebungen — Verschiebebereitschaft im Mandanten
plan-readiness-why = Verschiebungen schlagen erst spät fehl, bei Move-CsUser, wenn der Mandant den SIP-Adressraum nicht freigibt oder ein Pilotbenutzer nicht synchronisiert oder nicht lizenziert ist. Das Onlineskript prüft jeden Pilotbenutzer und schreibt hybrid-move-readiness.json; ohne eine aktuelle Datei verschiebt das lokale Skript niemanden.
plan-readiness-expected = HostingProvider SRV: (synchronisiert, lokal verwaltet: skype-for-business-online-retirement.md) und die Pläne MCOProfessional und Teams in AssignedPlan (die Plannamen sind aus den Lizenznamen abgeleitet).
plan-readiness-note = Lizenzen vor einer Verschiebung: Teams und Skype for Business Online (Plan 2); Audiokonferenz für Benutzer, die lokal für Einwahlkonferenzen aktiviert sind; Teams Phone für Benutzer, die für Enterprise-VoIP aktiviert sind (move-users-between-on-premises-and-cloud.md).
plan-teams-only-default = Der mandantenweite Koexistenzmodus darf nicht TeamsOnly sein, solange eine lokale Bereitstellung besteht; verschieben Sie die Benutzer stattdessen einzeln (Grant-CsTeamsUpgradePolicy.md).
plan-pilot-title = Pilot — Die ersten Benutzer verschieben
plan-pilot-why = Verschieben Sie zuerst einige wenige Benutzer, und prüfen Sie, ob sie sich anmelden, chatten und in beide Richtungen telefonieren können, bevor Sie die übrigen verschieben.
plan-pilot-order = Wird nur mit -MovePilotUsers -ReadinessFile <hybrid-move-readiness.json aus dem Onlineskript, weniger als 24 Stunden alt> ausgeführt. Jede Verschiebung zielt auf den ProxyFqdn des Hostinganbieters, wie er lokal konfiguriert ist; Benutzer, die die Bereitschaftsdatei nicht als bereit ausweist, werden mit einer Warnung übersprungen.
plan-module-pairs = Vor jeder Verschiebung hält das Skript bei einer bekannten fehlerhaften Kombination an: MicrosoftTeams älter als 6.2.1 (Move-CsUser.md); ein Server älter als 2019 CU6 7.0.2046.385, 2015 CU12 6.0.9319.619 oder Lync 2013 CU10 HF7 5.0.8308.1182; MicrosoftTeams 7.2 oder höher auf einem Build vor 7.0.2046.849 (KB5090660; siehe Quellen). Außerdem verwendet es TLS 1.2, das für Verschiebungen erforderlich ist (Move-CsUser.md).
plan-pilot-no-pool = Geben Sie im Formular den Registrierungsstellenpool ein, um die Befehle zu erhalten, mit denen ein Pilotbenutzer zurück in die lokale Umgebung verschoben wird.
plan-pilot-expected = HostingProvider zeigt nach der Verschiebung den Microsoft 365-FQDN (abgeleitet: Die Referenz dokumentiert den genauen Wert nicht).
plan-pilot-note = Besprechungen werden etwa 90 Minuten nach der Verschiebung konvertiert; Kontakte werden übernommen, wenn sich der Benutzer innerhalb von 30 Tagen bei Teams anmeldet (Move-CsUser.md).
plan-existing-replace = Ein vorhandener Anbieter für denselben ProxyFqdn wird entfernt und neu erstellt, wie in Microsofts Verfahren. Das Skript überspringt beides, wenn der Anbieter bereits alle Werte hat.
plan-existing-update = Ein vorhandener Anbieter für denselben ProxyFqdn wird beibehalten und mit Set-CsHostingProvider korrigiert (sein ProxyFqdn und seine Identität können nicht geändert werden).
plan-existing-stop = Wenn für denselben ProxyFqdn bereits ein Anbieter existiert, hält das Skript ohne Änderungen an und zeigt ihn an.
plan-connection-teams = Erfordert hier das MicrosoftTeams-Modul 4.x oder höher. Wo Move-CsUser ausgeführt wird, verlangt Move-CsUser.md Version 6.2.1 oder höher, und Versionen nach 7.1 bringen Move-CsUser zum Scheitern, sofern auf dem Server nicht Build 7.0.2046.849 (KB5090660) oder höher läuft (siehe Quellen): Verwenden Sie 6.2.1 bis 7.1 mit jedem unterstützten Build, spätere Versionen nur mit Skype for Business Server 2019 oder Subscription Edition ab 7.0.2046.849. Ohne Administratorkonto fordert die Anmeldung zur Eingabe auf; das funktioniert mit MFA.
plan-tenant-federation-expected = { $mode ->
    [open] SharedSipAddressSpace True, AllowFederatedUsers True, AllowedDomains AllowAllKnownDomains (offener Partnerverbund), BlockedDomains gleich der lokalen Liste blockierter Domänen
   *[allow-list] SharedSipAddressSpace True, AllowFederatedUsers True, AllowedDomains eine Liste zulässiger Domänen, gleich der lokalen Liste zulässiger Domänen, BlockedDomains gleich der lokalen Liste blockierter Domänen
}
plan-principal-graph = Das Onlineskript liest jeden Dienstprinzipal mit ausgewählten keyCredentials (nur dieser Lesevorgang liefert die Schlüssel), lässt jeden vorhandenen Schlüssel unverändert, findet dieses Zertifikat anhand seines Fingerabdrucks und fügt es nur dort hinzu, wo es fehlt (Microsoft Graph-Ressource keyCredential).
plan-key-expected-plain = Ein Schlüssel mit Type AsymmetricX509Cert und Usage Verify, dessen customKeyIdentifier der Fingerabdruck des lokalen OAuthTokenIssuer-Zertifikats ist.
plan-key-expected-exchange = AccountEnabled True und kein von Hybrid Builder hinzugefügter Schlüssel: Das Zertifikat wird nicht beim Exchange Online-Dienstprinzipal registriert (Microsofts CSS-Exchange-Skript ConfigureExchangeHybridApplication.ps1 entfernt solche Schlüssel).
plan-key-expected-spns = Ein Schlüssel mit Type AsymmetricX509Cert und Usage Verify, dessen customKeyIdentifier der Fingerabdruck des lokalen OAuthTokenIssuer-Zertifikats ist; ServicePrincipalNames enthält { $spns }.

## report

report-too-large = Diese Datei ist größer als jeder Hybrid Builder-Bericht; sie wurde nicht gelesen.
report-not-ours = Dies ist kein Hybrid Builder-Bericht (kein "schema": "hybrid-builder-report"). Laden Sie die Datei hybrid-preflight-*.json oder hybrid-verification-*.json, die das generierte Skript geschrieben hat.
report-from-the-future = Dieser Bericht ist mehr als einen Tag in die Zukunft datiert: Prüfen Sie die Uhr des Servers, der ihn geschrieben hat, und führen Sie das Skript dann erneut aus.
report-unknown-check = Prüfung
report-routing-dns-srv = DNS-SRV-Routing
report-routing-default = Standardroute
report-action-remove = ENTFERNEN
report-action-create = ERSTELLEN
report-action-set = SETZEN
report-action-keep = keine Änderung
report-action-stop = STOPP
report-hosting-provider = Hostinganbieter
report-unreadable = Diese Datei ist kein lesbarer Bericht ({ $shown }). Laden Sie die Datei unverändert, so wie das Skript sie geschrieben hat.
report-newer-schema = Dieser Bericht wurde für einen neueren Hybrid Builder geschrieben (Berichtsschema { $version }, dieser liest bis { $supported }). Verwenden Sie den Hybrid Builder, der das Skript generiert hat.
report-old = Dieser Bericht ist { $days } Tage alt; die Bereitstellung hat sich seitdem möglicherweise geändert. Führen Sie das Skript erneut aus, und laden Sie den neuen Bericht (Berichte werden 7 Tage lang gelesen).
report-other-domains = Dieser Bericht wurde für die SIP-Domänen { $report } erstellt, diese Einstellungen gelten aber für { $settings }. Laden Sie den Bericht dieser Bereitstellung, oder generieren Sie das Skript aus diesen Einstellungen neu.
report-stale = Veraltet: Dieser Bericht wurde für die SIP-Domänen { $report } erstellt, die Einstellungen nennen jetzt aber { $settings }. Führen Sie die Vorabprüfung mit diesen Einstellungen erneut aus; bis dahin beschreiben seine Ergebnisse und die geplanten Änderungen diese Einstellungen möglicherweise nicht.
report-is-preflight = Dies ist ein Vorabprüfungsbericht; laden Sie ihn unter „Vorabprüfung“.
report-is-verification = Dies ist ein Überprüfungsbericht; laden Sie ihn unter „Überprüfen“.
report-duplicate-key = Dieser Bericht enthält „{ $key }“ mehrfach und ließe sich daher auf zwei Arten lesen; er wurde nicht gelesen. Laden Sie die Datei unverändert, so wie das Skript sie geschrieben hat.
report-too-deep = Diese Datei verschachtelt Listen oder Objekte tiefer als jeder Hybrid Builder-Bericht; sie wurde nicht gelesen.
report-bad-date = Das Datum dieses Berichts (created_unix { $value }) schreibt kein Skript von Hybrid Builder; er wurde nicht gelesen. Laden Sie die Datei unverändert, so wie das Skript sie geschrieben hat.
report-no-domains = Dieser Bericht nennt nicht die SIP-Domänen, für die er erstellt wurde; nichts zeigt also, dass er diese Bereitstellung ({ $settings }) beschreibt. Er wurde nicht gelesen. Führen Sie das aus diesen Einstellungen generierte Skript aus, und laden Sie seinen Bericht.
report-no-checks = Dieser Bericht enthält keine Prüfungen: Das Skript wurde vor der ersten Prüfung beendet, oder die Datei ist unvollständig. Führen Sie das Skript erneut aus, und laden Sie den vollständigen Bericht.
report-already-read = Dieser Bericht wurde bereits gelesen; er zählt einmal.
report-replaces-earlier = Dieser Bericht ersetzt den zuvor gelesenen Bericht desselben Teils (lokal oder online).
report-check-server-build = Server-Build
report-check-server-product = Produkt und Support
report-check-hybrid-application-build = Build für die dedizierte Hybridanwendung
report-check-server-roles = Pools und ihre Rollen
report-check-teams-module = MicrosoftTeams-Modul
report-check-tls12 = TLS 1.2 für .NET
report-check-cms-replication = Replikation des zentralen Verwaltungsspeichers
report-check-sip-domains = SIP-Domänen in der Topologie
report-check-edge-pools = Edgepools
report-check-web-services = Externe Webdienste der Pools
report-check-registrar-pools = Registrierungsstellenpools
report-check-access-edge = Konfiguration des Zugriffs-Edges
report-check-hosting-providers = Hostinganbieter und öffentliche Anbieter
report-check-federation-lists = Zulässige und blockierte Domänen
report-check-oauth-certificate = OAuthTokenIssuer-Zertifikat
report-check-oauth-objects = OAuth-Server und Partneranwendung
report-check-dns = DNS von diesem Server aus
report-check-tenant = Mandant
report-check-tenant-domains = SIP-Domänen im Mandanten
report-check-exchange-principal-keys = Schlüssel am Exchange Online-Dienstprinzipal
report-check-federation-lists-match = Zugelassene und blockierte Domänen auf beiden Seiten
report-check-tenant-federation = Partnerverbund des Mandanten
report-check-coexistence = Mandantenweiter Koexistenzmodus
report-check-pilot-user = Pilotbenutzer
report-check-verify-access-edge = Zugriffs-Edge wie konfiguriert
report-check-verify-hosting-provider = Ein Hostinganbieter mit allen Werten
report-check-verify-oauth = OAuth-Server, Partneranwendung und Dienstname
report-check-verify-federated-partner = Test-CsFederatedPartner in Richtung Cloud
report-check-verify-pilot-homed = Verschobener Pilotbenutzer (lokal)
report-check-verify-tenant = Freigegebener SIP-Adressraum und Partnerverbund des Mandanten
report-check-verify-service-principals = Dienstprinzipale: Schlüssel, aktiviert, SPNs
report-check-verify-pilot-online = Verschobener Pilotbenutzer (online)
report-todo-could-not-read = Prüfen Sie, ob diese Shell die Rechte und Module hat, die die Prüfung benötigt, und führen Sie das Skript dann erneut aus.
report-todo-server-build-unread = Lesen Sie den Build mit Get-CsServerPatchVersion, und vergleichen Sie ihn mit den Mindestbuilds in der Checkliste.
report-todo-server-build-below-minimum = Installieren Sie vor dem Änderungsfenster mindestens Skype for Business Server 2019 CU6 (7.0.2046.385) oder 2015 CU12 (6.0.9319.619).
report-todo-server-build-2015 = Verschiebungen funktionieren nur mit MicrosoftTeams 7.1 oder früher: Für 2015 ist keine Korrektur genannt (office-docs-powershell-Pull-Request 13690).
report-todo-server-product-out-of-support = Der erweiterte Support für Skype for Business Server 2015 und 2019 endete am 14. Oktober 2025 (so berichtete die Presse im Juli 2025 über die Lebenszyklus-Ankündigung von Microsoft); für Lync Server 2013 endete er früher. Planen Sie die Subscription Edition oder die Verschiebung aller Benutzer zu Teams.
report-todo-server-product-unread = Der Produktname konnte hier nicht gelesen werden: Prüfen Sie ihn unter „Programme und Features“.
report-todo-hybrid-application-build-unread = Lesen Sie den Build mit Get-CsServerPatchVersion, und vergleichen Sie ihn mit dem Hotfix vom August 2025 für Ihre Version.
report-todo-hybrid-application-build-below = Die Exchange Online-Integration erfordert den Hotfix vom August 2025 für Ihre Version (Subscription Edition KB5065372, 2019 KB4470124, 2015 KB3061064) und dessen dedizierte Hybridanwendung: Folgen Sie diesem KB-Artikel.
report-todo-teams-module-missing = Installieren Sie MicrosoftTeams 7.1.0 (Install-Module MicrosoftTeams -RequiredVersion 7.1.0) oder eine spätere Version, diese aber nur ab Build 7.0.2046.849.
report-todo-teams-module-too-old = Move-CsUser erfordert Version 6.2.1 oder höher: Installieren Sie 7.1.0.
report-todo-teams-module-too-new = Versionen nach 7.1 bringen Move-CsUser vor Build 7.0.2046.849 (KB5090660) zum Scheitern: Aktualisieren Sie den Server, oder installieren Sie 7.1.0.
report-todo-tls12 = Move-CsUser erfordert TLS 1.2: Aktivieren Sie es vor den Verschiebungen für .NET auf diesem Server (das Änderungsskript fordert es zusätzlich in seiner eigenen Sitzung an).
report-todo-cms-replication = Warten Sie die Replikation ab, oder beheben Sie den Fehler vor dem Änderungsfenster; Änderungen erreichen den Edge nur durch Replikation.
report-todo-sip-domains-missing = Fügen Sie die SIP-Domäne der Topologie hinzu, oder entfernen Sie sie aus den Einstellungen in Hybrid Builder.
report-todo-sip-domains-extra = Geben Sie jede SIP-Domäne in Hybrid Builder an: DNS, Zertifikate und der Mandant benötigen sie alle.
report-todo-edge-pools-none = Die Hybridbereitstellung erfordert einen Edgeserver, der mit Partnerverbund bereitgestellt ist.
report-todo-edge-pools-several = Nur ein Edgepool darf der Partnerverbund-Edge sein: Prüfen Sie die Partnerverbundroute in der Topologie.
report-todo-web-services = Übernehmen Sie die hier gefundenen FQDNs der externen Webdienste der Pools in Hybrid Builder.
report-todo-access-edge-default-route = Das Änderungsskript stellt auf DNS-SRV-Routing um; der Partnerverbund über die Standardroute (Clearinghouse) endet. Planen Sie dies mit Ihren Verbundpartnern.
report-todo-access-edge-federated-off = Das Änderungsskript lässt Verbundbenutzer zu (Schritt 1).
report-todo-hosting-providers-public = Wählen Sie in Hybrid Builder eine andere Identität, oder entfernen Sie den öffentlichen Anbieter.
report-todo-hosting-providers-same-name = Wählen Sie in Hybrid Builder eine andere Identität, oder entfernen Sie diesen Anbieter.
report-todo-hosting-providers-same-proxy = Das Änderungsskript verfährt mit diesem Anbieter so, wie unter „Falls für diesen ProxyFqdn bereits ein Anbieter existiert“ gewählt; siehe „Was sich ändert“.
report-todo-federation-lists = Vergleichen Sie die Listen mit denen des Mandanten im Onlinebericht.
report-todo-oauth-certificate-missing = Weisen Sie ein Zertifikat zu (Set-CsCertificate -Identity global -Type OAuthTokenIssuer), bevor Sie die Server-zu-Server-Authentifizierung einrichten.
report-todo-oauth-certificate-expired = Erneuern Sie das OAuthTokenIssuer-Zertifikat vor dem Änderungsfenster.
report-todo-oauth-certificate-expiring = Planen Sie die Erneuerung (Set-CsCertificate -Roll) zeitnah.
report-todo-oauth-certificate-key-size = Verwenden Sie ein Zertifikat mit einem Schlüssel von 2048 Bit oder mehr.
report-todo-dns = Lassen Sie jeden Eintrag jeder SIP-Domäne auf die lokale Bereitstellung verweisen, solange die Hybridbereitstellung aktiv ist (siehe DNS in der Checkliste); für die Sicht aus dem Internet führen Sie das Skript erneut mit -PublicDnsServer aus.
report-todo-tenant-domains-missing = Fügen Sie die Domäne vor dem Änderungsfenster im Mandanten hinzu, und verifizieren Sie sie.
report-todo-tenant-domains-disabled = Benutzer einer deaktivierten SIP-Domäne werden nicht bereitgestellt (Get-CsOnlineSipDomain.md): Aktivieren Sie die Domäne vor dem Änderungsfenster.
report-todo-tenant-federation = Aktivieren Sie vor dem Änderungsfenster den externen Zugriff (Set-CsTenantFederationConfiguration -AllowFederatedUsers $true).
report-todo-exchange-principal-keys = Das CSS-Exchange-Skript ConfigureExchangeHybridApplication.ps1 von Microsoft entfernt diese Schlüssel: -ResetFirstPartyServicePrincipalKeyCredentials (jeden Schlüssel), mit -CertificateInformation <Fingerabdruck> (diesen Schlüssel und jeden abgelaufenen). Führen Sie es aus, sobald die Exchange-Hybridbereitstellung ihre dedizierte Anwendung verwendet.
report-todo-coexistence-teams-only = Setzen Sie den mandantenweiten Modus zurück (eventuell mithilfe des Microsoft-Supports), bevor Sie Benutzer aus der lokalen Bereitstellung verschieben.
report-todo-coexistence-unread = Prüfen Sie im Teams Admin Center, dass der organisationsweite Koexistenzmodus nicht „Nur Teams“ ist.
report-todo-pilot-user-not-synced = Warten Sie die Verzeichnissynchronisierung ab, oder prüfen Sie, ob der Benutzer lokal verwaltet wird.
report-todo-pilot-user-licences = Weisen Sie Teams und Skype for Business Online (Plan 2) zu, dazu Audiokonferenz oder Teams Phone, wenn der Benutzer diese lokal nutzt.
report-todo-verify-access-edge = Führen Sie das lokale Änderungsskript erneut aus, und lesen Sie seine Ausgabe.
report-todo-verify-hosting-provider = Führen Sie das lokale Änderungsskript erneut aus, und vergleichen Sie Get-CsHostingProvider mit der Checkliste.
report-todo-verify-oauth = Führen Sie das lokale Änderungsskript mit Server-zu-Server-Authentifizierung erneut aus.
report-todo-verify-federated-partner-no-domain = Führen Sie das Skript erneut mit -PartnerDomain <eine Verbundpartnerdomäne aus der Liste zulässiger Domänen> aus.
report-todo-verify-federated-partner-several-edges = Führen Sie das Skript erneut mit -EdgePoolFqdn <der Edgepool, der die Partnerverbundroute ist> aus.
report-todo-verify-federated-partner-failed = Prüfen Sie DNS, das Edgezertifikat und die Firewall des Partnerverbund-Edges (siehe DNS in der Checkliste).
report-todo-verify-pilot-homed = Der Benutzer ist noch lokal: Führen Sie die Verschiebungen aus (-MovePilotUsers -ReadinessFile), und lesen Sie deren Ausgabe.
report-todo-verify-tenant = Führen Sie das Onlineänderungsskript erneut aus, und lesen Sie seine Ausgabe.
report-todo-verify-service-principals = Führen Sie das Onlineänderungsskript mit Server-zu-Server-Authentifizierung erneut aus.
report-todo-verify-pilot-online = Die Verschiebung ist noch nicht im Mandanten angekommen: Warten Sie die Replikation ab, und führen Sie die Überprüfung erneut aus.

## share

share-unknown-field = keine Einstellung, die Hybrid Builder kennt.
share-sender-confirmed = vom Absender dieser Einstellungen bestätigt; bestätigen Sie den Wert selbst, bevor die Skripts ihn verwenden.
share-not-an-object = die Einstellungen sind kein JSON-Objekt.
share-bad-version = schema_version ist keine Zahl.
share-storage-corrupt = die in diesem Browser gespeicherten Einstellungen konnten nicht gelesen werden; es wird mit den Standardwerten begonnen.
share-bad-link-version = der Link hat keine gültige Version (v=2); gelesen wurde, was lesbar war.
share-link-cut-short = dieser Link ist abgeschnitten (sein Ende mit der Prüfsumme fehlt): Einige Einstellungen fehlen möglicherweise oder sind unvollständig. Fordern Sie den vollständigen Link an, oder prüfen Sie jede Einstellung unten.
share-link-changed = dieser Link passt nicht zu seiner Prüfsumme: Er wurde unterwegs gekürzt oder verändert. Fordern Sie den vollständigen Link an, oder prüfen Sie jede Einstellung unten.
share-not-a-boolean = true oder false erwartet.
share-not-text = Text erwartet.
share-not-a-list = eine Liste von Texten erwartet.
share-expected-one-of = einer der Werte { $names } erwartet.
share-invalid-json = die Datei ist kein gültiges JSON ({ $detail }).
share-newer-schema = von einem neueren Hybrid Builder geschrieben (schema_version { $version }, dieser liest bis { $supported }); verwenden Sie eine neuere Version von Hybrid Builder.
share-newer-link-format = der Link stammt von einem neueren Hybrid Builder (v={ $version }); nur die Einstellungen, die dieser kennt, wurden wiederhergestellt.
share-cannot-lock = { $path } kann nicht gesperrt werden: keine Einstellung, die Hybrid Builder kennt.
share-unknown-language = { $tag } ist keine Sprache, die Hybrid Builder beherrscht; die Seite verwendet die Sprache Ihres Browsers.
share-duplicate-key = „{ $key }“ ist mehrfach angegeben, daher ist unklar, welcher Wert gemeint ist; nichts wurde gelesen. Behalten Sie nur einen.
share-too-deep = die Datei verschachtelt Listen oder Objekte tiefer als jede Einstellungsdatei; sie wurde nicht gelesen.
share-repeated-in-link = kommt im Link mehrfach vor; nur der erste Wert wurde verwendet.
share-default-kept = { $problem } Der Standardwert bleibt erhalten.
share-ignored = { $problem } Der Eintrag wird ignoriert.
share-defaults-used = { $problem } Die Standardwerte werden verwendet.

## stages

stages-preflight = Vorabprüfung (nur lesend)
stages-dry-run = Lokal, Testlauf
stages-on-premises = Lokal
stages-online = Online
stages-wait = Auf Replikation warten
stages-moves = Pilotbenutzer verschieben
stages-verify = Überprüfen (nur lesend)
stages-if-needed = Nur wenn die Änderung rückgängig gemacht werden muss
stages-management-shell = Skype for Business Server-Verwaltungsshell auf einem Front-End-Server
stages-teams-shell = PowerShell mit dem MicrosoftTeams-Modul (nicht die Verwaltungsshell)
stages-both-shells = der lokale Teil in der Verwaltungsshell, der Onlineteil mit dem MicrosoftTeams-Modul
stages-preflight-look = Kein FAIL. Laden Sie beide Berichte hybrid-preflight-*.json in Hybrid Builder, und lesen Sie „Was sich ändert“.
stages-dry-run-look = „What if:“-Zeilen nur für die Änderungen, die „Was sich ändert“ auflistet; kein Fehler.
stages-on-premises-look = Die Pfade der Sicherung, des Protokolls und von hybrid-cs-configuration-*.zip (aufbewahren: Die .zip-Datei ist der gesamte zentrale Verwaltungsspeicher, wie Export-CsConfiguration ihn gesichert hat, für Import-CsConfiguration), jeder Schritt ausgeführt oder bereits vorhanden, kein Fehler.
stages-online-look = SharedSipAddressSpace ist True; der Partnerverbundmodus stimmt mit der lokalen Seite überein.
stages-online-look-pilots = SharedSipAddressSpace ist True; READY für jeden Pilotbenutzer sowie der Pfad von hybrid-move-readiness.json.
stages-wait-look = Kein Server aufgeführt (jedes Replikat ist aktuell); die Pilotbenutzer sind mit dem Mandanten synchronisiert. Der Edge übernimmt die Änderung erst nach der Replikation.
stages-moves-look = Die Zeile mit Modul und Build, dann jeder verschobene Pilotbenutzer; ein Benutzer mit NOT READY wird mit einer Warnung übersprungen.
stages-verify-look = PASS in jeder Zeile. Laden Sie beide Berichte hybrid-verification-*.json: Die Checkliste markiert, was sie belegen.
stages-if-needed-look = Zuerst jeweils ein Testlauf, der Onlineteil zuerst: Die Änderung wird in umgekehrter Reihenfolge rückgängig gemacht. Jedes Skript verweigert die Ausführung, solange Benutzer online verwaltet werden.
stages-backup-file-placeholder = <die in diesem Änderungsfenster geschriebene hybrid-on-premises-backup-*.xml>
stages-online-backup-file-placeholder = <die in diesem Änderungsfenster geschriebene hybrid-online-backup-*.xml>

## validation

validation-legacy-connector-retired = Abgelehnt: Der Skype for Business Online Connector wurde eingestellt (New-CsOnlineSession wurde in MicrosoftTeams 2.0.0 entfernt), daher meldet sich kein Skript damit an. Wählen Sie das MicrosoftTeams-Modul (Connect-MicrosoftTeams); alle übrigen Einstellungen bleiben erhalten.
validation-msonline-retired = Abgelehnt: Das MSOnline-Modul wurde eingestellt (es funktionierte bis zum 30. März 2025: Migrations-FAQ zu Azure AD PowerShell), daher verwendet kein Skript es. Wählen Sie Microsoft Graph PowerShell; alle übrigen Einstellungen bleiben erhalten.
validation-federated-users-required = Die Hybridbereitstellung erfordert, dass der Edge Verbundbenutzer zulässt: Online- und lokale Benutzer derselben SIP-Domäne kommunizieren über den Partnerverbund. Aktivieren Sie „Verbundbenutzer zulassen“.
validation-outside-users-off = Remotebenutzer können sich nicht über den Edge anmelden. Die Hybridbereitstellung benötigt dies nicht, aber Microsofts Verfahren aktiviert es.
validation-default-route-unsupported = Ihr Edge leitet den Partnerverbund derzeit über eine Standardroute. Hostinganbieter können nicht mit einer Standardroute verwendet werden (New-CsHostingProvider.md), daher stellt Schritt 1 den Edge auf DNS-SRV-Routing um (-UseDnsSrvRouting): Der Partnerverbund über die Standardroute (ein Clearinghouse) endet, sobald der Schritt ausgeführt wird. Stimmen Sie die Änderung mit den Partnern ab, die Sie darüber erreichen; die Checkliste führt auf, was zu tun ist.
validation-verification-level-not-source = Microsofts Hybridverfahren erstellt den Hostinganbieter mit -VerificationLevel UseSourceVerification (configure-federation-with-skype-for-business-online.md); ein anderer Wert ändert, wie Nachrichten aus Microsoft 365 vertraut wird. Behalten Sie UseSourceVerification bei, sofern Sie keinen bestimmten Grund haben.
validation-partner-discovery-off = Microsofts Verfahren aktiviert die Partnerermittlung zusammen mit DNS-SRV-Routing. Deaktivieren Sie sie nur, wenn der Mandant eine Liste zulässiger Domänen verwendet (geschlossener Partnerverbund).
validation-shared-sip-required = SharedSipAddressSpace muss $true bleiben, solange ein Benutzer lokal verwaltet wird; das Ausschalten gehört zum Deaktivieren der Hybridbereitstellung, nicht zu ihrer Konfiguration. Aktivieren Sie „Freigegebener SIP-Adressraum“.
validation-discovery-on-tenant-closed = Die Partnerermittlung ist lokal aktiviert, aber der Mandant verwendet eine Liste zulässiger Domänen: Beide Seiten müssen übereinstimmen. Wählen Sie entweder den offenen Partnerverbund für den Mandanten, oder deaktivieren Sie die Partnerermittlung.
validation-discovery-off-tenant-open = Die Partnerermittlung ist lokal deaktiviert, aber der Mandant verwendet den offenen Partnerverbund: Beide Seiten müssen übereinstimmen. Aktivieren Sie entweder die Partnerermittlung, oder wählen Sie für den Mandanten eine Liste zulässiger Domänen.
validation-no-sip-domains = Fügen Sie Ihre SIP-Domänen hinzu, damit die Checkliste deren DNS-Einträge und Zertifikatsnamen auflisten kann.
validation-edge-outside-sip-domains = Der externe Edge-FQDN liegt in keiner Ihrer SIP-Domänen. Prüfen Sie ihn: Edge-Zertifikat und DNS-Einträge verwenden normalerweise eine SIP-Domäne (z. B. sip.contoso.com).
validation-web-services-fqdns-missing = Die Server-zu-Server-Authentifizierung fügt den FQDN der externen Webdienste jedes Pools als Dienstprinzipalnamen von Skype for Business Online hinzu. Geben Sie einen FQDN pro Pool ein (Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn).
validation-reverse-proxy-missing = Geben Sie den externen FQDN des Reverseproxys ein: lyncdiscover sowie die Besprechungs- und Einwahl-URLs jeder SIP-Domäne verweisen darauf, solange die Hybridbereitstellung aktiv ist. Bis dahin kann der DNS-Teil der Checkliste ihr Ziel nicht benennen.
validation-registrar-pool-missing = Geben Sie den Registrierungsstellenpool ein: Zum Zurückverschieben eines Pilotbenutzers in die lokale Umgebung wird er als -Target benötigt. Bis dahin enthält die Checkliste keine Befehle zum Zurückverschieben.
validation-certificate-path-required = Geben Sie den Pfad des exportierten OAuthTokenIssuer-Zertifikats (.cer) auf der Arbeitsstation ein, die das Onlineskript ausführt, z. B. C:\certs\oauth.cer.
validation-path-problem = { $flaw ->
    [whitespace] Der Zertifikatpfad darf nicht mit Leerzeichen beginnen oder enden.
    [control] Der Zertifikatpfad muss aus einer einzigen Zeile ohne Steuerzeichen bestehen.
    [invisible] Der Zertifikatpfad enthält ein unsichtbares Formatierungszeichen (etwa eine bidirektionale Steuerung oder ein Leerzeichen ohne Breite): Geben Sie ihn neu ein.
    [too-long] Der Zertifikatpfad ist länger als 259 Zeichen (MAX_PATH von Windows).
   *[other] Der Zertifikatpfad ist ungültig.
}
validation-fqdn-problem = { $flaw ->
    [empty] { $subject } ist erforderlich.
    [whitespace] { $subject } darf keine Leerzeichen enthalten.
    [control] { $subject } muss aus einer einzigen Zeile ohne Steuerzeichen bestehen.
    [invisible] { $subject } enthält ein unsichtbares Formatierungszeichen (etwa eine bidirektionale Steuerung oder ein Leerzeichen ohne Breite): Geben Sie den Wert neu ein.
    [scheme] { $subject } darf nur ein Hostname sein: Entfernen Sie das Schema (z. B. https://) und jeden Pfad.
    [non-ascii] { $subject } enthält Nicht-ASCII-Zeichen: Geben Sie einen internationalisierten Namen in seiner Punycode-Form (xn--…) ein.
    [too-long] { $subject } ist länger als 253 Zeichen.
    [label-too-long] { $subject } hat einen Teil, der länger als 63 Zeichen ist.
    [empty-label] { $subject } hat einen leeren Teil: Prüfen Sie auf einen doppelten, führenden oder abschließenden Punkt.
    [bad-character] { $subject } darf nur Buchstaben, Ziffern, Bindestriche und Punkte enthalten.
    [hyphen] { $subject } hat einen Teil, der mit einem Bindestrich beginnt oder endet.
    [single-label] { $subject } muss ein vollqualifizierter Name mit mindestens einem Punkt sein, z. B. sip.contoso.com.
    [numeric] { $subject } ist eine IP-Adresse; geben Sie einen DNS-Namen ein.
   *[other] { $subject } ist kein gültiger Hostname.
}
validation-url-problem = { $flaw ->
    [empty] { $subject } ist erforderlich.
    [whitespace] { $subject } darf keine Leerzeichen enthalten.
    [control] { $subject } muss aus einer einzigen Zeile ohne Steuerzeichen bestehen.
    [invisible] { $subject } enthält ein unsichtbares Formatierungszeichen (etwa eine bidirektionale Steuerung oder ein Leerzeichen ohne Breite): Geben Sie den Wert neu ein.
    [too-long] { $subject } ist länger als 2048 Zeichen.
    [not-https] { $subject } muss mit https:// beginnen.
    [non-ascii] { $subject } enthält Nicht-ASCII-Zeichen: Verwenden Sie die Punycode-Form des Hosts, und codieren Sie den Pfad mit Prozentkodierung.
    [bad-host] { $subject } hat einen ungültigen Hostnamen.
   *[other] { $subject } ist keine gültige URL.
}
validation-upn-problem = { $flaw ->
    [empty] { $subject } ist erforderlich.
    [whitespace] { $subject } darf nicht mit Leerzeichen beginnen oder enden.
    [control] { $subject } muss aus einer einzigen Zeile ohne Steuerzeichen bestehen.
    [invisible] { $subject } enthält ein unsichtbares Formatierungszeichen (etwa eine bidirektionale Steuerung oder ein Leerzeichen ohne Breite): Geben Sie den Wert neu ein.
   *[other] { $subject } muss ein Benutzerprinzipalname wie admin@contoso.com sein: vor dem @ Buchstaben, Ziffern und ' . - _ ! # ^ ~ (kein Punkt direkt vor dem @), danach eine gültige Domäne.
}
validation-identity-problem = { $flaw ->
    [empty] Die Identität ist erforderlich, z. B. SkypeforBusinessOnline.
    [too-long] Die Identität ist länger als 255 Zeichen.
    [whitespace] Die Identität darf nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten.
    [control] Die Identität darf nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten.
    [invisible] Die Identität darf nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten.
    [bad-character] Die Identität darf nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten.
   *[other] Die Identität ist ungültig.
}
validation-guid-problem = { $flaw ->
    [empty] Die Mandanten-ID ist für die Server-zu-Server-Authentifizierung erforderlich. Sie finden sie mit (Get-CsTenant).TenantId.
   *[other] Die Mandanten-ID muss eine GUID wie 6babcaad-604b-40ac-a9d7-9fd97c0b779f sein.
}
validation-subject-admin-account = Das Administratorkonto
validation-subject-proxy-fqdn = Der ProxyFqdn
validation-subject-autodiscover = Die AutodiscoverUrl
validation-subject-metadata-prefix = Das Präfix der Metadaten-URL
validation-subject-edge-fqdn = Der externe Edge-FQDN
validation-subject-registrar = Der FQDN des Registrierungsstellenpools
validation-subject-reverse-proxy = Der FQDN des Reverseproxys
validation-subject-sip-domain = Die SIP-Domäne „{ $value }“
validation-subject-web-services = Der Webdienste-FQDN „{ $value }“
validation-subject-pilot = Der Pilotbenutzer „{ $value }“
validation-duplicate-entry = { $subject } kommt mehrfach vor; entfernen Sie das Duplikat.
validation-too-many-pilots = { $count } Pilotbenutzer sind mehr, als die Skripts direkt enthalten können (höchstens { $max }). Führen Sie hier die zuerst zu verschiebenden Benutzer auf, und verschieben Sie eine größere Gruppe mit einer Massenverschiebungsdatei (Move-CsUser -UserList).
validation-too-many-sip-domains = { $count } SIP-Domänen sind mehr, als Hybrid Builder annimmt (höchstens { $max }): Das Edge-Zertifikat nennt jede davon, und öffentliche Zertifikate enthalten selten mehr Namen. Prüfen Sie, ob die Liste nur SIP-Domänen enthält.
validation-too-many-web-services = { $count } Webdienst-FQDNs sind mehr, als Hybrid Builder annimmt (höchstens { $max }). Geben Sie den externen Webdienst-FQDN jedes Pools einmal ein.
validation-onmicrosoft = Die Domäne „{ $domain }“ ist eine von Microsoft verwaltete Domäne: Sie ist keine SIP-Domäne Ihrer Topologie und wird aus den Edge-Zertifikaten ausgeschlossen.
validation-placeholder-name = Ein Platzhalter aus einem Link ohne Namen: Geben Sie hier Ihren echten Namen ein, bevor die Skripts ausgeführt werden.
validation-pilot-outside = Der Pilotbenutzer „{ $user }“ gehört zu keiner der oben aufgeführten SIP-Domänen.
validation-other-cloud = Dieser Wert für { $what } gehört zur Cloud { $owner }, der Mandant befindet sich aber in der Cloud { $chosen }. Verwenden Sie { $expected }, oder wählen Sie die richtige Cloud.
validation-not-an-endpoint = Dieser Wert für { $what } ist kein bekannter Microsoft-Endpunkt; für { $chosen } lautet der Wert { $expected }. Behalten Sie ihn nur, wenn Microsoft Sie dazu angewiesen hat.
validation-provenance-documented = dokumentiert
validation-provenance-inferred = abgeleitet
validation-provenance-unconfirmed = unbestätigt
validation-confirm-value = Microsoft dokumentiert { $value } für diese Cloud in dieser Form nicht: { $note } Bestätigen Sie den Wert mit Ihrem Microsoft-Ansprechpartner oder anhand der Dokumentation Ihres Mandanten, und aktivieren Sie dann das zugehörige Kontrollkästchen „Ich habe … für meinen Mandanten bestätigt“ unter dem Feld, oder geben Sie im Feld einen eigenen Wert ein. Bis dahin können die Skripts, die ihn verwenden, weder kopiert noch heruntergeladen werden.
validation-date-flaw = Der Tag einer Bestätigung wird als JJJJ-MM-TT geschrieben, z. B. 2026-12-05.
validation-metadata-prefix-slash = Das Präfix der Metadaten-URL endet mit einem Schrägstrich: Die Skripts hängen die Mandanten-ID und /metadata/json/1 an, z. B. https://accounts.accesscontrol.windows.net/.
validation-pilot-problem = { $form ->
    [whitespace] Der Pilotbenutzer „{ $user }“ darf nicht mit Leerzeichen beginnen oder enden.
    [control] Der Pilotbenutzer „{ $user }“ muss aus einer einzigen Zeile ohne Steuerzeichen bestehen.
    [invisible] Der Pilotbenutzer „{ $user }“ enthält ein unsichtbares Formatierungszeichen (etwa eine bidirektionale Steuerung oder ein Leerzeichen ohne Breite): Geben Sie ihn neu ein.
    [sip] Die SIP-Adresse „{ $user }“ muss die Form sip:benutzer@domäne haben, z. B. sip:ana@contoso.com: vor dem @ Buchstaben, Ziffern und ' . - _ ! # ^ ~, danach eine gültige Domäne.
   *[other] Der Pilotbenutzer „{ $user }“ muss ein Benutzerprinzipalname wie ana@contoso.com sein oder eine SIP-Adresse mit Präfix, wie sip:ana@contoso.com.
}

## page

page-app-title = Hybrid Builder
page-app-lede = Verbinden Sie Skype for Business Server mit Microsoft 365 (freigegebener SIP-Adressraum): Geben Sie Ihre Einstellungen ein, und kopieren Sie dann geprüfte PowerShell-Skripts und eine Checkliste für das Änderungsfenster. Ihre Eingaben verlassen diesen Browser nicht.
page-form-label = Hybrideinstellungen
page-output-label = Generierte Skripts und Checkliste
page-doc-link = Microsoft-Artikel
page-error-prefix = Fehler:{" "}
page-warning-prefix = Warnung:{" "}
page-choice-title = Ihr Mandant
page-choice-why = Die Cloud bestimmt jeden Endpunkt, den die Skripts verwenden; ein einziger falscher Wert schlägt erst spät fehl, bei Move-CsUser.
page-cloud-label = Microsoft 365-Cloud
page-cloud-help = Legt ProxyFqdn und AutodiscoverUrl des Hostinganbieters, die Teams-Umgebung und die DNS-Ziele fest.
page-connection-label = Verbindung zum Mandanten
page-connection-help = Wie sich das Onlineskript beim Mandanten anmeldet.
page-connection-teams = MicrosoftTeams-Modul (Connect-MicrosoftTeams)
page-connection-legacy = Skype for Business Online Connector (eingestellt, abgelehnt)
page-admin-upn-label = Administratorkonto (optional)
page-admin-upn-help = Füllt die Anmeldung vorab aus. Lassen Sie das Feld leer, um zur Eingabe aufgefordert zu werden; das funktioniert mit MFA.
page-edge-title = Schritt 1 — Partnerverbund am Edge
page-edge-why = Online- und lokale Benutzer derselben SIP-Domäne erreichen einander über den Partnerverbund. Daher muss der Edge Verbundbenutzer zulassen und mit DNS-SRV-Einträgen routen.
page-allow-outside-label = Externe Benutzer zulassen
page-allow-outside-help = Remotebenutzer melden sich über den Edge an (-AllowOutsideUsers).
page-allow-federated-label = Verbundbenutzer zulassen
page-allow-federated-help = Für die Hybridbereitstellung erforderlich (-AllowFederatedUsers).
page-partner-discovery-label = Partnerermittlung aktivieren
page-partner-discovery-help = Der Edge findet Verbundpartner über DNS (-EnablePartnerDiscovery). Muss zum Partnerverbundmodus des Mandanten passen.
page-routing-label = Aktuelles Partnerverbundrouting
page-routing-help = Die Hybridbereitstellung erfordert DNS-SRV-Routing; das Skript legt es immer fest (-UseDnsSrvRouting).
page-routing-dns-srv = DNS-SRV-Routing
page-routing-default = Standardroute (Clearinghouse)
page-provider-title = Schritt 2 — Hostinganbieter
page-provider-why = Der Hostinganbieter teilt dem Edge mit, dass sich Benutzer Ihrer SIP-Domänen auch in Microsoft 365 befinden können, und wo sie zu finden sind.
page-identity-label = Identität
page-identity-help = Ein beliebiger eindeutiger Name; er darf nicht mit einem anderen Hostinganbieter oder öffentlichen Anbieter kollidieren.
page-proxy-fqdn-label = ProxyFqdn
page-proxy-fqdn-help = Der Partnerverbund-FQDN von Microsoft 365 für Ihre Cloud; zugleich das Ziel von Move-CsUser. Er kann später nicht geändert werden.
page-autodiscover-label = AutodiscoverUrl
page-autodiscover-help = Der AutoErmittlungsdienst von Microsoft 365 für Ihre Cloud.
page-verification-label = VerificationLevel
page-verification-help = Microsofts Verfahren verwendet UseSourceVerification.
page-existing-label = Falls für diesen ProxyFqdn bereits ein Anbieter existiert
page-existing-help = Das Skript prüft zuerst und lässt einen Anbieter unverändert, der bereits alle Werte hat.
page-existing-replace = Ersetzen: entfernen, dann neu erstellen (Microsofts Verfahren)
page-existing-update = Direkt aktualisieren (Set-CsHostingProvider)
page-existing-stop = Anhalten und den Anbieter anzeigen
page-fixed-values = Immer festgelegt: Enabled $true, EnabledSharedAddressSpace $true (die Benutzer einer SIP-Domäne sind zwischen lokal und online aufgeteilt), HostsOCSUsers $true (der Anbieter hostet Skype for Business-Benutzer), IsLocal $false (er ist nicht Ihre eigene Bereitstellung).
page-overridden = Sie haben den Wert der Cloud geändert.
page-use-cloud-value = Wert der Cloud verwenden
page-badge-documented = Dokumentiert
page-badge-inferred = Abgeleitet
page-badge-unconfirmed = Unbestätigt
page-badge-confirmed = Bestätigt
page-confirm-proxy-label = Ich habe diesen ProxyFqdn für meinen Mandanten bestätigt
page-confirm-autodiscover-label = Ich habe diese AutodiscoverUrl für meinen Mandanten bestätigt
page-confirm-metadata-label = Ich habe diesen Host der Metadaten-URL für meinen Mandanten bestätigt
page-confirm-help = Mit dem Aktivieren wird festgehalten, dass Sie genau diesen Wert bestätigt haben, und an welchem Tag. Ein Link oder eine Einstellungsdatei, die Sie weitergeben, nennt Ihre Bestätigung; wer sie öffnet, bestätigt selbst.
page-metadata-prefix-label = Präfix der OAuth-Metadaten-URL
page-metadata-prefix-help = Der Anfang der Metadaten-URL des Microsoft 365-Autorisierungsservers; die Skripts hängen die Mandanten-ID und /metadata/json/1 an (configure-a-hybrid-environment.md). Geben Sie einen eigenen Wert ein, wenn der Wert Ihrer Cloud ein anderer ist.
page-tenant-title = Schritt 3 — Mandant
page-tenant-why = Der Mandant muss wissen, dass sich einige Benutzer seiner SIP-Domänen lokal befinden; andernfalls schlägt Move-CsUser mit HostedMigration fault 510 fehl.
page-shared-sip-label = Freigegebener SIP-Adressraum
page-shared-sip-help = Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true. Lassen Sie die Einstellung aktiviert, bis kein Benutzer mehr lokal verbleibt.
page-federation-label = Partnerverbundmodus des Mandanten
page-federation-help = Muss zum Edge passen: offener Partnerverbund mit Partnerermittlung, eine Liste zulässiger Domänen ohne. Das Onlineskript prüft dies.
page-federation-open = Offener Partnerverbund (alle nicht blockierten Domänen)
page-federation-allow-list = Liste zulässiger Domänen
page-environment-title = Ihre Bereitstellung
page-environment-why = Diese Angaben fließen in die Checkliste ein: DNS-Einträge, Zertifikatsnamen und Voraussetzungen.
page-sip-domains-label = SIP-Domänen
page-sip-domains-help = Eine pro Zeile oder durch Kommas, Semikolons oder Leerzeichen getrennt, z. B. contoso.com. Jede muss im Mandanten überprüft sein.
page-edge-fqdn-label = Externer Edge-FQDN (optional)
page-edge-fqdn-help = Der externe Name des Zugriffs-Edges, z. B. sip.contoso.com. Der sip-Eintrag jeder Domäne verweist darauf.
page-web-fqdns-label = FQDN der externen Webdienste jedes Pools
page-web-fqdns-help = Einer pro Zeile, aus Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn. Die Server-zu-Server-Authentifizierung registriert jeden als Dienstprinzipalnamen.
page-reverse-proxy-label = Externer FQDN des Reverseproxys
page-reverse-proxy-help = Der Name, unter dem die externen Webdienste veröffentlicht werden, z. B. webext.contoso.com (er kann dem FQDN der externen Webdienste eines Pools entsprechen). lyncdiscover, meet und dialin verweisen darauf.
page-pool-label = FQDN des Registrierungsstellenpools (optional)
page-pool-help = Wohin verschobene Benutzer zurückkehren, wenn eine Verschiebung rückgängig gemacht wird.
page-pilot-title = Optional — Pilotbenutzer
page-pilot-why = Verschieben Sie zuerst einige wenige Benutzer, und testen Sie beide Richtungen, bevor Sie die übrigen verschieben.
page-pilot-label = Pilotbenutzer
page-pilot-help = Einer pro Zeile: ein UPN (ana@contoso.com) oder eine SIP-Adresse mit Präfix (sip:ana@contoso.com), so verwendet, wie Sie sie eingeben. Das lokale Skript verschiebt sie nur mit -MovePilotUsers und der Bereitschaftsdatei, die das Onlineskript schreibt.
page-oauth-title = Optional — Server-zu-Server-Authentifizierung
page-oauth-why = Für die Integration von Exchange und SharePoint: lokale Vertrauensstellung zu Microsoft 365 und das Zertifikat an den Online-Dienstprinzipalen.
page-oauth-enabled-label = Server-zu-Server-Authentifizierung konfigurieren
page-oauth-enabled-help = Fügt beiden Skripts die OAuth-Schritte hinzu.
page-tenant-id-label = Mandanten-ID
page-tenant-id-help = Eine GUID; Sie finden sie mit (Get-CsTenant).TenantId.
page-cert-path-label = Pfad des OAuthTokenIssuer-Zertifikats (.cer)
page-cert-path-help = Auf der Arbeitsstation, die das Onlineskript ausführt.
page-tool-label = Zertifikat registrieren mit
page-tool-help = Microsoft Graph PowerShell registriert das Zertifikat; MSOnline ist eingestellt und wird abgelehnt.
page-tool-graph = Microsoft Graph PowerShell
page-tool-msonline = MSOnline (eingestellt, abgelehnt)
page-copy = Kopieren
page-copied = Kopiert
page-copy-failed = Kopieren fehlgeschlagen: Markieren Sie den Text, und kopieren Sie ihn manuell.
page-download-all = Alle herunterladen
page-downloaded-all = Änderungsskripts, Rollbackskripts, Checkliste und Änderungsdokumentation wurden heruntergeladen.
page-see-errors = Zu den Fehlern
page-untick-all = Alle Aufgaben als offen markieren
page-tab-blocked = enthält Fehler
page-panic-message = In Hybrid Builder ist ein interner Fehler aufgetreten. Ihre Einstellungen sind sicher: Exportieren Sie sie, laden Sie dann die Seite neu, und importieren Sie sie.
page-panic-export = Einstellungen exportieren
page-share-label = Diese Einstellungen teilen und aufbewahren
page-copy-link = Freigabelink kopieren
page-link-copied = Link kopiert
page-copy-link-without-names = Link ohne Namen kopieren
page-redact-heading = { $count ->
    [one] Der Link ohne Namen ersetzt 1 Namen durch einen Platzhalter:
   *[other] Der Link ohne Namen ersetzt { $count } Namen durch Platzhalter:
}
page-redact-none = Diese Einstellungen enthalten noch keine Namen: Der Link ohne Namen ist der Freigabelink, als anonymisiert gekennzeichnet.
page-redact-kept = Die Cloud und jede Auswahl bleiben unverändert. Wer den Link öffnet, sieht, dass die Namen Platzhalter sind, und die Skripts werden zurückgehalten, bis echte Namen eingegeben sind.
page-redact-copy = Den Link ohne Namen kopieren
page-redact-cancel = Abbrechen
page-redact-copied = Link ohne Namen kopiert
page-redacted-banner = Die Namen in diesen Einstellungen sind Platzhalter: Sie stammen aus einem Link ohne Namen, erstellt für einen Supportfall oder ein Diskussionsforum. Die Skripts sind nicht zum Ausführen bestimmt: Geben Sie in den unten markierten Feldern Ihre echten SIP-Domänen, Server, Benutzer, Mandanten-ID und den Zertifikatpfad ein; die Skripts werden angeboten, sobald kein Platzhalter mehr übrig ist.
page-redacted-blocked = Kopieren und Herunterladen sind deaktiviert: Diese Einstellungen enthalten Platzhalter statt Ihrer Namen, daher ist diese Ausgabe nicht zum Ausführen bestimmt. Geben Sie zuerst Ihre echten Namen in den markierten Feldern des Formulars ein.
page-export = Einstellungen exportieren
page-import = Einstellungen importieren…
page-reset = Auf Standardwerte zurücksetzen
page-replaced = Ihre bisherigen Einstellungen und erledigten Aufgaben wurden ersetzt.
page-offline-link = Hybrid Builder wurde hier aus einer Datei geöffnet und hat daher keine Adresse, die sich teilen lässt. Freigabelinks erfordern den gehosteten Hybrid Builder; um diese Einstellungen zu übertragen, verwenden Sie „Einstellungen exportieren“, und importieren Sie die Datei dort.
page-undo = Rückgängig
page-dismiss = Schließen
page-locked = Von dieser Seite festgelegt.
page-fixed-form-label = Von dieser Seite festgelegte Einstellungen
page-source-link = Link
page-source-storage = Gespeicherte Einstellungen
page-source-file = Einstellungsdatei
page-preflight-title = Vor dem Änderungsfenster — Vorabprüfung
page-preflight-why = Zwei nur lesende Skripts lesen die Bereitstellung und den Mandanten, geben pro Prüfung PASS, WARN oder FAIL aus und schreiben einen Bericht. Laden Sie die Berichte hier: Hybrid Builder zeigt, was sie festgestellt haben und was die Änderungsskripts ändern werden, und bietet die ermittelten Werte an. Es wird nichts hochgeladen: Die Berichte werden nur in diesem Tab gelesen und nicht gespeichert.
page-preflight-on-prem = Lokale Vorabprüfung herunterladen
page-preflight-online = Online-Vorabprüfung herunterladen
page-preflight-load = Vorabprüfungsberichte laden (hybrid-preflight-*.json)
page-preflight-drop = oder hier ablegen
page-preflight-clear = Berichte verwerfen
page-preflight-findings = Ergebnisse
page-preflight-changes = Was sich ändert
page-preflight-not-there = noch nicht vorhanden
page-preflight-column-action = Aktion
page-preflight-column-setting = Einstellung
page-preflight-column-found = Vorgefunden
page-preflight-column-after = Danach
page-preflight-suggest = Aus dem Vorabprüfungsbericht
page-preflight-suggest-help = Die Berichte enthalten diese Werte. An Ihren Einstellungen ändert sich nichts, bis Sie sie übernehmen.
page-preflight-apply = Diese Werte übernehmen
page-preflight-applied = Die Werte aus den Vorabprüfungsberichten wurden übernommen.
page-preflight-applied-one = { $field } übernommen.
page-preflight-undo = Rückgängig
page-preflight-apply-one = Übernehmen
page-preflight-written = { $part }: geschrieben am { $time }
page-preflight-accept = Ich habe jedes FAIL gelesen und möchte die Änderungsskripts trotzdem erhalten
page-preflight-todo = Zu erledigen:
page-preflight-on-prem-part = lokal
page-preflight-online-part = online
page-run-order = Ausführungsreihenfolge
page-look-for = Achten Sie auf:
page-stages-label = Das Änderungsfenster in drei Phasen
page-stage-preflight = Vorabprüfung
page-stage-preflight-hint = Liest, ändert nichts
page-stage-change = Änderung
page-stage-change-hint = Erst lokal, dann online
page-stage-verify = Überprüfung
page-stage-verify-hint = Liest beide Seiten erneut
page-show-all-note = Kopieren und Herunterladen liefern immer das gesamte Skript.
page-wrap-lines = Lange Zeilen umbrechen
page-ticked = { $done } von { $total } Aufgaben erledigt
page-problem-in = { $source }: { $message }
page-problem-at = { $source }, { $key }: { $message }
page-imported-file = { $problems ->
    [0] { $name } importiert.
    [one] { $name } importiert; 1 Eintrag konnte nicht verwendet werden:
   *[other] { $name } importiert; { $problems } Einträge konnten nicht verwendet werden:
}
page-import-refused-file = { $name } nicht importiert: { $why }
page-unreadable-file = { $name } konnte nicht gelesen werden.
page-not-text-file = { $name } wurde nicht gelesen: Die Datei ist weder UTF-8 noch UTF-16 mit Byte-Order-Mark (eine Windows-Codepage wie 1252 schreibt solche Dateien). Speichern Sie sie als UTF-8 (in PowerShell: Get-Content DATEI | Set-Content -Encoding UTF8 NEUE-DATEI) und versuchen Sie es erneut.
page-tab-on-premises = Lokales Skript
page-tab-online = Onlineskript
page-tab-checklist = Checkliste
page-tab-change-record = Änderungsdokumentation
page-error-summary = { $count ->
    [one] Es gibt ein Problem: 1 Fehler
   *[other] Es gibt ein Problem: { $count } Fehler
}
page-warning-summary = { $count ->
    [one] 1 Warnung zu prüfen
   *[other] { $count } Warnungen zu prüfen
}
page-blocked = { $output ->
    [on-premises] { $errors ->
        [one] Kopieren und Herunterladen sind deaktiviert: 1 Fehler würde die Ausführung des lokalen Skripts unsicher machen. Beheben Sie ihn zuerst im Formular.
       *[other] Kopieren und Herunterladen sind deaktiviert: { $errors } Fehler würden die Ausführung des lokalen Skripts unsicher machen. Beheben Sie sie zuerst im Formular.
    }
    [online] { $errors ->
        [one] Kopieren und Herunterladen sind deaktiviert: 1 Fehler würde die Ausführung des Onlineskripts unsicher machen. Beheben Sie ihn zuerst im Formular.
       *[other] Kopieren und Herunterladen sind deaktiviert: { $errors } Fehler würden die Ausführung des Onlineskripts unsicher machen. Beheben Sie sie zuerst im Formular.
    }
    [checklist] { $errors ->
        [one] Kopieren und Herunterladen sind deaktiviert: 1 Fehler würde das Abarbeiten der Checkliste unsicher machen. Beheben Sie ihn zuerst im Formular.
       *[other] Kopieren und Herunterladen sind deaktiviert: { $errors } Fehler würden das Abarbeiten der Checkliste unsicher machen. Beheben Sie sie zuerst im Formular.
    }
   *[change-record] { $errors ->
        [one] Kopieren und Herunterladen sind deaktiviert: 1 Fehler würde die Umsetzung der Änderungsdokumentation unsicher machen. Beheben Sie ihn zuerst im Formular.
       *[other] Kopieren und Herunterladen sind deaktiviert: { $errors } Fehler würden die Umsetzung der Änderungsdokumentation unsicher machen. Beheben Sie sie zuerst im Formular.
    }
}
page-copied-output = { $output ->
    [on-premises] Das lokale Skript wurde in die Zwischenablage kopiert.
    [online] Das Onlineskript wurde in die Zwischenablage kopiert.
    [checklist] Die Checkliste wurde in die Zwischenablage kopiert.
   *[change-record] Die Änderungsdokumentation wurde in die Zwischenablage kopiert.
}
page-downloaded = { $file } heruntergeladen.
page-download-file = { $file } herunterladen
page-verification-title = Nach der Änderung — Überprüfung
page-verification-why = Zwei nur lesende Skripts prüfen, was die Änderung bewirkt hat: die Werte des Zugriffs-Edges, den einen Hostinganbieter, den freigegebenen SIP-Adressraum des Mandanten, die OAuth-Objekte, Test-CsFederatedPartner in Richtung Cloud und jeden verschobenen Pilotbenutzer. Laden Sie ihre Berichte: Die Checkliste markiert die Punkte, die sie belegen, als „durch Bericht bestätigt“, und jedes FAIL nennt die nötige Maßnahme.
page-verification-on-prem = Lokale Überprüfung herunterladen
page-verification-online = Online-Überprüfung herunterladen
page-verification-load = Überprüfungsberichte laden (hybrid-verification-*.json)
page-report-read = { $name } gelesen.
page-report-read-note = { $name } gelesen. { $note }
page-report-refused = { $name } nicht gelesen: { $why }
page-preflight-fails = { $count ->
    [one] Die Vorabprüfung hat 1 FAIL gefunden: Die Änderungsskripts werden zurückgehalten, bis es behoben oder akzeptiert ist
   *[other] Die Vorabprüfung hat { $count } FAILs gefunden: Die Änderungsskripts werden zurückgehalten, bis sie behoben oder akzeptiert sind
}
page-preflight-withheld = Kopieren und Herunterladen sind deaktiviert: Die Vorabprüfung hat { $count } FAIL(s) gemeldet. Beheben Sie sie, und laden Sie neue Berichte, oder akzeptieren Sie sie unter „Vorabprüfung“.
page-printed = Gedruckt am { $date } · { $cloud } · { $link }
page-show-lines = Alle { $total } Zeilen anzeigen
page-show-items = { $hidden } weitere Punkte anzeigen
page-help-toggle = { $state ->
    [folded] Hilfe und Einstellungen einblenden ({ $lines } Zeilen)
   *[open] Hilfe und Einstellungen ausblenden ({ $lines } Zeilen)
}
page-language-label = Sprache
page-language-failed = Die Texte für { $language } konnten nicht geladen werden; die Seite bleibt in der angezeigten Sprache.
page-unsupported = Hybrid Builder benötigt einen aktuellen Browser – Edge, Chrome, Firefox oder Safari – mit JavaScript und WebAssembly. Wenn diese Meldung bestehen bleibt, öffnen Sie diese Seite in einem dieser Browser.

## cloud

cloud-commercial = Kommerziell (weltweit)
cloud-gcc = GCC
cloud-gcc-high = GCC High
cloud-dod = DoD
cloud-china = 21Vianet (China)
cloud-note-documented-microsoft-s-hybrid-federation-article = Microsofts Artikel zum Hybridverbund (OfficeDocs-SkypeForBusiness, Skype/SfbHybrid/hybrid/configure-federation-with-skype-for-business-online.md).
cloud-note-documented-decommission-manage-dns-entries-md = decommission-manage-dns-entries.md (OfficeDocs-SkypeForBusiness) und create-dns-records-at-any-dns-hosting-provider.md (microsoft-365-docs).
cloud-note-documented-the-default-of-connect-mggraph = der Standardwert von Connect-MgGraph -Environment (Connect-MgGraph.md).
cloud-note-documented-the-default-of-connect-msolservice = der Standardwert von Connect-MsolService -AzureEnvironment (Connect-MsolService.md).
cloud-note-documented-skype-sfbserver-manage-authentication-configure = Skype/SfbServer/manage/authentication/configure-a-hybrid-environment.md (OfficeDocs-SkypeForBusiness).
cloud-note-inferred-no-gcc-specific-value-is = Es ist kein GCC-spezifischer Wert dokumentiert; GCC verwendet die kommerziellen Endpunkte.
cloud-note-inferred-the-name-is-one-of = Der Name ist eine der Umgebungen aus Connect-MgGraph.md oder Connect-MsolService.md; welche Cloud sie bedient, ist aus dem Namen geschlossen, nicht angegeben.
cloud-note-unconfirmed-the-documented-value-is-for = Der dokumentierte Wert gilt für die kommerzielle Cloud.
cloud-note-unconfirmed-documented-only-as-the-federation = nur als Partnerverbund-SRV-Ziel von GCC High dokumentiert, nicht als ProxyFqdn eines Hostinganbieters.
cloud-note-unconfirmed-built-from-the-gcc-high = gebildet aus dem lyncdiscover-Ziel von GCC High und dem kommerziellen Pfad.
cloud-note-documented-connect-microsoftteams-md-teamsenvironmentname-office = Connect-MicrosoftTeams.md -TeamsEnvironmentName (office-docs-powershell).
cloud-note-documented-new-csonlinesession-md-teamsenvironmentname-office = New-CsOnlineSession.md -TeamsEnvironmentName (office-docs-powershell, letzte Fassung vor der Entfernung).
cloud-note-documented-an-older-revision-of-dns = eine ältere Fassung von dns-records-for-office-365-gcc-high.md (microsoft-365-docs).
cloud-note-documented-dns-records-for-office-365 = dns-records-for-office-365-gcc-high.md (microsoft-365-docs).
cloud-note-unconfirmed-no-gcc-high-metadata-url = Für GCC High ist keine Metadaten-URL dokumentiert.
cloud-note-unconfirmed-documented-only-as-the-federation-2 = nur als Partnerverbund-SRV-Ziel von DoD dokumentiert, nicht als ProxyFqdn eines Hostinganbieters.
cloud-note-unconfirmed-built-from-the-dod-lyncdiscover = gebildet aus dem lyncdiscover-Ziel von DoD und dem kommerziellen Pfad.
cloud-note-documented-an-older-revision-of-dns-2 = eine ältere Fassung von dns-records-for-office-365-dod.md (microsoft-365-docs).
cloud-note-documented-dns-records-for-office-365-2 = dns-records-for-office-365-dod.md (microsoft-365-docs).
cloud-note-unconfirmed-no-dod-metadata-url-is = Für DoD ist keine Metadaten-URL dokumentiert.
cloud-note-unconfirmed-documented-only-as-the-federation-3 = nur als Partnerverbund-SRV-Ziel von 21Vianet dokumentiert, nicht als ProxyFqdn eines Hostinganbieters. Microsofts einziges Verschiebebeispiel für 21Vianet (Set-TeamsEnvironmentConfig.md, Beispiel 3) führt Move-CsUser -Target sipfed.online.lync.com nach Set-TeamsEnvironmentConfig -TeamsEnvironmentName TeamsChina aus.
cloud-note-unconfirmed-built-from-the-21vianet-lyncdiscover = gebildet aus dem lyncdiscover-Ziel von 21Vianet und dem kommerziellen Pfad.
cloud-note-documented-create-dns-records-at-any = create-dns-records-at-any-dns-hosting-provider.md, o365-21vianet (microsoft-365-docs).
cloud-note-inferred-sharepoint-s-guide-for-21vianet = Der SharePoint-Leitfaden für 21Vianet nennt diesen ACS-Host (sp-dev-docs, docs/solution-guidance/Extending-SharePoint-Online-for-Germany-China-USGovernment-environments.md); kein Skype for Business-Artikel gibt ihn an.

## summary

summary-cloud = Cloud
summary-tenant-connection = Verbindung zum Mandanten
summary-admin-account = Administratorkonto
summary-prompt = (Abfrage bei der Anmeldung)
summary-none = (keine)
summary-routing = Routing
summary-hosting-provider = Hostinganbieter
summary-existing-provider = Vorhandener Anbieter
summary-tenant-federation = Partnerverbund des Mandanten
summary-sip-domains = SIP-Domänen
summary-edge-fqdn = Externer Edge-FQDN
summary-registrar-pool = FQDN des Registrierungsstellenpools
summary-not-given = (nicht angegeben)
summary-pilot-users = Pilotbenutzer
summary-server-to-server = Server-zu-Server-Authentifizierung
summary-yes = Ja
summary-no = Nein
summary-connection-teams = MicrosoftTeams-Modul
summary-connection-legacy = Skype for Business Online Connector (eingestellt)
summary-existing-replace = Ersetzen (entfernen, dann neu erstellen)
summary-existing-update = Direkt aktualisieren
summary-existing-stop = Anhalten
summary-federation-open = Offener Partnerverbund
summary-federation-allow-list = Liste zulässiger Domänen
summary-confirmed-on = vom Administrator am { $date } bestätigt
summary-confirmed = vom Administrator bestätigt
report-blocked-only-on-premises = Nur lokal blockiert: { $domains }
report-blocked-only-online = Nur im Mandanten blockiert: { $domains }
report-allowed-only-on-premises = Nur lokal zugelassen: { $domains }
report-allowed-only-online = Nur im Mandanten zugelassen: { $domains }
report-lists-match = Die zugelassenen und blockierten Domänen sind auf beiden Seiten gleich.
report-lists-differ = Gleichen Sie die Listen der zugelassenen und blockierten Domänen lokal (Get-CsAllowedDomain, Get-CsBlockedDomain) und im Mandanten (Get-CsTenantFederationConfiguration) an, bevor Sie Benutzer verschieben (plan-hybrid-connectivity.md).

## waves

waves-line = Zeile { $line }
waves-row-empty = Die Benutzerzelle ist leer.
waves-row-not-address = „{ $cell }“ ist keine Benutzeradresse (benutzer@domäne, mit oder ohne sip:).
waves-row-duplicate = { $address } steht bereits in Zeile { $first }; der Benutzer wird einmal verschoben.
waves-row-other-domain = { $address } gehört zu { $domain }, keiner der SIP-Domänen dieser Einstellungen; der Benutzer bleibt außerhalb der Wellen.
waves-row-unclosed-quote = Ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen; die Zeile wurde nicht gelesen.
waves-list-too-large = Diese Liste ist { $mib } MiB groß; eine Benutzerliste hat höchstens { $limit } MiB. Teilen Sie sie, oder exportieren Sie nur die Spalte mit den SIP-Adressen.
waves-list-too-many-rows = Diese Liste hat mehr als { $max } Zeilen; teilen Sie sie in mehrere Listen.
waves-list-empty = Diese Liste enthält keine Zeilen.
waves-list-no-column = Keine Spalte dieser Liste enthält Benutzeradressen (benutzer@domäne). Exportieren Sie die Spalte SipAddress oder UserPrincipalName, oder fügen Sie eine Adresse pro Zeile ein.
waves-column-header = Benutzer aus Spalte { $number } („{ $header }“) gelesen.
waves-column-content = Benutzer aus Spalte { $number } gelesen, erkannt an ihrem Inhalt.
waves-upn-note = Diese Spalte enthält Benutzerprinzipalnamen: Jedes Wellenskript sucht den Benutzer mit Get-CsUser und übergibt Move-CsUser dessen SIP-Adresse.
waves-not-ours = Dies ist kein Wellenbericht von Hybrid Builder (kein "schema": "hybrid-builder-wave-results"). Laden Sie die Datei hybrid-wave-NNN-results-*.json, die ein Wellenskript geschrieben hat.
waves-no-users = Dieser Wellenbericht nennt keine Benutzer: Das Skript hat angehalten, bevor es Benutzer gelesen hat, oder die Datei ist abgeschnitten. Führen Sie das Wellenskript erneut aus, und laden Sie seinen Bericht.
waves-results-too-large = Diese Datei ist größer als jeder Wellenbericht von Hybrid Builder; sie wurde nicht gelesen.
waves-status-moved = verschoben
waves-status-already-moved = früher verschoben
waves-status-ready = bereit (Probelauf: nicht verschoben)
waves-status-not-ready = nicht bereit
waves-status-failed = fehlgeschlagen
waves-todo-not-on-premises = Get-CsUser hat diesen Benutzer lokal nicht gefunden: Prüfen Sie die Adresse in der Liste und ob der Benutzer für Skype for Business Server aktiviert ist.
waves-todo-not-in-tenant = Der Mandant kennt diesen Benutzer noch nicht: Prüfen Sie, ob Microsoft Entra Connect den Benutzer mit den Skype for Business-Attributen synchronisiert, warten Sie die nächste Synchronisierung ab, und führen Sie die Welle dann erneut aus.
waves-todo-not-synced = Im Mandanten ist HostingProvider des Benutzers nicht SRV:, er gilt also nicht als lokal beheimatet: Prüfen Sie die Synchronisierung seiner msRTCSIP-Attribute, und führen Sie die Welle dann erneut aus.
waves-todo-no-plan = Weisen Sie eine Lizenz mit Teams und Skype for Business Online (Plan 2) zu (move-users-between-on-premises-and-cloud.md); ein Plan in seiner Kulanzfrist zählt nicht. Führen Sie die Welle dann erneut aus.
waves-todo-domain-not-in-settings = Die SIP-Domäne des Benutzers gehört nicht zu diesen Einstellungen: Verschieben Sie den Benutzer mit den Einstellungen jener Bereitstellung, oder fügen Sie die Domäne diesen Einstellungen hinzu.
waves-todo-domain-not-in-tenant = Fügen Sie die SIP-Domäne des Benutzers im Mandanten hinzu, und bestätigen Sie sie; führen Sie die Welle dann erneut aus.
waves-todo-domain-disabled = Die SIP-Domäne des Benutzers ist im Mandanten deaktiviert, wo Benutzer nicht bereitgestellt werden (Get-CsOnlineSipDomain.md): Aktivieren Sie sie, und führen Sie die Welle dann erneut aus.
waves-todo-move-failed = Lesen Sie den Fehler und den Move-CsUser-Bericht, den die Welle geschrieben hat; Microsofts Artikel zur Problembehandlung von HostedMigration-Fehlern erklären die häufigsten. Führen Sie die Welle erneut aus: Der Benutzer wird erneut versucht.
waves-todo-unknown = Lesen Sie, was das Skript gefunden hat, beheben Sie es, und führen Sie die Welle dann erneut aus.
waves-retry = { $count } Benutzer für einen erneuten Versuch (die Fehlschläge und nicht bereiten Benutzer der gelesenen Wellen).
waves-superseded = Welle { $wave } wurde mehrfach gelesen; nur ihr neuester Bericht zählt.

## cutover

cutover-too-large = Diese Datei ist größer als jeder Bericht der Umstellungsprüfung von Hybrid Builder; sie wurde nicht gelesen.
cutover-not-ours = Dies ist kein Bericht der Umstellungsprüfung von Hybrid Builder (kein "schema": "hybrid-builder-cutover-check"). Laden Sie die Datei hybrid-cutover-check.json, die das Prüfskript geschrieben hat.
cutover-offered = Höchstens { $accepted } Benutzer sind noch lokal beheimatet: Die Umstellung kann laufen. Führen Sie alle ihre Schritte in einem Wartungsfenster aus.
cutover-withheld = { $users } Benutzer sind noch lokal beheimatet, mehr als die { $accepted } akzeptierten: Die Umstellung wird zurückgehalten. Verschieben Sie sie in Wellen, oder deaktivieren Sie nicht mehr benötigte Konten, und führen Sie die Prüfung dann erneut aus.
cutover-dns-elsewhere = { $name } zeigt noch an ein anderes Ziel ({ $targets }): Lassen Sie den Eintrag auf Microsoft 365 zeigen.
cutover-provider-enabled = Der Hostinganbieter { $identity } ({ $proxy }) ist noch aktiviert.

## the whole road (checklist and stages)

checklist-road = Der ganze Weg: Wellen, Umstellung, Außerbetriebnahme
checklist-road-intro = Nach dem Hybridfenster, in späteren Fenstern: alle Benutzer in Wellen, dann die Hybridkonfiguration abgeschaltet, wie Microsoft es beschreibt (cloud-consolidation-disabling-hybrid.md), dann die Server entfernt. Jedes Wellen- und Umstellungsskript prüft seine Vorbedingung vor jeder Änderung, führt ein Protokoll und unterstützt -WhatIf.
stages-road-waves = Verschiebungswellen
stages-road-waves-look = READY oder NOT READY mit dem Grund für jeden Benutzer, dann MOVED oder FAILED, und der Pfad von hybrid-wave-NNN-results-*.json. Führen Sie eine Welle nach der Behebung erneut aus: Bereits verschobene Benutzer werden übersprungen.
stages-road-results = Wellenergebnisse
stages-road-results-look = Verschoben, fehlgeschlagen und nicht bereit je Welle, was bei jedem Fehler zu tun ist, und die Benutzerdatei für einen erneuten Versuch. Gehen Sie erst zur Umstellung über, wenn kein zu verschiebender Benutzer übrig ist.
stages-road-check = Umstellungsprüfung (nur lesend)
stages-road-check-look = Noch lokal beheimatete Benutzer: 0 (oder nur zu deaktivierende Konten), je Pool. Erst dann bietet Hybrid Builder die Umstellungsskripts an.
stages-road-dns = DNS jeder SIP-Domäne auf Microsoft 365
stages-road-dns-look = Diese Einträge zeigen in jeder SIP-Domäne auf Microsoft 365 (decommission-manage-dns-entries.md); meet- und dialin-Einträge dürfen gelöscht werden; interne Skype for Business-Einträge werden entfernt. Zu früh verlieren lokale Benutzer Anmeldung und Verbund; rückgängig durch Wiederherstellen der alten Einträge.
stages-road-online = Umstellung, online
stages-road-online-look = TeamsOnly für den Mandanten erteilt (oder die Einträge, die Teams noch anderswohin zeigen sieht), dann SharedSipAddressSpace False.
stages-road-on-premises = Umstellung, lokal
stages-road-on-premises-look = Jeder Hostinganbieter mit Enabled False, nach der Sicherung und dem Konfigurationsexport.
stages-road-verify = Umstellung überprüfen (nur lesend)
stages-road-verify-look = Jeder Eintrag zeigt auf Microsoft 365 oder ist entfernt, und kein Hostinganbieter ist aktiviert.
stages-road-decommission = Außerbetriebnahme
stages-road-decommission-look = Verschieben Sie die Hybridanwendungsendpunkte im selben Fenster (decommission-move-on-prem-endpoints.md), entscheiden Sie über die msRTCSIP-Attribute (cloud-consolidation-managing-attributes.md), und entfernen Sie dann die Server (decommission-remove-on-prem.md).
stages-wave-shell = Skype for Business Server-Verwaltungsshell mit dem Modul MicrosoftTeams auf dem Server, der Benutzer verschiebt
stages-builder = Hybrid Builder (die Seite oder sfb-hybrid)
stages-dns-host = die öffentliche DNS-Zone jeder SIP-Domäne

## page: waves and cut-over

page-waves-title = Nach dem Fenster — Wellen und Umstellung
page-waves-why = Laden Sie die Liste der zu verschiebenden Benutzer (eine aus AD oder der Systemsteuerung exportierte CSV-Datei oder eine Adresse pro Zeile): Hybrid Builder listet die ausgelassenen Zeilen auf, teilt die übrigen Benutzer in Wellen und gibt jeder Welle ihre Benutzerdatei für Move-CsUser -UserList und ihr Skript. Laden Sie die Wellenberichte, um den Fortschritt und das Vorgehen bei jedem Fehler zu sehen. Liste und Berichte bleiben in diesem Tab: Sie sind personenbezogene Daten und kommen nie in einen Freigabelink oder Speicher.
page-waves-users = Zu verschiebende Benutzer
page-waves-load-list = Benutzerliste laden (CSV oder eine Adresse pro Zeile)
page-waves-reading = { $name } wird gelesen: { $percent } %
page-waves-size = Benutzer pro Welle
page-waves-summary = { $users } Benutzer in { $waves } Wellen; { $bad } Zeilen ausgelassen:
page-waves-wave = Welle
page-waves-download-users = Benutzerdatei der Welle herunterladen
page-waves-download-script = Wellenskript herunterladen
page-waves-blocked = { $errors ->
    [one] Das Herunterladen der Wellen- und Umstellungsskripts ist deaktiviert: 1 Fehler würde ihre Ausführung unsicher machen. Beheben Sie ihn zuerst im Formular.
   *[other] Das Herunterladen der Wellen- und Umstellungsskripts ist deaktiviert: { $errors } Fehler würden ihre Ausführung unsicher machen. Beheben Sie sie zuerst im Formular.
}
page-waves-results = Wellenergebnisse
page-waves-load-results = Wellenberichte laden (hybrid-wave-*-results-*.json)
page-waves-moved = Verschoben
page-waves-failed = Fehlgeschlagen
page-waves-not-ready = Nicht bereit
page-waves-remaining = Verbleibend
page-waves-all = Alle gelesenen Wellen
page-waves-download-retry = Benutzer für den erneuten Versuch herunterladen
page-waves-cutover = Umstellung: Hybridkonfiguration abgeschaltet
page-waves-cutover-why = Wenn kein zu verschiebender Benutzer mehr lokal ist: Führen Sie die nur lesende Prüfung in der Verwaltungsshell aus, und laden Sie ihren Bericht. Erst dann werden die Umstellungsskripts angeboten; sie folgen Microsofts Schritten (DNS jeder SIP-Domäne auf Microsoft 365, TeamsOnly, gemeinsamer SIP-Adressraum aus, Hostinganbieter deaktiviert), aufgeführt in der Checkliste.
page-waves-download-check = Umstellungsprüfung herunterladen
page-waves-load-check = Prüfbericht laden (hybrid-cutover-check.json)
page-waves-accept = Lokal verbleibende Benutzer, die nicht verschoben werden (zu deaktivierende Konten)
page-waves-download-online = Online-Umstellungsskript herunterladen
page-waves-download-on-prem = Lokales Umstellungsskript herunterladen
