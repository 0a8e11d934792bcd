"""Chinese for losing the server: the offline banner, retry now, the built-in server's restart."""

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("OfflineBanner", "%1 s ago"): "%1 秒前",
    ("OfflineBanner", "%1 min ago"): "%1 分钟前",
    ("OfflineBanner", "%1 h %2 min ago"): "%1 小时 %2 分钟前",
    ("OfflineBanner", "Offline since %1 — last contact %2."): (
        "自 %1 起离线 — 最后一次连上服务器是 %2。"
    ),
    ("OfflineBanner", "Offline since %1 — the server has not answered yet."): (
        "自 %1 起离线 — 服务器尚未应答。"
    ),
    ("OfflineBanner", "Next try in %1 s."): "%1 秒后重试。",
    ("OfflineBanner", "Trying again…"): "正在重试…",
    ("OfflineBanner", "Retry now"): "立即重试",
    ("OfflineBanner", "Dismiss"): "知道了",
    (
        "OfflineBanner",
        "You can keep working: changes are stored on this computer and sent when the server "
        "answers. Reading works from this computer's copy; lookups that need the server do "
        "not.",
    ): (
        "您可以继续工作：所做的更改保存在本机，服务器恢复应答后自动发送。"
        "查看数据使用本机的副本；需要服务器的查询暂时无法使用。"
    ),
    ("OfflineBanner", "The built-in server stopped; restarting it…"): (
        "内置服务器已停止，正在重新启动…"
    ),
    (
        "OfflineBanner",
        "The built-in server stopped and was restarted at %1, on the same database.",
    ): "内置服务器曾停止，已于 %1 使用原数据库重新启动。",
    (
        "OfflineBanner",
        "The built-in server stopped and could not be restarted; the app keeps trying. What "
        "the server said is in %1.",
    ): "内置服务器已停止且未能重新启动，程序会继续尝试。服务器的日志见 %1。",
}
