"""The order board's rows: orders with customer and provider names, searchable by pinyin.

Built by :func:`board_rows` from the local cache, off the UI thread; the views sort and filter
these plain objects in Python.
"""

from __future__ import annotations

import json
import os
import sqlite3
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache, partial
from typing import Any

from app.client.cache import CacheReader
from app.rules.orders import TERMINAL


@lru_cache(maxsize=1)
def _initials_of() -> Callable[[str], list[str]]:
    """pypinyin's ``lazy_pinyin`` in first-letter style, imported on first use.

    Imported without its phrase dictionary (and without copying its tables): that is 12 MB
    of RSS instead of 55 MB, and phrases do not help with people's names anyway.
    """
    flags = ("PYPINYIN_NO_PHRASES", "PYPINYIN_NO_DICT_COPY")
    saved = {flag: os.environ.get(flag) for flag in flags}
    os.environ.update(dict.fromkeys(flags, "1"))
    try:
        from pypinyin import Style, lazy_pinyin
    finally:
        for flag, value in saved.items():
            if value is None:
                os.environ.pop(flag, None)
            else:
                os.environ[flag] = value
    return partial(lazy_pinyin, style=Style.FIRST_LETTER)


@lru_cache(maxsize=65536)
def pinyin_initials(text: str) -> str:
    """Pinyin initials: "张三" -> "zs"; other characters pass through lower-cased. Cached."""
    if not text or text.isascii():
        return text.lower()
    return "".join(_initials_of()(text)).lower()


@dataclass(slots=True)
class BoardRow:
    """One line of the order board: the order joined with customer and provider names."""

    id: int
    version: int
    code: str
    status: str
    category: str
    district: str
    address: str  # masked by the server
    customer_id: int
    customer_name: str
    provider_id: int | None
    provider_name: str
    scheduled_start: datetime
    scheduled_end: datetime
    dispatch_by: datetime
    price_cents: int
    premium: bool
    search_key: str  # lower-case: code, names, address and the names' pinyin initials


def search_key(code: str, customer_name: str, address: str, provider_name: str) -> str:
    return " ".join(
        (
            code,
            customer_name,
            address,
            pinyin_initials(customer_name),
            provider_name,
            pinyin_initials(provider_name),
        )
    ).lower()


class BoardRowMaker:
    """Builds BoardRows sharing equal values: 100k rows repeat a few thousand names, addresses,
    statuses and half-hour slots, so pooling them saves most of the memory and parsing."""

    LIMIT = 500_000  # pooled values kept between calls before the pools start afresh

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        self._times: dict[str, datetime] = {}
        self._customer_keys: dict[tuple[str, str], str] = {}
        self._provider_keys: dict[str, str] = {}

    def trim(self) -> None:
        if len(self._strings) + len(self._times) + len(self._customer_keys) > self.LIMIT:
            self._strings, self._times = {}, {}
            self._customer_keys, self._provider_keys = {}, {}

    def _time(self, text: str) -> datetime:
        value = self._times.get(text)
        if value is None:
            value = self._times[text] = datetime.fromisoformat(text)
        return value

    def _keys(self, customer: str, address: str, provider: str) -> tuple[str, str]:
        ck = self._customer_keys.get((customer, address))
        if ck is None:
            ck = f"{customer} {address} {pinyin_initials(customer)}".lower()
            self._customer_keys[(customer, address)] = ck
        pk = self._provider_keys.get(provider)
        if pk is None:
            pk = self._provider_keys[provider] = f"{provider} {pinyin_initials(provider)}".lower()
        return ck, pk

    def row(self, r: tuple[Any, ...], customer_name: str, provider_name: str) -> BoardRow:
        """``r``: id, version, code, status, category, district, address, customer_id,
        provider_id, scheduled_start, scheduled_end, dispatch_by, price_cents, premium."""
        pool = self._strings.setdefault
        cname = pool(customer_name, customer_name)
        pname = pool(provider_name, provider_name)
        address = pool(r[6], r[6])
        ck, pk = self._keys(cname, address, pname)
        code = r[2]
        return BoardRow(
            r[0],
            r[1],
            code,
            pool(r[3], r[3]),
            pool(r[4], r[4]),
            pool(r[5], r[5]),
            address,
            r[7],
            cname,
            r[8],
            pname,
            self._time(r[9]),
            self._time(r[10]),
            self._time(r[11]),
            r[12],
            bool(r[13]),
            f"{code.lower()} {ck} {pk}",
        )


# ---- the board's queries on the local cache ----------------------------------------------

_BOARD_COLUMNS = (
    "SELECT id, version, code, status, category, district, address, customer_id, "
    "provider_id, scheduled_start, scheduled_end, dispatch_by, price_cents, premium "
    "FROM ent_order"
)
# One row maker per reader: its pools share strings between loads made on that connection.
_makers: weakref.WeakKeyDictionary[CacheReader, BoardRowMaker] = weakref.WeakKeyDictionary()


