"""training records: rubrics, session states and capacity, enrolments, signed assessments,
amendments

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.tables.base import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing rows get defaults that describe them truthfully: old courses have the one pass
    # mark for both parts, old sessions happened, old assessments were final when recorded.
    with op.batch_alter_table("training_courses") as b:
        b.add_column(sa.Column("modules", sa.JSON(), nullable=False, server_default="[]"))
        b.add_column(sa.Column("rubric", sa.JSON(), nullable=False, server_default="[]"))
        b.add_column(sa.Column("theory_pass", sa.Integer(), nullable=False, server_default="60"))
        b.add_column(
            sa.Column("practical_pass", sa.Integer(), nullable=False, server_default="60")
        )
        b.add_column(
            sa.Column("absences_allowed", sa.Integer(), nullable=False, server_default="0")
        )
        b.add_column(sa.Column("validity_days", sa.Integer(), nullable=True))
    op.execute("UPDATE training_courses SET theory_pass = pass_score, practical_pass = pass_score")

    with op.batch_alter_table("training_sessions") as b:
        b.add_column(sa.Column("ends_at", UTCDateTime(), nullable=True))
        b.add_column(sa.Column("district", sa.String(length=32), nullable=True))
        b.add_column(
            sa.Column("state", sa.String(length=16), nullable=False, server_default="completed")
        )
        b.add_column(sa.Column("capacity", sa.Integer(), nullable=False, server_default="30"))
        b.create_index(b.f("ix_training_sessions_starts_at"), ["starts_at"], unique=False)

    with op.batch_alter_table("assessments") as b:
        b.alter_column("theory_score", existing_type=sa.Integer(), nullable=True)
        b.add_column(sa.Column("scores", sa.JSON(), nullable=False, server_default="{}"))
        b.add_column(sa.Column("absences", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(
            sa.Column("state", sa.String(length=16), nullable=False, server_default="signed")
        )
        b.add_column(sa.Column("signed_by", sa.Integer(), nullable=True))
        b.add_column(sa.Column("signed_at", UTCDateTime(), nullable=True))
        b.add_column(sa.Column("fail_reasons", sa.JSON(), nullable=False, server_default="[]"))
        b.add_column(sa.Column("valid_until", UTCDateTime(), nullable=True))
        b.create_foreign_key(
            b.f("fk_assessments_signed_by_users"), "users", ["signed_by"], ["id"]
        )
        b.create_index(b.f("ix_assessments_session_id"), ["session_id"], unique=False)
    op.execute("UPDATE assessments SET signed_at = assessed_at")

    op.create_table(
        "training_enrolments",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("waiting_position", sa.Integer(), nullable=True),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("sanction_id", sa.Integer(), nullable=True),
        sa.Column("enrolled_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["providers.id"],
            name=op.f("fk_training_enrolments_provider_id_providers"),
        ),
        sa.ForeignKeyConstraint(
            ["sanction_id"], ["sanctions.id"],
            name=op.f("fk_training_enrolments_sanction_id_sanctions"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["training_sessions.id"],
            name=op.f("fk_training_enrolments_session_id_training_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_enrolments")),
        sa.UniqueConstraint(
            "session_id", "provider_id", name=op.f("uq_training_enrolments_session_id")
        ),
    )  # fmt: skip
    with op.batch_alter_table("training_enrolments") as b:
        b.create_index(b.f("ix_training_enrolments_provider_id"), ["provider_id"], unique=False)
        b.create_index(b.f("ix_training_enrolments_session_id"), ["session_id"], unique=False)

    op.create_table(
        "assessment_amendments",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("by", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessments.id"],
            name=op.f("fk_assessment_amendments_assessment_id_assessments"),
        ),
        sa.ForeignKeyConstraint(
            ["by"], ["users.id"], name=op.f("fk_assessment_amendments_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_amendments")),
    )  # fmt: skip
    with op.batch_alter_table("assessment_amendments") as b:
        b.create_index(
            b.f("ix_assessment_amendments_assessment_id"), ["assessment_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("assessment_amendments")
    op.drop_table("training_enrolments")
    with op.batch_alter_table("assessments") as b:
        b.drop_index(b.f("ix_assessments_session_id"))
        b.drop_constraint(b.f("fk_assessments_signed_by_users"), type_="foreignkey")
        for name in ("valid_until", "fail_reasons", "signed_at", "signed_by", "state",
                     "absences", "scores"):  # fmt: skip
            b.drop_column(name)
        b.alter_column("theory_score", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("training_sessions") as b:
        b.drop_index(b.f("ix_training_sessions_starts_at"))
        for name in ("capacity", "state", "district", "ends_at"):
            b.drop_column(name)
    with op.batch_alter_table("training_courses") as b:
        for name in ("validity_days", "absences_allowed", "practical_pass", "theory_pass",
                     "rubric", "modules"):  # fmt: skip
            b.drop_column(name)
