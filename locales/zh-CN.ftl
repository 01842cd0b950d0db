# Hybrid Builder — 简体中文，译自 en.ftl。
#
# 消息 ID 为 <module>-<name>：module 是使用这些消息的 Rust 模块（page = 网页）。
# 占位符（$name）承载 FQDN、数量和代码等值；cmdlet、参数、值和产品的名称一律不翻译。
# 术语依据 Microsoft 简体中文文档（MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.zh-CN）。

## checklist

checklist-known-error-items-1-a = Move-CsUser: HostedMigration fault: Error=(510) … not enabled for shared sip address space
checklist-known-error-items-1-b = 步骤 3 缺失或已被撤消。请在联机环境中运行 Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true，然后重试。
checklist-known-error-items-2-a = Move-CsUser: HostedMigration fault: Error=(507) … must has an assigned license
checklist-known-error-items-2-b = 该用户缺少 Skype for Business Online 许可证，或尚未完成预配。请分配许可证，并等待最多 30 分钟。
checklist-known-error-items-3-a = HostedMigration fault: Error=(506) … problem with this user account
checklist-known-error-items-3-b = msRTCSIP 属性未同步。请重新运行 Entra Connect 向导并重新同步。
checklist-known-error-items-4-a = There is a duplicate key sequence … ProviderName
checklist-known-error-items-4-b = 已有托管提供商或公共提供商使用此标识。请将其删除（Remove-CsHostingProvider / Remove-CsPublicProvider），或选择其他标识。
checklist-known-error-items-5-a = ms-diagnostics: 1017; Cannot route From and To domains in this combination
checklist-known-error-items-5-b = 本地拓扑中缺少某个租户 SIP 域，或该域的联盟 DNS 记录指向 Microsoft 365。
checklist-known-error-items-6-a = 本地 Cs cmdlet 的行为与联机 cmdlet 相同
checklist-known-error-items-6-b = 此命令行窗口中已使用 -AllowClobber 导入了联机会话。请重新打开一个命令行管理程序窗口。
checklist-known-error-items-7-a = 使用启用了 MFA 的管理员帐户并指定 -Credential 时，Move-CsUser 失败
checklist-known-error-items-7-b = 仅在不使用 -Credential 时才支持 MFA（2015 CU12+ 或 2019）。请省略 -Credential，并在出现提示时登录。
checklist-prerequisite-items-1 = 此本地部署仅对应一个 Microsoft 365 租户；同一时间只能有一个林处于混合状态。
checklist-prerequisite-items-2 = 每个 SIP 域都已在租户中添加并验证，且租户的每个 SIP 域都在本地拓扑中。
checklist-prerequisite-items-3 = Microsoft Entra Connect（Azure AD Connect）同步全部 Skype for Business 用户（包括继续留在本地的用户）及其 msRTCSIP 属性。
checklist-prerequisite-items-4 = 内部版本至少为 Skype for Business Server 2019 CU6（7.0.2046.385）、2015 CU12（6.0.9319.619）或 Lync Server 2013 CU10 HF7（5.0.8308.1182）（Move-CsUser.md）。Skype for Business Server 2015 和 2019 已于 2025 年 10 月 14 日结束扩展支持；受支持的版本为 Subscription Edition（Microsoft 生命周期；见“来源”）。Subscription Edition 与 2019 共用 7.0.2046.x 内部版本，因此预检还会读取产品名称。
checklist-prerequisite-items-5 = 已部署边缘服务器并启用联盟；只有一个边缘池作为联盟边缘。
checklist-prerequisite-items-6 = 外部边缘证书由公共 CA 颁发，其 SAN 包含每个 SIP 域（*.onmicrosoft.com 除外）的 sip.<域>。
checklist-prerequisite-items-7 = 存在 OAuthTokenIssuer 证书（2048 位或更长，所有前端服务器上相同）：Get-CsCertificate -Type OAuthTokenIssuer。
checklist-prerequisite-items-8 = 防火墙，边缘服务器外部接口：TCP 443 入站，TCP 5061 入站/出站（联盟），TCP 80 出站（CRL），TCP/UDP 53 出站；A/V 边缘 UDP 3478 和 TCP 443 入站/出站，TCP/UDP 50000–59999 出站；另加 Microsoft 365 的 URL 和 IP 地址范围。
checklist-prerequisite-items-9 = 双方的联盟策略一致：同为开放或同为封闭，允许的域列表和阻止的域列表完全相同，且租户中已启用联盟。
checklist-prerequisite-items-10 = 租户范围的共存模式不是 TeamsOnly：只要存在本地部署，就不能设为 TeamsOnly；用户在移动时逐个变为 TeamsOnly（Grant-CsTeamsUpgradePolicy.md）。
checklist-prerequisite-items-11 = 管理工作站上装有 MicrosoftTeams PowerShell 模块（4.x 或更高版本）；移动用户的服务器上为 6.2.1 或更高版本（Move-CsUser.md），且不高于 7.1，除非服务器运行 Skype for Business Server 2019 或 Subscription Edition 内部版本 7.0.2046.849（KB5090660）或更高版本（见“来源”）。Windows PowerShell 5.1 或 PowerShell 7.2 及以上。
checklist-prerequisite-items-12 = 移动用户的服务器上已启用 TLS 1.2（Move-CsUser.md）。
checklist-prerequisite-items-13 = 在移动每个用户之前为其分配许可证：Teams 和 Skype for Business Online（计划 2）；启用了拨入式会议的用户还需音频会议；启用了企业语音的用户还需 Teams Phone（move-users-between-on-premises-and-cloud.md）。
checklist-prerequisite-items-14 = 下载的脚本带有 Web 标记（Mark of the Web），RemoteSigned 执行策略会阻止其运行：将脚本复制到服务器后，运行 Unblock-File -Path .\hybrid-*.ps1（Unblock-File.md）。
checklist-prerequisite-items-15 = 在一台既能访问本地部署又能访问 Internet 的服务器上安装 Skype for Business Server 管理工具。
checklist-prerequisite-items-16 = 运行顺序：先使用 -WhatIf 运行本地脚本，再不带 -WhatIf 运行；然后运行联机脚本；最后再次运行本地脚本，并使用 -MovePilotUsers -ReadinessFile 指向联机脚本写入的 hybrid-move-readiness.json。
checklist-prerequisite-items-17 = 用于移动的帐户（move-users-between-on-premises-and-cloud.md）：本地需要 CsServerAdministrator 角色；在 Teams 中需要全局管理员，或 Teams 管理员加用户管理员，或 Skype for Business 管理员加用户管理员。Move-CsUser 使用以 .onmicrosoft.com 结尾的帐户，或同步的帐户并同时指定 -HostedMigrationOverrideUrl。
checklist-after-items-1 = 在已移动用户与本地用户之间双向测试即时消息、状态和呼叫，并与外部联盟组织进行测试。
checklist-after-items-2 = 在本地不再有任何用户之前，保持 SharedSipAddressSpace 为 $true，并保持 DNS 指向本地。
checklist-after-items-3 = 最后一个用户移动完成后：重新指向 DNS，然后运行 Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false，再在新打开的本地命令行管理程序窗口中禁用托管提供商。
checklist-title = Skype for Business 混合 — 变更检查清单
checklist-generated = 由 Hybrid Builder 生成。请边操作边勾选各项。
checklist-settings = 设置
checklist-prerequisites = 变更窗口之前
checklist-steps = 脚本执行的操作（分步说明）
checklist-run-order = 运行顺序
checklist-run-order-intro = 请按以下顺序运行这些文件；下面的步骤说明每个文件的作用。脚本包含备份以及“是否已配置”检查，这是直接运行命令所没有的。
checklist-look-for = 检查要点
checklist-runs-on-prem = 运行于：前端服务器上的 Skype for Business Server 命令行管理程序。
checklist-runs-online = 运行于：装有 MicrosoftTeams 模块的 PowerShell（不是命令行管理程序）。
checklist-run = 此阶段执行的操作
checklist-verify = 验证
checklist-expect = 预期结果
checklist-rollback = 回滚
checklist-dns = 混合处于活动状态期间的 DNS
checklist-dns-intro = 只要仍有用户驻留在本地，每个 SIP 域的每条外部 Skype for Business 记录都必须指向本地边缘服务器和反向代理，而不是 Microsoft 365（plan-hybrid-connectivity.md）。每个域的记录使用该域自己的名称：
checklist-dns-no-domains = 在表单中添加你的 SIP 域，即可在此列出其记录。
checklist-access-edge-ip = 访问边缘的外部 IP 地址（在表单中输入边缘服务器外部 FQDN 即可显示其名称）
checklist-reverse-proxy-ip = 反向代理的公网 IP 地址（在表单中输入反向代理 FQDN 即可显示其名称）
checklist-sip-record-source = 外部访问边缘：Skype/SfbServer/plan-your-deployment/network-requirements/dns.md
checklist-sip-tls-srv = 端口 443，客户端通过访问边缘登录；优先级和权重按你的区域设置，Microsoft 未给出本地记录的值
checklist-federation-srv = 端口 5061；解析为访问边缘外部 IP，且 SIP 域与 SRV 目标之间须严格匹配 DNS 名称（plan-hybrid-connectivity.md）：本检查清单通过使用同一域中的目标（如 sip.<域>）来满足此要求（推断）；优先级和权重按你的区域设置
checklist-lyncdiscover-source = 客户端自动发现，由反向代理发布：dns.md
checklist-simple-url-source = 如果你的会议或拨入简单 URL 使用此名称；由反向代理发布：dns.md
checklist-edge-san = 外部边缘证书的使用者可选名称包括
checklist-edge-san-source = 除 *.onmicrosoft.com 外的每个 SIP 域，须在任何移动之前完成：cloud-consolidation-edge-certificates.md，该文档针对租户的每个 SIP 域作此要求
checklist-webconf-internal = 内部客户端通过拆分式 DNS 的内部区域，将 Web 会议边缘外部 FQDN（如 webcon.contoso.com）解析为其外部 IP，以便联机用户能在本地会议中演示（plan-hybrid-connectivity.md）。
checklist-dns-later = 仅在最后一个用户移动到联机之后，才将这些记录重新指向 Microsoft 365：
checklist-verification = 验证结果
checklist-verification-intro = 验证脚本在变更后发现的情况。每个 FAIL 都说明了应采取的措施；所有检查均通过的步骤会将其验证项标记为“已由报告验证”。
checklist-verified-by-report = 已由报告验证
checklist-preflight-says = 预检：
checklist-findings = 预检结果
checklist-findings-intro = 预检脚本在部署中发现的情况，失败项在前。请在变更窗口之前修复每个 FAIL。
checklist-todo = 待办
checklist-changes = 将发生的更改
checklist-changes-intro = 变更脚本设置的每个值，分别列出预检时的现有值和变更后的值：
checklist-known-errors = 已知错误
checklist-after = 试点之后
checklist-domain-verified = SIP 域 { $domain } 已在租户中验证，并且存在于本地拓扑中。
checklist-stage-line = { $number }. { $title } — 运行于 { $shell }
checklist-public-ip-of = { $host } 的公网 IP 地址
checklist-rollback-script = 或者使用脚本写入的备份文件运行 { $script }：它会还原该备份保存的全部内容；只要有用户驻留在联机环境中，它就会拒绝运行。
checklist-cname-or-a = CNAME 或 A
checklist-source-dedicated-app = 用于 Exchange Online 集成的专用混合应用程序：第三方，对 Microsoft 文章“Released: August 2025 Skype for Business Server hotfix updates”的摘要（maxime365 博客，2025-08-18）。所核查的 Microsoft 页面均未如此说明；以各版本的 KB 为准。
checklist-source-teams-module = 7.1 之后的 MicrosoftTeams 版本与 Move-CsUser：Microsoft 员工在 office-docs-powershell 拉取请求 13225 和 13244（2025 年 11 月）中说明，高于 7.1 的版本会导致 Move-CsUser 失败；拉取请求 13690（2026 年 7 月）说明，7.2 之后的版本需要内部版本 7.0.2046.849（KB5090660）。这些说明尚未合并到 Move-CsUser.md。
checklist-source-lifecycle = Skype for Business Server 2015 和 2019 扩展支持结束（2025 年 10 月 14 日）：据 2025 年 7 月媒体报道的 Microsoft 生命周期公告。
checklist-sources-intro = 上文规则所依据的内容不止已发布的 Microsoft 页面时：
checklist-sources = 来源

