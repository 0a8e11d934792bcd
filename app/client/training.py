"""The trainer's desk on the local cache: sessions, a roster with attendance, the scoring
grid, a provider's training record; and the commands the desk queues in the Outbox.

Reads run off the UI thread on a :class:`CacheReader` and use the pure rules
(``app.rules.training``) for results, so the grid shows what the server will decide. Every
write is an Outbox command: a trainer in a classroom with a patchy network keeps working,
and attendance, scores and sign-offs are sent, once, when the network returns. Scores carry
the values the desk showed (``base``) instead of a version, which the desk cannot know for
edits that have not reached the server yet; a later edit of the same trainee replaces a
pending one (``supersede``), keeping the first one's ``base``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from app.client import endpoints
from app.client.cache import CacheReader
from app.client.outbox import OutboxCommand
from app.rules.complaint_rows import as_time
from app.rules.reasons import Reason
from app.rules.training import (
    CourseSpec,
    Due,
    Scores,
    TrainingCertificate,
    course_from_parts,
    latest,
    practical_total,
    recertification,
    result_reasons,
)

SEATED, WAITING = "enrolled", "waiting"
Practical = Mapping[str, int | None]


def _rows(reader: CacheReader, entity: str, where: str, params: Sequence[Any]) -> list[Any]:
    return reader._select(entity, where, tuple(params))


def _decoded(rows: Iterable[Any]) -> list[dict[str, Any]]:
    return [json.loads(data) for (data,) in rows]


def course_spec(row: Mapping[str, Any]) -> CourseSpec:
    """A cached ``training_course`` row as the rules read it."""
    return course_from_parts(
        row["code"], row["category"], row["name"], row.get("modules") or [], row["rubric"],
        theory_pass=row["theory_pass"], practical_pass=row["practical_pass"],
        absences_allowed=row["absences_allowed"], validity_days=row.get("validity_days"),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One session in the trainer's list."""

    id: int
    version: int
    course_id: int
    course_code: str
    course_name: str
    trainer_id: int | None
    starts_at: datetime
    ends_at: datetime | None
    location: str
    district: str | None
    state: str
    capacity: int
    seated: int
    waiting: int
    is_retraining: bool


def _session_rows(reader: CacheReader, raw: list[dict[str, Any]]) -> list[SessionRow]:
    courses = {c["id"]: c for c in reader.all("training_course")}
    counts: dict[int, list[int]] = {r["id"]: [0, 0] for r in raw}
    for e in reader.where("training_enrolment", "session_id", list(counts)):
        if e["status"] in (SEATED, WAITING):
            counts[e["session_id"]][e["status"] == WAITING] += 1
    out = []
    for r in raw:
        course = courses.get(r["course_id"], {})
        starts = as_time(r["starts_at"])
        assert starts is not None
        out.append(
            SessionRow(
                r["id"], r["version"], r["course_id"], course.get("code", ""),
                course.get("name", ""), r.get("trainer_id"), starts, as_time(r.get("ends_at")),
                r.get("location", ""), r.get("district"), r["state"], r["capacity"],
                counts[r["id"]][0], counts[r["id"]][1], bool(r.get("is_retraining")),
            )
        )  # fmt: skip
    return out


def sessions_between(
    reader: CacheReader, start: datetime, end: datetime, trainer_id: int | None = None
) -> list[SessionRow]:
    """Sessions starting in [start, end), by start time; only ``trainer_id``'s if given."""
    where = "WHERE starts_at >= ? AND starts_at < ?"
    params: list[Any] = [start.isoformat(), end.isoformat()]
    if trainer_id is not None:
        where += " AND trainer_id = ?"
        params.append(trainer_id)
    raw = _decoded(_rows(reader, "training_session", where + " ORDER BY starts_at, id", params))
    return _session_rows(reader, raw)


def session(reader: CacheReader, session_id: int) -> SessionRow | None:
    row = reader.get("training_session", session_id)
    return _session_rows(reader, [row])[0] if row else None


def today_first(rows: Sequence[SessionRow], day_start: datetime) -> list[SessionRow]:
    """Today's sessions, then the coming ones (soonest first), then the past (latest first)."""
    day_end = day_start + timedelta(days=1)
    today = [r for r in rows if day_start <= r.starts_at < day_end]
    later = [r for r in rows if r.starts_at >= day_end]
    past = sorted(
        (r for r in rows if r.starts_at < day_start), key=lambda r: -r.starts_at.timestamp()
    )
    return [*today, *later, *past]


