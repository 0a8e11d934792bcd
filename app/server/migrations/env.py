"""Alembic environment: runs on the connection the server hands it (see app.server.schema)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.models.tables import Base
from app.models.tables.sealed import bind_keys
from app.server.db import default_keys, normalise_url

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic CLI: take the URL from -x url=...
        url = normalise_url(context.get_x_argument(as_dictionary=True)["url"])
        engine = create_engine(url)
        bind_keys(engine.dialect, default_keys(url))  # 0006 seals the personal fields
        with engine.begin() as conn:
            context.configure(
                connection=conn, target_metadata=target_metadata, render_as_batch=True
            )
            context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    context.run_migrations()


run()
