<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="42" />
            <source>Assign order %1</source>
            <translation>派单 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="45" />
            <source>Choose who will serve order %1 (%2 providers).</source>
            <translation>选择为订单 %1 服务的人员（共 %2 人）。</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="51" />
            <source>Filter by name or code</source>
            <translation>按姓名或工号筛选</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="64" />
            <source>Assign</source>
            <translation>派单</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="73" />
            <source>No active provider offers this service.</source>
            <translation>没有提供该服务的在岗人员。</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="111" />
            <source>serves this district</source>
            <translation>服务本区</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <location filename="../../app/views/board_page.py" line="103" />
            <source>Synchronising orders…</source>
            <translation>正在同步订单…</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="195" />
            <source>Unassign order</source>
            <translation>取消派单</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="196" />
            <source>Take order %1 away from %2 and put it back to pending?</source>
            <translation>将订单 %1 从 %2 名下撤回，改为待派单？</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="201" />
            <source>Unassign %1</source>
            <translation>取消派单 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="213" />
            <source>Cancel %1</source>
            <translation>取消订单 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="219" />
            <source>Reloading the board from the local cache…</source>
            <translation>正在从本地缓存重新加载看板…</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="278" />
            <source>Assign %1 to %2</source>
            <translation>派单 %1 → %2</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="285" />
            <source>Synchronising orders… %1 received</source>
            <translation>正在同步订单… 已接收 %1 条</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="330" />
            <source>Assign…</source>
            <translation>派单…</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="331" />
            <source>Unassign</source>
            <translation>取消派单</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="334" />
            <source>Cancel order…</source>
            <translation>取消订单…</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="338" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="339" />
            <source>Reload board</source>
            <translation>重新加载</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="342" />
            <source>Assign a provider to the selected order</source>
            <translation>为选中的订单指派服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="343" />
            <source>Take the provider off the selected order</source>
            <translation>撤回选中订单的服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="344" />
            <source>Cancel the selected order (a reason is required)</source>
            <translation>取消选中的订单（须填写原因）</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="345" />
            <source>Search the board</source>
            <translation>搜索看板</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="346" />
            <source>Reload the board from the local cache</source>
            <translation>从本地缓存重新加载看板</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="376" />
            <source>Showing %1 of %2 orders</source>
            <translation>显示 %1 / 共 %2 单</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="396" />
            <source>Select an order first.</source>
            <translation>请先选择一个订单。</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="398" />
            <source>Your role cannot change orders.</source>
            <translation>您的角色无权修改订单。</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="402" />
            <source>Unknown order state.</source>
            <translation>未知的订单状态。</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="441" />
            <source>Queued: %1</source>
            <translation>已提交：%1</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="141" />
            <source>Cancel order %1</source>
            <translation>取消订单 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="144" />
            <source>Why is order %1 cancelled? The reason is recorded and audited.</source>
            <translation>为什么取消订单 %1？取消原因将被记录并审计。</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="150" />
            <source>Choose a reason…</source>
            <translation>选择取消原因…</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="152" />
            <source>Customer asked to cancel</source>
            <translation>客户要求取消</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="153" />
            <source>No provider available in time</source>
            <translation>无法及时安排服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="154" />
            <source>Duplicate order</source>
            <translation>重复下单</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="155" />
            <source>Customer unreachable</source>
            <translation>联系不上客户</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="156" />
            <source>Address outside the service area</source>
            <translation>地址超出服务范围</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="160" />
            <source>Details (required when no reason is chosen)</source>
            <translation>详细说明（未选择原因时必填）</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="165" />
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="166" />
            <source>Keep order</source>
            <translation>保留订单</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <location filename="../../app/views/error_text.py" line="26" />
            <source>%1 seconds</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="29" />
            <source>%1 minutes</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="55" />
            <source>Your session has ended. Please log in again.</source>
            <translation>登录已失效，请重新登录。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="58" />
            <source>Wrong user name or password. Check both and try again.</source>
            <translation>用户名或密码错误，请检查后重试。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="64" />
            <source>This account is locked after too many failed attempts. Try again in %1, or ask an administrator to unlock it.</source>
            <translation>登录失败次数过多，账号已被锁定。请在 %1后重试，或联系管理员解锁。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="70" />
            <source>Too many login attempts. Try again in %1.</source>
            <translation>登录尝试过于频繁，请在 %1后重试。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="74" />
            <source>a few minutes</source>
            <translation>几分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="77" />
            <source>The server's security certificate is not trusted, so the connection was stopped. Ask your administrator to install the company's CA certificate.</source>
            <translation>服务器的安全证书不受信任，连接已中止。请联系管理员安装公司的 CA 证书。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="83" />
            <source>Cannot reach the server at %1. Check the server address and your network connection.</source>
            <translation>无法连接服务器 %1。请检查服务器地址和网络连接。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="86" />
            <source>that address</source>
            <translation>该地址</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="90" />
            <source>The server is older than this app and cannot serve it. Ask your administrator to update the server.</source>
            <translation>服务器版本低于本客户端，无法提供服务。请联系管理员升级服务器。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="96" />
            <source>The server is newer than this app. Please install the latest version of Shangmen Desk.</source>
            <translation>服务器版本高于本客户端，请安装最新版上门服务运营台。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="101" />
            <source>The server and this app do not speak the same version.</source>
            <translation>服务器与本客户端的接口版本不一致。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="105" />
            <source>Your account may not do this.</source>
            <translation>您的账号无权执行此操作。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="107" />
            <source>The server ran into a problem. Try again in a moment.</source>
            <translation>服务器出现问题，请稍后重试。</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="112" />
            <source>Unexpected error: %1</source>
            <translation>意外错误：%1</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../app/views/board_filters.py" line="100" />
            <source>All districts</source>
            <translation>全部区域</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="104" />
            <source>All services</source>
            <translation>全部服务</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="109" />
            <source>Any time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="110" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="111" />
            <source>Next 2 hours</source>
            <translation>未来 2 小时</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="112" />
            <source>Dispatch overdue</source>
            <translation>派单超时</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="119" />
            <source>Search order, customer, address, provider — pinyin initials work (Ctrl+F)</source>
            <translation>搜索订单号、客户、地址、服务人员，支持拼音首字母（Ctrl+F）</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../app/views/login_dialog.py" line="103" />
            <source>Shangmen Desk — Log in</source>
            <translation>上门服务运营台 — 登录</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="107" />
            <source>Shangmen Desk</source>
            <translation>上门服务运营台</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="109" />
            <source>On-site services operations console</source>
            <translation>上门服务运营管理平台</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="115" />
            <source>Choose a demo account…</source>
            <translation>选择演示账号…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="120" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="123" />
            <location filename="../../app/views/login_dialog.py" line="148" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="124" />
            <source>Remember me on this computer</source>
            <translation>在这台电脑上记住我</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="140" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="143" />
            <source>The built-in demo server on this computer</source>
            <translation>本机内置的演示服务器</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="144" />
            <source>Demo account</source>
            <translation>演示账号</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="147" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="155" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="225" />
            <source>Resuming your session…</source>
            <translation>正在恢复登录…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="233" />
            <source>Enter the server, your user name and your password.</source>
            <translation>请填写服务器地址、用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="256" />
            <source>Connecting to the server…</source>
            <translation>正在连接服务器…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="306" />
            <source>Your login cannot be remembered on this computer: %1</source>
            <translation>无法在这台电脑上记住登录：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="307" />
            <source>no system keyring is available.</source>
            <translation>系统钥匙串不可用。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/views/main_window.py" line="62" />
            <source>Shangmen Desk — %1</source>
            <translation>上门服务运营台 — %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="165" />
            <source>Online</source>
            <translation>在线</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="167" />
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="174" />
            <source>Last sync %1</source>
            <translation>最近同步 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="176" />
            <location filename="../../app/views/main_window.py" line="309" />
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="180" />
            <source>Feed lag %1</source>
            <translation>数据延迟 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="182" />
            <location filename="../../app/views/main_window.py" line="310" />
            <source>Feed lag —</source>
            <translation>数据延迟 —</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="185" />
            <location filename="../../app/views/main_window.py" line="311" />
            <source>Waiting to send: %1</source>
            <translation>待发送 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="187" />
            <source>Commands kept on this computer until the server confirms them</source>
            <translation>在服务器确认之前，操作指令保存在本机</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="203" />
            <source>Logging out…</source>
            <translation>正在退出登录…</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="225" />
            <source>Session ended</source>
            <translation>登录已结束</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="227" />
            <source>Your session has ended (expired or signed out elsewhere). Please log in again.</source>
            <translation>您的登录已结束（已过期或在别处退出），请重新登录。</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="273" />
            <source>Shangmen</source>
            <translation>上门</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="295" />
            <source>Log out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="296" />
            <source>Log out and forget this computer's saved login</source>
            <translation>退出登录，并清除本机保存的登录凭据</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="163" />
            <location filename="../../app/views/main_window.py" line="307" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="314" />
            <source>Show the commands the server refused</source>
            <translation>查看被服务器拒绝的操作</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="327" />
            <source>Refused: %1</source>
            <translation>被拒绝 %1</translation>
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
            <location filename="../../app/views/board_model.py" line="53" />
            <source>Order</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="54" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="55" />
            <source>Service</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="56" />
            <source>District</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="57" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="58" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="59" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="60" />
            <source>Start</source>
            <translation>预约时间</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="61" />
            <source>Dispatch by</source>
            <translation>派单截止</translation>
        </message>
        <message>
            <location filename="../../app/views/board_cells.py" line="75" />
            <source>Unassigned</source>
            <translation>未派单</translation>
        </message>
        <message>
            <location filename="../../app/views/board_cells.py" line="110" />
            <source>%1 (Beijing time)</source>
            <translation>%1（北京时间）</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPanel</name>
        <message>
            <location filename="../../app/views/order_detail.py" line="54" />
            <source>Service</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="55" />
            <source>District</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="56" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="57" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="58" />
            <source>Provider</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="59" />
            <source>Scheduled</source>
            <translation>预约时段</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="60" />
            <source>Dispatch by</source>
            <translation>派单截止</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="61" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="82" />
            <source>Timeline</source>
            <translation>订单时间线</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="88" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="88" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="88" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="97" />
            <source>Select an order to see its details.</source>
            <translation>在左侧选择一个订单查看详情。</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="135" />
            <source>Premium order</source>
            <translation>优选订单</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="143" />
            <source>Unassigned</source>
            <translation>未派单</translation>
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
        <name>Pages</name>
        <message>
            <location filename="../../app/views/pages.py" line="73" />
            <source>Dispatch board</source>
            <translation>调度看板</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="75" />
            <source>Board</source>
            <translation>调度看板</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../app/views/problems_panel.py" line="49" />
            <source>Commands the server refused — choose what to do with each</source>
            <translation>被服务器拒绝的操作 — 请逐条处理</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="55" />
            <source>Command</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="55" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="55" />
            <source>Server now</source>
            <translation>服务器当前状态</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="62" />
            <source>Retry on the current version</source>
            <translation>按最新版本重试</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="64" />
            <source>Send the command again against what the server has now</source>
            <translation>基于服务器当前的数据重新提交此操作</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="66" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="67" />
            <source>Drop the command; the server's state stays</source>
            <translation>放弃此操作，保留服务器上的状态</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="93" />
            <source>Someone changed it first</source>
            <translation>已被他人先行修改</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="99" />
            <source>Refused: %1</source>
            <translation>被拒绝：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="164" />
            <source>version %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="172" />
            <source>changed %1</source>
            <translation>更新于 %1</translation>
        </message>
    </context>
    <context>
        <name>ProviderLevel</name>
        <message>
            <location filename="../../app/views/labels.py" line="95" />
            <source>Junior</source>
            <translation>初级</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="96" />
            <source>Standard</source>
            <translation>中级</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="97" />
            <source>Senior</source>
            <translation>高级</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="98" />
            <source>Gold</source>
            <translation>金牌</translation>
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
        <name>StateChips</name>
        <message>
            <location filename="../../app/views/board_filters.py" line="55" />
            <source>Show only this state (%1)</source>
            <translation>只看此状态（%1）</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="74" />
            <source>All %1</source>
            <translation>全部 %1</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <location filename="../../app/views/sync_worker.py" line="347" />
            <source>Sync problem: %1</source>
            <translation>同步出现问题：%1</translation>
        </message>
    </context>
    <context>
        <name>Time</name>
        <message>
            <location filename="../../app/views/timefmt.py" line="46" />
            <source>%1 min</source>
            <translation>%1分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="50" />
            <source>%1 h %2 min</source>
            <translation>%1小时%2分</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="56" />
            <source>%1 d %2 h</source>
            <translation>%1天%2小时</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="65" />
            <source>%1 left</source>
            <translation>剩余 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="67" />
            <source>%1 overdue</source>
            <translation>超时 %1</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="74" />
            <location filename="../../app/views/timefmt.py" line="76" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
    </context>
</TS>
