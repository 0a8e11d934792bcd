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
# Training: schedule sessions, enrol, take attendance, score, sign off, amend.
TRAINING_WRITERS: frozenset[Role] = frozenset({Role.TRAINER, Role.SUPERVISOR, Role.ADMIN})
# Edit a course's rubric, pass marks, absences allowed and certificate validity.
RUBRIC_EDITORS: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.ADMIN})
# Read courses, sessions, a provider's training record and the retraining/recertification lists.
TRAINING_READERS: frozenset[Role] = frozenset(Role)
