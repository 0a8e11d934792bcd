"""A real server on loopback for each test: uvicorn in a thread, fresh SQLite in tmp_path."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn

from app.models.enums import Role
from app.server.__main__ import uvicorn_options
from app.server.app import create_app
from app.server.db import Database
from app.server.settings import ServerSettings
from tests.server import factories


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    db: Database
    users: dict[Role, int]

    def api(self, path: str) -> str:
        return f"{self.url}/api/v1{path}"

    def login(self, role: Role | str, password: str = factories.PASSWORD) -> requests.Session:
        s = requests.Session()
        r = s.post(
            self.api("/auth/login"), json={"username": str(role), "password": password}, timeout=60
        )
        assert r.status_code == 200, r.text
        s.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        return s

    def settle(self, session: requests.Session) -> None:
        """Wait until the server's feed has every change committed so far.

        The feed is eventually consistent: a read right after a write may be answered before
        the process's poller has picked the write up. Long-polls past the current position
        until it reaches the database's head (bounded, no sleeps).
        """
        from app.server.changes import head_position
        from app.server.feed import decode_cursor

        with self.db.read() as s:
            target = head_position(s)
        cursor = ""
        for _ in range(200):
            page = session.get(
                self.api("/changes"),
                params={"cursor": cursor, "limit": 5000, "wait": 1},
                timeout=30,
            ).json()
            cursor = page["cursor"]
            decoded = decode_cursor(cursor)
            if decoded is not None and decoded[1] >= target and not page["has_more"]:
                return
        raise AssertionError("the feed did not catch up with the database")


class ThreadedServer:
    """uvicorn.Server on its own thread; started and stopped without sleeps."""

    def __init__(self, settings: ServerSettings, port: int, **config: Any) -> None:
        self.server = uvicorn.Server(
            uvicorn.Config(
                create_app(settings),
                host="127.0.0.1",
                port=port,
                log_level="warning",
                lifespan="on",
                **{**uvicorn_options(), **config},
            )
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ThreadedServer:
        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("server failed to start")
            self.thread.join(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(15)


def settings_for(tmp_path: Path, database_url: str = "", **kw: Any) -> ServerSettings:
    # Tests log in as every role with a password alone; tests of the second factor turn the
    # enrolment requirement on themselves.
    kw.setdefault("totp_enrolment_required", False)
    return ServerSettings(data_dir=tmp_path / "data", database_url=database_url, **kw)


@contextmanager
def serving(tmp_path: Path) -> Iterator[LiveServer]:
    """A server on a free loopback port, in this process, with a user of every role."""
    cfg = settings_for(tmp_path)
    port = free_port()
    with ThreadedServer(cfg, port):
        db = Database(cfg.resolved_database_url())
        users = factories.add_users(db)
        yield LiveServer(f"http://127.0.0.1:{port}", db, users)
        db.dispose()


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    with serving(tmp_path) as server:
        yield server


@pytest.fixture(params=["sqlite", "postgres"])
def any_live(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    """A live server on SQLite, then on PostgreSQL (skipped without SHANGMEN_TEST_PG_URL)."""
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else ""
    cfg = settings_for(tmp_path, url)
    port = free_port()
    with ThreadedServer(cfg, port):
        db = Database(cfg.resolved_database_url())
        users = factories.add_users(db)
        yield LiveServer(f"http://127.0.0.1:{port}", db, users)
        db.dispose()