## change_record

change_record-risk-default-route = 步骤 1 将边缘服务器切换为 DNS SRV 路由：经由默认路由（清算中心）的联盟将停止。
change_record-risk-items-1 = 错误的云值要到很晚（Move-CsUser 时）才会失败；未记录于文档的主权云值已在提供脚本之前由管理员确认。
change_record-risk-items-2 = 已移动的用户为 TeamsOnly；其会议在移动后约 90 分钟被转换。
change_record-risk-items-3 = 服务器内部版本低于 7.0.2046.849 时，高于 7.1 的 MicrosoftTeams 模块版本会导致 Move-CsUser 失败（KB5090660；见“来源”）；移动脚本会先检查此组合。
change_record-sign-off-rows-1 = 准备人
change_record-sign-off-rows-2 = 审核人
change_record-sign-off-rows-3 = 批准人（变更委员会）
change_record-title = Skype for Business 混合 — 变更记录
change_record-date = 日期
change_record-link = 设置（Hybrid Builder 链接）
change_record-intro = 使用 Hybrid Builder 为变更委员会准备：将发生的更改、确切的脚本、风险以及回退方法。
change_record-settings = 设置
change_record-provenance = 云值的来源：
change_record-typed-by-admin = 由管理员输入（非该云的默认值）
change_record-plan = 计划
change_record-no-preflight = 未加载预检报告：本记录不包含部署中的现有值。
change_record-changes-from-preflight = 根据预检报告将发生的更改（现有值 → 变更后的值）：
change_record-not-there = （尚不存在）
change_record-column-action = 操作
change_record-column-setting = 设置
change_record-column-found = 当前
change_record-column-after = 之后
change_record-open-findings = 尚未解决的预检问题
change_record-scripts = 脚本
change_record-hash-how = 运行的内容必须与批准的内容一致：运行每个文件之前，使用 Get-FileHash -Algorithm SHA256 <文件> 进行比对。
change_record-file = 文件
change_record-risks = 风险
change_record-verification = 验证
change_record-sign-off = 签核
change_record-rollback-how = 按与更改相反的顺序撤消：先运行 { $online }，再运行 { $on_premises }，各自使用 -BackupFile 指向其变更脚本写入的备份。两者都支持 -WhatIf，并且只要有用户驻留在联机就会拒绝运行（除非另行指定）。本地脚本还将整个中央管理存储保存到其备份旁边的 hybrid-cs-configuration-<日期>.zip（Export-CsConfiguration；可用 Import-CsConfiguration 还原）。
change_record-shell-on-premises = Skype for Business Server 命令行管理程序
change_record-shell-online = 装有 MicrosoftTeams 模块的 PowerShell
change_record-accepted-by-admin = 管理员于 { $date } 接受：管理员已阅读这些 FAIL，仍要求获取变更脚本。
change_record-acceptance = 已接受的预检 FAIL
change_record-rollback-when = 各步骤可以撤消的时机：
change_record-rollback = 回滚

## plan

plan-edge-title = 步骤 1 — 边缘服务器联盟
plan-edge-why = 同一 SIP 域的联机用户和本地用户通过联盟相互通信，因此边缘服务器必须允许联盟用户，并使用 DNS SRV 记录进行路由（托管提供商不能与默认路由配合使用）。
plan-edge-rollback = 回滚：脚本在更改之前使用 Export-Clixml 保存当前的边缘配置；使用 Set-CsAccessEdgeConfiguration 恢复已保存的值。
plan-leaving-default-route = 停用默认路由：从此步骤起，边缘服务器使用 DNS SRV 路由，托管提供商需要这种路由方式（New-CsHostingProvider.md）。经由默认路由（清算中心）的联盟在此停止：请在变更窗口之前列出通过它联系的合作伙伴，与这些合作伙伴及清算中心商定日期，并与每个合作伙伴确定默认路由取消后的联系方式。
plan-provider-title = 步骤 2 — 具有共享 SIP 地址空间的托管提供商
plan-provider-why = 托管提供商告知边缘服务器：你的 SIP 域的用户也可能驻留在 Microsoft 365 中，以及在何处找到他们。
plan-no-public-provider = 无结果：若存在标识相同的公共提供商，会导致“duplicate key sequence”错误。
plan-provider-fixed-values = 固定值：Enabled $true（使用该提供商）、EnabledSharedAddressSpace $true（同一 SIP 域的用户分布在本地和联机）、HostsOCSUsers $true（该提供商承载 Skype for Business 用户）、IsLocal $false（该提供商不是你自己的部署）。
plan-connect-title = 连接到租户
plan-connect-why = 步骤 3 针对 Microsoft 365 运行，需在已登录租户的 PowerShell 会话中执行。切勿将联机会话导入 Skype for Business Server 命令行管理程序。
plan-rollback-only-when-none-online = 仅在没有任何用户驻留在联机时执行。在本地不再有任何用户之前，SharedSipAddressSpace 必须保持 True（configure-federation-with-skype-for-business-online.md）；而没有托管提供商，你的 SIP 域的本地用户和联机用户将无法再互相收发消息（Set-CsHostingProvider.md、Remove-CsHostingProvider.md）。请先将用户移回本地
plan-move-back-loses = 将用户移回本地不会恢复其 Teams 会议（move-users-from-the-cloud-to-on-premises.md：请重新安排会议），并且自 2023 年 11 月 10 日起也不会恢复其联系人（Move-CsUser.md）
plan-tenant-title = 步骤 3 — 租户中的共享 SIP 地址空间
plan-tenant-why = 租户必须知道其 SIP 域中有部分用户驻留在本地；否则 Move-CsUser 会失败并报告 HostedMigration fault 510。
plan-tenant-keep-true = 在本地不再有任何用户之前，保持 SharedSipAddressSpace 为 $true；仅在禁用混合时才将其设为 $false。
plan-oauth-onprem-title = 可选 — 服务器到服务器身份验证（本地）
plan-oauth-why = 使 Skype for Business Server 与 Exchange Online 等 Microsoft 365 服务相互信任对方的令牌。
plan-oauth-cert-expected = 一个证书（2048 位或更长，所有前端服务器上相同）。
plan-oauth-metadata-reachable = 运行 New-CsOAuthServer 时，服务器必须能够访问元数据 URL，否则该命令会失败。
plan-oauth-online-title = 可选 — 服务器到服务器身份验证（联机服务主体）
plan-oauth-online-why = Microsoft 365 必须知道本地 OAuthTokenIssuer 证书才能接受其令牌：该证书添加到 Skype for Business Online（00000004-…）和 Exchange Online（00000002-…）服务主体上，启用 Exchange Online 的服务主体，并将每个池的外部 Web 服务 FQDN 设为 Skype for Business Online 的服务主体名称（configure-a-hybrid-environment.md）。
plan-oauth-dedicated-app = Exchange Online 集成（存档、日历状态、照片）改用租户中的专用混合应用程序（见“来源”）：Subscription Edition KB5065372（7.0.2046.820，在前端服务器上运行 ConfigureSkypeforBusinessHybridApplication.ps1），2019 KB4470124（7.0.2046.553），2015 KB3061064（6.0.9319.881，之后运行 add_sfbassets.ps1）。请按你的版本的 KB 操作。联机脚本只把证书注册到 Skype for Business Online 服务主体，绝不注册到 Exchange Online 主体（00000002）；Microsoft 的 CSS-Exchange 脚本 ConfigureExchangeHybridApplication.ps1 会删除该主体上的密钥。
plan-readiness-title = 移动之前 — 租户中的移动就绪性
plan-readiness-why = 如果租户未共享 SIP 地址空间，或试点用户未同步或未获得许可证，移动要到很晚（Move-CsUser 时）才会失败。联机脚本会检查每个试点用户并写入 hybrid-move-readiness.json；没有新生成的该文件，本地脚本不会移动任何用户。
plan-readiness-expected = HostingProvider 为 SRV:（已同步、驻留在本地：skype-for-business-online-retirement.md），且 AssignedPlan 中包含 MCOProfessional 和 Teams 计划（计划名称系根据许可证名称推断）。
plan-readiness-note = 移动前须分配的许可证：Teams 和 Skype for Business Online（计划 2）；在本地启用了拨入式会议的用户还需音频会议；启用了企业语音的用户还需 Teams Phone（move-users-between-on-premises-and-cloud.md）。
plan-teams-only-default = 只要存在本地部署，租户范围的共存模式就不能是 TeamsOnly；请改为逐个移动用户（Grant-CsTeamsUpgradePolicy.md）。
plan-pilot-title = 试点 — 移动首批用户
plan-pilot-why = 先移动少量用户，检查他们能否登录、聊天并双向呼叫，然后再移动其余用户。
plan-pilot-order = 仅在指定 -MovePilotUsers -ReadinessFile <联机脚本生成的、不超过 24 小时的 hybrid-move-readiness.json> 时运行。每次移动都以本地配置的托管提供商的 ProxyFqdn 为目标；就绪文件中未显示为就绪的用户将被跳过并给出警告。
plan-module-pairs = 在任何移动之前，脚本遇到已知有问题的组合时会停止：MicrosoftTeams 早于 6.2.1（Move-CsUser.md）；服务器早于 2019 CU6 7.0.2046.385、2015 CU12 6.0.9319.619 或 Lync 2013 CU10 HF7 5.0.8308.1182；在早于 7.0.2046.849 的内部版本上使用 MicrosoftTeams 7.2 或更高版本（KB5090660；见“来源”）。脚本还会使用移动所需的 TLS 1.2（Move-CsUser.md）。
plan-pilot-no-pool = 在表单中输入注册器池，即可获得将试点用户移回本地的命令。
plan-pilot-expected = 移动后 HostingProvider 显示 Microsoft 365 FQDN（推断：参考资料未记录确切值）。
plan-pilot-note = 会议在移动后约 90 分钟被转换；用户在 30 天内登录 Teams 时，其联系人会随之迁移过来（Move-CsUser.md）。
plan-existing-replace = 删除同一 ProxyFqdn 的现有提供商并重新创建，与 Microsoft 的操作步骤相同。如果该提供商已具有所有值，脚本会跳过删除和创建。
plan-existing-update = 保留同一 ProxyFqdn 的现有提供商，并使用 Set-CsHostingProvider 进行更正（其 ProxyFqdn 和标识无法更改）。
plan-existing-stop = 如果同一 ProxyFqdn 的提供商已存在，脚本将停止，不做任何更改，并显示该提供商。
plan-connection-teams = 此处需要 MicrosoftTeams 模块 4.x 或更高版本。在运行 Move-CsUser 的服务器上，Move-CsUser.md 要求 6.2.1 或更高版本；除非服务器运行内部版本 7.0.2046.849（KB5090660）或更高版本，否则 7.1 之后的版本会导致 Move-CsUser 失败（见“来源”）：任何受支持的内部版本均可使用 6.2.1 至 7.1，更高版本仅适用于内部版本为 7.0.2046.849 或更高的 Skype for Business Server 2019 或 Subscription Edition。如果不指定管理员帐户，登录时会出现提示，此方式支持 MFA。
plan-tenant-federation-expected = { $mode ->
    [open] SharedSipAddressSpace True，AllowFederatedUsers True，AllowedDomains 为 AllowAllKnownDomains（开放联盟），BlockedDomains 与本地阻止列表相同
   *[allow-list] SharedSipAddressSpace True，AllowFederatedUsers True，AllowedDomains 为与本地允许列表相同的允许列表，BlockedDomains 与本地阻止列表相同
}
plan-principal-graph = 联机脚本读取每个服务主体时会选择 keyCredentials（只有这样读取才会返回密钥），保留所有现有密钥不变，按指纹查找此证书，并仅在缺少时添加（Microsoft Graph keyCredential 资源）。
plan-key-expected-plain = 一个 Type 为 AsymmetricX509Cert、Usage 为 Verify 的密钥，其 customKeyIdentifier 为本地 OAuthTokenIssuer 证书的指纹。
plan-key-expected-exchange = AccountEnabled 为 True，且没有 Hybrid Builder 添加的密钥：证书不会注册到 Exchange Online 服务主体（Microsoft 的 CSS-Exchange 脚本 ConfigureExchangeHybridApplication.ps1 会删除此类密钥）。
plan-key-expected-spns = 一个 Type 为 AsymmetricX509Cert、Usage 为 Verify 的密钥，其 customKeyIdentifier 为本地 OAuthTokenIssuer 证书的指纹；ServicePrincipalNames 包含 { $spns }。

