"""Transport-level hardening over real HTTP: body size, headers, forwarded addresses, docs,
search filters."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path
from typing import Any

import requests
from fastapi import FastAPI
from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from tests.server import factories
from tests.server.conftest import LiveServer, ThreadedServer, free_port, settings_for


def test_oversized_login_body_is_refused_before_it_is_read(live: LiveServer) -> None:
    big = b'{"username": "admin", "password": "' + b"x" * (50 * 1024 * 1024) + b'"}'
    try:
        r = requests.post(
            live.api("/auth/login"),
            data=big,
            headers={"Content-Type": "application/json"},
            timeout=30,
        )
    except requests.ConnectionError:  # the server may close while we are still sending
        return
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "body_too_large"


def test_streamed_body_without_length_is_counted(live: LiveServer) -> None:
    """A chunked body has no Content-Length: the middleware counts what arrives."""

    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"username": "admin", "password": "'
        for _ in range(64):
            yield b"x" * 65536
        yield b'"}'

    r = requests.post(
        live.api("/auth/login"),
        data=chunks(),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert r.status_code == 413


def asgi_post(app: Any, path: str, body: bytes, chunk: int = 65536) -> int:
    """POST ``body`` to an ASGI app in pieces, without a Content-Length; the status code."""
    pieces = [body[i : i + chunk] for i in range(0, len(body), chunk)] or [b""]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    status: list[int] = []

    async def receive() -> dict[str, Any]:
        if pieces:
            data = pieces.pop(0)
            return {"type": "http.request", "body": data, "more_body": bool(pieces)}
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    asyncio.run(app(scope, receive, send))
    return status[0]


def test_a_route_can_declare_a_larger_limit() -> None:
    from app.server.body_limit import BodyLimit, body_limit

    app = FastAPI()

    @app.post("/small")
    async def small(body: dict[str, str]) -> int:
        return len(body["x"])

    @app.post("/upload")
    @body_limit(10 * 1024 * 1024)
    async def upload(body: dict[str, str]) -> int:
        return len(body["x"])

    limited = BodyLimit(app, default=1024)
    big = json.dumps({"x": "a" * 5 * 1024 * 1024}).encode()
    assert asgi_post(limited, "/small", b'{"x": "ok"}') == 200
    assert asgi_post(limited, "/small", big) == 413
    assert asgi_post(limited, "/upload", big) == 200


def test_every_response_says_nosniff_and_personal_data_is_not_stored(live: LiveServer) -> None:
    s = live.login(Role.DISPATCHER)
    customer = factories.add_customer(live.db)
    r = s.get(live.api(f"/customers/{customer}"), timeout=10)
    assert r.status_code == 200
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Cache-Control"] == "no-store"
    missing = requests.get(live.api("/nothing-here"), timeout=10)
    assert missing.headers["X-Content-Type-Options"] == "nosniff"


def test_swagger_ui_is_off_by_default_and_loads_no_cdn_when_on(
    live: LiveServer, tmp_path: Path
) -> None:
    assert requests.get(live.api("/docs"), timeout=10).status_code == 404
    assets = tmp_path / "swagger-ui"
    assets.mkdir()
    (assets / "swagger-ui-bundle.js").write_text("/* swagger */")
    (assets / "swagger-ui.css").write_text("/* css */")
    cfg = settings_for(tmp_path / "docs", api_docs_dir=assets)
    port = free_port()
    with ThreadedServer(cfg, port):
        page = requests.get(f"http://127.0.0.1:{port}/api/v1/docs", timeout=10)
        assert page.status_code == 200
        assert "cdn" not in page.text.lower()
        assert "http://" not in page.text
        assert "https://" not in page.text
        script = requests.get(f"http://127.0.0.1:{port}/api/v1/docs/static/swagger-ui-bundle.js")
        assert script.text == "/* swagger */"


def test_forwarded_for_is_ignored_unless_the_proxy_is_configured(live: LiveServer) -> None:
    r = requests.post(
        live.api("/auth/login"),
        json={"username": "dispatcher", "password": "wrong"},
        headers={"X-Forwarded-For": "203.0.113.99"},
        timeout=10,
    )
    assert r.status_code == 401
    with live.db.read() as s:
        addresses = set(s.scalars(select(t.AuditLog.client_address)))
    assert addresses == {"127.0.0.1"}


def test_order_search_escapes_like_wildcards(live: LiveServer) -> None:
    s = live.login(Role.DISPATCHER)
    customer = factories.add_customer(live.db)
    r = s.post(live.api("/orders"), json=factories.order_body(customer), timeout=10)
    assert r.status_code == 201
    code = r.json()["code"]
    assert s.get(live.api("/orders"), params={"q": code[:4]}, timeout=10).json()["count"] == 1
    for q in ("%", "_", "S%", code[:2] + "_"):
        assert s.get(live.api("/orders"), params={"q": q}, timeout=10).json()["count"] == 0, q


def test_audit_action_filter_escapes_like_wildcards(live: LiveServer) -> None:
    s = live.login(Role.SUPERVISOR)
    assert s.get(live.api("/audit"), params={"action": "auth."}, timeout=10).json()["count"] >= 1
    for q in ("%", "_", "auth%"):
        assert s.get(live.api("/audit"), params={"action": q}, timeout=10).json()["count"] == 0


def test_raw_http_server_header_does_not_name_the_software(tmp_path: Path) -> None:
    """Through the same uvicorn options as ``python -m app.server``."""
    from app.server.__main__ import uvicorn_options

    cfg = settings_for(tmp_path)
    port = free_port()
    with ThreadedServer(cfg, port, **uvicorn_options()):
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            head = b""
            while b"\r\n\r\n" not in head:
                part = sock.recv(4096)
                if not part:
                    break
                head += part
        assert b"\r\nserver:" not in head.lower()


def test_the_sqlite_files_are_readable_by_the_owner_only(live: LiveServer) -> None:
    live.login(Role.DISPATCHER)  # a write, so that the -wal and -shm files exist
    path = Path(live.db.write_engine.url.database or "")
    files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
    assert all(f.exists() for f in files)
    assert {f.name: oct(f.stat().st_mode & 0o777) for f in files} == {
        f.name: "0o600" for f in files
    }
