"""The complaint ticket owner rule (app/rules/access.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.models.enums import Role
from app.rules.access import (
    NOT_TICKET_OWNER,
    REASSIGN_REASON_REQUIRED,
    TICKET_OVERSEERS,
    may_reassign_ticket,
    may_work_ticket,
)

roles = st.sampled_from(list(Role))
ids = st.integers(1, 5)
owners = st.none() | ids


@given(roles, ids, owners)
def test_anyone_may_add_a_note_or_escalate(role: Role, user: int, owner: int | None) -> None:
    assert may_work_ticket(role, user, owner, raises_only=True) is None


@given(roles, ids, owners)
def test_only_owner_overseer_or_anyone_on_an_unowned_ticket_may_act(
    role: Role, user: int, owner: int | None
) -> None:
    verdict = may_work_ticket(role, user, owner, raises_only=False)
    allowed = owner is None or owner == user or role in TICKET_OVERSEERS
    assert (verdict is None) == allowed
    assert verdict in (None, NOT_TICKET_OWNER)


@given(roles, ids, owners, st.sampled_from(["", "  ", "原客服下班"]))
def test_reassigning_someone_elses_ticket_takes_an_overseer_and_a_reason(
    role: Role, user: int, owner: int | None, reason: str
) -> None:
    verdict = may_reassign_ticket(role, user, owner, reason)
    if owner is None or owner == user:
        assert verdict is None
    elif role not in TICKET_OVERSEERS:
        assert verdict == NOT_TICKET_OWNER
    else:
        assert verdict == (None if reason.strip() else REASSIGN_REASON_REQUIRED)


def test_an_agent_cannot_take_a_supervisors_ticket() -> None:
    assert may_reassign_ticket(Role.AGENT, 7, 3, "我来处理") == NOT_TICKET_OWNER
    assert may_work_ticket(Role.AGENT, 7, 3, raises_only=False) == NOT_TICKET_OWNER


def test_reassignment_by_example() -> None:
    assert may_reassign_ticket(Role.AGENT, 7, None, "") is None  # nobody's ticket yet
    assert may_reassign_ticket(Role.AGENT, 7, 7, "") is None  # the owner hands it over
    assert may_reassign_ticket(Role.SUPERVISOR, 5, 7, "  ") == REASSIGN_REASON_REQUIRED
    assert may_reassign_ticket(Role.SUPERVISOR, 5, 7, "原客服下班") is None
