"""How much clear personal information one person may reveal, and for what.

A reveal states a purpose. Each purpose has an hourly allowance per user, sized for a busy
shift's real work and far below what copying a customer list would need; a callback reveal
must fit the record (an open ticket or an order still under way involves that person). A
volume that is unusual, though allowed, is reported to supervisors.
"""

from __future__ import annotations

from datetime import timedelta

from app.models.enums import RevealPurpose
from app.rules.reasons import Reason

REVEAL_WINDOW = timedelta(hours=1)
REVEALS_PER_HOUR: dict[RevealPurpose, int] = {
    RevealPurpose.CALLBACK: 30,
    RevealPurpose.DISPATCH_CONTACT: 60,
    RevealPurpose.COMPLAINT_INVESTIGATION: 30,
    RevealPurpose.CERTIFICATION_REVIEW: 120,
    RevealPurpose.EMERGENCY: 10,
}
# Reveals in an hour, all purposes together, from which supervisors are told (once an hour).
UNUSUAL_REVEALS_PER_HOUR = 40

OVER_LIMIT = Reason(
    "reveal.limit",
    "本小时查看明文次数已达上限，请稍后再试或联系主管。",
    "You have reached this hour's limit of reveals for this purpose; try later or ask a "
    "supervisor.",
)
NO_OPEN_CASE = Reason(
    "reveal.purpose_mismatch",
    "回访查看须有涉及此人的未结工单或进行中的订单。",
    "A callback reveal needs an open ticket or an order under way that involves this person.",
)


def reveal_refusal(
    purpose: RevealPurpose, reveals_this_hour: int, has_open_case: bool
) -> Reason | None:
    """Why a reveal is refused, or None. ``reveals_this_hour``: this user's reveals for
    ``purpose`` in the last :data:`REVEAL_WINDOW`, not counting this one."""
    if reveals_this_hour >= REVEALS_PER_HOUR[purpose]:
        return OVER_LIMIT
    if purpose is RevealPurpose.CALLBACK and not has_open_case:
        return NO_OPEN_CASE
    return None


def is_unusual(reveals_this_hour_all_purposes: int) -> bool:
    """Whether this reveal (counted in) brings the hour's total to the reporting threshold:
    true once, at the threshold, so that supervisors get one report and not a flood."""
    return reveals_this_hour_all_purposes == UNUSUAL_REVEALS_PER_HOUR
