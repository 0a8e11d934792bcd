"""The case file's words, and ``Case``: one ticket and the language it is told in.

The section builders (``case_sections.py``) all speak through ``Case``: its labels (``t``),
staff names (``who``) and the finding, so each builder needs only the case in hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.reports.labels import FINDINGS, NONE, is_en, pick
from app.schemas.complaints import ComplaintDetail

T: dict[str, tuple[str, str]] = {
    "title": ("投诉案卷", "Complaint case file"),
    "case_no": ("案卷编号", "Case number"),
    "category": ("投诉类别", "Category"),
    "severity": ("严重程度", "Severity"),
    "status": ("工单状态", "Status"),
    "finding": ("调查认定", "Finding"),
    "opened": ("登记时间", "Opened"),
    "closed": ("结案时间", "Closed"),
    "not_closed": ("尚未结案", "not closed"),
    "customer": ("客户", "Customer"),
    "address": ("服务地址", "Address"),
    "order": ("关联订单", "Order"),
    "provider": ("服务人员", "Provider"),
    "assignee": ("经办人", "Handled by"),
    "reopened": ("重新打开", "Reopened"),
    "escalated": ("上报主管", "Escalated"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "s1": ("一、投诉记录", "1. Complaint record"),
    "s2": ("二、处理经过", "2. Handling"),
    "s3": ("三、客户回访", "3. Customer callback"),
    "s4": ("四、处理决定", "4. Decision"),
    "s5": ("五、处理时效", "5. SLA compliance"),
    "summary": ("投诉摘要", "Summary"),
    "time": ("时间", "Time"),
    "kind": ("类型", "Step"),
    "by": ("经办人", "By"),
    "content": ("内容", "Details"),
    "resolution": ("处理结果", "Resolution"),
    "resolved_at": ("处理时间", "Resolved"),
    "repeat": ("重复投诉提示", "Repeat complaint"),
    "no_steps": ("尚无处理记录。", "Nothing has been done yet."),
    "round": ("轮次", "Round"),
    "outcome": ("结果", "Outcome"),
    "note": ("说明", "Note"),
    "no_callback": ("尚未回访客户。", "The customer has not been called back yet."),
    "verdict": ("回访结论", "Callback verdict"),
    "level": ("处罚等级", "Sanction"),
    "decided_by": ("决定人", "Decided by"),
    "decided_at": ("决定时间", "Decided"),
    "reason": ("理由", "Reason"),
    "sanction_status": ("执行状态", "Status"),
    "ends_at": ("结束时间", "Ends"),
    "lifted_at": ("解除时间", "Lifted"),
    "appeal": ("申诉", "Appeal"),
    "appeal_filed": ("申诉时间", "Filed"),
    "appeal_reason": ("申诉理由", "Statement"),
    "appeal_result": ("复核结果", "Review"),
    "appeal_note": ("复核意见", "Review note"),
    "appeal_by": ("复核人", "Reviewed by"),
    "appeal_at": ("复核时间", "Reviewed"),
    "no_appeal": ("未提出申诉", "none filed"),
    "blocks": ("客户屏蔽", "Customer block"),
    "block_text": ("已按客户要求不再派该服务人员上门", "the provider is never to be sent again"),
    "blockers": ("结案尚缺", "Still needed to close"),
    "clock": ("时限", "Clock"),
    "deadline": ("截止时间", "Deadline"),
    "actual": ("实际完成", "Met at"),
    "result": ("结果", "Result"),
    "sla_note": (
        "时间均为北京时间（UTC+8），7×24 小时计时。",
        "Beijing time (UTC+8); clocks run 24/7.",
    ),
    "sla_reopen": (
        "工单重新打开后，处理时限自重新打开时起重新计算。",
        "After a reopening the resolution clock restarts from the reopening.",
    ),
    "end": ("— 以下空白 —", "— End of case file —"),
}

NO_SANCTION: dict[str, tuple[str, str]] = {
    "not_substantiated": ("投诉经调查不属实，不予处罚。", "Not substantiated: no sanction."),
    "no_finding": ("未认定投诉属实，不予处罚。", "No finding against the provider: no sanction."),
    "decided_none": ("经主管决定，不予处罚。", "A supervisor decided on no sanction."),
    "pending": ("尚未作出处罚决定。", "No sanction decision is recorded yet."),
    "no_provider": (
        "工单未涉及服务人员，无需处罚决定。",
        "No provider involved: no decision needed.",
    ),
}


class Case:
    """One ticket and how to say things about it in one language."""

    def __init__(
        self, ticket: ComplaintDetail, lang: str, people: Mapping[int, str], now: datetime
    ) -> None:
        self.ticket = ticket
        self.lang = lang
        self.people = people
        self.now = now  # the printing time: running clocks are measured against it
        self.en = is_en(lang)

    def t(self, key: str) -> str:
        return pick(T[key], self.lang)

    def who(self, user_id: object) -> str:
        if user_id is None:
            return NONE
        if isinstance(user_id, int) and user_id in self.people:
            return self.people[user_id]
        assignee = self.ticket.assignee
        if assignee is not None and assignee.id == user_id and assignee.display_name:
            return assignee.display_name
        return f"user #{user_id}" if self.en else f"用户 #{user_id}"

    def f(self, key: str, value: Any) -> tuple[str, Any]:
        """A labelled field for ``field_table``."""
        return (self.t(key), value)

    def finding(self) -> str:
        return pick(FINDINGS[self.ticket.substantiated], self.lang)
