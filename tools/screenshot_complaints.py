"""Render the complaints workbench with real server JSON (test fixtures), offscreen, to PNGs.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_complaints.py [out-prefix] [--lang en]
    [--role agent|supervisor] [--qm extra.qm]

Writes <prefix>-hotline.png (a caller looked up, a complaint being filed, a ticket that cannot
close yet), <prefix>-queue.png (my queue with live countdowns) and <prefix>-handover.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.models.enums import CallbackOutcome  # noqa: E402
from app.views.app import prepare_application  # noqa: E402
from app.views.complaints.dialogs import ResolveDialog  # noqa: E402
from app.views.complaints.page import ComplaintsPage  # noqa: E402
from app.views.complaints.sanction_dialog import SanctionDecisionDialog  # noqa: E402
from app.views.complaints.sanctions_view import show_provider_sanctions  # noqa: E402
from app.views.context import PageContext  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402
from app.views.pages import default_pages  # noqa: E402
from app.views.settings import open_settings  # noqa: E402
from tests.views.complaints.fakes import (  # noqa: E402
    NOW,
    PHONE,
    SUPERVISOR_ID,
    FakeChannel,
    FakeStaff,
    StubApi,
    load,
)
from tools.screenshot_board import DemoLink, ensure_translations  # noqa: E402

CLOCK_OFFSET = timedelta(minutes=3)  # a few minutes after the fixtures were fetched


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("prefix", nargs="?", default="complaints")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--role", default="agent", choices=("agent", "supervisor"))
    parser.add_argument("--qm", help="an extra catalogue to load (strings not yet in the .ts)")
    args = parser.parse_args()
    ensure_translations()
    app = prepare_application(sys.argv[:1], args.lang)
    if args.qm:
        extra = QTranslator(app)
        if extra.load(args.qm):
            app.installTranslator(extra)
    now = NOW + CLOCK_OFFSET
    user = (
        FakeStaff()
        if args.role == "agent"
        else FakeStaff(SUPERVISOR_ID, "supervisor", "主管 陈静", "supervisor")
    )
    channel = FakeChannel(StubApi(args.role))
    link = DemoLink()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = PageContext(
            link=link,  # type: ignore[arg-type]
            user=user,
            settings=open_settings(Path(tmp)),
            clock=lambda: now,
            api=channel,  # type: ignore[arg-type]
        )
        spec = next(s for s in default_pages() if s.key == "complaints")
        window = MainWindow(ctx, server_url="https://desk.shangmen.example", pages=[spec])
        window.resize(1440, 900)
        window.show()
        link.status.emit({"online": True, "last_sync": now, "lag": 0.3, "outbox_count": 0})
        page = window.pages["complaints"]
        assert isinstance(page, ComplaintsPage)
        settle(app)

        page.focus_lookup()
        page.intake.phone.setText(PHONE)
        page.intake.request_lookup()
        settle(app)
        page.intake.start_from_selection()
        page.intake.category.setCurrentIndex(page.intake.category.findData("damage"))
        page.intake.summary.setPlainText("冰箱搬运时外壳被刮花，客户要求赔偿")
        page.open_ticket(41)
        settle(app)
        page.detail.callback.choose(CallbackOutcome.REACHED_SATISFIED)
        settle(app)
        window.grab().save(f"{args.prefix}-hotline.png")

        page.tabs.setCurrentWidget(page.mine_table)
        page.open_ticket(58)
        settle(app)
        page.tick()
        settle(app)
        window.grab().save(f"{args.prefix}-queue.png")

        page.tabs.setCurrentWidget(page.handover)
        page.handover.note.setPlainText("TS20261127-0023 客户情绪激动，19:00 前务必回电。")
        page.handover.refresh()
        settle(app)
        window.grab().save(f"{args.prefix}-handover.png")
        grab_dialogs(app, page, args.prefix)
        print(f"saved {args.prefix}-{{hotline,queue,handover,resolve,sanction,record}}.png")
        window.close()
    return 0


def grab_dialogs(app: QApplication, page: ComplaintsPage, prefix: str) -> None:
    """The resolve and sanction dialogs and a provider's record, each shown and grabbed."""
    detail = load("detail_sanction_missing_supervisor.json")
    resolve = ResolveDialog(detail["code"], detail["provider"]["name"], page)
    resolve.text.setPlainText("经核实情况属实，已安排免费返工并赔偿客户损失")
    resolve.yes.click()
    sanction = SanctionDecisionDialog(
        detail["code"],
        detail["provider"]["name"],
        detail["provider_id"],
        detail["recommended_sanction"],
        decided_by="supervisor",
        now=page.now(),
        parent=page,
    )
    record = show_provider_sanctions(page, page.api(), 512, "王师傅", people=page.people)
    for name, dialog in (("resolve", resolve), ("sanction", sanction), ("record", record)):
        dialog.show()
        settle(app)
        dialog.grab().save(f"{prefix}-{name}.png")
        dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
