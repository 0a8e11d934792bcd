"""Machine-wide settings that an installer or IT writes: the server, its CA, the language.

One small INI file per workstation, read at start and overridden by the command line::

    [desk]
    server = https://desk.example.internal
    ca_bundle = /etc/shangmen-desk/ca.pem
    lang = zh_CN

Where: ``$SHANGMEN_DESK_CONFIG`` if set; else ``%ProgramData%\\ShangmenDesk\\desk.ini`` on
Windows (the Inno Setup installer writes it), ``/etc/shangmen-desk/desk.ini`` elsewhere (the .deb
installs it as a configuration file). No secrets belong here.
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path

SECTION = "desk"


def config_path() -> Path:
    """Where this machine's settings live (the file need not exist)."""
    explicit = os.environ.get("SHANGMEN_DESK_CONFIG")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "ShangmenDesk" / "desk.ini"
    return Path("/etc/shangmen-desk/desk.ini")


@dataclass(frozen=True, slots=True)
class MachineConfig:
    server: str = ""
    ca_bundle: str = ""
    lang: str = ""
    source: str = ""  # the file these came from ("" when there was none)
    problem: str = ""  # why the file could not be read ("" when it was fine or absent)


@dataclass(frozen=True, slots=True)
class ServerOrigin:
    """Where the server address came from, so the login dialog can say so.

    ``kind``: "command_line" (--server), "machine" (``detail``: the settings file) or
    "embedded" (the demo server this app started).
    """

    kind: str = "command_line"
    detail: str = ""


def load_machine_config(path: Path | None = None) -> MachineConfig:
    """The settings in ``path`` (default :func:`config_path`); empty when there is no file."""
    path = path or config_path()
    if not path.is_file():
        return MachineConfig()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError) as exc:
        return MachineConfig(source=str(path), problem=f"{path}: {exc}")
    if not parser.has_section(SECTION):
        return MachineConfig(source=str(path), problem=f"{path}: no [{SECTION}] section")
    desk = parser[SECTION]
    return MachineConfig(
        server=desk.get("server", "").strip(),
        ca_bundle=desk.get("ca_bundle", "").strip(),
        lang=desk.get("lang", "").strip(),
        source=str(path),
    )
