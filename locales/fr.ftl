# Hybrid Builder — français, traduit de la source anglaise (locales/en.ftl).
#
# Les identifiants de message sont <module>-<nom> : le module est le module Rust qui les utilise (page = la page web).
# Les espaces réservés ($nom) portent des valeurs telles que des FQDN, des nombres et des codes ; les noms d'applets
# de commande, de paramètres, de valeurs et de produits ne sont jamais traduits.

## checklist

checklist-known-error-items-1-a = Move-CsUser: HostedMigration fault: Error=(510) … not enabled for shared sip address space
checklist-known-error-items-1-b = L'étape 3 manque ou a été annulée. Exécutez Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true en ligne, puis réessayez.
checklist-known-error-items-2-a = Move-CsUser: HostedMigration fault: Error=(507) … must has an assigned license
checklist-known-error-items-2-b = L'utilisateur n'a pas la licence Skype Entreprise Online ou n'est pas encore approvisionné. Attribuez-la et attendez jusqu'à 30 minutes.
checklist-known-error-items-3-a = HostedMigration fault: Error=(506) … problem with this user account
checklist-known-error-items-3-b = Les attributs msRTCSIP ne sont pas synchronisés. Relancez l'Assistant Entra Connect et resynchronisez.
checklist-known-error-items-4-a = There is a duplicate key sequence … ProviderName
checklist-known-error-items-4-b = Un fournisseur d'hébergement ou un fournisseur public utilise déjà cette identité. Supprimez-le (Remove-CsHostingProvider / Remove-CsPublicProvider) ou choisissez une autre identité.
checklist-known-error-items-5-a = ms-diagnostics: 1017; Cannot route From and To domains in this combination
checklist-known-error-items-5-b = Un domaine SIP du locataire manque dans la topologie locale, ou son DNS de fédération pointe vers Microsoft 365.
checklist-known-error-items-6-a = Les applets de commande Cs locales se comportent comme celles en ligne
checklist-known-error-items-6-b = Une session en ligne a été importée avec -AllowClobber dans ce shell. Ouvrez un nouveau shell de gestion.
checklist-known-error-items-7-a = Move-CsUser échoue avec un administrateur MFA et -Credential
checklist-known-error-items-7-b = L'authentification MFA ne fonctionne que sans -Credential (2015 CU12+ ou 2019). Omettez -Credential et connectez-vous lorsque vous y êtes invité.
checklist-prerequisite-items-1 = Un seul locataire Microsoft 365 pour ce déploiement local ; une seule forêt en mode hybride à la fois.
checklist-prerequisite-items-2 = Chaque domaine SIP est ajouté et vérifié dans le locataire, et chaque domaine SIP du locataire figure dans la topologie locale.
checklist-prerequisite-items-3 = Microsoft Entra Connect (Azure AD Connect) synchronise TOUS les utilisateurs Skype Entreprise, y compris ceux qui restent en local, avec leurs attributs msRTCSIP.
checklist-prerequisite-items-4 = Builds minimaux : Skype Entreprise Server 2019 CU6 (7.0.2046.385), 2015 CU12 (6.0.9319.619) ou Lync Server 2013 CU10 HF7 (5.0.8308.1182) (Move-CsUser.md). Le support étendu de Skype Entreprise Server 2015 et 2019 a pris fin le 14 octobre 2025 ; Subscription Edition est la version prise en charge (cycle de vie Microsoft ; voir Sources). Subscription Edition et 2019 partagent les builds 7.0.2046.x : la vérification préalable lit donc aussi le nom du produit.
checklist-prerequisite-items-5 = Serveur Edge déployé avec la fédération ; un seul pool Edge sert de serveur Edge de fédération.
checklist-prerequisite-items-6 = Certificat Edge externe émis par une autorité de certification publique, dont le SAN contient sip.<domaine> pour chaque domaine SIP (sauf *.onmicrosoft.com).
checklist-prerequisite-items-7 = Certificat OAuthTokenIssuer présent (2048 bits ou plus, identique sur chaque serveur frontal) : Get-CsCertificate -Type OAuthTokenIssuer.
checklist-prerequisite-items-8 = Pare-feu, interface externe du serveur Edge : TCP 443 entrant, TCP 5061 entrant/sortant (fédération), TCP 80 sortant (CRL), TCP/UDP 53 sortant ; service Edge A/V : UDP 3478 et TCP 443 entrant/sortant, TCP/UDP 50000–59999 sortant ; plus les URL et plages d'adresses IP de Microsoft 365.
checklist-prerequisite-items-9 = La stratégie de fédération est identique des deux côtés : ouverte ou fermée de part et d'autre, listes de domaines autorisés et bloqués identiques, fédération activée dans le locataire.
checklist-prerequisite-items-10 = Le mode de coexistence à l'échelle du locataire n'est pas TeamsOnly : il ne peut pas l'être tant qu'un déploiement local existe ; les utilisateurs passent en TeamsOnly un par un, lors de leur déplacement (Grant-CsTeamsUpgradePolicy.md).
checklist-prerequisite-items-11 = Module PowerShell MicrosoftTeams sur le poste d'administration (4.x ou ultérieur) et sur le serveur qui déplace les utilisateurs : 6.2.1 ou ultérieur (Move-CsUser.md), et pas au-delà de 7.1 sauf si le serveur exécute Skype Entreprise Server 2019 ou Subscription Edition build 7.0.2046.849 (KB5090660) ou ultérieur (voir Sources). Windows PowerShell 5.1 ou PowerShell 7.2+.
checklist-prerequisite-items-12 = TLS 1.2 activé sur le serveur qui déplace les utilisateurs (Move-CsUser.md).
checklist-prerequisite-items-13 = Licences attribuées à chaque utilisateur avant son déplacement : Teams et Skype Entreprise Online (Plan 2) ; Audioconférence pour les utilisateurs activés pour la conférence rendez-vous ; Teams Phone pour les utilisateurs activés pour Voix Entreprise (move-users-between-on-premises-and-cloud.md).
checklist-prerequisite-items-14 = Les scripts téléchargés portent la marque du Web (Mark of the Web), que la stratégie d'exécution RemoteSigned bloque : après les avoir copiés sur le serveur, exécutez Unblock-File -Path .\hybrid-*.ps1 (Unblock-File.md).
checklist-prerequisite-items-15 = Outils d'administration de Skype Entreprise Server sur un serveur ayant accès à la fois au déploiement et à Internet.
checklist-prerequisite-items-16 = Ordre d'exécution : le script local avec -WhatIf, puis sans ; le script en ligne ; puis de nouveau le script local, avec -MovePilotUsers -ReadinessFile pointant vers le fichier hybrid-move-readiness.json écrit par le script en ligne.
checklist-prerequisite-items-17 = Comptes pour les déplacements (move-users-between-on-premises-and-cloud.md) : le rôle CsServerAdministrator en local ; dans Teams, Administrateur général, ou Administrateur Teams avec Administrateur d'utilisateurs, ou Administrateur Skype Entreprise avec Administrateur d'utilisateurs. Move-CsUser accepte un compte qui se termine par .onmicrosoft.com, ou un compte synchronisé avec -HostedMigrationOverrideUrl.
checklist-after-items-1 = Testez la messagerie instantanée, la présence et les appels dans les deux sens entre les utilisateurs déplacés et les utilisateurs locaux, ainsi qu'avec une organisation fédérée externe.
checklist-after-items-2 = Conservez SharedSipAddressSpace $true et le DNS pointant vers l'environnement local tant qu'il reste des utilisateurs en local.
checklist-after-items-3 = Lorsque le dernier utilisateur a été déplacé : redirigez le DNS, puis exécutez Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false, puis désactivez le fournisseur d'hébergement dans un nouveau shell local.
checklist-title = Skype Entreprise hybride — liste de contrôle du changement
checklist-generated = Généré par Hybrid Builder. Cochez chaque élément au fur et à mesure.
checklist-settings = Paramètres
checklist-prerequisites = Avant la fenêtre de maintenance
checklist-steps = Ce que font les scripts, étape par étape
checklist-run-order = Ordre d'exécution
checklist-run-order-intro = Exécutez les fichiers dans cet ordre ; les étapes ci-dessous décrivent ce que fait chacun. Les scripts comprennent les sauvegardes et les contrôles « déjà en place » absents des commandes seules.
checklist-look-for = À vérifier
checklist-runs-on-prem = S'exécute dans : le shell de gestion de Skype Entreprise Server sur un serveur frontal.
checklist-runs-online = S'exécute dans : PowerShell avec le module MicrosoftTeams (pas le shell de gestion).
checklist-run = Ce que fait cette étape
checklist-verify = Vérifier
checklist-expect = Résultat attendu
checklist-rollback = Retour arrière
checklist-dns = DNS pendant la période hybride
checklist-dns-intro = Tant qu'un utilisateur est hébergé en local, chaque enregistrement Skype Entreprise externe de chaque domaine SIP pointe vers votre serveur Edge et votre proxy inverse locaux, et non vers Microsoft 365 (plan-hybrid-connectivity.md). Les enregistrements de chaque domaine utilisent les noms propres à ce domaine :
checklist-dns-no-domains = Ajoutez vos domaines SIP dans le formulaire pour afficher ici leurs enregistrements.
checklist-access-edge-ip = l'adresse IP externe du service Edge d'accès (saisissez le FQDN externe du serveur Edge dans le formulaire pour la nommer)
checklist-reverse-proxy-ip = l'adresse IP publique du proxy inverse (saisissez le FQDN du proxy inverse dans le formulaire pour la nommer)
checklist-sip-record-source = le service Edge d'accès externe : Skype/SfbServer/plan-your-deployment/network-requirements/dns.md
checklist-sip-tls-srv = port 443, connexion des clients via le service Edge d'accès ; priorité et poids selon votre zone, Microsoft n'en indique aucun pour les enregistrements locaux
checklist-federation-srv = port 5061 ; résout vers l'adresse IP externe du service Edge d'accès, avec correspondance stricte des noms DNS entre le domaine SIP et la cible SRV (plan-hybrid-connectivity.md) : cette liste de contrôle y satisfait par une cible dans le même domaine, comme sip.<domaine> (DÉDUIT) ; priorité et poids selon votre zone
checklist-lyncdiscover-source = découverte automatique des clients, publiée par le proxy inverse : dns.md
checklist-simple-url-source = si votre URL simple de réunion ou de conférence rendez-vous utilise ce nom ; publiée par le proxy inverse : dns.md
checklist-edge-san = Les autres noms de l'objet (SAN) du certificat Edge externe incluent
checklist-edge-san-source = chaque domaine SIP sauf *.onmicrosoft.com, avant tout déplacement : cloud-consolidation-edge-certificates.md, qui l'indique pour chaque domaine SIP du locataire
checklist-webconf-internal = Les clients internes résolvent le FQDN externe du service Edge de conférence web (p. ex. webcon.contoso.com) vers son adresse IP externe, via la zone interne en DNS fractionné, afin que les utilisateurs en ligne puissent présenter dans les réunions locales (plan-hybrid-connectivity.md).
checklist-dns-later = Uniquement après le déplacement en ligne du dernier utilisateur, faites-les pointer vers Microsoft 365 :
checklist-verification = Vérification
checklist-verification-intro = Ce que les scripts de vérification ont constaté après le changement. Chaque FAIL indique quoi faire ; pour les étapes dont tous les contrôles ont réussi, les éléments à vérifier sont marqués « vérifié par le rapport ».
checklist-verified-by-report = vérifié par le rapport
checklist-preflight-says = Vérification préalable :
checklist-findings = Constats de la vérification préalable
checklist-findings-intro = Ce que les scripts de vérification préalable ont constaté dans le déploiement, les échecs en premier. Corrigez chaque FAIL avant la fenêtre de maintenance.
checklist-todo = à faire
checklist-changes = Ce qui va changer
checklist-changes-intro = Chaque valeur définie par les scripts de changement, telle que la vérification préalable l'a trouvée et telle qu'elle sera :
checklist-known-errors = Erreurs connues
checklist-after = Après le pilote
checklist-domain-verified = Le domaine SIP { $domain } est vérifié dans le locataire et présent dans la topologie locale.
checklist-stage-line = { $number }. { $title } — s'exécute dans { $shell }
checklist-public-ip-of = l'adresse IP publique de { $host }
checklist-rollback-script = Ou exécutez { $script } avec le fichier de sauvegarde écrit par le script : il restaure tout ce que cette sauvegarde contient et refuse de s'exécuter tant qu'un utilisateur est hébergé en ligne.
checklist-cname-or-a = CNAME ou A
checklist-source-dedicated-app = L'application hybride dédiée à l'intégration Exchange Online : TIERS, un résumé du billet de Microsoft « Released: August 2025 Skype for Business Server hotfix updates » (blog maxime365, 18/08/2025). Aucune des pages Microsoft consultées ne le confirme ; les articles KB de chaque version font foi.
checklist-source-teams-module = Versions de MicrosoftTeams postérieures à 7.1 et Move-CsUser : des notes du personnel Microsoft dans les demandes de tirage office-docs-powershell 13225 et 13244 (novembre 2025) indiquent que les versions supérieures à 7.1 font échouer Move-CsUser ; la demande de tirage 13690 (juillet 2026) indique que les versions postérieures à 7.2 exigent le build 7.0.2046.849 (KB5090660). Ces notes ne sont pas encore intégrées à Move-CsUser.md.
checklist-source-lifecycle = Fin du support étendu de Skype Entreprise Server 2015 et 2019 (14 octobre 2025) : annonce de cycle de vie de Microsoft, telle que rapportée par la presse en juillet 2025.
checklist-sources-intro = Lorsqu'une règle ci-dessus repose sur autre chose qu'une page Microsoft publiée :
checklist-sources = Sources