## report

report-too-large = 此文件大于任何 Hybrid Builder 报告，未读取。
report-not-ours = 这不是 Hybrid Builder 报告（缺少 "schema": "hybrid-builder-report"）。请加载生成的脚本写入的 hybrid-preflight-*.json 或 hybrid-verification-*.json 文件。
report-from-the-future = 此报告的日期比当前时间晚一天以上：请检查写入该报告的服务器的时钟，然后重新运行脚本。
report-unknown-check = 检查
report-routing-dns-srv = DNS SRV 路由
report-routing-default = 默认路由
report-action-remove = 删除
report-action-create = 创建
report-action-set = 设置
report-action-keep = 无更改
report-action-stop = 停止
report-hosting-provider = 托管提供商
report-unreadable = 此文件不是可读取的报告（{ $shown }）。请加载脚本写入的文件，不要做任何修改。
report-newer-schema = 此报告是为较新版本的 Hybrid Builder 编写的（报告架构 { $version }，此版本最多只能读取 { $supported }）。请使用生成该脚本的生成器。
report-old = 此报告已生成 { $days } 天，此后部署可能已发生变化。请重新运行脚本并加载新报告（报告在 7 天内可读取）。
report-other-domains = 此报告针对的是 SIP 域 { $report }，但这些设置针对的是 { $settings }。请加载此部署的报告，或根据这些设置重新生成脚本。
report-stale = 已过时：此报告是为 SIP 域 { $report } 生成的，但设置现在列出的是 { $settings }。请使用这些设置重新运行预检；在此之前，其结果和将要更改的内容可能与这些设置不符。
report-is-preflight = 这是预检报告；请在“预检”下加载。
report-is-verification = 这是验证报告；请在“验证”下加载。
report-duplicate-key = 此报告多次给出“{ $key }”，因此可以有两种读法；未读取。请加载脚本写入的文件，不要做任何修改。
report-too-deep = 此文件中列表或对象的嵌套深度超过任何 Hybrid Builder 报告，未读取。
report-bad-date = 此报告的日期（created_unix { $value }）不是本生成器的脚本会写入的日期；未读取。请加载脚本写入的文件，不要做任何修改。
report-no-domains = 此报告没有写明其针对的 SIP 域，因此无法证明它描述的是此部署（{ $settings }）；未读取。请运行根据这些设置生成的脚本，然后加载其报告。
report-no-checks = 此报告不包含任何检查：脚本在运行任何检查之前就已停止，或者文件被截断。请重新运行脚本并加载完整报告。
report-already-read = 此报告已读取过；只计一次。
report-replaces-earlier = 此报告替换了先前为同一部分（本地或联机）读取的报告。
report-check-server-build = 服务器内部版本
report-check-server-product = 产品与支持
report-check-hybrid-application-build = 专用混合应用程序所需的内部版本
report-check-server-roles = 池及其角色
report-check-teams-module = MicrosoftTeams 模块
report-check-tls12 = .NET 的 TLS 1.2
report-check-cms-replication = 中央管理存储复制
report-check-sip-domains = 拓扑中的 SIP 域
report-check-edge-pools = 边缘池
report-check-web-services = 池的外部 Web 服务
report-check-registrar-pools = 注册器池
report-check-access-edge = 访问边缘配置
report-check-hosting-providers = 托管提供商和公共提供商
report-check-federation-lists = 允许的域和阻止的域
report-check-oauth-certificate = OAuthTokenIssuer 证书
report-check-oauth-objects = OAuth 服务器和合作伙伴应用程序
report-check-dns = 从此服务器解析 DNS
report-check-tenant = 租户
report-check-tenant-domains = 租户中的 SIP 域
report-check-exchange-principal-keys = Exchange Online 主体上的密钥
report-check-federation-lists-match = 双方的允许域和阻止域
report-check-tenant-federation = 租户联盟
report-check-coexistence = 租户范围的共存模式
report-check-pilot-user = 试点用户
report-check-verify-access-edge = 访问边缘（按配置）
report-check-verify-hosting-provider = 具有所有值的唯一托管提供商
report-check-verify-oauth = OAuth 服务器、合作伙伴应用程序和服务名称
report-check-verify-federated-partner = 针对云运行 Test-CsFederatedPartner
report-check-verify-pilot-homed = 已移动的试点用户（本地）
report-check-verify-tenant = 租户的共享 SIP 地址空间和联盟
report-check-verify-service-principals = 服务主体：密钥、启用状态、SPN
report-check-verify-pilot-online = 已移动的试点用户（联机）
report-todo-could-not-read = 请检查此 PowerShell 窗口是否具备该检查所需的权限和模块，然后重新运行脚本。
report-todo-server-build-unread = 请使用 Get-CsServerPatchVersion 读取内部版本，并与清单中的最低内部版本进行比较。
report-todo-server-build-below-minimum = 请在变更窗口之前至少安装 Skype for Business Server 2019 CU6（7.0.2046.385）或 2015 CU12（6.0.9319.619）。
report-todo-server-build-2015 = 移动仅适用于 MicrosoftTeams 7.1 或更早版本：对于 2015，没有给出修复（office-docs-powershell 拉取请求 13690）。
report-todo-server-product-out-of-support = Skype for Business Server 2015 和 2019 的延长支持已于 2025 年 10 月 14 日结束（据媒体 2025 年 7 月对 Microsoft 生命周期公告的报道）；Lync Server 2013 的支持结束得更早。请规划 Subscription Edition，或将所有用户移动到 Teams。
report-todo-server-product-unread = 此处无法读取产品名称：请在“程序和功能”中查看。
report-todo-hybrid-application-build-unread = 请使用 Get-CsServerPatchVersion 读取内部版本，并与你所用版本的 2025 年 8 月修补程序进行比较。
report-todo-hybrid-application-build-below = Exchange Online 集成需要你所用版本的 2025 年 8 月修补程序（Subscription Edition KB5065372、2019 KB4470124、2015 KB3061064）及其专用混合应用程序：请按照该 KB 操作。
report-todo-teams-module-missing = 请安装 MicrosoftTeams 7.1.0（Install-Module MicrosoftTeams -RequiredVersion 7.1.0）；更高版本仅可在内部版本 7.0.2046.849 或更高版本上使用。
report-todo-teams-module-too-old = Move-CsUser 需要 6.2.1 或更高版本：请安装 7.1.0。
report-todo-teams-module-too-new = 在内部版本 7.0.2046.849（KB5090660）之前，7.1 之后的版本会导致 Move-CsUser 失败：请更新服务器或安装 7.1.0。
report-todo-tls12 = Move-CsUser 需要 TLS 1.2：请在移动之前为此服务器上的 .NET 启用它（变更脚本也会在自己的会话中要求使用它）。
report-todo-cms-replication = 请在变更窗口之前等待复制完成或修复复制；更改只有通过复制才能到达边缘服务器。
report-todo-sip-domains-missing = 请将该 SIP 域添加到拓扑中，或在 Hybrid Builder 的设置中将其删除。
report-todo-sip-domains-extra = 请在 Hybrid Builder 中列出每个 SIP 域：DNS、证书和租户都需要全部 SIP 域。
report-todo-edge-pools-none = 混合部署需要一台已部署联盟的边缘服务器。
report-todo-edge-pools-several = 只能有一个边缘池作为联盟边缘：请检查拓扑中的联盟路由。
report-todo-web-services = 请在 Hybrid Builder 中使用此处找到的池外部 Web 服务 FQDN。
report-todo-access-edge-default-route = 变更脚本会切换到 DNS SRV 路由；通过默认路由（清算中心）的联盟将停止。请与联盟伙伴共同规划。
report-todo-access-edge-federated-off = 变更脚本会允许联盟用户（步骤 1）。
report-todo-hosting-providers-public = 请在 Hybrid Builder 中选择其他标识，或删除该公共提供商。
report-todo-hosting-providers-same-name = 请在 Hybrid Builder 中选择其他标识，或删除该提供商。
report-todo-hosting-providers-same-proxy = 变更脚本会按照“如果此 ProxyFqdn 的提供商已存在”下的选择处理该提供商；请参阅“将发生的更改”。
report-todo-federation-lists = 请与联机报告中的租户列表进行比较。
report-todo-oauth-certificate-missing = 请在配置服务器到服务器身份验证之前分配一个证书（Set-CsCertificate -Identity global -Type OAuthTokenIssuer）。
report-todo-oauth-certificate-expired = 请在变更窗口之前续订 OAuthTokenIssuer 证书。
report-todo-oauth-certificate-expiring = 请尽快规划续订（Set-CsCertificate -Roll）。
report-todo-oauth-certificate-key-size = 请使用密钥长度为 2048 位或更长的证书。
report-todo-dns = 混合处于活动状态期间，请让每个 SIP 域的每条记录都指向本地（请参阅清单中的 DNS）；如需查看从 Internet 看到的结果，请使用 -PublicDnsServer 重新运行脚本。
report-todo-tenant-domains-missing = 请在变更窗口之前在租户中添加并验证该域。
report-todo-tenant-domains-disabled = 已禁用的 SIP 域中的用户不会被预配（Get-CsOnlineSipDomain.md）：请在变更窗口之前启用该域。
report-todo-tenant-federation = 请在变更窗口之前启用外部访问（Set-CsTenantFederationConfiguration -AllowFederatedUsers $true）。
report-todo-exchange-principal-keys = Microsoft 的 CSS-Exchange 脚本 ConfigureExchangeHybridApplication.ps1 会删除这些密钥：-ResetFirstPartyServicePrincipalKeyCredentials 删除所有密钥，与 -CertificateInformation <指纹> 一起使用时删除该密钥和所有已过期的密钥。请在 Exchange 混合部署使用其专用应用程序后再运行它。
report-todo-coexistence-teams-only = 在从本地移动用户之前，请将租户范围的模式改回（可能需要 Microsoft 支持）。
report-todo-coexistence-unread = 请在 Teams 管理中心确认组织范围的共存模式不是“仅 Teams”。
report-todo-pilot-user-not-synced = 请等待目录同步，或检查该用户是否驻留在本地。
report-todo-pilot-user-licences = 请分配 Teams 和 Skype for Business Online（Plan 2）；如果该用户在本地使用音频会议或 Teams Phone，也请一并分配。
report-todo-verify-access-edge = 请重新运行本地变更脚本并阅读其输出。
report-todo-verify-hosting-provider = 请重新运行本地变更脚本；将 Get-CsHostingProvider 的结果与清单进行比较。
report-todo-verify-oauth = 请启用服务器到服务器身份验证后重新运行本地变更脚本。
report-todo-verify-federated-partner-no-domain = 请使用 -PartnerDomain <允许列表中的某个联盟伙伴域> 重新运行脚本。
report-todo-verify-federated-partner-several-edges = 请使用 -EdgePoolFqdn <作为联盟路由的边缘池> 重新运行脚本。
report-todo-verify-federated-partner-failed = 请检查联盟边缘的 DNS、边缘证书和防火墙（请参阅清单中的 DNS）。
report-todo-verify-pilot-homed = 该用户仍在本地：请运行移动（-MovePilotUsers -ReadinessFile）并阅读其输出。
report-todo-verify-tenant = 请重新运行联机变更脚本并阅读其输出。
report-todo-verify-service-principals = 请启用服务器到服务器身份验证后重新运行联机变更脚本。
report-todo-verify-pilot-online = 移动尚未到达租户：请等待复制完成，然后重新运行验证。

