<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccountDialog</name>
        <message>
            <location filename="../../app/views/admin/page.py" line="71" />
            <source>New account</source>
            <translation>新建账户</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="71" />
            <source>Edit account</source>
            <translation>编辑账户</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="81" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="82" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="83" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
    </context>
    <context>
        <name>AccountsTab</name>
        <message>
            <location filename="../../app/views/admin/page.py" line="56" />
            <source>Reason (kept in the audit log):</source>
            <translation>原因（记入审计日志）：</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="148" />
            <source>New account…</source>
            <translation>新建账户…</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="149" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="150" />
            <location filename="../../app/views/admin/page.py" line="230" />
            <source>Disable</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="151" />
            <location filename="../../app/views/admin/page.py" line="307" />
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="152" />
            <location filename="../../app/views/admin/page.py" line="321" />
            <source>Reset second factor</source>
            <translation>重置两步验证</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="153" />
            <location filename="../../app/views/admin/page.py" line="331" />
            <source>End sessions</source>
            <translation>结束会话</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="228" />
            <source>Select an account to act on it.</source>
            <translation>请选择一个账户再操作。</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="230" />
            <source>Enable</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="289" />
            <source>Enable %1's account? They can log in again.</source>
            <translation>启用 %1 的账户？其可再次登录。</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="291" />
            <source>Disable %1's account? Their open sessions end at once.</source>
            <translation>停用 %1 的账户？其所有会话将立即结束。</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="293" />
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="304" />
            <source>Give %1 a new one-time password? Their sessions end and they choose a new password at the next login.</source>
            <translation>为 %1 生成新的一次性密码？其会话将结束，下次登录时须设置新密码。</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="319" />
            <source>Forget %1's authenticator (e.g. a lost phone)? They enrol a new one at the next login.</source>
            <translation>清除 %1 的身份验证器（如手机丢失）？其下次登录时重新绑定。</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="329" />
            <source>End %1's %2 open sessions? They must log in again.</source>
            <translation>结束 %1 的 %2 个会话？其须重新登录。</translation>
        </message>
    </context>
    <context>
        <name>AdminModels</name>
        <message>
            <location filename="../../app/views/admin/models.py" line="19" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="20" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="21" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="22" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="23" />
            <source>Second factor</source>
            <translation>两步验证</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="24" />
            <source>Last login</source>
            <translation>最近登录</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="25" />
            <source>Sessions</source>
            <translation>会话</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="37" />
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="39" />
            <source>Must change password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="41" />
            <source>Enabled</source>
            <translation>已启用</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="45" />
            <source>TOTP</source>
            <translation>TOTP 验证器</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="47" />
            <source>None</source>
            <translation>未启用</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="53" />
            <source>Never</source>
            <translation>从未登录</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="61" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="62" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="63" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="64" />
            <source>Entity</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="65" />
            <source>From</source>
            <translation>来源地址</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="66" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../app/views/admin/page.py" line="340" />
            <source>Accounts</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="341" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
    </context>
    <context>
        <name>AmendReason</name>
        <message>
            <location filename="../../app/views/training/amend.py" line="24" />
            <source>Amend a signed assessment</source>
            <translation>修订已签署的考核</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="25" />
            <source>Why are %1's signed scores corrected? (kept on record)</source>
            <translation>为什么更正 %1 已签署的成绩？（理由将存档）</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="41" />
            <location filename="../../app/views/dispatch/assign_dialog.py" line="112" />
            <source>Assign order %1</source>
            <translation>派单 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="118" />
            <source>Enter assigns the highlighted provider · 1–9 assign by number · Esc closes</source>
            <translation>回车派给选中的人员 · 数字键 1–9 按序号直接派单 · Esc 关闭</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="123" />
            <source>Providers who are not eligible need an override reason.</source>
            <translation>不符合条件的服务人员，须填写强制派单原因后才能派出。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="130" />
            <location filename="../../app/views/dispatch/assign_dialog.py" line="233" />
            <source>Ranking providers for this order…</source>
            <translation>正在为该订单计算候选服务人员…</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="160" />
            <source>★ the order · blue: eligible · grey, dashed: not eligible</source>
            <translation>★ 订单位置 · 蓝色：可派 · 灰色虚线：不可派</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="170" />
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="173" />
            <source>Scorecard…</source>
            <translation>档案…</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="174" />
            <source>The highlighted provider's scorecard</source>
            <translation>查看所选服务人员的档案</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="259" />
            <source>%1 eligible providers, best first; %2 nearby cannot be sent.</source>
            <translation>%1 位可派人员，按综合得分排序；附近另有 %2 位不可派。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="276" />
            <source>The server cannot be reached: ranking from this computer's data…</source>
            <translation>无法连接服务器：正在用本机数据排序…</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="293" />
            <source>Offline: ranked from this computer's data; the server checks again when it receives the assignment.</source>
            <translation>离线：按本机数据排序；服务器收到派单后会重新核验。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="304" />
            <source>Could not rank providers: %1</source>
            <translation>无法获取候选人员：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="323" />
            <source>There is no candidate %1.</source>
            <translation>没有序号为 %1 的候选人员。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="332" />
            <source>%1 cannot be sent: %2. Only a supervisor may override this.</source>
            <translation>%1 不可派：%2。只有主管可以强制派单。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="387" />
            <source>No provider is eligible. You may still send one of those below with a reason.</source>
            <translation>没有符合条件的服务人员。您仍可填写原因，强制派给下列人员之一。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="389" />
            <source>No provider is eligible for this order now.</source>
            <translation>目前没有符合该订单派单条件的服务人员。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="44" />
            <source>Choose who will serve order %1 (%2 providers).</source>
            <translation>选择为订单 %1 服务的人员（共 %2 人）。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="50" />
            <source>Filter by name or code</source>
            <translation>按姓名或工号筛选</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="63" />
            <location filename="../../app/views/dispatch/assign_dialog.py" line="167" />
            <source>Assign</source>
            <translation>派单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="72" />
            <source>No active provider offers this service.</source>
            <translation>没有提供该服务的在岗人员。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="108" />
            <source>serves this district</source>
            <translation>服务本区</translation>
        </message>
    </context>
    <context>
        <name>AuditCsv</name>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="21" />
            <source>id</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="22" />
            <source>time (Beijing)</source>
            <translation>时间（北京）</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="23" />
            <source>user</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="24" />
            <source>action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="25" />
            <source>entity</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="26" />
            <source>entity id</source>
            <translation>对象编号</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="27" />
            <source>address</source>
            <translation>来源地址</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="28" />
            <source>detail</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <location filename="../../app/views/audit/tab.py" line="203" />
            <source>Export the audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="72" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="74" />
            <source>Entity (e.g. user)</source>
            <translation>对象（如 user）</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="76" />
            <source>Action starts with (e.g. account.)</source>
            <translation>操作前缀（如 account.）</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="78" />
            <source>Address starts with (e.g. 10.2.)</source>
            <translation>来源地址开头（如 10.2.）</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="85" />
            <source>Search</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="87" />
            <source>Previous</source>
            <translation>上一页</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="88" />
            <source>Next</source>
            <translation>下一页</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="92" />
            <source>Verify chain</source>
            <translation>校验哈希链</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="96" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="98" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="101" />
            <source>Show the order, ticket or training session this record is about (or double-click it)</source>
            <translation>查看此记录涉及的订单、工单或培训场次（也可双击该记录）</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="189" />
            <source>Page %1 of %2 (%3 records)</source>
            <translation>第 %1 / %2 页（共 %3 条）</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="207" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="212" />
            <source>Saved %1 records to %2</source>
            <translation>已将 %1 条记录保存到 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="214" />
            <source> (of %1: narrow the filter for the rest)</source>
            <translation>（共 %1 条：其余请缩小筛选范围）</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="234" />
            <source>Checking the chain…</source>
            <translation>正在校验哈希链…</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="238" />
            <source>Intact: %1 chained records.</source>
            <translation>完好：共 %1 条链式记录。</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="240" />
            <source>BROKEN at record %1: it or a record before it was changed.</source>
            <translation>在第 %1 条记录处断裂：该记录或其之前的记录被改动过。</translation>
        </message>
    </context>
    <context>
        <name>AutoDispatchPage</name>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="113" />
            <source>Choose a window and press Plan (F5).</source>
            <translation>选择时间段后点击“生成方案”（F5）。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="121" />
            <source>Plan again</source>
            <translation>重新生成方案</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="132" />
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="426" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="133" />
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="383" />
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="425" />
            <source>Apply plan</source>
            <translation>应用方案</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="158" />
            <source>Auto-dispatch needs a connection to the server.</source>
            <translation>智能派单需要连接服务器。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="193" />
            <source>Planning…</source>
            <translation>正在生成方案…</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="206" />
            <source>The server's plan could not be read.</source>
            <translation>无法读取服务器返回的派单方案。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="219" />
            <source>Apply the plan</source>
            <translation>执行派单方案</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="220" />
            <source>Assign %1 orders now, as planned?</source>
            <translation>按方案立即派出 %1 单？</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="234" />
            <source>Applying %1 assignments…</source>
            <translation>正在应用 %1 个派单…</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="243" />
            <source>Plan discarded. Nothing was assigned.</source>
            <translation>方案已放弃，没有派出任何订单。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="259" />
            <source>Applied %1 assignments.</source>
            <translation>已应用 %1 个派单。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="272" />
            <source>Nothing was applied: %1 order(s) changed since planning (%2). Plan again to include what changed.</source>
            <translation>未应用任何派单：方案生成后有 %1 个订单发生变化（%2）。请重新生成方案。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="290" />
            <source>Could not apply: %1</source>
            <translation>无法应用方案：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="290" />
            <source>Could not plan: %1</source>
            <translation>无法生成方案：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="306" />
            <source>%1 order(s) in this plan changed since planning (%2). Plan again first.</source>
            <translation>方案中有 %1 个订单在生成后发生变化（%2），请先重新生成方案。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="329" />
            <source>%1 of %2 orders planned, %3 left unassigned.</source>
            <translation>%2 个订单中已规划 %1 个，%3 个未能派出。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="336" />
            <source>Travel: %1 min in total.</source>
            <translation>总路程约 %1 分钟。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="343" />
            <source>Travel: %1 min in total, against %2 min for nearest-first (%3 min less, ratio %4).</source>
            <translation>总路程约 %1 分钟，就近派单需 %2 分钟（少 %3 分钟，比值 %4）。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="353" />
            <source>%1 more pending order(s) lie outside this window.</source>
            <translation>另有 %1 单待派订单不在此时间段内。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="362" />
            <source>No pending order must be dispatched in this window.</source>
            <translation>该时间段内没有须派出的待派订单。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="365" />
            <source>%1 pending order(s) lie outside it: widen the window to plan them.</source>
            <translation>有 %1 单待派订单在此时间段之外：放宽时间段即可纳入规划。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="381" />
            <source>Apply %1 assignments</source>
            <translation>应用 %1 个派单</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="424" />
            <source>Plan</source>
            <translation>生成方案</translation>
        </message>
    </context>
    <context>
        <name>BlockProviderDialog</name>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="250" />
            <source>Never send this provider again</source>
            <translation>不再派此服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="254" />
            <source>Reason (e.g. the customer's request)</source>
            <translation>原因（如：客户要求）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="255" />
            <source>Block provider</source>
            <translation>屏蔽服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="259" />
            <source>Dispatch will never again send %1 to %2.</source>
            <translation>今后派单将不再安排 %1 为 %2 服务。</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <location filename="../../app/views/board/page.py" line="122" />
            <source>Synchronising orders…</source>
            <translation>正在同步订单…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="121" />
            <source>New order: %1 %2</source>
            <translation>新建订单：%1 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="137" />
            <source>Unassign order</source>
            <translation>取消派单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="138" />
            <source>Take order %1 away from %2 and put it back to pending?</source>
            <translation>将订单 %1 从 %2 名下撤回，改为待派单？</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="143" />
            <source>Take the provider off</source>
            <translation>撤下服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="144" />
            <source>Keep the provider</source>
            <translation>保留原服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="147" />
            <location filename="../../app/views/board/broken_orders.py" line="156" />
            <source>Unassign %1</source>
            <translation>取消派单 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="157" />
            <source>Cancel %1</source>
            <translation>取消订单 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="207" />
            <source>A change to %1 is on its way to the server; wait for it.</source>
            <translation>订单 %1 的上一项操作正在发送到服务器，请稍候。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="276" />
            <source>Reloading the board from the local cache…</source>
            <translation>正在从本地缓存重新加载看板…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="177" />
            <location filename="../../app/views/board/actions.py" line="193" />
            <location filename="../../app/views/board/broken_orders.py" line="157" />
            <source>Assign %1 to %2</source>
            <translation>派单 %1 → %2</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="198" />
            <source>%1 (override)</source>
            <translation>%1（强制派单）</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="226" />
            <source>Order %1 is not on the board (not in this computer's data).</source>
            <translation>订单 %1 不在调度看板上（本机数据中没有）。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="394" />
            <source>Synchronising orders… %1 received</source>
            <translation>正在同步订单… 已接收 %1 条</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="401" />
            <source>Assign…</source>
            <translation>派单…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="402" />
            <source>Unassign</source>
            <translation>取消派单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="405" />
            <source>Cancel order…</source>
            <translation>取消订单…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="409" />
            <source>Search</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="410" />
            <source>Reload board</source>
            <translation>重新加载</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="411" />
            <source>Auto-dispatch…</source>
            <translation>智能派单…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="412" />
            <source>New order…</source>
            <translation>新建订单…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="415" />
            <source>Assign a provider to the selected order</source>
            <translation>为选中的订单指派服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="416" />
            <source>Take the provider off the selected order</source>
            <translation>撤回选中订单的服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="417" />
            <source>Cancel the selected order (a reason is required)</source>
            <translation>取消选中的订单（须填写原因）</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="418" />
            <source>Search the board</source>
            <translation>搜索看板</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="419" />
            <source>Reload the board from the local cache</source>
            <translation>从本地缓存重新加载看板</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="420" />
            <source>Plan every pending order of a time window at once</source>
            <translation>一次性为某个时间段内的待派订单生成方案</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="421" />
            <source>Book an order for a caller (phone booking)</source>
            <translation>为来电客户下单（电话预约）</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="429" />
            <source>No orders yet.</source>
            <translation>还没有订单。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="430" />
            <source>No order matches these filters. Clear the search or choose all states.</source>
            <translation>没有符合筛选条件的订单。请清空搜索或选择全部状态。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="447" />
            <source>Showing %1 of %2 orders</source>
            <translation>显示 %1 / 共 %2 单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="235" />
            <source>Select an order first.</source>
            <translation>请先选择一个订单。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="237" />
            <source>Your role cannot change orders.</source>
            <translation>您的角色无权修改订单。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="241" />
            <source>Unknown order state.</source>
            <translation>未知的订单状态。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="128" />
            <location filename="../../app/views/board/actions.py" line="228" />
            <location filename="../../app/views/board/broken_orders.py" line="165" />
            <source>Queued: %1</source>
            <translation>已存入待发送，服务器确认后生效：%1</translation>
        </message>
    </context>
    <context>
        <name>BrokenOrdersPanel</name>
        <message>
            <location filename="../../app/views/board/broken_orders.py" line="77" />
            <source>Reassign…</source>
            <translation>改派…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/broken_orders.py" line="81" />
            <source>Give the highlighted order to an eligible provider (R)</source>
            <translation>将选中的订单改派给符合条件的服务人员（R）</translation>
        </message>
        <message>
            <location filename="../../app/views/board/broken_orders.py" line="88" />
            <source>Reassign… (R)</source>
            <translation>改派…（R）</translation>
        </message>
        <message>
            <location filename="../../app/views/board/broken_orders.py" line="131" />
            <source>Problems: %1 future orders whose provider no longer qualifies</source>
            <translation>待处理问题：%1 个未来订单的服务人员已不符合派单条件</translation>
        </message>
        <message>
            <location filename="../../app/views/board/broken_orders.py" line="146" />
            <source>Reassigning needs the server: it ranks the candidates.</source>
            <translation>改派需要连接服务器：由服务器对候选人排序。</translation>
        </message>
    </context>
    <context>
        <name>CallbackBox</name>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="55" />
            <source>Customer callback</source>
            <translation>客户回访</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="78" />
            <source>Log callback</source>
            <translation>登记回访</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="81" />
            <source>Record the callback outcome</source>
            <translation>登记本次回访结果</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="88" />
            <source>What happened on the call</source>
            <translation>通话情况</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="107" />
            <source>Reached the customer, who is satisfied with the resolution</source>
            <translation>已联系上客户，客户对处理结果满意</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="109" />
            <source>Reached the customer, who is not satisfied: the ticket reopens</source>
            <translation>已联系上客户，客户不满意：工单将重新打开</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="110" />
            <source>Could not reach the customer (three documented attempts count)</source>
            <translation>未能联系上客户（须有三次有记录的尝试）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="165" />
            <source>Called the customer at %1: satisfied with the resolution.</source>
            <translation>%1 致电客户，客户对处理结果满意。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="167" />
            <source>Called the customer at %1: not satisfied with the resolution.</source>
            <translation>%1 致电客户，客户对处理结果不满意。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="169" />
            <source>Called the customer at %1: no answer.</source>
            <translation>%1 致电客户，无人接听。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="176" />
            <source>Customer satisfied</source>
            <translation>客户满意</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="178" />
            <source>Customer not satisfied</source>
            <translation>客户不满意</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="180" />
            <source>Unreachable, attempts documented</source>
            <translation>多次联系未果，已逐次记录</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="183" />
            <source>Unreachable so far: %1 of %2 valid attempts</source>
            <translation>尚未联系上：有效尝试 %1 / %2 次</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="187" />
            <source>Not called back yet</source>
            <translation>尚未回访</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="138" />
            <source>Cancel order %1</source>
            <translation>取消订单 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="141" />
            <source>Why is order %1 cancelled? The reason is recorded and audited.</source>
            <translation>为什么取消订单 %1？取消原因将被记录并审计。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="147" />
            <source>Choose a reason…</source>
            <translation>选择取消原因…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="149" />
            <source>Customer asked to cancel</source>
            <translation>客户要求取消</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="150" />
            <source>No provider available in time</source>
            <translation>无法及时安排服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="151" />
            <source>Duplicate order</source>
            <translation>重复下单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="152" />
            <source>Customer unreachable</source>
            <translation>联系不上客户</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="153" />
            <source>Address outside the service area</source>
            <translation>地址超出服务范围</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="157" />
            <source>Details (required when no reason is chosen)</source>
            <translation>详细说明（未选择原因时必填）</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="162" />
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="163" />
            <source>Keep order</source>
            <translation>保留订单</translation>
        </message>
    </context>
    <context>
        <name>CandidateDelegate</name>
        <message>
            <location filename="../../app/views/dispatch/candidate_delegate.py" line="163" />
            <source>%1 min · %2 pts</source>
            <translation>约%1分钟 · %2分</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/candidate_delegate.py" line="167" />
            <source>%1 km · not eligible</source>
            <translation>%1 公里 · 不可派</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/candidate_delegate.py" line="175" />
            <source>%1 orders that day</source>
            <translation>当天已有 %1 单</translation>
        </message>
    </context>
    <context>
        <name>CandidatesModel</name>
        <message>
            <location filename="../../app/views/dispatch/candidates_model.py" line="116" />
            <source>Score %1</source>
            <translation>综合得分 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/candidates_model.py" line="121" />
            <source>Not eligible (%1 km away):</source>
            <translation>不可派（距离 %1 公里）：</translation>
        </message>
    </context>
    <context>
        <name>CaseFile</name>
        <message>
            <location filename="../../app/reports/case_sections.py" line="76" />
            <source>never</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="78" />
            <source>{n}×</source>
            <translation>{n} 次</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="180" />
            <source>{n}</source>
            <translation>第 {n} 轮</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="193" />
            <source>{n} documented attempts</source>
            <translation>有效联系未果记录 {n} 次</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="315" />
            <source>not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="319" />
            <source>missed, {late} late</source>
            <translation>未达标，超时 {late}</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="322" />
            <source>met ({early} early)</source>
            <translation>达标（提前 {early}）</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="326" />
            <source>{clock}, running</source>
            <translation>{clock}，仍在计时</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="328" />
            <source>running, {clock}</source>
            <translation>计时中，{clock}</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="18" />
            <source>Complaint case file</source>
            <translation>投诉案卷</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="19" />
            <source>Case number</source>
            <translation>案卷编号</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="20" />
            <source>Category</source>
            <translation>投诉类别</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="21" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="22" />
            <source>Status</source>
            <translation>工单状态</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="23" />
            <source>Finding</source>
            <translation>调查认定</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="24" />
            <source>Opened</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="25" />
            <source>Closed</source>
            <translation>结案时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="26" />
            <source>not closed</source>
            <translation>尚未结案</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="27" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="28" />
            <source>Address</source>
            <translation>服务地址</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="29" />
            <source>Order</source>
            <translation>关联订单</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="30" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="31" />
            <source>Handled by</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="32" />
            <source>Reopened</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="33" />
            <source>Escalated</source>
            <translation>上报主管</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="34" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="35" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="36" />
            <source>1. Complaint record</source>
            <translation>一、投诉记录</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="37" />
            <source>2. Handling</source>
            <translation>二、处理经过</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="38" />
            <source>3. Customer callback</source>
            <translation>三、客户回访</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="39" />
            <source>4. Decision</source>
            <translation>四、处理决定</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="40" />
            <source>5. SLA compliance</source>
            <translation>五、处理时效</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="41" />
            <source>Summary</source>
            <translation>投诉摘要</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="42" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="43" />
            <source>Step</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="44" />
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="45" />
            <source>Details</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="46" />
            <source>Resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="47" />
            <source>Resolved</source>
            <translation>处理时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="48" />
            <source>Repeat complaint</source>
            <translation>重复投诉提示</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="49" />
            <source>Nothing has been done yet.</source>
            <translation>尚无处理记录。</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="50" />
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="51" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="52" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="53" />
            <source>The customer has not been called back yet.</source>
            <translation>尚未回访客户。</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="54" />
            <source>Callback verdict</source>
            <translation>回访结论</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="55" />
            <source>Sanction</source>
            <translation>处罚等级</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="56" />
            <source>Decided by</source>
            <translation>决定人</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="57" />
            <source>Decided</source>
            <translation>决定时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="58" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="59" />
            <source>Ends</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="60" />
            <source>Lifted</source>
            <translation>解除时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="61" />
            <source>Appeal</source>
            <translation>申诉</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="62" />
            <source>Filed</source>
            <translation>申诉时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="63" />
            <source>Statement</source>
            <translation>申诉理由</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="64" />
            <source>Review</source>
            <translation>复核结果</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="65" />
            <source>Review note</source>
            <translation>复核意见</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="66" />
            <source>Reviewed by</source>
            <translation>复核人</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="67" />
            <source>Reviewed</source>
            <translation>复核时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="68" />
            <source>none filed</source>
            <translation>未提出申诉</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="69" />
            <source>Customer block</source>
            <translation>客户屏蔽</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="70" />
            <source>the provider is never to be sent again</source>
            <translation>已按客户要求不再派该服务人员上门</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="71" />
            <source>Still needed to close</source>
            <translation>结案尚缺</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="72" />
            <source>Clock</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="73" />
            <source>Deadline</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="74" />
            <source>Met at</source>
            <translation>实际完成</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="75" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="76" />
            <source>Beijing time (UTC+8); clocks run 24/7.</source>
            <translation>时间均为北京时间（UTC+8），7×24 小时计时。</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="77" />
            <source>After a reopening the resolution clock restarts from the reopening.</source>
            <translation>工单重新打开后，处理时限自重新打开时起重新计算。</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="81" />
            <source>— End of case file —</source>
            <translation>— 以下空白 —</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="91" />
            <source>Not substantiated: no sanction.</source>
            <translation>投诉经调查不属实，不予处罚。</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="92" />
            <source>No finding against the provider: no sanction.</source>
            <translation>未认定投诉属实，不予处罚。</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="93" />
            <source>A supervisor decided on no sanction.</source>
            <translation>经主管决定，不予处罚。</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="94" />
            <source>No sanction decision is recorded yet.</source>
            <translation>尚未作出处罚决定。</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="95" />
            <source>No provider involved: no decision needed.</source>
            <translation>工单未涉及服务人员，无需处罚决定。</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="132" />
            <source>user #{id}</source>
            <translation>用户 #{id}</translation>
        </message>
    </context>
    <context>
        <name>CaseFileSanction</name>
        <message>
            <location filename="../../app/reports/case_text.py" line="87" />
            <source>Status</source>
            <translation>执行状态</translation>
        </message>
    </context>
    <context>
        <name>CertLabels</name>
        <message>
            <location filename="../../app/views/certification/labels.py" line="17" />
            <source>Waiting</source>
            <translation>待审核</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="18" />
            <source>In review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="19" />
            <source>Approved</source>
            <translation>已通过</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="20" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="21" />
            <source>Resubmission asked</source>
            <translation>待补交</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="22" />
            <source>Revoked</source>
            <translation>已吊销</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="23" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="52" />
            <source>Select a certificate in the queue first.</source>
            <translation>请先在队列中选择一项资质。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="56" />
            <location filename="../../app/views/certification/labels.py" line="87" />
            <source>Needs a second reviewer; you gave the first approval.</source>
            <translation>需要第二位审核员复核；第一次通过是您给的。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="63" />
            <source>You already hold this claim.</source>
            <translation>您已领取此项。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="66" />
            <source>Another reviewer is working on it.</source>
            <translation>其他审核员正在处理。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="67" />
            <source>Already decided: %1.</source>
            <translation>已审结：%1。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="74" />
            <source>Only your own claim can be released.</source>
            <translation>只能释放您自己领取的项。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="80" />
            <source>Only an approved certificate can be revoked.</source>
            <translation>只有已通过的资质才能吊销。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="85" />
            <source>Claim it first (N).</source>
            <translation>请先领取（N）。</translation>
        </message>
    </context>
    <context>
        <name>CertQueue</name>
        <message>
            <location filename="../../app/views/certification/model.py" line="17" />
            <source>Age</source>
            <translation>等待</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="18" />
            <source>Kind</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="19" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="20" />
            <source>Number</source>
            <translation>证件编号</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="21" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="22" />
            <source>Claimed by</source>
            <translation>领取人</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="23" />
            <source>Findings</source>
            <translation>发现</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="35" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="37" />
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="38" />
            <source>%1 d</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="81" />
            <source>2nd approval</source>
            <translation>待复核</translation>
        </message>
    </context>
    <context>
        <name>CertificateStatus</name>
        <message>
            <location filename="../../app/views/board/cert_status.py" line="56" />
            <source>Every certificate this service needs covers the order</source>
            <translation>该服务所需的资质均覆盖此订单</translation>
        </message>
    </context>
    <context>
        <name>CertificationPage</name>
        <message>
            <location filename="../../app/views/certification/page.py" line="86" />
            <source>My claims</source>
            <translation>我领取的</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="94" />
            <source>Name, pinyin initials or number (Ctrl+F)</source>
            <translation>姓名、拼音首字母或证件编号（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="99" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="103" />
            <source>Red flags only</source>
            <translation>仅看红色警示</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="113" />
            <source>Claim next</source>
            <translation>领取下一项</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="114" />
            <source>Approve</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="115" />
            <source>Reject…</source>
            <translation>驳回…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="116" />
            <source>Ask to resubmit…</source>
            <translation>要求补交…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="117" />
            <source>Release</source>
            <translation>释放</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="118" />
            <source>Revoke…</source>
            <translation>吊销…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="128" />
            <source>Enter a certificate… (Ctrl+N)</source>
            <translation>录入资质…（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="140" />
            <source>Provider scorecard</source>
            <translation>服务人员档案</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="167" />
            <source>Queue</source>
            <translation>审核队列</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="168" />
            <source>Expiry watch (90/60/30 days, expired)</source>
            <translation>到期提醒（90/60/30 天及已过期）</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="223" />
            <source>%1 waiting · %2 in review · %3 shown</source>
            <translation>待审核 %1 · 审核中 %2 · 显示 %3 项</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="295" />
            <source>Nothing selected: press N to claim the next item.</source>
            <translation>未选择：按 N 领取下一项。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="304" />
            <source>Number %1 · holder %2 · issuer %3&lt;br&gt;issued %4 · expires %5 · review due %6</source>
            <translation>编号 %1 · 持证人 %2 · 发证机关 %3&lt;br&gt;发证 %4 · 有效期至 %5 · 复审 %6</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="313" />
            <source>Needs a second reviewer; you gave the first approval.</source>
            <translation>需要第二位审核员复核；第一次通过是您给的。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="316" />
            <source>First approval given; yours is the second (four-eyes).</source>
            <translation>已有第一次通过；您的将是第二次（双人复核）。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="319" />
            <source>High-risk kind: two different reviewers must approve.</source>
            <translation>高风险证件：须由两位不同的审核员通过。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="324" />
            <source>Loading findings…</source>
            <translation>正在加载审核发现…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="325" />
            <source>Loading the scan…</source>
            <translation>正在加载扫描件…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="327" />
            <source>Findings and scans need the server.</source>
            <translation>审核发现和扫描件需要连接服务器。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="328" />
            <source>The server is not reachable.</source>
            <translation>无法连接服务器。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="347" />
            <source>No findings.</source>
            <translation>没有发现问题。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="349" />
            <source>No scan attached.</source>
            <translation>未附扫描件。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="378" />
            <source>Revoke</source>
            <translation>吊销</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="379" />
            <source>Why is %1 revoked? Orders it no longer covers are flagged.</source>
            <translation>为什么吊销%1？不再符合资质的订单会被标记。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="413" />
            <source>Nothing left to claim.</source>
            <translation>没有可领取的项了。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="416" />
            <source>Claim %1</source>
            <translation>领取 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="431" />
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="431" />
            <source>Ask to resubmit</source>
            <translation>要求补交</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="432" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="438" />
            <source>Say what is wrong</source>
            <translation>请说明问题</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="453" />
            <source>This cannot be empty: the provider reads it.</source>
            <translation>不能为空：服务人员会看到这条说明。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="462" />
            <source>Entered: it joins the queue with its findings (%1 scans).</source>
            <translation>已录入：连同核查结果进入审核队列（%1 份扫描件）。</translation>
        </message>
    </context>
    <context>
        <name>CertificationWatch</name>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="26" />
            <source>group</source>
            <translation>到期分组</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="27" />
            <source>last valid day</source>
            <translation>最后有效日</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="28" />
            <source>provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="29" />
            <source>kind</source>
            <translation>资质类型</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="30" />
            <source>number</source>
            <translation>证件编号</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="31" />
            <source>state</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="32" />
            <source>expires on</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="33" />
            <source>review due</source>
            <translation>复审日期</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="36" />
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="37" />
            <source>within {days} days</source>
            <translation>{days} 天内</translation>
        </message>
    </context>
    <context>
        <name>ComplaintCommands</name>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="41" />
            <source>Acknowledge %1</source>
            <translation>受理 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="42" />
            <source>Start investigating %1</source>
            <translation>开始调查 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="43" />
            <source>Note on %1</source>
            <translation>备注 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="44" />
            <source>Transfer %1</source>
            <translation>转交 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="45" />
            <source>Escalate %1</source>
            <translation>上报主管 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="46" />
            <source>Resolve %1</source>
            <translation>登记处理结果 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="47" />
            <source>Callback on %1: %2</source>
            <translation>回访 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="48" />
            <source>Sanction decision on %1</source>
            <translation>处罚决定 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="49" />
            <source>Block provider for the customer of %1</source>
            <translation>%1 客户屏蔽服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="52" />
            <source>Close %1</source>
            <translation>关闭工单 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="53" />
            <source>Reopen %1</source>
            <translation>重新打开 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="92" />
            <source>New complaint from %1</source>
            <translation>新投诉：%1</translation>
        </message>
    </context>
    <context>
        <name>ComplaintForm</name>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="61" />
            <source>New complaint</source>
            <translation>登记投诉</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="68" />
            <source>Choose the category…</source>
            <translation>选择投诉类别…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="83" />
            <source>What happened, in the caller's words</source>
            <translation>客户反映的情况（尽量用客户原话）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="85" />
            <source>File complaint</source>
            <translation>提交投诉</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="87" />
            <source>File the complaint</source>
            <translation>提交这起投诉</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="89" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="101" />
            <source>About</source>
            <translation>投诉对象</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="102" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="103" />
            <source>Severity</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="104" />
            <source>Deadlines</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="105" />
            <source>Summary</source>
            <translation>投诉内容</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="160" />
            <source>suggested for %1: %2</source>
            <translation>“%1”建议级别：%2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="180" />
            <source>First response by %1 (%2) · resolved by %3 (%4) · callback within %5 of it</source>
            <translation>首次响应 %1 前（%2 内）· 处理完毕 %3 前（%4 内）· 处理后 %5 内回访</translation>
        </message>
    </context>
    <context>
        <name>ComplaintLabels</name>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="34" />
            <source>Safety hazard</source>
            <translation>安全隐患</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="35" />
            <source>Theft or loss</source>
            <translation>财物丢失</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="36" />
            <source>Injury</source>
            <translation>人身伤害</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="37" />
            <source>Service quality</source>
            <translation>服务质量</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="38" />
            <source>Attitude</source>
            <translation>服务态度</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="39" />
            <source>Lateness</source>
            <translation>迟到</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="40" />
            <source>No-show</source>
            <translation>未上门</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="41" />
            <source>Pricing dispute</source>
            <translation>收费争议</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="42" />
            <source>Damage</source>
            <translation>物品损坏</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="43" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="47" />
            <source>Critical</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="48" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="49" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="50" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="54" />
            <source>Open</source>
            <translation>待受理</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="55" />
            <source>Acknowledged</source>
            <translation>已受理</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="56" />
            <source>Investigating</source>
            <translation>调查中</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="57" />
            <source>Resolved</source>
            <translation>已处理</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="58" />
            <source>Called back</source>
            <translation>已回访</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="59" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="60" />
            <source>Reopened</source>
            <translation>已重新打开</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="64" />
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="65" />
            <source>Not satisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="66" />
            <source>No answer</source>
            <translation>未接通</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="70" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="71" />
            <source>Retraining</source>
            <translation>停单培训</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="72" />
            <source>Suspension</source>
            <translation>暂停接单</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="73" />
            <source>Disqualification</source>
            <translation>清退</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="77" />
            <source>In force</source>
            <translation>执行中</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="78" />
            <source>Lifted</source>
            <translation>已解除</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="79" />
            <source>Overturned</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="83" />
            <source>Appeal pending</source>
            <translation>申诉待决</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="84" />
            <source>Appeal rejected</source>
            <translation>申诉驳回</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="85" />
            <source>Appeal granted</source>
            <translation>申诉成立</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="89" />
            <source>First response</source>
            <translation>首次响应</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="90" />
            <source>Resolution</source>
            <translation>处理完毕</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="91" />
            <source>Callback</source>
            <translation>客户回访</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="96" />
            <source>Complaint recorded</source>
            <translation>投诉记录</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="97" />
            <source>Handling</source>
            <translation>处理</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="98" />
            <source>Resolution recorded</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="99" />
            <source>Transferred</source>
            <translation>转交</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="100" />
            <source>Escalated</source>
            <translation>上报主管</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="101" />
            <source>Ticket reopened</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="102" />
            <source>Sanction</source>
            <translation>处罚</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="103" />
            <source>Status change</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="163" />
            <source>No sanction</source>
            <translation>不处罚</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="199" />
            <source>%1 left</source>
            <translation>剩余 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="201" />
            <source>%1 overdue</source>
            <translation>超时 %1</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsPage</name>
        <message>
            <location filename="../../app/views/complaints/page.py" line="369" />
            <source>Ticket overdue: %1</source>
            <translation>工单超时：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="371" />
            <source>%1 missed its deadline. %2</source>
            <translation>%1 已超过时限。%2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/flow.py" line="122" />
            <source>Could not read this computer's copy of the data; it is read again with the next changes.</source>
            <translation>无法读取本机的数据副本；收到下一批更新时会重新读取。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/flow.py" line="174" />
            <source>%1 open tickets are overdue.</source>
            <translation>%1 张未结工单已超时。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/flow.py" line="176" />
            <source>%1 of your tickets are overdue.</source>
            <translation>您有 %1 张工单已超时。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/flow.py" line="204" />
            <source>Ticket %1 opened.</source>
            <translation>工单 %1 已建立。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/flow.py" line="242" />
            <source>This ticket is not here yet.</source>
            <translation>本地尚无此工单，请稍候。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="132" />
            <source>None of your tickets is open.</source>
            <translation>您名下没有未结工单。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="133" />
            <source>No open tickets in the team queue.</source>
            <translation>团队队列中没有未结工单。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="149" />
            <location filename="../../app/views/complaints/page.py" line="439" />
            <source>Enter a certificate…</source>
            <translation>录入资质…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="153" />
            <source>A provider's certificate or renewal, with its scans, for review</source>
            <translation>为服务人员录入资质或换证（附扫描件），提交审核</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="164" />
            <source>Show all tickets</source>
            <translation>显示全部工单</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="215" />
            <source>The local cache cannot be read from here.</source>
            <translation>此处无法读取本地数据。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="314" />
            <source>overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="316" />
            <source>Team queue shows only: %1</source>
            <translation>团队工单仅显示：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="408" />
            <source>Hotline</source>
            <translation>热线受理</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="409" />
            <source>Mine (%1)</source>
            <translation>我的工单（%1）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="426" />
            <source>Team (%1)</source>
            <translation>团队工单（%1）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="411" />
            <source>Handover</source>
            <translation>交接班</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="280" />
            <source>Certificate entered: it waits for review.</source>
            <translation>资质已录入，等待审核。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="414" />
            <source>Take a call: look the caller up, file a complaint</source>
            <translation>接听来电：查询来电客户，登记投诉</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="415" />
            <source>Open tickets handled by you, most urgent first</source>
            <translation>由您处理的未结工单，最紧急的在前</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="416" />
            <source>Every open ticket, most urgent first</source>
            <translation>全部未结工单，最紧急的在前</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="417" />
            <source>Open tickets by agent, with a note for the next shift</source>
            <translation>按坐席列出未结工单，并给下一班留言</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="428" />
            <source>Team, filtered (%1 of %2)</source>
            <translation>团队工单·已筛选（%1/%2）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="432" />
            <source>Look up a caller</source>
            <translation>查询来电客户</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="433" />
            <source>Reload the queues</source>
            <translation>重新加载工单列表</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <location filename="../../app/views/training/conflicts.py" line="38" />
            <source>Keep mine (send on the server's scores)</source>
            <translation>保留我的（以服务器成绩为基础重新发送）</translation>
        </message>
        <message>
            <location filename="../../app/views/training/conflicts.py" line="39" />
            <source>Take the server's scores</source>
            <translation>采用服务器的成绩</translation>
        </message>
        <message>
            <location filename="../../app/views/training/conflicts.py" line="70" />
            <source>%1's scores were changed elsewhere; yours are kept in red.</source>
            <translation>%1 的成绩已在别处被修改；您录入的成绩保留并以红色标出。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/conflicts.py" line="78" />
            <source>Refused: %1</source>
            <translation>被拒绝：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/training/conflicts.py" line="114" />
            <source>The sign-off was not made: check the scores, then sign off again.</source>
            <translation>签署未完成：请核对成绩后重新签署。</translation>
        </message>
    </context>
    <context>
        <name>CsvFiles</name>
        <message>
            <location filename="../../app/views/csv_files.py" line="29" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>CustomerTicketsList</name>
        <message>
            <location filename="../../app/views/complaints/customer_tickets.py" line="32" />
            <source>Opened</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/customer_tickets.py" line="32" />
            <source>Ticket</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/customer_tickets.py" line="32" />
            <source>Severity</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/customer_tickets.py" line="32" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/customer_tickets.py" line="33" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
    </context>
    <context>
        <name>DailyReport</name>
        <message>
            <location filename="../../app/reports/daily.py" line="50" />
            <source>Daily operations report</source>
            <translation>运营日报</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="51" />
            <source>Order figures cover the day; complaints and sanctions the 7 days up to it.</source>
            <translation>订单指标按当日统计；投诉与处罚按截至当日的近 7 日统计。</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="55" />
            <source>Weekly operations report</source>
            <translation>运营周报</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="56" />
            <source>Orders, complaints and sanctions cover the week (Monday to Sunday); orders per hour add up the week.</source>
            <translation>订单、投诉与处罚均按本周（周一至周日）统计；每小时订单为一周合计。</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="61" />
            <source>1. Orders</source>
            <translation>一、订单</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="62" />
            <source>2. Complaints</source>
            <translation>二、投诉</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="63" />
            <source>3. Providers and certification</source>
            <translation>三、服务人员与资质</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="64" />
            <source>Orders per hour (bars: the day; line: same weekday last week)</source>
            <translation>每小时新建订单（柱：当日；线：上周同日）</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="68" />
            <source>Complaint SLA kept (%, per severity)</source>
            <translation>投诉时限达成率（%，按严重程度）</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="69" />
            <source>Reason</source>
            <translation>取消原因</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="70" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="71" />
            <source>(no reason given)</source>
            <translation>（未填写原因）</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="72" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="73" />
            <source>First response</source>
            <translation>首次响应</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="74" />
            <source>Resolution</source>
            <translation>处理完毕</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="75" />
            <source>District</source>
            <translation>区</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="76" />
            <source>Service</source>
            <translation>服务类别</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="77" />
            <source>Complaints</source>
            <translation>投诉数</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="78" />
            <source>Completed orders</source>
            <translation>完成订单</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="79" />
            <source>Per 1,000</source>
            <translation>每千单</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="80" />
            <source>Level</source>
            <translation>处罚级别</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="81" />
            <source>Decided (7 days)</source>
            <translation>7 日内决定</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="82" />
            <source>Holding now</source>
            <translation>当前停单</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="83" />
            <source>Within</source>
            <translation>到期期限</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="84" />
            <source>within {n} days</source>
            <translation>{n} 天内</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="85" />
            <source>Data {a} – {b}, cut-off {b} ({tz})</source>
            <translation>数据区间 {a} – {b}，截止 {b}（{tz}）</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="86" />
            <source>Same weekday last week by then: {n}</source>
            <translation>上周同日同时段：{n}</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="87" />
            <source>Orders per hour (bars: this week's total; line: last week's)</source>
            <translation>每小时新建订单（柱：本周合计；线：上周合计）</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="91" />
            <source>Last week: {n}</source>
            <translation>上周：{n}</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="92" />
            <source>{n} waiting, median wait {m}</source>
            <translation>待审 {n} 件，中位等待 {m}</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="93" />
            <source>{n} h</source>
            <translation>{n} 小时</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="94" />
            <source>4. Follow-up, providers at work and training</source>
            <translation>四、投诉跟进、在岗与培训</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="95" />
            <source>KPI</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="96" />
            <source>Figure</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="97" />
            <source>From</source>
            <translation>计算依据</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="98" />
            <source>same provider {p} · same customer {c}</source>
            <translation>同一服务人员 {p} · 同一客户 {c}</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="99" />
            <source>{n} orders / {d} provider-days</source>
            <translation>{n} 单 / {d} 人日</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="100" />
            <source>before retraining {b}, {n} providers</source>
            <translation>再培训前 {b}，{n} 人</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="101" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="102" />
            <source>Active providers</source>
            <translation>在岗服务人员</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="103" />
            <source>Course / trainer</source>
            <translation>课程 / 培训师</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="104" />
            <source>Passed / assessed</source>
            <translation>通过 / 考核</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="105" />
            <source>Pass rate</source>
            <translation>通过率</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="106" />
            <source>Before</source>
            <translation>再培训前</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="107" />
            <source>After</source>
            <translation>再培训后</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="108" />
            <source>trainer {n}</source>
            <translation>培训师 {n}</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="109" />
            <source>(no trainer)</source>
            <translation>（无培训师）</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="110" />
            <source>All courses</source>
            <translation>全部课程</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="111" />
            <source>The day</source>
            <translation>当日</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="112" />
            <source>Last week</source>
            <translation>上周同日</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="113" />
            <source>h</source>
            <translation>时</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../app/views/insight/page.py" line="94" />
            <source>Operations dashboard</source>
            <translation>运营看板</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="98" />
            <source>Export daily report…</source>
            <translation>导出运营日报…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="100" />
            <source>Export figures (CSV)…</source>
            <translation>导出指标数据（CSV）…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="102" />
            <source>Every figure on this page as a table for a spreadsheet, with its formula</source>
            <translation>将本页全部指标导出为表格（含计算公式），可用电子表格打开</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="128" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="128" />
            <source>Same weekday last week</source>
            <translation>上周同日</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="128" />
            <source>h</source>
            <translation>时</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="131" />
            <source>Orders per hour</source>
            <translation>每小时新建订单</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="134" />
            <source>First response</source>
            <translation>首次响应</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="134" />
            <source>Resolution</source>
            <translation>处理完毕</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="137" />
            <source>Complaint SLA kept, % per severity (7 days)</source>
            <translation>投诉时限达成率（%，按严重程度，近 7 日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="139" />
            <source>%1 km</source>
            <translation>%1 公里</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="144" />
            <source>Complaints per 1,000 orders (7 days)</source>
            <translation>每千单投诉数（近 7 日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="145" />
            <source>Dispatched before deadline (today)</source>
            <translation>按时派单率（今日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="146" />
            <source>On-time arrival (today)</source>
            <translation>准时上门率（今日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="147" />
            <source>Completed (today)</source>
            <translation>完成订单（今日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="211" />
            <source>The dashboard reads the local cache; there is none.</source>
            <translation>看板读取本地缓存，但当前没有缓存。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="213" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="285" />
            <source>Last week by now: %1</source>
            <translation>上周同日此时：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="296" />
            <source>Most: %1</source>
            <translation>最多：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="311" />
            <source>%1 waiting</source>
            <translation>待审 %1 件</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="317" />
            <source>30 d: %1 · 60 d: %2 · 90 d: %3</source>
            <translation>30 天：%1 · 60 天：%2 · 90 天：%3</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="327" />
            <source>Click a bar to see today's orders on the board (it lists whole days).</source>
            <translation>点击柱形在调度看板上查看今天的订单（看板按整天列出）。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="341" />
            <source>Click a bar to see that severity's open tickets in the team queue.</source>
            <translation>点击柱形在团队工单中查看该严重程度的未结工单。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="370" />
            <source>Click a district to see its orders on the board.</source>
            <translation>点击城区在调度看板上查看该区订单。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="61" />
            <source>Cancellations by reason (today)</source>
            <translation>取消原因（今日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="63" />
            <location filename="../../app/views/insight/lists.py" line="73" />
            <location filename="../../app/views/insight/lists.py" line="130" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="69" />
            <source>Complaints per 1,000 orders by service (7 days)</source>
            <translation>各服务类别每千单投诉数（近 7 日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="397" />
            <source>Same provider %1 · same customer %2</source>
            <translation>同一服务人员 %1 · 同一客户 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="404" />
            <source>%1 orders / %2 provider-days</source>
            <translation>%1 单 / %2 人日</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="412" />
            <source>Before: %1 · %2 providers</source>
            <translation>再培训前：%1 · %2 人</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="88" />
            <source>Active providers by service and district (today)</source>
            <translation>各服务类别及城区在岗服务人员（今日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="98" />
            <source>(no trainer)</source>
            <translation>（无培训师）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="104" />
            <source>Retraining %1: complaints ‰ before → after</source>
            <translation>再培训课程 %1：每千单投诉 前 → 后</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="117" />
            <source>Pass rate by course and trainer (7 days)</source>
            <translation>各课程及培训师考核通过率（近 7 日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="22" />
            <source>(no reason given)</source>
            <translation>（未填写原因）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="421" />
            <source>Click to see these orders on the board.</source>
            <translation>点击在调度看板上查看这些订单。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="423" />
            <source>Click to see the overdue tickets in the team queue.</source>
            <translation>点击在团队工单中查看已超时的工单。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="424" />
            <source>Click to open the certification queue.</source>
            <translation>点击打开资质审核队列。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="453" />
            <source>The list behind this figure is not one of your pages.</source>
            <translation>此数字对应的列表不在您的页面中。</translation>
        </message>
    </context>
    <context>
        <name>DeskController</name>
        <message>
            <location filename="../../app/views/app.py" line="379" />
            <source>Your local data was not deleted: %1 command(s) have not reached the server yet. Log in again when the server can be reached so that they are sent.</source>
            <translation>您的本地数据未被删除：还有 %1 条操作尚未送达服务器。请在能连接服务器时重新登录，以便发送。</translation>
        </message>
        <message>
            <location filename="../../app/views/app.py" line="385" />
            <source>Your local data was not deleted: the app is still talking to the server. It will be deleted at your next logout.</source>
            <translation>您的本地数据未被删除：程序仍在与服务器通信。将在您下次退出登录时删除。</translation>
        </message>
        <message>
            <location filename="../../app/views/app.py" line="391" />
            <source>Local data kept</source>
            <translation>本地数据已保留</translation>
        </message>
    </context>
    <context>
        <name>DispatchMap</name>
        <message>
            <location filename="../../app/views/dispatch/map_widget.py" line="37" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/map_widget.py" line="38" />
            <source>%1 km</source>
            <translation>%1 公里</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="99" />
            <source>Zoom in (+)</source>
            <translation>放大 (+)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="100" />
            <source>Zoom out (-)</source>
            <translation>缩小 (-)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="101" />
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="102" />
            <source>Rotate</source>
            <translation>旋转</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="108" />
            <source>◀ Page (PgUp)</source>
            <translation>◀ 上一页 (PgUp)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="109" />
            <source>Page ▶ (PgDn)</source>
            <translation>下一页 ▶ (PgDn)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="126" />
            <source>No scan selected.</source>
            <translation>未选择扫描件。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="182" />
            <source>This build cannot show PDFs. Ask for a photo.</source>
            <translation>本版本无法显示 PDF，请要求提供照片。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="192" />
            <source>The PDF could not be read.</source>
            <translation>无法读取该 PDF。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="206" />
            <source>Rendering page %1…</source>
            <translation>正在显示第 %1 页…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="221" />
            <source>This page could not be shown.</source>
            <translation>无法显示此页。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="249" />
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="144" />
            <source>The scan could not be read as an image.</source>
            <translation>扫描件无法作为图片读取。</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <location filename="../../app/views/error_text.py" line="25" />
            <source>%1 seconds</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="28" />
            <source>%1 minutes</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="42" />
            <source>Your session has ended. Please log in again.</source>
            <translation>登录已失效，请重新登录。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="45" />
            <source>Wrong user name or password. Check both and try again.</source>
            <translation>用户名或密码错误，请检查后重试。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="51" />
            <source>This account is locked after too many failed attempts. Try again in %1, or ask an administrator to unlock it.</source>
            <translation>登录失败次数过多，账号已被锁定。请在 %1后重试，或联系管理员解锁。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="57" />
            <source>Too many login attempts. Try again in %1.</source>
            <translation>登录尝试过于频繁，请在 %1后重试。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="61" />
            <source>a few minutes</source>
            <translation>几分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="64" />
            <source>The server's security certificate is not trusted, so the connection was stopped. Ask your administrator to install the company's CA certificate.</source>
            <translation>服务器的安全证书不受信任，连接已中止。请联系管理员安装公司的 CA 证书。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="70" />
            <source>Cannot reach the server at %1. Check the server address and your network connection.</source>
            <translation>无法连接服务器 %1。请检查服务器地址和网络连接。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="73" />
            <source>that address</source>
            <translation>该地址</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="77" />
            <source>The server is older than this app and cannot serve it. Ask your administrator to update the server.</source>
            <translation>服务器版本低于本客户端，无法提供服务。请联系管理员升级服务器。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="83" />
            <source>The server is newer than this app. Please install the latest version of Shangmen Desk.</source>
            <translation>服务器版本高于本客户端，请安装最新版上门服务运营台。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="88" />
            <source>The server and this app do not speak the same version.</source>
            <translation>服务器与本客户端的接口版本不一致。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="92" />
            <source>Your account may not do this.</source>
            <translation>您的账号无权执行此操作。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="94" />
            <source>The server ran into a problem. Try again in a moment.</source>
            <translation>服务器出现问题，请稍后重试。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="99" />
            <source>Unexpected error: %1</source>
            <translation>意外错误：%1</translation>
        </message>
    </context>
    <context>
        <name>ExpiryTab</name>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="54" />
            <source>All (90 days and expired)</source>
            <translation>全部（90 天内及已过期）</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="55" />
            <location filename="../../app/views/certification/expiry.py" line="82" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="57" />
            <source>Within %1 days</source>
            <translation>%1 天内</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="59" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="65" />
            <source>The provider's certificates</source>
            <translation>该服务人员的全部资质</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="83" />
            <source>≤ %1 days</source>
            <translation>≤ %1 天</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="134" />
            <source>Certificates of %1 (newest first)</source>
            <translation>%1 的资质（最新在前）</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="152" />
            <source>Export the expiry watch</source>
            <translation>导出到期提醒</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="156" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="160" />
            <source>Saved %1 certificates to %2</source>
            <translation>已将 %1 条资质保存到 %2</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../app/views/board/filters.py" line="100" />
            <source>All districts</source>
            <translation>全部区域</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="104" />
            <source>All services</source>
            <translation>全部服务</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="109" />
            <source>Any time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="110" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="111" />
            <source>Next 2 hours</source>
            <translation>未来 2 小时</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="112" />
            <source>Dispatch overdue</source>
            <translation>派单超时</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="113" />
            <source>Dispatch due within 30 min or overdue</source>
            <translation>30分钟内须派单或已超时</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="120" />
            <source>Search order, customer, address, provider — pinyin initials work (Ctrl+F)</source>
            <translation>搜索订单号、客户、地址、服务人员，支持拼音首字母（Ctrl+F）</translation>
        </message>
    </context>
    <context>
        <name>HandoverPanel</name>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="65" />
            <source>Ticket</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="65" />
            <source>Severity</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="65" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="65" />
            <source>Next deadline</source>
            <translation>下一时限</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="66" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="80" />
            <source>For the next shift: callbacks promised, customers to watch, pending decisions</source>
            <translation>留给下一班：已约定的回访、需关注的客户、待定的决定</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="83" />
            <source>Print handover PDF…</source>
            <translation>打印交接班记录（PDF）…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="87" />
            <source>Save the handover as PDF and open it</source>
            <translation>将交接班记录保存为 PDF 并打开</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="92" />
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="96" />
            <source>Handover note</source>
            <translation>交接事项</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="113" />
            <source>%1 day shift 08:00–20:00</source>
            <translation>%1 白班 08:00–20:00</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="116" />
            <source>%1 night shift 20:00–08:00</source>
            <translation>%1 晚班 20:00–次日 08:00</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="153" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="184" />
            <source>%1 — %2 open, %3 overdue</source>
            <translation>%1 — 未结 %2 张，超时 %3 张</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="199" />
            <source>%1 open tickets, %2 overdue</source>
            <translation>未结工单 %1 张，其中超时 %2 张</translation>
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message>
            <location filename="../../app/views/insight/export.py" line="90" />
            <source>The figures are still loading; try again in a moment.</source>
            <translation>数据仍在加载，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="102" />
            <source>Daily report</source>
            <translation>运营日报</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="110" />
            <source>Export daily report</source>
            <translation>导出运营日报</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="162" />
            <source>Dashboard figures</source>
            <translation>运营看板指标</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="164" />
            <source>Export figures</source>
            <translation>导出指标数据</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="216" />
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="232" />
            <source>Data %1 – %2, cut-off %2 (%3)</source>
            <translation>数据 %1 – %2，截止 %2（%3）</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <location filename="../../app/views/certification/intake.py" line="55" />
            <source>Enter a certificate</source>
            <translation>录入资质</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="61" />
            <source>Provider's name or pinyin initials</source>
            <translation>服务人员姓名或拼音首字母</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="72" />
            <source>As printed on the card</source>
            <translation>与证件上一致</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="76" />
            <source>Expiry printed on the card</source>
            <translation>证件上印有有效期</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="84" />
            <source>Add scans…</source>
            <translation>添加扫描件…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="86" />
            <source>Remove scan (Del)</source>
            <translation>移除扫描件 (Del)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="96" />
            <source>Find provider</source>
            <translation>查找服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="97" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="98" />
            <source>Kind</source>
            <translation>资质类型</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="99" />
            <source>Renews</source>
            <translation>续期/补交</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="100" />
            <source>Number</source>
            <translation>证件编号</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="101" />
            <source>Holder</source>
            <translation>持证人</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="102" />
            <source>Issuer</source>
            <translation>发证机关</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="103" />
            <source>Issued on</source>
            <translation>发证日期</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="105" />
            <source>Scans (JPEG, PNG, PDF; 10 MB each)</source>
            <translation>扫描件（JPEG、PNG、PDF；每份不超过 10 MB）</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="110" />
            <source>Submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="144" />
            <source>Nothing: a new certificate</source>
            <translation>无：新资质</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="166" />
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="166" />
            <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="187" />
            <source>%1 (sent)</source>
            <translation>%1（已上传）</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="190" />
            <source>%1 (may already be on the server)</source>
            <translation>%1（可能已在服务器上）</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="211" />
            <source>provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="212" />
            <source>number</source>
            <translation>证件编号</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="213" />
            <source>issuer</source>
            <translation>发证机关</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="218" />
            <source>Missing: %1</source>
            <translation>缺少：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="238" />
            <source>Entering a certificate needs the server.</source>
            <translation>录入资质需要连接服务器。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="242" />
            <source>Sending…</source>
            <translation>正在提交…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="271" />
            <source>The certificate was saved; %1 of %2 scans did not upload: %3. Press Submit to send the rest.</source>
            <translation>资质已保存；%2 份扫描件中有 %1 份未上传：%3。请按“提交”发送其余扫描件。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="288" />
            <source>%1 The server may have saved the certificate: the fields are kept as sent. Press Submit to find out and go on.</source>
            <translation>%1 服务器可能已保存该资质：各项内容保持为已发送的样子。请再按“提交”确认并继续。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="297" />
            <source>%1 is larger than 10 MB; remove it or choose a smaller file.</source>
            <translation>%1 超过 10 MB，请移除或换一个较小的文件。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="302" />
            <source>The scan %1 could not be read; remove it or add it again.</source>
            <translation>无法读取扫描件 %1，请移除或重新添加。</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="322" />
            <source>Still sending; this closes when the server has answered.</source>
            <translation>正在提交，服务器答复后此窗口会自动关闭。</translation>
        </message>
    </context>
    <context>
        <name>IntakePanel</name>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="73" />
            <source>Caller's phone number, then Enter</source>
            <translation>输入来电号码后按回车</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="75" />
            <source>Look the caller up by phone number</source>
            <translation>按电话号码查询来电客户</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="77" />
            <source>Look up</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="83" />
            <location filename="../../app/views/complaints/intake.py" line="244" />
            <source>Type the caller's number to see who is calling.</source>
            <translation>输入来电号码，查看是哪位客户。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="93" />
            <source>Order</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="93" />
            <source>Start</source>
            <translation>预约时间</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="93" />
            <source>Service</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="93" />
            <location filename="../../app/views/complaints/intake.py" line="104" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="97" />
            <source>Enter on an order starts a complaint about it</source>
            <translation>在订单上按回车，即针对该订单登记投诉</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="104" />
            <source>Ticket</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="104" />
            <source>Severity</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="104" />
            <source>Next deadline</source>
            <translation>下一时限</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="123" />
            <source>Recent orders</source>
            <translation>近期订单</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="125" />
            <source>Open tickets of this caller</source>
            <translation>该客户的未结工单</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="134" />
            <source>New complaint…</source>
            <translation>新建投诉…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="137" />
            <source>A complaint about the selected order, or the caller</source>
            <translation>就选中的订单（或来电人）新建投诉</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="162" />
            <source>Type at least the full mobile number.</source>
            <translation>请输入完整的手机号码。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="164" />
            <source>Looking up %1…</source>
            <translation>正在查询 %1…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="216" />
            <source>provider %1</source>
            <translation>服务人员 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="247" />
            <source>No customer has the number %1.</source>
            <translation>没有号码为 %1 的客户。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="200" />
            <source>VIP</source>
            <translation>VIP 客户</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="203" />
            <source>Never send: %1</source>
            <translation>不再派：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="211" />
            <source>Order %1</source>
            <translation>订单 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="367" />
            <source>%1, no particular order</source>
            <translation>%1（不涉及具体订单）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="394" />
            <source>Filed. The ticket opens as soon as the server confirms it.</source>
            <translation>已提交。服务器确认后将自动打开工单。</translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <location filename="../../app/views/insight/labels.py" line="26" />
            <source>Orders created</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="27" />
            <source>Orders created in the period (from Beijing midnight), against the same hours of the same weekday a week earlier</source>
            <translation>统计区间内（自北京时间零点起）新建的订单数，对比一周前同日的同一时段</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="34" />
            <source>Dispatched before deadline</source>
            <translation>按时派单率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="35" />
            <source>Orders first assigned at or before their dispatch-by time ÷ orders whose dispatch-by time fell in the period (orders cancelled unassigned before it are left out)</source>
            <translation>在派单截止时间前（含）首次派出的订单数 ÷ 派单截止时间落在统计区间内的订单数（截止前未派单即取消的订单不计）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="43" />
            <source>On-time arrival</source>
            <translation>准时上门率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="44" />
            <source>Orders started by 15 minutes after their scheduled start ÷ orders whose start plus 15 minutes fell in the period (orders cancelled before it are left out)</source>
            <translation>在预约开始时间后 15 分钟内开始服务的订单数 ÷ 预约开始时间加 15 分钟落在统计区间内的订单数（此前已取消的订单不计）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="52" />
            <source>Cancellations</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="53" />
            <source>Orders cancelled in the period, grouped by the reason given</source>
            <translation>统计区间内取消的订单数，按填写的取消原因分组</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="56" />
            <source>Completed</source>
            <translation>完成订单</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="57" />
            <source>Orders completed in the period</source>
            <translation>统计区间内完成的订单数</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="60" />
            <source>Unassigned at risk</source>
            <translation>待派单临期</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="61" />
            <source>Pending orders whose dispatch-by time has passed or is within 30 minutes of the cut-off</source>
            <translation>待派单订单中，派单截止时间已过或距截止时点不足 30 分钟的订单数</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="68" />
            <source>First response within SLA</source>
            <translation>首次响应达标率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="69" />
            <source>Complaints acknowledged by their first-response deadline ÷ complaints whose first-response deadline fell in the period, per severity</source>
            <translation>在首次响应时限内受理的投诉数 ÷ 首次响应时限落在统计区间内的投诉数，按严重程度分别统计</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="76" />
            <source>Resolution within SLA</source>
            <translation>处理时限达标率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="77" />
            <source>Complaints resolved by their resolution deadline (counted from opening) ÷ complaints whose resolution deadline fell in the period, per severity</source>
            <translation>在处理时限内（自立案起算）处理完毕的投诉数 ÷ 处理时限落在统计区间内的投诉数，按严重程度分别统计</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="85" />
            <source>Complaints per 1,000 orders</source>
            <translation>每千单投诉数</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="86" />
            <source>Complaints opened in the period about orders of the group × 1,000 ÷ orders of the group completed in the period; not shown below 200 completed orders</source>
            <translation>统计区间内针对该组订单的投诉数 × 1,000 ÷ 该组在统计区间内完成的订单数；完成订单不足 200 单时不显示</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="94" />
            <source>Providers on hold</source>
            <translation>停单服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="95" />
            <source>Providers kept off dispatch at the cut-off by an active retraining, suspension or disqualification</source>
            <translation>截止时点因生效中的停单培训、暂停接单或清退而不能派单的服务人员数</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="102" />
            <source>Sanctions</source>
            <translation>处罚</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="103" />
            <source>Sanctions decided in the period, per level</source>
            <translation>统计区间内作出的处罚数，按级别统计</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="106" />
            <source>Oldest certificate waiting</source>
            <translation>资质最长等待</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="107" />
            <source>Hours since the oldest certificate still submitted or in review was submitted, at the cut-off</source>
            <translation>截止时点，仍处于待审核或审核中的最早一项资质自提交起经过的小时数</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="114" />
            <source>Certificates expiring</source>
            <translation>即将到期资质</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="115" />
            <source>Approved certificates whose last valid day (expiry or review due, the earlier) is within 30, 60 or 90 days after the cut-off day</source>
            <translation>已通过的资质中，最后有效日（到期日与复审日中较早者）在截止日后 30、60 或 90 天内的数量</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="122" />
            <source>Callbacks reached</source>
            <translation>回访接通率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="123" />
            <source>Callback attempts logged in the period that reached the customer ÷ callback attempts logged in the period</source>
            <translation>统计区间内登记的回访中接通客户的次数 ÷ 统计区间内登记的回访次数</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="130" />
            <source>Callbacks satisfied</source>
            <translation>回访满意率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="131" />
            <source>Callbacks logged in the period that reached a satisfied customer ÷ callbacks logged in the period that reached the customer</source>
            <translation>统计区间内登记的回访中客户表示满意的次数 ÷ 统计区间内接通客户的回访次数</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="138" />
            <source>Reopen rate</source>
            <translation>重开率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="139" />
            <source>Complaints opened in the period and reopened at least once (as recorded at the cut-off) ÷ complaints opened in the period</source>
            <translation>统计区间内立案、且（按截止时点的记录）至少重新打开过一次的投诉数 ÷ 统计区间内立案的投诉数</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="146" />
            <source>Repeat complaints</source>
            <translation>重复投诉率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="147" />
            <source>Complaints opened in the period against the same provider or from the same customer as another complaint in the 30 days before (not a possible duplicate about the same order) ÷ complaints opened in the period</source>
            <translation>统计区间内立案、且此前 30 天内已有针对同一服务人员或来自同一客户的其他投诉的投诉数（同一订单的疑似重复投诉不计）÷ 统计区间内立案的投诉数</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="156" />
            <source>Active providers</source>
            <translation>在岗服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="157" />
            <source>Providers assigned at least one order scheduled to start in the period and not cancelled, and not on dispatch hold at the cut-off; per service category and district of those orders (a provider counts in each)</source>
            <translation>统计区间内至少被派有一张预约开始、未取消订单，且截止时点未被停单的服务人员数；按这些订单的服务类别和城区分别统计（一人可计入多个分组）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="165" />
            <source>Orders per provider-day</source>
            <translation>人日完成单量</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="166" />
            <source>Orders completed in the period ÷ provider-days worked (a provider with at least one completed order on a Beijing day is one provider-day)</source>
            <translation>统计区间内完成的订单数 ÷ 出勤人日数（某服务人员在某个北京日至少完成一单，计为一个人日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="173" />
            <source>Training pass rate</source>
            <translation>培训考核通过率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="174" />
            <source>Assessments signed in the period that passed ÷ assessments signed in the period, per course and per trainer (the trainer of the assessment's session)</source>
            <translation>统计区间内签署并通过的考核数 ÷ 统计区间内签署的考核数，按课程和培训师（考核所属培训场次的培训师）分别统计</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="182" />
            <source>Complaints after retraining</source>
            <translation>再培训后每千单投诉</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="183" />
            <source>For providers who passed a retraining assessment in the 60 days before the cut-off: complaints against them × 1,000 ÷ their orders completed, in the 30 days after the retraining (up to the cut-off) against the 30 days before, per retraining course; not shown below 50 orders</source>
            <translation>截止前 60 天内通过再培训考核的服务人员：针对其投诉数 × 1,000 ÷ 其完成订单数，比较再培训后 30 天（至截止时点）与再培训前 30 天，按再培训课程统计；订单不足 50 单时不显示</translation>
        </message>
    </context>
    <context>
        <name>KpiCsv</name>
        <message>
            <location filename="../../app/views/insight/export.py" line="35" />
            <source>KPI</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="36" />
            <source>Of</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="37" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="38" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="39" />
            <source>Numerator</source>
            <translation>分子</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="40" />
            <source>Denominator</source>
            <translation>分母</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="41" />
            <source>From (Beijing)</source>
            <translation>起始（北京时间）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="42" />
            <source>Cut-off (Beijing)</source>
            <translation>截止（北京时间）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="43" />
            <source>Timezone</source>
            <translation>时区</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="44" />
            <source>Formula</source>
            <translation>计算公式</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="45" />
            <source>%</source>
            <translation>百分比（%）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="46" />
            <source>count</source>
            <translation>个数</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="47" />
            <source>per 1,000 orders</source>
            <translation>每千单</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="48" />
            <source>hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="49" />
            <source>ratio</source>
            <translation>比值</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="135" />
            <source>%1:00–%1:59</source>
            <translation>%1:00–%1:59 时段</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="137" />
            <source>within %1 days</source>
            <translation>%1 天内</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="140" />
            <source>(no trainer)</source>
            <translation>（无培训师）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="141" />
            <source>trainer %1</source>
            <translation>培训师 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="143" />
            <source>all courses</source>
            <translation>全部课程</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="147" />
            <source>%1, before retraining</source>
            <translation>%1，再培训前</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="150" />
            <source>%1, after retraining</source>
            <translation>%1，再培训后</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="151" />
            <source>(no reason given)</source>
            <translation>（未填写原因）</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../app/views/login_dialog.py" line="120" />
            <source>Shangmen Desk — Log in</source>
            <translation>上门服务运营台 — 登录</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="124" />
            <source>Shangmen Desk</source>
            <translation>上门服务运营台</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="126" />
            <source>On-site services operations console</source>
            <translation>上门服务运营管理平台</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="132" />
            <source>Choose a demo account…</source>
            <translation>选择演示账号…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="137" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="140" />
            <location filename="../../app/views/login_dialog.py" line="171" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="141" />
            <source>Remember me on this computer</source>
            <translation>在这台电脑上记住我</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="157" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="166" />
            <source>The built-in demo server on this computer</source>
            <translation>本机内置的演示服务器</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="167" />
            <source>Demo account</source>
            <translation>演示账号</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="170" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="178" />
            <location filename="../../app/views/login_dialog.py" line="365" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="204" />
            <source>Typed here, for this login.</source>
            <translation>在此输入，仅用于本次登录。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="213" />
            <source>The built-in demo server on this computer, with Beijing demo data.</source>
            <translation>本机内置的演示服务器（北京演示数据）。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="215" />
            <source>Set for this computer by IT in %1.</source>
            <translation>由 IT 在 %1 中为本机设置。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="217" />
            <source>Given on the command line (--server).</source>
            <translation>由命令行指定（--server）。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="218" />
            <source>The server you used last on this computer.</source>
            <translation>本机上次使用的服务器。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="272" />
            <source>Resuming your session…</source>
            <translation>正在恢复登录…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="283" />
            <source>Enter the server, your user name and your password.</source>
            <translation>请填写服务器地址、用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="288" />
            <source>Use https:// for a server on another computer: over http:// your password would travel unencrypted.</source>
            <translation>连接其他电脑上的服务器请使用 https://：使用 http:// 时密码会以明文传输。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="313" />
            <source>Connecting to the server…</source>
            <translation>正在连接服务器…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="328" />
            <source>I have saved them</source>
            <translation>我已保存</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="338" />
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="341" />
            <source>Preparing your authenticator code…</source>
            <translation>正在准备身份验证器二维码…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="388" />
            <source>Checking…</source>
            <translation>正在验证…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="439" />
            <source>the system keyring failed.</source>
            <translation>系统钥匙串出错。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="444" />
            <source>Your login cannot be remembered on this computer: %1</source>
            <translation>无法在这台电脑上记住登录：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="441" />
            <source>no system keyring is available.</source>
            <translation>系统钥匙串不可用。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/views/main_window.py" line="71" />
            <source>Shangmen Desk — %1</source>
            <translation>上门服务运营台 — %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="198" />
            <source>Online</source>
            <translation>在线</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="200" />
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="207" />
            <source>Last sync %1</source>
            <translation>最近同步 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="209" />
            <location filename="../../app/views/main_window.py" line="406" />
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="213" />
            <source>Feed lag %1</source>
            <translation>数据延迟 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="215" />
            <location filename="../../app/views/main_window.py" line="407" />
            <source>Feed lag —</source>
            <translation>数据延迟 —</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="220" />
            <location filename="../../app/views/main_window.py" line="408" />
            <source>Waiting to send: %1</source>
            <translation>待发送 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="222" />
            <source>Held: %1</source>
            <translation>已暂扣：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="224" />
            <source>Commands kept on this computer until the server confirms them</source>
            <translation>在服务器确认之前，操作指令保存在本机</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="230" />
            <source>… and %1 more</source>
            <translation>……另有 %1 条</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="246" />
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="256" />
            <source>Logging out…</source>
            <translation>正在退出登录…</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="292" />
            <source>Session ended</source>
            <translation>登录已结束</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="311" />
            <source>%1 command(s) have not reached the server yet. They stay on this computer and are sent the next time you log in here. %2 anyway?</source>
            <translation>还有 %1 条操作尚未送达服务器。它们会保存在这台电脑上，下次您在此登录时自动发送。仍要%2吗？</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="316" />
            <source>%1 command(s) have not reached the server yet, and this computer could not store them (see the notice at the top): they are LOST if you go now. Wait until the server answers, or note them down. %2 anyway?</source>
            <translation>还有 %1 条操作尚未送达服务器，且本机无法保存它们（见顶部提示）：现在离开将会丢失。请等待服务器应答，或先记下这些操作。仍要%2吗？</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="325" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="369" />
            <source>Shangmen</source>
            <translation>上门</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="412" />
            <source>Show the commands that were not carried out (refused or held)</source>
            <translation>查看未执行的操作（被拒绝或已暂扣）</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="426" />
            <source>To decide: %1</source>
            <translation>待处理 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="252" />
            <location filename="../../app/views/main_window.py" line="392" />
            <source>Log out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="294" />
            <source>Your session has ended (expired or signed out elsewhere). Please log in again. If a dialog is open, finish it first: what you enter there is kept and sent after you log in.</source>
            <translation>您的登录已结束（已过期或在别处退出），请重新登录。如有打开的对话框，请先完成：其中填写的内容会保留，并在您重新登录后发送。</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="393" />
            <source>Log out and forget this computer's saved login</source>
            <translation>退出登录，并清除本机保存的登录凭据</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="196" />
            <location filename="../../app/views/main_window.py" line="404" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../app/views/menus.py" line="63" />
            <source>&amp;Desk</source>
            <translation>工作台(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="64" />
            <source>Log out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="66" />
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="72" />
            <source>Quit</source>
            <translation>退出程序</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="76" />
            <source>&amp;Pages</source>
            <translation>页面(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="83" />
            <source>&amp;Actions</source>
            <translation>操作(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="93" />
            <source>This page has no actions</source>
            <translation>此页面没有可用操作</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="99" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="100" />
            <location filename="../../app/views/menus.py" line="156" />
            <source>Keyboard shortcuts</source>
            <translation>快捷键一览</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="105" />
            <location filename="../../app/views/menus.py" line="129" />
            <source>About Shangmen Desk</source>
            <translation>关于上门服务运营台</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="118" />
            <source>Shangmen Desk %1</source>
            <translation>上门服务运营台 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="119" />
            <source>Server: %1</source>
            <translation>服务器：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="131" />
            <source>Shangmen Desk — the operations desk for on-site home services</source>
            <translation>上门服务运营台 — 上门家政服务的运营后台</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="166" />
            <source>Page</source>
            <translation>页面</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="167" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="168" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="63" />
            <source>What was done, who was contacted, what was agreed</source>
            <translation>做了什么、联系了谁、约定了什么</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="65" />
            <source>Optional</source>
            <translation>选填</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <location filename="../../app/views/notice_banner.py" line="60" />
            <source>Dismiss</source>
            <translation>知道了</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <location filename="../../app/views/offline_banner.py" line="29" />
            <source>%1 s ago</source>
            <translation>%1 秒前</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="32" />
            <source>%1 min ago</source>
            <translation>%1 分钟前</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="34" />
            <source>%1 h %2 min ago</source>
            <translation>%1 小时 %2 分钟前</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="62" />
            <source>You can keep working: changes are stored on this computer and sent when the server answers. Reading works from this computer's copy; lookups that need the server do not.</source>
            <translation>您可以继续工作：所做的更改保存在本机，服务器恢复应答后自动发送。查看数据使用本机的副本；需要服务器的查询暂时无法使用。</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="70" />
            <source>Retry now</source>
            <translation>立即重试</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="72" />
            <source>Dismiss</source>
            <translation>知道了</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="104" />
            <source>The built-in server stopped; restarting it…</source>
            <translation>内置服务器已停止，正在重新启动…</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="109" />
            <source>The built-in server stopped and was restarted at %1, on the same database.</source>
            <translation>内置服务器曾停止，已于 %1 使用原数据库重新启动。</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="116" />
            <source>The built-in server stopped and could not be restarted; the app keeps trying. What the server said is in %1.</source>
            <translation>内置服务器已停止且未能重新启动，程序会继续尝试。服务器的日志见 %1。</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="168" />
            <source>Offline since %1 — last contact %2.</source>
            <translation>自 %1 起离线 — 最后一次连上服务器是 %2。</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="173" />
            <source>Offline since %1 — the server has not answered yet.</source>
            <translation>自 %1 起离线 — 服务器尚未应答。</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="178" />
            <source>Trying again…</source>
            <translation>正在重试…</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="181" />
            <source>Next try in %1 s.</source>
            <translation>%1 秒后重试。</translation>
        </message>
    </context>
    <context>
        <name>OneTimePasswordDialog</name>
        <message>
            <location filename="../../app/views/admin/page.py" line="109" />
            <source>One-time password</source>
            <translation>一次性密码</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="112" />
            <source>Give this password to %1 in person. It is shown only now; they must choose their own at the first login.</source>
            <translation>请当面将此密码交给 %1。密码只显示这一次，首次登录时须改为自己的密码。</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="119" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="121" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
    </context>
    <context>
        <name>OrderAction</name>
        <message>
            <location filename="../../app/views/labels.py" line="32" />
            <source>Created</source>
            <translation>创建订单</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="33" />
            <source>Assigned</source>
            <translation>派单</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="34" />
            <source>Unassigned</source>
            <translation>取消派单</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="35" />
            <source>Accepted by provider</source>
            <translation>服务人员已接单</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="36" />
            <source>Provider on the way</source>
            <translation>服务人员出发</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="37" />
            <source>Service started</source>
            <translation>开始服务</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="38" />
            <source>Completed</source>
            <translation>服务完成</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="39" />
            <source>Cancelled</source>
            <translation>取消订单</translation>
        </message>
    </context>
    <context>
        <name>OrderBoardModel</name>
        <message>
            <location filename="../../app/views/board/model.py" line="54" />
            <source>Order</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="55" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="56" />
            <source>Service</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="57" />
            <source>District</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="58" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="59" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="60" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="61" />
            <source>Start</source>
            <translation>预约时间</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="62" />
            <source>Dispatch by</source>
            <translation>派单截止</translation>
        </message>
        <message>
            <location filename="../../app/views/board/cells.py" line="75" />
            <source>Unassigned</source>
            <translation>未派单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/cells.py" line="110" />
            <source>%1 (Beijing time)</source>
            <translation>%1（北京时间）</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPanel</name>
        <message>
            <location filename="../../app/views/board/detail.py" line="73" />
            <source>Service</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="74" />
            <source>District</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="75" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="76" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="77" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="78" />
            <source>Scheduled</source>
            <translation>预约时段</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="79" />
            <source>Dispatch by</source>
            <translation>派单截止</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="80" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="91" />
            <source>Open the provider's scorecard</source>
            <translation>查看服务人员档案</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="96" />
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="99" />
            <source>Certificates</source>
            <translation>资质证书</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="112" />
            <source>Timeline</source>
            <translation>订单时间线</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="119" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="119" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="119" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="119" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="130" />
            <source>Select an order to see its details.</source>
            <translation>在左侧选择一个订单查看详情。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="168" />
            <source>Premium order</source>
            <translation>优选订单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="179" />
            <source>Unassigned</source>
            <translation>未派单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="219" />
            <source>System</source>
            <translation>系统</translation>
        </message>
    </context>
    <context>
        <name>OrderIntakeDialog</name>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="74" />
            <source>New order</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="78" />
            <source>Caller's number</source>
            <translation>来电号码</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="80" />
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="83" />
            <source>Find the caller by their phone number first.</source>
            <translation>请先按来电号码查找客户。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="97" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="102" />
            <source>Premium service</source>
            <translation>优选服务</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="104" />
            <source>Empty: the customer's address</source>
            <translation>留空则使用客户地址</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="107" />
            <source>The customer's district</source>
            <translation>客户所在区</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="112" />
            <source>For the provider, e.g. bring a ladder</source>
            <translation>给服务人员的备注，例如：请带梯子</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="121" />
            <source>Create order</source>
            <translation>创建订单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="133" />
            <source>Caller</source>
            <translation>来电客户</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="136" />
            <source>Service</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="137" />
            <source>Appointment</source>
            <translation>预约时间</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="138" />
            <source>Length</source>
            <translation>服务时长</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="139" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="141" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="142" />
            <source>District</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="143" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="164" />
            <source>Finding a caller needs a connection to the server.</source>
            <translation>查找客户需要连接服务器。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="214" />
            <source>Type the caller's whole number: only the exact number is found.</source>
            <translation>请输入来电的完整号码：只能查到完全一致的号码。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="222" />
            <source>Looking up the caller…</source>
            <translation>正在查找客户…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="235" />
            <source>The number changed: find the caller again (Enter).</source>
            <translation>号码已更改：请重新查找来电客户（回车）。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="251" />
            <source>%1 recent orders</source>
            <translation>近期 %1 单</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="261" />
            <source>Confirm the name and address with the caller.</source>
            <translation>请与来电人核对姓名和地址。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="263" />
            <source>%1 customers share this number: pick the caller.</source>
            <translation>%1 位客户使用此号码：请选择来电人。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="270" />
            <source>No customer has this number. Check it with the caller; new customers register in the customer app first.</source>
            <translation>没有客户使用此号码。请与来电人核对；新客户须先在客户端注册。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="280" />
            <source>Could not look up the caller: %1</source>
            <translation>无法查找客户：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="291" />
            <source>Usually %1–%2 min</source>
            <translation>通常 %1–%2 分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="296" />
            <source>¥%1–%2 in the catalogue</source>
            <translation>价目表价格 ¥%1–%2</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="315" />
            <source>Wait for the caller lookup to finish.</source>
            <translation>正在查找来电客户，请稍候。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="317" />
            <source>Find and pick the caller.</source>
            <translation>请查找并选择来电客户。</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="325" />
            <source>Ready: the order will be queued and sent.</source>
            <translation>可以创建：订单将排队并发送。</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <location filename="../../app/views/labels.py" line="21" />
            <source>Pending</source>
            <translation>待派单</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="22" />
            <source>Assigned</source>
            <translation>已派单</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="23" />
            <source>Accepted</source>
            <translation>已接单</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="24" />
            <source>En route</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="25" />
            <source>In service</source>
            <translation>服务中</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="26" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="27" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>OutboxNotice</name>
        <message>
            <location filename="../../app/views/notice_banner.py" line="16" />
            <source>The file of unsent commands on this computer could not be opened (%1). Commands you make now are kept only until the app closes.</source>
            <translation>无法打开本机的待发送操作文件（%1）。现在进行的操作只保留到本程序关闭为止。</translation>
        </message>
        <message>
            <location filename="../../app/views/notice_banner.py" line="26" />
            <source>The file of unsent commands on this computer was damaged. All %1 command(s) in it were recovered and will be sent. The damaged file is kept as %2.</source>
            <translation>本机的待发送操作文件已损坏。其中全部 %1 条操作均已恢复，将照常发送。损坏的文件已保留为 %2。</translation>
        </message>
        <message>
            <location filename="../../app/views/notice_banner.py" line="33" />
            <source>The file of unsent commands on this computer was damaged. %1 command(s) were recovered and will be sent; part of the file could not be read, so commands made shortly before may be missing: check your recent work. The damaged file is kept as %2.</source>
            <translation>本机的待发送操作文件已损坏。已恢复 %1 条操作，将照常发送；文件有一部分无法读取，损坏前不久进行的操作可能缺失，请核对您最近的操作。损坏的文件已保留为 %2。</translation>
        </message>
        <message>
            <location filename="../../app/views/notice_banner.py" line="43" />
            <source>%1 unsent command(s) kept by an earlier version of the app were found and added to the commands waiting to be sent.</source>
            <translation>发现旧版本程序保存的 %1 条未发送操作，已加入待发送列表。</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../app/views/dispatch/override_dialog.py" line="26" />
            <source>Override eligibility</source>
            <translation>强制派单</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/override_dialog.py" line="29" />
            <source>%1 is not eligible for this order:</source>
            <translation>%1 不符合该订单的派单条件：</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/override_dialog.py" line="37" />
            <source>Send them anyway only with a reason. It is recorded on the order and audited.</source>
            <translation>强制派单必须填写原因，原因将记录在订单上并被审计。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/override_dialog.py" line="41" />
            <source>Why this provider despite the rules (required)</source>
            <translation>为什么仍要派此人（必填）</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/override_dialog.py" line="47" />
            <source>Assign with override</source>
            <translation>强制派单</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../app/views/pages.py" line="132" />
            <source>Operations dashboard</source>
            <translation>运营看板</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="134" />
            <source>Dashboard</source>
            <translation>看板</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="88" />
            <source>Dispatch board</source>
            <translation>调度看板</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="90" />
            <source>Board</source>
            <translation>调度看板</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="96" />
            <source>Auto-dispatch</source>
            <translation>智能派单</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="98" />
            <source>Plan</source>
            <translation>批量派单</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="104" />
            <source>Complaints workbench</source>
            <translation>客服工作台</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="106" />
            <source>Hotline</source>
            <translation>热线</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="114" />
            <source>Certification review</source>
            <translation>资质审核</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="116" />
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="123" />
            <source>Training and assessment</source>
            <translation>培训考核</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="125" />
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="141" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="143" />
            <source>Audit</source>
            <translation>审计</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="150" />
            <source>Administration</source>
            <translation>系统管理</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="152" />
            <source>Admin</source>
            <translation>管理</translation>
        </message>
    </context>
    <context>
        <name>PdfFiles</name>
        <message>
            <location filename="../../app/views/complaints/pdf.py" line="26" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/pdf.py" line="60" />
            <location filename="../../app/views/insight/export.py" line="172" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/pdf.py" line="65" />
            <source>Could not save the PDF: %1</source>
            <translation>无法保存 PDF：%1</translation>
        </message>
    </context>
    <context>
        <name>PickStaffDialog</name>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="205" />
            <source>Keep the current handler</source>
            <translation>保持当前处理人</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="209" />
            <source>Note (why, what is needed)</source>
            <translation>说明（原因、需要什么）</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="41" />
            <source>Order</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="42" />
            <source>Start</source>
            <translation>预约时间</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="43" />
            <source>District</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="44" />
            <source>Service</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="45" />
            <source>→ Provider</source>
            <translation>→ 服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="46" />
            <source>Travel</source>
            <translation>路程</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="47" />
            <source>Why / due</source>
            <translation>原因 / 派单截止</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="151" />
            <source>Not assigned</source>
            <translation>未派出</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="155" />
            <source>%1 min</source>
            <translation>%1分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="161" />
            <source>due %1</source>
            <translation>截止 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="166" />
            <source>Refused: %1</source>
            <translation>被拒绝：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="168" />
            <source>Changed since planning: the order is gone</source>
            <translation>方案生成后已变化：订单已不存在</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="170" />
            <source>Changed since planning: now %1</source>
            <translation>方案生成后已变化：现为%1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="173" />
            <source>Changed since planning</source>
            <translation>方案生成后已变化</translation>
        </message>
    </context>
    <context>
        <name>PlanWindowBar</name>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="55" />
            <source>All districts</source>
            <translation>全部区域</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="65" />
            <source>Plan</source>
            <translation>生成方案</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="58" />
            <source>Due by +2 h</source>
            <translation>2 小时内须派</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="61" />
            <source>Plan the orders that must be dispatched within the next two hours, and those already late today</source>
            <translation>规划今天已超时及未来 2 小时内须派单的订单</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="72" />
            <source>Due from</source>
            <translation>派单截止 从</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="74" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="76" />
            <source>District</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="114" />
            <source>The window must end after it starts.</source>
            <translation>结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="116" />
            <source>A window is at most two days.</source>
            <translation>时间段最长为两天。</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="122" />
            <source>Plan the window (F5)</source>
            <translation>为该时间段生成派单方案（F5）</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../app/views/problems_panel.py" line="54" />
            <source>Commands not carried out — choose what to do with each</source>
            <translation>未执行的操作 — 请逐条处理</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="60" />
            <source>Command</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="60" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="60" />
            <source>Server now</source>
            <translation>服务器当前状态</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="67" />
            <source>Retry on the current version</source>
            <translation>按最新版本重试</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="69" />
            <source>Send the command again against what the server has now</source>
            <translation>基于服务器当前的数据重新提交此操作</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="71" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="72" />
            <source>Drop the command; the server's state stays</source>
            <translation>放弃此操作，保留服务器上的状态</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="99" />
            <source>Someone changed it first</source>
            <translation>已被他人先行修改</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="105" />
            <source>Refused: %1</source>
            <translation>被拒绝：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="113" />
            <source>Held, not sent: made against another copy of the server's data (another server, or before a reset). It is sent when you log in to that server again; here it can only be discarded.</source>
            <translation>已暂扣，未发送：该操作针对的是另一份服务器数据（另一台服务器，或数据重置之前）。再次登录那台服务器时会自动发送；在此只能放弃。</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="184" />
            <source>version %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="191" />
            <source>changed %1</source>
            <translation>更新于 %1</translation>
        </message>
    </context>
    <context>
        <name>ProviderLevel</name>
        <message>
            <location filename="../../app/views/labels.py" line="108" />
            <source>Junior</source>
            <translation>初级</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="109" />
            <source>Standard</source>
            <translation>中级</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="110" />
            <source>Senior</source>
            <translation>高级</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="111" />
            <source>Gold</source>
            <translation>金牌</translation>
        </message>
    </context>
    <context>
        <name>ProviderRecordDialog</name>
        <message>
            <location filename="../../app/views/training/record.py" line="77" />
            <source>Training record</source>
            <translation>培训记录</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="79" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="84" />
            <location filename="../../app/views/training/record.py" line="91" />
            <source>Course</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="84" />
            <source>Passed</source>
            <translation>取得时间</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="84" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="84" />
            <source>Standing</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="91" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="91" />
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="91" />
            <source>Enrolment</source>
            <translation>报名</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="92" />
            <source>Attendance</source>
            <translation>考勤</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="92" />
            <source>Theory</source>
            <translation>理论</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="92" />
            <source>Practical</source>
            <translation>实操</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="92" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="93" />
            <source>Amendments</source>
            <translation>修订</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="97" />
            <source>Transcript PDF…</source>
            <translation>培训记录 PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="100" />
            <source>Certificate PDF…</source>
            <translation>合格证明 PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="102" />
            <source>The training certificate of the passed assessment selected</source>
            <translation>所选合格考核的培训合格证明</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="108" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="112" />
            <source>Training certificates</source>
            <translation>培训合格证明</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="114" />
            <source>Sessions and assessments</source>
            <translation>培训与考核</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="140" />
            <source>No expiry</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="191" />
            <source>Save the training certificate</source>
            <translation>保存培训合格证明</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="192" />
            <source>certificate-%1.pdf</source>
            <translation>培训合格证明-%1.pdf</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="205" />
            <source>Save the training transcript</source>
            <translation>保存培训记录</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="206" />
            <source>training-%1-%2.pdf</source>
            <translation>培训记录-%1-%2.pdf</translation>
        </message>
    </context>
    <context>
        <name>ProviderSanctionsDialog</name>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="59" />
            <source>Sanctions of %1</source>
            <translation>%1 的处罚记录</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="61" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="74" />
            <source>Decided</source>
            <translation>决定时间</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="74" />
            <source>Sanction</source>
            <translation>处罚</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="74" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="74" />
            <source>Until</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="75" />
            <source>Appeal</source>
            <translation>申诉</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="75" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="83" />
            <source>No sanctions on record.</source>
            <translation>没有处罚记录。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="112" />
            <source>Dispatch hold: %1</source>
            <translation>派单限制：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="114" />
            <source>No dispatch hold: the provider may be dispatched.</source>
            <translation>无派单限制：可以派单。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="141" />
            <source>Decided by %1</source>
            <translation>决定人：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="155" />
            <source>This provider is not in the local data yet.</source>
            <translation>本地尚无该服务人员的数据。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="161" />
            <source>The local data cannot be read from here.</source>
            <translation>此处无法读取本地数据。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="163" />
            <source>Could not load the sanctions.</source>
            <translation>无法加载处罚记录。</translation>
        </message>
    </context>
    <context>
        <name>ReportRequestDialog</name>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="34" />
            <source>Make report</source>
            <translation>生成报告</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="36" />
            <source>Daily report</source>
            <translation>运营日报</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="37" />
            <source>Weekly report (Monday to Sunday)</source>
            <translation>运营周报（周一至周日）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="51" />
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="52" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="73" />
            <source>Reports start in 2000.</source>
            <translation>只能生成 2000 年以后的报告。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="75" />
            <source>That week has not ended yet.</source>
            <translation>该周尚未结束。</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../app/reports/labels.py" line="40" />
            <source>Shangmen Desk · home-services operations</source>
            <translation>上门服务运营台</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="43" />
            <source>Contains personal information, masked. For complaint handling and regulators only.</source>
            <translation>本文件含个人信息，已脱敏处理；仅限投诉处理及监管用途，请妥善保管，不得外传。</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="55" />
            <source>safety</source>
            <translation>安全隐患</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="56" />
            <source>theft</source>
            <translation>财物丢失</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="57" />
            <source>injury</source>
            <translation>人身伤害</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="58" />
            <source>service quality</source>
            <translation>服务质量</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="59" />
            <source>attitude</source>
            <translation>服务态度</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="60" />
            <source>lateness</source>
            <translation>迟到</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="61" />
            <source>no-show</source>
            <translation>未上门</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="62" />
            <source>pricing</source>
            <translation>收费争议</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="63" />
            <source>damage</source>
            <translation>物品损坏</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="64" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="69" />
            <source>record</source>
            <translation>投诉记录</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="70" />
            <source>handling</source>
            <translation>处理</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="71" />
            <source>resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="72" />
            <source>transfer</source>
            <translation>转交</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="73" />
            <source>escalated</source>
            <translation>上报</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="74" />
            <source>reopened</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="75" />
            <source>sanction</source>
            <translation>处罚</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="76" />
            <source>status</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="77" />
            <source>acknowledged</source>
            <translation>受理</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="78" />
            <source>closed</source>
            <translation>结案</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="82" />
            <source>reached, satisfied</source>
            <translation>已联系，客户满意</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="83" />
            <source>reached, not satisfied</source>
            <translation>已联系，客户不满意</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="84" />
            <source>unreachable</source>
            <translation>未能联系上</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="89" />
            <source>not yet called back in this round</source>
            <translation>本轮尚未回访</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="90" />
            <source>trying; fewer than three attempts</source>
            <translation>正在联系，有效尝试未满三次</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="91" />
            <source>the customer is satisfied</source>
            <translation>客户对处理结果满意</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="92" />
            <source>not satisfied; reopened</source>
            <translation>客户不满意，工单重新处理</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="94" />
            <source>unreachable, attempts documented</source>
            <translation>多次联系未果，已逐次记录</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="99" />
            <source>substantiated</source>
            <translation>投诉属实</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="100" />
            <source>not substantiated</source>
            <translation>投诉不属实</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="101" />
            <source>no finding</source>
            <translation>未认定</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="105" />
            <source>in force</source>
            <translation>执行中</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="106" />
            <source>lifted</source>
            <translation>已解除</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="107" />
            <source>overturned</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="111" />
            <source>under review</source>
            <translation>复核中</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="112" />
            <source>sanction upheld</source>
            <translation>维持原处罚</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="113" />
            <source>sanction overturned</source>
            <translation>撤销处罚</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="189" />
            <source>&lt;1 min</source>
            <translation>不足1分</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="193" />
            <source>{n} d</source>
            <translation>{n}天</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="194" />
            <source>{n} h</source>
            <translation>{n}小时</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="195" />
            <source>{n} min</source>
            <translation>{n}分</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="209" />
            <source>overdue by {t}</source>
            <translation>已超时 {t}</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="212" />
            <source>{t} left</source>
            <translation>剩余 {t}</translation>
        </message>
        <message>
            <location filename="../../app/reports/common.py" line="301" />
            <source>Printed {when} (Beijing time) by {who}</source>
            <translation>打印时间：{when}（北京时间）　打印人：{who}</translation>
        </message>
        <message>
            <location filename="../../app/reports/common.py" line="310" />
            <source>Page {page} of {total}</source>
            <translation>第 {page} 页 / 共 {total} 页</translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="47" />
            <source>Reports</source>
            <translation>运营报告</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="53" />
            <source>Download…</source>
            <translation>下载…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="56" />
            <source>Make report for…</source>
            <translation>生成指定日期报告…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="61" />
            <source>Newer</source>
            <translation>较新</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="63" />
            <source>Older</source>
            <translation>较早</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="115" />
            <source>No reports kept yet.</source>
            <translation>尚无已保存的报告。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="122" />
            <source>%1–%2 of %3</source>
            <translation>第 %1–%2 条，共 %3 条</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="137" />
            <source>Weekly report %1 – %2</source>
            <translation>运营周报 %1 – %2</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="139" />
            <source>Daily report %1</source>
            <translation>运营日报 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="140" />
            <source>made %1</source>
            <translation>生成于 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="141" />
            <source>%1 KB</source>
            <translation>%1 千字节</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="160" />
            <source>Weekly report</source>
            <translation>运营周报</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="160" />
            <source>Daily report</source>
            <translation>运营日报</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="162" />
            <source>Download report</source>
            <translation>下载报告</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="172" />
            <source>Saved %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="174" />
            <source>Downloading…</source>
            <translation>正在下载…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="191" />
            <source>Ready: %1</source>
            <translation>已生成：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="194" />
            <source>Making the report…</source>
            <translation>正在生成报告…</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="112" />
            <source>Resolve %1</source>
            <translation>登记处理结果 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="116" />
            <source>What was done, and what the customer was told (required)</source>
            <translation>做了什么、如何答复客户（必填）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="119" />
            <source>Substantiated: the complaint holds</source>
            <translation>属实：投诉成立</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="120" />
            <source>Not substantiated</source>
            <translation>不属实</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="121" />
            <source>No finding yet</source>
            <translation>暂未认定</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="128" />
            <source>Record resolution</source>
            <translation>登记处理结果</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="130" />
            <source>How was complaint %1 resolved?</source>
            <translation>投诉 %1 是如何处理的？</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="133" />
            <source>Finding about %1:</source>
            <translation>对 %1 的认定：</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="135" />
            <source>Finding:</source>
            <translation>认定：</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="167" />
            <source>A supervisor must then record a sanction decision before closing.</source>
            <translation>关闭前须由主管登记处罚决定。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="171" />
            <source>Without a finding the ticket cannot close; record one later.</source>
            <translation>没有认定结论工单不能关闭，请稍后补登。</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../app/views/labels.py" line="43" />
            <source>Dispatcher</source>
            <translation>调度员</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="44" />
            <source>Customer-care agent</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="45" />
            <source>Reviewer</source>
            <translation>审核员</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="46" />
            <source>Trainer</source>
            <translation>培训师</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="47" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="48" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
    </context>
    <context>
        <name>SanctionDecisionDialog</name>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="74" />
            <source>Sanction decision on %1: %2</source>
            <translation>处罚决定 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="76" />
            <source>Sanction decision on %1</source>
            <translation>处罚决定 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="89" />
            <source>The ladder recommends: %1</source>
            <translation>处罚阶梯建议：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="107" />
            <source>Suspended until</source>
            <translation>暂停至</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="110" />
            <source>Why this decision (required, also for no sanction)</source>
            <translation>决定理由（必填，不处罚也须写明）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="116" />
            <source>The customer never wants %1 again</source>
            <translation>客户不再接受 %1 服务</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="119" />
            <source>Reason for the block</source>
            <translation>屏蔽原因</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="125" />
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="127" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="131" />
            <source>Record decision</source>
            <translation>登记决定</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="206" />
            <source>This departs from the recommendation: say why in the reason.</source>
            <translation>与建议不同：请在理由中说明原因。</translation>
        </message>
    </context>
    <context>
        <name>Scorecard</name>
        <message>
            <location filename="../../app/reports/scorecard.py" line="48" />
            <source>Provider scorecard</source>
            <translation>服务人员档案</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="49" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="50" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="51" />
            <source>Main category</source>
            <translation>主要品类</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="52" />
            <source>Home district</source>
            <translation>常驻区</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="53" />
            <source>Period</source>
            <translation>统计期</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="54" />
            <source>Peers (same category, district)</source>
            <translation>同类同区人数</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="55" />
            <source>Figures (last 90 days)</source>
            <translation>指标（近90天）</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="56" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="57" />
            <source>Peers' median</source>
            <translation>同类同区中位数</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="58" />
            <source>Orders completed</source>
            <translation>完成订单</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="59" />
            <source>On-time arrival</source>
            <translation>准时到达率</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="60" />
            <source>Cancellations</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="61" />
            <source>Mean rating</source>
            <translation>平均评分</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="62" />
            <source>Ratings</source>
            <translation>评分次数</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="63" />
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="64" />
            <source>Substantiated</source>
            <translation>属实投诉</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="65" />
            <source>Weekly mean rating</source>
            <translation>每周平均评分</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="66" />
            <source>Sanctions and appeals</source>
            <translation>处罚与申诉</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="67" />
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="68" />
            <source>Decided</source>
            <translation>决定时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="69" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="70" />
            <source>Appeal</source>
            <translation>申诉</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="71" />
            <source>Certificates</source>
            <translation>资质证书</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="72" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="73" />
            <source>Expires</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="74" />
            <source>Review due</source>
            <translation>复审日期</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="75" />
            <source>Training results</source>
            <translation>培训考核</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="76" />
            <source>Course</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="77" />
            <source>Assessed</source>
            <translation>考核时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="78" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="79" />
            <source>Theory / practical</source>
            <translation>理论/实操</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="80" />
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="81" />
            <source>Failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="82" />
            <source> (retraining)</source>
            <translation>（复训）</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="83" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="84" />
            <source>Fewer than 5 peers: no median</source>
            <translation>同类同区不足5人，不计中位数</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="85" />
            <source>%d more not listed</source>
            <translation>另有 %d 条未列出</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="86" />
            <source>Last 90 Beijing days (Asia/Shanghai) up to the print time; on time = started within 15 minutes of the scheduled start; ratings of orders completed in the period.</source>
            <translation>统计口径：近90个北京日（Asia/Shanghai）截至打印时间；准时到达＝在预约开始后15分钟内开工；平均评分按期内完成的订单计。</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="97" />
            <source>submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="98" />
            <source>in review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="99" />
            <source>approved</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="100" />
            <source>rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="101" />
            <source>resubmission requested</source>
            <translation>需补交</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="105" />
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="106" />
            <source>revoked</source>
            <translation>已吊销</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="110" />
            <source>Contains personal information. For service-quality management only.</source>
            <translation>本文件含个人信息；仅限服务质量管理用途，请妥善保管，不得外传。</translation>
        </message>
    </context>
    <context>
        <name>ScorecardDialog</name>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="82" />
            <source>Provider scorecard</source>
            <translation>服务人员档案</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="84" />
            <source>Loading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="88" />
            <source>Last 90 days</source>
            <translation>近90天</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="88" />
            <source>This provider</source>
            <translation>本人</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="89" />
            <source>Peers' median</source>
            <translation>同类同区中位数</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="93" />
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="93" />
            <source>Decided</source>
            <translation>决定时间</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="93" />
            <location filename="../../app/views/scorecard/dialog.py" line="95" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="94" />
            <source>Appeal</source>
            <translation>申诉</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="94" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="95" />
            <source>Certificate</source>
            <translation>证书</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="95" />
            <source>Expires</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="96" />
            <source>Review due</source>
            <translation>复审日期</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="97" />
            <source>Course</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="97" />
            <source>Assessed</source>
            <translation>考核时间</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="97" />
            <source>Theory</source>
            <translation>理论</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="98" />
            <source>Practical</source>
            <translation>实操</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="98" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="99" />
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="103" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="107" />
            <source>Figures</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="108" />
            <source>Weekly mean rating</source>
            <translation>每周平均评分</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="109" />
            <source>Sanctions and appeals</source>
            <translation>处罚与申诉</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="110" />
            <source>Certificates</source>
            <translation>资质证书</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="111" />
            <source>Training results</source>
            <translation>培训考核</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="164" />
            <source>This provider is not on this computer.</source>
            <translation>本机没有该服务人员的数据。</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="171" />
            <source>%1 · %2 · since %3 (Beijing days) · %4 peers</source>
            <translation>%1 · %2 · 自 %3 起（北京时间）· 同类同区 %4 人</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="189" />
            <source>Orders completed</source>
            <translation>完成订单</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="190" />
            <source>On-time arrival</source>
            <translation>准时到达率</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="191" />
            <source>Cancellations</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="192" />
            <source>Mean rating</source>
            <translation>平均评分</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="193" />
            <source>Ratings</source>
            <translation>评分次数</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="194" />
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="195" />
            <source>Substantiated complaints</source>
            <translation>属实投诉</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="205" />
            <source>Fewer than 5 peers: no median.</source>
            <translation>同类同区不足5人，不计中位数。</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="232" />
            <source>%1 (retraining)</source>
            <translation>%1（复训）</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="235" />
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="235" />
            <source>Failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="248" />
            <source>Save the provider scorecard</source>
            <translation>保存服务人员档案</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="249" />
            <source>scorecard-%1-%2.pdf</source>
            <translation>服务人员档案-%1-%2.pdf</translation>
        </message>
    </context>
    <context>
        <name>ScorecardFigures</name>
        <message>
            <location filename="../../app/reports/scorecard.py" line="95" />
            <source>Provider</source>
            <translation>本人</translation>
        </message>
    </context>
    <context>
        <name>ServerErrors</name>
        <message>
            <location filename="../../app/server/app.py" line="151" />
            <source>The request could not be parsed.</source>
            <translation>请求格式有误，无法解析。</translation>
        </message>
        <message>
            <location filename="../../app/server/app.py" line="152" />
            <source>Not found.</source>
            <translation>找不到该地址。</translation>
        </message>
        <message>
            <location filename="../../app/server/app.py" line="153" />
            <source>Method not allowed.</source>
            <translation>不支持该请求方法。</translation>
        </message>
        <message>
            <location filename="../../app/server/app.py" line="155" />
            <source>The request failed.</source>
            <translation>请求失败。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="47" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="53" />
            <source>A new language shows from your next login.</source>
            <translation>新的界面语言将在下次登录时生效。</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="57" />
            <source> pt</source>
            <translation> 磅</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="59" />
            <source>Sound when one of my tickets goes overdue</source>
            <translation>我的工单超时时发出提示音</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="61" />
            <source>Desktop notification when one of my tickets goes overdue</source>
            <translation>我的工单超时时显示桌面通知</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="65" />
            <source>Language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="67" />
            <source>Text size</source>
            <translation>字号</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="68" />
            <source>Overdue alerts</source>
            <translation>超时提醒</translation>
        </message>
    </context>
    <context>
        <name>ShiftHandover</name>
        <message>
            <location filename="../../app/reports/handover.py" line="51" />
            <source>Shift handover</source>
            <translation>交接班记录</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="52" />
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="53" />
            <source>Open tickets</source>
            <translation>未结工单</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="54" />
            <source>Overdue</source>
            <translation>其中超时</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="55" />
            <source>Critical</source>
            <translation>紧急工单</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="56" />
            <source>To escalate</source>
            <translation>需上报主管</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="57" />
            <source>1. Open tickets</source>
            <translation>一、未结工单</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="58" />
            <source>2. Handover note</source>
            <translation>二、交接事项</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="59" />
            <source>3. Signatures</source>
            <translation>三、签字确认</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="60" />
            <source>Ticket</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="61" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="62" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="63" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="64" />
            <source>Next deadline</source>
            <translation>下一时限</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="65" />
            <source>Flags</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="66" />
            <source>overdue</source>
            <translation>超时</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="67" />
            <source>escalate</source>
            <translation>需上报</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="68" />
            <source>escalated</source>
            <translation>已上报</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="69" />
            <source>reopened</source>
            <translation>重开</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="70" />
            <source>No open tickets.</source>
            <translation>无未结工单。</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="71" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="72" />
            <source>Outgoing (signature)</source>
            <translation>交班人（签字）</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="73" />
            <source>Incoming (signature)</source>
            <translation>接班人（签字）</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="74" />
            <source>Time</source>
            <translation>交接时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="76" />
            <source>{n}</source>
            <translation>{n} 件</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="77" />
            <source>, {n} overdue</source>
            <translation>，超时 {n} 件</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="78" />
            <source>none (to close)</source>
            <translation>无（待关闭）</translation>
        </message>
    </context>
    <context>
        <name>SlaClock</name>
        <message>
            <location filename="../../app/rules/sla.py" line="66" />
            <source>first response</source>
            <translation>首次响应</translation>
        </message>
        <message>
            <location filename="../../app/rules/sla.py" line="67" />
            <source>resolution</source>
            <translation>处理完毕</translation>
        </message>
        <message>
            <location filename="../../app/rules/sla.py" line="68" />
            <source>callback</source>
            <translation>客户回访</translation>
        </message>
    </context>
    <context>
        <name>StateChips</name>
        <message>
            <location filename="../../app/views/board/filters.py" line="55" />
            <source>Show only this state (%1)</source>
            <translation>只看此状态（%1）</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="74" />
            <source>All %1</source>
            <translation>全部 %1</translation>
        </message>
    </context>
    <context>
        <name>StepPanel</name>
        <message>
            <location filename="../../app/views/login_steps.py" line="42" />
            <source>Copy the codes</source>
            <translation>复制恢复码</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="62" />
            <source>Your password was set by an administrator. Choose your own: at least %1 characters, not a common password, not containing your user name.</source>
            <translation>您的密码由管理员设置，请设置自己的密码：至少 %1 个字符，不能是常见密码，不能包含用户名。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="67" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="68" />
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="75" />
            <source>6-digit code</source>
            <translation>6 位验证码</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="79" />
            <source>Your role needs a second factor. Scan this code with an authenticator app (e.g. Microsoft Authenticator, Google Authenticator), then type the 6 digits it shows.</source>
            <translation>您的角色须启用两步验证。请用身份验证器应用（如 Microsoft Authenticator、Google Authenticator）扫描此二维码，然后输入显示的 6 位数字。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="88" />
            <source>Type the 6-digit code from your authenticator app, or one of your recovery codes.</source>
            <translation>请输入身份验证器中的 6 位验证码，或一个恢复码。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="92" />
            <source>6-digit code or recovery code</source>
            <translation>6 位验证码或恢复码</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="99" />
            <source>Or enter this key by hand: %1</source>
            <translation>或手动输入密钥：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="108" />
            <source>Your second factor is set up. Keep these recovery codes somewhere safe: each one logs you in once if you lose your phone. They are shown only now.</source>
            <translation>两步验证已启用。请妥善保存以下恢复码：手机丢失时，每个恢复码可登录一次。恢复码只显示这一次。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="123" />
            <source>The password needs at least %1 characters.</source>
            <translation>密码至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="127" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="130" />
            <source>Type the code from your authenticator app.</source>
            <translation>请输入身份验证器中的验证码。</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <location filename="../../app/views/sync_worker.py" line="210" />
            <source>Some of your unsent commands could not be read from this computer's outbox file (%1). They are not deleted; the others are still sent.</source>
            <translation>部分未发送的操作无法从本机的待发送文件中读取（%1）。它们没有被删除；其他操作照常发送。</translation>
        </message>
        <message>
            <location filename="../../app/views/sync_worker.py" line="250" />
            <source>Not stored: %1. The local data could not be opened.</source>
            <translation>未能保存：%1。无法打开本地数据。</translation>
        </message>
        <message>
            <location filename="../../app/views/sync_worker.py" line="444" />
            <source>Sync problem: %1</source>
            <translation>同步出现问题：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/sync_link.py" line="150" />
            <source>Not stored: %1. The local data could not be written (%2).</source>
            <translation>未能保存：%1。无法写入本地数据（%2）。</translation>
        </message>
    </context>
    <context>
        <name>TicketActions</name>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="87" />
            <source>Open a ticket first.</source>
            <translation>请先打开一张工单。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="90" />
            <source>Waiting for the server to confirm the last step.</source>
            <translation>正在等待服务器确认上一步操作。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="93" />
            <source>The server did not offer this step.</source>
            <translation>服务器未提供此操作。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="97" />
            <source>The ticket names no provider.</source>
            <translation>工单未涉及服务人员。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="105" />
            <source>Acknowledge</source>
            <translation>受理</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="107" />
            <source>Take the ticket on: this is the first response</source>
            <translation>受理工单（即首次响应）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="111" />
            <source>Investigate</source>
            <translation>开始调查</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="113" />
            <source>Start investigating the complaint</source>
            <translation>开始调查这起投诉</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="117" />
            <source>Resolve…</source>
            <translation>登记处理结果…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="119" />
            <source>Record the resolution and whether the complaint is substantiated</source>
            <translation>登记处理结果以及投诉是否属实</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="123" />
            <source>Close ticket</source>
            <translation>关闭工单</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="125" />
            <source>Close the ticket (needs resolution, callback and sanction decision)</source>
            <translation>关闭工单（须有处理结果、回访结果和处罚决定）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="129" />
            <source>Note…</source>
            <translation>备注…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="131" />
            <source>Add a handling note to the timeline</source>
            <translation>在时间线上添加处理备注</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="135" />
            <source>Escalate…</source>
            <translation>上报主管…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="137" />
            <source>Escalate to a supervisor</source>
            <translation>上报主管</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="141" />
            <source>Transfer…</source>
            <translation>转交…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="143" />
            <source>Assign or transfer the ticket to a colleague</source>
            <translation>分配或转交给同事</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="147" />
            <source>Sanction…</source>
            <translation>处罚决定…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="149" />
            <source>Supervisors: record the sanction decision on the provider</source>
            <translation>主管：登记对服务人员的处罚决定</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="153" />
            <source>Never send again…</source>
            <translation>不再派此人…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="155" />
            <source>The customer never wants this provider again (dispatch honours it)</source>
            <translation>客户不再接受此服务人员（派单时自动回避）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="159" />
            <source>Reopen…</source>
            <translation>重新打开…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="161" />
            <source>Reopen the ticket for further handling</source>
            <translation>重新打开工单继续处理</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="165" />
            <source>Provider record</source>
            <translation>处罚记录</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="167" />
            <source>The provider's sanctions and their history</source>
            <translation>服务人员的处罚及历史</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="172" />
            <source>Case file PDF…</source>
            <translation>投诉案卷 PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="174" />
            <source>Save the ticket's case file as PDF</source>
            <translation>将工单的投诉案卷保存为 PDF</translation>
        </message>
    </context>
    <context>
        <name>TicketDetailPanel</name>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="120" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="120" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="121" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="121" />
            <source>Handled by</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="122" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="122" />
            <source>Opened</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="123" />
            <source>Finding</source>
            <translation>认定</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="123" />
            <source>Sanction</source>
            <translation>处罚</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="136" />
            <source>Open the provider's scorecard</source>
            <translation>查看服务人员档案</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="156" />
            <location filename="../../app/views/complaints/detail.py" line="370" />
            <source>Before this ticket can close:</source>
            <translation>关闭工单前还须：</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="179" />
            <source>Timeline</source>
            <translation>处理经过</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="185" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="185" />
            <source>Event</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="185" />
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="185" />
            <source>Details</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="196" />
            <location filename="../../app/views/complaints/detail.py" line="265" />
            <source>Choose a ticket from a queue, or take a call.</source>
            <translation>从工单列表中选择一张工单，或接听来电。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="246" />
            <source>Loading %1…</source>
            <translation>正在加载 %1…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="301" />
            <source>Sending… waiting for the server</source>
            <translation>发送中…等待服务器确认</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="307" />
            <source>VIP</source>
            <translation>VIP 客户</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="317" />
            <source>No order</source>
            <translation>无关联订单</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="323" />
            <source>None named</source>
            <translation>未涉及</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="326" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="331" />
            <source>Substantiated</source>
            <translation>属实</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="333" />
            <source>Not substantiated</source>
            <translation>不属实</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="335" />
            <source>No finding yet</source>
            <translation>尚未认定</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="347" />
            <source>To decide (recommended: %1)</source>
            <translation>待决定（建议：%1）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="368" />
            <source>Once the server confirms, still missing before closing:</source>
            <translation>服务器确认后，关闭前仍须：</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="385" />
            <source>Callback: %1</source>
            <translation>回访：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="387" />
            <source>Sanction: %1</source>
            <translation>处罚：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="408" />
            <source>%1: not started</source>
            <translation>%1：未开始</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="412" />
            <source>%1: late, at %2</source>
            <translation>%1：%2 超时完成</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="415" />
            <source>%1: met at %2</source>
            <translation>%1：%2 完成</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="419" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="434" />
            <source>Due %1 (Beijing time)</source>
            <translation>时限 %1（北京时间）</translation>
        </message>
    </context>
    <context>
        <name>TicketQueueModel</name>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="87" />
            <source>Next deadline</source>
            <translation>下一时限</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="88" />
            <source>Severity</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="89" />
            <source>Ticket</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="90" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="91" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="92" />
            <source>Handled by</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="93" />
            <source>Flags</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="94" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="250" />
            <source>Waiting to close</source>
            <translation>待关闭</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="262" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="271" />
            <source>Escalate</source>
            <translation>需上报</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="273" />
            <source>Escalated</source>
            <translation>已上报</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="275" />
            <source>Reopened</source>
            <translation>重开</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="277" />
            <source>Possible duplicate</source>
            <translation>疑似重复</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="282" />
            <source>Due %1 (Beijing time)</source>
            <translation>时限 %1（北京时间）</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="286" />
            <source>A deadline has passed: escalate to a supervisor</source>
            <translation>已超过时限：请上报主管</translation>
        </message>
    </context>
    <context>
        <name>TicketSteps</name>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="100" />
            <location filename="../../app/views/complaints/steps.py" line="215" />
            <source>Queued: %1</source>
            <translation>已排队：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="118" />
            <source>Note on %1</source>
            <translation>备注 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="119" />
            <source>What was done? The note goes on the ticket's timeline.</source>
            <translation>做了什么？备注会记入工单的处理经过。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="120" />
            <source>Add note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="136" />
            <source>Escalate %1</source>
            <translation>上报主管 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="137" />
            <source>Escalate to a supervisor; hand the ticket to one of them if you like.</source>
            <translation>上报主管；也可直接把工单交给其中一位主管。</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="139" />
            <source>Escalate</source>
            <translation>上报</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="152" />
            <source>Transfer %1</source>
            <translation>转交 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="153" />
            <source>Who should handle the ticket from now on?</source>
            <translation>今后由谁处理这张工单？</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="155" />
            <source>Transfer</source>
            <translation>转交</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="187" />
            <source>Reopen %1</source>
            <translation>重新打开 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="188" />
            <source>Why is the ticket reopened?</source>
            <translation>为什么重新打开工单？</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="189" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="227" />
            <source>Save the case file</source>
            <translation>保存投诉案卷</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="244" />
            <source>Save the shift handover</source>
            <translation>保存交接班记录</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="245" />
            <source>handover-%1.pdf</source>
            <translation>交接班-%1.pdf</translation>
        </message>
    </context>
    <context>
        <name>Time</name>
        <message>
            <location filename="../../app/views/timefmt.py" line="57" />
            <source>&lt;1 min</source>
            <translation>不足1分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="59" />
            <source>%1 min</source>
            <translation>%1分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="63" />
            <source>%1 h %2 min</source>
            <translation>%1小时%2分</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="69" />
            <source>%1 d %2 h</source>
            <translation>%1天%2小时</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="78" />
            <source>%1 left</source>
            <translation>剩余 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="80" />
            <source>%1 overdue</source>
            <translation>超时 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="87" />
            <location filename="../../app/views/timefmt.py" line="89" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
    </context>
    <context>
        <name>TrainingCertificate</name>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="40" />
            <source>Training certificate</source>
            <translation>培训合格证明</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="41" />
            <source> (retraining)</source>
            <translation>（停单复训）</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="42" />
            <source>Certificate No.</source>
            <translation>证书编号</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="43" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="44" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="45" />
            <source>Course</source>
            <translation>培训课程</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="46" />
            <source>Passed on</source>
            <translation>考核通过日期</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="47" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="48" />
            <source>No expiry</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="49" />
            <source>Trainer</source>
            <translation>培训师</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="50" />
            <source>Trainer's signature</source>
            <translation>培训师签字</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="51" />
            <source>Training provider (seal)</source>
            <translation>培训机构（盖章）</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="52" />
            <source>training</source>
            <translation>培训</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="53" />
            <source>This certifies that {who} completed the {course} training and passed its theory and practical assessment on {day}.</source>
            <translation>兹证明 {who} 参加{course}培训，于 {day} 通过理论与实操考核，成绩合格，特发此证。</translation>
        </message>
    </context>
    <context>
        <name>TrainingGrid</name>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="66" />
            <source>0–5 points</source>
            <translation>0–5 分</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="68" />
            <source>1 pass / 0 fail</source>
            <translation>1 合格 / 0 不合格</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="71" />
            <source>%1; weight %2</source>
            <translation>%1；权重 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="76" />
            <source>minimum %1: below it fails the practical</source>
            <translation>最低 %1：低于此值实操不合格</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="87" />
            <source>Pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="89" />
            <source>Fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="369" />
            <source>Trainee</source>
            <translation>学员</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="370" />
            <source>Theory (pass %1)</source>
            <translation>理论（≥%1）</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="373" />
            <source>Practical (pass %1)</source>
            <translation>实操（≥%1）</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="376" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="382" />
            <source>0–100; type the digits</source>
            <translation>0–100；直接输入数字</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="431" />
            <source>amending</source>
            <translation>修订中</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="433" />
            <source>amendment sent</source>
            <translation>修订已提交</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="435" />
            <source>signed</source>
            <translation>已签署</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="437" />
            <source>signing…</source>
            <translation>签署中…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="439" />
            <source>absent</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="452" />
            <location filename="../../app/views/training/grid_model.py" line="470" />
            <source>Not scored yet</source>
            <translation>尚未评分</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="460" />
            <source>Changed elsewhere: the server has theory %1, practical %2.</source>
            <translation>已在别处修改：服务器上理论 %1，实操 %2。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_view.py" line="101" />
            <source>Move to a score cell first (Tab or the arrows).</source>
            <translation>请先移到成绩格（Tab 或方向键）。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_view.py" line="108" />
            <source>This assessment is signed: F2 amends it, with a reason.</source>
            <translation>该考核已签署：按 F2 提交修订并写明理由。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_view.py" line="115" />
            <source>%1 is off this column's scale.</source>
            <translation>%1 超出本列的分值范围。</translation>
        </message>
    </context>
    <context>
        <name>TrainingLabels</name>
        <message>
            <location filename="../../app/views/training/labels.py" line="13" />
            <source>Scheduled</source>
            <translation>已排期</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="14" />
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="15" />
            <source>Completed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="16" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="20" />
            <source>Seated</source>
            <translation>已入座</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="21" />
            <source>Waiting list</source>
            <translation>候补</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="22" />
            <source>Withdrawn</source>
            <translation>已退出</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="58" />
            <source>Pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="60" />
            <source>Fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="68" />
            <source>Present</source>
            <translation>出勤</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="70" />
            <source>Absent</source>
            <translation>缺勤</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <location filename="../../app/views/training/amend.py" line="43" />
            <location filename="../../app/views/training/documents.py" line="38" />
            <source>Select a trainee first.</source>
            <translation>请先选择学员。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="46" />
            <source>Only a signed assessment is amended; a draft is edited directly.</source>
            <translation>只有已签署的考核需要修订；草稿可直接修改。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="50" />
            <source>An amendment of this assessment is on its way.</source>
            <translation>该考核的修订正在提交。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="66" />
            <source>Type the corrections, then F2 again; Esc puts the signed scores back.</source>
            <translation>录入更正后再按 F2；按 Esc 恢复已签署的成绩。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="78" />
            <source>Nothing corrected yet (Esc to stop amending).</source>
            <translation>尚未更正任何成绩（按 Esc 退出修订）。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="87" />
            <source>Amend · %1 · %2</source>
            <translation>修订 · %1 · %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/documents.py" line="64" />
            <source>Save the sign-in sheet</source>
            <translation>保存签到表</translation>
        </message>
        <message>
            <location filename="../../app/views/training/documents.py" line="65" />
            <source>sign-in-%1-%2.pdf</source>
            <translation>签到表-%1-%2.pdf</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="85" />
            <location filename="../../app/views/training/page.py" line="300" />
            <source>Select a session</source>
            <translation>请选择场次</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="89" />
            <source>Start session</source>
            <translation>开始场次</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="90" />
            <source>Complete session</source>
            <translation>结束场次</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="113" />
            <source>Everyone is present unless you tick them off (Space toggles).</source>
            <translation>默认全员出勤，只需标出例外（空格键切换）。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="115" />
            <source>Save attendance</source>
            <translation>保存考勤</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="117" />
            <source>Sign-in sheet PDF…</source>
            <translation>签到表 PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="120" />
            <source>Training record… (Ctrl+R)</source>
            <translation>培训记录… (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="144" />
            <source>Type digits to score; Enter or Tab: next score; Backspace: clear. * marks a criterion whose minimum fails the practical.</source>
            <translation>直接输入数字评分；Enter 或 Tab：下一项；Backspace：清除。带 * 的项目未达最低分即实操不合格。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="149" />
            <source>Save draft (Ctrl+S)</source>
            <translation>保存草稿 (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="152" />
            <location filename="../../app/views/training/page.py" line="370" />
            <source>Amend… (F2)</source>
            <translation>修订… (F2)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="159" />
            <source>Sign off session…</source>
            <translation>签署本场次…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="177" />
            <source>Scoring</source>
            <translation>评分</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="178" />
            <source>Attendance</source>
            <translation>考勤</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="187" />
            <source>Sessions</source>
            <translation>场次</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="188" />
            <source>Retraining queue</source>
            <translation>复训名单</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="189" />
            <source>Recertification</source>
            <translation>复训认证</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="242" />
            <source>%1 of my sessions · %2 in all (30 days back, 60 ahead)</source>
            <translation>我的场次 %1 · 共 %2（前 30 天至后 60 天）</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="314" />
            <location filename="../../app/views/training/page.py" line="327" />
            <location filename="../../app/views/training/page.py" line="336" />
            <source>Select a session first.</source>
            <translation>请先选择场次。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="318" />
            <source>Unknown session state.</source>
            <translation>未知的场次状态。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="320" />
            <source>Not possible for a session that is %1.</source>
            <translation>场次%1，不能执行此操作。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="329" />
            <source>Attendance is taken once the session has started.</source>
            <translation>场次开始后才能登记考勤。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="331" />
            <source>Nobody is seated on this session.</source>
            <translation>本场次没有入座学员。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="338" />
            <source>Scores are signed once the session has started.</source>
            <translation>场次开始后才能签署成绩。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="341" />
            <source>Every assessment of this session is signed.</source>
            <translation>本场次的考核已全部签署。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="344" />
            <source>Enter the theory score of %1 first.</source>
            <translation>请先录入 %1 的理论成绩。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="348" />
            <source>Settle the scores changed elsewhere first.</source>
            <translation>请先处理在别处被修改的成绩。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="361" />
            <source>Nothing changed since the last save.</source>
            <translation>自上次保存以来没有修改。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="370" />
            <source>Save amendment…</source>
            <translation>保存修订…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="373" />
            <source>%1 seated · %2 absent</source>
            <translation>入座 %1 · 缺勤 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="381" />
            <source>%1 pass · %2 fail · %3 not scored · %4 unsaved</source>
            <translation>合格 %1 · 不合格 %2 · 未评分 %3 · 未保存 %4</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="73" />
            <source>Attendance · %1 %2</source>
            <translation>考勤 · %1 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="109" />
            <source>Scores · %1 · %2</source>
            <translation>成绩 · %1 · %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="123" />
            <source>%1 draft(s) queued; they are sent as soon as the server is reachable.</source>
            <translation>已排队 %1 份草稿；连上服务器后立即发送。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="145" />
            <source>Sign off the session</source>
            <translation>签署场次</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="146" />
            <source>Sign off %1 assessment(s) of %2 (%3 fail)? Signed results are locked; a correction then needs an amendment with a reason.</source>
            <translation>签署 %2 的 %1 份考核（其中 %3 份不合格）？签署后成绩锁定，更正须提交修订并写明理由。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="154" />
            <source>Sign off</source>
            <translation>签署</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="155" />
            <source>Keep editing</source>
            <translation>继续修改</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="165" />
            <source>Sign off · %1 %2</source>
            <translation>签署 · %1 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="43" />
            <source>Queued: %1</source>
            <translation>已排队：%1</translation>
        </message>
    </context>
    <context>
        <name>TrainingQueues</name>
        <message>
            <location filename="../../app/views/training/queues.py" line="45" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="46" />
            <source>Course</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="47" />
            <source>Since / valid until</source>
            <translation>处罚日期 / 有效期至</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="48" />
            <source>Booked on</source>
            <translation>已报名场次</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="51" />
            <source>due within 60 days</source>
            <translation>60 天内到期</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="52" />
            <source>due within 30 days</source>
            <translation>30 天内到期</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="53" />
            <source>lapsed</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="63" />
            <source> (full: waiting list)</source>
            <translation>（已满：进候补）</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="93" />
            <source> · %1 failed</source>
            <translation> · 未通过 %1 次</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="102" />
            <source>not booked</source>
            <translation>未报名</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="124" />
            <source>Enrol in session</source>
            <translation>报名该场次</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="161" />
            <source>Select a provider.</source>
            <translation>请先选择服务人员。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="163" />
            <source>Already booked on a session.</source>
            <translation>已报名场次。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="165" />
            <source>No session of this course is scheduled ahead.</source>
            <translation>该课程暂无后续场次。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="186" />
            <source>Enrol %1 in %2</source>
            <translation>为 %1 报名 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="192" />
            <source>Queued: %1</source>
            <translation>已排队：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="206" />
            <source>Providers on a retraining hold: passing the retraining lifts the hold.</source>
            <translation>停单复训中的服务人员：通过复训考核即解除停单。</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="213" />
            <source>Training certificates ending within 60 days, or lapsed.</source>
            <translation>60 天内到期或已过期的培训合格证明。</translation>
        </message>
    </context>
    <context>
        <name>TrainingRecord</name>
        <message>
            <location filename="../../app/views/training/record.py" line="51" />
            <source>Due within 60 days</source>
            <translation>60天内到期</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="53" />
            <source>Due within 30 days</source>
            <translation>30天内到期</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="55" />
            <source>Lapsed: recertify</source>
            <translation>已过期，须复训</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="56" />
            <source>Valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="64" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
    </context>
    <context>
        <name>TrainingRecords</name>
        <message>
            <location filename="../../app/reports/training.py" line="45" />
            <source>Contains personal information. For training records and job-eligibility checks only.</source>
            <translation>本文件含个人信息；仅限培训管理及上岗资格核验用途，请妥善保管，不得外传。</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="53" />
            <source>Training sign-in sheet</source>
            <translation>培训签到表</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="54" />
            <source>Training transcript</source>
            <translation>培训与考核记录</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="55" />
            <source>Course</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="56" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="57" />
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="58" />
            <source>Trainer</source>
            <translation>培训师</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="59" />
            <source>Expected</source>
            <translation>应到</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="60" />
            <source>Present</source>
            <translation>实到</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="61" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="62" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="63" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="64" />
            <source>Signature</source>
            <translation>本人签名</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="65" />
            <source>Time in</source>
            <translation>签到时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="66" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="67" />
            <source>waiting list</source>
            <translation>候补</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="68" />
            <source>Trainer's signature</source>
            <translation>培训师签字</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="69" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="70" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="71" />
            <source>1. Training certificates</source>
            <translation>一、培训合格证明</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="72" />
            <source>2. Sessions and assessments</source>
            <translation>二、培训与考核</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="73" />
            <source>3. Amendments</source>
            <translation>三、成绩修订记录</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="74" />
            <source>Passed</source>
            <translation>取得时间</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="75" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="76" />
            <source>Standing</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="77" />
            <source>no expiry</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="78" />
            <source>Attendance</source>
            <translation>考勤</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="79" />
            <source>Theory</source>
            <translation>理论</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="80" />
            <source>Practical</source>
            <translation>实操</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="81" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="82" />
            <source>pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="83" />
            <source>fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="84" />
            <source>draft (not signed)</source>
            <translation>草稿（未签署）</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="85" />
            <source>absent</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="86" />
            <source>present</source>
            <translation>出勤</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="87" />
            <source>waiting</source>
            <translation>候补</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="88" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="89" />
            <source>Change</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="90" />
            <source>No training certificate yet.</source>
            <translation>暂无培训合格证明。</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="91" />
            <source>No training on record.</source>
            <translation>暂无培训记录。</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="92" />
            <source>This certifies that the person above attended the training listed with the results shown; it serves as proof of pre-job training for the home-service worker card.</source>
            <translation>兹证明上述人员参加了以上培训并取得所列考核结果，可作为居家上门服务证岗前培训证明。</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="98" />
            <source>Training provider (seal)</source>
            <translation>培训机构（盖章）</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="100" />
            <source>{n}</source>
            <translation>{n} 人</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="101" />
            <source>Present: ______</source>
            <translation>实到：______ 人</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="102" />
            <source>Sessions</source>
            <translation>培训场次</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="103" />
            <source>Signed assessments</source>
            <translation>已签署考核</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="104" />
            <source>valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="105" />
            <source>retraining</source>
            <translation>复训</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="108" />
            <source>due within 60 days</source>
            <translation>60天内到期</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="109" />
            <source>due within 30 days</source>
            <translation>30天内到期</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="110" />
            <source>lapsed: recertify</source>
            <translation>已过期，须复训</translation>
        </message>
    </context>
    <context>
        <name>TrainingRoster</name>
        <message>
            <location filename="../../app/views/training/roster_model.py" line="22" />
            <source>Trainee</source>
            <translation>学员</translation>
        </message>
        <message>
            <location filename="../../app/views/training/roster_model.py" line="23" />
            <source>Enrolment</source>
            <translation>报名</translation>
        </message>
        <message>
            <location filename="../../app/views/training/roster_model.py" line="24" />
            <location filename="../../app/views/training/roster_model.py" line="133" />
            <source>Present</source>
            <translation>出勤</translation>
        </message>
        <message>
            <location filename="../../app/views/training/roster_model.py" line="127" />
            <source>Waiting #%1</source>
            <translation>候补第 %1 位</translation>
        </message>
        <message>
            <location filename="../../app/views/training/roster_model.py" line="135" />
            <source>Absent</source>
            <translation>缺勤</translation>
        </message>
    </context>
    <context>
        <name>TrainingSessions</name>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="18" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="19" />
            <source>Course</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="20" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="21" />
            <source>Seated / capacity</source>
            <translation>入座 / 名额</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="22" />
            <source>Waiting</source>
            <translation>候补</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="23" />
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="63" />
            <source>Another trainer's session</source>
            <translation>其他培训师的场次</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="73" />
            <source>%1 (retraining)</source>
            <translation>%1（停单复训）</translation>
        </message>
    </context>
    <context>
        <name>TrainingStatus</name>
        <message>
            <location filename="../../app/views/training/status.py" line="30" />
            <source>no session scheduled</source>
            <translation>暂无排期场次</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="32" />
            <source>next session %1, %2</source>
            <translation>下一场 %1，%2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="40" />
            <source>%1: not passed; %2</source>
            <translation>%1：未通过；%2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="46" />
            <source>%1: lapsed on %2; %3</source>
            <translation>%1：已于 %2 到期；%3</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="51" />
            <source>%1: passed</source>
            <translation>%1：已通过</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="53" />
            <source>%1: passed, recertification due by %2</source>
            <translation>%1：已通过，须于 %2 前复训认证</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="56" />
            <source>%1: passed, valid until %2</source>
            <translation>%1：已通过，有效期至 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="64" />
            <source>Retraining hold: passed, dispatchable again</source>
            <translation>停单复训：已通过考核，可重新派单</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="68" />
            <source>Retraining hold: enrolled in the session of %1, %2</source>
            <translation>停单复训：已报名 %1 场次，%2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="74" />
            <source>Retraining hold: not enrolled yet; %1</source>
            <translation>停单复训：尚未报名；%1</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="78" />
            <source> (%1 failed attempts)</source>
            <translation>（已 %1 次未通过）</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="130" />
            <source>No training needed for this service</source>
            <translation>该服务无需培训</translation>
        </message>
    </context>
    <context>
        <name>TrendsPanel</name>
        <message>
            <location filename="../../app/views/insight/trends.py" line="38" />
            <source>Trends</source>
            <translation>趋势</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="43" />
            <source>Last %1 days</source>
            <translation>最近 %1 天</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="46" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="73" />
            <source>Loading the last %1 days…</source>
            <translation>正在加载最近 %1 天的数据…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="88" />
            <source>%1 to %2 (Beijing time): %3 orders created, %4 completed, %5 cancelled.</source>
            <translation>%1 至 %2（北京时间）：新建订单 %3 个，完成 %4 个，取消 %5 个。</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="98" />
            <source>Trends could not be loaded: %1</source>
            <translation>无法加载趋势：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="110" />
            <source>Dispatched in time</source>
            <translation>按时派单率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="111" />
            <source>On-time arrival</source>
            <translation>准时上门率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="112" />
            <source>First-response SLA</source>
            <translation>首次响应达标率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="113" />
            <source>Resolution SLA</source>
            <translation>处理时限达标率</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="116" />
            <source>Orders created</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="117" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="118" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="120" />
            <source>Rates (per day)</source>
            <translation>比率（按天）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="122" />
            <source>Rates (per week)</source>
            <translation>比率（按周）</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="123" />
            <source>Orders</source>
            <translation>订单量</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReport</name>
        <message>
            <location filename="../../app/reports/daily.py" line="118" />
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="119" />
            <source>Last week</source>
            <translation>上周</translation>
        </message>
    </context>
</TS>