@dataclass(frozen=True, slots=True)
class RosterLine:
    """A provider on a session: seated (with attendance) or waiting."""

    enrolment_id: int
    provider_id: int
    provider_code: str
    provider_name: str
    status: str
    waiting_position: int | None
    attended: bool | None
    reason: str


def roster(reader: CacheReader, session_id: int) -> list[RosterLine]:
    """Seated in enrolment order, then the waiting list in its order."""
    rows = [
        e
        for e in reader.where("training_enrolment", "session_id", [session_id])
        if e["status"] in (SEATED, WAITING)
    ]
    people = {p["id"]: p for p in reader.many("provider", [e["provider_id"] for e in rows])}
    rows.sort(key=lambda e: (e["status"] == WAITING, e.get("waiting_position") or 0, e["id"]))
    return [
        RosterLine(
            e["id"], e["provider_id"], people.get(e["provider_id"], {}).get("code", ""),
            people.get(e["provider_id"], {}).get("name", f"#{e['provider_id']}"), e["status"],
            e.get("waiting_position"), e.get("attended"), e.get("reason", ""),
        )
        for e in rows
    ]  # fmt: skip


@dataclass(slots=True)
class GridLine:
    """One trainee's row of the scoring grid: the scores shown, and the server's copy."""

    provider_id: int
    provider_name: str
    attended: bool | None
    assessment_id: int | None = None
    version: int | None = None
    state: str = "draft"
    theory: int | None = None
    practical: dict[str, int | None] = field(default_factory=dict)
    absences: int = 0

    @property
    def signed(self) -> bool:
        return self.state == "signed"

    def scores(self) -> Scores:
        return Scores(self.theory, dict(self.practical), self.absences)


@dataclass(frozen=True, slots=True)
class Grid:
    session: SessionRow
    course: CourseSpec
    lines: list[GridLine]


def scoring_grid(reader: CacheReader, session_id: int) -> Grid | None:
    """The seated trainees of a session with their assessments (None: no such session)."""
    row = session(reader, session_id)
    if row is None:
        return None
    course_row = reader.get("training_course", row.course_id)
    if course_row is None:
        return None
    assessments = {
        a["provider_id"]: a for a in reader.where("assessment", "session_id", [session_id])
    }
    lines = []
    for r in roster(reader, session_id):
        if r.status != SEATED:
            continue
        line = GridLine(r.provider_id, r.provider_name, r.attended,
                        absences=1 if r.attended is False else 0)  # fmt: skip
        a = assessments.get(r.provider_id)
        if a is not None:
            line.assessment_id, line.version, line.state = a["id"], a["version"], a["state"]
            line.theory, line.absences = a.get("theory_score"), a.get("absences") or 0
            line.practical = dict(a.get("scores") or {})
        lines.append(line)
    return Grid(row, course_spec(course_row), lines)


@dataclass(frozen=True, slots=True)
class LineResult:
    """The live result of a row: total, pass, and why not (from the pure rules)."""

    total: float
    passed: bool
    reasons: list[Reason]


def line_result(course: CourseSpec, line: GridLine) -> LineResult:
    reasons = result_reasons(course, line.scores())
    return LineResult(practical_total(course, line.practical), not reasons, reasons)


