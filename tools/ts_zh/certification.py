"""Chinese for the certification reviewer's page (app/views/certification), merged by
tools/fill_ts.py. Kind and reason names come from app.rules.certification in both languages."""

from __future__ import annotations

ZH: dict[str, str] = {}

_BY_CONTEXT: dict[str, dict[str, str]] = {
    "Pages": {
        "Certification review": "资质审核",
        "Review": "审核",
    },
    "CertLabels": {
        "Waiting": "待审核",
        "In review": "审核中",
        "Approved": "已通过",
        "Rejected": "已驳回",
        "Resubmission asked": "待补交",
        "Revoked": "已吊销",
        "Expired": "已过期",
        "Select a certificate in the queue first.": "请先在队列中选择一项资质。",
        "Needs a second reviewer; you gave the first approval.": (
            "需要第二位审核员复核；第一次通过是您给的。"
        ),
        "You already hold this claim.": "您已领取此项。",
        "Another reviewer is working on it.": "其他审核员正在处理。",
        "Already decided: %1.": "已审结：%1。",
        "Only your own claim can be released.": "只能释放您自己领取的项。",
        "Only an approved certificate can be revoked.": "只有已通过的资质才能吊销。",
        "Claim it first (N).": "请先领取（N）。",
    },
    "CertQueue": {
        "Age": "等待",
        "Kind": "证件类型",
        "Provider": "服务人员",
        "Number": "证件编号",
        "State": "状态",
        "Claimed by": "领取人",
        "Findings": "发现",
        "%1 min": "%1 分钟",
        "%1 h": "%1 小时",
        "%1 d": "%1 天",
        "2nd approval": "待复核",
    },
    "CertificationPage": {
        "My claims": "我领取的",
        "Name, pinyin initials or number (Ctrl+F)": "姓名、拼音首字母或证件编号（Ctrl+F）",
        "All kinds": "全部类型",
        "Enter a certificate… (Ctrl+N)": "录入资质…（Ctrl+N）",
        "Entered: it joins the queue with its findings (%1 scans).": (
            "已录入：连同核查结果进入审核队列（%1 份扫描件）。"
        ),
        "Queue": "审核队列",
        "Expiry watch (90/60/30 days, expired)": "到期提醒（90/60/30 天及已过期）",
        "Red flags only": "仅看红色警示",
        "Expiry watch (90 days): select one to see or revoke it": "到期预警（90 天）：选中可查看或吊销",
        "Revoke…": "吊销…",
        "Revoke": "吊销",
        "Why is %1 revoked? Orders it no longer covers are flagged.": "为什么吊销%1？不再符合资质的订单会被标记。",
        "This cannot be empty: the provider reads it.": "不能为空：服务人员会看到这条说明。",
        "Claim next": "领取下一项",
        "Approve": "通过",
        "Reject…": "驳回…",
        "Ask to resubmit…": "要求补交…",
        "Release": "释放",
        "%1 waiting · %2 in review · %3 shown": "待审核 %1 · 审核中 %2 · 显示 %3 项",
        "Nothing selected: press N to claim the next item.": "未选择：按 N 领取下一项。",
        "Number %1 · holder %2 · issuer %3<br>issued %4 · expires %5 · review due %6": (
            "编号 %1 · 持证人 %2 · 发证机关 %3<br>发证 %4 · 有效期至 %5 · 复审 %6"
        ),
        "Needs a second reviewer; you gave the first approval.": (
            "需要第二位审核员复核；第一次通过是您给的。"
        ),
        "First approval given; yours is the second (four-eyes).": (
            "已有第一次通过；您的将是第二次（双人复核）。"
        ),
        "High-risk kind: two different reviewers must approve.": (
            "高风险证件：须由两位不同的审核员通过。"
        ),
        "Loading findings…": "正在加载审核发现…",
        "Loading the scan…": "正在加载扫描件…",
        "Findings and scans need the server.": "审核发现和扫描件需要连接服务器。",
        "The server is not reachable.": "无法连接服务器。",
        "No findings.": "没有发现问题。",
        "No scan attached.": "未附扫描件。",
        "Nothing left to claim.": "没有可领取的项了。",
        "Claim %1": "领取 %1",
        "Reject": "驳回",
        "Ask to resubmit": "要求补交",
        "Reason": "原因",
        "Say what is wrong": "请说明问题",
    },
    "ExpiryTab": {
        "All (90 days and expired)": "全部（90 天内及已过期）",
        "Expired": "已过期",
        "Within %1 days": "%1 天内",
        "≤ %1 days": "≤ %1 天",
        "Export CSV…": "导出 CSV…",
        "The provider's certificates": "该服务人员的全部资质",
        "Certificates of %1 (newest first)": "%1 的资质（最新在前）",
        "Export the expiry watch": "导出到期提醒",
        "Exporting…": "正在导出…",
        "Saved %1 certificates to %2": "已将 %1 条资质保存到 %2",
    },
    "IntakeDialog": {
        "Enter a certificate": "录入资质",
        "Provider's name or pinyin initials": "服务人员姓名或拼音首字母",
        "As printed on the card": "与证件上一致",
        "Expiry printed on the card": "证件上印有有效期",
        "Add scans…": "添加扫描件…",
        "Find provider": "查找服务人员",
        "Provider": "服务人员",
        "Kind": "资质类型",
        "Renews": "续期/补交",
        "Number": "证件编号",
        "Holder": "持证人",
        "Issuer": "发证机关",
        "Issued on": "发证日期",
        "Scans (JPEG, PNG, PDF; 10 MB each)": "扫描件（JPEG、PNG、PDF；每份不超过 10 MB）",
        "Submit": "提交",
        "Nothing: a new certificate": "无：新资质",
        "Scans": "扫描件",
        "Scans (*.jpg *.jpeg *.png *.pdf)": "扫描件 (*.jpg *.jpeg *.png *.pdf)",
        "provider": "服务人员",
        "number": "证件编号",
        "issuer": "发证机关",
        "Missing: %1": "缺少：%1",
        "Entering a certificate needs the server.": "录入资质需要连接服务器。",
        "Sending…": "正在提交…",
        "Remove scan (Del)": "移除扫描件 (Del)",
        "%1 (sent)": "%1（已上传）",
        "%1 (may already be on the server)": "%1（可能已在服务器上）",
        (
            "%1 The server may have saved the certificate: the fields are kept as sent. "
            "Press Submit to find out and go on."
        ): "%1 服务器可能已保存该资质：各项内容保持为已发送的样子。请再按“提交”确认并继续。",
        "The certificate was saved; %1 of %2 scans did not upload: %3. "
        "Press Submit to send the rest.": "资质已保存；%2 份扫描件中有 %1 份未上传：%3。"
        "请按“提交”发送其余扫描件。",
        "%1 is larger than 10 MB; remove it or choose a smaller file.": (
            "%1 超过 10 MB，请移除或换一个较小的文件。"
        ),
        "The scan %1 could not be read; remove it or add it again.": (
            "无法读取扫描件 %1，请移除或重新添加。"
        ),
        "Still sending; this closes when the server has answered.": (
            "正在提交，服务器答复后此窗口会自动关闭。"
        ),
    },
    "DocumentViewer": {
        "Zoom in (+)": "放大 (+)",
        "Zoom out (-)": "缩小 (-)",
        "Fit": "适应窗口",
        "Rotate": "旋转",
        "No scan selected.": "未选择扫描件。",
        "This build cannot show PDFs. Ask for a photo.": "本版本无法显示 PDF，请要求提供照片。",
        "The PDF could not be read.": "无法读取该 PDF。",
        "◀ Page (PgUp)": "◀ 上一页 (PgUp)",
        "Page ▶ (PgDn)": "下一页 ▶ (PgDn)",
        "Page %1 of %2": "第 %1 页，共 %2 页",
        "The scan could not be read as an image.": "扫描件无法作为图片读取。",
        "Rendering page %1…": "正在显示第 %1 页…",
        "This page could not be shown.": "无法显示此页。",
    },
}

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    (context, source): zh for context, table in _BY_CONTEXT.items() for source, zh in table.items()
}
