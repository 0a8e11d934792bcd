"""Render the 运营看板 dashboard with demo-like data offscreen to a PNG, and its daily report.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_insight.py [out.png] [--lang en]
    [--pdf report.pdf]
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

from bench.kpi import NOW, demo_rows  # noqa: E402
from app.client.cache import Cache  # noqa: E402
from app.views.app import prepare_application  # noqa: E402
from app.views.context import PageContext  # noqa: E402
from app.views.insight.export import build_for  # noqa: E402
from app.views.insight.page import DashboardPage  # noqa: E402
from app.views.settings import open_settings  # noqa: E402
from tests.views.fakes import FakeLink, FakeUser, SyncBackend, put  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "insight.png"))
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--pdf", default="")
    parser.add_argument("--orders", type=int, default=40_000)
    args = parser.parse_args()
    app = prepare_application(sys.argv[:1], args.lang)
    cache = Cache(":memory:")
    for entity, rows in demo_rows(args.orders, args.orders // 40).items():
        put(cache, entity, rows)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = PageContext(FakeLink(), FakeUser(5, "supervisor", "王主管", "supervisor"),  # type: ignore[arg-type]
                          open_settings(Path(tmp)), lambda: NOW,
                          SyncBackend(reader=cache))  # type: ignore[arg-type]  # fmt: skip
        page = DashboardPage(ctx)
        page.resize(1440, 900)
        page.show()
        for _ in range(10):
            app.processEvents()
        page.grab().save(args.out)
        print(args.out)
        if args.pdf and page.inputs is not None:
            day = (NOW + timedelta(hours=8)).date() - timedelta(days=1)
            Path(args.pdf).write_bytes(build_for(page, page.inputs, day)())
            print(args.pdf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
