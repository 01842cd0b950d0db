# Hybrid Builder — 日本語 (ja)。英語の locales/en.ftl から翻訳しています。
#
# メッセージ ID は <module>-<name> の形式です (module はそのメッセージを使用する Rust モジュール、page は Web ページ)。
# コマンドレット、パラメーター、値、製品の名前は翻訳しません。
# 用語は Microsoft の日本語ドキュメント (MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.ja-JP) に合わせています。

## checklist

checklist-known-error-items-1-a = Move-CsUser: HostedMigration fault: Error=(510) … not enabled for shared sip address space
checklist-known-error-items-1-b = 手順 3 が実施されていないか、元に戻されています。オンラインで Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true を実行してから、再試行してください。
checklist-known-error-items-2-a = Move-CsUser: HostedMigration fault: Error=(507) … must has an assigned license
checklist-known-error-items-2-b = ユーザーに Skype for Business Online ライセンスが割り当てられていないか、ユーザーがまだプロビジョニングされていません。ライセンスを割り当て、最大 30 分待ってください。
checklist-known-error-items-3-a = HostedMigration fault: Error=(506) … problem with this user account
checklist-known-error-items-3-b = msRTCSIP 属性が同期されていません。Entra Connect ウィザードを再実行し、再同期してください。
checklist-known-error-items-4-a = There is a duplicate key sequence … ProviderName
checklist-known-error-items-4-b = この Identity は、既存のホスティング プロバイダーまたはパブリック プロバイダーで使用されています。そのプロバイダーを削除する (Remove-CsHostingProvider / Remove-CsPublicProvider) か、別の Identity を指定してください。
checklist-known-error-items-5-a = ms-diagnostics: 1017; Cannot route From and To domains in this combination
checklist-known-error-items-5-b = テナントの SIP ドメインがオンプレミスのトポロジに含まれていないか、そのドメインのフェデレーション用 DNS が Microsoft 365 を指しています。
checklist-known-error-items-6-a = オンプレミスの Cs コマンドレットがオンラインのコマンドレットのように動作する
checklist-known-error-items-6-b = このシェルに、オンライン セッションが -AllowClobber 付きでインポートされています。新しい管理シェルを開いてください。
checklist-known-error-items-7-a = MFA を使用する管理者で -Credential を指定すると Move-CsUser が失敗する
checklist-known-error-items-7-b = MFA は -Credential を指定しない場合にのみ機能します (2015 CU12 以降または 2019)。-Credential を省略し、プロンプトが表示されたらサインインしてください。
checklist-prerequisite-items-1 = このオンプレミス展開に対応する Microsoft 365 テナントは 1 つだけです。一度にハイブリッド構成にできるフォレストは 1 つだけです。
checklist-prerequisite-items-2 = すべての SIP ドメインがテナントに追加されて確認済みであり、テナントのすべての SIP ドメインがオンプレミスのトポロジに含まれています。
checklist-prerequisite-items-3 = Microsoft Entra Connect (Azure AD Connect) が、オンプレミスに残るユーザーも含め、すべての Skype for Business ユーザーを msRTCSIP 属性とともに同期しています。
checklist-prerequisite-items-4 = ビルドが Skype for Business Server 2019 CU6 (7.0.2046.385)、2015 CU12 (6.0.9319.619)、または Lync Server 2013 CU10 HF7 (5.0.8308.1182) 以上です (Move-CsUser.md)。Skype for Business Server 2015 および 2019 の延長サポートは 2025 年 10 月 14 日に終了し、サポート対象は Subscription Edition です (Microsoft のライフサイクル。出典を参照)。Subscription Edition と 2019 は 7.0.2046.x のビルドを共有するため、事前チェックでは製品名も読み取ります。
checklist-prerequisite-items-5 = フェデレーションを構成したエッジ サーバーが展開されています。フェデレーション エッジとなるエッジ プールは 1 つだけです。
checklist-prerequisite-items-6 = 外部エッジ証明書がパブリック CA から発行されており、そのサブジェクト代替名 (SAN) に、すべての SIP ドメイン (*.onmicrosoft.com を除く) の sip.<ドメイン> が含まれています。
checklist-prerequisite-items-7 = OAuthTokenIssuer 証明書があります (2048 ビット以上、すべてのフロントエンド サーバーで同一): Get-CsCertificate -Type OAuthTokenIssuer。
checklist-prerequisite-items-8 = ファイアウォール、エッジの外部インターフェイス: TCP 443 受信、TCP 5061 受信/送信 (フェデレーション)、TCP 80 送信 (CRL)、TCP/UDP 53 送信。A/V エッジ: UDP 3478 および TCP 443 受信/送信、TCP/UDP 50000–59999 送信。加えて、Microsoft 365 の URL と IP アドレス範囲。
checklist-prerequisite-items-9 = フェデレーション ポリシーが両側で一致しています: オープンかクローズかが同じで、許可されたドメインとブロックされたドメインの一覧が同一であり、テナントでフェデレーションが有効になっています。
checklist-prerequisite-items-10 = テナント全体の共存モードが TeamsOnly ではありません。オンプレミス展開が存在する間は TeamsOnly にできません。ユーザーは移動するごとに 1 人ずつ TeamsOnly になります (Grant-CsTeamsUpgradePolicy.md)。
checklist-prerequisite-items-11 = MicrosoftTeams PowerShell モジュールが、管理用ワークステーション (4.x 以降) と、ユーザーを移動するサーバーにあります。移動するサーバーでは 6.2.1 以降 (Move-CsUser.md) で、サーバーが Skype for Business Server 2019 または Subscription Edition のビルド 7.0.2046.849 (KB5090660) 以降でない限り 7.1 以前を使用します (出典を参照)。Windows PowerShell 5.1 または PowerShell 7.2 以降。
checklist-prerequisite-items-12 = ユーザーを移動するサーバーで TLS 1.2 が有効になっています (Move-CsUser.md)。
checklist-prerequisite-items-13 = 移動の前に各ユーザーにライセンスが割り当てられています: Teams と Skype for Business Online (プラン 2)。ダイヤルイン会議が有効なユーザーには電話会議 (Audio Conferencing)、エンタープライズ VoIP が有効なユーザーには Teams Phone (move-users-between-on-premises-and-cloud.md)。
checklist-prerequisite-items-14 = ダウンロードしたスクリプトには Mark of the Web が付いており、RemoteSigned 実行ポリシーではブロックされます。スクリプトをサーバーにコピーした後、Unblock-File -Path .\hybrid-*.ps1 を実行してください (Unblock-File.md)。
checklist-prerequisite-items-15 = 展開とインターネットの両方に接続できるサーバーに、Skype for Business Server 管理ツールがあります。
checklist-prerequisite-items-16 = 実行順序: オンプレミス スクリプトを -WhatIf 付きで実行し、次に -WhatIf なしで実行します。続いてオンライン スクリプトを実行し、最後にオンプレミス スクリプトを、-MovePilotUsers と、オンライン スクリプトが書き出した hybrid-move-readiness.json を指す -ReadinessFile を付けて再度実行します。
checklist-prerequisite-items-17 = 移動に使用するアカウント (move-users-between-on-premises-and-cloud.md): オンプレミスでは CsServerAdministrator ロール。Teams では全体管理者、または Teams 管理者とユーザー管理者の両方、または Skype for Business 管理者とユーザー管理者の両方。Move-CsUser には .onmicrosoft.com で終わるアカウント、または -HostedMigrationOverrideUrl を指定した同期済みアカウントを使用します。
checklist-after-items-1 = 移動したユーザーとオンプレミスのユーザーの間で、また外部のフェデレーション組織との間で、IM、プレゼンス、通話を双方向でテストしてください。
checklist-after-items-2 = オンプレミスにユーザーが 1 人もいなくなるまで、SharedSipAddressSpace を $true のまま、DNS をオンプレミスに向けたままにしてください。
checklist-after-items-3 = 最後のユーザーの移動が完了したら、DNS の参照先を変更し、次に Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false を実行し、その後、新しく開いたオンプレミスのシェルでホスティング プロバイダーを無効にしてください。
checklist-title = Skype for Business ハイブリッド — 変更チェックリスト
checklist-generated = Hybrid Builder で生成されました。作業を進めながら各項目にチェックを付けてください。
checklist-settings = 設定
checklist-prerequisites = 変更作業の前に
checklist-steps = スクリプトの処理内容 (手順ごと)
checklist-run-order = 実行順序
checklist-run-order-intro = ファイルを次の順序で実行してください。各ファイルの処理内容は、以下の各手順で説明しています。スクリプトには、コマンドを単体で実行する場合にはない、バックアップと設定済みかどうかのチェックが含まれています。
checklist-look-for = 確認ポイント
checklist-runs-on-prem = 実行環境: フロントエンド サーバー上の Skype for Business Server 管理シェル。
checklist-runs-online = 実行環境: MicrosoftTeams モジュールを読み込んだ PowerShell (管理シェルではありません)。
checklist-run = このステージの処理内容
checklist-verify = 確認
checklist-expect = 想定される結果
checklist-rollback = ロールバック
checklist-dns = ハイブリッド構成中の DNS
checklist-dns-intro = ホームがオンプレミスにあるユーザーが 1 人でもいる間は、すべての SIP ドメインのすべての外部 Skype for Business レコードが、Microsoft 365 ではなく、オンプレミスのエッジとリバース プロキシを指している必要があります (plan-hybrid-connectivity.md)。各ドメインのレコードには、そのドメイン自身の名前を使用します:
checklist-dns-no-domains = フォームに SIP ドメインを追加すると、ここにそのレコードが一覧表示されます。
checklist-access-edge-ip = アクセス エッジの外部 IP アドレス (名前で指定するには、フォームにエッジの外部 FQDN を入力してください)
checklist-reverse-proxy-ip = リバース プロキシのパブリック IP アドレス (名前で指定するには、フォームにリバース プロキシの FQDN を入力してください)
checklist-sip-record-source = 外部アクセス エッジ: Skype/SfbServer/plan-your-deployment/network-requirements/dns.md
checklist-sip-tls-srv = ポート 443、アクセス エッジ経由のクライアント サインイン。優先度と重みはお使いのゾーンの設定どおり (Microsoft はオンプレミスのレコードについて値を示していません)
checklist-federation-srv = ポート 5061。アクセス エッジの外部 IP に解決され、SIP ドメインと SRV ターゲットの間で厳密な DNS 名の一致が必要です (plan-hybrid-connectivity.md)。このチェックリストでは、sip.<ドメイン> のように同じドメイン内のターゲットを使用することでこれを満たしています (推定)。優先度と重みはお使いのゾーンの設定どおり
checklist-lyncdiscover-source = クライアントの自動検出 (AutoDiscover)。リバース プロキシで公開: dns.md
checklist-simple-url-source = 会議またはダイヤルインの簡易 URL でこの名前を使用している場合。リバース プロキシで公開: dns.md
checklist-edge-san = 外部エッジ証明書のサブジェクト代替名に次が含まれています:
checklist-edge-san-source = *.onmicrosoft.com を除くすべての SIP ドメイン。移動の前に必要です: cloud-consolidation-edge-certificates.md (テナントの各 SIP ドメインについてこのように記載されています)
checklist-webconf-internal = オンライン ユーザーがオンプレミスの会議で発表できるように、内部クライアントが Web 会議エッジの外部 FQDN (例: webcon.contoso.com) を、スプリット DNS の内部ゾーンを介して外部 IP に解決できます (plan-hybrid-connectivity.md)。
checklist-dns-later = 最後のユーザーがオンラインに移動した後にのみ、これらを Microsoft 365 に向け直してください:
checklist-verification = 検証
checklist-verification-intro = 変更後に検証スクリプトが検出した内容です。各 FAIL には対処方法が記載されています。すべてのチェックに合格した手順では、確認項目が「レポートで確認済み」と表示されます。
checklist-verified-by-report = レポートで確認済み
checklist-preflight-says = 事前チェック:
checklist-findings = 事前チェックの検出結果
checklist-findings-intro = 事前チェック スクリプトが展開で検出した内容です (FAIL を先頭に表示)。変更作業の前に、各 FAIL を解消してください。
checklist-todo = 対処
checklist-changes = 変更内容
checklist-changes-intro = 変更スクリプトが設定する各値について、事前チェックで検出された現在の値と変更後の値です:
checklist-known-errors = 既知のエラー
checklist-after = パイロットの後
checklist-domain-verified = SIP ドメイン { $domain } がテナントで確認済みであり、オンプレミスのトポロジに含まれています。
checklist-stage-line = { $number }. { $title } — 実行環境: { $shell }
checklist-public-ip-of = { $host } のパブリック IP アドレス
checklist-rollback-script = または、スクリプトが書き込んだバックアップ ファイルを指定して { $script } を実行してください。このバックアップに保存されたすべての構成が元に戻ります。オンラインでホストされているユーザーがいる間は実行を拒否します。
checklist-cname-or-a = CNAME または A
checklist-source-dedicated-app = Exchange Online 統合用の専用ハイブリッド アプリケーション: サードパーティ。Microsoft の投稿「Released: August 2025 Skype for Business Server hotfix updates」の要約 (maxime365 ブログ、2025-08-18)。確認した Microsoft のページにはこの記載がありません。各バージョンの KB が規則です。
checklist-source-teams-module = 7.1 より後の MicrosoftTeams と Move-CsUser: office-docs-powershell のプル リクエスト 13225 と 13244 (2025 年 11 月) の Microsoft スタッフのメモには 7.1 より後のバージョンで Move-CsUser が動作しないとあり、プル リクエスト 13690 (2026 年 7 月) には 7.2 より後のバージョンにはビルド 7.0.2046.849 (KB5090660) が必要とあります。これらのメモはまだ Move-CsUser.md にマージされていません。
checklist-source-lifecycle = Skype for Business Server 2015 および 2019 の延長サポート終了 (2025 年 10 月 14 日): 2025 年 7 月に報道された Microsoft のライフサイクルの告知。
checklist-sources-intro = 上記の規則が、公開されている Microsoft のページ以外の情報に基づく場合:
checklist-sources = 出典

