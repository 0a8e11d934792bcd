"""Who may do what: the one statement of each role policy.

The server enforces these (every route); the desktop reads the same sets to hide or disable
what a role cannot do. Admins may do everything.
"""

from __future__ import annotations

from app.models.enums import Role
from app.rules.reasons import Reason

# Create orders, assign / unassign / cancel, plan and apply batches.
DISPATCH_ROLES: frozenset[Role] = frozenset({Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN})
# Assign a provider the rules refuse, with a reason.
OVERRIDE_ROLES: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.ADMIN})
# Read complaints (REST and change feed) and look a caller up by phone.
COMPLAINT_READERS: frozenset[Role] = frozenset(
    {Role.AGENT, Role.SUPERVISOR, Role.DISPATCHER, Role.ADMIN}
)
# Work tickets: intake, handling steps, callbacks, appeals on a provider's behalf.
COMPLAINT_WORKERS: frozenset[Role] = frozenset({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
# Decide sanctions and appeals; receive escalations.
SANCTION_DECIDERS: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.ADMIN})
# Every logged-in member of staff: read orders and the read-only collections, follow the
# change feed, see a provider's sanction history (the board explains holds to dispatchers).
ALL_STAFF: frozenset[Role] = frozenset(Role)
# Administer staff accounts: create, edit, disable, reset passwords and second factors, end
# sessions; see disabled accounts, last logins and sessions.
ACCOUNT_ADMINS: frozenset[Role] = frozenset({Role.ADMIN})
# See the whole operations dashboard (运营看板) and export the daily report: every KPI,
# complaints and sanctions included.
INSIGHT_READERS: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.ADMIN})
# Open the dashboard at all: every role sees the KPIs of its own work, computed from what its
# own local cache holds (which figures: app/views/insight/roles.py).
DASHBOARD_READERS: frozenset[Role] = ALL_STAFF
# List, download and make the kept daily and weekly operations reports (日报, 周报).
REPORT_READERS: frozenset[Role] = INSIGHT_READERS
# Read the audit log.
AUDIT_READERS: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.ADMIN})
# See a provider's ID number at all (masked) and reveal it in clear: certification work.
ID_NUMBER_READERS: frozenset[Role] = frozenset({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
# Reveal a phone number or an exact address in clear (to call or send someone), with a purpose.
CONTACT_REVEALERS: frozenset[Role] = frozenset(
    {Role.DISPATCHER, Role.AGENT, Role.SUPERVISOR, Role.ADMIN}
)
# Certification (资质审核): decide (claim, approve, reject, request resubmission, revoke) and
# fetch the scans, which are personal information; every fetch is audited.
CERTIFICATION_DECIDERS: frozenset[Role] = frozenset({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
DOCUMENT_READERS: frozenset[Role] = CERTIFICATION_DECIDERS
# Enter a certificate (with its scans) on a provider's behalf, or a renewal.
CERTIFICATION_INTAKE: frozenset[Role] = CERTIFICATION_DECIDERS | {Role.AGENT}
# Read the queue and a certificate's status (dispatchers and agents: status only).
CERTIFICATION_READERS: frozenset[Role] = CERTIFICATION_DECIDERS | {Role.DISPATCHER, Role.AGENT}
# Training: schedule sessions, enrol, take attendance, score, sign off, amend.
TRAINING_WRITERS: frozenset[Role] = frozenset({Role.TRAINER, Role.SUPERVISOR, Role.ADMIN})
# Edit a course's rubric, pass marks, absences allowed and certificate validity.
RUBRIC_EDITORS: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.ADMIN})
# Read courses, sessions, a provider's training record and the retraining/recertification lists.
TRAINING_READERS: frozenset[Role] = frozenset(Role)
# Act on any complaint ticket, whoever owns it (others: their own or unowned tickets only).
TICKET_OVERSEERS: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.ADMIN})

NOT_TICKET_OWNER = Reason(
    "complaint.not_owner",
    "此工单由其他人负责：您只能添加备注或上报主管。",
    "Someone else owns this ticket: you may only add notes or escalate it.",
)
REASSIGN_REASON_REQUIRED = Reason(
    "complaint.reassign_reason_required",
    "转交他人负责的工单须说明原因。",
    "Give a reason to reassign a ticket that someone else owns.",
)


def may_work_ticket(
    role: Role, user_id: int | None, owner_id: int | None, *, raises_only: bool
) -> Reason | None:
    """Whether a person may take a step on a complaint ticket; None when they may.

    The owner, a supervisor or an admin may act; on a ticket nobody owns yet anyone who works
    tickets may (acknowledging takes it). Everyone else may only add to the record
    (``raises_only``: a note, or an escalation that hands the ticket to a supervisor): an
    agent who could work a colleague's ticket could also quietly take it over.
    """
    if raises_only or owner_id is None or role in TICKET_OVERSEERS or user_id is None:
        return None  # user_id None: the server's own jobs (escalation)
    return None if user_id == owner_id else NOT_TICKET_OWNER


def may_reassign_ticket(
    role: Role, user_id: int | None, owner_id: int | None, reason: str
) -> Reason | None:
    """Whether a person may give a ticket to someone; None when they may.

    The owner hands their own ticket over freely, and anyone may assign an unowned one. Only
    a supervisor or an admin reassigns someone else's ticket, and then with a reason.
    """
    if owner_id is None or (user_id is not None and user_id == owner_id):
        return None
    if role not in TICKET_OVERSEERS:
        return NOT_TICKET_OWNER
    return None if reason.strip() else REASSIGN_REASON_REQUIRED
