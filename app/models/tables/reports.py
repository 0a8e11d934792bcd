"""Operations reports the server keeps: the 日报 and the weekly report, as PDF bytes.

The bytes live in the row, not in a file of the data folder: a report is a few hundred
kilobytes and a year of them (365 daily + 52 weekly) is tens of megabytes; in the row it is
written in the same transaction as its unique (kind, period) key, so two server processes can
never keep two reports for one period nor a row without its file, and it is backed up and
restored with the database, whichever host the processes run on (PostgreSQL).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.tables.base import Base, UTCDateTime


class StoredReport(Base):
    __tablename__ = "stored_reports"
    __table_args__ = (UniqueConstraint("kind", "period_start", name="uq_stored_reports_period"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # app.rules.kpi.schedule.ReportKind
    period_start: Mapped[date] = mapped_column(Date)  # the Beijing day (weekly: its Monday)
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    generated_by: Mapped[str] = mapped_column(String(64))  # "system" for the morning job
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # Loaded only when asked for: listing the reports must not read every PDF.
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class KpiDay(Base):
    """One KPI count of one closed Beijing day (the range aggregates' rollup): the server's
    leader fills a day once it is over and recomputes the last few to take in late changes;
    a range request fills any day still missing. Today is never kept: it is counted live.

    ``measure`` names the count and the version of the counts (``v1:created``,
    app.server.services.kpi_range.KEYS); a rate keeps its numerator and denominator, so rates
    of several days add up over a range."""

    __tablename__ = "kpi_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    measure: Mapped[str] = mapped_column(String(32), primary_key=True)
    numerator: Mapped[int] = mapped_column(Integer)
    denominator: Mapped[int] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime)