## change_record

change_record-risk-default-route = 手順 1 でエッジが DNS SRV ルーティングに切り替わります。既定のルート (クリアリングハウス) を経由するフェデレーションは停止します。
change_record-risk-items-1 = クラウドの値が誤っていると、後になって Move-CsUser の段階で失敗します。文書化されていないソブリン クラウドの値は、スクリプトが提供される前に管理者が確認済みです。
change_record-risk-items-2 = 移動したユーザーは TeamsOnly になります。そのユーザーの会議は、移動の約 90 分後に変換されます。
change_record-risk-items-3 = MicrosoftTeams モジュールの 7.1 より後のバージョンでは、サーバーのビルドが 7.0.2046.849 より前の場合に Move-CsUser が動作しません (KB5090660。出典を参照)。移動スクリプトは最初にこの組み合わせをチェックします。
change_record-sign-off-rows-1 = 作成者
change_record-sign-off-rows-2 = レビュー担当者
change_record-sign-off-rows-3 = 承認者 (変更諮問委員会)
change_record-title = Skype for Business ハイブリッド — 変更記録
change_record-date = 日付
change_record-link = 設定 (Hybrid Builder のリンク)
change_record-intro = 変更諮問委員会向けに Hybrid Builder で作成しました。変更内容、実行するスクリプトそのもの、リスク、および切り戻し方法を記載しています。
change_record-settings = 設定
change_record-provenance = クラウドの値の出典:
change_record-typed-by-admin = 管理者が入力 (クラウドの既定値ではありません)
change_record-plan = 計画
change_record-no-preflight = 事前チェック レポートが読み込まれていません。展開で検出された現在の値は、この記録に含まれていません。
change_record-changes-from-preflight = 事前チェック レポートに基づく変更内容 (現在の値 → 変更後の値):
change_record-not-there = (未設定)
change_record-column-action = 操作
change_record-column-setting = 設定
change_record-column-found = 現在
change_record-column-after = 変更後
change_record-open-findings = 未解決の事前チェックの検出結果
change_record-scripts = スクリプト
change_record-hash-how = 実行するものは承認されたものと同一でなければなりません。各ファイルを実行する前に、Get-FileHash -Algorithm SHA256 <ファイル> で比較してください。
change_record-file = ファイル
change_record-risks = リスク
change_record-verification = 検証
change_record-sign-off = 承認
change_record-rollback-how = 変更とは逆の順序で元に戻します。まず { $online }、次に { $on_premises } を、それぞれ対応する変更スクリプトが書き出したバックアップを指す -BackupFile を付けて実行します。どちらも -WhatIf に対応しており、明示的に指定しない限り、ホームがオンラインにあるユーザーがいる間は実行を拒否します。オンプレミス スクリプトは、中央管理ストア全体もバックアップの隣の hybrid-cs-configuration-<日付>.zip に保存しました (Export-CsConfiguration。Import-CsConfiguration で戻せます)。
change_record-shell-on-premises = Skype for Business Server 管理シェル
change_record-shell-online = MicrosoftTeams モジュールを読み込んだ PowerShell
change_record-accepted-by-admin = { $date } に管理者が承認: 管理者はこれらの FAIL を読んだうえで、変更スクリプトを求めました。
change_record-acceptance = 承認された事前チェックの FAIL
change_record-rollback-when = 各手順を元に戻せる条件:
change_record-rollback = ロールバック

## plan

plan-edge-title = 手順 1 — エッジのフェデレーション
plan-edge-why = 同じ SIP ドメインのオンライン ユーザーとオンプレミス ユーザーはフェデレーションを介して相互に通信するため、エッジでフェデレーション ユーザーを許可し、DNS SRV レコードでルーティングする必要があります (ホスティング プロバイダーは既定のルートでは機能しません)。
plan-edge-rollback = ロールバック: スクリプトは変更の前に現在のエッジ構成を Export-Clixml で保存します。保存した値を Set-CsAccessEdgeConfiguration で元に戻してください。
plan-leaving-default-route = 既定のルートの廃止: この手順以降、エッジは DNS SRV ルーティングを使用します。ホスティング プロバイダーにはこれが必要です (New-CsHostingProvider.md)。既定のルート (クリアリングハウス) を経由していたフェデレーションは、ここで停止します。変更作業の前に、既定のルート経由で通信しているパートナーを洗い出し、そのパートナーおよびクリアリングハウスと実施日を合意し、既定のルートがなくなった後にどのように通信するかを各パートナーと取り決めてください。
plan-provider-title = 手順 2 — 共有 SIP アドレス空間を使用するホスティング プロバイダー
plan-provider-why = ホスティング プロバイダーは、お使いの SIP ドメインのユーザーが Microsoft 365 にも存在する可能性があることと、そのユーザーを見つける場所をエッジに伝えます。
plan-no-public-provider = 何も表示されないこと。同じ Identity のパブリック プロバイダーがあると、「duplicate key sequence」エラーが発生します。
plan-provider-fixed-values = 固定値: Enabled $true (プロバイダーを使用する)、EnabledSharedAddressSpace $true (1 つの SIP ドメインのユーザーがオンプレミスとオンラインに分かれている)、HostsOCSUsers $true (プロバイダーが Skype for Business ユーザーをホストする)、IsLocal $false (プロバイダーは自社の展開ではない)。
plan-connect-title = テナントへの接続
plan-connect-why = 手順 3 は、テナントにサインインした PowerShell セッションで、Microsoft 365 に対して実行します。オンライン セッションを Skype for Business Server 管理シェルにインポートしないでください。
plan-rollback-only-when-none-online = ホームがオンラインにあるユーザーがいない場合のみ。オンプレミスにユーザーが 1 人もいなくなるまで SharedSipAddressSpace は True のままにする必要があり (configure-federation-with-skype-for-business-online.md)、ホスティング プロバイダーがないと、お使いの SIP ドメインのオンプレミス ユーザーとオンライン ユーザーはメッセージを交換できなくなります (Set-CsHostingProvider.md、Remove-CsHostingProvider.md)。先にユーザーをオンプレミスに戻してください
plan-move-back-loses = ユーザーをオンプレミスに戻しても、そのユーザーの Teams 会議は戻りません (move-users-from-the-cloud-to-on-premises.md: 会議を再スケジュールしてください)。また、2023 年 11 月 10 日以降は連絡先も戻りません (Move-CsUser.md)
plan-tenant-title = 手順 3 — テナントでの共有 SIP アドレス空間
plan-tenant-why = テナントは、その SIP ドメインの一部のユーザーのホームがオンプレミスにあることを認識している必要があります。これがないと、Move-CsUser が HostedMigration fault 510 で失敗します。
plan-tenant-keep-true = オンプレミスにユーザーが 1 人もいなくなるまで、SharedSipAddressSpace を $true のままにしてください。$false に設定するのは、ハイブリッドを無効にするときだけです。
plan-oauth-onprem-title = オプション — サーバー間認証 (オンプレミス)
plan-oauth-why = Skype for Business Server と、Exchange Online などの Microsoft 365 サービスが、互いのトークンを信頼できるようにします。
plan-oauth-cert-expected = 証明書 (2048 ビット以上、すべてのフロントエンド サーバーで同一)。
plan-oauth-metadata-reachable = New-CsOAuthServer は、実行時にサーバーからメタデータ URL に到達できないと失敗します。
plan-oauth-online-title = オプション — サーバー間認証 (オンラインのサービス プリンシパル)
plan-oauth-online-why = Microsoft 365 がオンプレミスのトークンを受け入れるには、オンプレミスの OAuthTokenIssuer 証明書を認識している必要があります。この証明書を Skype for Business Online (00000004-…) と Exchange Online (00000002-…) のサービス プリンシパルに登録し、Exchange Online のサービス プリンシパルを有効にし、各プールの外部 Web サービスの FQDN を Skype for Business Online のサービス プリンシパル名にします (configure-a-hybrid-environment.md)。
plan-oauth-dedicated-app = Exchange Online 統合 (アーカイブ、予定表のプレゼンス、写真) はテナント内の専用ハイブリッド アプリケーションに移行します (出典を参照): Subscription Edition KB5065372 (7.0.2046.820、フロントエンド サーバーで ConfigureSkypeforBusinessHybridApplication.ps1)、2019 KB4470124 (7.0.2046.553)、2015 KB3061064 (6.0.9319.881、その後 add_sfbassets.ps1)。ご使用のバージョンの KB に従ってください。オンライン スクリプトは証明書を Skype for Business Online サービス プリンシパルにのみ登録し、Exchange Online プリンシパル (00000002) には決して登録しません。そのキーは Microsoft の CSS-Exchange スクリプト ConfigureExchangeHybridApplication.ps1 が削除します。
plan-readiness-title = 移動の前に — テナントでの移動準備状況
plan-readiness-why = テナントが SIP アドレス空間を共有していない場合や、パイロット ユーザーが同期されていないかライセンスが割り当てられていない場合、移動は後になって Move-CsUser の段階で失敗します。オンライン スクリプトは各パイロット ユーザーをチェックし、hybrid-move-readiness.json を書き出します。オンプレミス スクリプトは、作成されたばかりのこのファイルがない限り、だれも移動しません。
plan-readiness-expected = HostingProvider が SRV: であること (同期済みで、ホームがオンプレミスにある: skype-for-business-online-retirement.md)。また、AssignedPlan にプラン MCOProfessional と Teams があること (プラン名はライセンス名から推定したものです)。
plan-readiness-note = 移動前に必要なライセンス: Teams と Skype for Business Online (プラン 2)。オンプレミスでダイヤルイン会議が有効なユーザーには電話会議 (Audio Conferencing)、エンタープライズ VoIP が有効なユーザーには Teams Phone (move-users-between-on-premises-and-cloud.md)。
plan-teams-only-default = オンプレミス展開が存在する間は、テナント全体の共存モードを TeamsOnly にしないでください。代わりに、ユーザーを 1 人ずつ移動してください (Grant-CsTeamsUpgradePolicy.md)。
plan-pilot-title = パイロット — 最初のユーザーの移動
plan-pilot-why = 残りのユーザーを移動する前に、まず少数のユーザーを移動し、サインイン、チャット、通話が双方向でできることを確認してください。
plan-pilot-order = -MovePilotUsers -ReadinessFile <オンライン スクリプトが書き出した、作成から 24 時間以内の hybrid-move-readiness.json> を指定した場合にのみ実行されます。各移動の移動先は、オンプレミスで構成されているホスティング プロバイダーの ProxyFqdn です。準備状況ファイルで準備完了と示されていないユーザーは、警告を表示してスキップされます。
plan-module-pairs = スクリプトは、移動を行う前に、既知の問題のある組み合わせを検出すると停止します: 6.2.1 より前の MicrosoftTeams (Move-CsUser.md)。2019 CU6 7.0.2046.385、2015 CU12 6.0.9319.619、または Lync 2013 CU10 HF7 5.0.8308.1182 より前のサーバー。7.0.2046.849 より前のビルドでの MicrosoftTeams 7.2 以降 (KB5090660。出典を参照)。また、移動に必要な TLS 1.2 を使用します (Move-CsUser.md)。
plan-pilot-no-pool = パイロット ユーザーをオンプレミスに戻すコマンドを表示するには、フォームにレジストラー プールを入力してください。
plan-pilot-expected = 移動後、HostingProvider に Microsoft 365 の FQDN が表示されること (推定: 参照資料には正確な値が記載されていません)。
plan-pilot-note = 会議は移動の約 90 分後に変換されます。連絡先は、ユーザーが 30 日以内に Teams にサインインしたときに移行されます (Move-CsUser.md)。
plan-existing-replace = 同じ ProxyFqdn の既存のプロバイダーは、Microsoft の手順どおりに削除されてから新たに作成されます。プロバイダーにすべての値が既に設定されている場合、スクリプトは削除も作成も行いません。
plan-existing-update = 同じ ProxyFqdn の既存のプロバイダーはそのまま残し、Set-CsHostingProvider で修正します (ProxyFqdn と Identity は変更できません)。
plan-existing-stop = 同じ ProxyFqdn のプロバイダーが既に存在する場合、スクリプトは何も変更せずに停止し、そのプロバイダーを表示します。
plan-connection-teams = ここでは MicrosoftTeams モジュール 4.x 以降が必要です。Move-CsUser を実行する場所については、Move-CsUser.md で 6.2.1 以降が求められています。また、サーバーがビルド 7.0.2046.849 (KB5090660) 以降でない限り、7.1 より後のバージョンでは Move-CsUser が動作しません (出典を参照)。6.2.1 ～ 7.1 はサポートされている任意のビルドで使用し、それより後のバージョンは 7.0.2046.849 以降の Skype for Business Server 2019 または Subscription Edition でのみ使用してください。管理者アカウントを指定しない場合はサインイン時に入力を求められ、MFA にも対応できます。
plan-tenant-federation-expected = { $mode ->
    [open] SharedSipAddressSpace が True、AllowFederatedUsers が True、AllowedDomains が AllowAllKnownDomains (オープン フェデレーション)、BlockedDomains がオンプレミスのブロックされたドメインの一覧と同一
   *[allow-list] SharedSipAddressSpace が True、AllowFederatedUsers が True、AllowedDomains がオンプレミスの許可されたドメインの一覧と同一の許可リスト、BlockedDomains がオンプレミスのブロックされたドメインの一覧と同一
}
plan-principal-graph = オンライン スクリプトは、keyCredentials を選択して各サービス プリンシパルを読み取り (キーが返されるのはこの読み取り方法のみです)、既存のキーはすべてそのまま保持し、拇印でこの証明書を検索して、存在しない場合にのみ追加します (Microsoft Graph の keyCredential リソース)。
plan-key-expected-plain = Type が AsymmetricX509Cert、Usage が Verify で、customKeyIdentifier がオンプレミスの OAuthTokenIssuer 証明書の拇印であるキーがあること。
plan-key-expected-exchange = AccountEnabled が True であり、Hybrid Builder が追加したキーがないこと。証明書は Exchange Online サービス プリンシパルには登録しません (Microsoft の CSS-Exchange スクリプト ConfigureExchangeHybridApplication.ps1 はこのようなキーを削除します)。
plan-key-expected-spns = Type が AsymmetricX509Cert、Usage が Verify で、customKeyIdentifier がオンプレミスの OAuthTokenIssuer 証明書の拇印であるキーがあること。ServicePrincipalNames に { $spns } が含まれていること。

