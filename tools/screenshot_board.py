"""Render the main window with made-up Beijing orders, offscreen, to a PNG (for eyes, not tests).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_board.py [out.png] [--lang en]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QObject, Signal  # noqa: E402

from app.client.board import BoardRow, search_key  # noqa: E402
from app.client.outbox import OutboxCommand  # noqa: E402
from app.rules.catalog import CATEGORIES  # noqa: E402
from app.rules.districts import DISTRICTS  # noqa: E402
from app.views.app import prepare_application  # noqa: E402
from app.views.context import PageContext  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402
from app.views.settings import open_settings  # noqa: E402

NOW = datetime.now(UTC).replace(second=0, microsecond=0)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲"
ROADS = ("建国路", "朝阳北路", "中关村大街", "学院路", "西直门外大街", "丰台北路", "新华大街")
STATES = ("pending", "assigned", "accepted", "en_route", "in_service", "completed", "cancelled")


class DemoLink(QObject):
    """The SyncLink signals, fed by hand."""

    changed = Signal(str, list)
    board_rows = Signal(object, bool)
    board_removed = Signal(list)
    order_events = Signal(int, object)
    providers = Signal(int, object)
    status = Signal(object)
    conflict = Signal(object)
    command_failed = Signal(object)
    command_resolved = Signal(int)
    progress = Signal(int)
    error = Signal(str)
    auth_lost = Signal()
    logged_out = Signal()
    stopped = Signal()

    def fetch_order_events(self, order_id: int) -> None:
        self.order_events.emit(order_id, demo_events(order_id))

    def fetch_providers(self, order_id: int, category: str, district: str) -> None:
        pass

    def fetch_board_rows(self, ids: list[int] | None = None) -> None:
        pass

    def enqueue_command(self, command: dict[str, Any]) -> None:
        pass

    def resolve_command(self, command_id: int, retry: bool) -> None:
        pass

    def logout(self) -> None:
        pass


@dataclass(frozen=True)
class DemoUser:
    username: str = "dispatcher"
    display_name: str = "王调度"
    role: str = "dispatcher"


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def demo_rows(n: int = 2400) -> list[BoardRow]:
    rng = random.Random(42)
    rows = []
    for i in range(1, n + 1):
        status = rng.choices(STATES, (14, 10, 10, 5, 8, 40, 6))[0]
        start = NOW + timedelta(minutes=rng.randrange(-6 * 60, 30 * 60, 15))
        dispatch_by = start - timedelta(minutes=rng.choice((30, 60, 90)))
        if status == "pending" and i % 5 == 0:
            dispatch_by = NOW + timedelta(minutes=rng.randrange(-40, 30))
        customer = name(rng)
        provider = (
            "" if status in ("pending", "cancelled") else name(rng) + rng.choice("阿姨师傅")[:1]
        )
        district = rng.choice(DISTRICTS)
        address = f"{district.name_zh}{rng.choice(ROADS)}{rng.randrange(1, 300)}号****"
        code = f"SM{start.strftime('%Y%m%d')}-{i:06d}"
        category = rng.choice(list(CATEGORIES))
        rows.append(
            BoardRow(
                i,
                rng.randrange(1, 6),
                code,
                status,
                category.value,
                district.code,
                address,
                5000 + i,
                customer,
                rng.randrange(1, 900) if provider else None,
                provider,
                start,
                start + timedelta(hours=rng.choice((2, 3, 4))),
                dispatch_by,
                rng.randrange(12_000, 90_000, 100),
                rng.random() < 0.08,
                search_key(code, customer, address, provider),
            )
        )
    return rows


def demo_events(order_id: int) -> list[dict[str, Any]]:
    t = NOW - timedelta(hours=2)
    return [
        {"at": t.isoformat(), "action": "create", "from_status": "", "to_status": "pending"},
        {
            "at": (t + timedelta(minutes=6)).isoformat(),
            "action": "assign",
            "from_status": "pending",
            "to_status": "assigned",
            "note": "就近派单",
        },
        {
            "at": (t + timedelta(minutes=9)).isoformat(),
            "action": "unassign",
            "from_status": "assigned",
            "to_status": "pending",
            "note": "阿姨临时有事",
        },
    ]


def ensure_translations() -> None:
    tools = Path(sys.executable).parent
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [str(tools / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
            )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="board.png")
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    ensure_translations()
    app = prepare_application(sys.argv[:1], args.lang)
    link = DemoLink()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = PageContext(link=link, user=DemoUser(), settings=open_settings(Path(tmp)))  # type: ignore[arg-type]
        window = MainWindow(ctx, server_url="https://desk.shangmen.example")
        window.resize(1440, 900)
        window.show()
        rows = demo_rows()
        link.board_rows.emit(rows, True)
        link.status.emit(
            {"online": True, "last_sync": NOW, "lag": 0.4, "outbox_count": 1, "conflicts": 1}
        )
        for _ in range(3):
            app.processEvents()  # let the layout settle before scrolling to the selection
        board = window.pages["board"]
        # Select a quiet pending order near the top so the coloured deadlines around it show.
        pending = next(
            r
            for r in rows[::-1]
            if r.status == "pending" and r.dispatch_by > NOW + timedelta(hours=3)
        )
        board.select_order(pending.id)  # type: ignore[attr-defined]
        link.conflict.emit(
            OutboxCommand(
                id=9,
                path=f"/api/v1/orders/{rows[3].id}/assign",
                body={"provider_id": 12},
                if_match=2,
                idempotency_key="k",
                entity="order",
                entity_id=rows[3].id,
                label=f"派单 {rows[3].code} → 刘阿姨",
                created_at=NOW,
                state="conflict",
                error={
                    "current": {"status": "assigned", "version": 3, "updated_at": NOW.isoformat()}
                },
            )
        )
        for _ in range(5):
            app.processEvents()
        window.grab().save(args.out)
        print(f"saved {args.out} ({window.width()}x{window.height()})")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
