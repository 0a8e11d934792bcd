"""A provider's scorecard (服务人员档案) from the local cache, off the UI thread.

:func:`load` reads one provider's rows by the indexed ``provider_id`` columns (orders from a
day before the 90-day period, with their timelines; complaints, sanctions with appeals,
certificates, signed assessments), and the same order and complaint figures of the peers
(same main category and home district), then hands them to ``app.rules.kpi.scorecard``.
:func:`touches` says whether a feed step changed any row of the provider.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from app.client.cache import CacheReader, table_of
from app.rules.complaint_rows import Row, as_time, time_of
from app.rules.kpi.facts import OrderKpiFacts, cert_kpi_facts, order_kpi_facts
from app.rules.kpi.scorecard import (
    ComplaintMark,
    ProviderFacts,
    Scorecard,
    TrainingResult,
    figures,
    main_category,
    scorecard,
    scorecard_period,
)
from app.rules.sanction_rows import latest_appeals, sanction_facts

MARGIN = timedelta(days=1)  # times compared as text in SQL: read a day more, the rules filter
# Entities whose rows the scorecard shows (the dialog listens to exactly these).
ENTITIES: tuple[str, ...] = (
    "provider", "order", "order_event", "complaint", "sanction", "appeal", "certification",
    "assessment", "training_course",
)  # fmt: skip
BY_PROVIDER = ("order", "complaint", "sanction", "certification", "assessment")


def _query(reader: CacheReader, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    try:
        return reader.connection.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # an entity this mirror never received (by role)
            return []
        raise


def _json_ids(ids: Iterable[int]) -> str:
    return json.dumps(sorted({int(i) for i in ids}))


_ORDER_KEYS = ("id", "provider_id", "status", "category", "district", "scheduled_start",
               "dispatch_by", "created_at", "cancel_reason", "rating")  # fmt: skip
_ORDERS = (
    "SELECT id, provider_id, status, category, district, scheduled_start, dispatch_by, "
    "json_extract(data, '$.created_at'), json_extract(data, '$.cancel_reason'), "
    "json_extract(data, '$.rating') "
    f"FROM {table_of('order')} "
    "WHERE provider_id IN (SELECT value FROM json_each(?)) AND scheduled_start >= ?"
)
_EVENTS = (
    "SELECT order_id, json_extract(data, '$.action'), json_extract(data, '$.at') "
    f"FROM {table_of('order_event')} WHERE order_id IN (SELECT value FROM json_each(?)) "
    "AND json_extract(data, '$.action') IN ('assign', 'start', 'complete', 'cancel')"
)
_COMPLAINTS = (
    "SELECT provider_id, json_extract(data, '$.opened_at'), "
    f"json_extract(data, '$.substantiated') FROM {table_of('complaint')} "
    "WHERE provider_id IN (SELECT value FROM json_each(?))"
)
_PEERS = (
    f"SELECT id FROM {table_of('provider')} WHERE home_district = ? "
    "AND json_extract(categories, '$[0]') = ? AND id != ?"
)


@dataclass(frozen=True, slots=True)
class _OrdersOf:
    orders: dict[int, list[OrderKpiFacts]]  # provider id -> their orders
    ratings: dict[int, int]  # order id -> rating


def _orders_of(reader: CacheReader, providers: Iterable[int], since: datetime) -> _OrdersOf:
    since_text = (since - MARGIN).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    rows = [dict(zip(_ORDER_KEYS, r, strict=True))
            for r in _query(reader, _ORDERS, (_json_ids(providers), since_text))]  # fmt: skip
    events: dict[int, list[Row]] = {}
    for order_id, action, at in _query(reader, _EVENTS, (_json_ids(r["id"] for r in rows),)):
        events.setdefault(int(order_id), []).append({"action": action, "at": at})
    out = _OrdersOf({}, {})
    for row in rows:
        oid = int(row["id"])
        out.orders.setdefault(int(row["provider_id"]), []).append(
            order_kpi_facts(row, events.get(oid, ()))
        )
        if row["rating"] is not None:
            out.ratings[oid] = int(row["rating"])
    return out


def _complaints_of(reader: CacheReader, providers: Iterable[int]) -> dict[int, list[ComplaintMark]]:
    out: dict[int, list[ComplaintMark]] = {}
    for pid, opened, found in _query(reader, _COMPLAINTS, (_json_ids(providers),)):
        if opened is not None:
            mark = ComplaintMark(time_of(opened), None if found is None else bool(found))
            out.setdefault(int(pid), []).append(mark)
    return out


def _training(reader: CacheReader, provider_id: int) -> tuple[TrainingResult, ...]:
    signed = [a for a in reader.where("assessment", "provider_id", [provider_id])
              if a.get("state", "signed") == "signed"]  # fmt: skip
    courses = {c["id"]: c for c in reader.many("training_course", {a["course_id"] for a in signed})}
    results = []
    for a in signed:
        course = courses.get(a["course_id"], {})
        at = as_time(a.get("signed_at")) or time_of(a["assessed_at"])
        results.append(TrainingResult(
            str(course.get("code") or ""), str(course.get("name") or ""), at,
            bool(a.get("passed")), bool(a.get("is_retraining")), a.get("theory_score"),
            a.get("practical_score"),
        ))  # fmt: skip
    return tuple(results)


@dataclass(frozen=True, slots=True)
class Loaded:
    """The scorecard and the ids of the rows it was built from (entity -> ids), so that a
    row that stops being the provider's (a reassigned order) still refreshes it."""

    card: Scorecard
    shown: Mapping[str, frozenset[int]]


