"""stored operations reports: the daily and weekly PDFs the server keeps; indexes for them

One row per (kind, period start): the unique key makes the morning job and on-demand
requests from several server processes keep at most one report per period.

Revision ID: 0009_stored_reports
Revises: 0008_sealed_secrets
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.tables.base import UTCDateTime

revision: str = "0009_stored_reports"
down_revision: str | None = "0008_sealed_secrets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stored_reports",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("generated_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("generated_by", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.UniqueConstraint("kind", "period_start", name="uq_stored_reports_period"),
    )


    # A report reads a period's orders by time and counts its completions in SQL.
    op.create_index("ix_orders_created_at", "orders", ["created_at"])
    op.create_index("ix_orders_dispatch_by", "orders", ["dispatch_by"])
    op.create_index("ix_order_events_at", "order_events", ["at"])


def downgrade() -> None:
    op.drop_index("ix_order_events_at", table_name="order_events")
    op.drop_index("ix_orders_dispatch_by", table_name="orders")
    op.drop_index("ix_orders_created_at", table_name="orders")
    op.drop_table("stored_reports")
