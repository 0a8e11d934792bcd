"""The order board's rows: orders with customer and provider names, searchable by pinyin.

Built by :meth:`app.client.cache.Cache.board_rows` on the sync worker; the views sort and
filter these plain objects in Python.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache, partial
from typing import Any


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
