"""Domain vocabulary shared by server, client and rules. Pure Python: no SQLAlchemy, no Qt.

Values are the wire and database codes; never rename one without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    DISPATCHER = "dispatcher"
    AGENT = "agent"
    REVIEWER = "reviewer"
    TRAINER = "trainer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class ServiceCategory(StrEnum):
    CLEANING = "cleaning"
    DEEP_CLEANING = "deep_cleaning"
    NANNY = "nanny"
    MATERNITY = "maternity"
    ELDERLY_CARE = "elderly_care"
    HOME_NURSING = "home_nursing"
    APPLIANCE_REPAIR = "appliance_repair"
    PLUMBING_ELECTRICAL = "plumbing_electrical"
    APPLIANCE_CLEANING = "appliance_cleaning"
    MOVING = "moving"


class CertificationKind(StrEnum):
    ID_VERIFICATION = "id_verification"
    HEALTH_CERTIFICATE = "health_certificate"
    BACKGROUND_CHECK = "background_check"
    HOUSEKEEPING_CERTIFICATE = "housekeeping_certificate"
    MATERNITY_CERTIFICATE = "maternity_certificate"
    ELDERLY_CARE_CERTIFICATE = "elderly_care_certificate"
    NURSE_LICENSE = "nurse_license"
    ELECTRICIAN_LICENSE = "electrician_license"


class CertificationStatus(StrEnum):
    """Review states (资质审核). ``submitted`` waits in the queue (a four-eyes kind with one
    approval waits there too, for a second reviewer); ``in_review`` is claimed by one reviewer.
    ``rejected``, ``resubmission_requested``, ``revoked`` and ``expired`` are final: a
    resubmission or a renewal is a new row that ``renews`` the old one."""

    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    RESUBMISSION_REQUESTED = "resubmission_requested"
    REVOKED = "revoked"
    EXPIRED = "expired"


class ProviderStatus(StrEnum):
    """Account status; sanctions (retraining hold, suspension, disqualification) are own rows."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    ONBOARDING = "onboarding"


class ProviderLevel(StrEnum):
    JUNIOR = "junior"
    STANDARD = "standard"
    SENIOR = "senior"
    GOLD = "gold"


class OrderStatus(StrEnum):
    PENDING = "pending"
    ASSIGNED = "assigned"
    ACCEPTED = "accepted"
    EN_ROUTE = "en_route"
    IN_SERVICE = "in_service"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    INVESTIGATING = "investigating"
    RESOLVED = "resolved"
    CALLBACK_DONE = "callback_done"
    CLOSED = "closed"
    REOPENED = "reopened"


class ComplaintCategory(StrEnum):
    SAFETY = "safety"
    THEFT = "theft"
    INJURY = "injury"
    QUALITY = "quality"
    ATTITUDE = "attitude"
    LATENESS = "lateness"
    NO_SHOW = "no_show"
    PRICING = "pricing"
    DAMAGE = "damage"
    OTHER = "other"


class CallbackOutcome(StrEnum):
    REACHED_SATISFIED = "reached_satisfied"
    REACHED_UNSATISFIED = "reached_unsatisfied"
    UNREACHABLE = "unreachable"


class SanctionLevel(StrEnum):
    WARNING = "warning"
    RETRAINING = "retraining"
    SUSPENSION = "suspension"
    DISQUALIFICATION = "disqualification"


class SanctionStatus(StrEnum):
    ACTIVE = "active"
    LIFTED = "lifted"
    OVERTURNED = "overturned"


class AppealStatus(StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"
    OVERTURNED = "overturned"


class ChangeOp(StrEnum):
    UPSERT = "U"
    DELETE = "D"


class PiiField(StrEnum):
    PHONE = "phone"
    ID_NUMBER = "id_number"
    ADDRESS = "address"


class RevealPurpose(StrEnum):
    CALLBACK = "callback"
    DISPATCH_CONTACT = "dispatch_contact"
    COMPLAINT_INVESTIGATION = "complaint_investigation"
    CERTIFICATION_REVIEW = "certification_review"
    EMERGENCY = "emergency"
