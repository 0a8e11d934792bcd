"""What an entity looks like on the wire and in the change feed: PII masked, secrets dropped.

Masking happens here, on the server, before anything is stored in the change log or sent.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, TypeDecorator, inspect

from app.models import tables as t
from app.models.enums import PiiField, Role
from app.rules.access import (
    ACCOUNT_ADMINS,
    CERTIFICATION_DECIDERS,
    CERTIFICATION_INTAKE,
    CONTACT_REVEALERS,
    ID_NUMBER_READERS,
)
from app.rules.feed import FEED_ENTITIES
from app.rules.masking import (
    COARSE_DECIMALS,
    mask_address,
    mask_free_text,
    mask_id_number,
    mask_phone,
)


def _mapped_classes() -> dict[str, type[t.Base]]:
    return {m.class_.__tablename__: m.class_ for m in t.Base.registry.mappers}


# entity name on the wire <-> table class, from the one declaration in app.rules.feed
ENTITIES: dict[str, type[t.Base]] = {e.name: _mapped_classes()[e.table] for e in FEED_ENTITIES}
ENTITY_OF: dict[type[t.Base], str] = {cls: name for name, cls in ENTITIES.items()}

# (entity, column) -> (PII kind, masking function)
PII_COLUMNS: dict[tuple[str, str], tuple[PiiField, Callable[[str], str]]] = {
    ("customer", "phone"): (PiiField.PHONE, mask_phone),
    ("customer", "address"): (PiiField.ADDRESS, mask_address),
    ("provider", "phone"): (PiiField.PHONE, mask_phone),
    ("provider", "id_number"): (PiiField.ID_NUMBER, mask_id_number),
    ("order", "address"): (PiiField.ADDRESS, mask_address),
}
# Free text that people type phone and ID numbers into. One masked payload is stored in the
# change log for every reader, so the numbers in it are masked for every role (as the
# structured fields are); a role that may reveal reads the clear value through a reveal.
FREE_TEXT_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {
        ("order", "note"),
        ("order", "cancel_reason"),
        ("order_event", "note"),
        ("complaint", "summary"),
        ("complaint", "resolution"),
        ("complaint_note", "body"),
        ("callback_attempt", "note"),
        ("certification", "decision_reason"),
    }
)
SECRET_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {
        ("user", "password_hash"),
        ("user", "totp_secret"),
        ("user", "recovery_code_hashes"),
        ("customer", "phone_hash"),
    }
)
# Coordinates are an exact address too: they leave the server rounded to about a kilometre.
COARSE_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {
        ("customer", "lat"),
        ("customer", "lng"),
        ("order", "lat"),
        ("order", "lng"),
        ("provider", "home_lat"),
        ("provider", "home_lng"),
    }
)

# Fields only some roles receive at all (even masked); others get the field left out.
FIELD_ROLES: dict[tuple[str, str], frozenset[Role]] = {
    ("provider", "id_number"): ID_NUMBER_READERS,
    # An account's state is the administrator's business; colleagues see name and role.
    ("user", "must_change_password"): ACCOUNT_ADMINS,
    ("user", "disabled_at"): ACCOUNT_ADMINS,
    ("user", "totp_enabled_at"): ACCOUNT_ADMINS,
    # A certificate's number can be an ID number (ID verification): only those who review it
    # receive it. Why a reviewer turned it down is also for the agents who talk to the
    # provider; dispatchers and trainers need only its kind, state and dates.
    ("certification", "number"): CERTIFICATION_DECIDERS,
    ("certification", "holder_name"): CERTIFICATION_DECIDERS,
    ("certification", "decision_reason"): CERTIFICATION_INTAKE,
}


# Entities only some roles receive at all, in the feed as in the REST API.
ENTITY_ROLES: dict[str, frozenset[Role]] = {
    e.name: e.readers for e in FEED_ENTITIES if e.readers is not None
}
# Entities whose feed payload depends on the reader's role.
ROLE_SENSITIVE: frozenset[str] = frozenset(ENTITY_ROLES) | {e for e, _ in FIELD_ROLES}


def visible(entity: str, role: Role) -> bool:
    roles = ENTITY_ROLES.get(entity)
    return roles is None or role in roles


def hidden_fields(entity: str, role: Role) -> list[str]:
    return [k for (e, k), roles in FIELD_ROLES.items() if e == entity and role not in roles]


def for_role(entity: str, payload: dict[str, Any], role: Role) -> dict[str, Any]:
    """The part of a (masked) payload that ``role`` may see."""
    hidden = hidden_fields(entity, role)
    if not hidden:
        return payload
    return {k: v for k, v in payload.items() if k not in hidden}


def strip_json_fields(raw: str, keys: list[str]) -> str | None:
    """Remove ``"key":"<string>"`` members from compact JSON text without decoding it (the
    feed sends 50k providers in an initial sync); None when a key is not in that simple form,
    so the caller decodes instead. Masked values hold no quotes or backslashes."""
    for key in keys:
        pattern = _member_pattern(key)
        raw, n = pattern.subn(lambda m: "," if m.group(1) and m.group(2) else "", raw, count=1)
        if n == 0 and f'"{key}"' in raw:
            return None
    return raw


@functools.cache
def _member_pattern(key: str) -> re.Pattern[str]:
    # (,)?"key":"value"(,)? -> keep one comma when the member sat between two others
    return re.compile(r'(,)?"' + re.escape(key) + r'":"[^"\\]*"(,)?')


_columns_cache: dict[type[t.Base], list[str]] = {}


def _columns(cls: type[t.Base]) -> list[str]:
    cols = _columns_cache.get(cls)
    if cols is None:
        cols = [c.key for c in inspect(cls).column_attrs]
        _columns_cache[cls] = cols
    return cols


def to_wire(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def project(entity: str, obj: t.Base) -> dict[str, Any]:
    """The masked public form of ``obj``: the same for the feed and the REST responses."""
    out: dict[str, Any] = {}
    for key in _columns(type(obj)):
        if (entity, key) in SECRET_COLUMNS:
            continue
        value = getattr(obj, key)
        pii = PII_COLUMNS.get((entity, key))
        if pii is not None and isinstance(value, str):
            value = pii[1](value)
        elif (entity, key) in FREE_TEXT_COLUMNS and isinstance(value, str):
            value = mask_free_text(value)
        elif (entity, key) in COARSE_COLUMNS and isinstance(value, float):
            value = round(value, COARSE_DECIMALS)
        out[key] = to_wire(value)
    if "version" not in out:
        out["version"] = 1
    return out


def project_row(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    """Like :func:`project` for a plain dict of column values (bulk seeding: 100k+ rows, so
    the row is copied whole and only its time and special columns are visited)."""
    out = dict(row)
    for key in _time_keys(entity):
        value = out.get(key)
        if isinstance(value, datetime | date):
            out[key] = value.isoformat()
    for key in _special_keys(entity):
        if key not in out:
            continue
        value = out[key]
        if (entity, key) in SECRET_COLUMNS:
            del out[key]
            continue
        pii = PII_COLUMNS.get((entity, key))
        if pii is not None and isinstance(value, str):
            out[key] = pii[1](value)
        elif (entity, key) in FREE_TEXT_COLUMNS and isinstance(value, str):
            out[key] = mask_free_text(value)
        elif (entity, key) in COARSE_COLUMNS and isinstance(value, float):
            out[key] = round(value, COARSE_DECIMALS)
    out.setdefault("version", 1)
    return out


@functools.cache
def _time_keys(entity: str) -> tuple[str, ...]:
    """Columns of ``entity`` holding times or dates (sent as ISO text)."""
    keys = []
    for attr in inspect(ENTITIES[entity]).column_attrs:
        kind = attr.columns[0].type
        if isinstance(kind, TypeDecorator):
            kind = kind.impl_instance
        if isinstance(kind, DateTime | Date):
            keys.append(attr.key)
    return tuple(keys)


@functools.cache
def _special_keys(entity: str) -> frozenset[str]:
    """Columns of ``entity`` that are secret, masked or coarsened (the rest pass as they are;
    seeding projects 100k+ rows, so the common case must stay a set lookup)."""
    every = SECRET_COLUMNS | COARSE_COLUMNS | FREE_TEXT_COLUMNS | set(PII_COLUMNS)
    keys = {k for e, k in every if e == entity}
    return frozenset(keys)


def reveal_roles(field: PiiField) -> frozenset[Role]:
    """Roles that may see ``field`` in clear (with a purpose, audited)."""
    return ID_NUMBER_READERS if field is PiiField.ID_NUMBER else CONTACT_REVEALERS