## share

share-unknown-field = 不是本生成器识别的设置。
share-sender-confirmed = 已由发送这些设置的人确认；在脚本使用它之前，请自行确认。
share-not-an-object = 设置不是 JSON 对象。
share-bad-version = schema_version 不是数字。
share-storage-corrupt = 无法读取此浏览器中保存的设置；将从默认值开始。
share-bad-link-version = 链接没有有效的版本（v=2）；已读取能够读取的内容。
share-link-cut-short = 此链接被截断（末尾包含校验和的部分缺失）：部分设置可能缺失或不完整。请索取完整链接，或逐项检查下面的设置。
share-link-changed = 此链接与其校验和不匹配：在传递过程中被截断或修改。请索取完整链接，或逐项检查下面的设置。
share-not-a-boolean = 应为 true 或 false。
share-not-text = 应为文本。
share-not-a-list = 应为文本列表。
share-expected-one-of = 应为 { $names } 之一。
share-invalid-json = 该文件不是有效的 JSON（{ $detail }）。
share-newer-schema = 由较新版本的 Hybrid Builder 写入（schema_version { $version }，此版本最多只能读取 { $supported }）；请使用较新的生成器。
share-newer-link-format = 该链接来自较新版本的 Hybrid Builder（v={ $version }）；仅恢复了此版本可识别的设置。
share-cannot-lock = 无法锁定 { $path }：不是本生成器识别的设置。
share-unknown-language = { $tag } 不是本生成器支持的语言；页面将使用浏览器的语言。
share-duplicate-key = “{ $key }”被多次给出，因此无法确定所指的值；未读取任何内容。请只保留一个。
share-too-deep = 该文件中列表或对象的嵌套深度超过任何设置文件，未读取。
share-repeated-in-link = 在链接中出现了多次；仅使用了第一个值。
share-default-kept = { $problem }保留默认值。
share-ignored = { $problem }已忽略。
share-defaults-used = { $problem }将使用默认值。

## stages

stages-preflight = 预检（只读）
stages-dry-run = 本地，试运行
stages-on-premises = 本地
stages-online = 联机
stages-wait = 等待复制
stages-moves = 试点移动
stages-verify = 验证（只读）
stages-if-needed = 仅在必须撤消时
stages-management-shell = 前端服务器上的 Skype for Business Server 命令行管理程序
stages-teams-shell = 装有 MicrosoftTeams 模块的 PowerShell（不是命令行管理程序）
stages-both-shells = 本地部分在命令行管理程序中运行，联机部分使用 MicrosoftTeams 模块
stages-preflight-look = 无 FAIL。将两个 hybrid-preflight-*.json 报告加载到 Hybrid Builder 中，并阅读“将发生的更改”。
stages-dry-run-look = 仅针对“将发生的更改”所列的更改出现 What if: 行；无错误。
stages-on-premises-look = 备份、脚本记录和 hybrid-cs-configuration-*.zip 的路径（请保留：该 .zip 是 Export-CsConfiguration 保存的整个中央管理存储，可用 Import-CsConfiguration 还原），每个步骤已完成或已就绪，没有错误。
stages-online-look = SharedSipAddressSpace 为 True；联盟模式与本地一致。
stages-online-look-pilots = SharedSipAddressSpace 为 True；每个试点用户显示 READY，并显示 hybrid-move-readiness.json 的路径。
stages-wait-look = 未列出任何服务器（所有副本均为最新）；试点用户已同步到租户。边缘服务器仅在复制完成后才应用更改。
stages-moves-look = 先显示模块和内部版本行，然后逐个移动试点用户；NOT READY 的用户将被跳过并给出警告。
stages-verify-look = 每行均为 PASS。加载两个 hybrid-verification-*.json 报告：检查清单会标记它们所证实的项。
stages-if-needed-look = 每个都先试运行，先运行联机部分：按与更改相反的顺序撤消。只要有用户驻留在联机，两者都会拒绝执行。
stages-backup-file-placeholder = <本次变更窗口中写入的 hybrid-on-premises-backup-*.xml>
stages-online-backup-file-placeholder = <本次变更窗口中写入的 hybrid-online-backup-*.xml>

## validation

