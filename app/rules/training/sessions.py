"""Training sessions (培训场次): states, capacity, enrolment, the waiting list, clashes.

States: ``scheduled`` -> ``in_progress`` -> ``completed`` | ``cancelled`` (cancelled only
before completion). A session holds ``capacity`` enrolled providers; the next ones wait in
order and move up when someone withdraws. A provider cannot sit in two overlapping sessions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from app.rules.reasons import Reason
from app.rules.training.errors import TrainingRuleError, problem


class SessionState(StrEnum):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


TRANSITIONS: dict[SessionState, frozenset[SessionState]] = {
    SessionState.SCHEDULED: frozenset({SessionState.IN_PROGRESS, SessionState.CANCELLED}),
    SessionState.IN_PROGRESS: frozenset({SessionState.COMPLETED, SessionState.CANCELLED}),
    SessionState.COMPLETED: frozenset(),
    SessionState.CANCELLED: frozenset(),
}
STATE_NAMES: dict[SessionState, tuple[str, str]] = {
    SessionState.SCHEDULED: ("已排期", "scheduled"),
    SessionState.IN_PROGRESS: ("进行中", "in progress"),
    SessionState.COMPLETED: ("已结束", "completed"),
    SessionState.CANCELLED: ("已取消", "cancelled"),
}


@dataclass(frozen=True, slots=True)
class SessionFacts:
    id: int
    course_code: str
    state: SessionState
    starts_at: datetime
    ends_at: datetime
    capacity: int
    enrolled: tuple[int, ...] = ()  # provider ids with a seat
    waiting: tuple[int, ...] = ()  # provider ids in waiting-list order

    def overlaps(self, other: SessionFacts) -> bool:
        return self.starts_at < other.ends_at and other.starts_at < self.ends_at


def move(session: SessionFacts, to: SessionState) -> SessionFacts:
    """The session in state ``to``. Raises TrainingRuleError when the step is not allowed."""
    if to not in TRANSITIONS[session.state]:
        a, b = STATE_NAMES[session.state], STATE_NAMES[to]
        raise TrainingRuleError(
            problem(
                "training.session_transition",
                f"场次{a[0]}，不能改为{b[0]}",
                f"A {a[1]} session cannot become {b[1]}",
            )
        )
    return replace(session, state=to)


def check_times(starts_at: datetime, ends_at: datetime, capacity: int) -> list[Reason]:
    out: list[Reason] = []
    if ends_at <= starts_at:
        out.append(
            problem(
                "training.session_times",
                "结束时间须晚于开始时间",
                "The session must end after it starts",
            )
        )
    if capacity < 1:
        out.append(
            problem("training.session_capacity", "名额至少为1人", "Capacity must be at least 1")
        )
    return out


def reschedule(
    session: SessionFacts, starts_at: datetime, ends_at: datetime, capacity: int
) -> SessionFacts:
    """New times or capacity for a scheduled session; a smaller capacity moves the last
    enrolled back to the head of the waiting list, in order."""
    if session.state is not SessionState.SCHEDULED:
        raise TrainingRuleError(
            problem(
                "training.session_not_scheduled",
                "只有未开始的场次可以调整",
                "Only a scheduled session can be rescheduled",
            )
        )
    problems = check_times(starts_at, ends_at, capacity)
    if problems:
        raise TrainingRuleError(problems[0])
    seated, bumped = session.enrolled[:capacity], session.enrolled[capacity:]
    room = max(0, capacity - len(seated))
    promoted, still = session.waiting[:room], session.waiting[room:]
    return replace(
        session,
        starts_at=starts_at,
        ends_at=ends_at,
        capacity=capacity,
        enrolled=seated + promoted,
        waiting=bumped + still,
    )


def clash(session: SessionFacts, others: Sequence[SessionFacts]) -> SessionFacts | None:
    """One of ``others`` (the provider's live sessions) overlapping ``session``, if any."""
    live = (SessionState.SCHEDULED, SessionState.IN_PROGRESS)
    return next(
        (o for o in others if o.id != session.id and o.state in live and o.overlaps(session)),
        None,
    )


def enrol(
    session: SessionFacts, provider_id: int, providers_sessions: Sequence[SessionFacts]
) -> SessionFacts:
    """Seat ``provider_id``, or put them at the end of the waiting list when full.

    Raises:
        TrainingRuleError: the session is not open for enrolment, the provider is already on
            it, or the provider sits in another session at the same time.
    """
    if session.state is not SessionState.SCHEDULED:
        raise TrainingRuleError(
            problem(
                "training.enrolment_closed",
                "该场次不再接受报名",
                "This session no longer takes enrolments",
            )
        )
    if provider_id in session.enrolled or provider_id in session.waiting:
        raise TrainingRuleError(
            problem(
                "training.already_enrolled",
                "该服务人员已报名此场次",
                "The provider is already on this session",
            )
        )
    other = clash(session, providers_sessions)
    if other is not None:
        raise TrainingRuleError(
            problem(
                "training.session_clash",
                f"与已报名的场次#{other.id}时间重叠",
                f"Overlaps session #{other.id} the provider is already on",
            )
        )
    if len(session.enrolled) < session.capacity:
        return replace(session, enrolled=(*session.enrolled, provider_id))
    return replace(session, waiting=(*session.waiting, provider_id))


def withdraw(session: SessionFacts, provider_id: int) -> SessionFacts:
    """Take ``provider_id`` off the session; the first on the waiting list takes a freed seat."""
    if session.state is not SessionState.SCHEDULED:
        raise TrainingRuleError(
            problem(
                "training.withdraw_closed",
                "场次已开始或结束，不能退出",
                "The session has started or ended; no withdrawals",
            )
        )
    if provider_id in session.waiting:
        return replace(session, waiting=tuple(p for p in session.waiting if p != provider_id))
    if provider_id not in session.enrolled:
        raise TrainingRuleError(
            problem(
                "training.not_enrolled",
                "该服务人员未报名此场次",
                "The provider is not on this session",
            )
        )
    seated = tuple(p for p in session.enrolled if p != provider_id)
    return replace(session, enrolled=seated + session.waiting[:1], waiting=session.waiting[1:])


def absences(session_ids: Sequence[int], attended: dict[int, bool]) -> int:
    """Sessions of a course the provider was marked absent from (unmarked is not absent)."""
    return sum(1 for sid in session_ids if attended.get(sid) is False)
