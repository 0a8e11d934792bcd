"""POST /{customers|providers|orders}/{id}/reveal: one masked field in clear, audited."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.schemas.common import RevealRequest, RevealResponse
from app.server import clock
from app.server.deps import DbDep
from app.server.errors import ApiError
from app.server.guards import Staff
from app.server.routes.params import PathId
from app.server.services import pii

router = APIRouter(tags=["personal information"])
# Any member of staff may ask: which field a role may see in clear is the service's check
# (``app.rules.access.ID_NUMBER_READERS``, ``CONTACT_REVEALERS``), and its refusal is audited.

COLLECTIONS = {"customers": "customer", "providers": "provider", "orders": "order"}


def _make(collection: str, entity: str) -> None:
    def reveal(
        entity_id: PathId, body: RevealRequest, request: Request, current: Staff, db: DbDep
    ) -> RevealResponse:
        now = clock.now()
        try:
            with db.write() as s:
                value = pii.reveal(
                    s, current.actor, now, entity, entity_id, body.field, body.purpose
                )
        except ApiError as refused:
            if refused.status in (403, 429):  # a refused reveal is worth a record too
                with db.write() as s:
                    detail = {"field": body.field.value, "purpose": body.purpose.value}
                    pii.record_refusal(s, current.actor, now, entity, entity_id, detail, refused)
            raise
        return RevealResponse(entity=entity, id=entity_id, field=body.field, value=value)

    reveal.__name__ = f"reveal_{entity}"
    reveal.__doc__ = (
        f"Reveal a masked field of a {entity} for a stated purpose. Allowed roles "
        "only; every reveal is written to the audit log."
    )
    router.post(f"/{collection}/{{entity_id}}/reveal", response_model=RevealResponse)(reveal)


for _c, _e in COLLECTIONS.items():
    _make(_c, _e)
