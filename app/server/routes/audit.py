"""GET /audit: the append-only audit log, for supervisors and admins."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import func, select

from app.models import tables as t
from app.rules.access import AUDIT_READERS
from app.schemas.audit import AUDIT_COLUMNS, AuditPage, AuditVerify
from app.schemas.common import NoControlChars
from app.server.audit_chain import first_broken_link
from app.server.deps import CurrentSession, DbDep
from app.server.guards import RoleCheck
from app.server.projections import to_wire
from app.server.routes.params import Offset, QueryId, QueryInstant

router = APIRouter(tags=["audit"])
Supervisor = Annotated[CurrentSession, Depends(RoleCheck(AUDIT_READERS))]


@router.get("/audit", response_model=AuditPage)
def audit_log(
    _: Supervisor,
    db: DbDep,
    action: Annotated[
        str | None, Query(max_length=64, description="prefix, e.g. order."), NoControlChars
    ] = None,
    entity: Annotated[str | None, Query(max_length=32), NoControlChars] = None,
    entity_id: QueryId = None,
    username: Annotated[str | None, Query(max_length=64), NoControlChars] = None,
    address: Annotated[
        str | None, Query(max_length=64, description="prefix, e.g. 10.2."), NoControlChars
    ] = None,
    since: QueryInstant = None,
    until: QueryInstant = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    offset: Offset = 0,
) -> dict[str, Any]:
    a = t.AuditLog
    conds: list[Any] = []
    if action:
        conds.append(a.action.startswith(action, autoescape=True))  # q=% is literal
    if entity:
        conds.append(a.entity == entity)
    if entity_id is not None:
        conds.append(a.entity_id == entity_id)
    if username:
        conds.append(a.username == username)
    if address:
        conds.append(a.client_address.startswith(address, autoescape=True))
    if since:
        conds.append(a.at >= since)
    if until:
        conds.append(a.at < until)
    with db.read() as s:
        count = s.scalar(select(func.count()).select_from(a).where(*conds)) or 0
        rows = s.scalars(
            select(a).where(*conds).order_by(a.id.desc()).limit(limit).offset(offset)
        ).all()
        data = [{c: to_wire(getattr(r, c)) for c in AUDIT_COLUMNS} for r in rows]
    return {"data": data, "count": count}


@router.get("/audit/verify", response_model=AuditVerify)
def verify_chain(_: Supervisor, db: DbDep) -> AuditVerify:
    """Walk the hash chain from its start; the first record whose link is broken, if any."""
    broken, checked = first_broken_link(db)
    return AuditVerify(intact=broken is None, first_broken_id=broken, checked=checked)
