"""Real server processes: two of them on one PostgreSQL database, HTTPS, and the CLI's errors."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from app.models.enums import Role
from app.server.db import Database
from tests.server import factories
from tests.server.conftest import ThreadedServer, free_port, settings_for


@contextmanager
def server_process(*args: str, log: Path) -> Iterator[str]:
    """``python -m app.server`` on a free port; yields its base URL once /health answers."""
    port = free_port()
    log_file = log.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.server", "--port", str(port), "--log-level", "warning", *args],
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {log.read_text()}")
            try:
                if requests.get(f"{url}/api/v1/health", timeout=0.5).status_code == 200:
                    break
            except requests.RequestException:  # refused, or slow to answer on a busy machine
                threading.Event().wait(0.05)
        else:
            raise RuntimeError("server did not answer")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log_file.close()


def login(url: str, role: Role) -> requests.Session:
    s = requests.Session()
    r = s.post(
        f"{url}/api/v1/auth/login",
        json={"username": role.value, "password": factories.PASSWORD},
        timeout=10,
    )
    assert r.status_code == 200, r.text
    s.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
    return s


@pytest.mark.postgres
def test_write_on_one_process_reaches_long_poll_on_another(pg_url: str, tmp_path: Path) -> None:
    with server_process(
        "--database-url", pg_url, "--data-dir", str(tmp_path / "a"), log=tmp_path / "a.log"
    ) as a:
        db = Database(pg_url)
        factories.add_users(db, (Role.DISPATCHER,))
        customer = factories.add_customer(db)
        with server_process(
            "--database-url", pg_url, "--data-dir", str(tmp_path / "b"), log=tmp_path / "b.log"
        ) as b:
            sa, sb = login(a, Role.DISPATCHER), login(b, Role.DISPATCHER)
            # The session made on A is valid on B: no state lives in a process.
            head = sb.get(f"{b}/api/v1/changes", timeout=10).json()["cursor"]
            result: dict[str, requests.Response] = {}
            started = threading.Event()

            def poll() -> None:
                started.set()
                result["r"] = sb.get(
                    f"{b}/api/v1/changes", params={"cursor": head, "wait": 20}, timeout=30
                )

            th = threading.Thread(target=poll)
            th.start()
            assert started.wait(5)
            created = sa.post(f"{a}/api/v1/orders", json=factories.order_body(customer), timeout=10)
            assert created.status_code == 201
            th.join(25)
            assert not th.is_alive()
            ids = {(c["entity"], c["id"]) for c in result["r"].json()["changes"]}
            assert ("order", created.json()["id"]) in ids
        db.dispose()


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certificates(d: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for 127.0.0.1 signed by it."""
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=Shangmen Test CA",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        cwd=d,
    )
    _openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        cwd=d,
    )
    (d / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    _openssl(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "1",
        "-extfile",
        "san.ext",
        "-out",
        "server.pem",
        cwd=d,
    )
    return d / "ca.pem", d / "server.pem", d / "server.key"


def test_https_is_verified_against_the_given_ca(tmp_path: Path) -> None:
    ca, cert, key = make_certificates(tmp_path)
    cfg = settings_for(tmp_path)
    port = free_port()
    with ThreadedServer(cfg, port, ssl_certfile=str(cert), ssl_keyfile=str(key)):
        url = f"https://127.0.0.1:{port}/api/v1/health"
        assert requests.get(url, verify=str(ca), timeout=10).json() == {"status": "ok"}
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(url, timeout=10)  # the system trust store does not know our CA


def test_cli_bad_option_and_unreachable_database_end_with_one_line() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "app.server", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0
    assert "--port" in r.stderr
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.server",
            "--database-url",
            "postgresql://nobody@127.0.0.1:1/none",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2
    assert r.stderr.startswith("shangmen server: cannot reach the database")
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().count("\n") == 0


def test_cli_server_ignores_forwarded_for_and_does_not_name_itself(tmp_path: Path) -> None:
    """``python -m app.server`` as an operator starts it: no proxies configured."""
    data = tmp_path / "data"
    with server_process("--data-dir", str(data), log=tmp_path / "log.txt") as url:
        db = Database(f"sqlite:///{data / 'server.sqlite3'}")
        factories.add_users(db, (Role.DISPATCHER,))
        r = requests.post(
            f"{url}/api/v1/auth/login",
            json={"username": "dispatcher", "password": "wrong"},
            headers={"X-Forwarded-For": "203.0.113.99"},
            timeout=10,
        )
        assert r.status_code == 401
        assert "server" not in {k.lower() for k in r.headers}
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        with db.read() as s:
            from sqlalchemy import select

            from app.models import tables as t

            assert set(s.scalars(select(t.AuditLog.client_address))) == {"127.0.0.1"}
        db.dispose()
