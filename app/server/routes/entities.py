"""Read-only collections for integrators: GET /{collection} and /{collection}/{id}.

The desktop gets the same data through the change feed; these answer the same masked form.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import func, select

from app.models.enums import Role
from app.server.deps import ALL_STAFF, CurrentSession, DbDep, require_roles
from app.server.errors import ApiError, not_found
from app.server.projections import ENTITIES, for_role, project
from app.server.routes.schemas import Page

router = APIRouter(tags=["collections"])
Reader = Annotated[CurrentSession, Depends(require_roles(*ALL_STAFF))]

COLLECTIONS: dict[str, str] = {
    "customers": "customer",
    "providers": "provider",
    "certifications": "certification",
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
    "certifications": ("provider_id", "status", "kind"),
    "sanctions": ("provider_id", "status"),
    "assessments": ("provider_id",),
}


def _make(collection: str, entity: str) -> None:
    cls: Any = ENTITIES[entity]
    allowed = FILTERS.get(collection, ())

    def list_items(
        request: Request,
        current: Reader,
        db: DbDep,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        conds = []
        for key in allowed:
            value = request.query_params.get(key)
            if value is None:
                continue
            if key.endswith("_id") and not value.isdigit():
                raise ApiError(
                    422,
                    "bad_filter",
                    f"筛选条件 {key} 必须是数字。",
                    f"Filter {key} must be a number.",
                )
            conds.append(getattr(cls, key) == (int(value) if key.endswith("_id") else value))
        role: Role = current.actor.role
        with db.read() as s:
            count = s.scalar(select(func.count()).select_from(cls).where(*conds)) or 0
            rows = s.scalars(
                select(cls).where(*conds).order_by(cls.id).limit(limit).offset(offset)
            ).all()
            data = [for_role(entity, project(entity, r), role) for r in rows]
        return {"data": data, "count": count}

    def get_item(item_id: int, current: Reader, db: DbDep) -> JSONResponse:
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
    router.get(f"/{collection}", response_model=Page)(list_items)
    router.get(f"/{collection}/{{item_id}}")(get_item)


for _c, _e in COLLECTIONS.items():
    _make(_c, _e)
