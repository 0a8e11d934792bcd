"""GET /kpis/range: KPI aggregates over Beijing days the desktop's cache does not hold (the
dashboard's trends), for supervisors and admins."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from app.rules.access import REPORT_READERS
from app.rules.beijing import local_day
from app.rules.kpi.definitions import TIMEZONE
from app.schemas.kpis import MAX_RANGE_DAYS, KpiRange, RangeStep
from app.server import clock
from app.server.deps import CurrentSession, DbDep
from app.server.errors import ApiError
from app.server.guards import RoleCheck
from app.server.services import kpi_range

router = APIRouter(tags=["kpis"])
Reader = Annotated[CurrentSession, Depends(RoleCheck(REPORT_READERS))]


def _refusal(start: date, end: date, today: date) -> ApiError | None:
    if end < start:
        return ApiError(
            422, "range_reversed", "结束日期早于开始日期。", "The range ends before it starts."
        )
    if end > today:
        return ApiError(
            422, "range_in_future", "范围不能晚于今天（北京时间）。",
            "The range cannot end after today (Beijing time).",
        )  # fmt: skip
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        return ApiError(
            422, "range_too_long", f"范围最多 {MAX_RANGE_DAYS} 天。",
            f"A range covers at most {MAX_RANGE_DAYS} days.",
            details={"max_days": MAX_RANGE_DAYS},
        )  # fmt: skip
    return None


@router.get("/kpis/range", response_model=KpiRange)
def kpi_range_aggregates(
    _: Reader,
    db: DbDep,
    start: Annotated[date, Query(description="first Beijing day (YYYY-MM-DD)")],
    end: Annotated[date, Query(description="last Beijing day, inclusive, not after today")],
    step: Annotated[RangeStep, Query(description="day, or week (Monday to Sunday)")] = (
        RangeStep.DAY
    ),
) -> dict[str, Any]:
    """The order and complaint KPIs of each step of ``start``..``end`` (at most 400 days) and
    of the whole range, as numerators and denominators (rates add up over steps). Closed days
    come from the server's per-day rollup (those not kept yet are counted, then kept), today
    is counted live. 422 for a reversed range, one ending after today, or one longer than 400
    days."""
    now = clock.now()
    refusal = _refusal(start, end, local_day(now))
    if refusal is not None:
        raise refusal
    steps, total = kpi_range.range_steps(db, start, end, step, now)
    body = KpiRange(
        start=start, end=end, step=step, timezone=TIMEZONE, cut_off=now, steps=steps, total=total
    )
    return body.model_dump(mode="json")
