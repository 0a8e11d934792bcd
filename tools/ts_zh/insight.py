"""Chinese for the operations dashboard (app/views/insight): the page, the KPI titles and
formulas (context "Kpi", defined in app/rules/kpi/definitions.py), merged by tools/fill_ts.py."""

from __future__ import annotations

ZH: dict[str, str] = {}

_BY_CONTEXT: dict[str, dict[str, str]] = {
    "Pages": {
        "Operations dashboard": "运营看板",
        "Dashboard": "看板",
    },
    "DashboardPage": {
        "Operations dashboard": "运营看板",
        "Export daily report…": "导出运营日报…",
        "Click to see these orders on the board.": "点击在调度看板上查看这些订单。",
        "Click a bar to see today's orders on the board (it lists whole days).": (
            "点击柱形在调度看板上查看今天的订单（看板按整天列出）。"
        ),
        "Click a bar to see that severity's open tickets in the team queue.": (
            "点击柱形在团队工单中查看该严重程度的未结工单。"
        ),
        "Click a district to see its orders on the board.": "点击城区在调度看板上查看该区订单。",
        "Export figures (CSV)…": "导出指标数据（CSV）…",
        "Every figure on this page as a table for a spreadsheet, with its formula": (
            "将本页全部指标导出为表格（含计算公式），可用电子表格打开"
        ),
        "Click to see the overdue tickets in the team queue.": "点击在团队工单中查看已超时的工单。",
        "Click to open the certification queue.": "点击打开资质审核队列。",
        "The list behind this figure is not one of your pages.": "此数字对应的列表不在您的页面中。",
        "%1 km": "%1 公里",
        "Today": "今天",
        "Same weekday last week": "上周同日",
        "h": "时",
        "Orders per hour": "每小时新建订单",
        "First response": "首次响应",
        "Resolution": "处理完毕",
        "Complaint SLA kept, % per severity (7 days)": "投诉时限达成率（%，按严重程度，近 7 日）",
        "Complaints per 1,000 orders (7 days)": "每千单投诉数（近 7 日）",
        "Dispatched before deadline (today)": "按时派单率（今日）",
        "On-time arrival (today)": "准时上门率（今日）",
        "Completed (today)": "完成订单（今日）",
        "The dashboard reads the local cache; there is none.": "看板读取本地缓存，但当前没有缓存。",
        "Loading…": "正在加载…",
        "Last week by now: %1": "上周同日此时：%1",
        "Most: %1": "最多：%1",
        "%1 waiting": "待审 %1 件",
        "30 d: %1 · 60 d: %2 · 90 d: %3": "30 天：%1 · 60 天：%2 · 90 天：%3",
        "(no reason given)": "（未填写原因）",
        "Cancellations by reason (today)": "取消原因（今日）",
        "Complaints per 1,000 orders by service (7 days)": "各服务类别每千单投诉数（近 7 日）",
        "None": "无",
    },
    "Insight": {
        "Dashboard figures": "运营看板指标",
        "Export figures": "导出指标数据",
        "The figures are still loading; try again in a moment.": "数据仍在加载，请稍后再试。",
        "Daily report": "运营日报",
        "Export daily report": "导出运营日报",
        "%1 h": "%1 小时",
        "Data %1 – %2, cut-off %2 (%3)": "数据 %1 – %2，截止 %2（%3）",
    },
    "KpiCsv": {
        "KPI": "指标",
        "Of": "范围",
        "Value": "数值",
        "Unit": "单位",
        "Numerator": "分子",
        "Denominator": "分母",
        "From (Beijing)": "起始（北京时间）",
        "Cut-off (Beijing)": "截止（北京时间）",
        "Timezone": "时区",
        "Formula": "计算公式",
        "%": "百分比（%）",
        "count": "个数",
        "per 1,000 orders": "每千单",
        "hours": "小时",
        "%1:00–%1:59": "%1:00–%1:59 时段",
        "within %1 days": "%1 天内",
        "(no reason given)": "（未填写原因）",
    },
    "Kpi": {
        "Orders created": "新建订单",
        "Orders created in the period (from Beijing midnight), against the same hours of the "
        "same weekday a week earlier": (
            "统计区间内（自北京时间零点起）新建的订单数，对比一周前同日的同一时段"
        ),
        "Dispatched before deadline": "按时派单率",
        "Orders first assigned at or before their dispatch-by time ÷ orders whose dispatch-by "
        "time fell in the period (orders cancelled unassigned before it are left out)": (
            "在派单截止时间前（含）首次派出的订单数 ÷ 派单截止时间落在统计区间内的订单数"
            "（截止前未派单即取消的订单不计）"
        ),
        "On-time arrival": "准时上门率",
        "Orders started by 15 minutes after their scheduled start ÷ orders whose start plus 15 "
        "minutes fell in the period (orders cancelled before it are left out)": (
            "在预约开始时间后 15 分钟内开始服务的订单数 ÷ 预约开始时间加 15 分钟落在统计区间内的"
            "订单数（此前已取消的订单不计）"
        ),
        "Cancellations": "取消订单",
        "Orders cancelled in the period, grouped by the reason given": (
            "统计区间内取消的订单数，按填写的取消原因分组"
        ),
        "Completed": "完成订单",
        "Orders completed in the period": "统计区间内完成的订单数",
        "Unassigned at risk": "待派单临期",
        "Pending orders whose dispatch-by time has passed or is within 30 minutes of the "
        "cut-off": "待派单订单中，派单截止时间已过或距截止时点不足 30 分钟的订单数",
        "First response within SLA": "首次响应达标率",
        "Complaints acknowledged by their first-response deadline ÷ complaints whose "
        "first-response deadline fell in the period, per severity": (
            "在首次响应时限内受理的投诉数 ÷ 首次响应时限落在统计区间内的投诉数，按严重程度分别统计"
        ),
        "Resolution within SLA": "处理时限达标率",
        "Complaints resolved by their resolution deadline (counted from opening) ÷ complaints "
        "whose resolution deadline fell in the period, per severity": (
            "在处理时限内（自立案起算）处理完毕的投诉数 ÷ 处理时限落在统计区间内的投诉数，"
            "按严重程度分别统计"
        ),
        "Complaints per 1,000 orders": "每千单投诉数",
        "Complaints opened in the period about orders of the group × 1,000 ÷ orders of the "
        "group completed in the period; not shown below 200 completed orders": (
            "统计区间内针对该组订单的投诉数 × 1,000 ÷ 该组在统计区间内完成的订单数；"
            "完成订单不足 200 单时不显示"
        ),
        "Providers on hold": "停单服务人员",
        "Providers kept off dispatch at the cut-off by an active retraining, suspension or "
        "disqualification": "截止时点因生效中的停单培训、暂停接单或清退而不能派单的服务人员数",
        "Sanctions": "处罚",
        "Sanctions decided in the period, per level": "统计区间内作出的处罚数，按级别统计",
        "Oldest certificate waiting": "资质最长等待",
        "Hours since the oldest certificate still submitted or in review was submitted, at the "
        "cut-off": "截止时点，仍处于待审核或审核中的最早一项资质自提交起经过的小时数",
        "Certificates expiring": "即将到期资质",
        "Approved certificates whose last valid day (expiry or review due, the earlier) is "
        "within 30, 60 or 90 days after the cut-off day": (
            "已通过的资质中，最后有效日（到期日与复审日中较早者）在截止日后 30、60 或 90 天内的数量"
        ),
    },
}

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    (context, source): zh for context, table in _BY_CONTEXT.items() for source, zh in table.items()
}

