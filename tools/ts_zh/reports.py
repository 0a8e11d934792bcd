"""Chinese for the PDF and CSV reports (app/reports): one translation context per report.

The reports name their words in English (``QT_TRANSLATE_NOOP(context, "...")``) and read the
Chinese back from the zh_CN catalogue through ``app.i18n.catalogue``; the wording here is the
one the documents printed before, so a printed report reads the same.
"""

from __future__ import annotations

ZH: dict[str, str] = {}

_BY_CONTEXT: dict[str, dict[str, str]] = {
    "DailyReport": {
        "Daily operations report": "运营日报",
        "Order figures cover the day; complaints and sanctions the 7 days up to it.": "订单指标按当日统计；投诉与处罚按截至当日的近 7 日统计。",
        "Weekly operations report": "运营周报",
        "Orders, complaints and sanctions cover the week (Monday to Sunday); orders per hour add up the week.": "订单、投诉与处罚均按本周（周一至周日）统计；每小时订单为一周合计。",
        "1. Orders": "一、订单",
        "2. Complaints": "二、投诉",
        "3. Providers and certification": "三、服务人员与资质",
        "Orders per hour (bars: the day; line: same weekday last week)": "每小时新建订单（柱：当日；线：上周同日）",
        "Complaint SLA kept (%, per severity)": "投诉时限达成率（%，按严重程度）",
        "Reason": "取消原因",
        "Count": "数量",
        "(no reason given)": "（未填写原因）",
        "Severity": "严重程度",
        "First response": "首次响应",
        "Resolution": "处理完毕",
        "District": "区",
        "Service": "服务类别",
        "Complaints": "投诉数",
        "Completed orders": "完成订单",
        "Per 1,000": "每千单",
        "Level": "处罚级别",
        "Decided (7 days)": "7 日内决定",
        "Holding now": "当前停单",
        "Within": "到期期限",
        "within {n} days": "{n} 天内",
        "Data {a} – {b}, cut-off {b} ({tz})": "数据区间 {a} – {b}，截止 {b}（{tz}）",
        "Same weekday last week by then: {n}": "上周同日同时段：{n}",
        "Orders per hour (bars: this week's total; line: last week's)": "每小时新建订单（柱：本周合计；线：上周合计）",
        "Last week: {n}": "上周：{n}",
        "{n} waiting, median wait {m}": "待审 {n} 件，中位等待 {m}",
        "{n} h": "{n} 小时",
        "4. Follow-up, providers at work and training": "四、投诉跟进、在岗与培训",
        "KPI": "指标",
        "Figure": "数值",
        "From": "计算依据",
        "same provider {p} · same customer {c}": "同一服务人员 {p} · 同一客户 {c}",
        "{n} orders / {d} provider-days": "{n} 单 / {d} 人日",
        "before retraining {b}, {n} providers": "再培训前 {b}，{n} 人",
        "Group": "分组",
        "Active providers": "在岗服务人员",
        "Course / trainer": "课程 / 培训师",
        "Passed / assessed": "通过 / 考核",
        "Pass rate": "通过率",
        "Before": "再培训前",
        "After": "再培训后",
        "trainer {n}": "培训师 {n}",
        "(no trainer)": "（无培训师）",
        "All courses": "全部课程",
        "The day": "当日",
        "Last week": "上周同日",
        "h": "时",
    },
    "WeeklyReport": {
        "This week": "本周",
        "Last week": "上周",
    },
}

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    (context, source): zh for context, table in _BY_CONTEXT.items() for source, zh in table.items()
}
