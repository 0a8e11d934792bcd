"""Render the assign dialog (with its map) and the auto-dispatch page offscreen to PNGs.

For eyes, not tests. By default the answers are the recorded server JSON under
tests/views/dispatch/fixtures; with --server they come from a live server (demo accounts).

    .venv/bin/python tools/screenshot_dispatch.py [--out DIR] [--lang en] [--role supervisor]
    .venv/bin/python tools/screenshot_dispatch.py --server http://127.0.0.1:8792

The shared .ts catalogues may not yet hold the newest strings (the lead runs ``make lupdate``), so
the tool builds a fresh catalogue into a temporary folder and loads it on top.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.views.api_channel import ApiChannel  # noqa: E402
from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.client.api import ApiClient  # noqa: E402
from app.views.app import prepare_application  # noqa: E402
from app.views.context import PageContext  # noqa: E402
from app.views.dispatch.assign_dialog import AssignDialog, OrderRef  # noqa: E402
from app.views.dispatch.auto_dispatch_page import AutoDispatchPage  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402
from app.views.pages import default_pages  # noqa: E402
from app.views.settings import open_settings  # noqa: E402
from tests.views.dispatch.fakes import FixtureApi, SyncChannel, fixture  # noqa: E402
from tests.views.fakes import FakeLink, FakeUser  # noqa: E402

BIN = Path(sys.executable).parent
_keep: list[QTranslator] = []


def fresh_catalogue(lang: str, tmp: Path) -> None:
    """lupdate app/views -> fill (tools/fill_ts.py) -> lrelease -> install, all in ``tmp``."""
    if lang == "en":
        return
    ts = tmp / "fresh_zh_CN.ts"
    sources = sorted(str(p) for p in (ROOT / "app" / "views").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts)], check=True,
                   capture_output=True)  # fmt: skip
    spec = importlib.util.spec_from_file_location("fill_ts", ROOT / "tools" / "fill_ts.py")
    assert spec is not None
    assert spec.loader is not None
    fill_ts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fill_ts)
    missing = fill_ts.fill(ts, "zh_CN")
    for line in missing:
        print(f"no Chinese yet for {line}", file=sys.stderr)
    qm = tmp / "fresh_zh_CN.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    if translator.load(str(qm)):
        QCoreApplication.installTranslator(translator)
        _keep.append(translator)


def settle(
    app: QApplication, until: Callable[[], bool] = lambda: True, seconds: float = 20
) -> None:
    deadline = time.monotonic() + seconds
    while True:
        for _ in range(5):
            app.processEvents()
        if until() or time.monotonic() > deadline:
            return
        time.sleep(0.02)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"saved {path} ({widget.width()}x{widget.height()})")


def live_channel(server: str, role: str) -> tuple[ApiChannel, dict[str, Any]]:
    """A real channel (its own thread) logged in as the demo ``role``, and a pending order."""
    api = ApiClient(server)
    login = api.login(role, "shangmen-demo")
    pending = api.get("/api/v1/orders", {"status": "pending", "limit": 1})["data"]
    api.close()
    if not pending:
        raise SystemExit("the server has no pending order to rank")
    token = login.token
    return ApiChannel(lambda: ApiClient(server, token=token)), pending[0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=".", help="folder for the PNGs")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--role", default="dispatcher", choices=("dispatcher", "supervisor"))
    parser.add_argument("--server", default="", help="a live server instead of the fixtures")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = prepare_application(sys.argv[:1], args.lang)
    suffix = "" if args.lang != "en" else "_en"
    with tempfile.TemporaryDirectory() as tmp:
        fresh_catalogue(args.lang, Path(tmp))
        channel: ApiChannel | SyncChannel
        if args.server:
            channel, data = live_channel(args.server, args.role)
        else:
            channel = SyncChannel(FixtureApi(apply_conflict=True))
            data = fixture("order.json")
        order = OrderRef(
            data["id"],
            data["code"],
            data["version"],
            data["category"],
            data["district"],
            datetime.fromisoformat(data["scheduled_start"]),
        )

        dialog = AssignDialog(order, channel, role=args.role)
        dialog.resize(1020, 640)
        dialog.show()
        settle(app, lambda: dialog.candidates() is not None)
        dialog.list.setCurrentIndex(dialog.model.index(1))  # the second: see the highlight
        settle(app)
        save(dialog, out / f"assign_dialog{suffix}.png")
        dialog.list.scrollToBottom()  # the ineligible ones, greyed, with why
        settle(app)
        save(dialog, out / f"assign_dialog_ineligible{suffix}.png")
        dialog.close()

        ctx = PageContext(
            link=FakeLink(),  # type: ignore[arg-type]
            user=FakeUser(role=args.role, display_name="王调度"),
            settings=open_settings(Path(tmp)),
            api=channel,  # type: ignore[arg-type]
        )
        ours = [spec for spec in default_pages() if spec.key in ("board", "dispatch")]
        window = MainWindow(ctx, server_url="https://desk.shangmen.example", pages=ours)
        window.resize(1440, 900)
        window.show()
        window.show_page("dispatch")
        page = window.pages["dispatch"]
        assert isinstance(page, AutoDispatchPage)
        if args.server:  # the window around the ranked order: it has pending work
            start = datetime.fromisoformat(data["scheduled_start"]) - timedelta(minutes=30)
            page.set_window(start, start + timedelta(hours=2))
        else:
            request = fixture("plan_request.json")
            page.set_window(
                datetime.fromisoformat(request["window_start"]),
                datetime.fromisoformat(request["window_end"]),
            )
        page.plan()
        settle(app, lambda: page.preview() is not None)
        save(window, out / f"auto_dispatch{suffix}.png")
        if not args.server:
            page.apply()  # the recorded answer is the real 409: one order changed since planning
            settle(app)
            save(window, out / f"auto_dispatch_conflict{suffix}.png")
        window.close()
        if isinstance(channel, ApiChannel):
            channel.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
