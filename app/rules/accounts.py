"""Staff accounts: the password policy, the second factor, and the last administrator.

Pure rules, shared by the server (which enforces them) and the desktop (which explains a
disabled button before the click). The list of common passwords is data the caller loads
(``resources/security/common_passwords.txt``); these functions do no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.models.enums import Role
from app.rules.reasons import Reason

PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 256

# A second factor (TOTP) is required of these roles; others may enrol if they wish.
TOTP_REQUIRED_ROLES: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.ADMIN})

PASSWORD_TOO_SHORT = Reason(
    "password.too_short",
    f"密码至少需要 {PASSWORD_MIN_LENGTH} 个字符。",
    f"The password needs at least {PASSWORD_MIN_LENGTH} characters.",
)
PASSWORD_TOO_LONG = Reason(
    "password.too_long",
    f"密码最多 {PASSWORD_MAX_LENGTH} 个字符。",
    f"The password may have at most {PASSWORD_MAX_LENGTH} characters.",
)
PASSWORD_COMMON = Reason(
    "password.common",
    "这是常见密码，很容易被猜中，请换一个。",
    "This is a common password that is easily guessed; choose another.",
)
PASSWORD_IS_USERNAME = Reason(
    "password.contains_username",
    "密码不能包含用户名。",
    "The password may not contain the user name.",
)
PASSWORD_UNCHANGED = Reason(
    "password.unchanged",
    "新密码不能与当前密码相同。",
    "The new password must differ from the current one.",
)
LAST_ADMIN = Reason(
    "account.last_admin",
    "这是最后一个启用的管理员账户：请先启用或任命另一位管理员。",
    "This is the last enabled administrator: enable or appoint another administrator first.",
)
NOT_YOURSELF = Reason(
    "account.not_yourself",
    "不能停用自己的账户。",
    "You cannot disable your own account.",
)
ALREADY_DISABLED = Reason(
    "account.already_disabled", "该账户已停用。", "This account is already disabled."
)
ALREADY_ENABLED = Reason(
    "account.already_enabled", "该账户已启用。", "This account is already enabled."
)


def normalise_common(lines: Iterable[str]) -> frozenset[str]:
    """The common-password list from its file's lines (comments and blanks skipped)."""
    return frozenset(
        s.strip().lower() for s in lines if s.strip() and not s.lstrip().startswith("#")
    )


def password_problem(password: str, username: str, common: frozenset[str]) -> Reason | None:
    """Why ``password`` may not be used for ``username``; None when it may.

    At least 10 characters, not in the list of common passwords (compared without case), and
    not containing the user name (a name of three or more characters, without case).
    """
    if len(password) < PASSWORD_MIN_LENGTH:
        return PASSWORD_TOO_SHORT
    if len(password) > PASSWORD_MAX_LENGTH:
        return PASSWORD_TOO_LONG
    lowered = password.lower()
    if lowered in common or lowered.strip() in common:
        return PASSWORD_COMMON
    name = username.strip().lower()
    if name and (lowered == name or (len(name) >= 3 and name in lowered)):
        return PASSWORD_IS_USERNAME
    return None


@dataclass(frozen=True, slots=True)
class AccountState:
    """What the last-administrator rule needs to know of an account."""

    user_id: int
    role: Role
    enabled: bool


def leaves_no_admin(
    accounts: Iterable[AccountState], user_id: int, *, role: Role, enabled: bool
) -> bool:
    """Whether giving account ``user_id`` this role and state leaves no enabled administrator."""
    remaining = 0
    for a in accounts:
        r, e = (role, enabled) if a.user_id == user_id else (a.role, a.enabled)
        if r == Role.ADMIN and e:
            remaining += 1
    return remaining == 0


def may_disable(
    accounts: Iterable[AccountState], user_id: int, actor_id: int | None
) -> Reason | None:
    """Why account ``user_id`` may not be disabled; None when it may."""
    rows = list(accounts)
    target = next((a for a in rows if a.user_id == user_id), None)
    if target is not None and not target.enabled:
        return ALREADY_DISABLED
    if user_id == actor_id:
        return NOT_YOURSELF
    if target is not None and leaves_no_admin(rows, user_id, role=target.role, enabled=False):
        return LAST_ADMIN
    return None


def may_change_role(accounts: Iterable[AccountState], user_id: int, role: Role) -> Reason | None:
    """Why account ``user_id`` may not take ``role``; None when it may."""
    rows = list(accounts)
    target = next((a for a in rows if a.user_id == user_id), None)
    if target is not None and leaves_no_admin(rows, user_id, role=role, enabled=target.enabled):
        return LAST_ADMIN
    return None


def totp_required(role: Role) -> bool:
    return role in TOTP_REQUIRED_ROLES
