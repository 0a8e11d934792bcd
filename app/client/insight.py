"""Operations insight for the desktop: the facts the KPIs read, from the local cache.

:func:`load` reads everything the dashboard's KPIs need at ``now`` (orders scheduled from a
week and a day before today, their timelines, complaints, sanctions with their appeals and
retraining assessments, certificates). :func:`update` takes what one or more feed steps
changed and re-reads only those rows, returning new inputs: the old ones are never changed,
so a page can hand them to a pool thread and keep showing the previous snapshot meanwhile.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from app.client.cache import CacheReader, table_of
from app.rules.complaint_rows import Row
from app.rules.kpi.facts import (
    AssessmentKpiFacts,
    ComplaintKpiFacts,
    OrderKpiFacts,
    assessment_kpi_facts,
    cert_kpi_facts,
    complaint_kpi_facts,
    order_kpi_facts,
)
from app.rules.kpi.snapshot import KpiInputs, data_since, retraining_since
from app.rules.sanction_rows import assessment_facts, latest_appeals, sanction_facts

# Entities whose change moves a KPI (the page listens to exactly these).
ENTITIES: tuple[str, ...] = (
    "order",
    "order_event",
    "complaint",
    "sanction",
    "appeal",
    "assessment",
    "training_course",
    "certification",
    "callback_attempt",
    "training_session",
)
_SANCTION_SIDE = frozenset({"sanction", "appeal", "assessment", "training_course"})
_TRAINING_SIDE = frozenset({"assessment", "training_course", "training_session"})
MARGIN = timedelta(days=1)  # text comparison of times in the cache: read a day more, filter exact


def _query(reader: CacheReader, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    try:
        return reader.connection.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # an entity this mirror never received
            return []
        raise


# What the KPIs read of an order and of its timeline, picked out in SQL (cached columns and
# json_extract): decoding every row's JSON in Python was most of the cost of a first read.
_ORDER_KEYS = ("id", "status", "category", "district", "scheduled_start", "dispatch_by",
               "provider_id", "created_at", "cancel_reason")  # fmt: skip
_ORDER_SELECT = (
    "SELECT id, status, category, district, scheduled_start, dispatch_by, provider_id, "
    "json_extract(data, '$.created_at'), json_extract(data, '$.cancel_reason') "
    f"FROM {table_of('order')} WHERE "
)
_EVENT_SELECT = (
    "SELECT order_id, json_extract(data, '$.action'), json_extract(data, '$.at') "
    f"FROM {table_of('order_event')} "
    "WHERE json_extract(data, '$.action') IN ('assign', 'start', 'complete', 'cancel') "
    f"AND order_id IN (SELECT id FROM {table_of('order')} WHERE "
)
SINCE = "scheduled_start >= ?"
PROVIDERS_SINCE = "provider_id IN (SELECT value FROM json_each(?)) AND scheduled_start >= ?"
BY_IDS = "id IN (SELECT value FROM json_each(?))"


def _since_text(now: datetime, since: datetime | None = None) -> str:
    start = data_since(now) if since is None else since
    return (start - MARGIN).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _orders(reader: CacheReader, where: str, params: tuple[Any, ...]) -> dict[int, OrderKpiFacts]:
    """The facts of the orders ``where`` selects (SQL on the order table), with timelines."""
    events: dict[int, list[Row]] = {}
    for order_id, action, at in _query(reader, _EVENT_SELECT + where + ")", params):
        events.setdefault(int(order_id), []).append({"action": action, "at": at})
    return {
        int(row[0]): order_kpi_facts(dict(zip(_ORDER_KEYS, row, strict=True)),
                                     events.get(int(row[0]), ()))
        for row in _query(reader, _ORDER_SELECT + where, params)
    }  # fmt: skip


def _ids(ids: Iterable[int]) -> tuple[str]:
    return (json.dumps(sorted({int(i) for i in ids})),)


def _sanctions(reader: CacheReader) -> tuple[list[Any], dict[Any, list[Any]]]:
    rows = reader.all("sanction")
    latest = latest_appeals(reader.all("appeal"))
    facts = [sanction_facts(r, latest.get(r["id"])) for r in rows]
    providers = {r["provider_id"] for r in rows}
    assessed = reader.where("assessment", "provider_id", list(providers))
    courses = reader.many("training_course", {int(a["course_id"]) for a in assessed
                                              if a.get("course_id")})  # fmt: skip
    codes = {c["id"]: str(c.get("code") or "") for c in courses}
    per_provider: dict[Any, list[Any]] = {}
    for a in assessed:
        per_provider.setdefault(a["provider_id"], []).extend(assessment_facts([a], codes))
    return facts, per_provider


def _complaints(reader: CacheReader, rows: list[dict[str, Any]]) -> dict[int, ComplaintKpiFacts]:
    """The facts of complaint ``rows`` with their callback attempts (read by complaint id)."""
    ids = [int(r["id"]) for r in rows]
    callbacks: dict[int, list[Row]] = {}
    for complaint_id, at, outcome in _query(
        reader,
        "SELECT complaint_id, json_extract(data, '$.at'), json_extract(data, '$.outcome') "
        f"FROM {table_of('callback_attempt')} WHERE complaint_id IN (SELECT value FROM "
        "json_each(?))",
        _ids(ids),
    ):
        callbacks.setdefault(int(complaint_id), []).append({"at": at, "outcome": outcome})
    return {i: complaint_kpi_facts(r, callbacks.get(i, ())) for i, r in zip(ids, rows, strict=True)}


def _training(reader: CacheReader) -> tuple[tuple[AssessmentKpiFacts, ...], dict[int, str]]:
    """The signed assessments, with their course codes and their sessions' trainers, and the
    trainers' names."""
    rows = [a for a in reader.all("assessment") if (a.get("state") or "signed") == "signed"]
    codes = {int(c["id"]): str(c.get("code") or "") for c in reader.all("training_course")}
    sessions = {int(a["session_id"]) for a in rows if a.get("session_id")}
    trainers = {int(x["id"]): x.get("trainer_id") for x in reader.many("training_session",
                                                                        sessions)}  # fmt: skip
    facts = tuple(assessment_kpi_facts(a, codes, trainers) for a in rows)
    ids = {int(t) for t in trainers.values() if t is not None}
    names = {int(u["id"]): str(u.get("display_name") or u.get("username") or u["id"])
             for u in reader.many("user", ids)}  # fmt: skip
    return facts, names


