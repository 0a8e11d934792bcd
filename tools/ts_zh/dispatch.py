"""Chinese for smart dispatch on the desktop (app/views/dispatch and its board and page entries),
merged by tools/fill_ts.py.

Keyed by (context, English source) so that short words ("Plan", "Order") never change another
area's Chinese. Reasons and score-term labels come from the server in both languages and are not
translated here.
"""

from __future__ import annotations

ZH: dict[str, str] = {}

_ASSIGN_DIALOG: dict[str, str] = {
    "Assign order %1": "派单 %1",
    "Enter assigns the highlighted provider · 1–9 assign by number · Esc closes": (
        "回车派给选中的人员 · 数字键 1–9 按序号直接派单 · Esc 关闭"
    ),
    "Ranking providers for this order…": "正在为该订单计算候选服务人员…",
    "Providers who are not eligible need an override reason.": (
        "不符合条件的服务人员，须填写强制派单原因后才能派出。"
    ),
    "★ the order · blue: eligible · grey, dashed: not eligible": (
        "★ 订单位置 · 蓝色：可派 · 灰色虚线：不可派"
    ),
    "Assign": "派单",
    "Try again": "重试",
    "%1 eligible providers, best first; %2 nearby cannot be sent.": (
        "%1 位可派人员，按综合得分排序；附近另有 %2 位不可派。"
    ),
    "Could not rank providers: %1": "无法获取候选人员：%1",
    "The server cannot be reached: ranking from this computer's data…": (
        "无法连接服务器：正在用本机数据排序…"
    ),
    "Offline: ranked from this computer's data; the server checks again when it receives the "
    "assignment.": "离线：按本机数据排序；服务器收到派单后会重新核验。",
    "There is no candidate %1.": "没有序号为 %1 的候选人员。",
    "%1 cannot be sent: %2. Only a supervisor may override this.": (
        "%1 不可派：%2。只有主管可以强制派单。"
    ),
    "No provider is eligible. You may still send one of those below with a reason.": (
        "没有符合条件的服务人员。您仍可填写原因，强制派给下列人员之一。"
    ),
    "No provider is eligible for this order now.": "目前没有符合该订单派单条件的服务人员。",
}

_OVERRIDE_DIALOG: dict[str, str] = {
    "Override eligibility": "强制派单",
    "%1 is not eligible for this order:": "%1 不符合该订单的派单条件：",
    "Send them anyway only with a reason. It is recorded on the order and audited.": (
        "强制派单必须填写原因，原因将记录在订单上并被审计。"
    ),
    "Why this provider despite the rules (required)": "为什么仍要派此人（必填）",
    "Assign with override": "强制派单",
}

_CANDIDATES: dict[tuple[str, str], str] = {
    ("CandidateDelegate", "%1 min · %2 pts"): "约%1分钟 · %2分",
    ("CandidateDelegate", "%1 km · not eligible"): "%1 公里 · 不可派",
    ("CandidateDelegate", "%1 orders that day"): "当天已有 %1 单",
    ("CandidatesModel", "Score %1"): "综合得分 %1",
    ("CandidatesModel", "Not eligible (%1 km away):"): "不可派（距离 %1 公里）：",
    ("DispatchMap", "Order"): "订单",
    ("DispatchMap", "%1 km"): "%1 公里",
}

_WINDOW_BAR: dict[str, str] = {
    "All districts": "全部区域",
    "Plan": "生成方案",
    "Due by +2 h": "2 小时内须派",
    "Plan the orders that must be dispatched within the next two hours, and those already "
    "late today": "规划今天已超时及未来 2 小时内须派单的订单",
    "Due from": "派单截止 从",
    "to": "至",
    "District": "区域",
    "The window must end after it starts.": "结束时间必须晚于开始时间。",
    "A window is at most two days.": "时间段最长为两天。",
    "Plan the window (F5)": "为该时间段生成派单方案（F5）",
}