validation-legacy-connector-retired = 已拒绝：Skype for Business Online Connector 已停用（New-CsOnlineSession 已在 MicrosoftTeams 2.0.0 中删除），任何脚本都不会用它登录。请选择 MicrosoftTeams 模块（Connect-MicrosoftTeams）；其余所有设置均保留。
validation-msonline-retired = 已拒绝：MSOnline 模块已停用（其可用期截至 2025 年 3 月 30 日：Azure AD PowerShell 迁移常见问题），任何脚本都不会使用它。请选择 Microsoft Graph PowerShell；其余所有设置均保留。
validation-federated-users-required = 混合需要在边缘服务器上允许联盟用户：同一 SIP 域的联机用户和本地用户通过联盟通信。请勾选“允许联盟用户”。
validation-outside-users-off = 远程用户将无法通过边缘服务器登录。混合不需要此设置，但 Microsoft 的操作步骤会将其打开。
validation-default-route-unsupported = 你的边缘服务器目前通过默认路由进行联盟路由。托管提供商不能与默认路由配合使用（New-CsHostingProvider.md），因此步骤 1 会将边缘服务器切换为 DNS SRV 路由（-UseDnsSrvRouting）：该步骤运行后，经由默认路由（清算中心）的联盟将停止。请与通过该路由联系的合作伙伴商定此变更；检查清单列出了需要执行的操作。
validation-verification-level-not-source = Microsoft 的混合操作步骤使用 -VerificationLevel UseSourceVerification 创建托管提供商（configure-federation-with-skype-for-business-online.md）；其他值会改变对来自 Microsoft 365 的消息的信任方式。除非有明确理由，否则请保留 UseSourceVerification。
validation-partner-discovery-off = Microsoft 的操作步骤在使用 DNS SRV 路由时启用合作伙伴发现。仅当租户使用域允许列表（封闭联盟）时才将其关闭。
validation-shared-sip-required = 只要仍有用户驻留在本地，SharedSipAddressSpace 就必须保持 $true；将其关闭属于禁用混合，而不是配置混合。请勾选“共享 SIP 地址空间”。
validation-discovery-on-tenant-closed = 本地已启用合作伙伴发现，但租户使用允许列表：双方必须一致。请为租户选择开放联盟，或关闭合作伙伴发现。
validation-discovery-off-tenant-open = 本地已关闭合作伙伴发现，但租户采用开放联盟：双方必须一致。请启用合作伙伴发现，或为租户选择允许列表。
validation-no-sip-domains = 请添加你的 SIP 域，以便检查清单列出其 DNS 记录和证书名称。
validation-edge-outside-sip-domains = 边缘服务器外部 FQDN 不属于你的任何 SIP 域。请检查：边缘证书和 DNS 记录通常使用某个 SIP 域（如 sip.contoso.com）。
validation-web-services-fqdns-missing = 服务器到服务器身份验证会将每个池的外部 Web 服务 FQDN 添加为 Skype for Business Online 的服务主体名称。请为每个池输入一个 FQDN（Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn）。
validation-reverse-proxy-missing = 请输入反向代理的外部 FQDN：混合处于活动状态期间，每个 SIP 域的 lyncdiscover 以及会议和拨入 URL 都指向它。在输入之前，检查清单的 DNS 部分无法给出这些记录的目标。
validation-registrar-pool-missing = 请输入注册器池：将试点用户移回本地时需要将其用作 -Target。在输入之前，检查清单不会列出移回命令。
validation-certificate-path-required = 请输入导出的 OAuthTokenIssuer 证书（.cer）在运行联机脚本的工作站上的路径，如 C:\certs\oauth.cer。
validation-path-problem = { $flaw ->
    [whitespace] 证书路径的开头和结尾不得有空格。
    [control] 证书路径必须为单行，且不得包含控制字符。
    [invisible] 证书路径包含不可见的格式字符（例如双向文本控制符或零宽空格）：请重新输入。
    [too-long] 证书路径超过 259 个字符（Windows 的 MAX_PATH）。
   *[other] 证书路径无效。
}
validation-fqdn-problem = { $flaw ->
    [empty] { $subject } 为必填项。
    [whitespace] { $subject } 不得包含空格。
    [control] { $subject } 必须为单行，且不得包含控制字符。
    [invisible] { $subject } 包含不可见的格式字符（例如双向文本控制符或零宽空格）：请重新输入。
    [scheme] { $subject } 只能是主机名：请删除协议（如 https://）和任何路径。
    [non-ascii] { $subject } 包含非 ASCII 字符：请以 punycode 形式（xn--…）输入国际化名称。
    [too-long] { $subject } 超过 253 个字符。
    [label-too-long] { $subject } 中有一部分超过 63 个字符。
    [empty-label] { $subject } 中有空的部分：请检查是否有重复的点，或开头、结尾是否有点。
    [bad-character] { $subject } 只能包含字母、数字、连字符和点。
    [hyphen] { $subject } 中有一部分以连字符开头或结尾。
    [single-label] { $subject } 必须是至少包含一个点的完全限定名称，如 sip.contoso.com。
    [numeric] { $subject } 是 IP 地址；请输入 DNS 名称。
   *[other] { $subject } 不是有效的主机名。
}
validation-url-problem = { $flaw ->
    [empty] { $subject } 为必填项。
    [whitespace] { $subject } 不得包含空格。
    [control] { $subject } 必须为单行，且不得包含控制字符。
    [invisible] { $subject } 包含不可见的格式字符（例如双向文本控制符或零宽空格）：请重新输入。
    [too-long] { $subject } 超过 2048 个字符。
    [not-https] { $subject } 必须以 https:// 开头。
    [non-ascii] { $subject } 包含非 ASCII 字符：主机请使用 punycode 形式，路径请进行百分号编码。
    [bad-host] { $subject } 的主机名无效。
   *[other] { $subject } 不是有效的 URL。
}
validation-upn-problem = { $flaw ->
    [empty] { $subject } 为必填项。
    [whitespace] { $subject } 的开头或结尾不得有空格。
    [control] { $subject } 必须为单行，且不得包含控制字符。
    [invisible] { $subject } 包含不可见的格式字符（例如双向文本控制符或零宽空格）：请重新输入。
   *[other] { $subject } 必须是用户主体名称，如 admin@contoso.com：@ 之前可使用字母、数字和 ' . - _ ! # ^ ~（@ 的前一个字符不能是点），@ 之后须为有效的域。
}
validation-identity-problem = { $flaw ->
    [empty] 标识为必填项，如 SkypeforBusinessOnline。
    [too-long] 标识超过 255 个字符。
    [whitespace] 标识只能包含字母、数字、点、连字符和下划线。
    [control] 标识只能包含字母、数字、点、连字符和下划线。
    [invisible] 标识只能包含字母、数字、点、连字符和下划线。
    [bad-character] 标识只能包含字母、数字、点、连字符和下划线。
   *[other] 标识无效。
}
validation-guid-problem = { $flaw ->
    [empty] 服务器到服务器身份验证需要租户 ID。可使用 (Get-CsTenant).TenantId 获取。
   *[other] 租户 ID 必须是 GUID，如 6babcaad-604b-40ac-a9d7-9fd97c0b779f。
}
validation-subject-admin-account = 管理员帐户
validation-subject-proxy-fqdn = ProxyFqdn
validation-subject-autodiscover = AutodiscoverUrl
validation-subject-metadata-prefix = 元数据 URL 前缀
validation-subject-edge-fqdn = 边缘服务器外部 FQDN
validation-subject-registrar = 注册器池 FQDN
validation-subject-reverse-proxy = 反向代理 FQDN
validation-subject-sip-domain = SIP 域“{ $value }”
validation-subject-web-services = Web 服务 FQDN“{ $value }”
validation-subject-pilot = 试点用户“{ $value }”
validation-duplicate-entry = { $subject } 出现了多次；请删除重复项。
validation-too-many-pilots = { $count } 个试点用户超出了脚本可直接包含的数量（最多 { $max } 个）。请在此处只列出最先迁移的用户，更大的用户组请使用批量迁移文件（Move-CsUser -UserList）迁移。
validation-too-many-sip-domains = { $count } 个 SIP 域超出了本生成器接受的数量（最多 { $max } 个）：Edge 证书需要包含每个域的名称，而公共证书很少包含更多名称。请检查列表中是否只有 SIP 域。
validation-too-many-web-services = { $count } 个 Web 服务 FQDN 超出了本生成器接受的数量（最多 { $max } 个）。请为每个池输入一次其外部 Web 服务 FQDN。
validation-onmicrosoft = 域“{ $domain }”是 Microsoft 管理的域：它不是你拓扑中的 SIP 域，已从边缘证书中排除。
validation-placeholder-name = 这是来自无名称链接的占位符：运行脚本之前，请在此输入你的真实名称。
validation-pilot-outside = 试点用户“{ $user }”不属于上面列出的任何 SIP 域。
validation-other-cloud = 此 { $what } 属于 { $owner }，但租户位于 { $chosen }。请使用 { $expected }，或选择正确的云。
validation-not-an-endpoint = 此 { $what } 不是已知的 Microsoft 终结点；对于 { $chosen }，该值为 { $expected }。仅当 Microsoft 要求时才保留此值。
validation-provenance-documented = 有文档依据
validation-provenance-inferred = 推断
validation-provenance-unconfirmed = 未确认
validation-confirm-value = Microsoft 未以此形式针对此云记录 { $value }：{ $note } 请向你的 Microsoft 联系人确认或查阅租户的文档，然后勾选该字段下方对应的“我已为我的租户确认此……”复选框，或在字段中输入你自己的值。在此之前，无法复制或下载使用该值的脚本。
validation-date-flaw = 确认日期的格式为 YYYY-MM-DD，例如 2026-12-05。
validation-metadata-prefix-slash = 元数据 URL 前缀以斜杠结尾：脚本会在其后添加租户 ID 和 /metadata/json/1，例如 https://accounts.accesscontrol.windows.net/。
validation-pilot-problem = { $form ->
    [whitespace] 试点用户“{ $user }”的开头或结尾不得有空格。
    [control] 试点用户“{ $user }”必须为单行，且不得包含控制字符。
    [invisible] 试点用户“{ $user }”包含不可见的格式字符（例如双向文本控制符或零宽空格）：请重新输入。
    [sip] SIP 地址“{ $user }”必须为 sip:user@domain 格式，如 sip:ana@contoso.com：@ 之前可使用字母、数字和 ' . - _ ! # ^ ~，@ 之后须为有效的域。
   *[other] 试点用户“{ $user }”必须是用户主体名称（如 ana@contoso.com），或带前缀的 SIP 地址（如 sip:ana@contoso.com）。
}

## page

