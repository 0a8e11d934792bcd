"""Chinese for the workstation's cache purge at logout (shared workstations)."""

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