def _retrained_orders(
    reader: CacheReader, training: Iterable[AssessmentKpiFacts], now: datetime
) -> dict[int, OrderKpiFacts]:
    """The older orders of providers who passed a retraining lately (the retraining outcome
    compares the month before it): read by provider, not the whole history."""
    since = retraining_since(now)
    providers = {a.provider_id for a in training
                 if a.is_retraining and a.passed and a.assessed_at >= since}  # fmt: skip
    if not providers:
        return {}
    return _orders(reader, PROVIDERS_SINCE, (*_ids(providers), _since_text(now, since)))


def load(reader: CacheReader, now: datetime) -> KpiInputs:
    """Everything the live KPIs at ``now`` read, in one pass over the cache."""
    orders = _orders(reader, SINCE, (_since_text(now),))
    complaints = _complaints(reader, reader.all("complaint"))
    # A complaint may be about an older order: its district still counts.
    missing = {c.order_id for c in complaints.values() if c.order_id is not None} - set(orders)
    if missing:
        orders |= _orders(reader, BY_IDS, _ids(missing))
    sanctions, assessments = _sanctions(reader)
    certs = tuple(cert_kpi_facts(r) for r in reader.all("certification"))
    training, trainers = _training(reader)
    orders = _retrained_orders(reader, training, now) | orders
    return KpiInputs(orders, complaints, sanctions, assessments, certs, training, trainers)


def update(
    reader: CacheReader, inputs: KpiInputs, changed: Mapping[str, Iterable[int]], now: datetime
) -> KpiInputs:
    """``inputs`` with the rows in ``changed`` (entity -> ids) read again from the cache."""
    orders = dict(inputs.orders)
    complaints = dict(inputs.complaints)
    order_ids = {int(i) for i in changed.get("order", ())}
    event_ids = list(changed.get("order_event", ()))
    if event_ids:
        order_ids |= {int(e["order_id"]) for e in reader.many("order_event", event_ids)}
    if order_ids:
        fresh = _orders(reader, BY_IDS, _ids(order_ids))
        for gone in order_ids - set(fresh):
            orders.pop(gone, None)
        orders |= fresh
    complaint_ids = {int(i) for i in changed.get("complaint", ())}
    callback_ids = list(changed.get("callback_attempt", ()))
    if callback_ids:
        complaint_ids |= {int(c["complaint_id"]) for c in reader.many("callback_attempt",
                                                                       callback_ids)}  # fmt: skip
    if complaint_ids:
        rows = reader.many("complaint", complaint_ids)
        for gone in complaint_ids - {int(r["id"]) for r in rows}:
            complaints.pop(gone, None)
        complaints |= _complaints(reader, rows)
    sanctions, assessments = inputs.sanctions, inputs.assessments
    if _SANCTION_SIDE & set(changed):
        sanctions, assessments = _sanctions(reader)
    certs = inputs.certs
    cert_ids = {int(i) for i in changed.get("certification", ())}
    if cert_ids:
        by_id = {c.id: c for c in certs}
        rows = reader.many("certification", cert_ids)
        for gone in cert_ids - {int(r["id"]) for r in rows}:
            by_id.pop(gone, None)
        by_id |= {int(r["id"]): cert_kpi_facts(r) for r in rows}
        certs = tuple(by_id.values())
    training, trainers = inputs.training, inputs.trainers
    if _TRAINING_SIDE & set(changed):
        training, trainers = _training(reader)
        orders = _retrained_orders(reader, training, now) | orders
    return KpiInputs(orders, complaints, sanctions, assessments, certs, training, trainers)
