"""ApiClient: the desktop's HTTP link to the server (requests, no Qt).

Every call has a timeout. Only safe calls (GET) are retried, with backoff; a command (POST)
is sent once, and the Outbox resends it later under the same Idempotency-Key if the answer
was lost. Errors come back as the typed exceptions of :mod:`app.client.errors`.

The HTTP session is injectable (qutebrowser's ``PyPIVersionClient`` style) so that a test can
pass a stub that answers synchronously.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import requests

from app import API_VERSION, __version__
from app.client import endpoints
from app.client.errors import (
    ClientError,
    IncompatibleServer,
    LoginStepRequired,
    ServerError,
    Unreachable,
    certificate_error,
    from_response,
    timed_out,
    unreachable,
)
from app.schemas.meta import VersionInfo


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> UserInfo:
        return cls(
            id=int(data["id"]),
            username=str(data["username"]),
            display_name=str(data["display_name"]),
            role=str(data["role"]),
        )


@dataclass(frozen=True)
class LoginInfo:
    token: str
    expires_at: datetime
    user: UserInfo
    recovery_codes: tuple[str, ...] = ()  # after a TOTP enrolment at login: show once

    def __repr__(self) -> str:  # never print the token
        return f"LoginInfo(user={self.user!r}, expires_at={self.expires_at!r})"


@dataclass(frozen=True)
class ChangesPage:
    changes: list[dict[str, Any]]
    cursor: str
    has_more: bool


SnapshotRow = tuple[str, int, int, str]  # entity, id, version, the data's JSON text
SNAPSHOT_BATCH = 5000  # rows per batch handed to the cache


@dataclass(frozen=True)
class Snapshot:
    """A first sync's bulk part: every row the user may see at the feed position ``cursor``.

    ``batches`` streams them (lists of rows whose data stays JSON text: the cache stores it
    as it comes) and raises Unreachable when the stream is cut short, so that a partial
    snapshot is never taken for all of it.
    """

    cursor: str
    batches: Generator[list[SnapshotRow], None, None]


class ApiClient:
    """The server's REST API as typed Python calls.

    Args:
        base_url: e.g. ``https://desk.example.cn:8443`` (no trailing ``/api/v1``).
        session: the HTTP session to use (a stub in tests); a new ``requests.Session`` if None.
        verify: TLS verification: True (system CAs), or a path to a CA bundle. False only
            for local experiments; never the default.
        timeout: seconds for every call (the change feed adds its long-poll ``wait``).
        token: a session token from an earlier login (e.g. from the keyring).
        retries: attempts for a safe call (GET) that meets Unreachable or a 5xx.
        backoff: seconds before the first retry; doubled for each further one.
        sleep: how to wait between retries (tests pass a no-op).
    """

    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        verify: bool | str = True,
        timeout: float = 10.0,
        token: str | None = None,
        retries: int = 3,
        backoff: float = 0.25,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.verify = verify
        self.timeout = timeout
        self.retries = max(1, retries)
        self.backoff = backoff
        self._sleep = sleep
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()

    def __repr__(self) -> str:  # never print the token
        return f"ApiClient({self.base_url!r}, logged_in={self.token is not None})"

    def close(self) -> None:
        """Close the HTTP session if this client made it."""
        if self._owns_session:
            self._session.close()

    # -- the calls ---------------------------------------------------------------------------

    def check_server(self) -> VersionInfo:
        """GET /version; raises IncompatibleServer when the API versions do not overlap."""
        info = self.get(endpoints.VERSION)
        server_api = int(info.get("api_version", 0))
        min_client = int(info.get("min_client_api", server_api))
        if not min_client <= API_VERSION <= server_api:
            raise IncompatibleServer(
                "incompatible_server",
                f"服务器接口版本（{server_api}）与本客户端（{API_VERSION}）不兼容，请升级客户端。",
                f"The server's API version ({server_api}) does not work with this client "
                f"({API_VERSION}); please update the client.",
                details={"server": info},
            )
        return VersionInfo.model_validate(info)

    def login(self, username: str, password: str) -> LoginInfo:
        """Log in and keep the token on this client (the caller stores it in the keyring)."""
        return self.login_step(endpoints.LOGIN, {"username": username, "password": password})

    def login_step(self, path: str, request: Mapping[str, Any]) -> LoginInfo:
        """POST a login or one of its later steps; the session, or ``LoginStepRequired``."""
        body = self._json(self._send("POST", path, json_body=request))
        if body.get("status", "ok") != "ok":
            raise LoginStepRequired(str(body["status"]), str(body["challenge"]))
        info = LoginInfo(
            token=str(body["access_token"]),
            expires_at=datetime.fromisoformat(str(body["expires_at"])),
            user=UserInfo.from_wire(body["user"]),
            recovery_codes=tuple(str(c) for c in body.get("recovery_codes", ())),
        )
        self.token = info.token
        return info

    def logout(self) -> None:
        """Revoke the session on the server; the token is forgotten even when that fails."""
        if self.token is None:
            return
        try:
            self._send("POST", endpoints.LOGOUT)
        except ClientError as exc:
            if exc.status != 401:  # 401: already expired or revoked, nothing left to do
                raise
        finally:
            self.token = None

    def me(self) -> UserInfo:
        return UserInfo.from_wire(self.get(endpoints.ME))

    def changes(self, cursor: str, limit: int = 1000, wait: float = 0) -> ChangesPage:
        """One page of the change feed after ``cursor``; long-polls up to ``wait`` seconds."""
        params = {"cursor": cursor, "limit": limit, "wait": wait}
        response = self._safe(endpoints.CHANGES, params, timeout=self.timeout + wait)
        body = self._json(response)
        return ChangesPage(body["changes"], str(body["cursor"]), bool(body["has_more"]))

    def snapshot(self) -> Snapshot:
        """GET /snapshot, streamed (gzip): its first line names the cursor; the rows follow
        as they arrive, in batches. A server without it answers 404 (Rejected)."""
        response = self._safe(endpoints.SNAPSHOT, None, timeout=self.timeout, stream=True)
        lines = self._lines(response)
        try:
            head = json.loads(next(lines, b"{}"))
        except ValueError:  # not the snapshot (a proxy's HTML page)
            head = None
        if not isinstance(head, dict) or "cursor" not in head:
            response.close()
            raise self._unreadable(response)
        return Snapshot(str(head["cursor"]), self._batches(response, lines))

    def _lines(self, response: requests.Response) -> Generator[bytes, None, None]:
        try:
            for line in response.iter_lines(chunk_size=1 << 16):
                if line:
                    yield line
        except requests.exceptions.RequestException as exc:  # the stream broke
            raise unreachable(self.base_url, _reason(exc)) from exc

    def _batches(
        self, response: requests.Response, lines: Generator[bytes, None, None]
    ) -> Generator[list[SnapshotRow], None, None]:
        rows, batch = 0, list[SnapshotRow]()
        with response:
            for line in lines:
                if line.startswith(b"{"):  # the last line: how many rows were sent
                    if json.loads(line).get("rows") != rows + len(batch):
                        break
                    if batch:
                        yield batch
                    return
                try:
                    entity, rid, version, data = line.decode().split("\t", 3)
                    batch.append((entity, int(rid), int(version), data))
                except ValueError:  # a line cut in the middle
                    break
                if len(batch) == SNAPSHOT_BATCH:
                    rows += len(batch)
                    yield batch
                    batch = []
        raise unreachable(self.base_url, "the snapshot ended early")

    def command(
        self,
        path: str,
        body: Mapping[str, Any] | None,
        *,
        if_match: int | None,
        idempotency_key: str,
        feed_epoch: str | None = None,
    ) -> dict[str, Any]:
        """POST a command once (never retried here; the Outbox resends it with the same key).

        ``feed_epoch``: the database the command was made against; the server refuses it
        (409 ``other_database``) if its database is another one."""
        headers = {"Idempotency-Key": idempotency_key}
        if feed_epoch:
            headers["X-Feed-Epoch"] = feed_epoch
        if if_match is not None:
            headers["If-Match"] = str(int(if_match))
        response = self._send("POST", path, json_body=body, headers=headers)
        return self._json(response) if response.content else {}

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """A safe read: retried with backoff on Unreachable or a 5xx."""
        return self._json(self._safe(path, params, timeout=self.timeout))

    def get_bytes(self, path: str) -> bytes:
        """A safe read of raw bytes (a scan): retried like :meth:`get`; kept in memory only."""
        return bytes(self._safe(path, None, timeout=self.timeout).content)

    def post_files(
        self,
        path: str,
        files: Sequence[tuple[str, bytes]],
        *,
        if_match: int | None,
        idempotency_key: str,
    ) -> dict[str, Any]:
        """POST files as multipart ``files`` once (an upload is not queued in the Outbox)."""
        headers = {"Idempotency-Key": idempotency_key}
        if if_match is not None:
            headers["If-Match"] = str(int(if_match))
        parts = [("files", (name, content, "application/octet-stream")) for name, content in files]
        response = self._send("POST", path, files=parts, headers=headers)
        return self._json(response)

    def reveal(self, entity: str, entity_id: int, field: str, purpose: str) -> str:
        """One masked field in clear; the server audits it."""
        body = self._json(
            self._send(
                "POST",
                endpoints.reveal(entity, entity_id),
                json_body={"field": field, "purpose": purpose},
            )
        )
        return str(body["value"])

    # -- plumbing ----------------------------------------------------------------------------

    def _safe(
        self,
        path: str,
        params: Mapping[str, Any] | None,
        *,
        timeout: float,
        stream: bool = False,
    ) -> requests.Response:
        attempt = 0
        while True:
            try:
                return self._send("GET", path, params=params, timeout=timeout, stream=stream)
            except (Unreachable, ServerError):
                attempt += 1
                if attempt >= self.retries:
                    raise
                self._sleep(self.backoff * 2 ** (attempt - 1))

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        files: Sequence[tuple[str, tuple[str, bytes, str]]] | None = None,
        stream: bool = False,
    ) -> requests.Response:
        all_headers = {"Accept": "application/json", "User-Agent": f"shangmen-desk/{__version__}"}
        if self.token is not None:
            all_headers["Authorization"] = f"Bearer {self.token}"
        if headers:
            all_headers.update(headers)
        try:
            response = self._session.request(
                method,
                self.base_url + path,
                params=dict(params) if params is not None else None,
                json=dict(json_body) if json_body is not None else None,
                files=list(files) if files is not None else None,
                headers=all_headers,
                timeout=self.timeout if timeout is None else timeout,
                verify=self.verify,
                stream=stream,
            )
        # SSLError is a ConnectionError, so it must be caught first.
        except requests.exceptions.SSLError as exc:
            raise certificate_error(self.base_url, _reason(exc)) from exc
        except requests.exceptions.Timeout as exc:
            raise timed_out(self.base_url) from exc
        except requests.exceptions.RequestException as exc:
            raise unreachable(self.base_url, _reason(exc)) from exc
        if response.status_code >= 400:
            raise from_response(response.status_code, _maybe_json(response), response.headers)
        return response

    def _json(self, response: requests.Response) -> dict[str, Any]:
        data = _maybe_json(response)
        if not isinstance(data, dict):
            raise self._unreadable(response)
        return data

    @staticmethod
    def _unreadable(response: requests.Response) -> ServerError:
        return ServerError(
            "bad_response",
            "服务器返回了无法识别的内容，请确认服务器地址是否正确。",
            "The server's answer could not be read; check the server address.",
            status=response.status_code,
        )


def _maybe_json(response: requests.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:  # not JSON (a proxy's HTML page, an empty body)
        return None


def _reason(exc: Exception) -> str:
    """A short technical reason for the log or a details pane (no headers, no token)."""
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__
