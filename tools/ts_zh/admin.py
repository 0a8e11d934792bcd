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
        "Type the 6-digit code from your authenticator app, or one of your "
        "recovery codes."
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
