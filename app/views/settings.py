"""The desktop's UI settings, declared once with type, default and purpose (Picard style).

They live in INI files in the data folder the app is given (tests pass ``tmp_path``), never in
the registry or the user's global Qt settings. No secrets here: the token is in the keyring.
The workstation's file remembers the login form; each user's own file (``open_user_settings``)
holds their layout, landing page and filters, so colleagues sharing a workstation do not
rearrange each other's screens.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, bool, int, QByteArray)

SETTINGS_FILE = "desk-ui.ini"
# Bump when a stored layout can no longer be read; older values are then dropped.
SETTINGS_VERSION = 1


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T
    purpose: str


LOGIN_SERVER: Setting[str] = Setting("login/server_url", "", "last server URL typed in")
LOGIN_USER: Setting[str] = Setting("login/username", "", "last user name")
LOGIN_REMEMBER: Setting[bool] = Setting("login/remember", False, "keep the token in the keyring")
# Machine-wide (the workstation's file): shared workstations delete each user's cache at logout.
PURGE_CACHE_AT_LOGOUT: Setting[bool] = Setting(
    "workstation/purge_cache_at_logout", False, "delete the user's local cache at logout"
)
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("main/geometry", QByteArray(), "window placement")
WINDOW_STATE: Setting[QByteArray] = Setting("main/state", QByteArray(), "toolbars and docks")
MAIN_PAGE: Setting[str] = Setting("main/page", "", "the page shown last (none: the role's home)")
BOARD_SPLITTER: Setting[QByteArray] = Setting("board/splitter", QByteArray(), "table | detail")
BOARD_HEADER: Setting[QByteArray] = Setting("board/header", QByteArray(), "column widths, order")
# The user's preferences (Desk > Settings…), applied at their login.
UI_LANGUAGE: Setting[str] = Setting("ui/language", "", "zh_CN or en; empty: the machine's")
FONT_SIZE: Setting[int] = Setting("ui/font_size", 10, "text size in points")
ALERT_SOUND: Setting[bool] = Setting("alerts/sound", True, "beep when a ticket goes overdue")
ALERT_POPUP: Setting[bool] = Setting("alerts/popup", True, "desktop notification when overdue")


def open_settings(data_dir: Path) -> QSettings:
    """The settings file in ``data_dir`` (created on first write)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    stored = settings.value("version", 0, type=int)
    if stored != SETTINGS_VERSION:
        settings.clear()
        settings.setValue("version", SETTINGS_VERSION)
    return settings


def open_user_settings(data_dir: Path, username: str) -> QSettings:
    """``username``'s own settings in ``data_dir`` (a hashed name: any user name is a file)."""
    digest = hashlib.sha256(username.encode()).hexdigest()[:16]
    return open_settings(data_dir / "users" / digest)


def read(settings: QSettings, setting: Setting[T]) -> T:
    value = settings.value(setting.key, setting.default, type=type(setting.default))
    return value if isinstance(value, type(setting.default)) else setting.default


def write(settings: QSettings, setting: Setting[T], value: T) -> None:
    settings.setValue(setting.key, value)
