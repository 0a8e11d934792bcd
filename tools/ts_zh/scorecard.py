"""Chinese for the provider scorecard (app/views/scorecard) and the places it opens from."""

from __future__ import annotations

ZH: dict[str, str] = {}

_BY_CONTEXT: dict[str, dict[str, str]] = {
    "ScorecardDialog": {
        "Provider scorecard": "服务人员档案",
        "Loading…": "正在读取…",
        "Last 90 days": "近90天",
        "This provider": "本人",
        "Peers' median": "同类同区中位数",
        "Level": "级别",
        "Decided": "决定时间",
        "Status": "状态",
        "Appeal": "申诉",
        "Reason": "原因",
        "Certificate": "证书",
        "Expires": "有效期至",
        "Review due": "复审日期",
        "Course": "课程",
        "Assessed": "考核时间",
        "Theory": "理论",
        "Practical": "实操",
        "Result": "结果",
        "Export PDF…": "导出 PDF…",
        "Close": "关闭",
        "Figures": "指标",
        "Weekly mean rating": "每周平均评分",
        "Sanctions and appeals": "处罚与申诉",
        "Certificates": "资质证书",
        "Training results": "培训考核",
        "This provider is not on this computer.": "本机没有该服务人员的数据。",
        "%1 · %2 · since %3 (Beijing days) · %4 peers": "%1 · %2 · 自 %3 起（北京时间）· 同类同区 %4 人",
        "Orders completed": "完成订单",
        "On-time arrival": "准时到达率",
        "Cancellations": "取消订单",
        "Mean rating": "平均评分",
        "Ratings": "评分次数",
        "Complaints": "投诉",
        "Substantiated complaints": "属实投诉",
        "Fewer than 5 peers: no median.": "同类同区不足5人，不计中位数。",
        "%1 (retraining)": "%1（复训）",
        "Passed": "通过",
        "Failed": "未通过",
        "Save the provider scorecard": "保存服务人员档案",
        "scorecard-%1-%2.pdf": "服务人员档案-%1-%2.pdf",
    },
    "OrderDetailPanel": {
        "Open the provider's scorecard": "查看服务人员档案",
    },
    "CertificationPage": {
        "Provider scorecard": "服务人员档案",
    },
    "TicketDetailPanel": {
        "Open the provider's scorecard": "查看服务人员档案",
    },
    "AssignDialog": {
        "Scorecard…": "档案…",
        "The highlighted provider's scorecard": "查看所选服务人员的档案",
    },
}

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    (context, source): zh for context, table in _BY_CONTEXT.items() for source, zh in table.items()
}
