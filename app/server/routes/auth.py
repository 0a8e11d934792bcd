"""Login and its steps (new password, TOTP code, TOTP enrolment), logout, the own account.

A right password answers either a session (``LoginResponse``) or, when a step remains, a
short-lived challenge (``LoginStep``); the steps take the challenge and answer the same way.
Slow checks (argon2) run between transactions, never inside a write.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from app.models import tables as t
from app.models.enums import Role
from app.rules.access import ALL_STAFF
from app.schemas.auth import (
    ChallengeCode,
    ChallengeOnly,
    ChallengePassword,
    LoginRequest,
    LoginResponse,
    LoginStep,
    PasswordChange,
    RecoveryCodes,
    TotpConfirm,
    TotpEnrolment,
)
from app.schemas.users import UserPublic
from app.server import clock
from app.server.deps import DbDep, SettingsDep, client_address
from app.server.errors import ApiError
from app.server.guards import Staff
from app.server.routes.commands import Command, command
from app.server.security import PasswordGate, hash_password
from app.server.services import auth as auth_service
from app.server.services import login_steps
from app.server.services import own_account as own
from app.server.services.auth import LoginResult, LoginStepResult
from app.server.services.context import audit

router = APIRouter(prefix="/auth", tags=["auth"])
StaffCommand = Annotated[Command, Depends(command(ALL_STAFF))]
LoginAnswer = LoginResponse | LoginStep


def _answer(result: LoginResult | LoginStepResult, codes: list[str] | None = None) -> LoginAnswer:
    if isinstance(result, LoginStepResult):
        return LoginStep.model_validate(
            {"status": result.step, "challenge": result.challenge, "expires_at": result.expires_at}
        )
    user = result.user
    return LoginResponse(
        access_token=result.token,
        expires_at=result.expires_at,
        user=UserPublic(
            id=user.id, username=user.username, display_name=user.display_name, role=Role(user.role)
        ),
        recovery_codes=codes or [],
    )


@router.post("/login", response_model=LoginAnswer)
def login(body: LoginRequest, request: Request, db: DbDep, cfg: SettingsDep) -> LoginAnswer:
    """Three short steps, so that a slow password check never holds a write transaction and
    parallel guesses are counted before any of them is checked."""
    now = clock.now()
    username = body.username.strip()
    address = client_address(request)
    with db.write() as s:
        attempt = auth_service.count_attempt(s, username, address, now, cfg)
    if isinstance(attempt, ApiError):
        raise attempt  # 429 / 423, after the commit so that the refusal is counted
    with db.read() as s:
        who = auth_service.candidate(s, username)
    try:
        ok = auth_service.password_ok(who, body.password, request.app.state.password_gate)
    except ApiError:
        with db.write() as s:  # turned away before the check: not a failed guess
            auth_service.undo_attempt(s, attempt, now, proved=False)
        raise
    with db.write() as s:
        result = auth_service.finish_login(s, who, ok, username, address, now, cfg, attempt)
        if not isinstance(result, ApiError):
            response = _answer(result)
    if isinstance(result, ApiError):
        raise result  # after the commit, so that the failure is audited
    return response


@router.post("/new-password", response_model=LoginAnswer)
def new_password(
    body: ChallengePassword, request: Request, db: DbDep, cfg: SettingsDep
) -> LoginAnswer:
    """The login step after a one-time password: choose one's own (the password policy)."""
    now = clock.now()
    with db.read() as s:
        who = login_steps.pending(s, body.challenge, now, (login_steps.PASSWORD_STEP,))
    login_steps.check_password_policy(body.new_password, who.username)
    password_hash = hash_password(body.new_password)
    actor = own.actor_for(who.user_id, who.username, who.role, client_address(request))
    with db.write() as s:
        login_steps.spend(s, who.token_hash)
        user = own.set_password(s, actor, who.user_id, password_hash, now)
        return _answer(own.continue_login(s, user, actor, now, cfg))


@router.post("/totp/start", response_model=TotpEnrolment)
def totp_start(body: ChallengeOnly, request: Request, db: DbDep) -> TotpEnrolment:
    """The login step of a role that needs a second factor and has none: a secret to scan;
    the first code from it (POST /auth/totp) confirms it."""
    now = clock.now()
    with db.write() as s:
        who = login_steps.pending(s, body.challenge, now, (login_steps.ENROL_STEP,))
        actor = own.actor_for(who.user_id, who.username, who.role, client_address(request))
        answer = own.start_enrolment(s, actor, who.user_id, now)
    return TotpEnrolment.model_validate(answer)


def _check_code(
    who: login_steps.Pending, code: str, now_ok: bool, gate: PasswordGate
) -> tuple[bool, str | None]:
    if now_ok:
        return True, None
    if who.step != login_steps.TOTP_STEP:
        return False, None  # enrolment is confirmed by a TOTP code only
    used = login_steps.recovery_code_used(who.recovery_code_hashes, code, gate)
    return used is not None, used


