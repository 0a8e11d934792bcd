"""Personal fields at rest: sealed in the database, clear through the app, rotation, lookup."""

from __future__ import annotations

import base64
import re
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, text

from app.models import tables as t
from app.models.tables.sealed import PREFIX, DataKeyError, DataKeys
from app.server.__main__ import main as server_main
from app.server.data_keys import KEY_FILE, load_keys, new_key_line, parse_keys, reseal_all
from app.server.db import Database
from app.server.schema import alembic_config, migrate
from app.server.services.complaints import customers_by_phone
from tests.server import factories

PHONE = "13812345678"
ID_NUMBER = "110101199001011234"


def _url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return f"sqlite:///{tmp_path / 'e.sqlite3'}"


def _raw(db: Database, sql: str) -> list[str]:
    with db.write_engine.connect() as conn:
        return [str(v) for v in conn.execute(text(sql)).scalars()]


def _keys(*kids: str) -> DataKeys:
    return DataKeys((k, bytes([i + 1]) * 32) for i, k in enumerate(kids))


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_personal_fields_are_sealed_on_disk_and_clear_in_the_app(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    db = Database(_url(backend, tmp_path, request), _keys("a"))
    migrate(db)
    customer = factories.add_customer(db, PHONE)
    factories.add_provider(db, phone="13900001111", qualified=False)
    stored = _raw(db, "SELECT phone FROM customers") + _raw(db, "SELECT address FROM customers")
    stored += _raw(db, "SELECT phone FROM providers") + _raw(db, "SELECT id_number FROM providers")
    assert all(v.startswith(PREFIX + "a:") for v in stored)
    assert not any(PHONE in v or ID_NUMBER in v or "建国路" in v for v in stored)
    with db.read() as s:
        c = s.get(t.Customer, customer)
        assert c is not None
        assert (c.phone, c.address) == (PHONE, "朝阳区建国路88号院3号楼2单元501")
        # the hotline's exact lookup, however the number is typed
        assert [x.id for x in customers_by_phone(s, "+86 138-1234-5678")] == [customer]
        assert customers_by_phone(s, "13812345679") == []
    db.dispose()
    other = Database(_url(backend, tmp_path, request), _keys("b"))
    with other.read() as s, pytest.raises(DataKeyError, match="not configured"):
        s.get(t.Customer, customer)  # another key opens nothing
    other.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_rotation_reseals_every_row_and_lookup_keeps_working(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = _url(backend, tmp_path, request)
    db = Database(url, _keys("a"))
    migrate(db)
    customer = factories.add_customer(db, PHONE)
    factories.add_provider(db, qualified=False)
    db.dispose()
    ring = _keys("a", "b")  # b is current; a still opens what it sealed
    db = Database(url, ring)
    with db.read() as s:  # before the rotation the old hash still finds the caller
        assert [x.id for x in customers_by_phone(s, PHONE)] == [customer]
    with db.write_engine.begin() as conn:
        counts = reseal_all(conn, ring)
    assert counts["customers"] == 1
    assert counts["providers"] == 1
    db.dispose()
    db = Database(url, DataKeys([("b", bytes([2]) * 32)]))  # the old key is gone
    assert all(v.startswith(PREFIX + "b:") for v in _raw(db, "SELECT phone FROM customers"))
    with db.read() as s:
        found = customers_by_phone(s, PHONE)
        assert [(x.id, x.phone) for x in found] == [(customer, PHONE)]
        provider = s.query(t.Provider).one()
        assert provider.id_number == ID_NUMBER
    db.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_rotation_pages_by_key_through_tables_longer_than_a_page(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Pages of 3 rows through 8 customers (keyed by id) and 11 stored answers (keyed by
    key + user): every row is resealed exactly once, and no page is found by OFFSET."""
    url = _url(backend, tmp_path, request)
    db = Database(url, _keys("a"))
    migrate(db)
    phones = [f"1381234{n:04d}" for n in range(8)]
    customers = [factories.add_customer(db, p) for p in phones]
    # Keys that interleave across users, so the composite order is (key, user_id).
    answers = {
        (f"k{n % 4}", 1 + n // 4): f'{{"one_time_password": "Secret-{n}"}}' for n in range(11)
    }
    with db.write() as s:
        for (key, user), body in answers.items():
            s.add(
                t.IdempotencyRecord(
                    key=key, user_id=user, request_hash="h", status_code=200,
                    response_body=body, created_at=datetime(2026, 12, 1, tzinfo=UTC),
                )
            )  # fmt: skip
    db.dispose()
    ring = _keys("a", "b")
    db = Database(url, ring)
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(db.write_engine, "before_cursor_execute", seen)
    with db.write_engine.begin() as conn:
        counts = reseal_all(conn, ring, batch=3)
    event.remove(db.write_engine, "before_cursor_execute", seen)

    assert (counts["customers"], counts["idempotency_records"]) == (8, 11)
    reads = [x for x in statements if x.lstrip().upper().startswith("SELECT")]
    answer_reads = [x for x in reads if "idempotency_records" in x]
    assert len(answer_reads) == 5  # four pages of 3, 3, 3, 2 rows and the empty one that ends
    # Each page after the first starts after the last key seen (a row comparison here), not
    # at a row count: SQLite's compiler writes "OFFSET ?" always, bound to 0.
    assert "WHERE" not in answer_reads[0]
    key = re.compile(r'\(idempotency_records\."?key"?, idempotency_records\.user_id\) >')
    assert all(key.search(x) for x in answer_reads[1:])
    customer_reads = [x for x in reads if "FROM customers" in x]
    assert len(customer_reads) == 4  # 3, 3, 2 and the end
    assert all("customers.id >" in x for x in customer_reads[1:])
    db.dispose()
    db = Database(url, DataKeys([("b", bytes([2]) * 32)]))  # only the new key
    stored = _raw(db, "SELECT phone FROM customers")
    stored += _raw(db, "SELECT response_body FROM idempotency_records")
    assert len(stored) == 19
    assert all(v.startswith(PREFIX + "b:") for v in stored)
    with db.read() as s:
        assert [s.get_one(t.Customer, c).phone for c in customers] == phones
        assert {
            (r.key, r.user_id): r.response_body for r in s.query(t.IdempotencyRecord)
        } == answers
        assert [x.id for x in customers_by_phone(s, phones[5])] == [customers[5]]
    db.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_migration_0006_seals_rows_written_in_clear_and_downgrade_opens_them(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from alembic import command

    db = Database(_url(backend, tmp_path, request), _keys("a"))
    with db.write_engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0006_accounts")
        conn.execute(
            text(
                "INSERT INTO customers (id, code, name, phone, district, address, lat, lng, vip,"
                " version, updated_at) VALUES (1, 'C1', '张三', '13812345678', 'chaoyang',"
                " '朝阳区建国路88号', 39.9, 116.4, false, 1, :now)"
            ),
            {"now": datetime(2026, 12, 1, tzinfo=UTC)},
        )
    migrate(db)
    assert _raw(db, "SELECT phone FROM customers")[0].startswith(PREFIX)
    with db.read() as s:
        assert [c.address for c in customers_by_phone(s, PHONE)] == ["朝阳区建国路88号"]
    with db.write_engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006_accounts")
    assert _raw(db, "SELECT phone FROM customers") == [PHONE]
    db.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_migration_0008_seals_totp_secrets_and_stored_answers_and_rotation_reseals_them(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from alembic import command

    url = _url(backend, tmp_path, request)
    db = Database(url, _keys("a"))
    now = datetime(2026, 12, 1, tzinfo=UTC)
    with db.write_engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0006_encryption")
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, role, password_hash, active,"
                " must_change_password, totp_secret, version, updated_at) VALUES (1, 'admin',"
                " 'A', 'admin', 'x', true, false, 'JBSWY3DPEHPK3PXP', 1, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO idempotency_records (key, user_id, request_hash, status_code,"
                " response_body, created_at) VALUES ('k1', 1, 'h', 200,"
                ' \'{"one_time_password": "Secret-123"}\', :now)'
            ),
            {"now": now},
        )
    migrate(db)
    secrets = _raw(db, "SELECT totp_secret FROM users")
    bodies = _raw(db, "SELECT response_body FROM idempotency_records")
    assert all(v.startswith(PREFIX + "a:") for v in secrets + bodies)
    assert not any("JBSWY3DP" in v or "Secret-123" in v for v in secrets + bodies)
    with db.read() as s:
        assert s.get_one(t.User, 1).totp_secret == "JBSWY3DPEHPK3PXP"
        assert "Secret-123" in s.get_one(t.IdempotencyRecord, ("k1", 1)).response_body
    db.dispose()

    ring = _keys("a", "b")
    db = Database(url, ring)
    with db.write_engine.begin() as conn:
        counts = reseal_all(conn, ring)
    assert (counts["users"], counts["idempotency_records"]) == (1, 1)
    db.dispose()
    db = Database(url, DataKeys([("b", bytes([2]) * 32)]))
    with db.read() as s:
        assert "Secret-123" in s.get_one(t.IdempotencyRecord, ("k1", 1)).response_body
    with db.write_engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006_encryption")
    assert _raw(db, "SELECT totp_secret FROM users") == ["JBSWY3DPEHPK3PXP"]
    db.dispose()


def test_the_default_key_file_is_made_once_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    first = load_keys(url, data_key="", data_key_file=None, data_dir=tmp_path / "unused")
    assert first.file == tmp_path / KEY_FILE
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600
    again = load_keys(url, data_key="", data_key_file=None, data_dir=tmp_path / "unused")
    assert again.keys.current == first.keys.current
    pg = load_keys("postgresql://x/y", data_key="", data_key_file=None, data_dir=tmp_path / "d")
    assert pg.file == tmp_path / "d" / KEY_FILE
    memory = load_keys("sqlite://", data_key="", data_key_file=None, data_dir=tmp_path)
    assert memory.file is None


def test_keys_from_the_environment_and_bad_keys_are_refused_in_words(tmp_path: Path) -> None:
    line = new_key_line()
    ring = parse_keys(f"old:{base64.b64encode(bytes(32)).decode()},{line}", "env")
    assert ring.current == line.split(":")[0]
    assert len(ring.ids) == 2
    with pytest.raises(DataKeyError, match="<id>:<base64"):
        parse_keys("nonsense", "SHANGMEN_DATA_KEY")
    with pytest.raises(DataKeyError, match="32 bytes"):
        parse_keys("short:" + base64.b64encode(b"x" * 16).decode(), "SHANGMEN_DATA_KEY")
    with pytest.raises(DataKeyError, match="no key"):
        parse_keys("# only a comment\n", "SHANGMEN_DATA_KEY")
    with pytest.raises(DataKeyError, match="does not exist"):
        load_keys("sqlite://", data_key="", data_key_file=tmp_path / "nope", data_dir=tmp_path)
    with pytest.raises(DataKeyError, match="in clear"):
        ring.open("13812345678", "customers.phone")
    sealed = ring.seal("13812345678", "customers.phone")
    with pytest.raises(DataKeyError, match="does not open"):  # moved to another column
        ring.open(sealed, "providers.phone")
    assert DataKeys.key_id_of(sealed) == ring.current
    assert DataKeys.key_id_of("plain") is None


def test_rotate_key_command_on_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SHANGMEN_DATA_KEY")
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    db = Database(url)
    migrate(db)
    factories.add_customer(db, PHONE)
    before = (tmp_path / KEY_FILE).read_text()
    db.dispose()
    assert server_main(["rotate-key", "--database-url", url]) == 0
    assert "1 customers" in capsys.readouterr().out
    after = (tmp_path / KEY_FILE).read_text()
    assert after != before
    assert len(after.splitlines()) == 1
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600
    db = Database(url)
    with db.read() as s:
        assert [c.phone for c in customers_by_phone(s, PHONE)] == [PHONE]
    db.dispose()
    assert server_main(["rotate-key", "--database-url", url, "--data-key-file", "/nope"]) == 2