# Open orders, and finished ones scheduled from a cut-off (app.rules.orders.on_board); times
# are cached as ISO text in UTC, compared by their "YYYY-MM-DDTHH:MM:SS" prefix.
_FINISHED = ", ".join(f"'{s.value}'" for s in sorted(TERMINAL))
_ON_BOARD = f"(status NOT IN ({_FINISHED}) OR scheduled_start >= ?)"


def board_rows(
    reader: CacheReader, ids: Iterable[int] | None = None, *, since: datetime | None = None
) -> list[BoardRow]:
    """Every cached order (or just ``ids``), with customer and provider names; with
    ``since`` (:func:`app.rules.orders.board_cut_off`), only those on the board."""
    conn = reader.connection
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        where.append(_ON_BOARD)
        params.append(since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"))
    # Names through dicts rather than a JOIN: 100k B-tree probes into the wide customer
    # and provider rows cost more than reading their (id, name) once.
    orders: Iterable[tuple[Any, ...]]
    if ids is None:
        customers = _names(conn, "customer")
        providers = _names(conn, "provider")
        sql = _BOARD_COLUMNS + "".join(f" WHERE {w}" for w in where) + " ORDER BY id"
        orders = conn.execute(sql, params)  # streamed: no second copy
    else:
        wanted = json.dumps(sorted({int(i) for i in ids}))
        where.append("id IN (SELECT value FROM json_each(?))")
        params.append(wanted)
        orders = conn.execute(
            _BOARD_COLUMNS + " WHERE " + " AND ".join(where) + " ORDER BY id", params
        ).fetchall()
        customers = _names(conn, "customer", {r[7] for r in orders})
        providers = _names(conn, "provider", {r[8] for r in orders if r[8] is not None})
    maker = _makers.get(reader)
    if maker is None:
        maker = _makers[reader] = BoardRowMaker()
    maker.trim()
    make = maker.row
    cname, pname = customers.get, providers.get
    return [make(r, cname(r[7], ""), pname(r[8], "")) for r in orders]


def _names(conn: sqlite3.Connection, entity: str, ids: set[int] | None = None) -> dict[Any, str]:
    sql = f"SELECT id, name FROM ent_{entity}"
    if ids is None:
        return dict(conn.execute(sql))
    if not ids:
        return {}
    return dict(
        conn.execute(
            sql + " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),)
        )
    )


@dataclass(frozen=True, slots=True)
class OrderEvent:
    """One step of an order's timeline."""

    id: int
    at: datetime | None
    action: str
    note: str
    actor_name: str  # who took the step; "" when no person did
    from_status: str
    to_status: str

    @classmethod
    def from_row(cls, row: dict[str, Any], actor_name: str) -> OrderEvent:
        at = row.get("at")
        return cls(
            id=int(row["id"]),
            at=datetime.fromisoformat(at) if isinstance(at, str) else None,
            action=str(row.get("action", "")),
            note=str(row.get("note") or ""),
            actor_name=actor_name,
            from_status=str(row.get("from_status") or ""),
            to_status=str(row.get("to_status") or ""),
        )


def order_events(reader: CacheReader, order_id: int) -> list[OrderEvent]:
    """An order's timeline, oldest first; each event with ``actor_name``, who took the step
    ("" when no person did: the customer's booking, the simulator, a server job)."""
    events = reader.where("order_event", "order_id", [order_id])
    actors = {e["actor_id"] for e in events if e.get("actor_id") is not None}
    names = {
        int(u["id"]): str(u.get("display_name") or u.get("username") or "")
        for u in reader.many("user", actors)
    }
    return [OrderEvent.from_row(e, names.get(e.get("actor_id") or 0, "")) for e in events]


@dataclass(frozen=True, slots=True)
class ProviderOption:
    """A provider the offline Assign may offer: who, how good, where they work."""

    id: int
    code: str
    name: str
    level: str
    rating: float
    home_district: str
    districts_served: tuple[str, ...]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ProviderOption:
        return cls(
            id=int(row["id"]),
            code=str(row.get("code", "")),
            name=str(row.get("name", "")),
            level=str(row.get("level", "")),
            rating=float(row.get("rating", 0.0)),
            home_district=str(row.get("home_district", "")),
            districts_served=tuple(row.get("districts_served") or ()),
        )

    def serves(self, district: str) -> bool:
        return self.home_district == district or district in self.districts_served


def providers_for(reader: CacheReader, category: str, district: str) -> list[ProviderOption]:
    """Active providers offering ``category``; those serving ``district`` first.

    The picker shows the rest too: app.rules decides eligibility (a provider outside the
    district may still be near enough) and explains a refusal.
    """
    rows = reader.connection.execute(
        "SELECT data FROM ent_provider p WHERE status = 'active' "
        "AND EXISTS (SELECT 1 FROM json_each(p.categories) WHERE value = ?1) "
        "ORDER BY (home_district = ?2 OR EXISTS "
        "(SELECT 1 FROM json_each(p.districts_served) WHERE value = ?2)) DESC, id",
        (category, district),
    )
    return [ProviderOption.from_row(json.loads(data)) for (data,) in rows]
