"""Fixtures for the client tests: a real server process per module, a cache file per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.client.api import ApiClient
from app.client.cache import Cache
from app.client.outbox import Outbox
from tests.client.live_server import DEMO_PASSWORD, ServerProcess, start_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """``python -m app.server --demo`` on a free loopback port, once per test module."""
    data_dir = tmp_path_factory.mktemp("server") / "data"
    proc = start_server(data_dir)
    try:
        yield proc
    finally:
        proc.stop()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache(tmp_path / "cache.sqlite3")
    try:
        yield c
    finally:
        c.close()


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    box = Outbox(tmp_path / "outbox.sqlite3")
    try:
        yield box
    finally:
        box.close()


ApiFactory = Callable[..., ApiClient]


@pytest.fixture
def make_api() -> Iterator[ApiFactory]:
    """ApiClient factory; every client made is closed after the test."""
    made: list[ApiClient] = []

    def make(url: str, **kw: object) -> ApiClient:
        api = ApiClient(url, timeout=10.0, **kw)  # type: ignore[arg-type]
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()


@pytest.fixture
def login(server: ServerProcess, make_api: ApiFactory) -> Callable[[str], ApiClient]:
    """A logged-in client on the module's server for a role ("dispatcher", ...)."""

    def as_role(role: str) -> ApiClient:
        api = make_api(server.url)
        api.login(role, DEMO_PASSWORD)
        return api

    return as_role