## change_record

change_record-risk-default-route = L'étape 1 bascule le serveur Edge vers le routage DNS SRV : la fédération via une route par défaut (centre d'échange, ou clearing house) s'arrête.
change_record-risk-items-1 = Une valeur de cloud erronée provoque un échec tardif, lors de Move-CsUser ; les valeurs souveraines non documentées ont été confirmées par l'administrateur avant que les scripts ne soient proposés.
change_record-risk-items-2 = Les utilisateurs déplacés sont en mode TeamsOnly ; leurs réunions sont converties environ 90 minutes après le déplacement.
change_record-risk-items-3 = Les versions du module MicrosoftTeams supérieures à 7.1 font échouer Move-CsUser avec un build serveur antérieur à 7.0.2046.849 (KB5090660 ; voir Sources) ; le script de déplacement vérifie d'abord cette combinaison.
change_record-sign-off-rows-1 = Préparé par
change_record-sign-off-rows-2 = Revu par
change_record-sign-off-rows-3 = Approuvé par (comité des changements)
change_record-title = Skype Entreprise hybride — fiche de changement
change_record-date = Date
change_record-link = Paramètres (lien Hybrid Builder)
change_record-intro = Préparée avec Hybrid Builder pour le comité des changements : ce qui va changer, les scripts exacts, les risques et le retour arrière.
change_record-settings = Paramètres
change_record-provenance = Origine des valeurs du cloud :
change_record-typed-by-admin = saisie par l'administrateur (pas la valeur par défaut du cloud)
change_record-plan = Plan
change_record-no-preflight = Aucun rapport de vérification préalable n'a été chargé : les valeurs telles que trouvées dans le déploiement ne figurent pas dans cette fiche.
change_record-changes-from-preflight = Ce qui va changer, d'après les rapports de vérification préalable (valeur trouvée → valeur future) :
change_record-not-there = (pas encore présent)
change_record-column-action = Action
change_record-column-setting = Paramètre
change_record-column-found = Trouvé
change_record-column-after = Ensuite
change_record-open-findings = Constats de vérification préalable encore ouverts
change_record-scripts = Scripts
change_record-hash-how = Ce qui s'exécute doit être ce qui a été approuvé : comparez chaque fichier avec Get-FileHash -Algorithm SHA256 <fichier> avant de l'exécuter.
change_record-file = Fichier
change_record-risks = Risques
change_record-verification = Vérification
change_record-sign-off = Validation
change_record-rollback-how = Annulez le changement dans l'ordre inverse : d'abord { $online }, puis { $on_premises }, chacun avec -BackupFile pointant vers la sauvegarde écrite par son script de changement. Tous deux prennent en charge -WhatIf et refusent de s'exécuter tant que des utilisateurs sont hébergés en ligne, sauf indication contraire. Le script local a aussi enregistré tout le magasin central de gestion dans hybrid-cs-configuration-<date>.zip, à côté de sa sauvegarde (Export-CsConfiguration ; Import-CsConfiguration le restaure).
change_record-shell-on-premises = Shell de gestion de Skype Entreprise Server
change_record-shell-online = PowerShell avec le module MicrosoftTeams
change_record-accepted-by-admin = Accepté par l'administrateur le { $date } : l'administrateur a lu ces FAIL et a tout de même demandé les scripts de changement.
change_record-acceptance = Échecs (FAIL) de vérification préalable acceptés
change_record-rollback-when = Quand chaque étape peut être annulée :
change_record-rollback = Retour arrière

## plan

