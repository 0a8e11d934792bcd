"""Read-only collections for integrators: GET /{collection} and /{collection}/{id}.

The desktop gets the same data through the change feed; these answer the same masked form.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import func, select

from app.models.enums import Role
from app.rules.access import ACCOUNT_ADMINS
from app.schemas.common import DB_INT_MAX, Page, Record, has_control_chars
from app.schemas.users import UserRecord, UsersPublic
from app.server.deps import DbDep
from app.server.errors import ApiError, not_found
from app.server.guards import Staff as Reader
from app.server.projections import ENTITIES, for_role, project
from app.server.routes.params import Offset, PathId

router = APIRouter(tags=["collections"])
# A collection the desktop reads with a typed page; the others answer the generic Page.
PAGE_MODELS: dict[str, type[BaseModel]] = {"users": UsersPublic}
ITEM_MODELS: dict[str, type[BaseModel]] = {"users": UserRecord}

COLLECTIONS: dict[str, str] = {
    "customers": "customer",
    "providers": "provider",
    "sanctions": "sanction",
    "training-courses": "training_course",
    "training-sessions": "training_session",
    "assessments": "assessment",
    "users": "user",
}
# Exact-match filters allowed per collection (phone lookup finds a caller by number).
FILTERS: dict[str, tuple[str, ...]] = {
    "customers": ("district", "code"),  # phone lookups: /customers/lookup, audited
    "providers": ("home_district", "status", "code"),
    "sanctions": ("provider_id", "status"),
    "assessments": ("provider_id",),
}


FILTER_MAX_LENGTH = 64


def filter_value(key: str, value: str) -> int | str:
    """A filter's query value as the column compares it, or 422 ``bad_filter``."""
    if key.endswith("_id"):
        # isdigit() alone accepts "²", which int() refuses; the length check comes first
        # because int() also refuses more than 4,300 digits.
        if not (value.isascii() and value.isdigit() and len(value) <= 10) or (
            int(value) > DB_INT_MAX
        ):
            raise ApiError(
                422,
                "bad_filter",
                f"筛选条件 {key} 必须是有效的编号（数字）。",
                f"Filter {key} must be an id (a number).",
                details={"field": key},
            )
        return int(value)
    if len(value) > FILTER_MAX_LENGTH or has_control_chars(value):
        raise ApiError(
            422,
            "bad_filter",
            f"筛选条件 {key} 过长或含有不允许的控制字符。",
            f"Filter {key} is too long or contains control characters.",
            details={"field": key},
        )
    return value


def _make(collection: str, entity: str) -> None:
    cls: Any = ENTITIES[entity]
    allowed = FILTERS.get(collection, ())

    def list_items(
        request: Request,
        current: Reader,
        db: DbDep,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        conds = []
        for key in allowed:
            value = request.query_params.get(key)
            if value is None:
                continue
            conds.append(getattr(cls, key) == filter_value(key, value))
        role: Role = current.actor.role
        if entity == "user" and role not in ACCOUNT_ADMINS:
            conds.append(cls.active.is_(True))  # disabled accounts: administrators only
        with db.read() as s:
            count = s.scalar(select(func.count()).select_from(cls).where(*conds)) or 0
            rows = s.scalars(
                select(cls).where(*conds).order_by(cls.id).limit(limit).offset(offset)
            ).all()
            data = [for_role(entity, project(entity, r), role) for r in rows]
        return {"data": data, "count": count}

    def get_item(item_id: PathId, current: Reader, db: DbDep) -> JSONResponse:
        with db.read() as s:
            obj = s.get(cls, item_id)
            if obj is None:
                raise not_found(entity, item_id)
            body = for_role(entity, project(entity, obj), current.actor.role)
        return JSONResponse(body, headers={"ETag": f'"{body["version"]}"'})

    list_items.__name__ = f"list_{collection.replace('-', '_')}"
    get_item.__name__ = f"get_{entity}"
    list_items.__doc__ = (
        f"List {collection}. Exact-match filters as query parameters: "
        f"{', '.join(allowed) or 'none'}."
    )
    router.get(f"/{collection}", response_model=PAGE_MODELS.get(collection, Page))(list_items)
    router.get(f"/{collection}/{{item_id}}", response_model=ITEM_MODELS.get(collection, Record))(
        get_item
    )


for _c, _e in COLLECTIONS.items():
    _make(_c, _e)