def load(reader: CacheReader, provider_id: int, now: datetime) -> Loaded | None:
    """The scorecard of ``provider_id`` at ``now``; None when the cache has no such provider."""
    provider = reader.get("provider", provider_id)
    if provider is None:
        return None
    categories = tuple(str(c) for c in provider.get("categories") or ())
    district = str(provider.get("home_district") or "")
    peers = [int(pid) for (pid,) in _query(
        reader, _PEERS, (district, main_category(categories), provider_id))]  # fmt: skip
    period = scorecard_period(now)
    orders = _orders_of(reader, [provider_id, *peers], period.start)
    complaints = _complaints_of(reader, [provider_id, *peers])
    peer_figures = [
        figures(orders.orders.get(p, ()), orders.ratings, complaints.get(p, ()), period)
        for p in peers
    ]
    sanction_rows = reader.where("sanction", "provider_id", [provider_id])
    appeals = latest_appeals(
        reader.where("appeal", "sanction_id", [s["id"] for s in sanction_rows])
    )
    cert_rows = reader.where("certification", "provider_id", [provider_id])
    own = orders.orders.get(provider_id, [])
    facts = ProviderFacts(
        provider_id=provider_id,
        code=str(provider.get("code") or ""),
        name=str(provider.get("name") or ""),
        categories=categories,
        district=district,
        orders=tuple(own),
        ratings=orders.ratings,
        complaints=tuple(complaints.get(provider_id, ())),
        sanctions=tuple(sanction_facts(s, appeals.get(s["id"])) for s in sanction_rows),
        certs=tuple(cert_kpi_facts(c) for c in cert_rows),
        training=_training(reader, provider_id),
    )
    shown = {
        "order": frozenset(o.id for o in own),
        "sanction": frozenset(int(s["id"]) for s in sanction_rows),
        "certification": frozenset(int(c["id"]) for c in cert_rows),
    }
    return Loaded(scorecard(facts, peer_figures, now), shown)


def touches(reader: CacheReader, provider_id: int, changed: Mapping[str, Iterable[int]]) -> bool:
    """Whether the rows in ``changed`` (entity -> ids) are, as the cache now holds them, the
    provider's own (or its orders' timelines, its sanctions' appeals, the courses)."""
    if provider_id in {int(i) for i in changed.get("provider", ())} or changed.get(
        "training_course"
    ):
        return True
    for entity in BY_PROVIDER:
        ids = list(changed.get(entity, ()))
        if ids and _query(
            reader,
            f"SELECT 1 FROM {table_of(entity)} WHERE provider_id = ? "
            "AND id IN (SELECT value FROM json_each(?)) LIMIT 1",
            (provider_id, _json_ids(ids)),
        ):
            return True
    events = list(changed.get("order_event", ()))
    if events and _query(
        reader,
        f"SELECT 1 FROM {table_of('order_event')} e JOIN {table_of('order')} o "
        "ON o.id = e.order_id WHERE o.provider_id = ? "
        "AND e.id IN (SELECT value FROM json_each(?)) LIMIT 1",
        (provider_id, _json_ids(events)),
    ):
        return True
    appeals = list(changed.get("appeal", ()))
    return bool(appeals) and bool(
        _query(
            reader,
            f"SELECT 1 FROM {table_of('appeal')} a JOIN {table_of('sanction')} s "
            "ON s.id = a.sanction_id WHERE s.provider_id = ? "
            "AND a.id IN (SELECT value FROM json_each(?)) LIMIT 1",
            (provider_id, _json_ids(appeals)),
        )
    )