## report

report-too-large = このファイルは Hybrid Builder のどのレポートよりも大きいため、読み込みませんでした。
report-not-ours = これは Hybrid Builder のレポートではありません ("schema": "hybrid-builder-report" がありません)。生成されたスクリプトが書き出した hybrid-preflight-*.json または hybrid-verification-*.json ファイルを読み込んでください。
report-from-the-future = このレポートの日付は 1 日以上先の日時になっています。レポートを書き出したサーバーの時計を確認してから、スクリプトを再実行してください。
report-unknown-check = チェック
report-routing-dns-srv = DNS SRV ルーティング
report-routing-default = 既定のルート
report-action-remove = 削除
report-action-create = 作成
report-action-set = 設定
report-action-keep = 変更なし
report-action-stop = 停止
report-hosting-provider = ホスティング プロバイダー
report-unreadable = このファイルは読み取り可能なレポートではありません ({ $shown })。スクリプトが書き出したファイルを、変更せずにそのまま読み込んでください。
report-newer-schema = このレポートは、より新しい Hybrid Builder 用に書き出されています (レポート スキーマ { $version }。このビルダーが読み取れるのは { $supported } までです)。スクリプトを生成したビルダーを使用してください。
report-old = このレポートは { $days } 日前のものです。その後、展開が変更されている可能性があります。スクリプトを再実行し、新しいレポートを読み込んでください (レポートを読み込めるのは 7 日間です)。
report-other-domains = このレポートは SIP ドメイン { $report } を対象に作成されていますが、この設定は { $settings } を対象としています。この展開のレポートを読み込むか、この設定からスクリプトを再生成してください。
report-stale = 古い情報: このレポートは SIP ドメイン { $report } 用に作成されましたが、現在の設定は { $settings } です。この設定で事前チェックを再実行してください。それまでは、検出結果と変更内容がこの設定を表していない可能性があります。
report-is-preflight = これは事前チェック レポートです。「事前チェック」で読み込んでください。
report-is-verification = これは検証レポートです。「検証」で読み込んでください。
report-duplicate-key = このレポートには「{ $key }」が複数回含まれているため、2 通りに読めてしまいます。読み込みませんでした。スクリプトが書き出したファイルを、変更せずにそのまま読み込んでください。
report-too-deep = このファイルは、Hybrid Builder のどのレポートよりも深くリストやオブジェクトが入れ子になっているため、読み込みませんでした。
report-bad-date = このレポートの日付 (created_unix { $value }) は、このビルダーのスクリプトが書き出す日付ではないため、読み込みませんでした。スクリプトが書き出したファイルを、変更せずにそのまま読み込んでください。
report-no-domains = このレポートには作成対象の SIP ドメインが記載されていないため、この展開 ({ $settings }) のレポートであることを確認できません。読み込みませんでした。この設定から生成したスクリプトを実行し、そのレポートを読み込んでください。
report-no-checks = このレポートにはチェックが 1 つも含まれていません。スクリプトがチェックを実行する前に停止したか、ファイルが途中で切れています。スクリプトを再実行し、レポート全体を読み込んでください。
report-already-read = このレポートは既に読み込まれています。1 回として数えます。
report-replaces-earlier = このレポートは、同じ部分 (オンプレミスまたはオンライン) について先に読み込んだレポートを置き換えます。
report-check-server-build = サーバーのビルド
report-check-server-product = 製品とサポート
report-check-hybrid-application-build = 専用ハイブリッド アプリケーションに必要なビルド
report-check-server-roles = プールとその役割
report-check-teams-module = MicrosoftTeams モジュール
report-check-tls12 = .NET の TLS 1.2
report-check-cms-replication = 中央管理ストアのレプリケーション
report-check-sip-domains = トポロジ内の SIP ドメイン
report-check-edge-pools = エッジ プール
report-check-web-services = プールの外部 Web サービス
report-check-registrar-pools = レジストラー プール
report-check-access-edge = アクセス エッジの構成
report-check-hosting-providers = ホスティング プロバイダーとパブリック プロバイダー
report-check-federation-lists = 許可されたドメインとブロックされたドメイン
report-check-oauth-certificate = OAuthTokenIssuer 証明書
report-check-oauth-objects = OAuth サーバーとパートナー アプリケーション
report-check-dns = このサーバーからの DNS
report-check-tenant = テナント
report-check-tenant-domains = テナント内の SIP ドメイン
report-check-exchange-principal-keys = Exchange Online プリンシパルのキー
report-check-federation-lists-match = 両側の許可ドメインとブロック ドメイン
report-check-tenant-federation = テナントのフェデレーション
report-check-coexistence = テナント全体の共存モード
report-check-pilot-user = パイロット ユーザー
report-check-verify-access-edge = 構成どおりのアクセス エッジ
report-check-verify-hosting-provider = すべての値が設定された 1 つのホスティング プロバイダー
report-check-verify-oauth = OAuth サーバー、パートナー アプリケーション、サービス名
report-check-verify-federated-partner = クラウドに対する Test-CsFederatedPartner
report-check-verify-pilot-homed = 移動したパイロット ユーザー (オンプレミス)
report-check-verify-tenant = テナントの共有 SIP アドレス空間とフェデレーション
report-check-verify-service-principals = サービス プリンシパル: キー、有効化、SPN
report-check-verify-pilot-online = 移動したパイロット ユーザー (オンライン)
report-todo-could-not-read = このシェルに、このチェックに必要な権限とモジュールがあることを確認してから、スクリプトを再実行してください。
report-todo-server-build-unread = Get-CsServerPatchVersion でビルドを読み取り、チェックリストに記載された最小ビルドと比較してください。
report-todo-server-build-below-minimum = 変更作業の前に、Skype for Business Server 2019 CU6 (7.0.2046.385) または 2015 CU12 (6.0.9319.619) 以降をインストールしてください。
report-todo-server-build-2015 = 移動が機能するのは MicrosoftTeams 7.1 以前のみです。2015 向けの修正は示されていません (office-docs-powershell のプル リクエスト 13690)。
report-todo-server-product-out-of-support = Skype for Business Server 2015 と 2019 の延長サポートは 2025 年 10 月 14 日に終了しました (2025 年 7 月に報道された Microsoft のライフサイクルに関する発表による)。Lync Server 2013 のサポートはそれより前に終了しています。Subscription Edition への移行か、全ユーザーの Teams への移動を計画してください。
report-todo-server-product-unread = ここでは製品名を読み取れませんでした。[プログラムと機能] で確認してください。
report-todo-hybrid-application-build-unread = Get-CsServerPatchVersion でビルドを読み取り、お使いのバージョンの 2025 年 8 月の修正プログラムと比較してください。
report-todo-hybrid-application-build-below = Exchange Online との統合には、お使いのバージョンの 2025 年 8 月の修正プログラム (Subscription Edition KB5065372、2019 KB4470124、2015 KB3061064) と、その専用ハイブリッド アプリケーションが必要です。その KB の手順に従ってください。
report-todo-teams-module-missing = MicrosoftTeams 7.1.0 をインストールしてください (Install-Module MicrosoftTeams -RequiredVersion 7.1.0)。それより新しいバージョンは、ビルド 7.0.2046.849 以降の場合にのみ使用できます。
report-todo-teams-module-too-old = Move-CsUser にはバージョン 6.2.1 以降が必要です。7.1.0 をインストールしてください。
report-todo-teams-module-too-new = 7.1 より後のバージョンでは、ビルド 7.0.2046.849 (KB5090660) より前の環境で Move-CsUser が失敗します。サーバーを更新するか、7.1.0 をインストールしてください。
report-todo-tls12 = Move-CsUser には TLS 1.2 が必要です。移動の前に、このサーバーの .NET で有効にしてください (変更スクリプトも自身のセッションで TLS 1.2 を要求します)。
report-todo-cms-replication = 変更作業の前に、レプリケーションの完了を待つか、問題を解消してください。変更はレプリケーションによってのみエッジに反映されます。
report-todo-sip-domains-missing = SIP ドメインをトポロジに追加するか、Hybrid Builder の設定から削除してください。
report-todo-sip-domains-extra = Hybrid Builder にすべての SIP ドメインを入力してください。DNS、証明書、テナントのいずれにも、すべてのドメインが必要です。
report-todo-edge-pools-none = ハイブリッドには、フェデレーションを構成したエッジ サーバーが必要です。
report-todo-edge-pools-several = フェデレーション エッジにできるエッジ プールは 1 つだけです。トポロジのフェデレーション ルートを確認してください。
report-todo-web-services = ここで見つかったプールの外部 Web サービスの FQDN を Hybrid Builder に入力してください。
report-todo-access-edge-default-route = 変更スクリプトは DNS SRV ルーティングに切り替えるため、既定のルート (クリアリングハウス) を経由するフェデレーションは停止します。フェデレーション パートナーと調整して計画してください。
report-todo-access-edge-federated-off = 変更スクリプトがフェデレーション ユーザーを許可します (手順 1)。
report-todo-hosting-providers-public = Hybrid Builder で別の Identity を指定するか、そのパブリック プロバイダーを削除してください。
report-todo-hosting-providers-same-name = Hybrid Builder で別の Identity を指定するか、そのプロバイダーを削除してください。
report-todo-hosting-providers-same-proxy = 変更スクリプトは、[この ProxyFqdn のプロバイダーが既に存在する場合] で選択したとおりにこのプロバイダーを処理します。[変更内容] を参照してください。
report-todo-federation-lists = オンラインのレポートにあるテナントのリストと比較してください。
report-todo-oauth-certificate-missing = サーバー間認証を構成する前に、証明書を割り当ててください (Set-CsCertificate -Identity global -Type OAuthTokenIssuer)。
report-todo-oauth-certificate-expired = 変更作業の前に、OAuthTokenIssuer 証明書を更新してください。
report-todo-oauth-certificate-expiring = 早めに証明書の更新 (Set-CsCertificate -Roll) を計画してください。
report-todo-oauth-certificate-key-size = 2048 ビット以上のキーを持つ証明書を使用してください。
report-todo-dns = ハイブリッド構成中は、すべての SIP ドメインのすべてのレコードがオンプレミスを指すようにしてください (チェックリストの DNS を参照)。インターネットから見た結果を確認するには、-PublicDnsServer を指定してスクリプトを再実行してください。
report-todo-tenant-domains-missing = 変更作業の前に、テナントでドメインを追加して確認してください。
report-todo-tenant-domains-disabled = 無効な SIP ドメインのユーザーはプロビジョニングされません (Get-CsOnlineSipDomain.md)。変更作業の前に、ドメインを有効にしてください。
report-todo-tenant-federation = 変更作業の前に、外部アクセスを有効にしてください (Set-CsTenantFederationConfiguration -AllowFederatedUsers $true)。
report-todo-exchange-principal-keys = これらのキーは、Microsoft の CSS-Exchange の ConfigureExchangeHybridApplication.ps1 で削除できます。-ResetFirstPartyServicePrincipalKeyCredentials ではすべてのキー、-CertificateInformation <拇印> を指定するとそのキーと期限切れのすべてのキーが削除されます。Exchange ハイブリッドが専用アプリケーションを使用するようになってから実行してください。
report-todo-coexistence-teams-only = オンプレミスからユーザーを移動する前に、テナント全体のモードを元に戻してください (Microsoft サポートが必要な場合があります)。
report-todo-coexistence-unread = Teams 管理センターで、組織全体の共存モードが [Teams のみ] ではないことを確認してください。
report-todo-pilot-user-not-synced = ディレクトリ同期を待つか、ユーザーがオンプレミスに所属していることを確認してください。
report-todo-pilot-user-licences = Teams と Skype for Business Online (Plan 2) を割り当ててください。ユーザーがオンプレミスで使用している場合は、電話会議または Teams Phone も割り当ててください。
report-todo-verify-access-edge = オンプレミスの変更スクリプトを再実行し、その出力を確認してください。
report-todo-verify-hosting-provider = オンプレミスの変更スクリプトを再実行し、Get-CsHostingProvider の結果をチェックリストと比較してください。
report-todo-verify-oauth = サーバー間認証を有効にして、オンプレミスの変更スクリプトを再実行してください。
report-todo-verify-federated-partner-no-domain = -PartnerDomain <許可リストにあるフェデレーション パートナーのドメイン> を指定して、スクリプトを再実行してください。
report-todo-verify-federated-partner-several-edges = -EdgePoolFqdn <フェデレーション ルートであるエッジ プール> を指定して、スクリプトを再実行してください。
report-todo-verify-federated-partner-failed = フェデレーション エッジの DNS、エッジ証明書、ファイアウォールを確認してください (チェックリストの DNS を参照)。
report-todo-verify-pilot-homed = ユーザーはまだオンプレミスにいます。移動 (-MovePilotUsers -ReadinessFile) を実行し、その出力を確認してください。
report-todo-verify-tenant = オンラインの変更スクリプトを再実行し、その出力を確認してください。
report-todo-verify-service-principals = サーバー間認証を有効にして、オンラインの変更スクリプトを再実行してください。
report-todo-verify-pilot-online = 移動はまだテナントに反映されていません。レプリケーションを待ってから、検証を再実行してください。