page-app-title = Hybrid Builder
page-app-lede = 将 Skype for Business Server 连接到 Microsoft 365（共享 SIP 地址空间）：填写你的设置，然后复制经过检查的 PowerShell 脚本和用于变更窗口的检查清单。你输入的任何内容都不会离开此浏览器。
page-form-label = 混合设置
page-output-label = 生成的脚本和检查清单
page-doc-link = Microsoft 文章
page-error-prefix = 错误：
page-warning-prefix = 警告：
page-choice-title = 你的租户
page-choice-why = 云决定了脚本使用的每个终结点；任何一个值出错，都要到很晚（Move-CsUser 时）才会失败。
page-cloud-label = Microsoft 365 云
page-cloud-help = 设置托管提供商的 ProxyFqdn 和 AutodiscoverUrl、Teams 环境以及 DNS 目标。
page-connection-label = 租户连接
page-connection-help = 联机脚本登录租户的方式。
page-connection-teams = MicrosoftTeams 模块（Connect-MicrosoftTeams）
page-connection-legacy = Skype for Business Online Connector（已停用，已拒绝）
page-admin-upn-label = 管理员帐户（可选）
page-admin-upn-help = 预先填入登录帐户。留空则会提示输入，此方式支持 MFA。
page-edge-title = 步骤 1 — 边缘服务器联盟
page-edge-why = 同一 SIP 域的联机用户和本地用户通过联盟相互通信，因此边缘服务器必须允许联盟用户，并使用 DNS SRV 记录进行路由。
page-allow-outside-label = 允许外部用户
page-allow-outside-help = 远程用户通过边缘服务器登录（-AllowOutsideUsers）。
page-allow-federated-label = 允许联盟用户
page-allow-federated-help = 混合必需（-AllowFederatedUsers）。
page-partner-discovery-label = 启用合作伙伴发现
page-partner-discovery-help = 边缘服务器通过 DNS 查找联盟合作伙伴（-EnablePartnerDiscovery）。必须与租户的联盟模式一致。
page-routing-label = 当前的联盟路由
page-routing-help = 混合需要 DNS SRV 路由；脚本始终会设置它（-UseDnsSrvRouting）。
page-routing-dns-srv = DNS SRV 路由
page-routing-default = 默认路由（清算中心）
page-provider-title = 步骤 2 — 托管提供商
page-provider-why = 托管提供商告知边缘服务器：你的 SIP 域的用户也可能驻留在 Microsoft 365 中，以及在何处找到他们。
page-identity-label = 标识
page-identity-help = 任意唯一名称；不得与其他托管提供商或公共提供商冲突。
page-proxy-fqdn-label = ProxyFqdn
page-proxy-fqdn-help = 你所在云的 Microsoft 365 联盟 FQDN；也是 Move-CsUser 的目标。之后无法更改。
page-autodiscover-label = AutodiscoverUrl
page-autodiscover-help = 你所在云的 Microsoft 365 自动发现服务。
page-verification-label = VerificationLevel
page-verification-help = Microsoft 的操作步骤使用 UseSourceVerification。
page-existing-label = 如果此 ProxyFqdn 的提供商已存在
page-existing-help = 脚本会先进行检查；如果现有提供商的所有值均已符合要求，则保持不变。
page-existing-replace = 替换：先删除，再创建（Microsoft 的操作步骤）
page-existing-update = 就地更新（Set-CsHostingProvider）
page-existing-stop = 停止并显示该提供商
page-fixed-values = 始终设置：Enabled $true、EnabledSharedAddressSpace $true（同一 SIP 域的用户分布在本地和联机）、HostsOCSUsers $true（该提供商承载 Skype for Business 用户）、IsLocal $false（它不是你自己的部署）。
page-overridden = 你已更改该云的值。
page-use-cloud-value = 使用该云的值
page-badge-documented = 有文档依据
page-badge-inferred = 推断
page-badge-unconfirmed = 未确认
page-badge-confirmed = 已确认
page-confirm-proxy-label = 我已为我的租户确认此 ProxyFqdn
page-confirm-autodiscover-label = 我已为我的租户确认此 AutodiscoverUrl
page-confirm-metadata-label = 我已为我的租户确认此元数据 URL 主机
page-confirm-help = 勾选后会记录你确认了这个确切的值以及确认日期。你转交的链接或设置文件会说明你已确认；打开它的人需要自行确认。
page-metadata-prefix-label = OAuth 元数据 URL 前缀
page-metadata-prefix-help = Microsoft 365 授权服务器元数据 URL 的开头部分；脚本会添加租户 ID 和 /metadata/json/1（configure-a-hybrid-environment.md）。如果你所在云的值与显示的不同，请输入你自己的值。
page-tenant-title = 步骤 3 — 租户
page-tenant-why = 租户必须知道其 SIP 域中有部分用户位于本地；否则 Move-CsUser 会失败并报告 HostedMigration fault 510。
page-shared-sip-label = 共享 SIP 地址空间
page-shared-sip-help = Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true。在本地不再有任何用户之前，请保持开启。
page-federation-label = 租户联盟模式
page-federation-help = 必须与边缘服务器一致：开放联盟对应启用合作伙伴发现，允许列表对应不启用。联机脚本会对此进行检查。
page-federation-open = 开放联盟（允许所有未被阻止的域）
page-federation-allow-list = 域允许列表
page-environment-title = 你的部署
page-environment-why = 这些信息用于填写检查清单：DNS 记录、证书名称和先决条件。
page-sip-domains-label = SIP 域
page-sip-domains-help = 每行一个，或用逗号、分号或空格分隔，如 contoso.com。每个域都必须已在租户中验证。
page-edge-fqdn-label = 边缘服务器外部 FQDN（可选）
page-edge-fqdn-help = 访问边缘的外部名称，如 sip.contoso.com。每个域的 sip 记录都指向它。
page-web-fqdns-label = 每个池的外部 Web 服务 FQDN
page-web-fqdns-help = 每行一个，取自 Get-CsService -WebServer | Select-Object PoolFqdn, ExternalFqdn。服务器到服务器身份验证会将每个 FQDN 注册为服务主体名称。
page-reverse-proxy-label = 反向代理外部 FQDN
page-reverse-proxy-help = 发布外部 Web 服务的名称，如 webext.contoso.com（可以与某个池的外部 Web 服务 FQDN 相同）。lyncdiscover、meet 和 dialin 都指向它。
page-pool-label = 注册器池 FQDN（可选）
page-pool-help = 回滚移动时，已移动的用户将返回到此池。
page-pilot-title = 可选 — 试点用户
page-pilot-why = 先移动少量用户并进行双向测试，然后再移动其余用户。
page-pilot-label = 试点用户
page-pilot-help = 每行一个：UPN（ana@contoso.com）或带前缀的 SIP 地址（sip:ana@contoso.com），按你输入的原样使用。只有在指定 -MovePilotUsers 并提供联机脚本写入的就绪文件时，本地脚本才会移动这些用户。
page-oauth-title = 可选 — 服务器到服务器身份验证
page-oauth-why = 用于 Exchange 和 SharePoint 集成：本地信任 Microsoft 365，并将证书添加到联机服务主体上。
page-oauth-enabled-label = 配置服务器到服务器身份验证
page-oauth-enabled-help = 在两个脚本中都添加 OAuth 步骤。
page-tenant-id-label = 租户 ID
page-tenant-id-help = 一个 GUID；可使用 (Get-CsTenant).TenantId 获取。
page-cert-path-label = OAuthTokenIssuer 证书（.cer）路径
page-cert-path-help = 位于运行联机脚本的工作站上。
page-tool-label = 用于注册证书的工具
page-tool-help = 使用 Microsoft Graph PowerShell 注册证书；MSOnline 已停用并被拒绝。
page-tool-graph = Microsoft Graph PowerShell
page-tool-msonline = MSOnline（已停用，已拒绝）
page-copy = 复制
page-copied = 已复制
page-copy-failed = 复制失败：请选中文本并手动复制。
page-download-all = 全部下载
page-downloaded-all = 已下载变更脚本、回滚脚本、检查清单和变更记录。
page-see-errors = 转到错误
page-untick-all = 全部取消勾选
page-tab-blocked = 存在错误
page-panic-message = Hybrid Builder 内部出现问题。你的设置不会丢失：请先导出设置，然后重新加载页面并导入。
page-panic-export = 导出设置
page-share-label = 共享和保存这些设置
page-copy-link = 复制共享链接
page-link-copied = 链接已复制
page-copy-link-without-names = 复制无名称链接
page-redact-heading = { $count ->
   *[other] 无名称链接会将 { $count } 个名称替换为占位符：
}
page-redact-none = 这些设置中还没有名称：无名称链接就是共享链接，并标记为已匿名化。
page-redact-kept = 云和每个选择均保持不变。打开链接的人会看到这些名称是占位符，在输入真实名称之前不会提供脚本。
page-redact-copy = 复制此无名称链接
page-redact-cancel = 取消
page-redact-copied = 已复制无名称链接
page-redacted-banner = 这些设置中的名称是占位符：它们来自为支持工单或论坛创建的无名称链接。这些脚本不可运行：请在下面标记的字段中输入你真实的 SIP 域、服务器、用户、租户 ID 和证书路径；不再有占位符后才会提供脚本。
page-redacted-blocked = 复制和下载已关闭：这些设置包含占位符而不是你的名称，因此此输出不可运行。请先在表单中标记的字段里输入你的真实名称。
page-export = 导出设置
page-import = 导入设置…
page-reset = 重置为默认值
page-replaced = 你之前的设置和勾选已被替换。
page-offline-link = 此生成器是从文件打开的，因此没有可共享的地址。共享链接需要使用托管版生成器；若要转移这些设置，请使用“导出设置”，然后在托管版中导入该文件。
page-undo = 撤消
page-dismiss = 关闭
page-locked = 由此页面设置。
page-fixed-form-label = 由此页面设置的设置
page-source-link = 链接
page-source-storage = 已保存的设置
page-source-file = 设置文件
page-preflight-title = 变更窗口之前 — 预检
page-preflight-why = 两个只读脚本读取部署和租户，为每项检查输出 PASS、WARN 或 FAIL，并写入一份报告。请在此处加载报告：生成器会显示发现的情况和变更脚本将更改的内容，并提供它获取到的值。不会上传任何内容：报告仅在此标签页中读取，不会保存。
page-preflight-on-prem = 下载本地预检脚本
page-preflight-online = 下载联机预检脚本
page-preflight-load = 加载预检报告（hybrid-preflight-*.json）
page-preflight-drop = 或将其拖放到此处
page-preflight-clear = 清除报告
page-preflight-findings = 预检结果
page-preflight-changes = 将发生的更改
page-preflight-not-there = 尚不存在
page-preflight-column-action = 操作
page-preflight-column-setting = 设置
page-preflight-column-found = 当前
page-preflight-column-after = 之后
page-preflight-suggest = 来自预检报告
page-preflight-suggest-help = 报告中包含这些值。在你应用之前，你的设置不会有任何更改。
page-preflight-apply = 应用这些值
page-preflight-applied = 已应用预检报告中的值。
page-preflight-applied-one = 已应用{ $field }。
page-preflight-undo = 撤消
page-preflight-apply-one = 应用
page-preflight-written = { $part }：写入于 { $time }
page-preflight-accept = 我已阅读每个 FAIL，仍要获取变更脚本
page-preflight-todo = 待办：
page-preflight-on-prem-part = 本地
page-preflight-online-part = 联机
page-run-order = 运行顺序
page-look-for = 检查要点：
page-stages-label = 变更窗口的三个阶段
page-stage-preflight = 预检
page-stage-preflight-hint = 只读取，不更改
page-stage-change = 变更
page-stage-change-hint = 先本地，后联机
page-stage-verify = 验证
page-stage-verify-hint = 再次读取两侧
page-show-all-note = “复制”和“下载”始终提供完整脚本。
page-wrap-lines = 长行自动换行
page-ticked = 已完成 { $done } / { $total } 项任务
page-problem-in = { $source }：{ $message }
page-problem-at = { $source }，{ $key }：{ $message }
page-imported-file = { $problems ->
    [0] 已导入 { $name }。
    [one] 已导入 { $name }；有 1 个条目无法使用：
   *[other] 已导入 { $name }；有 { $problems } 个条目无法使用：
}
page-import-refused-file = 未导入 { $name }：{ $why }
page-unreadable-file = 无法读取 { $name }。
page-not-text-file = 未读取 { $name }：它既不是 UTF-8 文本，也不是带字节顺序标记的 UTF-16 文本（1252 等 Windows 代码页会写出这样的文件）。请将其另存为 UTF-8（在 PowerShell 中：Get-Content FILE | Set-Content -Encoding UTF8 NEW-FILE）后重试。
page-tab-on-premises = 本地脚本
page-tab-online = 联机脚本
page-tab-checklist = 检查清单
page-tab-change-record = 变更记录
page-error-summary = { $count ->
    [one] 存在问题：1 个错误
   *[other] 存在问题：{ $count } 个错误
}
page-warning-summary = { $count ->
    [one] 1 个警告需要检查
   *[other] { $count } 个警告需要检查
}
page-blocked = { $output ->
    [on-premises] { $errors ->
        [one] 复制和下载已禁用：1 个错误会导致本地脚本无法安全运行。请先在表单中修复。
       *[other] 复制和下载已禁用：{ $errors } 个错误会导致本地脚本无法安全运行。请先在表单中修复。
    }
    [online] { $errors ->
        [one] 复制和下载已禁用：1 个错误会导致联机脚本无法安全运行。请先在表单中修复。
       *[other] 复制和下载已禁用：{ $errors } 个错误会导致联机脚本无法安全运行。请先在表单中修复。
    }
    [checklist] { $errors ->
        [one] 复制和下载已禁用：1 个错误会导致检查清单无法安全执行。请先在表单中修复。
       *[other] 复制和下载已禁用：{ $errors } 个错误会导致检查清单无法安全执行。请先在表单中修复。
    }
   *[change-record] { $errors ->
        [one] 复制和下载已禁用：1 个错误会导致变更记录无法安全执行。请先在表单中修复。
       *[other] 复制和下载已禁用：{ $errors } 个错误会导致变更记录无法安全执行。请先在表单中修复。
    }
}
page-copied-output = { $output ->
    [on-premises] 已将本地脚本复制到剪贴板。
    [online] 已将联机脚本复制到剪贴板。
    [checklist] 已将检查清单复制到剪贴板。
   *[change-record] 已将变更记录复制到剪贴板。
}
page-downloaded = 已下载 { $file }。
page-download-file = 下载 { $file }
page-verification-title = 变更之后 — 验证
page-verification-why = 两个只读脚本检查变更的结果：访问边缘的值、唯一的托管提供商、租户的共享 SIP 地址空间、OAuth 对象、针对云运行的 Test-CsFederatedPartner，以及每个已移动的试点用户。请加载它们的报告：检查清单会将报告所证实的项标记为“已由报告验证”，每个 FAIL 都会说明应采取的措施。
page-verification-on-prem = 下载本地验证脚本
page-verification-online = 下载联机验证脚本
page-verification-load = 加载验证报告（hybrid-verification-*.json）
page-report-read = 已读取 { $name }。
page-report-read-note = 已读取 { $name }。{ $note }
page-report-refused = 未读取 { $name }：{ $why }
page-preflight-fails = { $count ->
    [one] 预检发现 1 个 FAIL：在修复或接受之前，变更脚本将被暂扣
   *[other] 预检发现 { $count } 个 FAIL：在修复或接受之前，变更脚本将被暂扣
}
page-preflight-withheld = 复制和下载已禁用：预检报告了 { $count } 个 FAIL。请修复后加载新报告，或在“预检”下接受这些 FAIL。
page-printed = 打印于 { $date } · { $cloud } · { $link }
page-show-lines = 显示全部 { $total } 行
page-show-items = 再显示 { $hidden } 项
page-help-toggle = { $state ->
    [folded] 显示帮助和设置（{ $lines } 行）
   *[open] 折叠帮助和设置（{ $lines } 行）
}
page-language-label = 语言
page-language-failed = 无法加载 { $language } 文本；页面将保持当前显示的语言。
page-unsupported = Hybrid Builder 需要支持 JavaScript 和 WebAssembly 的最新浏览器（Edge、Chrome、Firefox 或 Safari）。如果此消息一直显示，请在上述浏览器之一中打开此页面。

