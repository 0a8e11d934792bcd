"""The password policy and the last-administrator rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.models.enums import Role
from app.rules.accounts import (
    ALREADY_DISABLED,
    LAST_ADMIN,
    NOT_YOURSELF,
    PASSWORD_COMMON,
    PASSWORD_IS_USERNAME,
    PASSWORD_TOO_LONG,
    PASSWORD_TOO_SHORT,
    AccountState,
    leaves_no_admin,
    may_change_role,
    may_disable,
    normalise_common,
    password_problem,
    totp_required,
)

COMMON = normalise_common(["# comment", "", "  Password123 ", "1qaz2wsx3edc"])


def test_common_list_skips_comments_and_ignores_case() -> None:
    assert frozenset({"password123", "1qaz2wsx3edc"}) == COMMON


def test_password_policy() -> None:
    assert password_problem("short", "liwei", COMMON) == PASSWORD_TOO_SHORT
    assert password_problem("x" * 257, "liwei", COMMON) == PASSWORD_TOO_LONG
    assert password_problem("PASSWORD123", "liwei", COMMON) == PASSWORD_COMMON
    assert password_problem("1QAZ2wsx3edc", "liwei", COMMON) == PASSWORD_COMMON
    assert password_problem("my-LiWei-is-long", "liwei", COMMON) == PASSWORD_IS_USERNAME
    assert password_problem("abcdefghijkl", "abcdefghijkl", COMMON) == PASSWORD_IS_USERNAME
    assert password_problem("ab-lantern-77", "ab", COMMON) is None  # a 2-letter name may occur
    assert password_problem("Hutong-Lantern-7342", "liwei", COMMON) is None


@given(st.text(min_size=10, max_size=40).filter(lambda p: p.lower().strip() not in COMMON))
def test_long_uncommon_passwords_without_the_name_pass(password: str) -> None:
    assert password_problem(password, "", COMMON) is None


ADMIN, OTHER_ADMIN, AGENT = 1, 2, 3


def accounts(other_admin_enabled: bool = True) -> list[AccountState]:
    return [
        AccountState(ADMIN, Role.ADMIN, True),
        AccountState(OTHER_ADMIN, Role.ADMIN, other_admin_enabled),
        AccountState(AGENT, Role.AGENT, True),
    ]


def test_no_change_leaves_no_enabled_administrator() -> None:
    assert not leaves_no_admin(accounts(), ADMIN, role=Role.AGENT, enabled=True)
    assert leaves_no_admin(accounts(False), ADMIN, role=Role.AGENT, enabled=True)
    assert leaves_no_admin(accounts(False), ADMIN, role=Role.ADMIN, enabled=False)
    assert may_change_role(accounts(False), ADMIN, Role.SUPERVISOR) == LAST_ADMIN
    assert may_change_role(accounts(), ADMIN, Role.SUPERVISOR) is None
    assert may_change_role(accounts(False), AGENT, Role.TRAINER) is None
    assert may_change_role(accounts(), 99, Role.TRAINER) is None  # unknown: the server 404s


def test_who_may_be_disabled() -> None:
    assert may_disable(accounts(), OTHER_ADMIN, ADMIN) is None
    assert may_disable(accounts(False), OTHER_ADMIN, ADMIN) == ALREADY_DISABLED
    assert may_disable(accounts(), ADMIN, ADMIN) == NOT_YOURSELF
    assert may_disable(accounts(False), ADMIN, None) == LAST_ADMIN
    assert may_disable(accounts(), AGENT, ADMIN) is None
    assert may_disable(accounts(), 99, ADMIN) is None


def test_second_factor_required_of_supervisors_and_admins() -> None:
    assert totp_required(Role.ADMIN)
    assert totp_required(Role.SUPERVISOR)
    assert not totp_required(Role.AGENT)
