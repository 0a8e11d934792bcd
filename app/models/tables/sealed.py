"""Personal fields encrypted at rest (phones, ID numbers, full addresses): AES-GCM per value.

A sealed value is ``enc1:<key id>:<base64 of nonce + ciphertext>``; the key id travels with
each value, so several keys can be in use while a rotation runs (``rotate-key``). The column
name is the associated data: a value copied into another column does not decrypt. The keys are
bound to the database engine (its dialect) by the server, never stored in the database.

Exact phone lookup uses a keyed hash (HMAC-SHA256 of the digits) in a column of its own.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from collections.abc import Iterable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

PREFIX = "enc1:"
_KEY_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_NONCE = 12
_ATTRIBUTE = "shangmen_data_keys"


class DataKeyError(RuntimeError):
    """A sealed value cannot be read or written: no keys bound, or an unknown key id."""


class DataKeys:
    """The keys personal fields are sealed with; the last one given is the current key.

    Args:
        keys: (key id, 32-byte key) pairs, oldest first.
    """

    def __init__(self, keys: Iterable[tuple[str, bytes]]) -> None:
        self._keys: dict[str, AESGCM] = {}
        self._macs: dict[str, bytes] = {}
        current = ""
        for kid, key in keys:
            if not _KEY_ID.match(kid):
                raise DataKeyError(f"key id {kid!r}: use 1-32 letters, digits, - or _")
            if len(key) != 32:
                raise DataKeyError(f"key {kid!r} must be 32 bytes (AES-256), not {len(key)}")
            self._keys[kid] = AESGCM(key)
            # a separate key for the lookup hash, derived so one secret is enough to keep
            self._macs[kid] = hmac.new(key, b"shangmen lookup hash", hashlib.sha256).digest()
            current = kid
        if not current:
            raise DataKeyError("no data key given")
        self.current = current

    @property
    def ids(self) -> list[str]:
        return list(self._keys)

    def seal(self, plain: str, column: str) -> str:
        nonce = os.urandom(_NONCE)
        sealed = self._keys[self.current].encrypt(nonce, plain.encode(), column.encode())
        return f"{PREFIX}{self.current}:{base64.b64encode(nonce + sealed).decode()}"

    def open(self, value: str, column: str) -> str:
        if not value.startswith(PREFIX):
            raise DataKeyError(f"{column}: a value is stored in clear (run the migrations)")
        kid, _, body = value[len(PREFIX) :].partition(":")
        key = self._keys.get(kid)
        if key is None:
            raise DataKeyError(f"{column}: sealed with key {kid!r}, which is not configured")
        raw = base64.b64decode(body)
        try:
            return key.decrypt(raw[:_NONCE], raw[_NONCE:], column.encode()).decode()
        except InvalidTag as exc:
            raise DataKeyError(f"{column}: a sealed value does not open (wrong key?)") from exc

    @staticmethod
    def key_id_of(value: str) -> str | None:
        if not value.startswith(PREFIX):
            return None
        return value[len(PREFIX) :].partition(":")[0]

    def lookup_hash(self, phone: str, kid: str | None = None) -> str:
        """The keyed hash of a phone number's digits (+86, spaces and dashes ignored)."""
        mac = self._macs[kid or self.current]
        return hmac.new(mac, phone_digits(phone).encode(), hashlib.sha256).hexdigest()

    def lookup_hashes(self, phone: str) -> list[str]:
        """The hash under every key: rows not yet re-hashed by a rotation still match."""
        return [self.lookup_hash(phone, kid) for kid in self._keys]


def phone_digits(raw: str) -> str:
    """The digits of a mainland number as people type them (+86, spaces, dashes)."""
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    return digits


def bind_keys(dialect: Dialect, keys: DataKeys) -> None:
    """Seal and open this engine's personal fields with ``keys``."""
    setattr(dialect, _ATTRIBUTE, keys)


def keys_of(dialect: Dialect) -> DataKeys:
    keys = getattr(dialect, _ATTRIBUTE, None)
    if not isinstance(keys, DataKeys):
        raise DataKeyError("no data key is bound to this database engine")
    return keys


class Sealed(TypeDecorator[str]):
    """A text column stored AES-GCM sealed; reads give the clear text back.

    Args:
        column: ``table.column``, the associated data of every value.
    """

    impl = Text
    cache_ok = True

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return keys_of(dialect).seal(value, self.column)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return keys_of(dialect).open(str(value), self.column)

    def copy(self, **kw: Any) -> Sealed:
        return Sealed(self.column)
