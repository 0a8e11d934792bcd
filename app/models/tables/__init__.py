"""SQLAlchemy 2.0 typed tables, shared by the server database and (by name) the client cache."""

from app.models.tables.base import Base, SyncedMixin, UTCDateTime
from app.models.tables.certification import (
    Certification,
    CertificationDocument,
    CertificationReview,
    DocumentBlob,
)
from app.models.tables.complaints import CallbackAttempt, Complaint, ComplaintNote
from app.models.tables.orders import Order, OrderEvent
from app.models.tables.people import (
    AuthSession,
    Customer,
    CustomerBlock,
    LoginChallenge,
    Provider,
    User,
)
from app.models.tables.reports import KpiDay, StoredReport
from app.models.tables.sanctions import Appeal, Sanction
from app.models.tables.system import (
    AuditLog,
    ChangeLog,
    IdempotencyRecord,
    LoginThrottle,
    ServerMeta,
)
from app.models.tables.training import (
    Assessment,
    AssessmentAmendment,
    TrainingCourse,
    TrainingEnrolment,
    TrainingSession,
)

__all__ = [
    "Appeal",
    "Assessment",
    "AssessmentAmendment",
    "AuditLog",
    "AuthSession",
    "Base",
    "CallbackAttempt",
    "Certification",
    "CertificationDocument",
    "CertificationReview",
    "ChangeLog",
    "Complaint",
    "ComplaintNote",
    "Customer",
    "CustomerBlock",
    "DocumentBlob",
    "IdempotencyRecord",
    "KpiDay",
    "LoginChallenge",
    "LoginThrottle",
    "Order",
    "OrderEvent",
    "Provider",
    "Sanction",
    "ServerMeta",
    "StoredReport",
    "SyncedMixin",
    "TrainingCourse",
    "TrainingEnrolment",
    "TrainingSession",
    "UTCDateTime",
    "User",
]