## share

share-unknown-field = このビルダーが認識しない設定です。
share-sender-confirmed = これらの設定の送信者が確認済みです。スクリプトで使用する前に、自分で確認してください。
share-not-an-object = 設定が JSON オブジェクトではありません。
share-bad-version = schema_version が数値ではありません。
share-storage-corrupt = このブラウザーに保存されている設定を読み取れませんでした。既定値から開始します。
share-bad-link-version = リンクに有効なバージョン (v=2) がありません。読み取れた部分のみ読み込みました。
share-link-cut-short = このリンクは途中で切れています (チェックサムを含む末尾がありません)。一部の設定が欠けているか、不完全な可能性があります。リンク全体を入手するか、以下のすべての設定を確認してください。
share-link-changed = このリンクはチェックサムと一致しません。途中で切れたか、変更されています。リンク全体を入手するか、以下のすべての設定を確認してください。
share-not-a-boolean = true または false が必要です。
share-not-text = テキストが必要です。
share-not-a-list = テキストのリストが必要です。
share-expected-one-of = { $names } のいずれかが必要です。
share-invalid-json = ファイルが有効な JSON ではありません ({ $detail })。
share-newer-schema = より新しい Hybrid Builder で書き出されています (schema_version { $version }。このビルダーが読み取れるのは { $supported } までです)。新しいビルダーを使用してください。
share-newer-link-format = このリンクは、より新しい Hybrid Builder で作成されています (v={ $version })。このビルダーが認識する設定のみを復元しました。
share-cannot-lock = { $path } をロックできません: このビルダーが認識しない設定です。
share-unknown-language = { $tag } は、このビルダーが対応していない言語です。ブラウザーの言語を使用します。
share-duplicate-key = 「{ $key }」が複数回指定されているため、どの値を意図しているか不明です。何も読み込みませんでした。1 つだけ残してください。
share-too-deep = このファイルは、どの設定ファイルよりも深くリストやオブジェクトが入れ子になっているため、読み込みませんでした。
share-repeated-in-link = リンク内に複数回含まれています。最初の値だけを使用しました。
share-default-kept = { $problem }既定値のままにします。
share-ignored = { $problem }無視しました。
share-defaults-used = { $problem }既定値を使用します。

## stages

stages-preflight = 事前チェック (読み取り専用)
stages-dry-run = オンプレミス、ドライ ラン
stages-on-premises = オンプレミス
stages-online = オンライン
stages-wait = レプリケーションの完了を待機
stages-moves = パイロット ユーザーの移動
stages-verify = 検証 (読み取り専用)
stages-if-needed = 元に戻す必要がある場合のみ
stages-management-shell = フロントエンド サーバー上の Skype for Business Server 管理シェル
stages-teams-shell = MicrosoftTeams モジュールを読み込んだ PowerShell (管理シェルではありません)
stages-both-shells = オンプレミス部分は管理シェル、オンライン部分は MicrosoftTeams モジュール
stages-preflight-look = FAIL がないこと。hybrid-preflight-*.json レポートを 2 つとも Hybrid Builder に読み込み、「変更内容」を確認してください。
stages-dry-run-look = 「What if:」の行が「変更内容」に記載された変更についてのみ表示され、エラーがないこと。
stages-on-premises-look = バックアップ、トランスクリプト、hybrid-cs-configuration-*.zip のパス (保管してください。.zip は Export-CsConfiguration が保存した中央管理ストア全体で、Import-CsConfiguration で戻せます)。各手順が完了済みまたは既に構成済みで、エラーがないこと。
stages-online-look = SharedSipAddressSpace が True であること。フェデレーション モードがオンプレミス側と一致していること。
stages-online-look-pilots = SharedSipAddressSpace が True であること。各パイロット ユーザーが READY であること。hybrid-move-readiness.json のパス。
stages-wait-look = サーバーが 1 台も表示されないこと (すべてのレプリカが最新)。パイロット ユーザーがテナントに同期されていること。エッジは、レプリケーションの完了後にのみ変更を適用します。
stages-moves-look = モジュールとビルドの行に続いて、各パイロット ユーザーが移動されたこと。NOT READY のユーザーは警告を表示してスキップされます。
stages-verify-look = すべての行が PASS であること。hybrid-verification-*.json レポートを 2 つとも読み込むと、レポートで確認できた項目がチェックリストにマークされます。
stages-if-needed-look = それぞれまずドライ ランを実行し、オンライン部分から先に行います。変更とは逆の順序で元に戻します。ホームがオンラインにあるユーザーがいる間は、どちらも実行を拒否します。
stages-backup-file-placeholder = <この変更作業で書き込まれた hybrid-on-premises-backup-*.xml>
stages-online-backup-file-placeholder = <この変更作業で書き込まれた hybrid-online-backup-*.xml>

## validation

