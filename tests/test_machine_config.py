"""Machine-wide settings: read from the INI an installer writes, absent or broken said plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.machine_config import MachineConfig, config_path, load_machine_config


def test_the_installers_file_gives_server_ca_and_language(tmp_path: Path) -> None:
    ini = tmp_path / "desk.ini"
    ini.write_text(
        "[desk]\nserver = https://desk.example.internal\nca_bundle = /etc/ca.pem\nlang = en\n",
        encoding="utf-8",
    )

    got = load_machine_config(ini)

    assert got == MachineConfig("https://desk.example.internal", "/etc/ca.pem", "en", str(ini))


def test_no_file_is_no_settings_and_a_bad_file_says_why(tmp_path: Path) -> None:
    assert load_machine_config(tmp_path / "absent.ini") == MachineConfig()
    bad = tmp_path / "bad.ini"
    bad.write_text("server = x\n", encoding="utf-8")
    assert "section" in load_machine_config(bad).problem
    other = tmp_path / "other.ini"
    other.write_text("[other]\nserver = x\n", encoding="utf-8")
    assert load_machine_config(other).problem.endswith("no [desk] section")


def test_the_file_is_found_by_environment_then_by_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHANGMEN_DESK_CONFIG", str(tmp_path / "x.ini"))
    assert config_path() == tmp_path / "x.ini"
    monkeypatch.delenv("SHANGMEN_DESK_CONFIG")
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path))
    assert config_path() == tmp_path / "ShangmenDesk" / "desk.ini"
    monkeypatch.setattr("sys.platform", "linux")
    assert config_path() == Path("/etc/shangmen-desk/desk.ini")
