"""Drafts and sign-off of a session's assessments as the trainer saw them.

The desk may have scored offline: its drafts and the sign-off wait in the outbox together,
so it cannot know the versions the drafts will have. It sends the scores it shows instead;
a sheet whose draft holds anything else (another trainer changed it, or a draft of this desk
never arrived) refuses the lot with 412 and the current assessment, never signing scores
nobody saw.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.server.errors import ApiError
from app.server.projections import project
from app.server.services.context import Actor
from app.server.services.training_assessments import (
    save_assessment_draft,
    sign_off_assessments,
)
from app.server.services.training_common import load_at


def _observed(practical: Mapping[str, int | None]) -> dict[str, int]:
    return {k: v for k, v in practical.items() if v is not None}


def _same(row: t.Assessment, sheet: Mapping[str, Any]) -> bool:
    return (
        row.theory_score == sheet["theory"]
        and _observed(row.scores) == _observed(sheet["practical"])
        and row.absences == sheet["absences"]
    )


def _stale(row: t.Assessment, provider_id: int) -> ApiError:
    return ApiError(
        412, "stale_version", "成绩已被他人修改，请查看最新成绩后再录入。",
        "The scores were changed elsewhere; review the current scores, then enter yours.",
        details={"current": project("assessment", row), "provider_id": provider_id},
    )  # fmt: skip


def _find(session: Session, session_id: int, provider_id: int) -> t.Assessment | None:
    return session.scalar(
        select(t.Assessment).where(
            t.Assessment.session_id == session_id, t.Assessment.provider_id == provider_id
        )
    )


def save_draft_as_seen(
    session: Session,
    actor: Actor,
    now: datetime,
    *,
    session_id: int,
    provider_id: int,
    base: Mapping[str, Any],
    theory: int | None,
    practical: Mapping[str, int | None],
    absences: int | None,
) -> dict[str, Any]:
    """Save the draft if it still holds ``base`` (theory, practical) — or, with no draft yet,
    if ``base`` is empty; 412 with the current assessment otherwise."""
    load_at(session, t.TrainingSession, session_id, None)  # locks: one writer per session
    row = _find(session, session_id, provider_id)
    if row is None:
        if base["theory"] is not None or _observed(base["practical"]):
            raise ApiError(
                409, "training.no_draft", "该学员尚无评分草稿，请刷新后重新录入",
                "This trainee has no draft yet; refresh and enter the scores again",
                details={"provider_id": provider_id},
            )  # fmt: skip
        version = None
    elif row.theory_score != base["theory"] or _observed(row.scores) != _observed(
        base["practical"]
    ):
        raise _stale(row, provider_id)
    else:
        version = row.version
    return save_assessment_draft(
        session, actor, now, session_id=session_id, provider_id=provider_id,
        expected_version=version, theory=theory, practical=practical, absences=absences,
    )  # fmt: skip


def sign_off_session(
    session: Session,
    actor: Actor,
    now: datetime,
    session_id: int,
    sheets: Sequence[Mapping[str, Any]],
) -> list[dict[str, Any]]:
    """Sign the drafts of ``sheets`` (provider_id, theory, practical, absences), all or none."""
    load_at(session, t.TrainingSession, session_id, None)
    items = []
    for sheet in sheets:
        row = _find(session, session_id, sheet["provider_id"])
        if row is None:
            raise ApiError(
                409, "training.no_draft", "该学员尚无评分草稿，请先录入并保存成绩",
                "This trainee has no draft yet; enter and save the scores first",
                details={"provider_id": sheet["provider_id"]},
            )  # fmt: skip
        if not _same(row, sheet):
            # Signed or not: scores other than the ones seen are never signed, and a sheet
            # signed (or amended) with other scores is not "done already".
            raise _stale(row, sheet["provider_id"])
        if row.state == "signed":
            continue  # signed already with these very scores (a resent sign-off)
        items.append((row.id, row.version))
    return sign_off_assessments(session, actor, now, items) if items else []
