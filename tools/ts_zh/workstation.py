"""Chinese for the workstation: where the server address came from, the cache purge at logout."""

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("DeskController", "Local data kept"): "本地数据已保留",
    (
        "DeskController",
        "Your local data was not deleted: %1 command(s) have not reached the server "
        "yet. Log in again when the server can be reached so that they are sent.",
    ): "您的本地数据未被删除：还有 %1 条操作尚未送达服务器。请在能连接服务器时重新登录，以便发送。",
    (
        "DeskController",
        "Your local data was not deleted: the app is still talking to the server. "
        "It will be deleted at your next logout.",
    ): "您的本地数据未被删除：程序仍在与服务器通信。将在您下次退出登录时删除。",
}

ZH: dict[str, str] = {
    "The built-in demo server on this computer, with Beijing demo data.": "本机内置的演示服务器（北京演示数据）。",
    "Set for this computer by IT in %1.": "由 IT 在 %1 中为本机设置。",
    "Given on the command line (--server).": "由命令行指定（--server）。",
    "The server you used last on this computer.": "本机上次使用的服务器。",
    "Typed here, for this login.": "在此输入，仅用于本次登录。",
}
