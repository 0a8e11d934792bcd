"""Chinese for the login's later steps and the administrator's pages."""

from __future__ import annotations

ZH: dict[str, str] = {
    "I have saved them": "我已保存",
    "Continue": "继续",
    "Preparing your authenticator code…": "正在准备身份验证器二维码…",
    "Checking…": "正在验证…",
    "Copy the codes": "复制恢复码",
    (
        "Your password was set by an administrator. Choose your own: at least %1 "
        "characters, not a common password, not containing your user name."
    ): "您的密码由管理员设置，请设置自己的密码：至少 %1 个字符，不能是常见密码，不能包含用户名。",
    "New password": "新密码",
    "New password again": "再次输入新密码",
    "6-digit code": "6 位验证码",
    (
        "Your role needs a second factor. Scan this code with an authenticator "
        "app (e.g. Microsoft Authenticator, Google Authenticator), then type the "
        "6 digits it shows."
    ): "您的角色须启用两步验证。请用身份验证器应用（如 Microsoft Authenticator、"
    "Google Authenticator）扫描此二维码，然后输入显示的 6 位数字。",
    (
        "Type the 6-digit code from your authenticator app, or one of your recovery codes."
    ): "请输入身份验证器中的 6 位验证码，或一个恢复码。",
    "6-digit code or recovery code": "6 位验证码或恢复码",
    "Or enter this key by hand: %1": "或手动输入密钥：%1",
    (
        "Your second factor is set up. Keep these recovery codes somewhere safe: each "
        "one logs you in once if you lose your phone. They are shown only now."
    ): "两步验证已启用。请妥善保存以下恢复码：手机丢失时，每个恢复码可登录一次。"
    "恢复码只显示这一次。",
    "The password needs at least %1 characters.": "密码至少需要 %1 个字符。",
    "The two passwords differ.": "两次输入的密码不一致。",
    "Type the code from your authenticator app.": "请输入身份验证器中的验证码。",
}

ZH.update(
    {
        "New account": "新建账户",
        "Edit account": "编辑账户",
        "Name": "姓名",
        "Role": "角色",
        "New account…": "新建账户…",
        "Edit…": "编辑…",
        "Disable": "停用",
        "Enable": "启用",
        "Reset password": "重置密码",
        "Reset second factor": "重置两步验证",
        "End sessions": "结束会话",
        "Select an account to act on it.": "请选择一个账户再操作。",
        "Enable %1's account? They can log in again.": "启用 %1 的账户？其可再次登录。",
        "Disable %1's account? Their open sessions end at once.": (
            "停用 %1 的账户？其所有会话将立即结束。"
        ),
        "Account": "账户",
        (
            "Give %1 a new one-time password? Their sessions end and they choose a new "
            "password at the next login."
        ): "为 %1 生成新的一次性密码？其会话将结束，下次登录时须设置新密码。",
        (
            "Forget %1's authenticator (e.g. a lost phone)? They enrol a new one at the next login."
        ): "清除 %1 的身份验证器（如手机丢失）？其下次登录时重新绑定。",
        "End %1's %2 open sessions? They must log in again.": (
            "结束 %1 的 %2 个会话？其须重新登录。"
        ),
        "State": "状态",
        "Second factor": "两步验证",
        "Last login": "最近登录",
        "Sessions": "会话",
        "Action": "操作",
        "Entity": "对象",
        "From": "来源地址",
        "Detail": "详情",
        "Time": "时间",
        "User": "用户",
        "User name": "用户名",
        "Disabled": "已停用",
        "Enabled": "已启用",
        "Must change password": "须修改密码",
        "TOTP": "TOTP 验证器",
        "None": "未启用",
        "Never": "从未登录",
        "Accounts": "账户",
        "Audit log": "审计日志",
        "Entity (e.g. user)": "对象（如 user）",
        "Action starts with (e.g. account.)": "操作前缀（如 account.）",
        "Search": "查询",
        "Previous": "上一页",
        "Next": "下一页",
        "Verify chain": "校验哈希链",
        "Page %1 of %2 (%3 records)": "第 %1 / %2 页（共 %3 条）",
        "Checking the chain…": "正在校验哈希链…",
        "Intact: %1 chained records.": "完好：共 %1 条链式记录。",
        "BROKEN at record %1: it or a record before it was changed.": (
            "在第 %1 条记录处断裂：该记录或其之前的记录被改动过。"
        ),
        "One-time password": "一次性密码",
        (
            "Give this password to %1 in person. It is shown only now; they must choose "
            "their own at the first login."
        ): "请当面将此密码交给 %1。密码只显示这一次，首次登录时须改为自己的密码。",
        "Copy": "复制",
        "Done": "完成",
        "Administration": "系统管理",
        "Admin": "管理",
        "Reason (kept in the audit log):": "原因（记入审计日志）：",
}
)

ZH.update(
    {
        "Address starts with (e.g. 10.2.)": "来源地址开头（如 10.2.）",
        "Export CSV…": "导出 CSV…",
        "Exporting…": "正在导出…",
        "Saved %1 records to %2": "已将 %1 条记录保存到 %2",
        " (of %1: narrow the filter for the rest)": "（共 %1 条：其余请缩小筛选范围）",
        "Export the audit log": "导出审计日志",
        "Open": "打开",
        "Show the order, ticket or training session this record is about "
        "(or double-click it)": "查看此记录涉及的订单、工单或培训场次（也可双击该记录）",
        "Order %1 is not on the board (not in this computer's data).": (
            "订单 %1 不在调度看板上（本机数据中没有）。"
        ),
        "CSV files (*.csv)": "CSV 文件 (*.csv)",
        "Audit log": "审计日志",
        "Audit": "审计",
    }
)
