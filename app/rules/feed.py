"""What the change feed carries: one declaration per entity, read by server and desktop alike.

Each :class:`FeedEntity` says which table the entity lives in, which roles receive it (in the
feed as in the REST API), and which fields the desktop's local cache copies into columns of
their own so that pages can query them (everything else stays in the row's JSON). Adding a
live entity to the app is one entry here; the server finds the table by its name and the
desktop's cache creates the table and its indexes from the same entry.

Pure data: no I/O, no SQLAlchemy (the server maps ``table`` to its mapped class itself).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Role
from app.rules.access import COMPLAINT_READERS


@dataclass(frozen=True, slots=True)
class CachedField:
    """A field of the entity's JSON copied into a cache column of its own.

    Args:
        name: the field (and column) name.
        sql_type: SQLite column type ("TEXT", "INTEGER", "REAL").
        json: the value is a list or object, stored as JSON text (query it with json_each).
        indexed: create an index on the column.
    """

    name: str
    sql_type: str = "TEXT"
    json: bool = False
    indexed: bool = False


@dataclass(frozen=True, slots=True)
class FeedEntity:
    """One entity the change feed carries.

    Args:
        name: the entity's name on the wire ("order", "complaint_note").
        table: the server table it is stored in.
        readers: the roles that receive it at all; None means every role.
        cached: the fields the desktop cache keeps in columns (for WHERE, ORDER BY, joins).
    """

    name: str
    table: str
    readers: frozenset[Role] | None = None
    cached: tuple[CachedField, ...] = ()

    def visible_to(self, role: Role | str) -> bool:
        """Whether ``role`` receives this entity (the offline ranking says what it lacks)."""
        return self.readers is None or Role(role) in self.readers


def _i(name: str, *, indexed: bool = False) -> CachedField:
    return CachedField(name, "INTEGER", indexed=indexed)


def _t(name: str, *, indexed: bool = False) -> CachedField:
    return CachedField(name, "TEXT", indexed=indexed)


FEED_ENTITIES: tuple[FeedEntity, ...] = (
    FeedEntity(
        "order",
        "orders",
        cached=(
            _t("code"),
            _t("status"),
            _t("category"),
            _t("district"),
            _t("address"),
            _i("customer_id", indexed=True),
            _i("provider_id", indexed=True),
            _t("scheduled_start"),
            _t("scheduled_end"),
            _t("dispatch_by"),
            _i("price_cents"),
            _i("premium"),
            # The board's problems panel: orders a lapsed certificate broke (mostly "").
            _t("flag_code", indexed=True),
        ),
    ),
    FeedEntity("order_event", "order_events", cached=(_i("order_id", indexed=True),)),
    FeedEntity("customer", "customers", cached=(_t("name"),)),
    FeedEntity(
        "customer_block",
        "customer_blocks",
        readers=COMPLAINT_READERS,
        cached=(_i("customer_id", indexed=True), _i("provider_id")),
    ),
    FeedEntity(
        "provider",
        "providers",
        cached=(
            _t("name"),
            _t("status"),
            _t("home_district"),
            CachedField("categories", json=True),
            CachedField("districts_served", json=True),
        ),
    ),
    FeedEntity(
        "certification",
        "certifications",
        # The review queue reads one page of open items oldest first (status, submitted_at),
        # "my claims" (claimed_by), the expiry watch (expires_on, review_due) and the search
        # (number, holder_name) by column, never by decoding every row's JSON.
        cached=(
            _i("provider_id", indexed=True),
            _t("status", indexed=True),
            _t("kind"),
            _t("submitted_at", indexed=True),
            _i("claimed_by"),
            _t("expires_on"),
            _t("review_due"),
            # The queue's search (reviewers get them; others' caches hold NULL).
            _t("number"),
            _t("holder_name"),
        ),
    ),
    FeedEntity(
        "complaint",
        "complaints",
        readers=COMPLAINT_READERS,
        cached=(
            _t("status", indexed=True),
            _i("assignee_id", indexed=True),
            _i("customer_id", indexed=True),
            _i("provider_id", indexed=True),
            _i("order_id", indexed=True),  # repeat flags: complaints about the same order
        ),
    ),
    FeedEntity(
        "complaint_note",
        "complaint_notes",
        readers=COMPLAINT_READERS,
        cached=(_i("complaint_id", indexed=True),),
    ),
    FeedEntity(
        "callback_attempt",
        "callback_attempts",
        readers=COMPLAINT_READERS,
        cached=(_i("complaint_id", indexed=True),),
    ),
    FeedEntity(
        "sanction",
        "sanctions",
        cached=(_i("provider_id", indexed=True), _i("complaint_id", indexed=True)),
    ),
    FeedEntity("appeal", "appeals", cached=(_i("sanction_id", indexed=True),)),
    FeedEntity("training_course", "training_courses"),
    FeedEntity(
        "training_session",
        "training_sessions",
        cached=(_i("trainer_id", indexed=True), _t("starts_at", indexed=True), _t("state")),
    ),
    FeedEntity(
        "training_enrolment",
        "training_enrolments",
        cached=(_i("session_id", indexed=True), _i("provider_id", indexed=True)),
    ),
    FeedEntity(
        "assessment",
        "assessments",
        cached=(_i("provider_id", indexed=True), _i("session_id", indexed=True)),
    ),
    FeedEntity(
        "assessment_amendment",
        "assessment_amendments",
        cached=(_i("assessment_id", indexed=True),),
    ),
    FeedEntity("user", "users"),
)

FEED: dict[str, FeedEntity] = {e.name: e for e in FEED_ENTITIES}
