"""Sessions and their enrolments as a state machine: seats, waiting list, states, clashes."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.rules.training import (
    COURSES,
    SessionFacts,
    SessionState,
    Sheet,
    SheetState,
    TrainingRuleError,
    amend,
    enrol,
    failed_minimums,
    is_passed,
    move,
    reschedule,
    save_draft,
    sign_off,
    withdraw,
)
from app.rules.training.assessments import Scores

T0 = datetime(2026, 11, 2, 1, tzinfo=UTC)
PROVIDERS = st.integers(1, 8)
HOUR = timedelta(hours=1)
LIVE = (SessionState.SCHEDULED, SessionState.IN_PROGRESS)
COURSE = COURSES["TR-ELDERLY"]


class SessionMachine(RuleBasedStateMachine):
    """One session plus a clashing one; assessments for whoever attended the first."""

    def __init__(self) -> None:
        super().__init__()
        scheduled = SessionState.SCHEDULED
        self.session = SessionFacts(1, COURSE.code, scheduled, T0, T0 + 4 * HOUR, capacity=3)
        self.other = SessionFacts(2, COURSE.code, scheduled, T0 + 2 * HOUR, T0 + 6 * HOUR, 9)
        self.sheets: dict[int, Sheet] = {}

    def _try(self, step: object) -> None:
        with contextlib.suppress(TrainingRuleError):
            step()  # type: ignore[operator]

    @rule(pid=PROVIDERS)
    def enrol_here(self, pid: int) -> None:
        before = self.session
        try:
            self.session = enrol(self.session, pid, [self.other] if pid % 2 else [])
        except TrainingRuleError:
            # Refused: closed, already on it, or on the clashing session (odd ids).
            assert (
                before.state is not SessionState.SCHEDULED
                or pid in before.enrolled + before.waiting
                or (pid % 2 == 1 and self.other.state in LIVE)
            )
            return
        assert pid in self.session.enrolled + self.session.waiting

    @rule(pid=PROVIDERS)
    def withdraw_here(self, pid: int) -> None:
        before = self.session
        try:
            self.session = withdraw(self.session, pid)
        except TrainingRuleError:
            return
        if pid in before.enrolled and before.waiting:
            assert self.session.enrolled[-1] == before.waiting[0]

    @rule(capacity=st.integers(0, 5))
    def change_capacity(self, capacity: int) -> None:
        s = self.session
        self._try(lambda: setattr(self, "session",
                                  reschedule(s, s.starts_at, s.ends_at, capacity)))  # fmt: skip

    @rule(to=st.sampled_from(list(SessionState)))
    def move_state(self, to: SessionState) -> None:
        before = self.session.state
        try:
            self.session = move(self.session, to)
        except TrainingRuleError:
            return
        assert before not in (SessionState.COMPLETED, SessionState.CANCELLED)

    @rule(to=st.sampled_from([SessionState.IN_PROGRESS, SessionState.CANCELLED]))
    def move_other(self, to: SessionState) -> None:
        self._try(lambda: setattr(self, "other", move(self.other, to)))

    @precondition(lambda self: self.session.state is SessionState.COMPLETED)
    @rule(pid=PROVIDERS, theory=st.integers(0, 100), transfer=st.none() | st.integers(0, 1),
          care=st.integers(0, 5), op=st.sampled_from(["draft", "sign", "amend"]))  # fmt: skip
    def score(self, pid: int, theory: int, transfer: int | None, care: int, op: str) -> None:
        if pid not in self.session.enrolled:
            return
        sheet = self.sheets.get(pid, Sheet(COURSE.code))
        scores = Scores(theory, {"transfer": transfer, "daily_care": care, "etiquette": 4})
        try:
            if op == "draft":
                sheet = save_draft(COURSE, sheet, scores)
            elif op == "sign":
                sheet = sign_off(COURSE, save_draft(COURSE, sheet, scores), "t", T0)
            else:
                sheet = amend(COURSE, sheet, scores, "复核更正", "s", T0)
        except TrainingRuleError:
            return
        self.sheets[pid] = sheet

    @invariant()
    def seats_and_waiting_list_hold(self) -> None:
        s = self.session
        assert len(s.enrolled) <= s.capacity or s.capacity < 1
        assert not set(s.enrolled) & set(s.waiting)
        assert len(set(s.enrolled)) == len(s.enrolled)
        # Nobody waits while a seat is free.
        assert not s.waiting or len(s.enrolled) >= s.capacity

    @invariant()
    def passes_meet_every_minimum(self) -> None:
        for sheet in self.sheets.values():
            if is_passed(COURSE, sheet):
                assert sheet.state is SheetState.SIGNED
                assert failed_minimums(COURSE, sheet.scores.practical) == []


SessionMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=30)
TestSessions = SessionMachine.TestCase


def test_a_clash_is_refused_with_the_other_session_named() -> None:
    a = SessionFacts(1, "TR-CLEAN", SessionState.SCHEDULED, T0, T0 + timedelta(hours=3), 5)
    b = SessionFacts(7, "TR-CLEAN", SessionState.SCHEDULED, T0 + timedelta(hours=1),
                     T0 + timedelta(hours=2), 5)  # fmt: skip
    with pytest.raises(TrainingRuleError, match="session_clash") as err:
        enrol(a, 3, [b])
    assert "#7" in err.value.reason.zh
    # Back to back is no clash, and a cancelled session holds nobody.
    c = SessionFacts(
        8,
        "TR-CLEAN",
        SessionState.SCHEDULED,
        a.ends_at,
        a.ends_at + a.ends_at.resolution * 10**6,
        5,
    )
    assert enrol(a, 3, [c, move(b, SessionState.CANCELLED)]).enrolled == (3,)
