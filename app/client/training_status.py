"""A provider's training status where others see the provider, and the trainer's queues.

Dispatchers and hotline agents see, beside an order or a candidate: the category's courses
(passed? valid until? recertification due?) with the next session of a course not covered,
and the progress of a retraining hold (booked on a session, passed, or not booked yet).
Trainers see the retraining queue (providers held for retraining) and the recertification
queue (certificates due within 60 days or lapsed), each with the sessions they may be
enrolled in. All read the local cache (on a CacheReader, off the UI thread) and decide with
the pure rules, as the server does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from app.client import endpoints
from app.client.cache import CacheReader
from app.client.training import SEATED, WAITING, SessionRow, provider_record, sessions_between
from app.models.enums import SanctionLevel, SanctionStatus
from app.rules.complaint_rows import as_time
from app.rules.sanction_hold import is_blocking
from app.rules.sanction_rows import assessment_facts, latest_appeals, sanction_facts
from app.rules.training import RETRAINING_COURSE, Due

AHEAD = timedelta(days=90)  # how far ahead the desk looks for a session to offer
RECENT = timedelta(days=30)  # a hold lifted this recently still shows as "passed"
OPEN = ("scheduled", "in_progress")


@dataclass(frozen=True, slots=True)
class CourseStatus:
    """One course of the order's category for one provider; ``next_session``: the soonest
    open session of the course when the provider's certificate does not cover now."""

    course_code: str
    course_name: str
    passed_at: datetime | None
    valid_until: datetime | None
    due: Due | None
    next_session: SessionRow | None

    @property
    def covered(self) -> bool:
        return self.passed_at is not None and self.due is not Due.LAPSED


@dataclass(frozen=True, slots=True)
class HoldProgress:
    """A retraining hold: the session the provider is on (if any), passed, failed attempts."""

    sanction_id: int
    decided_at: datetime
    passed: bool
    booked: SessionRow | None
    failed_attempts: int
    next_session: SessionRow | None


@dataclass(frozen=True, slots=True)
class TrainingStatus:
    provider_id: int
    courses: list[CourseStatus]
    holds: list[HoldProgress]

    @property
    def clear(self) -> bool:
        """Every course covered and no hold still open: training keeps nobody off dispatch."""
        return all(c.covered for c in self.courses) and all(h.passed for h in self.holds)


def _open_sessions(reader: CacheReader, now: datetime) -> list[SessionRow]:
    """Sessions not yet over, starting from a day ago, soonest first."""
    rows = sessions_between(reader, now - timedelta(days=1), now + AHEAD)
    return [s for s in rows if s.state in OPEN and (s.ends_at or s.starts_at) > now]


def _first(sessions: Iterable[SessionRow], now: datetime, **match: Any) -> SessionRow | None:
    for s in sessions:
        if s.starts_at > now and all(getattr(s, k) == v for k, v in match.items()):
            return s
    return None


def _holds(
    reader: CacheReader, provider_id: int, now: datetime, sessions: Sequence[SessionRow]
) -> list[HoldProgress]:
    rows = [
        s
        for s in reader.where("sanction", "provider_id", [provider_id])
        if s.get("level") == SanctionLevel.RETRAINING.value
    ]
    if not rows:
        return []
    appeals = latest_appeals(reader.where("appeal", "sanction_id", [s["id"] for s in rows]))
    assessed = reader.where("assessment", "provider_id", [provider_id])
    codes = {c["id"]: str(c.get("code") or "") for c in reader.all("training_course")}
    facts = assessment_facts([a for a in assessed if a.get("state") == "signed"], codes)
    enrolled = {
        e["session_id"]
        for e in reader.where("training_enrolment", "provider_id", [provider_id])
        if e["status"] in (SEATED, WAITING)
    }
    out = []
    for row in sorted(rows, key=lambda r: str(r["decided_at"])):
        sanction = sanction_facts(row, appeals.get(row["id"]))
        lifted = as_time(row.get("lifted_at"))
        if sanction.status is SanctionStatus.OVERTURNED or (
            lifted is not None and lifted < now - RECENT
        ):
            continue
        if sanction.status is SanctionStatus.LIFTED and lifted is None:
            continue  # lifted by hand long ago: nothing to follow
        passed = not is_blocking(sanction, facts, now)
        failed = sum(
            1 for f in facts if f.is_retraining and not f.passed and f.at > sanction.decided_at
        )
        booked = next((s for s in sessions if s.id in enrolled and s.is_retraining), None)
        out.append(
            HoldProgress(int(row["id"]), sanction.decided_at, passed, booked, failed,
                         _first(sessions, now, is_retraining=True))
        )  # fmt: skip
    return out


def training_status(
    reader: CacheReader, provider_id: int, category: str, now: datetime
) -> TrainingStatus:
    """The provider's courses for ``category`` and retraining holds, as of ``now``."""
    return training_statuses(reader, [provider_id], category, now)[provider_id]


