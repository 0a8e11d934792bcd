"""Orders (订单) and their status history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.tables.base import Base, SyncedMixin, UTCDateTime
from app.models.tables.sealed import Sealed


class Order(SyncedMixin, Base):
    __tablename__ = "orders"
    __table_args__ = (
        Index("ix_orders_status_start", "status", "scheduled_start"),
        Index("ix_orders_provider_start", "provider_id", "scheduled_start"),
        # The stored reports read a period's orders by these times (app/server/services/kpi_sql).
        Index("ix_orders_created_at", "created_at"),
        Index("ix_orders_dispatch_by", "dispatch_by"),
        # The range aggregates count arrivals by the scheduled start (services/kpi_range).
        Index("ix_orders_scheduled_start", "scheduled_start"),
    )
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    code: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("providers.id"), nullable=True)
    category: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    district: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(Sealed("orders.address"))
    lat: Mapped[float] = mapped_column(Float)
    lng: Mapped[float] = mapped_column(Float)
    scheduled_start: Mapped[datetime] = mapped_column(UTCDateTime)
    scheduled_end: Mapped[datetime] = mapped_column(UTCDateTime)
    dispatch_by: Mapped[datetime] = mapped_column(UTCDateTime)
    price_cents: Mapped[int] = mapped_column(Integer)
    premium: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(500), default="")
    cancel_reason: Mapped[str] = mapped_column(String(255), default="")
    override_reason: Mapped[str] = mapped_column(String(255), default="")
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # A problem raised on an assigned order for dispatchers (e.g. the provider's certificate
    # lapsed or was revoked): travels with the order in the feed; cleared when the order is
    # reassigned, unassigned or cancelled.
    flag_code: Mapped[str] = mapped_column(String(48), default="", server_default="")
    flag_zh: Mapped[str] = mapped_column(String(500), default="", server_default="")
    flag_en: Mapped[str] = mapped_column(String(500), default="", server_default="")
    flagged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class OrderEvent(Base):
    """One step in an order's timeline. Append-only."""

    __tablename__ = "order_events"
    # A period's completions and cancellations (the stored reports' SQL counts).
    __table_args__ = (Index("ix_order_events_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("providers.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(500), default="")
