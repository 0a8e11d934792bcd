"""second-factor secrets and stored command answers sealed at rest; a TOTP code is good once

``users.totp_secret`` and ``idempotency_records.response_body`` (an answer can hold a one-time
password or personal data) become ``enc1:`` text sealed with the data key, like the personal
fields of 0007. ``users.totp_last_step`` remembers the last 30-second step a code was accepted
for, so the same code cannot be replayed within its window.

Revision ID: 0008_sealed_secrets
Revises: 0006_encryption
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.tables.sealed import DataKeys, keys_of

revision: str = "0008_sealed_secrets"
down_revision: str | None = "0006_encryption"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> (its key columns, the sealed column)
SEALED = {
    "users": (("id",), "totp_secret"),
    "idempotency_records": (("key", "user_id"), "response_body"),
}


def _convert(keys: DataKeys, *, seal: bool) -> None:
    bind = op.get_bind()
    for name, (key_cols, col) in SEALED.items():
        table = sa.table(name, *(sa.column(k) for k in key_cols), sa.column(col, sa.Text))
        rows = bind.execute(
            sa.select(*(table.c[k] for k in key_cols), table.c[col]).where(
                table.c[col].is_not(None)
            )
        ).all()
        column = f"{name}.{col}"
        batch = [
            {
                **{f"k_{k}": getattr(row, k) for k in key_cols},
                "v": keys.seal(getattr(row, col), column)
                if seal
                else keys.open(getattr(row, col), column),
            }
            for row in rows
        ]
        if batch:
            bind.execute(
                sa.update(table)
                .where(*(table.c[k] == sa.bindparam(f"k_{k}") for k in key_cols))
                .values({col: sa.bindparam("v")}),
                batch,
            )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.alter_column("users", "totp_secret", type_=sa.Text(), existing_nullable=True)
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
    _convert(keys_of(bind.dialect), seal=True)


def downgrade() -> None:
    bind = op.get_bind()
    _convert(keys_of(bind.dialect), seal=False)
    with op.batch_alter_table("users") as batch:
        batch.drop_column("totp_last_step")
    if bind.dialect.name == "postgresql":
        op.alter_column(
            "users", "totp_secret", type_=sa.String(length=64), existing_nullable=True
        )