## cloud

cloud-commercial = 商业版（全球）
cloud-gcc = GCC
cloud-gcc-high = GCC High
cloud-dod = DoD
cloud-china = 21Vianet（中国）
cloud-note-documented-microsoft-s-hybrid-federation-article = Microsoft 的混合联盟文章（OfficeDocs-SkypeForBusiness，Skype/SfbHybrid/hybrid/configure-federation-with-skype-for-business-online.md）。
cloud-note-documented-decommission-manage-dns-entries-md = decommission-manage-dns-entries.md（OfficeDocs-SkypeForBusiness）和 create-dns-records-at-any-dns-hosting-provider.md（microsoft-365-docs）。
cloud-note-documented-the-default-of-connect-mggraph = Connect-MgGraph -Environment 的默认值（Connect-MgGraph.md）。
cloud-note-documented-the-default-of-connect-msolservice = Connect-MsolService -AzureEnvironment 的默认值（Connect-MsolService.md）。
cloud-note-documented-skype-sfbserver-manage-authentication-configure = Skype/SfbServer/manage/authentication/configure-a-hybrid-environment.md（OfficeDocs-SkypeForBusiness）。
cloud-note-inferred-no-gcc-specific-value-is = 未记录 GCC 专用的值；GCC 使用商业版终结点。
cloud-note-inferred-the-name-is-one-of = 该名称是 Connect-MgGraph.md 或 Connect-MsolService.md 所列环境之一；它对应哪个云是根据名称判断的，文档并未说明。
cloud-note-unconfirmed-the-documented-value-is-for = 文档记录的值适用于商业版。
cloud-note-unconfirmed-documented-only-as-the-federation = 文档仅将其记录为 GCC High 的联盟 SRV 目标，而非托管提供商的 ProxyFqdn。
cloud-note-unconfirmed-built-from-the-gcc-high = 由 GCC High 的 lyncdiscover 目标与商业版的路径组合而成。
cloud-note-documented-connect-microsoftteams-md-teamsenvironmentname-office = Connect-MicrosoftTeams.md -TeamsEnvironmentName（office-docs-powershell）。
cloud-note-documented-new-csonlinesession-md-teamsenvironmentname-office = New-CsOnlineSession.md -TeamsEnvironmentName（office-docs-powershell，删除前的最后一个修订版）。
cloud-note-documented-an-older-revision-of-dns = dns-records-for-office-365-gcc-high.md 的较早修订版（microsoft-365-docs）。
cloud-note-documented-dns-records-for-office-365 = dns-records-for-office-365-gcc-high.md（microsoft-365-docs）。
cloud-note-unconfirmed-no-gcc-high-metadata-url = 未记录 GCC High 的元数据 URL。
cloud-note-unconfirmed-documented-only-as-the-federation-2 = 文档仅将其记录为 DoD 的联盟 SRV 目标，而非托管提供商的 ProxyFqdn。
cloud-note-unconfirmed-built-from-the-dod-lyncdiscover = 由 DoD 的 lyncdiscover 目标与商业版的路径组合而成。
cloud-note-documented-an-older-revision-of-dns-2 = dns-records-for-office-365-dod.md 的较早修订版（microsoft-365-docs）。
cloud-note-documented-dns-records-for-office-365-2 = dns-records-for-office-365-dod.md（microsoft-365-docs）。
cloud-note-unconfirmed-no-dod-metadata-url-is = 未记录 DoD 的元数据 URL。
cloud-note-unconfirmed-documented-only-as-the-federation-3 = 仅作为 21Vianet 的联盟 SRV 目标记录在文档中，而非托管提供商的 ProxyFqdn。Microsoft 唯一的 21Vianet 移动示例（Set-TeamsEnvironmentConfig.md，示例 3）在 Set-TeamsEnvironmentConfig -TeamsEnvironmentName TeamsChina 之后运行 Move-CsUser -Target sipfed.online.lync.com。
cloud-note-unconfirmed-built-from-the-21vianet-lyncdiscover = 由 21Vianet 的 lyncdiscover 目标与商业版的路径组合而成。
cloud-note-documented-create-dns-records-at-any = create-dns-records-at-any-dns-hosting-provider.md，o365-21vianet（microsoft-365-docs）。
cloud-note-inferred-sharepoint-s-guide-for-21vianet = SharePoint 的 21Vianet 指南给出了此 ACS 主机（sp-dev-docs，docs/solution-guidance/Extending-SharePoint-Online-for-Germany-China-USGovernment-environments.md）；没有任何 Skype for Business 文章说明此值。

## summary

