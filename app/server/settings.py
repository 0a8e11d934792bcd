"""Server settings, declared once (environment prefix ``SHANGMEN_``; the CLI fills them)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    return Path(user_data_dir("shangmen-desk", appauthor=False))


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHANGMEN_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str = ""  # empty: SQLite file in data_dir
    # The key of the personal fields at rest (app.server.data_keys): the key text itself, or a
    # file holding it; neither: data.key in the data folder (beside a SQLite database).
    data_key: str = Field(default="", repr=False)
    data_key_file: Path | None = None
    demo: bool = False
    demo_seed: int = 20261127
    # Past Beijing days the demo also has (orders, complaints), for the dashboard's week-ago
    # comparison and the reports of yesterday and last week; 0 = today only.
    demo_history_days: int = Field(default=8, ge=0, le=60)
    simulate: float = 0.0  # simulator actions per second; 0 = off
    session_idle_minutes: int = 120
    session_absolute_hours: int = 12
    # Failed logins are counted per user name from one address (the guesser), per address
    # (spraying many names) and per user name (guesses from many addresses). README: "Login
    # limits" says what each does.
    login_throttle_after: int = 5  # failures of one user name from one address before 429
    login_lock_after: int = 10  # ... before that address is locked out of that account (423)
    login_address_throttle_after: int = 20  # failures from one address, any names, before 429
    login_address_lock_after: int = 50  # ... before the address is blocked for lock minutes
    login_user_lock_after: int = 20  # failures of one name from all addresses: 423 for
    # the addresses that failed; an address without failures still logs in
    login_window_minutes: int = 15
    login_throttle_seconds: int = 30
    login_lock_minutes: int = 15
    # Administrators and supervisors must enrol a second factor (TOTP) at their next login
    # (off in demo mode, so that one command still shows a working app).
    totp_enrolment_required: bool = True
    login_challenge_minutes: int = 5  # between the password and the second step
    password_checks: int = 2  # argon2 checks at once per process (64 MiB each)
    password_check_wait_seconds: float = 2.0  # then 429 with Retry-After
    forwarded_allow_ips: str = ""  # proxies whose X-Forwarded-For is trusted ("*" = any)
    # Swagger UI at /api/v1/docs, off unless this names a folder holding its files
    # (swagger-ui-bundle.js, swagger-ui.css from the npm package swagger-ui-dist): served from
    # here, never from a CDN. The OpenAPI schema itself is always served.
    api_docs_dir: Path | None = None
    max_body_bytes: int = 1024 * 1024  # default request-body limit; routes may declare others
    feed_poll_seconds: float = 0.05
    feed_tail_size: int = 20000
    feed_max_wait: float = 25.0
    idempotency_hours: int = 24
    housekeeping_seconds: float = 600.0
    escalation_seconds: float = 60.0  # how often overdue complaints are looked for
    # How often the leader looks for a daily/weekly report whose morning (06:00 Beijing) came.
    report_check_seconds: float = 300.0
    compact_after_hours: float = 24.0  # superseded change-log rows older than this go

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'server.sqlite3'}"
