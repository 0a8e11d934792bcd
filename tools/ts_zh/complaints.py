"""Chinese for the complaints workbench (app/views/complaints), merged by tools/fill_ts.py.

Everything is keyed by (context, English source), so that short words ("Status", "Order")
never change another area's Chinese. Names that the rules already carry in Chinese
(severities, ticket states, sanction levels, SLA clocks) are taken from app.rules, and the
complaint categories from the case-file report, so the workbench, the rules and the PDFs
never disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.models.enums import ComplaintCategory
from app.reports.common import CATEGORY_NAMES
from app.rules.complaint_facts import SEVERITY_NAMES, STATUS_NAMES
from app.rules.sanction_facts import LEVEL_NAMES
from app.rules.sla import SlaClock
from app.views.complaints.labels import (
    CATEGORY_SOURCE,
    CLOCK_SOURCE,
    LEVEL_SOURCE,
    SEVERITY_SOURCE,
    STATUS_SOURCE,
)

ZH: dict[str, str] = {}

_BY_CONTEXT: dict[str, dict[str, str]] = {
    "Pages": {
        "Complaints workbench": "客服工作台",
        "Hotline": "热线",
    },
    "ComplaintLabels": {
        "Satisfied": "满意",
        "Not satisfied": "不满意",
        "No answer": "未接通",
        "In force": "执行中",
        "Lifted": "已解除",
        "Overturned": "已撤销",
        "Appeal pending": "申诉待决",
        "Appeal rejected": "申诉驳回",
        "Appeal granted": "申诉成立",
        "Complaint recorded": "投诉记录",
        "Handling": "处理",
        "Resolution recorded": "处理结果",
        "Transferred": "转交",
        "Escalated": "上报主管",
        "Ticket reopened": "重新打开",
        "Sanction": "处罚",
        "Status change": "状态变更",
        "No sanction": "不处罚",
        "%1 left": "剩余 %1",
        "%1 overdue": "超时 %1",
    },
    "ComplaintCommands": {
        "Acknowledge %1": "受理 %1",
        "Start investigating %1": "开始调查 %1",
        "Note on %1": "备注 %1",
        "Transfer %1": "转交 %1",
        "Escalate %1": "上报主管 %1",
        "Resolve %1": "登记处理结果 %1",
        "Callback on %1: %2": "回访 %1：%2",
        "Sanction decision on %1": "处罚决定 %1",
        "Sanction decision on %1: %2": "处罚决定 %1：%2",
        "Block provider for the customer of %1": "%1 客户屏蔽服务人员",
        "Close %1": "关闭工单 %1",
        "Reopen %1": "重新打开 %1",
        "New complaint from %1": "新投诉：%1",
    },
    "CustomerTicketsList": {
        "Opened": "登记时间",
        "Ticket": "工单号",
        "Severity": "级别",
        "Status": "状态",
        "Category": "类别",
    },
    "BlockProviderDialog": {
        "Never send this provider again": "不再派此服务人员",
        "Reason (e.g. the customer's request)": "原因（如：客户要求）",
        "Block provider": "屏蔽服务人员",
        "Dispatch will never again send %1 to %2.": "今后派单将不再安排 %1 为 %2 服务。",
    },
    "CallbackBox": {
        "Customer callback": "客户回访",
        "Log callback": "登记回访",
        "Record the callback outcome": "登记本次回访结果",
        "What happened on the call": "通话情况",
        "Reached the customer, who is satisfied with the resolution": (
            "已联系上客户，客户对处理结果满意"
        ),
        "Reached the customer, who is not satisfied: the ticket reopens": (
            "已联系上客户，客户不满意：工单将重新打开"
        ),
        "Could not reach the customer (three documented attempts count)": (
            "未能联系上客户（须有三次有记录的尝试）"
        ),
        "Called the customer at %1: satisfied with the resolution.": (
            "%1 致电客户，客户对处理结果满意。"
        ),
        "Called the customer at %1: not satisfied with the resolution.": (
            "%1 致电客户，客户对处理结果不满意。"
        ),
        "Called the customer at %1: no answer.": "%1 致电客户，无人接听。",
        "Customer satisfied": "客户满意",
        "Customer not satisfied": "客户不满意",
        "Unreachable, attempts documented": "多次联系未果，已逐次记录",
        "Unreachable so far: %1 of %2 valid attempts": "尚未联系上：有效尝试 %1 / %2 次",
        "Not called back yet": "尚未回访",
    },
    "ComplaintsPage": {
        "Enter a certificate…": "录入资质…",
        "A provider's certificate or renewal, with its scans, for review": (
            "为服务人员录入资质或换证（附扫描件），提交审核"
        ),
        "Certificate entered: it waits for review.": "资质已录入，等待审核。",
        "The local cache cannot be read from here.": "此处无法读取本地数据。",
        "This ticket is not here yet.": "本地尚无此工单，请稍候。",
        "Ticket overdue: %1": "工单超时：%1",
        "%1 missed its deadline. %2": "%1 已超过时限。%2",
        (
            "Could not read this computer's copy of the data; it is read again with the "
            "next changes."
        ): "无法读取本机的数据副本；收到下一批更新时会重新读取。",
        "%1 of your tickets are overdue.": "您有 %1 张工单已超时。",
        "%1 open tickets are overdue.": "%1 张未结工单已超时。",
        "Ticket %1 opened.": "工单 %1 已建立。",
        "Hotline": "热线受理",
        "Mine (%1)": "我的工单（%1）",
        "Team (%1)": "团队工单（%1）",
        "Team, filtered (%1 of %2)": "团队工单·已筛选（%1/%2）",
        "Handover": "交接班",
        "Take a call: look the caller up, file a complaint": "接听来电：查询来电客户，登记投诉",
        "Open tickets handled by you, most urgent first": "由您处理的未结工单，最紧急的在前",
        "Every open ticket, most urgent first": "全部未结工单，最紧急的在前",
        "Open tickets by agent, with a note for the next shift": (
            "按坐席列出未结工单，并给下一班留言"
        ),
        "Look up a caller": "查询来电客户",
        "Reload the queues": "重新加载工单列表",
        "Show all tickets": "显示全部工单",
        "overdue": "已超时",
        "Team queue shows only: %1": "团队工单仅显示：%1",
    },
    "HandoverPanel": {
        "Ticket": "工单号",
        "Severity": "级别",
        "Status": "状态",
        "Next deadline": "下一时限",
        "Summary": "摘要",
        "For the next shift: callbacks promised, customers to watch, pending decisions": (
            "留给下一班：已约定的回访、需关注的客户、待定的决定"
        ),
        "Print handover PDF…": "打印交接班记录（PDF）…",
        "Save the handover as PDF and open it": "将交接班记录保存为 PDF 并打开",
        "Shift": "班次",
        "Handover note": "交接事项",
        "%1 day shift 08:00–20:00": "%1 白班 08:00–20:00",
        "%1 night shift 20:00–08:00": "%1 晚班 20:00–次日 08:00",
        "Unassigned": "未分配",
        "%1 — %2 open, %3 overdue": "%1 — 未结 %2 张，超时 %3 张",
        "%1 open tickets, %2 overdue": "未结工单 %1 张，其中超时 %2 张",
    },
    "ComplaintForm": {
        "Severity": "级别",
        "New complaint": "登记投诉",
        "Choose the category…": "选择投诉类别…",
        "What happened, in the caller's words": "客户反映的情况（尽量用客户原话）",
        "File complaint": "提交投诉",
        "File the complaint": "提交这起投诉",
        "Discard": "放弃",
        "About": "投诉对象",
        "Category": "类别",
        "Deadlines": "时限",
        "Summary": "投诉内容",
        "suggested for %1: %2": "“%1”建议级别：%2",
        "First response by %1 (%2) · resolved by %3 (%4) · callback within %5 of it": (
            "首次响应 %1 前（%2 内）· 处理完毕 %3 前（%4 内）· 处理后 %5 内回访"
        ),
    },
    "IntakePanel": {
        "Caller's phone number, then Enter": "输入来电号码后按回车",
        "Look the caller up by phone number": "按电话号码查询来电客户",
        "Look up": "查询",
        "Type the caller's number to see who is calling.": "输入来电号码，查看是哪位客户。",
        "Order": "订单号",
        "Start": "预约时间",
        "Service": "服务项目",
        "Status": "状态",
        "Enter on an order starts a complaint about it": "在订单上按回车，即针对该订单登记投诉",
        "Ticket": "工单号",
        "Severity": "级别",
        "Next deadline": "下一时限",
        "Recent orders": "近期订单",
        "Open tickets of this caller": "该客户的未结工单",
        "Type at least the full mobile number.": "请输入完整的手机号码。",
        "Looking up %1…": "正在查询 %1…",
        "No customer has the number %1.": "没有号码为 %1 的客户。",
        "VIP": "VIP 客户",
        "Never send: %1": "不再派：%1",
        "Order %1": "订单 %1",
        "provider %1": "服务人员 %1",
        "New complaint…": "新建投诉…",
        "A complaint about the selected order, or the caller": "就选中的订单（或来电人）新建投诉",
        "%1, no particular order": "%1（不涉及具体订单）",
        "Filed. The ticket opens as soon as the server confirms it.": (
            "已提交。服务器确认后将自动打开工单。"
        ),
    },
    "NoteDialog": {
        "What was done, who was contacted, what was agreed": "做了什么、联系了谁、约定了什么",
        "Optional": "选填",
    },
    "PdfFiles": {
        "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
        "Saved %1": "已保存 %1",
        "Could not save the PDF: %1": "无法保存 PDF：%1",
    },
    "PickStaffDialog": {
        "Keep the current handler": "保持当前处理人",
        "Note (why, what is needed)": "说明（原因、需要什么）",
    },
    "ProviderSanctionsDialog": {
        "Sanctions of %1": "%1 的处罚记录",
        "Loading…": "正在加载…",
        "Decided": "决定时间",
        "Sanction": "处罚",
        "Status": "状态",
        "Until": "截止",
        "Appeal": "申诉",
        "Reason": "理由",
        "No sanctions on record.": "没有处罚记录。",
        "Dispatch hold: %1": "派单限制：%1",
        "No dispatch hold: the provider may be dispatched.": "无派单限制：可以派单。",
        "Decided by %1": "决定人：%1",
        "This provider is not in the local data yet.": "本地尚无该服务人员的数据。",
        "The local data cannot be read from here.": "此处无法读取本地数据。",
        "Could not load the sanctions.": "无法加载处罚记录。",
    },
    "ResolveDialog": {
        "Resolve %1": "登记处理结果 %1",
        "What was done, and what the customer was told (required)": (
            "做了什么、如何答复客户（必填）"
        ),
        "Substantiated: the complaint holds": "属实：投诉成立",
        "Not substantiated": "不属实",
        "No finding yet": "暂未认定",
        "Record resolution": "登记处理结果",
        "How was complaint %1 resolved?": "投诉 %1 是如何处理的？",
        "Finding about %1:": "对 %1 的认定：",
        "Finding:": "认定：",
        "A supervisor must then record a sanction decision before closing.": (
            "关闭前须由主管登记处罚决定。"
        ),
        "Without a finding the ticket cannot close; record one later.": (
            "没有认定结论工单不能关闭，请稍后补登。"
        ),
    },
    "SanctionDecisionDialog": {
        "Sanction decision on %1": "处罚决定 %1",
        "Sanction decision on %1: %2": "处罚决定 %1：%2",
        "The ladder recommends: %1": "处罚阶梯建议：%1",
        "Suspended until": "暂停至",
        "Why this decision (required, also for no sanction)": "决定理由（必填，不处罚也须写明）",
        "The customer never wants %1 again": "客户不再接受 %1 服务",
        "Reason for the block": "屏蔽原因",
        "Decision": "决定",
        "Reason": "理由",
        "Record decision": "登记决定",
        "This departs from the recommendation: say why in the reason.": (
            "与建议不同：请在理由中说明原因。"
        ),
    },
    "TicketActions": {
        "Open a ticket first.": "请先打开一张工单。",
        "Waiting for the server to confirm the last step.": "正在等待服务器确认上一步操作。",
        "The server did not offer this step.": "服务器未提供此操作。",
        "The ticket names no provider.": "工单未涉及服务人员。",
        "Acknowledge": "受理",
        "Take the ticket on: this is the first response": "受理工单（即首次响应）",
        "Investigate": "开始调查",
        "Start investigating the complaint": "开始调查这起投诉",
        "Resolve…": "登记处理结果…",
        "Record the resolution and whether the complaint is substantiated": (
            "登记处理结果以及投诉是否属实"
        ),
        "Close ticket": "关闭工单",
        "Close the ticket (needs resolution, callback and sanction decision)": (
            "关闭工单（须有处理结果、回访结果和处罚决定）"
        ),
        "Note…": "备注…",
        "Add a handling note to the timeline": "在时间线上添加处理备注",
        "Escalate…": "上报主管…",
        "Escalate to a supervisor": "上报主管",
        "Transfer…": "转交…",
        "Assign or transfer the ticket to a colleague": "分配或转交给同事",
        "Sanction…": "处罚决定…",
        "Supervisors: record the sanction decision on the provider": (
            "主管：登记对服务人员的处罚决定"
        ),
        "Never send again…": "不再派此人…",
        "The customer never wants this provider again (dispatch honours it)": (
            "客户不再接受此服务人员（派单时自动回避）"
        ),
        "Reopen…": "重新打开…",
        "Reopen the ticket for further handling": "重新打开工单继续处理",
        "Provider record": "处罚记录",
        "The provider's sanctions and their history": "服务人员的处罚及历史",
        "Case file PDF…": "投诉案卷 PDF…",
        "Save the ticket's case file as PDF": "将工单的投诉案卷保存为 PDF",
    },
    "TicketDetailPanel": {
        "Customer": "客户",
        "Order": "订单",
        "Provider": "服务人员",
        "Handled by": "处理人",
        "Category": "类别",
        "Opened": "登记时间",
        "Finding": "认定",
        "Sanction": "处罚",
        "Before this ticket can close:": "关闭工单前还须：",
        "Timeline": "处理经过",
        "Time": "时间",
        "Event": "事项",
        "By": "经办人",
        "Details": "内容",
        "Choose a ticket from a queue, or take a call.": "从工单列表中选择一张工单，或接听来电。",
        "Loading %1…": "正在加载 %1…",
        "Sending… waiting for the server": "发送中…等待服务器确认",
        "VIP": "VIP 客户",
        "No order": "无关联订单",
        "None named": "未涉及",
        "Unassigned": "未分配",
        "Substantiated": "属实",
        "Not substantiated": "不属实",
        "No finding yet": "尚未认定",
        "To decide (recommended: %1)": "待决定（建议：%1）",
        "Once the server confirms, still missing before closing:": ("服务器确认后，关闭前仍须："),
        "Callback: %1": "回访：%1",
        "Sanction: %1": "处罚：%1",
        "%1: not started": "%1：未开始",
        "%1: late, at %2": "%1：%2 超时完成",
        "%1: met at %2": "%1：%2 完成",
        "%1: %2": "%1：%2",
        "Due %1 (Beijing time)": "时限 %1（北京时间）",
    },
    "TicketQueueModel": {
        "Next deadline": "下一时限",
        "Severity": "级别",
        "Ticket": "工单号",
        "Status": "状态",
        "Category": "类别",
        "Handled by": "处理人",
        "Flags": "提示",
        "Summary": "摘要",
        "Waiting to close": "待关闭",
        "Unassigned": "未分配",
        "Escalate": "需上报",
        "Escalated": "已上报",
        "Reopened": "重开",
        "Possible duplicate": "疑似重复",
        "Due %1 (Beijing time)": "时限 %1（北京时间）",
        "A deadline has passed: escalate to a supervisor": "已超过时限：请上报主管",
    },
    "TicketSteps": {
        "Queued: %1": "已排队：%1",
        "Note on %1": "备注 %1",
        "What was done? The note goes on the ticket's timeline.": (
            "做了什么？备注会记入工单的处理经过。"
        ),
        "Add note": "添加备注",
        "Escalate %1": "上报主管 %1",
        "Escalate to a supervisor; hand the ticket to one of them if you like.": (
            "上报主管；也可直接把工单交给其中一位主管。"
        ),
        "Escalate": "上报",
        "Transfer %1": "转交 %1",
        "Who should handle the ticket from now on?": "今后由谁处理这张工单？",
        "Transfer": "转交",
        "Reopen %1": "重新打开 %1",
        "Why is the ticket reopened?": "为什么重新打开工单？",
        "Reopen": "重新打开",
        "Save the case file": "保存投诉案卷",
        "Save the shift handover": "保存交接班记录",
        "handover-%1.pdf": "交接班-%1.pdf",
    },
}

# The SLA clocks' Chinese: the rules name them by Text (context "SlaClock"), the workbench by
# ComplaintLabels; both read the same words from here.
CLOCK_ZH: dict[SlaClock, str] = {
    SlaClock.FIRST_RESPONSE: "首次响应",
    SlaClock.RESOLUTION: "处理完毕",
    SlaClock.CALLBACK: "客户回访",
}
_BY_CONTEXT["SlaClock"] = {
    "first response": CLOCK_ZH[SlaClock.FIRST_RESPONSE],
    "resolution": CLOCK_ZH[SlaClock.RESOLUTION],
    "callback": CLOCK_ZH[SlaClock.CALLBACK],
}

# The complaint categories' Chinese: the reports name them by Text (context "Reports"), the
# workbench by ComplaintLabels; both read the same words from here.
CATEGORY_ZH: dict[ComplaintCategory, str] = {
    ComplaintCategory.SAFETY: "安全隐患",
    ComplaintCategory.THEFT: "财物丢失",
    ComplaintCategory.INJURY: "人身伤害",
    ComplaintCategory.QUALITY: "服务质量",
    ComplaintCategory.ATTITUDE: "服务态度",
    ComplaintCategory.LATENESS: "迟到",
    ComplaintCategory.NO_SHOW: "未上门",
    ComplaintCategory.PRICING: "收费争议",
    ComplaintCategory.DAMAGE: "物品损坏",
    ComplaintCategory.OTHER: "其他",
}
_BY_CONTEXT["Reports"] = {CATEGORY_NAMES[code].source: zh for code, zh in CATEGORY_ZH.items()}

# The rules' own Chinese names for the codes the workbench labels.
_RULE_NAMES: list[tuple[dict, dict]] = [  # type: ignore[type-arg]
    (SEVERITY_SOURCE, SEVERITY_NAMES),
    (STATUS_SOURCE, STATUS_NAMES),
    (LEVEL_SOURCE, LEVEL_NAMES),
    (CLOCK_SOURCE, {code: (CLOCK_ZH[code],) for code in SlaClock}),
    (CATEGORY_SOURCE, {code: (CATEGORY_ZH[code],) for code in ComplaintCategory}),
]
for _sources, _names in _RULE_NAMES:
    for _code, _source in _sources.items():
        _BY_CONTEXT["ComplaintLabels"].setdefault(_source, _names[_code][0])

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    (context, source): zh for context, table in _BY_CONTEXT.items() for source, zh in table.items()
}
