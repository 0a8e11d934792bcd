"""The installer files agree with each other and with the app (they cannot be built in CI on
every platform: Inno Setup needs Windows)."""

from __future__ import annotations

import re
from pathlib import Path

import app
from app.machine_config import SECTION

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"


def test_the_windows_installer_packs_what_the_spec_builds() -> None:
    spec = (INSTALLER / "shangmen-desk.spec").read_text(encoding="utf-8")
    iss = (INSTALLER / "windows" / "shangmen-desk.iss").read_text(encoding="utf-8")
    name = re.search(r'^NAME = "([^"]+)"', spec, re.M)
    assert name is not None

    assert f'#define BundleDir "..\\..\\dist\\{name.group(1)}"' in iss
    assert f'#define ExeName "{name.group(1)}.exe"' in iss
    assert f'#define AppVersion "{app.__version__}"' in iss
    # It writes the machine settings the app reads, in the section the app reads.
    assert f'Section: "{SECTION}"' in iss
    assert set(re.findall(r'Key: "(\w+)"', iss)) == {"server", "ca_bundle", "lang"}
    assert r"{commonappdata}\ShangmenDesk\desk.ini" in iss  # %ProgramData%\ShangmenDesk


def test_the_linux_package_runs_the_bundle_and_ships_the_settings_file() -> None:
    desktop = (INSTALLER / "linux" / "shangmen-desk.desktop").read_text(encoding="utf-8")
    build = (INSTALLER / "linux" / "build_deb.sh").read_text(encoding="utf-8")
    ini = (INSTALLER / "linux" / "desk.ini").read_text(encoding="utf-8")

    assert "Exec=/opt/shangmen-desk/shangmen-desk" in desktop
    assert "Icon=shangmen-desk" in desktop
    assert "/etc/shangmen-desk/desk.ini" in build
    assert f"[{SECTION}]" in ini
    control = (INSTALLER / "linux" / "control.in").read_text(encoding="utf-8")
    assert "libxcb-cursor0" in control  # Qt's xcb platform plugin needs it since Qt 6.5
    assert "postinst" not in build  # no maintainer scripts


def test_the_server_unit_is_hardened_and_runs_the_server_module() -> None:
    unit = (INSTALLER / "server" / "shangmen-server.service").read_text(encoding="utf-8")

    for option in ("NoNewPrivileges=yes", "ProtectSystem=strict", "User=shangmen"):
        assert option in unit
    assert "-m app.server" in unit
    assert "--forwarded-allow-ips 127.0.0.1" in unit
