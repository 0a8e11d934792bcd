"""kpi_days: per-Beijing-day KPI counts (numerator and denominator) for the range aggregates;
indexes on orders.scheduled_start and complaints.opened_at

Revision ID: 0010_kpi_days
Revises: 0009_stored_reports
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.tables.base import UTCDateTime

revision: str = "0010_kpi_days"
down_revision: str | None = "0009_stored_reports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kpi_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("measure", sa.String(length=32), nullable=False),
        sa.Column("numerator", sa.Integer(), nullable=False),
        sa.Column("denominator", sa.Integer(), nullable=False),
        sa.Column("computed_at", UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("day", "measure", name="pk_kpi_days"),
    )
    # Today's live counts read a day of arrivals by the scheduled start.
    op.create_index("ix_orders_scheduled_start", "orders", ["scheduled_start"])
    op.create_index("ix_complaints_opened_at", "complaints", ["opened_at"])


def downgrade() -> None:
    op.drop_index("ix_complaints_opened_at", table_name="complaints")
    op.drop_index("ix_orders_scheduled_start", table_name="orders")
    op.drop_table("kpi_days")
