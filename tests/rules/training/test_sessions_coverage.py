"""Session times, withdrawals and the waiting list, absences (a separate file: sessions.py is
being changed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.rules.training import SessionFacts, SessionState, TrainingRuleError, check_times, withdraw
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
