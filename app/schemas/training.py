"""Training (培训与考核) on the wire: courses and rubrics, sessions, attendance, assessments."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.schemas.common import Body, DbId, DistrictCode, Instant, ReasonPublic, Record, Text

TEXT = 4000
CODE = 64
MAX_ROSTER = 500  # a session's roster in one call; far above any classroom
MAX_CRITERIA = 50
Score = int | None  # None: not observed (未观察)


class CriterionWire(Body):
    """One rubric line: ``scale`` points (0-5) or pass_fail (1 合格, 0 不合格, null 未观察)."""

    code: Text = Field(min_length=1, max_length=CODE)
    zh: Text = Field(min_length=1, max_length=128)
    en: Text = Field(default="", max_length=128)
    scale: Literal["points", "pass_fail"]
    weight: int = Field(ge=1, le=100)
    minimum: int | None = Field(default=None, ge=0, le=5)


class CourseUpdate(Body):
    """Supervisors and admins: the rubric, pass marks, absences allowed and validity."""

    rubric: list[CriterionWire] = Field(min_length=1, max_length=MAX_CRITERIA)
    theory_pass: int = Field(ge=0, le=100)
    practical_pass: int = Field(ge=0, le=100)
    absences_allowed: int = Field(ge=0, le=100)
    validity_days: int | None = Field(default=None, ge=1, le=3650)


class CourseRecord(Record):
    code: str
    category: str
    name: str
    rubric: list[dict[str, Any]]
    theory_pass: int
    practical_pass: int
    absences_allowed: int
    validity_days: int | None


class SessionCreate(Body):
    course_id: DbId
    starts_at: Instant
    ends_at: Instant
    location: Text = Field(min_length=1, max_length=255)
    district: DistrictCode | None = None
    capacity: int = Field(ge=1, le=MAX_ROSTER)
    trainer_id: DbId | None = None
    is_retraining: bool = False


class SessionReschedule(Body):
    starts_at: Instant
    ends_at: Instant
    capacity: int = Field(ge=1, le=MAX_ROSTER)
    location: Text | None = Field(default=None, max_length=255)


class SessionCancel(Body):
    reason: Text = Field(max_length=TEXT)


class Enrol(Body):
    provider_id: DbId


class Attendance(Body):
    """The whole seated roster: provider id -> present."""

    present: dict[DbId, bool] = Field(max_length=MAX_ROSTER)


class Empty(Body):
    """A step that needs nothing but the version (If-Match)."""


class SeenScores(Body):
    """The scores the desk showed before this edit (none yet: both empty)."""

    theory: int | None = Field(default=None, ge=0, le=100)
    practical: dict[Text, Score] = Field(default_factory=dict, max_length=MAX_CRITERIA)


class DraftScores(Body):
    """A provider's scores. ``absences`` null: from the session's attendance.

    ``base``: instead of If-Match, the scores the desk showed before the edit; the draft is
    saved only if it still holds them (412 with the current assessment otherwise). A desk
    that scores offline queues its edits without knowing the versions they will make.
    """

    theory: int | None = Field(default=None, ge=0, le=100)
    practical: dict[Text, Score] = Field(default_factory=dict, max_length=MAX_CRITERIA)
    absences: int | None = Field(default=None, ge=0, le=100)
    base: SeenScores | None = None


class SheetToSign(Body):
    """What the trainer saw: the server signs only if the draft still holds exactly this."""

    provider_id: DbId
    theory: int | None = Field(default=None, ge=0, le=100)
    practical: dict[Text, Score] = Field(default_factory=dict, max_length=MAX_CRITERIA)
    absences: int = Field(ge=0, le=100)


class SessionSignOff(Body):
    sheets: list[SheetToSign] = Field(min_length=1, max_length=MAX_ROSTER)


class Amend(Body):
    theory: int | None = Field(default=None, ge=0, le=100)
    practical: dict[Text, Score] = Field(default_factory=dict, max_length=MAX_CRITERIA)
    absences: int = Field(ge=0, le=100)
    reason: Text = Field(max_length=TEXT)


class EnrolmentRecord(Record):
    session_id: int
    provider_id: int
    status: str
    waiting_position: int | None
    attended: bool | None


class SessionView(Record):
    """A session with its roster: seated in enrolment order, then the waiting list."""

    course_id: int
    course_code: str | None
    trainer_id: int | None
    starts_at: datetime
    ends_at: datetime | None
    location: str
    state: str
    capacity: int
    is_retraining: bool
    enrolled: list[EnrolmentRecord]
    waiting: list[EnrolmentRecord]
    free_seats: int


class AssessmentView(Record):
    """An assessment with its live result: the practical total and what fails it now."""

    provider_id: int
    course_id: int
    session_id: int | None
    course_code: str
    theory_score: int | None
    scores: dict[str, Score]
    absences: int
    state: str
    passed: bool
    practical_total: float
    reasons: list[ReasonPublic]


class SignedSheets(BaseModel):
    data: list[AssessmentView]


class TrainingRecord(BaseModel):
    """Every course, session, attendance, score, amendment and certificate of a provider."""

    provider_id: int
    provider_code: str
    provider_name: str
    sessions: list[dict[str, Any]]
    assessments: list[dict[str, Any]]
    certificates: list[dict[str, Any]]


class QueuePage(BaseModel):
    data: list[dict[str, Any]]
