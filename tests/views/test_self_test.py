"""The installation self-test: one line per check, non-zero when one fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.client.errors import ClientError
from app.schemas.meta import VersionInfo
from app.views import self_test

pytestmark = pytest.mark.gui


class FakeServer:
    def __init__(self, url: str, verify: bool | str = True) -> None:
        self.url, self.verify = url, verify

    def check_server(self) -> VersionInfo:
        if "down" in self.url:
            raise ClientError("offline", "无法连接", "Cannot reach the server.")
        return VersionInfo(
            server_version="9.9.9",
            api_version=1,
            min_client_api=1,
            database="sqlite",
            feed_epoch="e",
        )

    def close(self) -> None:
        pass


def test_a_healthy_workstation_passes_every_check(
    app_as_before: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checks = list(self_test.run_checks(tmp_path / "data", None, True))

    assert [c.name for c in checks] == [
        "Qt platform plugin", "bundled font", "translation catalogue", "keyring", "data folder",
        "PDF with the embedded font",
    ]  # fmt: skip
    assert all(c.ok for c in checks), [c.line() for c in checks]
    assert "王堃" in checks[1].found
    assert self_test.self_test(tmp_path / "data", None) == 0
    out = capsys.readouterr().out
    assert out.count("[ok]") == 6
    assert "all checks passed" in out


def test_the_server_check_names_the_version_or_why_not(
    app_as_before: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(self_test, "ApiClient", FakeServer)

    up = list(self_test.run_checks(tmp_path, "https://desk.example", "/etc/ca.pem"))[-1]
    down = list(self_test.run_checks(tmp_path, "https://down.example", True))[-1]

    assert up.line() == "[ok] server: https://desk.example version 9.9.9 (CA bundle /etc/ca.pem)"
    assert down.line() == "[FAIL] server: https://down.example: Cannot reach the server."
    assert self_test.self_test(tmp_path, "https://down.example") == 1


def test_an_unwritable_data_folder_fails_and_a_crashing_check_is_a_failure(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")

    assert not self_test._data_dir(blocker / "data").ok

    def broken() -> self_test.Check:
        raise RuntimeError("no fonts")

    monkeypatch.setattr(self_test, "_font", broken)
    font = next(c for c in self_test.run_checks(tmp_path, None, True) if c.name == "bundled font")
    assert not font.ok
    assert "no fonts" in font.found


def test_catalogue_check_reads_the_chinese_ts(monkeypatch: pytest.MonkeyPatch) -> None:
    check = self_test._catalogue()
    assert check.ok
    assert "texts" in check.found

    monkeypatch.setattr(self_test, "zh_catalogue", dict)
    broken = self_test._catalogue()
    assert not broken.ok
    assert "not read" in broken.found
