"""Path and query parameter types (they need FastAPI, so they are not in ``app.schemas``).

The same bounds as the body fields of ``app.schemas.common``: an id beyond PostgreSQL's
``integer`` or a naive datetime is a 422 naming the parameter, not a database error.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from app.schemas.common import DB_INT_MAX, OFFSET_MAX, Instant

PathId = Annotated[int, Path(ge=1, le=DB_INT_MAX)]
QueryId = Annotated[int | None, Query(ge=1, le=DB_INT_MAX)]
QueryInstant = Annotated[Instant | None, Query()]
Offset = Annotated[int, Query(ge=0, le=OFFSET_MAX)]