@dataclass(frozen=True, slots=True)
class RecordAssessment:
    """The assessment of a record entry: its scores, and whether it is signed and passed."""

    id: int
    state: str  # "draft" or "signed"
    passed: bool
    theory_score: int | None
    practical_score: int | None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> RecordAssessment:
        return cls(int(row["id"]), str(row.get("state") or ""), bool(row.get("passed")),
                   row.get("theory_score"), row.get("practical_score"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class RecordEntry:
    """A session the provider was on, with attendance and the assessment, if any."""

    session: SessionRow
    status: str
    attended: bool | None
    assessment: RecordAssessment | None
    amendments: list[dict[str, Any]]  # the transcript prints them as stored

    @property
    def amendment_reasons(self) -> list[str]:
        return [str(m.get("reason", "")) for m in self.amendments]


@dataclass(frozen=True, slots=True)
class Certificate:
    course_code: str
    course_name: str
    passed_at: datetime
    valid_until: datetime | None
    due: Due | None


@dataclass(frozen=True, slots=True)
class ProviderRecord:
    provider_id: int
    provider_code: str
    provider_name: str
    entries: list[RecordEntry]
    certificates: list[Certificate]


def provider_record(reader: CacheReader, provider_id: int, now: datetime) -> ProviderRecord:
    """Every session, attendance, score, amendment and certificate of a provider."""
    provider = reader.get("provider", provider_id) or {}
    enrolled = reader.where("training_enrolment", "provider_id", [provider_id])
    sessions = {
        s.id: s
        for s in _session_rows(
            reader, reader.many("training_session", [e["session_id"] for e in enrolled])
        )
    }
    assessments = reader.where("assessment", "provider_id", [provider_id])
    by_session = {a.get("session_id"): a for a in assessments}
    amendments: dict[int, list[dict[str, Any]]] = {}
    for m in reader.where("assessment_amendment", "assessment_id", [a["id"] for a in assessments]):
        amendments.setdefault(m["assessment_id"], []).append(m)
    entries = []
    for e in enrolled:
        s = sessions.get(e["session_id"])
        if s is None:
            continue
        a = by_session.get(s.id)
        entries.append(RecordEntry(s, e["status"], e.get("attended"),
                                   RecordAssessment.from_row(a) if a else None,
                                   amendments.get(a["id"], []) if a else []))  # fmt: skip
    entries.sort(key=lambda x: x.session.starts_at)
    courses = {c["id"]: c for c in reader.all("training_course")}
    certs: list[TrainingCertificate] = []
    for a in assessments:
        course = courses.get(a["course_id"])
        at = as_time(a.get("signed_at")) or as_time(a.get("assessed_at"))
        if a.get("passed") and course is not None and at is not None:
            certs.append(TrainingCertificate(course["code"], at, as_time(a.get("valid_until"))))
    names = {c["code"]: c["name"] for c in courses.values()}
    certificates = []
    for code in sorted({c.course_code for c in certs}):
        best = latest(certs, code)
        assert best is not None
        certificates.append(Certificate(code, names[code], best.passed_at, best.valid_until,
                                        recertification(best, now)))  # fmt: skip
    return ProviderRecord(provider_id, provider.get("code", ""), provider.get("name", ""),
                          entries, certificates)  # fmt: skip


# -- commands (for SyncLink.enqueue_command: the worker stores them in the Outbox) -----------


def _command(
    path: str, body: dict[str, Any] | None, if_match: int | None, entity: str, entity_id: int,
    label: str, *, supersede: bool = False,
) -> dict[str, Any]:  # fmt: skip
    out = {"path": path, "body": body, "if_match": if_match, "entity": entity,
           "entity_id": entity_id, "label": label}  # fmt: skip
    if supersede:
        out["supersede"] = True
    return out


def session_step_command(session_id: int, version: int, step: str, label: str,
                         reason: str = "") -> dict[str, Any]:  # fmt: skip
    """Start, complete or cancel (with a reason) the session the user saw at ``version``."""
    body = {"reason": reason} if step == "cancel" else {}
    return _command(endpoints.training_session_step(session_id, step), body, version,
                    "training_session", session_id, label)  # fmt: skip


def attendance_command(
    session_id: int, version: int, present: Mapping[int, bool], label: str
) -> dict[str, Any]:
    """The whole seated roster; a later save of the same session replaces a pending one."""
    body = {"present": {str(k): bool(v) for k, v in present.items()}}
    return _command(endpoints.training_session_step(session_id, "attendance"), body, version,
                    "training_session", session_id, label, supersede=True)  # fmt: skip


def _practical(values: Practical) -> dict[str, int | None]:
    return {k: v for k, v in values.items() if v is not None}


def draft_command(
    session_id: int, line: GridLine, seen_theory: int | None, seen_practical: Practical,
    label: str, *, absences: int | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Save ``line``'s scores as a draft, if the server still holds what the desk showed.

    ``absences``: as the desk counts them from its roster (None: the server counts them from
    the attendance it holds), so that a later sign-off of what the desk shows matches.
    """
    body: dict[str, Any] = {
        "theory": line.theory, "practical": _practical(line.practical),
        "base": {"theory": seen_theory, "practical": _practical(seen_practical)},
    }  # fmt: skip
    if absences is not None:
        body["absences"] = absences
    return _command(endpoints.assessment_draft(session_id, line.provider_id), body, None,
                    "assessment", line.assessment_id or 0, label, supersede=True)  # fmt: skip


def sign_off_command(session_id: int, lines: Sequence[GridLine], label: str) -> dict[str, Any]:
    """Sign off the drafts of ``lines`` as shown (theory, practical, absences), all or none."""
    sheets = [
        {"provider_id": x.provider_id, "theory": x.theory,
         "practical": _practical(x.practical), "absences": x.absences}
        for x in lines
    ]  # fmt: skip
    return _command(endpoints.training_session_step(session_id, "sign-off"),
                    {"sheets": sheets}, None, "training_session", session_id, label)  # fmt: skip


def amend_command(line: GridLine, reason: str, label: str) -> dict[str, Any]:
    """Correct a signed assessment to ``line``'s scores, with a reason (If-Match)."""
    assert line.assessment_id is not None
    assert line.version is not None
    body = {"theory": line.theory, "practical": _practical(line.practical),
            "absences": line.absences, "reason": reason}  # fmt: skip
    return _command(endpoints.assessment_amend(line.assessment_id), body, line.version,
                    "assessment", line.assessment_id, label)  # fmt: skip


# -- refused commands (the Outbox keeps them; the page shows them on their rows) -----------


@dataclass(frozen=True, slots=True)
class Refusal:
    """A training command the server refused, as the page shows it.

    ``step``: "draft", "sign-off", "attendance", "start"... ``server``: for a 412 on scores,
    the scores the server holds now (theory, practical, absences), to show beside the
    trainer's and to base the next draft on.
    """

    command_id: int
    session_id: int
    step: str
    provider_id: int | None
    conflict: bool
    server: tuple[int | None, dict[str, int], int] | None
    message: str
    message_en: str


def refusal(command: OutboxCommand) -> Refusal | None:
    """What a refused Outbox command means for a training session (None: not a training one)."""
    prefix = endpoints.TRAINING_SESSIONS + "/"
    if not command.path.startswith(prefix):
        return None
    parts = command.path[len(prefix) :].split("/")
    if not parts[0].isdigit():
        return None
    step = "draft" if parts[-1] == "draft" else parts[-1]
    error = command.error or {}
    details = error.get("details") or {}
    pid = details.get("provider_id")
    if pid is None and step == "draft" and len(parts) >= 3 and parts[2].isdigit():
        pid = int(parts[2])
    current = command.current
    server = None
    if current and "theory_score" in current:
        practical = {str(k): int(v) for k, v in (current.get("scores") or {}).items()
                     if v is not None}  # fmt: skip
        server = (current.get("theory_score"), practical, int(current.get("absences") or 0))
        pid = pid if pid is not None else current.get("provider_id")
    return Refusal(
        command.id, int(parts[0]), step, None if pid is None else int(pid),
        command.state == "conflict", server, str(error.get("message") or ""),
        str(error.get("message_en") or ""),
    )  # fmt: skip


def rebased_draft(command: OutboxCommand) -> dict[str, Any] | None:
    """The body to retry a draft the server refused with 412 (it holds other scores than the
    draft's ``base``): the same scores, based on the server's current ones.

    Retried as it was, the draft would meet the same 412 for ever. The trainer chose to keep
    their scores over the ones shown; None for any other command (it is retried as it was).
    """
    got = refusal(command)
    if got is None or got.step != "draft" or got.server is None or command.body is None:
        return None
    if "base" not in command.body:
        return None
    theory, practical, _absences = got.server
    return {**command.body, "base": {"theory": theory, "practical": practical}}


__all__ = [
    "Certificate",
    "Grid",
    "GridLine",
    "LineResult",
    "ProviderRecord",
    "RecordAssessment",
    "RecordEntry",
    "Refusal",
    "RosterLine",
    "SessionRow",
    "amend_command",
    "attendance_command",
    "course_spec",
    "draft_command",
    "line_result",
    "provider_record",
    "rebased_draft",
    "refusal",
    "roster",
    "scoring_grid",
    "session",
    "session_step_command",
    "sessions_between",
    "sign_off_command",
    "today_first",
]
