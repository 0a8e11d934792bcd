"""Chinese for the outbox: stored before "queued", held commands, a damaged outbox file."""

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("SyncWorker", "Not stored: %1. The local data could not be written (%2)."): (
        "未能保存：%1。无法写入本地数据（%2）。"
    ),
    (
        "SyncWorker",
        "Some of your unsent commands could not be read from this computer's outbox file "
        "(%1). They are not deleted; the others are still sent.",
    ): "部分未发送的操作无法从本机的待发送文件中读取（%1）。它们没有被删除；其他操作照常发送。",
    (
        "OutboxNotice",
        "The file of unsent commands on this computer could not be opened (%1). Commands you "
        "make now are kept only until the app closes.",
    ): "无法打开本机的待发送操作文件（%1）。现在进行的操作只保留到本程序关闭为止。",
    (
        "OutboxNotice",
        "The file of unsent commands on this computer was damaged. All %1 command(s) in it "
        "were recovered and will be sent. The damaged file is kept as %2.",
    ): "本机的待发送操作文件已损坏。其中全部 %1 条操作均已恢复，将照常发送。损坏的文件已保留为 %2。",
    (
        "OutboxNotice",
        "The file of unsent commands on this computer was damaged. %1 command(s) were "
        "recovered and will be sent; part of the file could not be read, so commands made "
        "shortly before may be missing: check your recent work. The damaged file is kept as %2.",
    ): (
        "本机的待发送操作文件已损坏。已恢复 %1 条操作，将照常发送；文件有一部分无法读取，"
        "损坏前不久进行的操作可能缺失，请核对您最近的操作。损坏的文件已保留为 %2。"
    ),
    (
        "OutboxNotice",
        "%1 unsent command(s) kept by an earlier version of the app were found and added to "
        "the commands waiting to be sent.",
    ): "发现旧版本程序保存的 %1 条未发送操作，已加入待发送列表。",
    ("NoticeBanner", "Dismiss"): "知道了",
    ("MainWindow", "Held: %1"): "已暂扣：%1",
    ("MainWindow", "… and %1 more"): "……另有 %1 条",
    ("MainWindow", "To decide: %1"): "待处理 %1",
    ("MainWindow", "Show the commands that were not carried out (refused or held)"): (
        "查看未执行的操作（被拒绝或已暂扣）"
    ),
    (
        "ProblemsPanel",
        "Held, not sent: made against another copy of the server's data (another "
        "server, or before a reset). It is sent when you log in to that server again; "
        "here it can only be discarded."
    ): "已暂扣，未发送：该操作针对的是另一份服务器数据（另一台服务器，或数据重置之前）。再次登录那台服务器时会自动发送；在此只能放弃。",
    (
        "MainWindow",
        "%1 command(s) have not reached the server yet, and this computer could not "
        "store them (see the notice at the top): they are LOST if you go now. Wait "
        "until the server answers, or note them down. %2 anyway?",
    ): "还有 %1 条操作尚未送达服务器，且本机无法保存它们（见顶部提示）：现在离开将会丢失。请等待服务器应答，或先记下这些操作。仍要%2吗？",
}
