"""The server's KPI aggregates over ranges of Beijing days the local cache does not hold (the
dashboard's trends)."""

from __future__ import annotations

from datetime import date, timedelta

from app.client import endpoints
from app.client.api import ApiClient
from app.schemas.kpis import KpiRange, RangeStep


def kpi_range(api: ApiClient, start: date, end: date, step: RangeStep = RangeStep.DAY) -> KpiRange:
    """The KPIs of the Beijing days ``start``..``end`` (inclusive), per ``step`` and in total."""
    params = {"start": start.isoformat(), "end": end.isoformat(), "step": step.value}
    return KpiRange.model_validate(api.get(endpoints.KPI_RANGE, params))


def last_days(api: ApiClient, today: date, days: int) -> KpiRange:
    """The last ``days`` Beijing days to ``today``: per day up to 90 days, per week beyond."""
    step = RangeStep.DAY if days <= 90 else RangeStep.WEEK
    return kpi_range(api, today - timedelta(days=days - 1), today, step)