summary-cloud = 云
summary-tenant-connection = 租户连接
summary-admin-account = 管理员帐户
summary-prompt = （登录时提示）
summary-none = （无）
summary-routing = 路由
summary-hosting-provider = 托管提供商
summary-existing-provider = 现有提供商
summary-tenant-federation = 租户联盟
summary-sip-domains = SIP 域
summary-edge-fqdn = 边缘服务器外部 FQDN
summary-registrar-pool = 注册器池 FQDN
summary-not-given = （未提供）
summary-pilot-users = 试点用户
summary-server-to-server = 服务器到服务器身份验证
summary-yes = 是
summary-no = 否
summary-connection-teams = MicrosoftTeams 模块
summary-connection-legacy = Skype for Business Online Connector（已停用）
summary-existing-replace = 替换（先删除，再创建）
summary-existing-update = 就地更新
summary-existing-stop = 停止
summary-federation-open = 开放联盟
summary-federation-allow-list = 域允许列表
summary-confirmed-on = 管理员已于 { $date } 确认
summary-confirmed = 管理员已确认
report-blocked-only-on-premises = 仅在本地阻止：{ $domains }
report-blocked-only-online = 仅在租户中阻止：{ $domains }
report-allowed-only-on-premises = 仅在本地允许：{ $domains }
report-allowed-only-online = 仅在租户中允许：{ $domains }
report-lists-match = 双方的允许域和阻止域相同。
report-lists-differ = 移动用户之前，请使本地（Get-CsAllowedDomain、Get-CsBlockedDomain）和租户（Get-CsTenantFederationConfiguration）中的允许域和阻止域列表完全一致（plan-hybrid-connectivity.md）。

## waves

waves-line = 第 { $line } 行
waves-row-empty = 用户单元格为空。
waves-row-not-address = “{ $cell }”不是用户地址（用户@域，带或不带 sip:）。
waves-row-duplicate = { $address } 已在第 { $first } 行列出；该用户只迁移一次。
waves-row-other-domain = { $address } 属于 { $domain }，它不是这些设置中的 SIP 域；该用户不纳入任何批次。
waves-row-unclosed-quote = 此行中打开的引号从未关闭；未读取此行。
waves-list-too-large = 此列表为 { $mib } MiB；用户列表最多 { $limit } MiB。请拆分列表，或只导出包含 SIP 地址的列。
waves-list-too-many-rows = 此列表超过 { $max } 行；请拆分为多个列表。
waves-list-empty = 此列表没有任何行。
waves-list-no-column = 此列表中没有包含用户地址（用户@域）的列。请导出 SipAddress 或 UserPrincipalName 列，或每行粘贴一个地址。
waves-column-header = 已从第 { $number } 列（“{ $header }”）读取用户。
waves-column-content = 已从第 { $number } 列读取用户，该列根据其内容识别。
waves-upn-note = 此列包含用户主体名称：每个批次脚本使用 Get-CsUser 查找用户，并将用户的 SIP 地址交给 Move-CsUser。
waves-not-ours = 这不是 Hybrid Builder 的批次报告（没有 "schema": "hybrid-builder-wave-results"）。请加载批次脚本写入的 hybrid-wave-NNN-results-*.json 文件。
waves-no-users = 此批次报告未列出任何用户：脚本在读取用户之前停止，或文件被截断。请重新运行批次脚本并加载其报告。
waves-results-too-large = 此文件比 Hybrid Builder 的任何批次报告都大；未读取。
waves-status-moved = 已迁移
waves-status-already-moved = 之前已迁移
waves-status-ready = 就绪（试运行：未迁移）
waves-status-not-ready = 未就绪
waves-status-failed = 失败
waves-todo-not-on-premises = Get-CsUser 在本地找不到此用户：请检查列表中的地址，以及该用户是否已启用 Skype for Business Server。
waves-todo-not-in-tenant = 租户尚不知道此用户：请检查 Microsoft Entra Connect 是否同步了该用户及其 Skype for Business 属性，等待下一次同步，然后重新运行此批次。
waves-todo-not-synced = 在租户中，该用户的 HostingProvider 不是 SRV:，因此不被视为驻留在本地：请检查其 msRTCSIP 属性的同步，然后重新运行此批次。
waves-todo-no-plan = 分配包含 Teams 和 Skype for Business Online（Plan 2）的许可证（move-users-between-on-premises-and-cloud.md）；处于宽限期的计划不计入。然后重新运行此批次。
waves-todo-domain-not-in-settings = 该用户的 SIP 域不在这些设置中：请使用该部署的设置迁移该用户，或将该域添加到这些设置中。
waves-todo-domain-not-in-tenant = 在租户中添加并验证该用户的 SIP 域，然后重新运行此批次。
waves-todo-domain-disabled = 该用户的 SIP 域在租户中已禁用，不会为用户预配（Get-CsOnlineSipDomain.md）：请启用该域，然后重新运行此批次。
waves-todo-move-failed = 请查看错误以及批次写入的 Move-CsUser 报告；Microsoft 关于 HostedMigration 错误的疑难解答文章解释了常见原因。重新运行此批次：将再次尝试迁移该用户。
waves-todo-unknown = 请查看脚本发现的内容并加以更正，然后重新运行此批次。
waves-retry = { $count } 个用户需要重试（已读取批次中失败和未就绪的用户）。
waves-superseded = 批次 { $wave } 被读取了多次；只计入其最新报告。

## cutover

cutover-too-large = 此文件比 Hybrid Builder 的任何切换检查报告都大；未读取。
cutover-not-ours = 这不是 Hybrid Builder 的切换检查报告（没有 "schema": "hybrid-builder-cutover-check"）。请加载检查脚本写入的 hybrid-cutover-check.json 文件。
cutover-offered = 仍驻留在本地的用户最多 { $accepted } 个：可以执行切换。请在同一个维护时段内完成所有步骤。
cutover-withheld = 仍有 { $users } 个用户驻留在本地，超过接受的 { $accepted } 个：切换被暂缓。请分批迁移这些用户，或禁用不再需要的帐户，然后重新运行检查。
cutover-dns-elsewhere = { $name } 仍指向其他位置（{ $targets }）：请将其指向 Microsoft 365。
cutover-provider-enabled = 托管提供程序 { $identity }（{ $proxy }）仍处于启用状态。

## the whole road (checklist and stages)

checklist-road = 完整路线：批次、切换、停用
checklist-road-intro = 在混合配置时段之后的后续时段中：分批迁移所有用户，然后按照 Microsoft 的说明关闭混合（cloud-consolidation-disabling-hybrid.md），再移除服务器。每个批次脚本和切换脚本在任何更改之前都会检查其前提条件，记录脚本记录并支持 -WhatIf。
stages-road-waves = 迁移批次
stages-road-waves-look = 每个用户的 READY 或 NOT READY 及原因，然后是 MOVED 或 FAILED，以及 hybrid-wave-NNN-results-*.json 的路径。修复失败原因后重新运行批次：已迁移的用户会被跳过。
stages-road-results = 批次结果
stages-road-results-look = 每个批次的已迁移、失败和未就绪数量，每个失败的处理方法，以及需要重试的用户文件。只有在没有应迁移的用户剩余时才进行切换。
stages-road-check = 切换检查（只读）
stages-road-check-look = 仍驻留在本地的用户：0（或仅为待禁用的帐户），按池列出。只有这时 Hybrid Builder 才提供切换脚本。
stages-road-dns = 每个 SIP 域的 DNS 指向 Microsoft 365
stages-road-dns-look = 每个 SIP 域中的这些记录指向 Microsoft 365（decommission-manage-dns-entries.md）；meet 和 dialin 记录可以删除；内部的 Skype for Business 记录应移除。过早执行会使本地用户失去登录和联盟；恢复旧记录即可撤销。
stages-road-online = 切换，联机部分
stages-road-online-look = 租户已授予 TeamsOnly（或 Teams 仍发现指向其他位置的记录），然后 SharedSipAddressSpace 为 False。
stages-road-on-premises = 切换，本地部分
stages-road-on-premises-look = 在备份和配置导出之后，每个托管提供程序的 Enabled 为 False。
stages-road-verify = 验证切换（只读）
stages-road-verify-look = 每条记录都指向 Microsoft 365 或已删除，且没有启用的托管提供程序。
stages-road-decommission = 停用
stages-road-decommission-look = 在同一时段内迁移混合应用程序终结点（decommission-move-on-prem-endpoints.md），决定如何处理 msRTCSIP 属性（cloud-consolidation-managing-attributes.md），然后移除服务器（decommission-remove-on-prem.md）。
stages-wave-shell = 在迁移用户的服务器上、装有 MicrosoftTeams 模块的 Skype for Business Server 命令行管理程序
stages-builder = Hybrid Builder（页面或 sfb-hybrid）
stages-dns-host = 每个 SIP 域的公共 DNS 区域

## page: waves and cut-over

page-waves-title = 时段之后 — 批次和切换
page-waves-why = 加载要迁移的用户列表（从 AD 或控制面板导出的 CSV，或每行一个地址）：生成器会列出被排除的行，将其余用户分成批次，并为每个批次提供供 Move-CsUser -UserList 使用的用户文件及其脚本。加载批次报告可查看进度以及每个失败的处理方法。列表和报告只保留在此标签页中：它们是个人数据，绝不会放入共享链接或被保存。
page-waves-users = 要迁移的用户
page-waves-load-list = 加载用户列表（CSV 或每行一个地址）
page-waves-reading = 正在读取 { $name }：{ $percent }%
page-waves-size = 每批用户数
page-waves-summary = { $users } 个用户，分为 { $waves } 个批次；排除了 { $bad } 行：
page-waves-wave = 批次
page-waves-download-users = 下载批次的用户文件
page-waves-download-script = 下载批次脚本
page-waves-blocked = { $errors ->
    [one] 批次脚本和切换脚本的下载已禁用：1 个错误会导致它们无法安全运行。请先在表单中修复。
   *[other] 批次脚本和切换脚本的下载已禁用：{ $errors } 个错误会导致它们无法安全运行。请先在表单中修复。
}
page-waves-results = 批次结果
page-waves-load-results = 加载批次报告（hybrid-wave-*-results-*.json）
page-waves-moved = 已迁移
page-waves-failed = 失败
page-waves-not-ready = 未就绪
page-waves-remaining = 剩余
page-waves-all = 已读取的所有批次
page-waves-download-retry = 下载需要重试的用户
page-waves-cutover = 切换：关闭混合
page-waves-cutover-why = 当本地不再有应迁移的用户时：在命令行管理程序中运行只读检查并加载其报告。只有这时才会提供切换脚本；它们遵循 Microsoft 的步骤（每个 SIP 域的 DNS 指向 Microsoft 365、TeamsOnly、关闭共享 SIP 地址空间、禁用托管提供程序），并列在清单中。
page-waves-download-check = 下载切换检查
page-waves-load-check = 加载检查报告（hybrid-cutover-check.json）
page-waves-accept = 留在本地且不会迁移的用户（待禁用的帐户）
page-waves-download-online = 下载联机切换脚本
page-waves-download-on-prem = 下载本地切换脚本
