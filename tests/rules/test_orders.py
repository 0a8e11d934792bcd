"""The order state machine and the dispatch-by clock (property-based where it pays)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from app.models.enums import OrderStatus as S
from app.rules.orders import (
    BOOKED,
    TERMINAL,
    TRANSITIONS,
    DeadlineState,
    OrderAction,
    allowed_actions,
    board_cut_off,
    dispatch_deadline_state,
    transition,
)
from app.rules.reasons import Reason

NOW = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)


@given(st.sampled_from(S), st.sampled_from(OrderAction))
def test_transition_agrees_with_allowed_actions(status: S, action: OrderAction) -> None:
    result = transition(status, action)
    if action in allowed_actions(status):
        assert isinstance(result, S)
        assert result == TRANSITIONS[action][1]
    else:
        assert isinstance(result, Reason)
        assert result.code == "invalid_transition"
        assert result.zh
        assert result.en


def test_terminal_states_allow_nothing() -> None:
    for status in TERMINAL:
        assert allowed_actions(status) == frozenset()


def test_cancel_is_possible_from_every_live_state() -> None:
    for status in set(S) - TERMINAL:
        assert OrderAction.CANCEL in allowed_actions(status)


class OrderLifecycle(RuleBasedStateMachine):
    """Any sequence of actions: a provider is set exactly while the order is booked, and
    completion only ever follows service."""

    def __init__(self) -> None:
        super().__init__()
        self.status = S.PENDING
        self.provider: int | None = None
        self.history: list[S] = [S.PENDING]

    @rule(action=st.sampled_from(OrderAction), provider=st.integers(1, 5))
    def act(self, action: OrderAction, provider: int) -> None:
        result = transition(self.status, action)
        if isinstance(result, Reason):
            return
        if action is OrderAction.ASSIGN:
            self.provider = provider
        elif action is OrderAction.UNASSIGN:
            self.provider = None
        self.status = result
        self.history.append(result)

    @invariant()
    def completed_only_after_service(self) -> None:
        if self.status is S.COMPLETED:
            assert self.history[-2] is S.IN_SERVICE

    @invariant()
    def a_booked_order_has_a_provider(self) -> None:
        if self.status in BOOKED:
            assert self.provider is not None
        if self.status is S.PENDING:
            assert self.provider is None

    @invariant()
    def nothing_after_the_end(self) -> None:
        ends = [i for i, s in enumerate(self.history) if s in TERMINAL]
        assert not ends or ends[0] == len(self.history) - 1


TestOrderLifecycle = OrderLifecycle.TestCase
TestOrderLifecycle.settings = settings(max_examples=100, stateful_step_count=30, deadline=None)


@given(st.integers(-600, 600))
def test_deadline_colour_follows_the_clock(minutes_left: int) -> None:
    state = dispatch_deadline_state(S.PENDING, NOW + timedelta(minutes=minutes_left), NOW)
    if minutes_left <= 0:
        assert state is DeadlineState.OVERDUE
    elif minutes_left <= 30:
        assert state is DeadlineState.SOON
    else:
        assert state is DeadlineState.OK


def test_deadline_does_not_matter_once_dispatched() -> None:
    for status in set(S) - {S.PENDING}:
        assert dispatch_deadline_state(status, NOW - timedelta(hours=1), NOW) is DeadlineState.NONE


def test_a_refused_transition_says_the_state_and_the_action() -> None:
    refused = transition(S.COMPLETED, OrderAction.CANCEL)
    assert isinstance(refused, Reason)
    assert refused.code == "invalid_transition"
    assert refused.zh == "订单当前状态为“已完成”，不能执行此操作（cancel）。"
    assert refused.en == "The order is completed; 'cancel' is not allowed now."
    assert transition(S.PENDING, OrderAction.CANCEL) is S.CANCELLED


def test_the_dispatch_by_clock_by_example() -> None:
    due = NOW + timedelta(hours=1)
    assert dispatch_deadline_state(S.PENDING, due, NOW) is DeadlineState.OK
    assert dispatch_deadline_state(S.PENDING, due, due - timedelta(minutes=30)) is (
        DeadlineState.SOON
    )
    assert dispatch_deadline_state(S.PENDING, due, due) is DeadlineState.OVERDUE
    assert dispatch_deadline_state(S.ASSIGNED, due, due) is DeadlineState.NONE


def test_the_board_cut_off_is_todays_beijing_midnight() -> None:
    # 07:59 and 08:00 UTC on 27 Nov are 15:59 and 16:00 in Beijing: the same Beijing day;
    # 16:00 UTC is midnight of the next.
    for hour, day in ((7, 26), (8, 26), (15, 26), (16, 27)):
        now = datetime(2026, 11, 27, hour, 59 if hour == 7 else 0, tzinfo=UTC)
        assert board_cut_off(now) == datetime(2026, 11, day, 16, tzinfo=UTC), hour
