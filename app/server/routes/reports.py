"""GET/POST /reports: the kept daily and weekly operations reports, for supervisors and admins.

The leader makes them every morning (app.server.services.reports.run_due); a supervisor may
ask for any past period's. Downloads are audited and never cached on the way.
"""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import JSONResponse

from app.rules.access import REPORT_READERS
from app.rules.kpi.schedule import refusal
from app.schemas.reports import ReportEntry, ReportPage, ReportRequest
from app.server import clock
from app.server.deps import CurrentSession, DbDep
from app.server.errors import ApiError, not_found
from app.server.guards import RoleCheck
from app.server.routes.params import Offset, PathId
from app.server.services import reports as svc

router = APIRouter(tags=["reports"])
Reader = Annotated[CurrentSession, Depends(RoleCheck(REPORT_READERS))]


def _entry(info: svc.ReportInfo) -> dict[str, Any]:
    return ReportEntry(**dataclasses.asdict(info)).model_dump(mode="json")


@router.get("/reports", response_model=ReportPage)
def list_reports(
    _: Reader,
    db: DbDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Kept reports, newest period first."""
    infos, count = svc.listing(db, limit, offset)
    return {"data": [_entry(i) for i in infos], "count": count}


@router.get(
    "/reports/{report_id}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "the report's PDF"}},
)
def download_report(report_id: PathId, current: Reader, db: DbDep) -> Response:
    """The PDF. The fetch is audited (committed before a byte leaves); ``Cache-Control:
    no-store`` keeps it out of every cache on the way."""
    found = svc.open_pdf(db, current.actor, clock.now(), report_id)
    if found is None:
        raise not_found("report", report_id)
    info, pdf = found
    name = f"{info.kind.value}-{info.period_start.strftime('%Y%m%d')}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={
            "Cache-Control": "no-store",
            "Content-Disposition": f'attachment; filename="{name}"',
            "X-Content-SHA256": info.sha256,
        },
    )


@router.post(
    "/reports",
    response_model=ReportEntry,
    status_code=201,
    responses={200: {"model": ReportEntry, "description": "the period's report was kept already"}},
)
def make_report(body: ReportRequest, current: Reader, db: DbDep) -> JSONResponse:
    """Make the report of a period that has ended (201), or answer the one kept (200): there is
    never more than one per period. 422 for a period not over yet or before 2000."""
    now = clock.now()
    reason = refusal(body.kind, body.day, now)
    if reason is not None:
        raise ApiError.from_reason(422, reason)
    info, made = svc.generate(db, body.kind, body.day, now, current.actor)
    return JSONResponse(_entry(info), status_code=201 if made else 200)
