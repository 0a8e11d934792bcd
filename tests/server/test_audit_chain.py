"""The audit log is tamper-evident: a changed, removed or inserted record breaks the chain."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import select, text

from app.models import tables as t
from app.models.enums import Role
from app.server.audit_chain import first_broken_link
from tests.server.conftest import LiveServer


def _sqlite_path(live: LiveServer) -> str:
    return str(live.db.write_engine.url.database)


def test_audit_records_are_chained_and_verify(any_live: LiveServer) -> None:
    for role in (Role.DISPATCHER, Role.AGENT, Role.SUPERVISOR):
        any_live.login(role)
    with any_live.db.read() as s:
        rows = list(s.scalars(select(t.AuditLog).order_by(t.AuditLog.id)))
    assert len(rows) == 3
    assert all(r.hash for r in rows)
    assert [r.prev_hash for r in rows[1:]] == [r.hash for r in rows[:-1]]
    assert first_broken_link(any_live.db) == (None, 3)


def test_a_changed_record_is_reported_as_the_first_broken_link(live: LiveServer) -> None:
    for role in (Role.DISPATCHER, Role.AGENT, Role.SUPERVISOR):
        live.login(role)
    with live.db.write() as s:  # someone with the database file in hand edits record 2
        s.execute(text("DROP TRIGGER audit_log_no_update"))
        s.execute(text("UPDATE audit_log SET client_address = '10.0.0.1' WHERE id = 2"))
    assert first_broken_link(live.db) == (2, 1)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.server",
            "verify-audit",
            "--database-url",
            f"sqlite:///{_sqlite_path(live)}",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 1
    assert "record 2" in out.stdout


@pytest.mark.parametrize("tamper", ["delete", "insert"])
def test_a_removed_or_slipped_in_record_breaks_the_chain(live: LiveServer, tamper: str) -> None:
    for role in (Role.DISPATCHER, Role.AGENT, Role.SUPERVISOR):
        live.login(role)
    with live.db.write() as s:
        if tamper == "delete":
            s.execute(text("DROP TRIGGER audit_log_no_delete"))
            s.execute(text("DELETE FROM audit_log WHERE id = 2"))
        else:
            s.execute(
                text(
                    "INSERT INTO audit_log (id, at, user_id, username, action, entity, "
                    "client_address, detail, prev_hash, hash) SELECT 10, at, user_id, "
                    "'intruder', action, entity, client_address, detail, hash, hash "
                    "FROM audit_log WHERE id = 3"
                )
            )
            s.execute(text("DROP TRIGGER audit_log_no_update"))
    broken, _ = first_broken_link(live.db)
    assert broken == (3 if tamper == "delete" else 10)
