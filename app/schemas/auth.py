"""Login and the session it opens."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from app.schemas.common import Body, Text
from app.schemas.users import UserPublic


class LoginRequest(BaseModel):
    username: Annotated[Text, Field(min_length=1, max_length=64)]
    password: Annotated[Text, Field(min_length=1, max_length=256)]


class LoginResponse(BaseModel):
    status: Literal["ok"] = "ok"
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    user: UserPublic
    # After a TOTP enrolment at login: shown once.
    recovery_codes: list[str] = Field(default_factory=list)


class LoginStep(BaseModel):
    """The password was right and one more step remains before a session opens.

    ``password_change_required``: an administrator set the password; POST /auth/new-password.
    ``totp_required``: POST /auth/totp with a code from the authenticator (or a recovery code).
    ``totp_enrolment_required``: the role needs a second factor and none is enrolled yet;
    POST /auth/totp/enrol for the secret, then /auth/totp with the first code.
    """

    status: Literal["password_change_required", "totp_required", "totp_enrolment_required"]
    challenge: str
    expires_at: datetime


class ChallengePassword(Body):
    challenge: Annotated[str, Field(min_length=1, max_length=128)]
    new_password: Annotated[Text, Field(min_length=1, max_length=256)]


class ChallengeOnly(Body):
    challenge: Annotated[str, Field(min_length=1, max_length=128)]


TotpCodeText = Annotated[Text, Field(min_length=6, max_length=32)]


class ChallengeCode(Body):
    challenge: Annotated[str, Field(min_length=1, max_length=128)]
    code: TotpCodeText  # six digits, or a recovery code


class PasswordChange(Body):
    current_password: Annotated[Text, Field(min_length=1, max_length=256)]
    new_password: Annotated[Text, Field(min_length=1, max_length=256)]


class TotpEnrolment(BaseModel):
    """The secret to add to an authenticator app: scan ``otpauth_uri`` as a QR code."""

    secret: str
    otpauth_uri: str


class TotpConfirm(Body):
    code: TotpCodeText


class RecoveryCodes(BaseModel):
    """Shown once: each code logs in once in place of a TOTP code."""

    recovery_codes: list[str]
