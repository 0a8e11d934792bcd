"""Chinese for the main window and the board added after the first catalogue."""

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("MainWindow", "Quit"): "退出",
    (
        "MainWindow",
        "%1 command(s) have not reached the server yet. They stay on this computer and are "
        "sent the next time you log in here. %2 anyway?",
    ): "还有 %1 条操作尚未送达服务器。它们会保存在这台电脑上，下次您在此登录时自动发送。仍要%2吗？",
    ("LoginDialog", "the system keyring failed."): "系统钥匙串出错。",
    ("BoardPage", "A change to %1 is on its way to the server; wait for it."): (
        "订单 %1 的上一项操作正在发送到服务器，请稍候。"
    ),
    (
        "LoginDialog",
        "Use https:// for a server on another computer: over http:// your password would "
        "travel unencrypted.",
    ): "连接其他电脑上的服务器请使用 https://：使用 http:// 时密码会以明文传输。",
    ("SyncWorker", "Not stored: %1. The local data could not be opened."): (
        "未能保存：%1。无法打开本地数据。"
    ),
}
