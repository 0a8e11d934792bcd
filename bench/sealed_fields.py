"""What sealing personal fields at rest costs: demo seeding and reading rows, sealed vs clear.

No budget of its own in DESIGN.md; it bounds what encryption adds to the seeding the desktop's
embedded server does on first start, to bulk seeding (order volume) and to ORM reads of every
customer, provider and order (what dispatch and reveals load). The "clear" baseline runs the
same code in the same process with the sealing turned into a pass-through.

Run from the repo root: ``.venv/bin/python bench/sealed_fields.py [--orders N] [--tiny]``.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app.models import tables as t  # noqa: E402
from app.models.tables.sealed import DataKeys, Sealed  # noqa: E402
from app.server.db import Database  # noqa: E402
from app.server.demo.seed import seed_demo, seed_orders_only  # noqa: E402
from app.server.schema import migrate  # noqa: E402
from bench._report import Figures, add_size_args  # noqa: E402

SEED = 20261127
KEYS = DataKeys([("bench", bytes(range(32)))])


@contextlib.contextmanager
def clear_text() -> Iterator[None]:
    """Sealed columns store and return their values unchanged (the 'before' of this change)."""
    bind, result = Sealed.process_bind_param, Sealed.process_result_value
    Sealed.process_bind_param = lambda self, value, dialect: value  # type: ignore[method-assign]
    Sealed.process_result_value = lambda self, value, dialect: value  # type: ignore[method-assign]
    try:
        yield
    finally:
        Sealed.process_bind_param = bind  # type: ignore[method-assign]
        Sealed.process_result_value = result  # type: ignore[method-assign]


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(folder: Path, orders: int, demo: dict[str, int]) -> dict[str, float]:
    """Seconds for: demo seeding, order-volume seeding, reading every personal row."""
    out: dict[str, float] = {}
    now = datetime.now(UTC)
    db = Database(f"sqlite:///{folder / 'demo.sqlite3'}", KEYS)
    migrate(db)
    out["demo"] = timed(lambda: seed_demo(db, now, SEED, **demo))
    db.dispose()
    db = Database(f"sqlite:///{folder / 'volume.sqlite3'}", KEYS)
    migrate(db)
    out["volume"] = timed(lambda: seed_orders_only(db, now, SEED, orders))

    def read_all() -> None:
        with db.read() as s:
            for cls in (t.Customer, t.Provider, t.Order):
                for row in s.scalars(select(cls)):
                    assert row is not None

    out["read"] = timed(read_all)
    with db.read() as s:
        out["rows"] = sum(
            len(s.scalars(select(c.id)).all()) for c in (t.Customer, t.Provider, t.Order)
        )
    db.dispose()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--orders", type=int, default=20000, help="orders of the volume seeding")
    add_size_args(ap)
    args = ap.parse_args()
    orders = 300 if args.tiny else args.orders
    demo = {"orders": 100, "providers": 100, "customers": 50} if args.tiny else {}
    figures = Figures()
    tmp = Path(tempfile.mkdtemp(prefix="bench-sealed-"))
    try:
        (tmp / "clear").mkdir()
        (tmp / "sealed").mkdir()
        with clear_text():
            clear = run(tmp / "clear", orders, demo)
        sealed = run(tmp / "sealed", orders, demo)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    figures.check(clear["rows"] == sealed["rows"], "same rows sealed and clear")
    figures.figure(
        "demo seeding, sealed", sealed["demo"], "s", baseline=clear["demo"], baseline_name="clear"
    )
    figures.figure(
        "order-volume seeding, sealed",
        sealed["volume"],
        "s",
        baseline=clear["volume"],
        baseline_name="clear",
        note=f"{orders} orders",
    )
    n = int(sealed["rows"])
    figures.figure(
        "ORM read of every customer, provider, order, sealed",
        sealed["read"],
        "s",
        baseline=clear["read"],
        baseline_name="clear",
        note=f"{n} rows",
    )
    ring = DataKeys([("bench", bytes(range(32)))])
    value = ring.seal("朝阳区建国路88号院3号楼2单元501", "orders.address")
    count = 2000 if args.tiny else 50000
    figures.figure(
        "open one address",
        timed(lambda: [ring.open(value, "orders.address") for _ in range(count)]) / count * 1e6,
        "us",
    )
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    sys.exit(main())
