"""Repeat-complaint detection: the same provider or customer again, or the same order twice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.rules.complaint_facts import ComplaintFacts, Id
from app.rules.reasons import Reason
from app.rules.sla import DUPLICATE_WINDOW, REPEAT_WINDOW, duration_en, duration_zh


@dataclass(frozen=True, slots=True)
class RepeatFlags:
    """Earlier complaints that a new one repeats, by id, oldest first, plus the reasons."""

    same_provider: tuple[Id, ...] = ()
    same_customer: tuple[Id, ...] = ()
    possible_duplicates: tuple[Id, ...] = ()
    reasons: tuple[Reason, ...] = ()

    @property
    def is_repeat(self) -> bool:
        return bool(self.same_provider or self.same_customer)

    @property
    def is_possible_duplicate(self) -> bool:
        return bool(self.possible_duplicates)


def repeat_complaints(
    new: ComplaintFacts, history: Sequence[ComplaintFacts], now: datetime
) -> RepeatFlags:
    """How ``new`` relates to earlier complaints opened up to ``now``.

    A complaint opened within ``REPEAT_WINDOW`` before ``now`` against the same provider or
    from the same customer is a repeat. One on the same order within ``DUPLICATE_WINDOW`` is
    a possible duplicate of the same incident instead, so it is not also counted as a repeat.
    ``new`` itself is skipped if ``history`` contains it.
    """
    earlier = sorted(
        (h for h in history if h.id != new.id and now - REPEAT_WINDOW <= h.opened_at <= now),
        key=lambda h: h.opened_at,
    )
    duplicates = tuple(
        h.id
        for h in earlier
        if new.order_id is not None
        and h.order_id == new.order_id
        and h.opened_at >= now - DUPLICATE_WINDOW
    )
    repeats = [h for h in earlier if h.id not in duplicates]
    same_provider = tuple(
        h.id for h in repeats if new.provider_id is not None and h.provider_id == new.provider_id
    )
    same_customer = tuple(h.id for h in repeats if h.customer_id == new.customer_id)

    window_zh, window_en = duration_zh(REPEAT_WINDOW), duration_en(REPEAT_WINDOW)
    reasons: list[Reason] = []
    if duplicates:
        reasons.append(
            Reason(
                "complaint.possible_duplicate",
                f"同一订单在 {duration_zh(DUPLICATE_WINDOW)} 内已有 {len(duplicates)} 张投诉工单，"
                "可能是重复投诉，请先核对再处理。",
                f"The same order already has {len(duplicates)} complaint(s) within "
                f"{duration_en(DUPLICATE_WINDOW)}: possibly a duplicate, check before handling.",
            )
        )
    if same_provider:
        reasons.append(
            Reason(
                "complaint.repeat_provider",
                f"该服务人员在 {window_zh} 内已被投诉 {len(same_provider)} 次。",
                f"This provider has had {len(same_provider)} other complaint(s) "
                f"within {window_en}.",
            )
        )
    if same_customer:
        reasons.append(
            Reason(
                "complaint.repeat_customer",
                f"该客户在 {window_zh} 内已投诉 {len(same_customer)} 次。",
                f"This customer has made {len(same_customer)} other complaint(s) "
                f"within {window_en}.",
            )
        )
    return RepeatFlags(same_provider, same_customer, duplicates, tuple(reasons))