# The kept reports on the dashboard (app/views/insight/reports_panel.py, report_dialog.py).
_REPORTS: dict[str, dict[str, str]] = {
    "ReportsPanel": {
        "Newer": "较新",
        "Older": "较早",
        "%1–%2 of %3": "第 %1–%2 条，共 %3 条",
        "Reports": "运营报告",
        "Download…": "下载…",
        "Make report for…": "生成指定日期报告…",
        "No reports kept yet.": "尚无已保存的报告。",
        "Weekly report %1 – %2": "运营周报 %1 – %2",
        "Daily report %1": "运营日报 %1",
        "made %1": "生成于 %1",
        "%1 KB": "%1 千字节",
        "Daily report": "运营日报",
        "Weekly report": "运营周报",
        "Download report": "下载报告",
        "Saved %1": "已保存：%1",
        "Downloading…": "正在下载…",
        "Ready: %1": "已生成：%1",
        "Making the report…": "正在生成报告…",
    },
    "ReportRequestDialog": {
        "Make report": "生成报告",
        "Daily report": "运营日报",
        "Weekly report (Monday to Sunday)": "运营周报（周一至周日）",
        "Report": "报告",
        "Day": "日期",
        "Reports start in 2000.": "只能生成 2000 年以后的报告。",
        "That week has not ended yet.": "该周尚未结束。",
    },
}
ZH_IN_CONTEXT.update(
    {(context, source): zh for context, table in _REPORTS.items() for source, zh in table.items()}
)
