"""Chinese for the phone booking (app/views/board/intake_dialog.py and its board action), the
unassign question and the order timeline's "who" column."""

from __future__ import annotations

ZH: dict[str, str] = {}

_INTAKE: dict[str, str] = {
    "New order": "新建订单",
    "Caller's number": "来电号码",
    "Find": "查找",
    "Find the caller by their phone number first.": "请先按来电号码查找客户。",
    " min": " 分钟",
    "Premium service": "优选服务",
    "Empty: the customer's address": "留空则使用客户地址",
    "The customer's district": "客户所在区",
    "For the provider, e.g. bring a ladder": "给服务人员的备注，例如：请带梯子",
    "Create order": "创建订单",
    "Caller": "来电客户",
    "Service": "服务项目",
    "Appointment": "预约时间",
    "Length": "服务时长",
    "Price": "价格",
    "Address": "地址",
    "District": "区域",
    "Note": "备注",
    "Finding a caller needs a connection to the server.": "查找客户需要连接服务器。",
    "Type the caller's whole number: only the exact number is found.": "请输入来电的完整号码：只能查到完全一致的号码。",
    "Wait for the caller lookup to finish.": "正在查找来电客户，请稍候。",
    "The number changed: find the caller again (Enter).": "号码已更改：请重新查找来电客户（回车）。",
    "Looking up the caller…": "正在查找客户…",
    "%1 recent orders": "近期 %1 单",
    "Confirm the name and address with the caller.": "请与来电人核对姓名和地址。",
    "%1 customers share this number: pick the caller.": "%1 位客户使用此号码：请选择来电人。",
    "No customer has this number. Check it with the caller; new customers register in the "
    "customer app first.": "没有客户使用此号码。请与来电人核对；新客户须先在客户端注册。",
    "Could not look up the caller: %1": "无法查找客户：%1",
    "Usually %1–%2 min": "通常 %1–%2 分钟",
    "¥%1–%2 in the catalogue": "价目表价格 ¥%1–%2",
    "Find and pick the caller.": "请查找并选择来电客户。",
    "Ready: the order will be queued and sent.": "可以创建：订单将排队并发送。",
}

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    **{("OrderIntakeDialog", en): zh for en, zh in _INTAKE.items()},
    ("BoardPage", "New order: %1 %2"): "新建订单：%1 %2",
    ("BoardPage", "New order…"): "新建订单…",
    ("BoardPage", "Book an order for a caller (phone booking)"): "为来电客户下单（电话预约）",
    # The unassign question's buttons (not "取消派单" beside "取消").
    ("BoardPage", "Take the provider off"): "撤下服务人员",
    ("BoardPage", "Keep the provider"): "保留原服务人员",
    # The order timeline's "who" column.
    ("OrderDetailPanel", "Who"): "操作人",
    ("OrderDetailPanel", "System"): "系统",
    # Empty tables say why they are empty.
    ("BoardPage", "No orders yet."): "还没有订单。",
    ("BoardPage", "No order matches these filters. Clear the search or choose all states."): (
        "没有符合筛选条件的订单。请清空搜索或选择全部状态。"
    ),
    ("ComplaintsPage", "None of your tickets is open."): "您名下没有未结工单。",
    ("ComplaintsPage", "No open tickets in the team queue."): "团队队列中没有未结工单。",
}
