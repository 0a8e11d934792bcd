"""Every server path the desktop uses, in one place (views never spell a URL)."""

from __future__ import annotations

API = "/api/v1"

HEALTH = f"{API}/health"
VERSION = f"{API}/version"
LOGIN = f"{API}/auth/login"
LOGOUT = f"{API}/auth/logout"
ME = f"{API}/auth/me"
CHANGES = f"{API}/changes"
SNAPSHOT = f"{API}/snapshot"  # a first sync's bulk part (older servers: 404)
ORDERS = f"{API}/orders"
CUSTOMER_LOOKUP = f"{API}/customers/lookup"
AUDIT = f"{API}/audit"
AUDIT_VERIFY = f"{API}/audit/verify"
REPORTS = f"{API}/reports"
KPI_RANGE = f"{API}/kpis/range"
NEW_PASSWORD = f"{API}/auth/new-password"  # login step: the challenge says who
TOTP_START = f"{API}/auth/totp/start"
TOTP_LOGIN = f"{API}/auth/totp"
MY_PASSWORD = f"{API}/auth/me/password"
MY_TOTP_ENROL = f"{API}/auth/me/totp/enrol"
MY_TOTP_CONFIRM = f"{API}/auth/me/totp/confirm"
ACCOUNTS = f"{API}/accounts"
ACCOUNT_ACTIONS = frozenset(
    {"edit", "disable", "enable", "reset-password", "reset-totp", "sessions/end"}
)


def account_action(user_id: int, action: str) -> str:
    """POST an administrator's command on an account."""
    if action not in ACCOUNT_ACTIONS:
        raise ValueError(f"unknown account action {action!r}")
    return f"{ACCOUNTS}/{int(user_id)}/{action}"


def account_sessions(user_id: int) -> str:
    return f"{ACCOUNTS}/{int(user_id)}/sessions"


ORDER_ACTIONS = frozenset({"assign", "unassign", "accept", "depart", "start", "complete", "cancel"})

# Entity name on the wire -> its collection in the URL (reveal and read-only collections).
COLLECTION_OF: dict[str, str] = {
    "order": "orders",
    "customer": "customers",
    "provider": "providers",
    "certification": "certifications",
    "complaint": "complaints",
    "sanction": "sanctions",
    "training_course": "training-courses",
    "training_session": "training-sessions",
    "assessment": "assessments",
    "user": "users",
}


def order(order_id: int) -> str:
    """GET: the order with its events."""
    return f"{ORDERS}/{int(order_id)}"


def order_action(order_id: int, action: str) -> str:
    """POST a state-machine transition (needs If-Match and an Idempotency-Key)."""
    if action not in ORDER_ACTIONS:
        raise ValueError(f"unknown order action {action!r}")
    return f"{ORDERS}/{int(order_id)}/{action}"


def collection(entity: str) -> str:
    return f"{API}/{COLLECTION_OF[entity]}"


def item(entity: str, entity_id: int) -> str:
    return f"{collection(entity)}/{int(entity_id)}"


def reveal(entity: str, entity_id: int) -> str:
    """POST: one masked field in clear (customer, provider or order; audited)."""
    if entity not in ("customer", "provider", "order"):
        raise ValueError(f"{entity} has no revealable fields")
    return f"{item(entity, entity_id)}/reveal"


def plain_http_to_remote(server_url: str) -> bool:
    """True for ``http://`` to anything but this computer: passwords would travel in clear."""
    from ipaddress import ip_address
    from urllib.parse import urlsplit

    parts = urlsplit(server_url)
    if parts.scheme != "http":
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return False
    try:
        return not ip_address(host).is_loopback
    except ValueError:
        return True


TRAINING_SESSIONS = f"{API}/training-sessions"
SESSION_STEPS = frozenset({"start", "complete", "cancel", "attendance", "sign-off", "enrol"})


def training_session_step(session_id: int, step: str) -> str:
    """POST a step on a training session (start, complete, cancel, attendance, sign-off)."""
    if step not in SESSION_STEPS:
        raise ValueError(f"unknown training session step {step!r}")
    return f"{TRAINING_SESSIONS}/{int(session_id)}/{step}"


def assessment_draft(session_id: int, provider_id: int) -> str:
    """POST a provider's draft scores in a session (If-Match or the scores seen)."""
    return f"{TRAINING_SESSIONS}/{int(session_id)}/assessments/{int(provider_id)}/draft"


def assessment_amend(assessment_id: int) -> str:
    """POST a correction to a signed assessment, with a reason (If-Match)."""
    return f"{API}/assessments/{int(assessment_id)}/amend"


def report_pdf(report_id: int) -> str:
    return f"{REPORTS}/{int(report_id)}/pdf"


# ---- complaints (``app/server/routes/complaints.py``) ----------------------------------------

COMPLAINTS = f"{API}/complaints"  # POST: a new ticket (the hotline intake)

# Commands on one ticket: the action's name on the wire -> the path segment after the id.
TICKET_COMMANDS: dict[str, str] = {
    "acknowledge": "acknowledge",
    "start_investigation": "start-investigation",
    "add_note": "notes",
    "assign": "assign",
    "escalate": "escalate",
    "resolve": "resolve",
    "log_callback": "callbacks",
    "record_sanction_decision": "sanction-decision",
    "block_provider": "block-provider",
    "close": "close",
    "reopen": "reopen",
}


def ticket_command(complaint_id: int, action: str) -> str:
    """POST one handling step (needs If-Match and an Idempotency-Key)."""
    if action not in TICKET_COMMANDS:
        raise ValueError(f"unknown complaint action {action!r}")
    return f"{COMPLAINTS}/{int(complaint_id)}/{TICKET_COMMANDS[action]}"