_AUTO_DISPATCH_PAGE: dict[str, str] = {
    "Apply the plan": "执行派单方案",
    "Assign %1 orders now, as planned?": "按方案立即派出 %1 单？",
    "%1 more pending order(s) lie outside this window.": "另有 %1 单待派订单不在此时间段内。",
    "No pending order must be dispatched in this window.": "该时间段内没有须派出的待派订单。",
    "%1 pending order(s) lie outside it: widen the window to plan them.": (
        "有 %1 单待派订单在此时间段之外：放宽时间段即可纳入规划。"
    ),
    "The server's plan could not be read.": "无法读取服务器返回的派单方案。",
    "Plan": "生成方案",
    "Choose a window and press Plan (F5).": "选择时间段后点击“生成方案”（F5）。",
    "Plan again": "重新生成方案",
    "Discard": "放弃",
    "Apply plan": "应用方案",
    "Auto-dispatch needs a connection to the server.": "智能派单需要连接服务器。",
    "Planning…": "正在生成方案…",
    "Applying %1 assignments…": "正在应用 %1 个派单…",
    "Plan discarded. Nothing was assigned.": "方案已放弃，没有派出任何订单。",
    "Applied %1 assignments.": "已应用 %1 个派单。",
    "Nothing was applied: %1 order(s) changed since planning (%2). Plan again to include what "
    "changed.": "未应用任何派单：方案生成后有 %1 个订单发生变化（%2）。请重新生成方案。",
    "Could not apply: %1": "无法应用方案：%1",
    "Could not plan: %1": "无法生成方案：%1",
    "%1 order(s) in this plan changed since planning (%2). Plan again first.": (
        "方案中有 %1 个订单在生成后发生变化（%2），请先重新生成方案。"
    ),
    "%1 of %2 orders planned, %3 left unassigned.": "%2 个订单中已规划 %1 个，%3 个未能派出。",
    "Travel: %1 min in total.": "总路程约 %1 分钟。",
    "Travel: %1 min in total, against %2 min for nearest-first (%3 min less, ratio %4).": (
        "总路程约 %1 分钟，就近派单需 %2 分钟（少 %3 分钟，比值 %4）。"
    ),
    "Apply %1 assignments": "应用 %1 个派单",
}

_PLAN_MODEL: dict[str, str] = {
    "due %1": "截止 %1",
    "Order": "订单号",
    "Start": "预约时间",
    "Service": "服务项目",
    "→ Provider": "→ 服务人员",
    "Travel": "路程",
    "Why / due": "原因 / 派单截止",
    "Not assigned": "未派出",
    "%1 min": "%1分钟",
    "Refused: %1": "被拒绝：%1",
    "Changed since planning: the order is gone": "方案生成后已变化：订单已不存在",
    "Changed since planning: now %1": "方案生成后已变化：现为%1",
    "Changed since planning": "方案生成后已变化",
}

_BOARD_PAGE: dict[str, str] = {
    "%1 (override)": "%1（强制派单）",
    "Auto-dispatch…": "智能派单…",
    "Plan every pending order of a time window at once": "一次性为某个时间段内的待派订单生成方案",
}

_BROKEN_ORDERS_PANEL: dict[str, str] = {
    "Reassign…": "改派…",
    "Reassign… (R)": "改派…（R）",
    "Give the highlighted order to an eligible provider (R)": "将选中的订单改派给符合条件的服务人员（R）",
    "Problems: %1 future orders whose provider no longer qualifies": (
        "待处理问题：%1 个未来订单的服务人员已不符合派单条件"
    ),
    "Reassigning needs the server: it ranks the candidates.": "改派需要连接服务器：由服务器对候选人排序。",
}

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("OrderDetailPanel", "Certificates"): "资质证书",
    ("CertificateStatus", "Every certificate this service needs covers the order"): (
        "该服务所需的资质均覆盖此订单"
    ),
    **{("BrokenOrdersPanel", en): zh for en, zh in _BROKEN_ORDERS_PANEL.items()},
    **{("AssignDialog", en): zh for en, zh in _ASSIGN_DIALOG.items()},
    **{("OverrideDialog", en): zh for en, zh in _OVERRIDE_DIALOG.items()},
    **_CANDIDATES,
    **{("PlanWindowBar", en): zh for en, zh in _WINDOW_BAR.items()},
    **{("AutoDispatchPage", en): zh for en, zh in _AUTO_DISPATCH_PAGE.items()},
    **{("PlanModel", en): zh for en, zh in _PLAN_MODEL.items()},
    **{("BoardPage", en): zh for en, zh in _BOARD_PAGE.items()},
    ("Pages", "Auto-dispatch"): "智能派单",
    ("Pages", "Plan"): "批量派单",
}
