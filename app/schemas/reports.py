"""The kept operations reports (日报 and weekly) as the API lists them."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from app.rules.kpi.schedule import ReportKind


class ReportEntry(BaseModel):
    id: int
    kind: ReportKind
    period_start: date  # the Beijing day; weekly: the Monday of its week
    generated_at: datetime
    generated_by: str
    size: int
    sha256: str


class ReportPage(BaseModel):
    data: list[ReportEntry]
    count: int


class ReportRequest(BaseModel):
    """Make (or fetch, if kept) the report of ``kind`` covering ``day``."""

    model_config = ConfigDict(extra="forbid")

    kind: ReportKind
    day: date  # weekly: any day of the week