def training_statuses(
    reader: CacheReader, provider_ids: Iterable[int], category: str, now: datetime
) -> dict[int, TrainingStatus]:
    """:func:`training_status` for many providers (an assign dialog's candidates)."""
    courses = [c for c in reader.all("training_course") if c.get("category") == category]
    sessions = _open_sessions(reader, now)
    out = {}
    for pid in provider_ids:
        certs = {c.course_code: c for c in provider_record(reader, pid, now).certificates}
        lines = []
        for course in sorted(courses, key=lambda c: str(c["code"])):
            cert = certs.get(course["code"])
            line = CourseStatus(
                course["code"], course["name"], cert.passed_at if cert else None,
                cert.valid_until if cert else None, cert.due if cert else None, None,
            )  # fmt: skip
            if not line.covered:
                line = replace(line, next_session=_first(sessions, now, course_id=course["id"]))
            lines.append(line)
        out[pid] = TrainingStatus(pid, lines, _holds(reader, pid, now, sessions))
    return out


# -- the trainer's queues ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueueLine:
    """A provider a trainer should enrol: why, the session they are on, and where they may go.

    ``offers``: open sessions starting after now, of the retraining course or the course to
    renew, that the provider is not on yet (soonest first; full ones take a waiting place).
    """

    provider_id: int
    provider_code: str
    provider_name: str
    course_code: str
    since: datetime
    until: datetime | None
    due: Due | None
    failed_attempts: int
    booked: SessionRow | None
    offers: list[SessionRow]


def _providers(reader: CacheReader, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    return {p["id"]: p for p in reader.many("provider", ids)}


def _booked_on(reader: CacheReader, ids: Iterable[int]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for e in reader.where("training_enrolment", "provider_id", list(ids)):
        if e["status"] in (SEATED, WAITING):
            out.setdefault(e["provider_id"], set()).add(e["session_id"])
    return out


def retraining_queue(reader: CacheReader, now: datetime) -> list[QueueLine]:
    """Providers on a retraining hold that still blocks them, oldest decision first."""
    held = {
        int(s["provider_id"])
        for s in reader.all("sanction")
        if s.get("level") == SanctionLevel.RETRAINING.value
        and s.get("status") == SanctionStatus.ACTIVE.value
    }
    sessions = _open_sessions(reader, now)
    people = _providers(reader, held)
    booked = _booked_on(reader, held)
    out = []
    for pid in sorted(held):
        for hold in _holds(reader, pid, now, sessions):
            if hold.passed:
                continue
            mine = booked.get(pid, set())
            offers = [s for s in sessions if s.is_retraining and s.id not in mine
                      and s.starts_at > now]  # fmt: skip
            person = people.get(pid, {})
            out.append(
                QueueLine(pid, person.get("code", ""), person.get("name", f"#{pid}"),
                          RETRAINING_COURSE, hold.decided_at, None, None, hold.failed_attempts,
                          hold.booked, offers)
            )  # fmt: skip
    return sorted(out, key=lambda x: (x.since, x.provider_id))


def recertification_queue(reader: CacheReader, now: datetime) -> list[QueueLine]:
    """Certificates due within 60 days or lapsed (the latest per provider and course),
    soonest end first, with the session of that course the provider is booked on."""
    courses = {c["code"]: c for c in reader.all("training_course")}
    passed = [a for a in reader.all("assessment") if a.get("passed") and a.get("valid_until")]
    ids = {int(a["provider_id"]) for a in passed}
    sessions = _open_sessions(reader, now)
    people = _providers(reader, ids)
    booked = _booked_on(reader, ids)
    out = []
    for pid in sorted(ids):
        for cert in provider_record(reader, pid, now).certificates:
            if cert.due is None or cert.course_code not in courses:
                continue
            course_id = courses[cert.course_code]["id"]
            mine = booked.get(pid, set())
            on = [s for s in sessions if s.course_id == course_id and s.id in mine]
            offers = [s for s in sessions if s.course_id == course_id and s.id not in mine
                      and s.starts_at > now]  # fmt: skip
            person = people.get(pid, {})
            out.append(
                QueueLine(pid, person.get("code", ""), person.get("name", f"#{pid}"),
                          cert.course_code, cert.passed_at, cert.valid_until, cert.due, 0,
                          on[0] if on else None, offers)
            )  # fmt: skip
    return sorted(out, key=lambda x: (x.until or x.since, x.provider_id))


def enrol_command(session_id: int, provider_id: int, label: str) -> dict[str, Any]:
    """Seat the provider on the session (or a waiting place when it is full); no If-Match."""
    return {"path": endpoints.training_session_step(session_id, "enrol"),
            "body": {"provider_id": provider_id}, "if_match": None,
            "entity": "training_session", "entity_id": session_id, "label": label}  # fmt: skip


__all__ = [
    "CourseStatus",
    "HoldProgress",
    "QueueLine",
    "TrainingStatus",
    "enrol_command",
    "recertification_queue",
    "retraining_queue",
    "training_status",
    "training_statuses",
]