plan-edge-title = Étape 1 — Fédération sur le serveur Edge
plan-edge-why = Les utilisateurs en ligne et locaux d'un même domaine SIP communiquent entre eux via la fédération : le serveur Edge doit donc autoriser les utilisateurs fédérés et router à l'aide des enregistrements DNS SRV (les fournisseurs d'hébergement ne fonctionnent pas avec une route par défaut).
plan-edge-rollback = Retour arrière : le script enregistre la configuration Edge actuelle avec Export-Clixml avant de la modifier ; rétablissez les valeurs enregistrées avec Set-CsAccessEdgeConfiguration.
plan-leaving-default-route = Abandon de la route par défaut : à partir de cette étape, le serveur Edge utilise le routage DNS SRV, dont les fournisseurs d'hébergement ont besoin (New-CsHostingProvider.md). La fédération qui passait par la route par défaut (un centre d'échange, ou clearing house) s'arrête ici : avant la fenêtre de maintenance, dressez la liste des partenaires joints par ce biais, convenez de la date avec eux et avec le centre d'échange, et déterminez avec chacun comment il sera joint une fois la route par défaut supprimée.
plan-provider-title = Étape 2 — Fournisseur d'hébergement avec espace d'adressage SIP partagé
plan-provider-why = Le fournisseur d'hébergement indique au serveur Edge que des utilisateurs de vos domaines SIP peuvent aussi résider dans Microsoft 365, et où les trouver.
plan-no-public-provider = Rien : un fournisseur public ayant la même identité provoque l'erreur « duplicate key sequence ».
plan-provider-fixed-values = Valeurs fixes : Enabled $true (le fournisseur est utilisé), EnabledSharedAddressSpace $true (les utilisateurs d'un même domaine SIP sont répartis entre l'environnement local et en ligne), HostsOCSUsers $true (le fournisseur héberge des utilisateurs Skype Entreprise), IsLocal $false (le fournisseur n'est pas votre propre déploiement).
plan-connect-title = Se connecter au locataire
plan-connect-why = L'étape 3 s'exécute sur Microsoft 365, dans une session PowerShell connectée au locataire. N'importez jamais une session en ligne dans le shell de gestion de Skype Entreprise Server.
plan-rollback-only-when-none-online = uniquement lorsqu'aucun utilisateur n'est hébergé en ligne. SharedSipAddressSpace doit rester True tant qu'il reste des utilisateurs en local (configure-federation-with-skype-for-business-online.md), et sans le fournisseur d'hébergement, les utilisateurs locaux et les utilisateurs en ligne de vos domaines SIP ne peuvent plus échanger de messages (Set-CsHostingProvider.md, Remove-CsHostingProvider.md). Redéplacez d'abord les utilisateurs en local
plan-move-back-loses = redéplacer un utilisateur en local ne restaure pas ses réunions Teams (move-users-from-the-cloud-to-on-premises.md : replanifiez-les) ni, depuis le 10 novembre 2023, ses contacts (Move-CsUser.md)
plan-tenant-title = Étape 3 — Espace d'adressage SIP partagé dans le locataire
plan-tenant-why = Le locataire doit savoir que certains utilisateurs de ses domaines SIP sont hébergés en local ; sans cela, Move-CsUser échoue avec l'erreur HostedMigration fault 510.
plan-tenant-keep-true = Conservez SharedSipAddressSpace $true tant qu'il reste des utilisateurs en local ; ne le définissez sur $false que lors de la désactivation de l'hybride.
plan-oauth-onprem-title = Facultatif — Authentification de serveur à serveur (en local)
plan-oauth-why = Permet à Skype Entreprise Server et aux services Microsoft 365 tels qu'Exchange Online d'accepter mutuellement leurs jetons.
plan-oauth-cert-expected = Un certificat (2048 bits ou plus, identique sur chaque serveur frontal).
plan-oauth-metadata-reachable = New-CsOAuthServer échoue si l'URL de métadonnées n'est pas accessible depuis le serveur au moment de son exécution.
plan-oauth-online-title = Facultatif — Authentification de serveur à serveur (principaux de service en ligne)
plan-oauth-online-why = Microsoft 365 doit connaître le certificat OAuthTokenIssuer local pour accepter ses jetons : il est ajouté aux principaux de service Skype Entreprise Online (00000004-…) et Exchange Online (00000002-…), le principal de service d'Exchange Online est activé, et le FQDN des services web externes de chaque pool devient un nom de principal du service de Skype Entreprise Online (configure-a-hybrid-environment.md).
plan-oauth-dedicated-app = L'intégration Exchange Online (archivage, présence du calendrier, photos) passe à une application hybride dédiée dans le locataire (voir Sources) : Subscription Edition KB5065372 (7.0.2046.820, ConfigureSkypeforBusinessHybridApplication.ps1 sur le serveur frontal), 2019 KB4470124 (7.0.2046.553), 2015 KB3061064 (6.0.9319.881, puis add_sfbassets.ps1). Suivez l'article KB de votre version. Le script en ligne inscrit le certificat uniquement sur le principal de service Skype Entreprise Online, jamais sur le principal Exchange Online (00000002), dont le script CSS-Exchange de Microsoft ConfigureExchangeHybridApplication.ps1 supprime les clés.
plan-readiness-title = Avant les déplacements — Préparation au déplacement dans le locataire
plan-readiness-why = Les déplacements échouent tardivement, lors de Move-CsUser, lorsque le locataire ne partage pas l'espace d'adressage SIP ou qu'un utilisateur pilote n'est pas synchronisé ou n'a pas de licence. Le script en ligne vérifie chaque utilisateur pilote et écrit hybrid-move-readiness.json ; le script local ne déplace personne sans un fichier récent.
plan-readiness-expected = HostingProvider SRV: (synchronisé, hébergé en local : skype-for-business-online-retirement.md) et les plans MCOProfessional et Teams dans AssignedPlan (les noms de plans sont DÉDUITS à partir des noms de licences).
plan-readiness-note = Licences avant un déplacement : Teams et Skype Entreprise Online (Plan 2) ; Audioconférence pour les utilisateurs activés pour la conférence rendez-vous en local ; Teams Phone pour les utilisateurs activés pour Voix Entreprise (move-users-between-on-premises-and-cloud.md).
plan-teams-only-default = Le mode de coexistence à l'échelle du locataire ne doit pas être TeamsOnly tant qu'un déploiement local existe ; déplacez plutôt les utilisateurs un par un (Grant-CsTeamsUpgradePolicy.md).
plan-pilot-title = Pilote — Déplacer les premiers utilisateurs
plan-pilot-why = Déplacez d'abord quelques utilisateurs et vérifiez qu'ils peuvent se connecter, converser et appeler dans les deux sens avant de déplacer les autres.
plan-pilot-order = S'exécute uniquement avec -MovePilotUsers -ReadinessFile <hybrid-move-readiness.json écrit par le script en ligne, datant de moins de 24 heures>. Chaque déplacement cible le ProxyFqdn du fournisseur d'hébergement tel que configuré en local ; les utilisateurs que le fichier de préparation n'indique pas comme prêts sont ignorés avec un avertissement.
plan-module-pairs = Avant tout déplacement, le script s'arrête sur une combinaison connue comme défectueuse : MicrosoftTeams antérieur à 6.2.1 (Move-CsUser.md) ; un serveur antérieur à 2019 CU6 7.0.2046.385, 2015 CU12 6.0.9319.619 ou Lync 2013 CU10 HF7 5.0.8308.1182 ; MicrosoftTeams 7.2 ou ultérieur sur un build antérieur à 7.0.2046.849 (KB5090660 ; voir Sources). Il utilise également TLS 1.2, requis pour les déplacements (Move-CsUser.md).
plan-pilot-no-pool = Saisissez le pool d'inscriptions dans le formulaire pour obtenir les commandes qui redéplacent un utilisateur pilote en local.
plan-pilot-expected = HostingProvider indique le FQDN Microsoft 365 après le déplacement (déduit : la référence ne documente pas la valeur exacte).
plan-pilot-note = Les réunions sont converties environ 90 minutes après le déplacement ; les contacts arrivent lorsque l'utilisateur se connecte à Teams dans les 30 jours (Move-CsUser.md).
plan-existing-replace = Un fournisseur existant pour le même ProxyFqdn est supprimé puis recréé, comme dans la procédure de Microsoft. Le script ne fait ni l'un ni l'autre lorsque le fournisseur a déjà toutes les valeurs.
plan-existing-update = Un fournisseur existant pour le même ProxyFqdn est conservé et corrigé avec Set-CsHostingProvider (son ProxyFqdn et son identité ne peuvent pas changer).
plan-existing-stop = Si un fournisseur existe déjà pour le même ProxyFqdn, le script s'arrête sans rien modifier et l'affiche.
plan-connection-teams = Nécessite ici le module MicrosoftTeams 4.x ou ultérieur. Là où Move-CsUser s'exécute, Move-CsUser.md exige la version 6.2.1 ou ultérieure, et les versions postérieures à 7.1 font échouer Move-CsUser sauf si le serveur exécute le build 7.0.2046.849 (KB5090660) ou ultérieur (voir Sources) : utilisez les versions 6.2.1 à 7.1 avec tout build pris en charge, et les versions ultérieures uniquement sur Skype Entreprise Server 2019 ou Subscription Edition en build 7.0.2046.849 ou ultérieur. Sans compte administrateur, la connexion affiche une invite, ce qui fonctionne avec l'authentification MFA.
plan-tenant-federation-expected = { $mode ->
    [open] SharedSipAddressSpace True, AllowFederatedUsers True, AllowedDomains AllowAllKnownDomains (fédération ouverte), BlockedDomains identique à la liste locale des domaines bloqués
   *[allow-list] SharedSipAddressSpace True, AllowFederatedUsers True, AllowedDomains : une liste d'autorisation identique à la liste locale des domaines autorisés, BlockedDomains identique à la liste locale des domaines bloqués
}
plan-principal-graph = Le script en ligne lit chaque principal de service en sélectionnant keyCredentials (seule cette lecture renvoie les clés), conserve telle quelle chaque clé existante, recherche ce certificat par son empreinte numérique et ne l'ajoute que là où il manque (ressource keyCredential de Microsoft Graph).
plan-key-expected-plain = Une clé avec Type AsymmetricX509Cert et Usage Verify, dont le customKeyIdentifier est l'empreinte numérique du certificat OAuthTokenIssuer local.
plan-key-expected-exchange = AccountEnabled True, et aucune clé ajoutée par Hybrid Builder : le certificat n'est pas inscrit sur le principal de service Exchange Online (le script CSS-Exchange de Microsoft ConfigureExchangeHybridApplication.ps1 supprime ces clés).
plan-key-expected-spns = Une clé avec Type AsymmetricX509Cert et Usage Verify, dont le customKeyIdentifier est l'empreinte numérique du certificat OAuthTokenIssuer local ; ServicePrincipalNames inclut { $spns }.

## report

report-too-large = Ce fichier est plus volumineux que n'importe quel rapport Hybrid Builder ; il n'a pas été lu.
report-not-ours = Ce n'est pas un rapport Hybrid Builder (pas de "schema": "hybrid-builder-report"). Chargez le fichier hybrid-preflight-*.json ou hybrid-verification-*.json écrit par le script généré.
report-from-the-future = Ce rapport est daté de plus d'un jour dans le futur : vérifiez l'horloge du serveur qui l'a écrit, puis réexécutez le script.
report-unknown-check = Contrôle
report-routing-dns-srv = Routage DNS SRV
report-routing-default = Route par défaut
report-action-remove = SUPPRIMER
report-action-create = CRÉER
report-action-set = DÉFINIR
report-action-keep = aucun changement
report-action-stop = ARRÊT
report-hosting-provider = Fournisseur d'hébergement
report-unreadable = Ce fichier n'est pas un rapport lisible ({ $shown }). Chargez le fichier écrit par le script, sans le modifier.
report-newer-schema = Ce rapport a été écrit pour une version plus récente de Hybrid Builder (schéma de rapport { $version }, cette version lit jusqu'au schéma { $supported }). Utilisez l'outil qui a généré le script.
report-old = Ce rapport date de { $days } jours ; le déploiement a pu changer depuis. Réexécutez le script et chargez le nouveau rapport (les rapports sont acceptés pendant 7 jours).
report-other-domains = Ce rapport a été créé pour les domaines SIP { $report }, mais ces paramètres concernent { $settings }. Chargez le rapport de ce déploiement, ou générez à nouveau le script à partir de ces paramètres.
report-stale = Obsolète : ce rapport a été produit pour les domaines SIP { $report }, mais les paramètres indiquent maintenant { $settings }. Exécutez de nouveau la vérification préalable avec ces paramètres ; d'ici là, ses constats et les modifications prévues peuvent ne pas les décrire.
report-is-preflight = Il s'agit d'un rapport de vérification préalable ; chargez-le dans la section de vérification préalable.
report-is-verification = Il s'agit d'un rapport de vérification ; chargez-le dans la section de vérification.
report-duplicate-key = Ce rapport indique « { $key } » plusieurs fois ; il pourrait donc être lu de deux façons et n'a pas été lu. Chargez le fichier écrit par le script, sans le modifier.
report-too-deep = Ce fichier imbrique des listes ou des objets plus profondément que n'importe quel rapport Hybrid Builder ; il n'a pas été lu.
report-bad-date = La date de ce rapport (created_unix { $value }) n'est pas une date qu'écrit un script de cet outil ; il n'a pas été lu. Chargez le fichier écrit par le script, sans le modifier.
report-no-domains = Ce rapport n'indique pas les domaines SIP pour lesquels il a été créé : rien ne montre qu'il décrit ce déploiement ({ $settings }). Il n'a pas été lu. Exécutez le script généré à partir de ces paramètres et chargez son rapport.
report-no-checks = Ce rapport ne contient aucune vérification : le script s'est arrêté avant d'en exécuter une, ou le fichier a été tronqué. Exécutez à nouveau le script et chargez son rapport complet.
report-already-read = Ce rapport a déjà été lu ; il ne compte qu'une fois.
report-replaces-earlier = Ce rapport remplace celui lu précédemment pour la même partie (en local ou en ligne).
report-check-server-build = Build du serveur
report-check-server-product = Produit et support
report-check-hybrid-application-build = Build pour l'application hybride dédiée
report-check-server-roles = Pools et leurs rôles
report-check-teams-module = Module MicrosoftTeams
report-check-tls12 = TLS 1.2 pour .NET
report-check-cms-replication = Réplication du magasin central de gestion
report-check-sip-domains = Domaines SIP dans la topologie
report-check-edge-pools = Pools Edge
report-check-web-services = Services web externes des pools
report-check-registrar-pools = Pools d'inscriptions
report-check-access-edge = Configuration du service Edge d'accès
report-check-hosting-providers = Fournisseurs d'hébergement et fournisseurs publics
report-check-federation-lists = Domaines autorisés et bloqués
report-check-oauth-certificate = Certificat OAuthTokenIssuer
report-check-oauth-objects = Serveur OAuth et application partenaire
report-check-dns = DNS depuis ce serveur
report-check-tenant = Locataire
report-check-tenant-domains = Domaines SIP dans le locataire
report-check-exchange-principal-keys = Clés sur le principal de service Exchange Online
report-check-federation-lists-match = Domaines autorisés et bloqués des deux côtés
report-check-tenant-federation = Fédération du locataire
report-check-coexistence = Mode de coexistence à l'échelle du locataire
report-check-pilot-user = Utilisateur pilote
report-check-verify-access-edge = Service Edge d'accès tel que configuré
report-check-verify-hosting-provider = Un seul fournisseur d'hébergement, avec toutes les valeurs
report-check-verify-oauth = Serveur OAuth, application partenaire et nom de service
report-check-verify-federated-partner = Test-CsFederatedPartner vers le cloud
report-check-verify-pilot-homed = Utilisateur pilote déplacé (en local)
report-check-verify-tenant = Espace d'adressage SIP partagé et fédération du locataire
report-check-verify-service-principals = Principaux de service : clé, activation, SPN
report-check-verify-pilot-online = Utilisateur pilote déplacé (en ligne)
report-todo-could-not-read = Vérifiez que ce shell dispose des droits et des modules dont la vérification a besoin, puis exécutez de nouveau le script.
report-todo-server-build-unread = Lisez le build avec Get-CsServerPatchVersion et comparez-le aux builds minimaux de la liste de contrôle.
report-todo-server-build-below-minimum = Installez au moins Skype Entreprise Server 2019 CU6 (7.0.2046.385) ou 2015 CU12 (6.0.9319.619) avant la fenêtre de maintenance.
report-todo-server-build-2015 = Les déplacements ne fonctionnent qu'avec MicrosoftTeams 7.1 ou antérieur : aucun correctif n'est indiqué pour 2015 (demande de tirage office-docs-powershell 13690).
report-todo-server-product-out-of-support = Le support étendu de Skype Entreprise Server 2015 et 2019 a pris fin le 14 octobre 2025 (selon la presse, qui a rapporté l'annonce de cycle de vie de Microsoft en juillet 2025) ; celui de Lync Server 2013 a pris fin plus tôt. Prévoyez Subscription Edition ou le déplacement de tous les utilisateurs vers Teams.
report-todo-server-product-unread = Le nom du produit n'a pas pu être lu ici : vérifiez-le dans Programmes et fonctionnalités.
report-todo-hybrid-application-build-unread = Lisez le build avec Get-CsServerPatchVersion et comparez-le au correctif d'août 2025 de votre version.
report-todo-hybrid-application-build-below = L'intégration d'Exchange Online nécessite le correctif d'août 2025 de votre version (Subscription Edition KB5065372, 2019 KB4470124, 2015 KB3061064) et son application hybride dédiée : suivez cet article KB.
report-todo-teams-module-missing = Installez MicrosoftTeams 7.1.0 (Install-Module MicrosoftTeams -RequiredVersion 7.1.0), ou une version ultérieure uniquement avec le build 7.0.2046.849 ou ultérieur.
report-todo-teams-module-too-old = Move-CsUser nécessite la version 6.2.1 ou ultérieure : installez 7.1.0.
report-todo-teams-module-too-new = Les versions postérieures à 7.1 font échouer Move-CsUser avant le build 7.0.2046.849 (KB5090660) : mettez à jour le serveur ou installez 7.1.0.
report-todo-tls12 = Move-CsUser nécessite TLS 1.2 : activez-le pour .NET sur ce serveur avant les déplacements (le script de changement le demande aussi dans sa propre session).
report-todo-cms-replication = Attendez la réplication ou corrigez-la avant la fenêtre de maintenance ; les modifications n'atteignent le serveur Edge que par la réplication.
report-todo-sip-domains-missing = Ajoutez le domaine SIP à la topologie, ou retirez-le des paramètres dans Hybrid Builder.
report-todo-sip-domains-extra = Indiquez chaque domaine SIP dans Hybrid Builder : le DNS, les certificats et le locataire en ont tous besoin.
report-todo-edge-pools-none = Le mode hybride nécessite un serveur Edge déployé avec la fédération.
report-todo-edge-pools-several = Un seul pool Edge peut être le serveur Edge de fédération : vérifiez l'itinéraire de fédération dans la topologie.
report-todo-web-services = Reprenez dans Hybrid Builder les FQDN des services web externes des pools trouvés ici.
report-todo-access-edge-default-route = Le script de changement passe au routage DNS SRV ; la fédération par la route par défaut (centre d'échange) s'arrête. Planifiez-le avec vos partenaires fédérés.
report-todo-access-edge-federated-off = Le script de changement autorise les utilisateurs fédérés (étape 1).
report-todo-hosting-providers-public = Choisissez une autre identité dans Hybrid Builder, ou supprimez le fournisseur public.
report-todo-hosting-providers-same-name = Choisissez une autre identité dans Hybrid Builder, ou supprimez ce fournisseur.
report-todo-hosting-providers-same-proxy = Le script de changement traite ce fournisseur selon le choix fait sous « Si un fournisseur existe déjà pour ce ProxyFqdn » ; voir « Ce qui va changer ».
report-todo-federation-lists = Comparez avec les listes du locataire dans le rapport en ligne.
report-todo-oauth-certificate-missing = Attribuez-en un (Set-CsCertificate -Identity global -Type OAuthTokenIssuer) avant l'authentification de serveur à serveur.
report-todo-oauth-certificate-expired = Renouvelez le certificat OAuthTokenIssuer avant la fenêtre de maintenance.
report-todo-oauth-certificate-expiring = Planifiez prochainement le renouvellement (Set-CsCertificate -Roll).
report-todo-oauth-certificate-key-size = Utilisez un certificat avec une clé de 2048 bits ou plus.
report-todo-dns = Faites pointer chaque enregistrement de chaque domaine SIP vers l'environnement local tant que le mode hybride est actif (voir DNS dans la liste de contrôle) ; exécutez de nouveau le script avec -PublicDnsServer pour la vue depuis Internet.
report-todo-tenant-domains-missing = Ajoutez et vérifiez le domaine dans le locataire avant la fenêtre de maintenance.
report-todo-tenant-domains-disabled = Les utilisateurs d'un domaine SIP désactivé ne sont pas approvisionnés (Get-CsOnlineSipDomain.md) : activez le domaine avant la fenêtre de maintenance.
report-todo-tenant-federation = Activez l'accès externe (Set-CsTenantFederationConfiguration -AllowFederatedUsers $true) avant la fenêtre de maintenance.
report-todo-exchange-principal-keys = Le script CSS-Exchange de Microsoft ConfigureExchangeHybridApplication.ps1 supprime ces clés : -ResetFirstPartyServicePrincipalKeyCredentials (toutes les clés), avec -CertificateInformation <empreinte> (cette clé et toutes les clés expirées). Exécutez-le dès qu'Exchange hybride utilise son application dédiée.
report-todo-coexistence-teams-only = Rétablissez le mode à l'échelle du locataire (le support Microsoft peut être nécessaire) avant de déplacer des utilisateurs depuis l'environnement local.
report-todo-coexistence-unread = Vérifiez dans le centre d'administration Teams que le mode de coexistence à l'échelle de l'organisation n'est pas Teams uniquement.
report-todo-pilot-user-not-synced = Attendez la synchronisation d'annuaire, ou vérifiez que l'utilisateur est hébergé en local.
report-todo-pilot-user-licences = Attribuez Teams et Skype Entreprise Online (Plan 2), ainsi qu'Audioconférence ou Teams Phone si l'utilisateur s'en sert en local.
report-todo-verify-access-edge = Exécutez de nouveau le script de changement local et lisez sa sortie.
report-todo-verify-hosting-provider = Exécutez de nouveau le script de changement local ; comparez Get-CsHostingProvider avec la liste de contrôle.
report-todo-verify-oauth = Exécutez de nouveau le script de changement local avec l'authentification de serveur à serveur.
report-todo-verify-federated-partner-no-domain = Exécutez de nouveau le script avec -PartnerDomain <un domaine partenaire fédéré de la liste autorisée>.
report-todo-verify-federated-partner-several-edges = Exécutez de nouveau le script avec -EdgePoolFqdn <le pool Edge qui porte l'itinéraire de fédération>.
report-todo-verify-federated-partner-failed = Vérifiez le DNS, le certificat Edge et le pare-feu du serveur Edge de fédération (voir DNS dans la liste de contrôle).
report-todo-verify-pilot-homed = L'utilisateur est toujours en local : exécutez les déplacements (-MovePilotUsers -ReadinessFile) et lisez leur sortie.
report-todo-verify-tenant = Exécutez de nouveau le script de changement en ligne et lisez sa sortie.
report-todo-verify-service-principals = Exécutez de nouveau le script de changement en ligne avec l'authentification de serveur à serveur.
report-todo-verify-pilot-online = Le déplacement n'a pas encore atteint le locataire : attendez la réplication et exécutez de nouveau la vérification.

## share

share-unknown-field = paramètre inconnu de cet outil.
share-sender-confirmed = confirmée par la personne qui a envoyé ces paramètres ; confirmez-la vous-même avant que les scripts ne l'utilisent.
share-not-an-object = les paramètres ne sont pas un objet JSON.
share-bad-version = schema_version n'est pas un nombre.
share-storage-corrupt = les paramètres enregistrés dans ce navigateur n'ont pas pu être lus ; reprise à partir des valeurs par défaut.
share-bad-link-version = le lien n'a pas de version valide (v=2) ; ce qui pouvait être lu a été lu.
share-link-cut-short = ce lien a été tronqué (sa fin, avec la somme de contrôle, manque) : certains paramètres peuvent manquer ou être incomplets. Demandez le lien complet, ou vérifiez chaque paramètre ci-dessous.
share-link-changed = ce lien ne correspond pas à sa somme de contrôle : il a été tronqué ou modifié en chemin. Demandez le lien complet, ou vérifiez chaque paramètre ci-dessous.
share-not-a-boolean = true ou false attendu.
share-not-text = texte attendu.
share-not-a-list = liste de textes attendue.
share-expected-one-of = l'une des valeurs suivantes était attendue : { $names }.
share-invalid-json = le fichier n'est pas un JSON valide ({ $detail }).
share-newer-schema = écrit par une version plus récente de Hybrid Builder (schema_version { $version }, cette version lit jusqu'à { $supported }) ; utilisez une version plus récente de l'outil.
share-newer-link-format = le lien provient d'une version plus récente de Hybrid Builder (v={ $version }) ; seuls les paramètres connus de cette version ont été restaurés.
share-cannot-lock = impossible de verrouiller { $path } : ce n'est pas un paramètre connu de cet outil.
share-unknown-language = { $tag } n'est pas une langue prise en charge par cet outil ; la page utilise la langue de votre navigateur.
share-duplicate-key = « { $key } » est indiqué plusieurs fois ; la valeur voulue n'est donc pas claire et rien n'a été lu. N'en gardez qu'un.
share-too-deep = le fichier imbrique des listes ou des objets plus profondément que n'importe quel fichier de paramètres ; il n'a pas été lu.
share-repeated-in-link = figure plusieurs fois dans le lien ; seule sa première valeur a été utilisée.
share-default-kept = { $problem } La valeur par défaut est conservée.
share-ignored = { $problem } L'entrée est ignorée.
share-defaults-used = { $problem } Les valeurs par défaut sont utilisées.

## stages

stages-preflight = Vérification préalable (lecture seule)
stages-dry-run = En local, simulation
stages-on-premises = En local
stages-online = En ligne
stages-wait = Attendre la réplication
stages-moves = Déplacements pilotes
stages-verify = Vérification (lecture seule)
stages-if-needed = Uniquement s'il faut annuler
stages-management-shell = Shell de gestion de Skype Entreprise Server sur un serveur frontal
stages-teams-shell = PowerShell avec le module MicrosoftTeams (pas le shell de gestion)
stages-both-shells = la partie locale dans le shell de gestion, la partie en ligne avec le module MicrosoftTeams
stages-preflight-look = Aucun FAIL. Chargez les deux rapports hybrid-preflight-*.json dans Hybrid Builder et lisez « Ce qui va changer ».
stages-dry-run-look = Des lignes What if: uniquement pour les changements listés dans « Ce qui va changer » ; aucune erreur.
stages-on-premises-look = Les chemins de la sauvegarde, de la transcription et de hybrid-cs-configuration-*.zip (conservez-les\u202f: le fichier .zip est tout le magasin central de gestion tel qu'Export-CsConfiguration l'a enregistré, pour Import-CsConfiguration), chaque étape faite ou déjà en place, aucune erreur.
stages-online-look = SharedSipAddressSpace est True ; le mode de fédération correspond au côté local.
stages-online-look-pilots = SharedSipAddressSpace est True ; READY pour chaque utilisateur pilote, et le chemin de hybrid-move-readiness.json.
stages-wait-look = Aucun serveur listé (chaque réplica est à jour) ; les utilisateurs pilotes synchronisés vers le locataire. Le serveur Edge n'applique le changement qu'après la réplication.
stages-moves-look = La ligne du module et du build, puis chaque utilisateur pilote déplacé ; un utilisateur NOT READY est ignoré avec un avertissement.
stages-verify-look = PASS sur chaque ligne. Chargez les deux rapports hybrid-verification-*.json : la liste de contrôle marque ce qu'ils prouvent.
stages-if-needed-look = D'abord une simulation pour chacun, la partie en ligne en premier : le changement est annulé dans l'ordre inverse. Chaque script refuse de s'exécuter tant que des utilisateurs sont hébergés en ligne.
stages-backup-file-placeholder = <le fichier hybrid-on-premises-backup-*.xml écrit pendant cette fenêtre de maintenance>
stages-online-backup-file-placeholder = <le fichier hybrid-online-backup-*.xml écrit pendant cette fenêtre de maintenance>

## validation

validation-legacy-connector-retired = Refusé : le module Connecteur Skype Entreprise Online est retiré (New-CsOnlineSession a été supprimé dans MicrosoftTeams 2.0.0) ; aucun script ne s'y connecte. Choisissez le module MicrosoftTeams (Connect-MicrosoftTeams) ; tous les autres paramètres sont conservés.
validation-msonline-retired = Refusé : le module MSOnline est retiré (il a fonctionné jusqu'au 30 mars 2025 : FAQ de migration d'Azure AD PowerShell) ; aucun script ne l'utilise. Choisissez Microsoft Graph PowerShell ; tous les autres paramètres sont conservés.
validation-federated-users-required = L'hybride nécessite que les utilisateurs fédérés soient autorisés sur le serveur Edge : les utilisateurs en ligne et locaux d'un même domaine SIP communiquent via la fédération. Cochez « Autoriser les utilisateurs fédérés ».
validation-outside-users-off = Les utilisateurs distants ne pourront pas se connecter via le serveur Edge. L'hybride n'en a pas besoin, mais la procédure de Microsoft active cette option.
validation-default-route-unsupported = Votre serveur Edge achemine aujourd'hui la fédération par une route par défaut. Les fournisseurs d'hébergement ne peuvent pas être utilisés avec une route par défaut (New-CsHostingProvider.md) : l'étape 1 bascule donc le serveur Edge vers le routage DNS SRV (-UseDnsSrvRouting), et la fédération via la route par défaut (un centre d'échange, ou clearing house) s'arrête dès son exécution. Convenez du changement avec les partenaires que vous joignez par ce biais ; la liste de contrôle indique la marche à suivre.
validation-verification-level-not-source = La procédure hybride de Microsoft crée le fournisseur d'hébergement avec -VerificationLevel UseSourceVerification (configure-federation-with-skype-for-business-online.md) ; une autre valeur change la confiance accordée aux messages venant de Microsoft 365. Conservez UseSourceVerification sauf raison précise.
validation-partner-discovery-off = La procédure de Microsoft active la découverte de partenaires avec le routage DNS SRV. Ne la désactivez que si le locataire utilise une liste de domaines autorisés (fédération fermée).
validation-shared-sip-required = SharedSipAddressSpace doit rester $true tant qu'un utilisateur est hébergé en local ; le désactiver fait partie de la désactivation de l'hybride, pas de sa configuration. Cochez « Espace d'adressage SIP partagé ».
validation-discovery-on-tenant-closed = La découverte de partenaires est activée en local, mais le locataire utilise une liste de domaines autorisés : les deux côtés doivent correspondre. Choisissez la fédération ouverte pour le locataire ou désactivez la découverte de partenaires.
validation-discovery-off-tenant-open = La découverte de partenaires est désactivée en local, mais le locataire utilise la fédération ouverte : les deux côtés doivent correspondre. Activez la découverte de partenaires ou choisissez une liste de domaines autorisés pour le locataire.
validation-no-sip-domains = Ajoutez vos domaines SIP pour que la liste de contrôle puisse indiquer leurs enregistrements DNS et les noms de certificat.
validation-edge-outside-sip-domains = Le FQDN externe du serveur Edge n'appartient à aucun de vos domaines SIP. Vérifiez-le : le certificat Edge et les enregistrements DNS utilisent normalement un domaine SIP (p. ex. sip.contoso.com).
validation-web-services-fqdns-missing = L'authentification de serveur à serveur ajoute le FQDN des services web externes de chaque pool comme nom de principal du service de Skype Entreprise Online. Saisissez un FQDN par pool (Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn).
validation-reverse-proxy-missing = Saisissez le FQDN externe du proxy inverse : lyncdiscover ainsi que les URL de réunion et de conférence rendez-vous de chaque domaine SIP pointent vers lui tant que l'hybride est actif. D'ici là, la partie DNS de la liste de contrôle ne peut pas nommer leur cible.
validation-registrar-pool-missing = Saisissez le pool d'inscriptions : il est nécessaire comme -Target pour redéplacer un utilisateur pilote en local. D'ici là, la liste de contrôle n'indique aucune commande de retour en local.
validation-certificate-path-required = Saisissez le chemin du certificat OAuthTokenIssuer exporté (.cer) sur le poste de travail qui exécute le script en ligne, p. ex. C:\certs\oauth.cer.
validation-path-problem = { $flaw ->
    [whitespace] Le chemin du certificat ne doit pas commencer ni se terminer par des espaces.
    [control] Le chemin du certificat doit tenir sur une seule ligne, sans caractères de contrôle.
    [invisible] Le chemin du certificat contient un caractère de mise en forme invisible (par exemple un contrôle bidirectionnel ou une espace sans chasse) : saisissez-le de nouveau.
    [too-long] Le chemin du certificat dépasse 259 caractères (MAX_PATH de Windows).
   *[other] Le chemin du certificat n'est pas valide.
}
validation-fqdn-problem = { $flaw ->
    [empty] { $subject } est obligatoire.
    [whitespace] { $subject } ne doit pas contenir d'espaces.
    [control] { $subject } doit tenir sur une seule ligne, sans caractères de contrôle.
    [invisible] { $subject } contient un caractère de mise en forme invisible (par exemple un contrôle bidirectionnel ou une espace sans chasse) : saisissez-le de nouveau.
    [scheme] { $subject } doit être uniquement un nom d'hôte : supprimez le schéma (comme https://) et tout chemin.
    [non-ascii] { $subject } contient des caractères non ASCII : saisissez un nom internationalisé sous sa forme punycode (xn--…).
    [too-long] { $subject } dépasse 253 caractères.
    [label-too-long] { $subject } comporte une partie de plus de 63 caractères.
    [empty-label] { $subject } comporte une partie vide : vérifiez qu'il n'y a pas de point doublé, initial ou final.
    [bad-character] { $subject } ne peut contenir que des lettres, des chiffres, des traits d'union et des points.
    [hyphen] { $subject } comporte une partie qui commence ou se termine par un trait d'union.
    [single-label] { $subject } doit être un nom complet comportant au moins un point, p. ex. sip.contoso.com.
    [numeric] { $subject } est une adresse IP ; saisissez un nom DNS.
   *[other] { $subject } n'est pas un nom d'hôte valide.
}
validation-url-problem = { $flaw ->
    [empty] { $subject } est obligatoire.
    [whitespace] { $subject } ne doit pas contenir d'espaces.
    [control] { $subject } doit tenir sur une seule ligne, sans caractères de contrôle.
    [invisible] { $subject } contient un caractère de mise en forme invisible (par exemple un contrôle bidirectionnel ou une espace sans chasse) : saisissez-le de nouveau.
    [too-long] { $subject } dépasse 2048 caractères.
    [not-https] { $subject } doit commencer par https://.
    [non-ascii] { $subject } contient des caractères non ASCII : utilisez la forme punycode de l'hôte et encodez le chemin en pourcentage.
    [bad-host] { $subject } a un nom d'hôte non valide.
   *[other] { $subject } n'est pas une URL valide.
}
validation-upn-problem = { $flaw ->
    [empty] { $subject } est obligatoire.
    [whitespace] { $subject } ne doit pas commencer ni se terminer par des espaces.
    [control] { $subject } doit tenir sur une seule ligne, sans caractères de contrôle.
    [invisible] { $subject } contient un caractère de mise en forme invisible (par exemple un contrôle bidirectionnel ou une espace sans chasse) : saisissez-le de nouveau.
   *[other] { $subject } doit être un nom d'utilisateur principal (UPN) tel que admin@contoso.com : lettres, chiffres et ' . - _ ! # ^ ~ avant le @ (sans point juste avant), un domaine valide après.
}
validation-identity-problem = { $flaw ->
    [empty] L'identité est obligatoire, p. ex. SkypeforBusinessOnline.
    [too-long] L'identité dépasse 255 caractères.
    [whitespace] L'identité ne peut contenir que des lettres, des chiffres, des points, des traits d'union et des traits de soulignement.
    [control] L'identité ne peut contenir que des lettres, des chiffres, des points, des traits d'union et des traits de soulignement.
    [invisible] L'identité ne peut contenir que des lettres, des chiffres, des points, des traits d'union et des traits de soulignement.
    [bad-character] L'identité ne peut contenir que des lettres, des chiffres, des points, des traits d'union et des traits de soulignement.
   *[other] L'identité n'est pas valide.
}
validation-guid-problem = { $flaw ->
    [empty] L'ID de locataire est obligatoire pour l'authentification de serveur à serveur. Obtenez-le avec (Get-CsTenant).TenantId.
   *[other] L'ID de locataire doit être un GUID tel que 6babcaad-604b-40ac-a9d7-9fd97c0b779f.
}
validation-subject-admin-account = Le compte administrateur
validation-subject-proxy-fqdn = Le ProxyFqdn
validation-subject-autodiscover = L'AutodiscoverUrl
validation-subject-metadata-prefix = Le préfixe de l'URL de métadonnées
validation-subject-edge-fqdn = Le FQDN externe du serveur Edge
validation-subject-registrar = Le FQDN du pool d'inscriptions
validation-subject-reverse-proxy = Le FQDN du proxy inverse
validation-subject-sip-domain = Le domaine SIP « { $value } »
validation-subject-web-services = Le FQDN des services web « { $value } »
validation-subject-pilot = L'utilisateur pilote « { $value } »
validation-duplicate-entry = { $subject } figure plusieurs fois ; supprimez le doublon.
validation-too-many-pilots = { $count } utilisateurs pilotes, c'est plus que ce que les scripts peuvent contenir directement (au plus { $max }). Indiquez ici les utilisateurs à déplacer en premier, et déplacez un groupe plus important avec un fichier de déplacement en bloc (Move-CsUser -UserList).
validation-too-many-sip-domains = { $count } domaines SIP, c'est plus que ce que cet outil accepte (au plus { $max }) : le certificat Edge nomme chacun d'eux, et les certificats publics en contiennent rarement davantage. Vérifiez que la liste ne contient que des domaines SIP.
validation-too-many-web-services = { $count } FQDN de services web, c'est plus que ce que cet outil accepte (au plus { $max }). Saisissez une seule fois le FQDN des services web externes de chaque pool.
validation-onmicrosoft = Le domaine « { $domain } » est un domaine géré par Microsoft : ce n'est pas un domaine SIP de votre topologie, et il est exclu des certificats Edge.
validation-placeholder-name = Espace réservé issu d'un lien sans noms : saisissez ici votre vrai nom avant d'exécuter les scripts.
validation-pilot-outside = L'utilisateur pilote « { $user } » n'appartient à aucun des domaines SIP indiqués ci-dessus.
validation-other-cloud = La valeur saisie pour { $what } appartient au cloud { $owner }, mais le locataire se trouve dans le cloud { $chosen }. Utilisez { $expected }, ou choisissez le bon cloud.
validation-not-an-endpoint = La valeur saisie pour { $what } n'est pas un point de terminaison Microsoft connu ; pour le cloud { $chosen }, la valeur est { $expected }. Ne la conservez que si Microsoft vous l'a demandé.
validation-provenance-documented = documenté
validation-provenance-inferred = déduit
validation-provenance-unconfirmed = non confirmé
validation-confirm-value = Microsoft ne documente pas { $value } sous cette forme pour ce cloud : { $note } Confirmez cette valeur auprès de votre contact Microsoft ou dans la documentation de votre locataire, puis cochez la case « J'ai confirmé … pour mon locataire » correspondante, sous le champ, ou saisissez votre propre valeur dans le champ. D'ici là, les scripts qui l'utilisent ne peuvent être ni copiés ni téléchargés.
validation-date-flaw = Le jour d'une confirmation s'écrit AAAA-MM-JJ, p. ex. 2026-12-05.
validation-metadata-prefix-slash = Le préfixe de l'URL de métadonnées se termine par une barre oblique : les scripts y ajoutent l'ID du locataire et /metadata/json/1, p. ex. https://accounts.accesscontrol.windows.net/.
validation-pilot-problem = { $form ->
    [whitespace] L'utilisateur pilote « { $user } » ne doit pas commencer ni se terminer par des espaces.
    [control] L'utilisateur pilote « { $user } » doit tenir sur une seule ligne, sans caractères de contrôle.
    [invisible] L'utilisateur pilote « { $user } » contient un caractère de mise en forme invisible (par exemple un contrôle bidirectionnel ou une espace sans chasse) : saisissez-le de nouveau.
    [sip] L'adresse SIP « { $user } » doit être de la forme sip:utilisateur@domaine, p. ex. sip:ana@contoso.com : lettres, chiffres et ' . - _ ! # ^ ~ avant le @, un domaine valide après.
   *[other] L'utilisateur pilote « { $user } » doit être un nom d'utilisateur principal (UPN) tel que ana@contoso.com, ou une adresse SIP écrite avec son préfixe, telle que sip:ana@contoso.com.
}

## page

page-app-title = Hybrid Builder
page-app-lede = Connectez Skype Entreprise Server à Microsoft 365 (espace d'adressage SIP partagé) : renseignez vos paramètres, puis copiez des scripts PowerShell vérifiés et une liste de contrôle pour la fenêtre de maintenance. Rien de ce que vous saisissez ne quitte ce navigateur.
page-form-label = Paramètres hybrides
page-output-label = Scripts et liste de contrôle générés
page-doc-link = Article de Microsoft
page-error-prefix = Erreur :{" "}
page-warning-prefix = Avertissement :{" "}
page-choice-title = Votre locataire
page-choice-why = Le cloud détermine chaque point de terminaison utilisé par les scripts ; une seule valeur erronée provoque un échec tardif, lors de Move-CsUser.
page-cloud-label = Cloud Microsoft 365
page-cloud-help = Définit le ProxyFqdn et l'AutodiscoverUrl du fournisseur d'hébergement, l'environnement Teams et les cibles DNS.
page-connection-label = Connexion au locataire
page-connection-help = Comment le script en ligne se connecte au locataire.
page-connection-teams = Module MicrosoftTeams (Connect-MicrosoftTeams)
page-connection-legacy = Connecteur Skype Entreprise Online (retiré, refusé)
page-admin-upn-label = Compte administrateur (facultatif)
page-admin-upn-help = Préremplit la connexion. Laissez vide pour que l'identifiant soit demandé, ce qui fonctionne avec l'authentification MFA.
page-edge-title = Étape 1 — Fédération sur le serveur Edge
page-edge-why = Les utilisateurs en ligne et locaux d'un même domaine SIP communiquent entre eux via la fédération : le serveur Edge doit donc autoriser les utilisateurs fédérés et router à l'aide des enregistrements DNS SRV.
page-allow-outside-label = Autoriser les utilisateurs externes
page-allow-outside-help = Les utilisateurs distants se connectent via le serveur Edge (-AllowOutsideUsers).
page-allow-federated-label = Autoriser les utilisateurs fédérés
page-allow-federated-help = Obligatoire pour l'hybride (-AllowFederatedUsers).
page-partner-discovery-label = Activer la découverte de partenaires
page-partner-discovery-help = Le serveur Edge trouve les partenaires de fédération via le DNS (-EnablePartnerDiscovery). Doit correspondre au mode de fédération du locataire.
page-routing-label = Routage actuel de la fédération
page-routing-help = L'hybride nécessite le routage DNS SRV ; le script le définit toujours (-UseDnsSrvRouting).
page-routing-dns-srv = Routage DNS SRV
page-routing-default = Route par défaut (centre d'échange)
page-provider-title = Étape 2 — Fournisseur d'hébergement
page-provider-why = Le fournisseur d'hébergement indique au serveur Edge que des utilisateurs de vos domaines SIP peuvent aussi résider dans Microsoft 365, et où les trouver.
page-identity-label = Identité
page-identity-help = Tout nom unique ; il ne doit pas entrer en conflit avec un autre fournisseur d'hébergement ou fournisseur public.
page-proxy-fqdn-label = ProxyFqdn
page-proxy-fqdn-help = Le FQDN de fédération de Microsoft 365 pour votre cloud ; c'est aussi la cible de Move-CsUser. Il ne pourra pas être modifié ultérieurement.
page-autodiscover-label = AutodiscoverUrl
page-autodiscover-help = Le service de découverte automatique de Microsoft 365 pour votre cloud.
page-verification-label = VerificationLevel
page-verification-help = La procédure de Microsoft utilise UseSourceVerification.
page-existing-label = Si un fournisseur existe déjà pour ce ProxyFqdn
page-existing-help = Le script vérifie d'abord et ne touche pas à un fournisseur qui a déjà toutes les valeurs.
page-existing-replace = Le remplacer : supprimer, puis créer (procédure de Microsoft)
page-existing-update = Le mettre à jour sur place (Set-CsHostingProvider)
page-existing-stop = Arrêter et l'afficher
page-fixed-values = Toujours définis : Enabled $true, EnabledSharedAddressSpace $true (les utilisateurs d'un même domaine SIP sont répartis entre l'environnement local et en ligne), HostsOCSUsers $true (le fournisseur héberge des utilisateurs Skype Entreprise), IsLocal $false (ce n'est pas votre propre déploiement).
page-overridden = Vous avez modifié la valeur du cloud.
page-use-cloud-value = Utiliser la valeur du cloud
page-badge-documented = Documenté
page-badge-inferred = Déduit
page-badge-unconfirmed = Non confirmé
page-badge-confirmed = Confirmé
page-confirm-proxy-label = J'ai confirmé ce ProxyFqdn pour mon locataire
page-confirm-autodiscover-label = J'ai confirmé cette AutodiscoverUrl pour mon locataire
page-confirm-metadata-label = J'ai confirmé cet hôte d'URL de métadonnées pour mon locataire
page-confirm-help = Cocher cette case enregistre que vous avez confirmé cette valeur exacte, et le jour. Un lien ou un fichier de paramètres que vous transmettez indique que vous l'avez confirmée ; la personne qui l'ouvre confirme elle-même.
page-metadata-prefix-label = Préfixe de l'URL de métadonnées OAuth
page-metadata-prefix-help = Le début de l'URL de métadonnées du serveur d'autorisation Microsoft 365 ; les scripts y ajoutent l'ID du locataire et /metadata/json/1 (configure-a-hybrid-environment.md). Saisissez votre propre valeur si celle de votre cloud est différente.
page-tenant-title = Étape 3 — Locataire
page-tenant-why = Le locataire doit savoir que certains utilisateurs de ses domaines SIP résident en local ; sans cela, Move-CsUser échoue avec l'erreur HostedMigration fault 510.
page-shared-sip-label = Espace d'adressage SIP partagé
page-shared-sip-help = Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true. Laissez-le activé tant qu'il reste des utilisateurs en local.
page-federation-label = Mode de fédération du locataire
page-federation-help = Doit correspondre au serveur Edge : fédération ouverte avec la découverte de partenaires, liste de domaines autorisés sans. Le script en ligne le vérifie.
page-federation-open = Fédération ouverte (tous les domaines non bloqués)
page-federation-allow-list = Liste de domaines autorisés
page-environment-title = Votre déploiement
page-environment-why = Ces informations alimentent la liste de contrôle : enregistrements DNS, noms de certificat et prérequis.
page-sip-domains-label = Domaines SIP
page-sip-domains-help = Un par ligne, ou séparés par des virgules, des points-virgules ou des espaces, p. ex. contoso.com. Chacun doit être vérifié dans le locataire.
page-edge-fqdn-label = FQDN externe du serveur Edge (facultatif)
page-edge-fqdn-help = Le nom externe du service Edge d'accès, p. ex. sip.contoso.com. L'enregistrement sip de chaque domaine pointe vers lui.
page-web-fqdns-label = FQDN des services web externes de chaque pool
page-web-fqdns-help = Un par ligne, issu de Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn. L'authentification de serveur à serveur enregistre chacun comme nom de principal du service.
page-reverse-proxy-label = FQDN externe du proxy inverse
page-reverse-proxy-help = Le nom qui publie les services web externes, p. ex. webext.contoso.com (il peut être identique au FQDN des services web externes d'un pool). lyncdiscover, meet et dialin pointent vers lui.
page-pool-label = FQDN du pool d'inscriptions (facultatif)
page-pool-help = Où les utilisateurs déplacés reviennent si un déplacement est annulé.
page-pilot-title = Facultatif — Utilisateurs pilotes
page-pilot-why = Déplacez d'abord quelques utilisateurs et testez les deux sens avant de déplacer les autres.
page-pilot-label = Utilisateurs pilotes
page-pilot-help = Un par ligne : un UPN (ana@contoso.com) ou une adresse SIP avec son préfixe (sip:ana@contoso.com), utilisé tel que vous le saisissez. Le script local ne les déplace qu'avec -MovePilotUsers et le fichier de préparation écrit par le script en ligne.
page-oauth-title = Facultatif — Authentification de serveur à serveur
page-oauth-why = Pour l'intégration d'Exchange et de SharePoint : approbation de Microsoft 365 en local et certificat sur les principaux de service en ligne.
page-oauth-enabled-label = Configurer l'authentification de serveur à serveur
page-oauth-enabled-help = Ajoute les étapes OAuth aux deux scripts.
page-tenant-id-label = ID de locataire
page-tenant-id-help = Un GUID ; obtenez-le avec (Get-CsTenant).TenantId.
page-cert-path-label = Chemin du certificat OAuthTokenIssuer (.cer)
page-cert-path-help = Sur le poste de travail qui exécute le script en ligne.
page-tool-label = Inscrire le certificat avec
page-tool-help = Microsoft Graph PowerShell inscrit le certificat ; MSOnline est retiré et refusé.
page-tool-graph = Microsoft Graph PowerShell
page-tool-msonline = MSOnline (retiré, refusé)
page-copy = Copier
page-copied = Copié
page-copy-failed = Échec de la copie : sélectionnez le texte et copiez-le manuellement.
page-download-all = Tout télécharger
page-downloaded-all = Scripts de changement, scripts de retour arrière, liste de contrôle et fiche de changement téléchargés.
page-see-errors = Aller aux erreurs
page-untick-all = Tout décocher
page-tab-blocked = contient des erreurs
page-panic-message = Une erreur interne s'est produite dans Hybrid Builder. Vos paramètres sont intacts : exportez-les, puis rechargez la page et importez-les.
page-panic-export = Exporter les paramètres
page-share-label = Partager et conserver ces paramètres
page-copy-link = Copier le lien de partage
page-link-copied = Lien copié
page-copy-link-without-names = Copier le lien sans noms
page-redact-heading = { $count ->
    [one] Le lien sans noms remplace 1 nom par un espace réservé :
   *[other] Le lien sans noms remplace { $count } noms par des espaces réservés :
}
page-redact-none = Ces paramètres ne contiennent encore aucun nom : le lien sans noms est le lien de partage, marqué comme anonymisé.
page-redact-kept = Le cloud et chaque choix restent tels quels. Qui ouvre le lien voit que les noms sont des espaces réservés, et les scripts sont retenus tant que de vrais noms n'ont pas été saisis.
page-redact-copy = Copier ce lien sans noms
page-redact-cancel = Annuler
page-redact-copied = Lien sans noms copié
page-redacted-banner = Les noms de ces paramètres sont des espaces réservés : ils viennent d'un lien créé sans noms, pour une demande d'assistance ou un site d'entraide. Les scripts ne doivent pas être exécutés : saisissez vos vrais domaines SIP, serveurs, utilisateurs, ID de locataire et chemin du certificat dans les champs signalés ci-dessous ; les scripts sont proposés dès qu'il ne reste plus aucun espace réservé.
page-redacted-blocked = Copie et téléchargement désactivés : ces paramètres contiennent des espaces réservés au lieu de vos noms, cette sortie ne doit donc pas être exécutée. Saisissez d'abord vos vrais noms dans les champs signalés du formulaire.
page-export = Exporter les paramètres
page-import = Importer des paramètres…
page-reset = Rétablir les valeurs par défaut
page-replaced = Vos paramètres et coches précédents ont été remplacés.
page-offline-link = Cet outil a été ouvert à partir d'un fichier : il n'a donc pas d'adresse à partager. Les liens de partage nécessitent la version hébergée de l'outil ; pour transférer ces paramètres, utilisez « Exporter les paramètres » et importez le fichier dans la version hébergée.
page-undo = Annuler
page-dismiss = Fermer
page-locked = Défini par cette page.
page-fixed-form-label = Paramètres définis par cette page
page-source-link = Lien
page-source-storage = Paramètres enregistrés
page-source-file = Fichier de paramètres
page-preflight-title = Avant la fenêtre de maintenance — vérification préalable
page-preflight-why = Deux scripts en lecture seule lisent le déploiement et le locataire, affichent PASS, WARN ou FAIL pour chaque contrôle et écrivent un rapport. Chargez les rapports ici : l'outil affiche ce qu'il a trouvé, ce que les scripts de changement vont modifier, et propose les valeurs qu'il a apprises. Rien n'est envoyé : les rapports sont lus dans cet onglet uniquement et ne sont pas enregistrés.
page-preflight-on-prem = Télécharger la vérification préalable locale
page-preflight-online = Télécharger la vérification préalable en ligne
page-preflight-load = Charger les rapports de vérification préalable (hybrid-preflight-*.json)
page-preflight-drop = ou déposez-les ici
page-preflight-clear = Oublier les rapports
page-preflight-findings = Constats
page-preflight-changes = Ce qui va changer
page-preflight-not-there = pas encore présent
page-preflight-column-action = Action
page-preflight-column-setting = Paramètre
page-preflight-column-found = Trouvé
page-preflight-column-after = Ensuite
page-preflight-suggest = D'après le rapport de vérification préalable
page-preflight-suggest-help = Les rapports connaissent ces valeurs. Rien ne change dans vos paramètres tant que vous ne les appliquez pas.
page-preflight-apply = Appliquer ces valeurs
page-preflight-applied = Les valeurs des rapports de vérification préalable ont été appliquées.
page-preflight-applied-one = { $field } appliqué.
page-preflight-undo = Annuler
page-preflight-apply-one = Appliquer
page-preflight-written = { $part } : écrit le { $time }
page-preflight-accept = J'ai lu chaque FAIL et je veux quand même les scripts de changement
page-preflight-todo = À faire :
page-preflight-on-prem-part = en local
page-preflight-online-part = en ligne
page-run-order = Ordre d'exécution
page-look-for = À vérifier :
page-stages-label = La fenêtre de maintenance en trois étapes
page-stage-preflight = Vérification préalable
page-stage-preflight-hint = Lit, ne change rien
page-stage-change = Changement
page-stage-change-hint = En local, puis en ligne
page-stage-verify = Vérification
page-stage-verify-hint = Relit les deux côtés
page-show-all-note = Copier et Télécharger fournissent toujours le script complet.
page-wrap-lines = Renvoyer les longues lignes à la ligne
page-ticked = Tâches terminées : { $done } sur { $total }
page-problem-in = { $source } : { $message }
page-problem-at = { $source }, { $key } : { $message }
page-imported-file = { $problems ->
    [0] { $name } importé.
    [one] { $name } importé ; 1 entrée n'a pas pu être utilisée :
   *[other] { $name } importé ; { $problems } entrées n'ont pas pu être utilisées :
}
page-import-refused-file = { $name } n'a pas été importé : { $why }
page-unreadable-file = Impossible de lire { $name }.
page-not-text-file = { $name } n'a pas été lu : ce n'est ni du texte UTF-8 ni du texte UTF-16 avec marque d'ordre des octets (une page de codes Windows comme 1252 écrit de tels fichiers). Enregistrez-le en UTF-8 (dans PowerShell : Get-Content FICHIER | Set-Content -Encoding UTF8 NOUVEAU-FICHIER) et réessayez.
page-tab-on-premises = Script local
page-tab-online = Script en ligne
page-tab-checklist = Liste de contrôle
page-tab-change-record = Fiche de changement
page-error-summary = { $count ->
    [one] Problème détecté : 1 erreur
   *[other] Problème détecté : { $count } erreurs
}
page-warning-summary = { $count ->
    [one] 1 avertissement à vérifier
   *[other] { $count } avertissements à vérifier
}
page-blocked = { $output ->
    [on-premises] { $errors ->
        [one] Copie et téléchargement désactivés : 1 erreur rendrait l'exécution du script local risquée. Corrigez-la d'abord dans le formulaire.
       *[other] Copie et téléchargement désactivés : { $errors } erreurs rendraient l'exécution du script local risquée. Corrigez-les d'abord dans le formulaire.
    }
    [online] { $errors ->
        [one] Copie et téléchargement désactivés : 1 erreur rendrait l'exécution du script en ligne risquée. Corrigez-la d'abord dans le formulaire.
       *[other] Copie et téléchargement désactivés : { $errors } erreurs rendraient l'exécution du script en ligne risquée. Corrigez-les d'abord dans le formulaire.
    }
    [checklist] { $errors ->
        [one] Copie et téléchargement désactivés : 1 erreur rendrait l'application de la liste de contrôle risquée. Corrigez-la d'abord dans le formulaire.
       *[other] Copie et téléchargement désactivés : { $errors } erreurs rendraient l'application de la liste de contrôle risquée. Corrigez-les d'abord dans le formulaire.
    }
   *[change-record] { $errors ->
        [one] Copie et téléchargement désactivés : 1 erreur rendrait l'application de la fiche de changement risquée. Corrigez-la d'abord dans le formulaire.
       *[other] Copie et téléchargement désactivés : { $errors } erreurs rendraient l'application de la fiche de changement risquée. Corrigez-les d'abord dans le formulaire.
    }
}
page-copied-output = { $output ->
    [on-premises] Script local copié dans le Presse-papiers.
    [online] Script en ligne copié dans le Presse-papiers.
    [checklist] Liste de contrôle copiée dans le Presse-papiers.
   *[change-record] Fiche de changement copiée dans le Presse-papiers.
}
page-downloaded = { $file } téléchargé.
page-download-file = Télécharger { $file }
page-verification-title = Après le changement — vérification
page-verification-why = Deux scripts en lecture seule contrôlent le résultat du changement : les valeurs du service Edge d'accès, l'unique fournisseur d'hébergement, l'espace d'adressage SIP partagé du locataire, les objets OAuth, Test-CsFederatedPartner vers le cloud, et chaque utilisateur pilote déplacé. Chargez leurs rapports : la liste de contrôle marque les éléments qu'ils prouvent comme « vérifié par le rapport », et chaque FAIL indique quoi faire.
page-verification-on-prem = Télécharger la vérification locale
page-verification-online = Télécharger la vérification en ligne
page-verification-load = Charger les rapports de vérification (hybrid-verification-*.json)
page-report-read = { $name } lu.
page-report-read-note = { $name } lu. { $note }
page-report-refused = { $name } n'a pas été lu : { $why }
page-preflight-fails = { $count ->
    [one] La vérification préalable a trouvé 1 FAIL : les scripts de changement sont retenus jusqu'à ce qu'il soit corrigé ou accepté
   *[other] La vérification préalable a trouvé { $count } FAIL : les scripts de changement sont retenus jusqu'à ce qu'ils soient corrigés ou acceptés
}
page-preflight-withheld = Copie et téléchargement désactivés : la vérification préalable a signalé { $count } FAIL. Corrigez-les et chargez de nouveaux rapports, ou acceptez-les dans la section de vérification préalable.
page-printed = Imprimé le { $date } · { $cloud } · { $link }
page-show-lines = Afficher les { $total } lignes
page-show-items = Afficher les éléments masqués ({ $hidden })
page-help-toggle = { $state ->
    [folded] Afficher l'aide et les paramètres ({ $lines } lignes)
   *[open] Replier l'aide et les paramètres ({ $lines } lignes)
}
page-language-label = Langue
page-language-failed = Les textes en { $language } n'ont pas pu être chargés ; la page reste dans la langue affichée.
page-unsupported = Hybrid Builder nécessite un navigateur récent — Edge, Chrome, Firefox ou Safari — avec JavaScript et WebAssembly. Si ce message reste affiché, ouvrez cette page dans l'un d'eux.

## cloud

cloud-commercial = Commercial (mondial)
cloud-gcc = GCC
cloud-gcc-high = GCC High
cloud-dod = DoD
cloud-china = 21Vianet (Chine)
cloud-note-documented-microsoft-s-hybrid-federation-article = article de Microsoft sur la fédération hybride (OfficeDocs-SkypeForBusiness, Skype/SfbHybrid/hybrid/configure-federation-with-skype-for-business-online.md).
cloud-note-documented-decommission-manage-dns-entries-md = decommission-manage-dns-entries.md (OfficeDocs-SkypeForBusiness) et create-dns-records-at-any-dns-hosting-provider.md (microsoft-365-docs).
cloud-note-documented-the-default-of-connect-mggraph = valeur par défaut de Connect-MgGraph -Environment (Connect-MgGraph.md).
cloud-note-documented-the-default-of-connect-msolservice = valeur par défaut de Connect-MsolService -AzureEnvironment (Connect-MsolService.md).
cloud-note-documented-skype-sfbserver-manage-authentication-configure = Skype/SfbServer/manage/authentication/configure-a-hybrid-environment.md (OfficeDocs-SkypeForBusiness).
cloud-note-inferred-no-gcc-specific-value-is = aucune valeur propre à GCC n'est documentée ; GCC utilise les points de terminaison du cloud Commercial.
cloud-note-inferred-the-name-is-one-of = le nom est l'un des environnements de Connect-MgGraph.md ou de Connect-MsolService.md ; le cloud qu'il dessert est déduit de son nom, et non indiqué explicitement.
cloud-note-unconfirmed-the-documented-value-is-for = la valeur documentée concerne le cloud Commercial.
cloud-note-unconfirmed-documented-only-as-the-federation = documenté uniquement comme cible SRV de fédération de GCC High, et non comme ProxyFqdn de fournisseur d'hébergement.
cloud-note-unconfirmed-built-from-the-gcc-high = construit à partir de la cible lyncdiscover de GCC High et du chemin du cloud Commercial.
cloud-note-documented-connect-microsoftteams-md-teamsenvironmentname-office = Connect-MicrosoftTeams.md -TeamsEnvironmentName (office-docs-powershell).
cloud-note-documented-new-csonlinesession-md-teamsenvironmentname-office = New-CsOnlineSession.md -TeamsEnvironmentName (office-docs-powershell, dernière révision avant sa suppression).
cloud-note-documented-an-older-revision-of-dns = une ancienne révision de dns-records-for-office-365-gcc-high.md (microsoft-365-docs).
cloud-note-documented-dns-records-for-office-365 = dns-records-for-office-365-gcc-high.md (microsoft-365-docs).
cloud-note-unconfirmed-no-gcc-high-metadata-url = aucune URL de métadonnées n'est documentée pour GCC High.
cloud-note-unconfirmed-documented-only-as-the-federation-2 = documenté uniquement comme cible SRV de fédération de DoD, et non comme ProxyFqdn de fournisseur d'hébergement.
cloud-note-unconfirmed-built-from-the-dod-lyncdiscover = construit à partir de la cible lyncdiscover de DoD et du chemin du cloud Commercial.
cloud-note-documented-an-older-revision-of-dns-2 = une ancienne révision de dns-records-for-office-365-dod.md (microsoft-365-docs).
cloud-note-documented-dns-records-for-office-365-2 = dns-records-for-office-365-dod.md (microsoft-365-docs).
cloud-note-unconfirmed-no-dod-metadata-url-is = aucune URL de métadonnées n'est documentée pour DoD.
cloud-note-unconfirmed-documented-only-as-the-federation-3 = documenté uniquement comme cible SRV de fédération de 21Vianet, pas comme ProxyFqdn d'un fournisseur d'hébergement. Le seul exemple de déplacement 21Vianet de Microsoft (Set-TeamsEnvironmentConfig.md, exemple 3) exécute Move-CsUser -Target sipfed.online.lync.com après Set-TeamsEnvironmentConfig -TeamsEnvironmentName TeamsChina.
cloud-note-unconfirmed-built-from-the-21vianet-lyncdiscover = construit à partir de la cible lyncdiscover de 21Vianet et du chemin du cloud Commercial.
cloud-note-documented-create-dns-records-at-any = create-dns-records-at-any-dns-hosting-provider.md, o365-21vianet (microsoft-365-docs).
cloud-note-inferred-sharepoint-s-guide-for-21vianet = le guide SharePoint pour 21Vianet indique cet hôte ACS (sp-dev-docs, docs/solution-guidance/Extending-SharePoint-Online-for-Germany-China-USGovernment-environments.md) ; aucun article Skype Entreprise ne l'indique.

## summary

summary-cloud = Cloud
summary-tenant-connection = Connexion au locataire
summary-admin-account = Compte administrateur
summary-prompt = (invite à la connexion)
summary-none = (aucun)
summary-routing = Routage
summary-hosting-provider = Fournisseur d'hébergement
summary-existing-provider = Fournisseur existant
summary-tenant-federation = Fédération du locataire
summary-sip-domains = Domaines SIP
summary-edge-fqdn = FQDN externe du serveur Edge
summary-registrar-pool = FQDN du pool d'inscriptions
summary-not-given = (non indiqué)
summary-pilot-users = Utilisateurs pilotes
summary-server-to-server = Authentification de serveur à serveur
summary-yes = Oui
summary-no = Non
summary-connection-teams = Module MicrosoftTeams
summary-connection-legacy = Connecteur Skype Entreprise Online (retiré)
summary-existing-replace = Remplacer (supprimer, puis créer)
summary-existing-update = Mettre à jour sur place
summary-existing-stop = Arrêter
summary-federation-open = Fédération ouverte
summary-federation-allow-list = Liste de domaines autorisés
summary-confirmed-on = confirmé par l'administrateur le { $date }
summary-confirmed = confirmé par l'administrateur
report-blocked-only-on-premises = Bloqués uniquement en local : { $domains }
report-blocked-only-online = Bloqués uniquement dans le locataire : { $domains }
report-allowed-only-on-premises = Autorisés uniquement en local : { $domains }
report-allowed-only-online = Autorisés uniquement dans le locataire : { $domains }
report-lists-match = Les domaines autorisés et bloqués sont les mêmes des deux côtés.
report-lists-differ = Rendez identiques les listes de domaines autorisés et bloqués en local (Get-CsAllowedDomain, Get-CsBlockedDomain) et dans le locataire (Get-CsTenantFederationConfiguration) avant de déplacer des utilisateurs (plan-hybrid-connectivity.md).

## waves

waves-line = ligne { $line }
waves-row-empty = la cellule de l’utilisateur est vide.
waves-row-not-address = « { $cell } » n’est pas une adresse d’utilisateur (utilisateur@domaine, avec ou sans sip:).
waves-row-duplicate = { $address } figure déjà à la ligne { $first } ; l’utilisateur est déplacé une seule fois.
waves-row-other-domain = { $address } appartient à { $domain }, qui n’est pas l’un des domaines SIP de ces paramètres ; l’utilisateur reste hors des vagues.
waves-row-unclosed-quote = un guillemet ouvert dans cette ligne n’est jamais fermé ; la ligne n’a pas été lue.
waves-list-too-large = Cette liste fait { $mib } Mio ; une liste d’utilisateurs fait au plus { $limit } Mio. Divisez-la, ou exportez seulement la colonne des adresses SIP.
waves-list-too-many-rows = Cette liste compte plus de { $max } lignes ; divisez-la en plusieurs listes.
waves-list-empty = Cette liste ne contient aucune ligne.
waves-list-no-column = Aucune colonne de cette liste ne contient d’adresses d’utilisateurs (utilisateur@domaine). Exportez la colonne SipAddress ou UserPrincipalName, ou collez une adresse par ligne.
waves-column-header = Utilisateurs lus dans la colonne { $number } (« { $header } »).
waves-column-content = Utilisateurs lus dans la colonne { $number }, reconnue à son contenu.
waves-upn-note = Cette colonne contient des noms d’utilisateur principaux : chaque script de vague recherche l’utilisateur avec Get-CsUser et donne à Move-CsUser son adresse SIP.
waves-not-ours = Ceci n’est pas un rapport de vague de Hybrid Builder (pas de "schema": "hybrid-builder-wave-results"). Chargez le fichier hybrid-wave-NNN-results-*.json écrit par un script de vague.
waves-no-users = Ce rapport de vague ne liste aucun utilisateur : le script s’est arrêté avant d’en lire, ou le fichier est tronqué. Exécutez de nouveau le script de vague et chargez son rapport.
waves-results-too-large = Ce fichier est plus grand que tout rapport de vague de Hybrid Builder ; il n’a pas été lu.
waves-status-moved = déplacé
waves-status-already-moved = déplacé auparavant
waves-status-ready = prêt (simulation : non déplacé)
waves-status-not-ready = pas prêt
waves-status-failed = échec
waves-todo-not-on-premises = Get-CsUser n’a pas trouvé cet utilisateur en local : vérifiez l’adresse dans la liste, et que l’utilisateur est activé pour Skype Entreprise Server.
waves-todo-not-in-tenant = Le locataire ne connaît pas encore cet utilisateur : vérifiez que Microsoft Entra Connect synchronise l’utilisateur avec les attributs Skype Entreprise, attendez la prochaine synchronisation, puis exécutez de nouveau la vague.
waves-todo-not-synced = Dans le locataire, le HostingProvider de l’utilisateur n’est pas SRV: ; l’utilisateur n’est donc pas vu comme hébergé en local : vérifiez la synchronisation de ses attributs msRTCSIP, puis exécutez de nouveau la vague.
waves-todo-no-plan = Attribuez une licence avec Teams et Skype Entreprise Online (Plan 2) (move-users-between-on-premises-and-cloud.md) ; un plan en période de grâce ne compte pas. Puis exécutez de nouveau la vague.
waves-todo-domain-not-in-settings = Le domaine SIP de l’utilisateur ne fait pas partie de ces paramètres : déplacez l’utilisateur avec les paramètres de ce déploiement, ou ajoutez le domaine à ces paramètres.
waves-todo-domain-not-in-tenant = Ajoutez et vérifiez le domaine SIP de l’utilisateur dans le locataire, puis exécutez de nouveau la vague.
waves-todo-domain-disabled = Le domaine SIP de l’utilisateur est désactivé dans le locataire, où les utilisateurs ne sont pas approvisionnés (Get-CsOnlineSipDomain.md) : activez-le, puis exécutez de nouveau la vague.
waves-todo-move-failed = Lisez l’erreur et le rapport de Move-CsUser écrit par la vague ; les pages de dépannage de Microsoft sur les erreurs HostedMigration expliquent les plus courantes. Exécutez de nouveau la vague : l’utilisateur est retenté.
waves-todo-unknown = Lisez ce que le script a trouvé, corrigez-le, puis exécutez de nouveau la vague.
waves-retry = { $count } utilisateurs à retenter (les échecs et les utilisateurs pas prêts des vagues lues).
waves-superseded = La vague { $wave } a été lue plusieurs fois ; seul son rapport le plus récent compte.

## cutover

cutover-too-large = Ce fichier est plus grand que tout rapport de vérification de bascule de Hybrid Builder ; il n’a pas été lu.
cutover-not-ours = Ceci n’est pas un rapport de vérification de bascule de Hybrid Builder (pas de "schema": "hybrid-builder-cutover-check"). Chargez le fichier hybrid-cutover-check.json écrit par le script de vérification.
cutover-offered = Au plus { $accepted } utilisateurs sont encore hébergés en local : la bascule peut avoir lieu. Effectuez toutes ses étapes dans une même fenêtre de maintenance.
cutover-withheld = { $users } utilisateurs sont encore hébergés en local, plus que les { $accepted } acceptés : la bascule est suspendue. Déplacez-les par vagues, ou désactivez les comptes devenus inutiles, puis relancez la vérification.
cutover-dns-elsewhere = { $name } pointe encore ailleurs ({ $targets }) : faites-le pointer vers Microsoft 365.
cutover-provider-enabled = Le fournisseur d’hébergement { $identity } ({ $proxy }) est encore activé.

## the whole road (checklist and stages)

checklist-road = Le chemin complet : vagues, bascule, mise hors service
checklist-road-intro = Après la fenêtre hybride, dans des fenêtres ultérieures : tous les utilisateurs par vagues, puis l’hybride désactivé comme Microsoft le décrit (cloud-consolidation-disabling-hybrid.md), puis les serveurs retirés. Chaque script de vague et de bascule vérifie sa condition préalable avant toute modification, tient une transcription et prend en charge -WhatIf.
stages-road-waves = Vagues de déplacements
stages-road-waves-look = READY ou NOT READY avec la raison pour chaque utilisateur, puis MOVED ou FAILED, et le chemin de hybrid-wave-NNN-results-*.json. Relancez une vague après avoir corrigé les échecs : les utilisateurs déjà déplacés sont ignorés.
stages-road-results = Résultats des vagues
stages-road-results-look = Déplacés, en échec et pas prêts par vague, que faire pour chaque échec, et le fichier des utilisateurs à retenter. Passez à la bascule seulement quand il ne reste aucun utilisateur à déplacer.
stages-road-check = Vérification de bascule (lecture seule)
stages-road-check-look = Utilisateurs encore hébergés en local : 0 (ou seulement des comptes à désactiver), par pool. Hybrid Builder ne propose les scripts de bascule qu’à ce moment-là.
stages-road-dns = DNS de chaque domaine SIP vers Microsoft 365
stages-road-dns-look = Ces enregistrements pointent vers Microsoft 365 dans chaque domaine SIP (decommission-manage-dns-entries.md) ; les enregistrements meet et dialin peuvent être supprimés ; les enregistrements Skype Entreprise internes sont retirés. Trop tôt, les utilisateurs locaux perdent connexion et fédération ; annulation en rétablissant les anciens enregistrements.
stages-road-online = Bascule, en ligne
stages-road-online-look = TeamsOnly accordé au locataire (ou les enregistrements que Teams voit encore pointer ailleurs), puis SharedSipAddressSpace False.
stages-road-on-premises = Bascule, en local
stages-road-on-premises-look = Chaque fournisseur d’hébergement avec Enabled False, après la sauvegarde et l’exportation de la configuration.
stages-road-verify = Vérifier la bascule (lecture seule)
stages-road-verify-look = Chaque enregistrement pointe vers Microsoft 365 ou a disparu, et aucun fournisseur d’hébergement n’est activé.
stages-road-decommission = Mise hors service
stages-road-decommission-look = Déplacez les points de terminaison d’application hybrides dans la même fenêtre (decommission-move-on-prem-endpoints.md), décidez du sort des attributs msRTCSIP (cloud-consolidation-managing-attributes.md), puis retirez les serveurs (decommission-remove-on-prem.md).
stages-wave-shell = Shell de gestion de Skype Entreprise Server avec le module MicrosoftTeams sur le serveur qui déplace les utilisateurs
stages-builder = Hybrid Builder (la page ou sfb-hybrid)
stages-dns-host = la zone DNS publique de chaque domaine SIP

## page: waves and cut-over

page-waves-title = Après la fenêtre — vagues et bascule
page-waves-why = Chargez la liste des utilisateurs à déplacer (un CSV exporté d’AD ou du Panneau de configuration, ou une adresse par ligne) : le générateur liste les lignes écartées, répartit le reste en vagues et donne à chaque vague son fichier d’utilisateurs pour Move-CsUser -UserList et son script. Chargez les rapports de vague pour voir l’avancement et que faire pour chaque échec. La liste et les rapports restent dans cet onglet : ce sont des données personnelles, jamais mises dans un lien de partage ni enregistrées.
page-waves-users = Utilisateurs à déplacer
page-waves-load-list = Charger la liste d’utilisateurs (CSV ou une adresse par ligne)
page-waves-reading = Lecture de { $name } : { $percent } %
page-waves-size = Utilisateurs par vague
page-waves-summary = { $users } utilisateurs en { $waves } vagues ; { $bad } lignes écartées :
page-waves-wave = Vague
page-waves-download-users = Télécharger le fichier d’utilisateurs de la vague
page-waves-download-script = Télécharger le script de la vague
page-waves-blocked = { $errors ->
    [one] Téléchargement des scripts de vague et de bascule désactivé : 1 erreur rendrait leur exécution risquée. Corrigez-la d'abord dans le formulaire.
   *[other] Téléchargement des scripts de vague et de bascule désactivé : { $errors } erreurs rendraient leur exécution risquée. Corrigez-les d'abord dans le formulaire.
}
page-waves-results = Résultats des vagues
page-waves-load-results = Charger les rapports de vague (hybrid-wave-*-results-*.json)
page-waves-moved = Déplacés
page-waves-failed = En échec
page-waves-not-ready = Pas prêts
page-waves-remaining = Restants
page-waves-all = Toutes les vagues lues
page-waves-download-retry = Télécharger les utilisateurs à retenter
page-waves-cutover = Bascule : hybride désactivé
page-waves-cutover-why = Quand il ne reste en local aucun utilisateur à déplacer : exécutez la vérification en lecture seule dans le Shell de gestion et chargez son rapport. Les scripts de bascule ne sont proposés qu’alors ; ils suivent les étapes de Microsoft (DNS de chaque domaine SIP vers Microsoft 365, TeamsOnly, espace d’adressage SIP partagé désactivé, fournisseurs d’hébergement désactivés), listées dans la liste de contrôle.
page-waves-download-check = Télécharger la vérification de bascule
page-waves-load-check = Charger le rapport de vérification (hybrid-cutover-check.json)
page-waves-accept = Utilisateurs restant en local qui ne seront pas déplacés (comptes à désactiver)
page-waves-download-online = Télécharger le script de bascule en ligne
page-waves-download-on-prem = Télécharger le script de bascule local
