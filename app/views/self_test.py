"""``shangmen-desk --self-test``: what IT runs after installing a workstation.

One line per check, ``ok`` or ``FAIL`` with what was found, and a non-zero exit on a failure:
the Qt platform plugin, the bundled Chinese font (it draws a name with characters beyond GB
2312), the keyring (which backend, or that none is usable: logins are then not remembered, which
is allowed), a PDF written with the embedded font, the data folder, and with ``--server`` the
server's version over the configured TLS trust.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QRawFont

from app import __version__
from app.client.api import ApiClient
from app.client.errors import ClientError
from app.client.tokens import TokenStore
from app.i18n.catalogue import say, zh_catalogue
from app.reports.fonts import register_cjk_fonts
from app.views.fonts import load_bundled_fonts

KNOWN_NAME = "王堃 李喆 张赟"  # outside GB 2312: boxes if the font is not the bundled subset


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    found: str

    def line(self) -> str:
        return f"[{'ok' if self.ok else 'FAIL'}] {self.name}: {self.found}"


def _qt_platform() -> Check:
    name = QGuiApplication.platformName()
    return Check("Qt platform plugin", bool(name), name or "none loaded")


def _font() -> Check:
    family = load_bundled_fonts()
    if family is None:
        return Check("bundled font", False, "resources/fonts could not be loaded")
    raw = QRawFont.fromFont(QFont(family))
    missing = [ch for ch in KNOWN_NAME if not ch.isspace() and not raw.supportsCharacter(ord(ch))]
    image = QImage(240, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont(family, 16))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, KNOWN_NAME)
    painter.end()
    inked = sum(
        1 for x in range(0, 240, 2) for y in range(0, 40, 2) if image.pixelColor(x, y).value() < 128
    )
    ok = not missing and inked > 20
    found = f"{family} draws {KNOWN_NAME}" if ok else f"{family}: missing {''.join(missing)}"
    return Check("bundled font", ok, found)


def _catalogue() -> Check:
    """The zh_CN .ts the PDFs and reasons are translated from (read without Qt)."""
    size = len(zh_catalogue())
    sample = say("AccountDialog", "User name", "zh")
    ok = size > 0 and sample != "User name"
    found = f"{size} texts" if ok else "shangmen_zh_CN.ts not read"
    return Check("translation catalogue", ok, found)


def _keyring() -> Check:
    store = TokenStore()
    if store.available:
        return Check("keyring", True, store.backend_name)
    return Check("keyring", True, f"none usable ({store.backend_name}): logins are not remembered")


def _pdf(data_dir: Path) -> Check:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    regular, _bold = register_cjk_fonts()
    with tempfile.TemporaryDirectory(dir=data_dir) as folder:
        path = Path(folder) / "self-test.pdf"
        canvas = Canvas(str(path), pagesize=A4)
        canvas.setFont(regular, 14)
        canvas.drawString(72, 760, KNOWN_NAME)
        canvas.save()
        data = path.read_bytes()
    ok = data.startswith(b"%PDF") and regular.encode() in data
    return Check("PDF with the embedded font", ok, f"{len(data):,} bytes, {regular}")


def _data_dir(data_dir: Path) -> Check:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir) as probe:
            probe.write(b"ok")
    except OSError as exc:
        return Check("data folder", False, f"{data_dir}: {exc.strerror or exc}")
    return Check("data folder", True, f"{data_dir} is writable")


def _server(url: str, verify: bool | str) -> Check:
    api = ApiClient(url, verify=verify)
    try:
        info = api.check_server()
    except ClientError as exc:
        return Check("server", False, f"{url}: {exc.message_en}")
    finally:
        api.close()
    trust = "system CA store" if verify is True else f"CA bundle {verify}"
    version = info.server_version
    return Check("server", True, f"{url} version {version} ({trust})")


def run_checks(data_dir: Path, server: str | None, verify: bool | str) -> Iterator[Check]:
    steps: list[tuple[str, Callable[[], Check]]] = [
        ("Qt platform plugin", _qt_platform),
        ("bundled font", _font),
        ("translation catalogue", _catalogue),
        ("keyring", _keyring),
        ("data folder", lambda: _data_dir(data_dir)),
        ("PDF with the embedded font", lambda: _pdf(data_dir)),
    ]
    if server:
        steps.append(("server", lambda: _server(server, verify)))
    for name, step in steps:
        try:
            yield step()
        except Exception as exc:  # a check that crashes is a failed check, not a traceback
            yield Check(name, False, repr(exc))


def self_test(data_dir: Path, server: str | None, verify: bool | str = True) -> int:
    """Run every check, print one line each; 0 when all passed."""
    from app.views.app import prepare_application

    prepare_application(["shangmen-desk"], "en")
    print(f"Shangmen Desk {__version__} self-test")
    failed = 0
    for check in run_checks(data_dir, server, verify):
        print(check.line(), flush=True)
        failed += not check.ok
    print("all checks passed" if not failed else f"{failed} check(s) failed")
    return 1 if failed else 0
