"""Who may do what: the one statement of each role policy.

The server enforces these (every route); the desktop reads the same sets to hide or disable
what a role cannot do. Admins may do everything.
"""

from __future__ import annotations

from app.models.enums import Role

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