@router.post("/totp", response_model=LoginResponse)
def totp(body: ChallengeCode, request: Request, db: DbDep, cfg: SettingsDep) -> LoginResponse:
    """The second factor at login: a TOTP code (or a recovery code). A wrong code counts in the
    login limits like a wrong password."""
    now = clock.now()
    address = client_address(request)
    with db.read() as s:
        who = login_steps.pending(
            s, body.challenge, now, (login_steps.TOTP_STEP, login_steps.ENROL_STEP)
        )
    with db.write() as s:
        attempt = auth_service.count_attempt(s, who.username, address, now, cfg)
    if isinstance(attempt, ApiError):
        raise attempt
    gate: PasswordGate = request.app.state.password_gate
    step = login_steps.totp_step(who.totp_secret, body.code, now)
    ok, used = _check_code(who, body.code, step is not None, gate)
    codes, hashes = (
        login_steps.new_recovery_codes() if ok and who.step == login_steps.ENROL_STEP else ([], [])
    )
    actor = own.actor_for(who.user_id, who.username, who.role, address)
    with db.write() as s:
        if ok and step is not None and not login_steps.claim_totp_step(s, who.user_id, step):
            ok = False  # a code already used: someone replays what they saw
            audit(s, actor, now, "auth.totp_replayed", "user", who.user_id)
        if not ok:
            error = login_steps.wrong_code(s, who.token_hash)
            audit(s, actor, now, "auth.totp_failed", "user", who.user_id)
        else:
            auth_service.undo_attempt(s, attempt, now, proved=True)
            login_steps.spend(s, who.token_hash)
            if who.step == login_steps.ENROL_STEP:
                user = own.confirm_enrolment(s, actor, who.user_id, hashes, now)
            else:
                user = s.get_one(t.User, who.user_id)
                if used is not None:
                    own.use_recovery_code(s, actor, user, used, now)
            result = auth_service.open_session(s, user, actor, now, cfg)
            response = _answer(result, codes)
    if not ok:
        raise error
    assert isinstance(response, LoginResponse)
    return response


@router.post("/logout", status_code=204)
def logout(current: Staff, db: DbDep, request: Request) -> None:
    with db.write() as s:
        auth_service.logout(s, current.token, current.actor, clock.now())
    request.app.state.session_cache.evict(current.token)


@router.get("/me", response_model=UserPublic)
def me(current: Staff) -> UserPublic:
    a = current.actor
    assert a.user_id is not None
    return UserPublic(
        id=a.user_id, username=a.username, display_name=current.display_name, role=a.role
    )


def _wrong_current() -> ApiError:
    return ApiError(
        422,
        "wrong_current_password",
        "当前密码不正确。",
        "The current password is not right.",
    )


@router.post("/me/password", status_code=204)
def change_password(body: PasswordChange, cmd: StaffCommand, cfg: SettingsDep) -> None:
    """Change one's own password (the password policy applies)."""
    a = cmd.actor
    assert a.user_id is not None
    with cmd.db.read() as s:
        who = auth_service.candidate(s, a.username)
    if not auth_service.password_ok(
        who, body.current_password, cmd.request.app.state.password_gate
    ):
        raise _wrong_current()
    login_steps.check_password_policy(body.new_password, a.username)
    if body.new_password == body.current_password:
        raise ApiError(422, "weak_password", "新密码不能与当前密码相同。", "Choose a new password.")
    password_hash = hash_password(body.new_password)
    user_id = a.user_id
    cmd.run(body, lambda s, now: {"id": own.set_password(s, a, user_id, password_hash, now).id})


@router.post("/me/totp/enrol", response_model=TotpEnrolment)
def my_totp_enrol(cmd: StaffCommand) -> TotpEnrolment:
    """Enrol a second factor for one's own account (optional for most roles)."""
    a = cmd.actor
    assert a.user_id is not None
    with cmd.db.write() as s:
        answer = own.start_enrolment(s, a, a.user_id, clock.now())
    return TotpEnrolment.model_validate(answer)


@router.post("/me/totp/confirm", response_model=RecoveryCodes)
def my_totp_confirm(body: TotpConfirm, cmd: StaffCommand) -> RecoveryCodes:
    """Confirm the enrolment with the first code; answers the recovery codes, once."""
    a = cmd.actor
    assert a.user_id is not None
    now = clock.now()
    with cmd.db.read() as s:
        secret = s.get_one(t.User, a.user_id).totp_secret
    step = login_steps.totp_step(secret, body.code, now)
    wrong = ApiError(
        422,
        "bad_totp_code",
        "验证码错误，请输入身份验证器中当前的 6 位数字。",
        "Wrong code: enter the current six digits from your authenticator.",
    )
    if step is None:
        raise wrong
    codes, hashes = login_steps.new_recovery_codes()
    with cmd.db.write() as s:
        if not login_steps.claim_totp_step(s, a.user_id, step):
            raise wrong
        own.confirm_enrolment(s, a, a.user_id, hashes, now)
    return RecoveryCodes(recovery_codes=codes)
