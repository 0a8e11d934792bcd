"""Session times, withdrawals and the waiting list, absences (a separate file: sessions.py is
being changed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.rules.training import (
    SessionFacts,
    SessionState,
    TrainingRuleError,
    check_times,
    enrol,
    move,
    reschedule,
    withdraw,
)
from app.rules.training.sessions import absences

T0 = datetime(2026, 11, 2, 1, tzinfo=UTC)
HOUR = timedelta(hours=1)


def full_session() -> SessionFacts:
    return SessionFacts(
        1, "TR-ELDERLY", SessionState.SCHEDULED, T0, T0 + 4 * HOUR, 2, (11, 12), (21, 22)
    )


def test_a_session_must_end_after_it_starts() -> None:
    assert [r.code for r in check_times(T0, T0, 5)] == ["training.session_times"]
    assert [r.code for r in check_times(T0, T0 - HOUR, 5)] == ["training.session_times"]
    assert check_times(T0, T0 + HOUR, 5) == []


def test_leaving_the_waiting_list_keeps_the_order_of_the_others() -> None:
    after = withdraw(full_session(), 21)
    assert after.enrolled == (11, 12)
    assert after.waiting == (22,)


def test_a_freed_seat_goes_to_the_first_on_the_waiting_list() -> None:
    after = withdraw(full_session(), 11)
    assert after.enrolled == (12, 21)
    assert after.waiting == (22,)
    with pytest.raises(TrainingRuleError) as err:
        withdraw(after, 11)
    assert err.value.reason.code == "training.not_enrolled"


def test_only_sessions_marked_absent_count_as_absences() -> None:
    attended = {1: True, 2: False, 3: False, 9: False}  # 4 is unmarked; 9 is another course's
    assert absences([1, 2, 3, 4], attended) == 2
    assert absences([], attended) == 0


def test_a_session_moves_only_forward() -> None:
    started = move(full_session(), SessionState.IN_PROGRESS)
    assert move(started, SessionState.COMPLETED).state is SessionState.COMPLETED
    with pytest.raises(TrainingRuleError) as err:
        move(move(started, SessionState.COMPLETED), SessionState.SCHEDULED)
    assert err.value.reason.code == "training.session_transition"
    assert "已结束" in err.value.reason.zh
    assert err.value.reason.en == "A completed session cannot become scheduled"


def test_a_capacity_below_one_is_refused() -> None:
    assert [r.code for r in check_times(T0, T0 + HOUR, 0)] == ["training.session_capacity"]


def test_a_smaller_room_sends_the_last_seated_back_to_the_head_of_the_waiting_list() -> None:
    later = T0 + 24 * HOUR
    smaller = reschedule(full_session(), later, later + 2 * HOUR, 1)
    assert (smaller.enrolled, smaller.waiting) == ((11,), (12, 21, 22))
    assert (smaller.starts_at, smaller.capacity) == (later, 1)

    bigger = reschedule(smaller, later, later + 2 * HOUR, 3)

    assert (bigger.enrolled, bigger.waiting) == ((11, 12, 21), (22,))
    with pytest.raises(TrainingRuleError) as bad:
        reschedule(full_session(), later, later, 2)
    assert bad.value.reason.code == "training.session_times"
    with pytest.raises(TrainingRuleError) as started:
        reschedule(move(full_session(), SessionState.IN_PROGRESS), later, later + HOUR, 2)
    assert started.value.reason.code == "training.session_not_scheduled"


def test_enrolment_seats_then_waits_and_refuses_twice_or_when_closed() -> None:
    session = replace(full_session(), enrolled=(11,), waiting=())
    seated = enrol(session, 12, [])
    waiting = enrol(seated, 13, [])
    assert (waiting.enrolled, waiting.waiting) == ((11, 12), (13,))
    for again in (12, 13):
        with pytest.raises(TrainingRuleError) as twice:
            enrol(waiting, again, [])
        assert twice.value.reason.code == "training.already_enrolled"
    with pytest.raises(TrainingRuleError) as closed:
        enrol(move(session, SessionState.CANCELLED), 14, [])
    assert closed.value.reason.code == "training.enrolment_closed"
    with pytest.raises(TrainingRuleError) as started:
        withdraw(move(session, SessionState.IN_PROGRESS), 11)
    assert started.value.reason.code == "training.withdraw_closed"