validation-legacy-connector-retired = 使用できません: Skype for Business Online Connector は廃止されました (New-CsOnlineSession は MicrosoftTeams 2.0.0 で削除されました)。どのスクリプトもこれでサインインしません。MicrosoftTeams モジュール (Connect-MicrosoftTeams) を選択してください。その他の設定はすべて保持されます。
validation-msonline-retired = 使用できません: MSOnline モジュールは廃止されました (2025 年 3 月 30 日まで動作: Azure AD PowerShell 移行 FAQ)。どのスクリプトもこれを使用しません。Microsoft Graph PowerShell を選択してください。その他の設定はすべて保持されます。
validation-federated-users-required = ハイブリッドでは、エッジでフェデレーション ユーザーを許可する必要があります。同じ SIP ドメインのオンライン ユーザーとオンプレミス ユーザーは、フェデレーションを介して通信します。「フェデレーション ユーザーを許可する」にチェックを付けてください。
validation-outside-users-off = リモート ユーザーがエッジ経由でサインインできなくなります。ハイブリッドには不要ですが、Microsoft の手順ではこれを有効にしています。
validation-default-route-unsupported = 現在、お使いのエッジは既定のルートを経由してフェデレーションをルーティングしています。ホスティング プロバイダーは既定のルートと併用できないため (New-CsHostingProvider.md)、手順 1 でエッジを DNS SRV ルーティングに切り替えます (-UseDnsSrvRouting)。この手順を実行すると、既定のルート (クリアリングハウス) を経由するフェデレーションは停止します。既定のルート経由で通信しているパートナーと、この変更について合意してください。必要な作業はチェックリストに記載されています。
validation-verification-level-not-source = Microsoft のハイブリッドの手順では、ホスティング プロバイダーを -VerificationLevel UseSourceVerification で作成します (configure-federation-with-skype-for-business-online.md)。別の値にすると、Microsoft 365 からのメッセージの信頼方法が変わります。明確な理由がない限り UseSourceVerification のままにしてください。
validation-partner-discovery-off = Microsoft の手順では、DNS SRV ルーティングとともにパートナー検出を有効にしています。無効にするのは、テナントがドメインの許可リスト (クローズド フェデレーション) を使用している場合だけにしてください。
validation-shared-sip-required = ホームがオンプレミスにあるユーザーが 1 人でもいる間は、SharedSipAddressSpace を $true のままにする必要があります。これを無効にするのはハイブリッドを無効にする作業の一部であり、構成の作業ではありません。「共有 SIP アドレス空間」にチェックを付けてください。
validation-discovery-on-tenant-closed = オンプレミスではパートナー検出が有効ですが、テナントは許可リストを使用しています。両側が一致している必要があります。テナントでオープン フェデレーションを選択するか、パートナー検出を無効にしてください。
validation-discovery-off-tenant-open = オンプレミスではパートナー検出が無効ですが、テナントはオープン フェデレーションを使用しています。両側が一致している必要があります。パートナー検出を有効にするか、テナントで許可リストを選択してください。
validation-no-sip-domains = チェックリストに DNS レコードと証明書の名前を表示できるように、SIP ドメインを追加してください。
validation-edge-outside-sip-domains = エッジの外部 FQDN が、どの SIP ドメインにも属していません。確認してください。通常、エッジ証明書と DNS レコードには SIP ドメインの名前 (例: sip.contoso.com) を使用します。
validation-web-services-fqdns-missing = サーバー間認証では、各プールの外部 Web サービスの FQDN を Skype for Business Online のサービス プリンシパル名として追加します。プールごとに 1 つの FQDN を入力してください (Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn)。
validation-reverse-proxy-missing = リバース プロキシの外部 FQDN を入力してください。ハイブリッド構成中は、すべての SIP ドメインの lyncdiscover と、会議およびダイヤルインの URL がこれを指します。入力するまで、チェックリストの DNS の部分にはこれらの参照先を表示できません。
validation-registrar-pool-missing = レジストラー プールを入力してください。パイロット ユーザーをオンプレミスに戻すには、これを -Target に指定する必要があります。入力するまで、チェックリストにはオンプレミスに戻すコマンドが表示されません。
validation-certificate-path-required = オンライン スクリプトを実行するワークステーション上の、エクスポートした OAuthTokenIssuer 証明書 (.cer) のパスを入力してください (例: C:\certs\oauth.cer)。
validation-path-problem = { $flaw ->
    [whitespace] 証明書のパスの先頭または末尾にスペースを入れないでください。
    [control] 証明書のパスは、制御文字を含まない 1 行で入力してください。
    [invisible] 証明書のパスに目に見えない書式文字 (双方向テキストの制御文字やゼロ幅スペースなど) が含まれています。入力し直してください。
    [too-long] 証明書のパスが 259 文字 (Windows の MAX_PATH) を超えています。
   *[other] 証明書のパスが無効です。
}
validation-fqdn-problem = { $flaw ->
    [empty] { $subject } は必須です。
    [whitespace] { $subject } にスペースを含めることはできません。
    [control] { $subject } は、制御文字を含まない 1 行で入力してください。
    [invisible] { $subject } に目に見えない書式文字 (双方向テキストの制御文字やゼロ幅スペースなど) が含まれています。入力し直してください。
    [scheme] { $subject } にはホスト名のみを入力してください。スキーム (https:// など) とパスを削除してください。
    [non-ascii] { $subject } に ASCII 以外の文字が含まれています。国際化ドメイン名は Punycode 形式 (xn--…) で入力してください。
    [too-long] { $subject } が 253 文字を超えています。
    [label-too-long] { $subject } に 63 文字を超える部分があります。
    [empty-label] { $subject } に空の部分があります。ドットの重複や、先頭または末尾のドットがないか確認してください。
    [bad-character] { $subject } に使用できるのは、英字、数字、ハイフン、ドットのみです。
    [hyphen] { $subject } に、ハイフンで始まるか、ハイフンで終わる部分があります。
    [single-label] { $subject } は、ドットを 1 つ以上含む完全修飾名 (例: sip.contoso.com) にしてください。
    [numeric] { $subject } は IP アドレスです。DNS 名を入力してください。
   *[other] { $subject } は有効なホスト名ではありません。
}
validation-url-problem = { $flaw ->
    [empty] { $subject } は必須です。
    [whitespace] { $subject } にスペースを含めることはできません。
    [control] { $subject } は、制御文字を含まない 1 行で入力してください。
    [invisible] { $subject } に目に見えない書式文字 (双方向テキストの制御文字やゼロ幅スペースなど) が含まれています。入力し直してください。
    [too-long] { $subject } が 2048 文字を超えています。
    [not-https] { $subject } は https:// で始まる必要があります。
    [non-ascii] { $subject } に ASCII 以外の文字が含まれています。ホストには Punycode 形式を使用し、パスはパーセント エンコードしてください。
    [bad-host] { $subject } のホスト名が無効です。
   *[other] { $subject } は有効な URL ではありません。
}
validation-upn-problem = { $flaw ->
    [empty] { $subject } は必須です。
    [whitespace] { $subject } の先頭または末尾にスペースを含めることはできません。
    [control] { $subject } は、制御文字を含まない 1 行で入力してください。
    [invisible] { $subject } に目に見えない書式文字 (双方向テキストの制御文字やゼロ幅スペースなど) が含まれています。入力し直してください。
   *[other] { $subject } は、admin@contoso.com のようなユーザー プリンシパル名にしてください。@ の前には英字、数字、' . - _ ! # ^ ~ を使用でき (@ の直前にドットは使用できません)、@ の後には有効なドメインを指定します。
}
validation-identity-problem = { $flaw ->
    [empty] Identity は必須です (例: SkypeforBusinessOnline)。
    [too-long] Identity が 255 文字を超えています。
    [whitespace] Identity に使用できるのは、英字、数字、ドット、ハイフン、アンダースコアのみです。
    [control] Identity に使用できるのは、英字、数字、ドット、ハイフン、アンダースコアのみです。
    [invisible] Identity に使用できるのは、英字、数字、ドット、ハイフン、アンダースコアのみです。
    [bad-character] Identity に使用できるのは、英字、数字、ドット、ハイフン、アンダースコアのみです。
   *[other] Identity が無効です。
}
validation-guid-problem = { $flaw ->
    [empty] サーバー間認証にはテナント ID が必要です。(Get-CsTenant).TenantId で確認できます。
   *[other] テナント ID は、6babcaad-604b-40ac-a9d7-9fd97c0b779f のような GUID である必要があります。
}
validation-subject-admin-account = 管理者アカウント
validation-subject-proxy-fqdn = ProxyFqdn
validation-subject-autodiscover = AutodiscoverUrl
validation-subject-metadata-prefix = メタデータ URL のプレフィックス
validation-subject-edge-fqdn = エッジの外部 FQDN
validation-subject-registrar = レジストラー プールの FQDN
validation-subject-reverse-proxy = リバース プロキシの FQDN
validation-subject-sip-domain = SIP ドメイン「{ $value }」
validation-subject-web-services = Web サービスの FQDN「{ $value }」
validation-subject-pilot = パイロット ユーザー「{ $value }」
validation-duplicate-entry = { $subject } が複数回指定されています。重複を削除してください。
validation-too-many-pilots = { $count } 人のパイロット ユーザーは、スクリプトに直接記載できる数 (最大 { $max }) を超えています。最初に移動するユーザーだけをここに入力し、それより大きなグループは一括移動ファイル (Move-CsUser -UserList) で移動してください。
validation-too-many-sip-domains = { $count } 個の SIP ドメインは、このビルダーが受け付ける数 (最大 { $max }) を超えています。Edge 証明書にはそれぞれの名前が必要で、公的証明書がそれ以上の名前を含むことはまれです。一覧に SIP ドメインだけが含まれていることを確認してください。
validation-too-many-web-services = { $count } 個の Web サービス FQDN は、このビルダーが受け付ける数 (最大 { $max }) を超えています。各プールの外部 Web サービス FQDN を 1 回ずつ入力してください。
validation-onmicrosoft = ドメイン「{ $domain }」は Microsoft が管理するドメインです。トポロジの SIP ドメインではないため、エッジ証明書の対象から除外されます。
validation-placeholder-name = 名前なしリンクのプレースホルダーです。スクリプトを実行する前に、ここに実際の名前を入力してください。
validation-pilot-outside = パイロット ユーザー「{ $user }」は、上に入力したどの SIP ドメインにも属していません。
validation-other-cloud = この { $what } は { $owner } のものですが、テナントは { $chosen } にあります。{ $expected } を使用するか、正しいクラウドを選択してください。
validation-not-an-endpoint = この { $what } は既知の Microsoft エンドポイントではありません。{ $chosen } での値は { $expected } です。Microsoft から指示された場合にのみ、この値を使用してください。
validation-provenance-documented = 文書化済み
validation-provenance-inferred = 推定
validation-provenance-unconfirmed = 未確認
validation-confirm-value = Microsoft は、このクラウドにおける { $value } をこの形式では文書化していません: { $note } Microsoft の担当者またはテナントのドキュメントで確認してから、フィールドの下にある「この … が自分のテナントで正しいことを確認しました」チェック ボックスにチェックを付けるか、フィールドに独自の値を入力してください。それまでは、この値を使用するスクリプトをコピーまたはダウンロードすることはできません。
validation-date-flaw = 確認日は YYYY-MM-DD の形式で記述します (例: 2026-12-05)。
validation-metadata-prefix-slash = メタデータ URL のプレフィックスはスラッシュで終わります。スクリプトはその後にテナント ID と /metadata/json/1 を追加します (例: https://accounts.accesscontrol.windows.net/)。
validation-pilot-problem = { $form ->
    [whitespace] パイロット ユーザー「{ $user }」の先頭または末尾にスペースを含めることはできません。
    [control] パイロット ユーザー「{ $user }」は、制御文字を含まない 1 行で入力してください。
    [invisible] パイロット ユーザー「{ $user }」に目に見えない書式文字 (双方向テキストの制御文字やゼロ幅スペースなど) が含まれています。入力し直してください。
    [sip] SIP アドレス「{ $user }」は sip:user@domain の形式 (例: sip:ana@contoso.com) にしてください。@ の前には英字、数字、' . - _ ! # ^ ~ を使用でき、@ の後には有効なドメインを指定します。
   *[other] パイロット ユーザー「{ $user }」は、ana@contoso.com のようなユーザー プリンシパル名、または sip:ana@contoso.com のようにプレフィックス付きで記述した SIP アドレスにしてください。
}

## page

page-app-title = Hybrid Builder
page-app-lede = Skype for Business Server を Microsoft 365 に接続します (共有 SIP アドレス空間)。設定を入力すると、チェック済みの PowerShell スクリプトと変更作業用のチェックリストをコピーできます。入力した内容がこのブラウザーの外に送信されることはありません。
page-form-label = ハイブリッドの設定
page-output-label = 生成されたスクリプトとチェックリスト
page-doc-link = Microsoft の記事
page-error-prefix = エラー:{" "}
page-warning-prefix = 警告:{" "}
page-choice-title = テナント
page-choice-why = スクリプトが使用するすべてのエンドポイントはクラウドによって決まります。値が 1 つでも誤っていると、後になって Move-CsUser の段階で失敗します。
page-cloud-label = Microsoft 365 クラウド
page-cloud-help = ホスティング プロバイダーの ProxyFqdn と AutodiscoverUrl、Teams の環境、および DNS の参照先を設定します。
page-connection-label = テナントへの接続
page-connection-help = オンライン スクリプトがテナントにサインインする方法です。
page-connection-teams = MicrosoftTeams モジュール (Connect-MicrosoftTeams)
page-connection-legacy = Skype for Business Online Connector (廃止、使用不可)
page-admin-upn-label = 管理者アカウント (省略可能)
page-admin-upn-help = サインイン画面にあらかじめ入力されます。空のままにするとサインイン時に入力を求められ、MFA にも対応できます。
page-edge-title = 手順 1 — エッジのフェデレーション
page-edge-why = 同じ SIP ドメインのオンライン ユーザーとオンプレミス ユーザーはフェデレーションを介して相互に通信するため、エッジでフェデレーション ユーザーを許可し、DNS SRV レコードでルーティングする必要があります。
page-allow-outside-label = 外部ユーザーを許可する
page-allow-outside-help = リモート ユーザーがエッジ経由でサインインします (-AllowOutsideUsers)。
page-allow-federated-label = フェデレーション ユーザーを許可する
page-allow-federated-help = ハイブリッドに必須です (-AllowFederatedUsers)。
page-partner-discovery-label = パートナー検出を有効にする
page-partner-discovery-help = エッジが DNS を使用してフェデレーション パートナーを検出します (-EnablePartnerDiscovery)。テナントのフェデレーション モードと一致させる必要があります。
page-routing-label = 現在のフェデレーションのルーティング
page-routing-help = ハイブリッドには DNS SRV ルーティングが必要です。スクリプトは常にこれを設定します (-UseDnsSrvRouting)。
page-routing-dns-srv = DNS SRV ルーティング
page-routing-default = 既定のルート (クリアリングハウス)
page-provider-title = 手順 2 — ホスティング プロバイダー
page-provider-why = ホスティング プロバイダーは、お使いの SIP ドメインのユーザーが Microsoft 365 にも存在する可能性があることと、そのユーザーを見つける場所をエッジに伝えます。
page-identity-label = Identity
page-identity-help = 一意の任意の名前です。他のホスティング プロバイダーやパブリック プロバイダーと重複しないようにしてください。
page-proxy-fqdn-label = ProxyFqdn
page-proxy-fqdn-help = お使いのクラウドにおける Microsoft 365 のフェデレーション FQDN です。Move-CsUser の移動先にもなります。後から変更することはできません。
page-autodiscover-label = AutodiscoverUrl
page-autodiscover-help = お使いのクラウドにおける Microsoft 365 の自動検出サービスです。
page-verification-label = VerificationLevel
page-verification-help = Microsoft の手順では UseSourceVerification を使用します。
page-existing-label = この ProxyFqdn のプロバイダーが既に存在する場合
page-existing-help = スクリプトは最初に確認を行い、すべての値が既に設定されているプロバイダーには変更を加えません。
page-existing-replace = 置き換える: 削除してから作成する (Microsoft の手順)
page-existing-update = その場で更新する (Set-CsHostingProvider)
page-existing-stop = 停止して表示する
page-fixed-values = 常に設定される値: Enabled $true、EnabledSharedAddressSpace $true (1 つの SIP ドメインのユーザーがオンプレミスとオンラインに分かれている)、HostsOCSUsers $true (プロバイダーが Skype for Business ユーザーをホストする)、IsLocal $false (プロバイダーは自社の展開ではない)。
page-overridden = クラウドの値が変更されています。
page-use-cloud-value = クラウドの値を使用
page-badge-documented = 文書化済み
page-badge-inferred = 推定
page-badge-unconfirmed = 未確認
page-badge-confirmed = 確認済み
page-confirm-proxy-label = この ProxyFqdn が自分のテナントで正しいことを確認しました
page-confirm-autodiscover-label = この AutodiscoverUrl が自分のテナントで正しいことを確認しました
page-confirm-metadata-label = このメタデータ URL のホストが自分のテナントで正しいことを確認しました
page-confirm-help = チェックを付けると、この値そのものを確認したことと、その日付が記録されます。あなたが渡したリンクや設定ファイルにはあなたが確認したことが示されますが、開いた人は自分で確認する必要があります。
page-metadata-prefix-label = OAuth メタデータ URL のプレフィックス
page-metadata-prefix-help = Microsoft 365 承認サーバーのメタデータ URL の先頭部分です。スクリプトはテナント ID と /metadata/json/1 を追加します (configure-a-hybrid-environment.md)。お使いのクラウドの値が表示されている値と異なる場合は、独自の値を入力してください。
page-tenant-title = 手順 3 — テナント
page-tenant-why = テナントは、その SIP ドメインの一部のユーザーがオンプレミスに存在することを認識している必要があります。これがないと、Move-CsUser が HostedMigration fault 510 で失敗します。
page-shared-sip-label = 共有 SIP アドレス空間
page-shared-sip-help = Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true。オンプレミスにユーザーが 1 人もいなくなるまで有効のままにしてください。
page-federation-label = テナントのフェデレーション モード
page-federation-help = エッジと一致させる必要があります。オープン フェデレーションはパートナー検出ありで、許可リストはパートナー検出なしで使用します。オンライン スクリプトがこれをチェックします。
page-federation-open = オープン フェデレーション (ブロックされていないすべてのドメイン)
page-federation-allow-list = ドメインの許可リスト
page-environment-title = 展開環境
page-environment-why = これらの情報は、チェックリストの DNS レコード、証明書の名前、前提条件に使用されます。
page-sip-domains-label = SIP ドメイン
page-sip-domains-help = 1 行に 1 つ、またはコンマ、セミコロン、スペースで区切って入力します (例: contoso.com)。各ドメインはテナントで確認済みである必要があります。
page-edge-fqdn-label = エッジの外部 FQDN (省略可能)
page-edge-fqdn-help = アクセス エッジの外部名です (例: sip.contoso.com)。各ドメインの sip レコードがこれを指します。
page-web-fqdns-label = 各プールの外部 Web サービスの FQDN
page-web-fqdns-help = 1 行に 1 つずつ、Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn の結果から入力します。サーバー間認証では、それぞれをサービス プリンシパル名として登録します。
page-reverse-proxy-label = リバース プロキシの外部 FQDN
page-reverse-proxy-help = 外部 Web サービスを公開する名前です (例: webext.contoso.com。プールの外部 Web サービスの FQDN と同じ場合もあります)。lyncdiscover、meet、dialin がこれを指します。
page-pool-label = レジストラー プールの FQDN (省略可能)
page-pool-help = 移動をロールバックした場合に、移動したユーザーが戻る先です。
page-pilot-title = オプション — パイロット ユーザー
page-pilot-why = 残りのユーザーを移動する前に、まず少数のユーザーを移動して双方向の通信をテストします。
page-pilot-label = パイロット ユーザー
page-pilot-help = 1 行に 1 人ずつ、UPN (ana@contoso.com) またはプレフィックス付きの SIP アドレス (sip:ana@contoso.com) を入力します。入力したとおりに使用されます。オンプレミス スクリプトは、-MovePilotUsers と、オンライン スクリプトが書き出す準備状況ファイルを指定した場合にのみ、これらのユーザーを移動します。
page-oauth-title = オプション — サーバー間認証
page-oauth-why = Exchange および SharePoint との統合用です。オンプレミス側での Microsoft 365 の信頼と、オンラインのサービス プリンシパルへの証明書の登録を行います。
page-oauth-enabled-label = サーバー間認証を構成する
page-oauth-enabled-help = 両方のスクリプトに OAuth の手順を追加します。
page-tenant-id-label = テナント ID
page-tenant-id-help = GUID です。(Get-CsTenant).TenantId で確認できます。
page-cert-path-label = OAuthTokenIssuer 証明書 (.cer) のパス
page-cert-path-help = オンライン スクリプトを実行するワークステーション上のパスです。
page-tool-label = 証明書の登録に使用するツール
page-tool-help = 証明書は Microsoft Graph PowerShell で登録します。MSOnline は廃止され、使用できません。
page-tool-graph = Microsoft Graph PowerShell
page-tool-msonline = MSOnline (廃止、使用不可)
page-copy = コピー
page-copied = コピーしました
page-copy-failed = コピーできませんでした。テキストを選択して手動でコピーしてください。
page-download-all = すべてダウンロード
page-downloaded-all = 変更スクリプト、ロールバック スクリプト、チェックリスト、変更記録をダウンロードしました。
page-see-errors = エラーへ移動
page-untick-all = すべてのチェックを外す
page-tab-blocked = エラーがあります
page-panic-message = Hybrid Builder の内部で問題が発生しました。設定は失われていません。設定をエクスポートしてからページを再読み込みし、設定をインポートしてください。
page-panic-export = 設定をエクスポート
page-share-label = 設定の共有と保存
page-copy-link = 共有リンクをコピー
page-link-copied = リンクをコピーしました
page-copy-link-without-names = 名前なしのリンクをコピー
page-redact-heading = { $count ->
   *[other] 名前なしのリンクでは { $count } 個の名前がプレースホルダーに置き換えられます:
}
page-redact-none = この設定にはまだ名前がありません。名前なしのリンクは共有リンクと同じで、匿名化済みとして示されます。
page-redact-kept = クラウドとすべての選択はそのまま残ります。リンクを開いた人には名前がプレースホルダーであることが表示され、実際の名前が入力されるまでスクリプトは提供されません。
page-redact-copy = この名前なしのリンクをコピー
page-redact-cancel = キャンセル
page-redact-copied = 名前なしのリンクをコピーしました
page-redacted-banner = この設定の名前はプレースホルダーです。サポート依頼やフォーラム向けに名前なしで作成されたリンクから読み込まれました。スクリプトは実行用ではありません。下の印の付いたフィールドに、実際の SIP ドメイン、サーバー、ユーザー、テナント ID、証明書のパスを入力してください。プレースホルダーがなくなるとスクリプトが提供されます。
page-redacted-blocked = コピーとダウンロードは無効です。この設定には名前の代わりにプレースホルダーが含まれているため、この出力は実行用ではありません。まずフォームの印の付いたフィールドに実際の名前を入力してください。
page-export = 設定をエクスポート
page-import = 設定をインポート…
page-reset = 既定値にリセット
page-replaced = 以前の設定とチェックは置き換えられました。
page-offline-link = このビルダーはファイルから開かれているため、共有できるアドレスがありません。共有リンクを使用するには、ホストされているビルダーが必要です。これらの設定を移すには、「設定をエクスポート」を使用し、移行先でそのファイルをインポートしてください。
page-undo = 元に戻す
page-dismiss = 閉じる
page-locked = このページによって設定されています。
page-fixed-form-label = このページによって設定された設定
page-source-link = リンク
page-source-storage = 保存された設定
page-source-file = 設定ファイル
page-preflight-title = 変更作業の前に — 事前チェック
page-preflight-why = 2 つの読み取り専用スクリプトが展開とテナントを読み取り、チェックごとに PASS、WARN、FAIL を出力して、レポートを書き出します。ここでレポートを読み込むと、検出された内容と変更スクリプトによる変更内容が表示され、レポートから得られた値が提案されます。アップロードされるものはありません。レポートはこのタブ内でのみ読み取られ、保存されません。
page-preflight-on-prem = オンプレミスの事前チェックをダウンロード
page-preflight-online = オンラインの事前チェックをダウンロード
page-preflight-load = 事前チェック レポートを読み込む (hybrid-preflight-*.json)
page-preflight-drop = またはここにドロップ
page-preflight-clear = レポートを破棄
page-preflight-findings = 検出結果
page-preflight-changes = 変更内容
page-preflight-not-there = 未設定
page-preflight-column-action = 操作
page-preflight-column-setting = 設定
page-preflight-column-found = 現在
page-preflight-column-after = 変更後
page-preflight-suggest = 事前チェック レポートからの値
page-preflight-suggest-help = レポートにはこれらの値が含まれています。適用するまで、設定は変更されません。
page-preflight-apply = これらの値を適用
page-preflight-applied = 事前チェック レポートの値を適用しました。
page-preflight-applied-one = { $field } を適用しました。
page-preflight-undo = 元に戻す
page-preflight-apply-one = 適用
page-preflight-written = { $part }: { $time } に作成
page-preflight-accept = すべての FAIL を確認したうえで、それでも変更スクリプトを使用します
page-preflight-todo = 対処:
page-preflight-on-prem-part = オンプレミス
page-preflight-online-part = オンライン
page-run-order = 実行順序
page-look-for = 確認ポイント:
page-stages-label = 変更作業の 3 つの段階
page-stage-preflight = 事前チェック
page-stage-preflight-hint = 読み取りのみ、変更なし
page-stage-change = 変更
page-stage-change-hint = オンプレミス、次にオンライン
page-stage-verify = 検証
page-stage-verify-hint = 両側を再度読み取り
page-show-all-note = 「コピー」と「ダウンロード」では常にスクリプト全体が対象になります。
page-wrap-lines = 長い行を折り返す
page-ticked = { $total } 件中 { $done } 件のタスクが完了
page-problem-in = { $source }: { $message }
page-problem-at = { $source }、{ $key }: { $message }
page-imported-file = { $problems ->
    [0] { $name } をインポートしました。
   *[other] { $name } をインポートしました。使用できなかったエントリが { $problems } 件あります:
}
page-import-refused-file = { $name } をインポートしませんでした: { $why }
page-unreadable-file = { $name } を読み取れませんでした。
page-not-text-file = { $name } を読み込みませんでした: UTF-8 でも、バイト順マーク付きの UTF-16 でもありません (1252 などの Windows コード ページでこのようなファイルが書き込まれます)。UTF-8 で保存し (PowerShell では Get-Content FILE | Set-Content -Encoding UTF8 NEW-FILE)、もう一度お試しください。
page-tab-on-premises = オンプレミス スクリプト
page-tab-online = オンライン スクリプト
page-tab-checklist = チェックリスト
page-tab-change-record = 変更記録
page-error-summary = { $count ->
   *[other] 問題があります: エラー { $count } 件
}
page-warning-summary = { $count ->
   *[other] 確認が必要な警告 { $count } 件
}
page-blocked = { $output ->
    [on-premises] { $errors ->
       *[other] コピーとダウンロードは無効です: { $errors } 件のエラーがあるため、オンプレミス スクリプトを安全に実行できません。先にフォームで修正してください。
    }
    [online] { $errors ->
       *[other] コピーとダウンロードは無効です: { $errors } 件のエラーがあるため、オンライン スクリプトを安全に実行できません。先にフォームで修正してください。
    }
    [checklist] { $errors ->
       *[other] コピーとダウンロードは無効です: { $errors } 件のエラーがあるため、チェックリストを安全に使用できません。先にフォームで修正してください。
    }
   *[change-record] { $errors ->
       *[other] コピーとダウンロードは無効です: { $errors } 件のエラーがあるため、変更記録を安全に使用できません。先にフォームで修正してください。
    }
}
page-copied-output = { $output ->
    [on-premises] オンプレミス スクリプトをクリップボードにコピーしました。
    [online] オンライン スクリプトをクリップボードにコピーしました。
    [checklist] チェックリストをクリップボードにコピーしました。
   *[change-record] 変更記録をクリップボードにコピーしました。
}
page-downloaded = { $file } をダウンロードしました。
page-download-file = { $file } をダウンロード
page-verification-title = 変更の後に — 検証
page-verification-why = 2 つの読み取り専用スクリプトが、変更の結果を確認します: アクセス エッジの値、1 つのホスティング プロバイダー、テナントの共有 SIP アドレス空間、OAuth オブジェクト、クラウドに対する Test-CsFederatedPartner、および移動した各パイロット ユーザー。これらのレポートを読み込むと、レポートで裏付けられた項目がチェックリストで「レポートで確認済み」とマークされ、各 FAIL には対処方法が表示されます。
page-verification-on-prem = オンプレミスの検証をダウンロード
page-verification-online = オンラインの検証をダウンロード
page-verification-load = 検証レポートを読み込む (hybrid-verification-*.json)
page-report-read = { $name } を読み込みました。
page-report-read-note = { $name } を読み込みました。{ $note }
page-report-refused = { $name } を読み込みませんでした: { $why }
page-preflight-fails = { $count ->
   *[other] 事前チェックで FAIL が { $count } 件見つかりました。修正または承認されるまで、変更スクリプトは提供されません
}
page-preflight-withheld = コピーとダウンロードは無効です: 事前チェックで FAIL が { $count } 件報告されました。修正して新しいレポートを読み込むか、「事前チェック」で承認してください。
page-printed = 印刷日時 { $date } · { $cloud } · { $link }
page-show-lines = 全 { $total } 行を表示
page-show-items = さらに { $hidden } 項目を表示
page-help-toggle = { $state ->
    [folded] ヘルプと設定を表示 ({ $lines } 行)
   *[open] ヘルプと設定を折りたたむ ({ $lines } 行)
}
page-language-label = 言語
page-language-failed = { $language } のテキストを読み込めませんでした。ページは現在表示している言語のままです。
page-unsupported = Hybrid Builder には、JavaScript と WebAssembly が使える最新のブラウザー (Edge、Chrome、Firefox、Safari) が必要です。このメッセージが消えない場合は、これらのいずれかでこのページを開いてください。

## cloud

cloud-commercial = 商用 (全世界)
cloud-gcc = GCC
cloud-gcc-high = GCC High
cloud-dod = DoD
cloud-china = 21Vianet (中国)
cloud-note-documented-microsoft-s-hybrid-federation-article = Microsoft のハイブリッド フェデレーションに関する記事 (OfficeDocs-SkypeForBusiness、Skype/SfbHybrid/hybrid/configure-federation-with-skype-for-business-online.md)。
cloud-note-documented-decommission-manage-dns-entries-md = decommission-manage-dns-entries.md (OfficeDocs-SkypeForBusiness) および create-dns-records-at-any-dns-hosting-provider.md (microsoft-365-docs)。
cloud-note-documented-the-default-of-connect-mggraph = Connect-MgGraph -Environment の既定値 (Connect-MgGraph.md)。
cloud-note-documented-the-default-of-connect-msolservice = Connect-MsolService -AzureEnvironment の既定値 (Connect-MsolService.md)。
cloud-note-documented-skype-sfbserver-manage-authentication-configure = Skype/SfbServer/manage/authentication/configure-a-hybrid-environment.md (OfficeDocs-SkypeForBusiness)。
cloud-note-inferred-no-gcc-specific-value-is = GCC 固有の値は文書化されていません。GCC は商用のエンドポイントを使用します。
cloud-note-inferred-the-name-is-one-of = この名前は、Connect-MgGraph.md または Connect-MsolService.md に記載されている環境の 1 つです。どのクラウド用かは名前から判断したもので、明記されてはいません。
cloud-note-unconfirmed-the-documented-value-is-for = 文書化されている値は商用向けです。
cloud-note-unconfirmed-documented-only-as-the-federation = GCC High のフェデレーション SRV ターゲットとしてのみ文書化されており、ホスティング プロバイダーの ProxyFqdn としては文書化されていません。
cloud-note-unconfirmed-built-from-the-gcc-high = GCC High の lyncdiscover ターゲットと商用のパスから組み立てた値です。
cloud-note-documented-connect-microsoftteams-md-teamsenvironmentname-office = Connect-MicrosoftTeams.md -TeamsEnvironmentName (office-docs-powershell)。
cloud-note-documented-new-csonlinesession-md-teamsenvironmentname-office = New-CsOnlineSession.md -TeamsEnvironmentName (office-docs-powershell、削除前の最終版)。
cloud-note-documented-an-older-revision-of-dns = dns-records-for-office-365-gcc-high.md の旧版 (microsoft-365-docs)。
cloud-note-documented-dns-records-for-office-365 = dns-records-for-office-365-gcc-high.md (microsoft-365-docs)。
cloud-note-unconfirmed-no-gcc-high-metadata-url = GCC High のメタデータ URL は文書化されていません。
cloud-note-unconfirmed-documented-only-as-the-federation-2 = DoD のフェデレーション SRV ターゲットとしてのみ文書化されており、ホスティング プロバイダーの ProxyFqdn としては文書化されていません。
cloud-note-unconfirmed-built-from-the-dod-lyncdiscover = DoD の lyncdiscover ターゲットと商用のパスから組み立てた値です。
cloud-note-documented-an-older-revision-of-dns-2 = dns-records-for-office-365-dod.md の旧版 (microsoft-365-docs)。
cloud-note-documented-dns-records-for-office-365-2 = dns-records-for-office-365-dod.md (microsoft-365-docs)。
cloud-note-unconfirmed-no-dod-metadata-url-is = DoD のメタデータ URL は文書化されていません。
cloud-note-unconfirmed-documented-only-as-the-federation-3 = 21Vianet のフェデレーション SRV ターゲットとしてのみ文書化されており、ホスティング プロバイダーの ProxyFqdn としては文書化されていません。Microsoft の唯一の 21Vianet の移動例 (Set-TeamsEnvironmentConfig.md、例 3) では、Set-TeamsEnvironmentConfig -TeamsEnvironmentName TeamsChina の後に Move-CsUser -Target sipfed.online.lync.com を実行しています。
cloud-note-unconfirmed-built-from-the-21vianet-lyncdiscover = 21Vianet の lyncdiscover ターゲットと商用のパスから組み立てた値です。
cloud-note-documented-create-dns-records-at-any = create-dns-records-at-any-dns-hosting-provider.md、o365-21vianet (microsoft-365-docs)。
cloud-note-inferred-sharepoint-s-guide-for-21vianet = SharePoint の 21Vianet 向けガイドに、この ACS ホストが記載されています (sp-dev-docs、docs/solution-guidance/Extending-SharePoint-Online-for-Germany-China-USGovernment-environments.md)。これを記載している Skype for Business の記事はありません。

## summary

summary-cloud = クラウド
summary-tenant-connection = テナントへの接続
summary-admin-account = 管理者アカウント
summary-prompt = (サインイン時に入力)
summary-none = (なし)
summary-routing = ルーティング
summary-hosting-provider = ホスティング プロバイダー
summary-existing-provider = 既存のプロバイダー
summary-tenant-federation = テナントのフェデレーション
summary-sip-domains = SIP ドメイン
summary-edge-fqdn = エッジの外部 FQDN
summary-registrar-pool = レジストラー プールの FQDN
summary-not-given = (指定なし)
summary-pilot-users = パイロット ユーザー
summary-server-to-server = サーバー間認証
summary-yes = はい
summary-no = いいえ
summary-connection-teams = MicrosoftTeams モジュール
summary-connection-legacy = Skype for Business Online Connector (廃止)
summary-existing-replace = 置き換える (削除してから作成)
summary-existing-update = その場で更新する
summary-existing-stop = 停止する
summary-federation-open = オープン フェデレーション
summary-federation-allow-list = ドメインの許可リスト
summary-confirmed-on = { $date } に管理者が確認済み
summary-confirmed = 管理者が確認済み
report-blocked-only-on-premises = オンプレミスでのみブロック: { $domains }
report-blocked-only-online = テナントでのみブロック: { $domains }
report-allowed-only-on-premises = オンプレミスでのみ許可: { $domains }
report-allowed-only-online = テナントでのみ許可: { $domains }
report-lists-match = 許可ドメインとブロック ドメインは両側で同じです。
report-lists-differ = ユーザーを移動する前に、オンプレミス (Get-CsAllowedDomain、Get-CsBlockedDomain) とテナント (Get-CsTenantFederationConfiguration) の許可ドメインとブロック ドメインの一覧を同一にしてください (plan-hybrid-connectivity.md)。

## waves

waves-line = { $line } 行目
waves-row-empty = ユーザーのセルが空です。
waves-row-not-address = "{ $cell }" はユーザー アドレス (ユーザー@ドメイン、sip: の有無は問いません) ではありません。
waves-row-duplicate = { $address } は { $first } 行目に既にあります。ユーザーの移動は 1 回です。
waves-row-other-domain = { $address } は { $domain } に属し、この設定の SIP ドメインではありません。このユーザーはウェーブから除外されます。
waves-row-unclosed-quote = この行で開いた引用符が閉じられていません。この行は読み取られませんでした。
waves-list-too-large = この一覧は { $mib } MiB です。ユーザー一覧の上限は { $limit } MiB です。分割するか、SIP アドレスの列だけをエクスポートしてください。
waves-list-too-many-rows = この一覧は { $max } 行を超えています。複数の一覧に分割してください。
waves-list-empty = この一覧には行がありません。
waves-list-no-column = この一覧にはユーザー アドレス (ユーザー@ドメイン) を含む列がありません。SipAddress 列または UserPrincipalName 列をエクスポートするか、1 行に 1 つのアドレスを貼り付けてください。
waves-column-header = { $number } 列目 ("{ $header }") からユーザーを読み取りました。
waves-column-content = 内容から判断した { $number } 列目からユーザーを読み取りました。
waves-upn-note = この列にはユーザー プリンシパル名が含まれます。各ウェーブ スクリプトは Get-CsUser でユーザーを検索し、そのユーザーの SIP アドレスを Move-CsUser に渡します。
waves-not-ours = これは Hybrid Builder のウェーブ レポートではありません ("schema": "hybrid-builder-wave-results" がありません)。ウェーブ スクリプトが書き込んだ hybrid-wave-NNN-results-*.json ファイルを読み込んでください。
waves-no-users = このウェーブ レポートにはユーザーがありません。スクリプトがユーザーを読み取る前に停止したか、ファイルが途中で切れています。ウェーブ スクリプトを再実行し、そのレポートを読み込んでください。
waves-results-too-large = このファイルは Hybrid Builder のどのウェーブ レポートよりも大きいため、読み取られませんでした。
waves-status-moved = 移動済み
waves-status-already-moved = 以前に移動済み
waves-status-ready = 準備完了 (ドライ ラン: 未移動)
waves-status-not-ready = 準備未完了
waves-status-failed = 失敗
waves-todo-not-on-premises = Get-CsUser はこのユーザーをオンプレミスで見つけられませんでした。一覧のアドレスと、ユーザーが Skype for Business Server に対して有効になっていることを確認してください。
waves-todo-not-in-tenant = テナントはこのユーザーをまだ認識していません。Microsoft Entra Connect がユーザーを Skype for Business の属性と共に同期していることを確認し、次回の同期を待ってからウェーブを再実行してください。
waves-todo-not-synced = テナントでのユーザーの HostingProvider が SRV: ではないため、オンプレミスに所属するユーザーとして認識されていません。ユーザーの msRTCSIP 属性の同期を確認してから、ウェーブを再実行してください。
waves-todo-no-plan = Teams と Skype for Business Online (Plan 2) を含むライセンスを割り当ててください (move-users-between-on-premises-and-cloud.md)。猶予期間中のプランは数えません。その後ウェーブを再実行してください。
waves-todo-domain-not-in-settings = ユーザーの SIP ドメインはこの設定に含まれていません。その展開の設定でユーザーを移動するか、ドメインをこの設定に追加してください。
waves-todo-domain-not-in-tenant = ユーザーの SIP ドメインをテナントに追加して確認してから、ウェーブを再実行してください。
waves-todo-domain-disabled = ユーザーの SIP ドメインはテナントで無効になっており、ユーザーはプロビジョニングされません (Get-CsOnlineSipDomain.md)。ドメインを有効にしてから、ウェーブを再実行してください。
waves-todo-move-failed = エラーと、ウェーブが書き込んだ Move-CsUser のレポートを確認してください。HostedMigration エラーに関する Microsoft のトラブルシューティング記事で、よくある原因が説明されています。ウェーブを再実行すると、ユーザーの移動が再試行されます。
waves-todo-unknown = スクリプトが検出した内容を確認して修正してから、ウェーブを再実行してください。
waves-retry = 再試行するユーザー: { $count } 人 (読み取ったウェーブの失敗したユーザーと準備未完了のユーザー)。
waves-superseded = ウェーブ { $wave } は複数回読み取られました。最新のレポートのみが数えられます。

## cutover

cutover-too-large = このファイルは Hybrid Builder のどの切り替えチェック レポートよりも大きいため、読み取られませんでした。
cutover-not-ours = これは Hybrid Builder の切り替えチェック レポートではありません ("schema": "hybrid-builder-cutover-check" がありません)。チェック スクリプトが書き込んだ hybrid-cutover-check.json ファイルを読み込んでください。
cutover-offered = オンプレミスに所属するユーザーは { $accepted } 人以下です。切り替えを実行できます。すべての手順を 1 回のメンテナンス時間内に行ってください。
cutover-withheld = オンプレミスに所属するユーザーがまだ { $users } 人おり、許容する { $accepted } 人を超えています。切り替えは保留されます。ユーザーをウェーブで移動するか、不要になったアカウントを無効にしてから、チェックを再実行してください。
cutover-dns-elsewhere = { $name } はまだ別の宛先 ({ $targets }) を指しています。Microsoft 365 を指すように変更してください。
cutover-provider-enabled = ホスティング プロバイダー { $identity } ({ $proxy }) はまだ有効です。

## the whole road (checklist and stages)

checklist-road = 全行程: ウェーブ、切り替え、使用停止
checklist-road-intro = ハイブリッドの作業時間の後、以降の作業時間で行います: すべてのユーザーをウェーブで移動し、Microsoft の説明どおりにハイブリッドを無効にし (cloud-consolidation-disabling-hybrid.md)、その後サーバーを撤去します。各ウェーブ スクリプトと切り替えスクリプトは、変更の前に前提条件を確認し、トランスクリプトを記録し、-WhatIf をサポートします。
stages-road-waves = 移動のウェーブ
stages-road-waves-look = 各ユーザーの READY または NOT READY と理由、続いて MOVED または FAILED、そして hybrid-wave-NNN-results-*.json のパス。失敗の原因を修正したらウェーブを再実行してください。移動済みのユーザーはスキップされます。
stages-road-results = ウェーブの結果
stages-road-results-look = ウェーブごとの移動済み、失敗、準備未完了の数、各失敗への対処、再試行するユーザーのファイル。移動すべきユーザーが残っていない場合にのみ切り替えに進んでください。
stages-road-check = 切り替えチェック (読み取り専用)
stages-road-check-look = オンプレミスに所属するユーザー: 0 (または無効にするアカウントのみ)、プールごと。その場合にのみ Hybrid Builder は切り替えスクリプトを提供します。
stages-road-dns = 各 SIP ドメインの DNS を Microsoft 365 へ
stages-road-dns-look = 各 SIP ドメインでこれらのレコードが Microsoft 365 を指すこと (decommission-manage-dns-entries.md)。meet と dialin のレコードは削除できます。内部の Skype for Business のレコードは削除します。早すぎると、オンプレミスのユーザーはサインインとフェデレーションを失います。元のレコードに戻せば元に戻ります。
stages-road-online = 切り替え、オンライン
stages-road-online-look = テナントに TeamsOnly が付与されること (または Teams がまだ別の宛先を指していると検出したレコード)、続いて SharedSipAddressSpace False。
stages-road-on-premises = 切り替え、オンプレミス
stages-road-on-premises-look = バックアップと構成のエクスポートの後、各ホスティング プロバイダーが Enabled False になること。
stages-road-verify = 切り替えの確認 (読み取り専用)
stages-road-verify-look = すべてのレコードが Microsoft 365 を指すか削除されており、有効なホスティング プロバイダーがないこと。
stages-road-decommission = 使用停止
stages-road-decommission-look = 同じ作業時間内にハイブリッド アプリケーション エンドポイントを移行し (decommission-move-on-prem-endpoints.md)、msRTCSIP 属性の扱いを決め (cloud-consolidation-managing-attributes.md)、その後サーバーを撤去します (decommission-remove-on-prem.md)。
stages-wave-shell = ユーザーを移動するサーバー上の、MicrosoftTeams モジュールを備えた Skype for Business Server 管理シェル
stages-builder = Hybrid Builder (ページまたは sfb-hybrid)
stages-dns-host = 各 SIP ドメインのパブリック DNS ゾーン

## page: waves and cut-over

page-waves-title = 作業時間の後 — ウェーブと切り替え
page-waves-why = 移動するユーザーの一覧 (AD またはコントロール パネルからエクスポートした CSV、または 1 行に 1 アドレス) を読み込みます。ビルダーは除外した行を一覧表示し、残りをウェーブに分割して、各ウェーブに Move-CsUser -UserList 用のユーザー ファイルとスクリプトを用意します。ウェーブ レポートを読み込むと、進捗と各失敗への対処が表示されます。一覧とレポートはこのタブ内にとどまります。個人データのため、共有リンクに入れたり保存したりすることはありません。
page-waves-users = 移動するユーザー
page-waves-load-list = ユーザー一覧を読み込む (CSV または 1 行に 1 アドレス)
page-waves-reading = { $name } を読み込み中: { $percent }%
page-waves-size = ウェーブあたりのユーザー数
page-waves-summary = { $users } 人のユーザーを { $waves } ウェーブに分割、除外した行は { $bad } 行:
page-waves-wave = ウェーブ
page-waves-download-users = ウェーブのユーザー ファイルをダウンロード
page-waves-download-script = ウェーブ スクリプトをダウンロード
page-waves-blocked = { $errors ->
   *[other] ウェーブ スクリプトと切り替えスクリプトのダウンロードは無効です: { $errors } 件のエラーがあるため、安全に実行できません。先にフォームで修正してください。
}
page-waves-results = ウェーブの結果
page-waves-load-results = ウェーブ レポートを読み込む (hybrid-wave-*-results-*.json)
page-waves-moved = 移動済み
page-waves-failed = 失敗
page-waves-not-ready = 準備未完了
page-waves-remaining = 残り
page-waves-all = 読み込んだすべてのウェーブ
page-waves-download-retry = 再試行するユーザーをダウンロード
page-waves-cutover = 切り替え: ハイブリッドの無効化
page-waves-cutover-why = 移動すべきユーザーがオンプレミスに残っていない場合: 管理シェルで読み取り専用のチェックを実行し、そのレポートを読み込みます。切り替えスクリプトはその場合にのみ提供されます。スクリプトは Microsoft の手順 (各 SIP ドメインの DNS を Microsoft 365 へ、TeamsOnly、共有 SIP アドレス空間を無効化、ホスティング プロバイダーを無効化) に従い、チェックリストに記載されています。
page-waves-download-check = 切り替えチェックをダウンロード
page-waves-load-check = チェック レポートを読み込む (hybrid-cutover-check.json)
page-waves-accept = 移動しないままオンプレミスに残るユーザー (無効にするアカウント)
page-waves-download-online = オンラインの切り替えスクリプトをダウンロード
page-waves-download-on-prem = オンプレミスの切り替えスクリプトをダウンロード
