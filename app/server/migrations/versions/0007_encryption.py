"""personal fields sealed at rest (AES-GCM) and a keyed hash for exact phone lookup

Phones, ID numbers and full addresses become ``enc1:<key id>:<base64>`` text sealed with the
data key (app.server.data_keys), which is bound to the connection's engine, never stored here.
On PostgreSQL the columns become TEXT (a sealed value is longer than the clear one); SQLite does
not enforce VARCHAR lengths, so its columns stay as they are (recreating a table that others
reference would trip their foreign keys).

Revision ID: 0006_encryption
Revises: 0006_accounts
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.tables.sealed import DataKeys, keys_of

revision: str = "0006_encryption"
down_revision: str | None = "0006_accounts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> (column, clear length before this revision)
SEALED = {
    "customers": (("phone", 32), ("address", 255)),
    "providers": (("phone", 32), ("id_number", 32)),
    "orders": (("address", 255),),
}
_BATCH = 2000


def _convert(keys: DataKeys, *, seal: bool) -> None:
    bind = op.get_bind()
    for name, cols in SEALED.items():
        names = [c for c, _ in cols]
        hashed = name == "customers" and seal
        table = sa.table(
            name,
            sa.column("id", sa.Integer),
            *(sa.column(c, sa.Text) for c in names),
            *([sa.column("phone_hash", sa.String)] if hashed else []),
        )
        last = 0
        while True:
            rows = bind.execute(
                sa.select(table.c.id, *(table.c[c] for c in names))
                .where(table.c.id > last)
                .order_by(table.c.id)
                .limit(_BATCH)
            ).all()
            if not rows:
                break
            batch = []
            for row in rows:
                values: dict[str, object] = {"v_id": row.id}
                for c in names:
                    value = getattr(row, c)
                    column = f"{name}.{c}"
                    if value is None:
                        values[f"v_{c}"] = None
                    elif seal:
                        values[f"v_{c}"] = keys.seal(value, column)
                    else:
                        values[f"v_{c}"] = keys.open(value, column)
                if hashed:
                    values["v_phone_hash"] = keys.lookup_hash(row.phone or "")
                batch.append(values)
            targets = [*names, *(["phone_hash"] if hashed else [])]
            bind.execute(
                sa.update(table)
                .where(table.c.id == sa.bindparam("v_id"))
                .values({c: sa.bindparam(f"v_{c}") for c in targets}),
                batch,
            )
            last = rows[-1].id


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    keys = keys_of(bind.dialect)
    if postgres:
        for name, cols in SEALED.items():
            for c, _ in cols:
                op.alter_column(name, c, type_=sa.Text(), existing_nullable=False)
    with op.batch_alter_table("customers") as batch:
        batch.add_column(
            sa.Column("phone_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch.drop_index("ix_customers_phone")  # an index of random ciphertext finds nothing
    _convert(keys, seal=True)
    with op.batch_alter_table("customers") as batch:
        batch.create_index("ix_customers_phone_hash", ["phone_hash"], unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    keys = keys_of(bind.dialect)
    _convert(keys, seal=False)
    with op.batch_alter_table("customers") as batch:
        batch.drop_index("ix_customers_phone_hash")
        batch.create_index("ix_customers_phone", ["phone"], unique=False)
    op.drop_column("customers", "phone_hash")
    if bind.dialect.name == "postgresql":
        for name, cols in SEALED.items():
            for c, length in cols:
                op.alter_column(name, c, type_=sa.String(length=length), existing_nullable=False)
