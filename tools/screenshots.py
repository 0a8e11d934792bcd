"""Screenshots of the real app, per demo account and language, at 1366x768 (a common office
laptop screen), for eyes and for the README.

It goes the app's own way: an embedded demo server (no simulator, so the data holds still),
a login with ``ApiClient``, the session opened as ``app.views.app`` opens it (``connect``,
``PageContext``, ``MainWindow`` with ``default_pages()``), the first sync, then each page once
it has shown what it asked for. New pages appear here by themselves. A smoke test
(tests/tools/test_screenshots.py) runs it, so a refactor that breaks it fails loudly.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py            # everything
    .venv/bin/python tools/screenshots.py --roles dispatcher agent --langs en --pages home

Writes OUT/<role>-<lang>.png (the role's home page) and OUT/<role>-<page>-<lang>.png (every
other page the role may open).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.client.api import ApiClient, LoginInfo  # noqa: E402
from app.client.embedded import EmbeddedServer  # noqa: E402
from app.client.outbox import Outbox  # noqa: E402
from app.views.app import cache_path, connect, prepare_application  # noqa: E402
from app.views.background import pending_calls  # noqa: E402
from app.views.context import PageContext  # noqa: E402
from app.views.i18n import SUPPORTED_LANGUAGES  # noqa: E402
from app.views.login_dialog import DEMO_ACCOUNTS, DEMO_PASSWORD  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402
from app.views.settings import open_user_settings  # noqa: E402
from app.views.sync_status import SyncStatus  # noqa: E402

SIZE = (1366, 768)
ROLES: tuple[str, ...] = tuple(role.value for role in DEMO_ACCOUNTS)
SYNC_TIMEOUT_S = 120.0  # the first sync of the demo data, on a busy machine
SETTLE_TIMEOUT_S = 30.0  # a page's reads and server calls
QUIET_MS = 400  # no call in flight for this long: the page has shown what it asked for
POLL_MS = 50


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tools/screenshots.py",
        description="Screenshots of every demo account's pages at 1366x768, in both languages.",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=ROOT / "docs" / "screens",
        metavar="DIR",
        help="where the PNGs go (default docs/screens)",
    )
    p.add_argument(
        "--roles", nargs="+", choices=ROLES, default=list(ROLES), help="demo accounts (all)"
    )
    p.add_argument(
        "--langs",
        nargs="+",
        choices=SUPPORTED_LANGUAGES,
        default=list(SUPPORTED_LANGUAGES),
        help="languages (all)",
    )
    p.add_argument(
        "--pages",
        choices=("all", "home"),
        default="all",
        help="every page the role may open, or only the one it lands on (all)",
    )
    return p


def wait_until(done: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``done()`` (checked every POLL_MS) or the timeout."""
    if done():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    poll.start()
    give_up.start(int(timeout_s * 1000))
    loop.exec()
    poll.stop()
    give_up.stop()
    return done()


def settle(timeout_s: float = SETTLE_TIMEOUT_S) -> None:
    """Wait until no background call has been in flight for QUIET_MS (debounce timers of
    the pages fire in that time too)."""
    quiet_since: list[float | None] = [None]

    def quiet() -> bool:
        now = time.monotonic()
        if pending_calls():
            quiet_since[0] = None
            return False
        if quiet_since[0] is None:
            quiet_since[0] = now
        return now - quiet_since[0] >= QUIET_MS / 1000

    if not wait_until(quiet, timeout_s):
        raise RuntimeError(f"pages still loading after {timeout_s:.0f} s")


def log_in(server_url: str, username: str) -> LoginInfo:
    api = ApiClient(server_url)
    try:
        return api.login(username, DEMO_PASSWORD)
    finally:
        api.close()


def grab(window: MainWindow, path: Path) -> Path:
    window.resize(*SIZE)
    QApplication.processEvents()
    if not window.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    return path


def shoot_role(
    server_url: str, username: str, lang: str, client_dir: Path, out: Path, pages: str
) -> list[Path]:
    """Log in as ``username``, sync, and save the home page (and the others)."""
    info = log_in(server_url, username)
    path = cache_path(client_dir, server_url, username)
    link, data = connect(server_url, info.token, path, Outbox(path.with_suffix(".outbox")))
    ctx = PageContext(
        link=link, user=info.user, settings=open_user_settings(client_dir, username), data=data
    )
    window = MainWindow(ctx, server_url=server_url)
    synced: list[bool] = [False]
    errors: list[str] = []
    ended: list[bool] = [False]

    def on_status(status: SyncStatus) -> None:
        if status.last_sync is not None:
            synced[0] = True

    link.status.connect(on_status)
    link.error.connect(errors.append)
    link.auth_lost.connect(lambda: ended.__setitem__(0, True))
    saved: list[Path] = []
    try:
        window.resize(*SIZE)
        window.show()
        link.start()
        if not wait_until(lambda: synced[0] or ended[0], SYNC_TIMEOUT_S) or ended[0]:
            why = "; ".join(errors) or ("session refused" if ended[0] else "timed out")
            raise RuntimeError(f"{username}: the first sync did not finish ({why})")
        settle()
        home = window.current_page_key()
        saved.append(grab(window, out / f"{username}-{lang}.png"))
        if pages == "all":
            for key in window.pages:
                if key == home:
                    continue
                window.show_page(key)
                settle()
                saved.append(grab(window, out / f"{username}-{key}-{lang}.png"))
    finally:
        link.stop()
        data.stop()
        window.hide()
        window.deleteLater()
        QApplication.processEvents()
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="shangmen-shots-") as tmp:
        server = EmbeddedServer(Path(tmp) / "server", simulate=0)
        server.start()
        try:
            server.wait_ready(SYNC_TIMEOUT_S)
            for lang in args.langs:
                app = prepare_application(sys.argv[:1], lang)
                for username in args.roles:
                    client_dir = Path(tmp) / "client" / lang
                    for saved in shoot_role(
                        server.url, username, lang, client_dir, out, args.pages
                    ):
                        print(saved, flush=True)
        finally:
            server.stop()
    print(f"done in {time.monotonic() - started:.1f} s", flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
