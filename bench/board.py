"""Order board benchmark: 100k orders in the real BoardPage, offscreen, 1280x800.

Budgets (DESIGN.md): reset + paint <= 100 ms; filter or sort <= 300 ms; apply 1,000 feed
changes <= 100 ms with no model reset. Also prints the peak RSS.
Run from the repo root: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/board.py [--tiny]``.
The page gets a real ``SyncLink`` that is never started (nothing behind it), so the bench
follows the link's interface as it changes: it emits the link's ``changed`` notice and the
page reads its rows through ``RowsBackend``, which hands over prepared rows at once (the cache
read itself is measured by bench/initial_sync.py).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings, Qt

from app.client.board import BoardRow, search_key
from app.client.sync import ChangeSet
from app.rules.catalog import CATEGORIES
from app.rules.districts import DISTRICTS
from app.views.app import prepare_application
from app.views.board.filter import BoardFilter, Column, TimeWindow
from app.views.board.page import BoardPage
from app.views.sync_link import SyncLink
from bench._report import Figures, add_size_args

SEED = 20261127
NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕"
STATES = ("pending", "assigned", "accepted", "en_route", "in_service", "completed", "cancelled")
WEIGHTS = (12, 10, 10, 6, 8, 44, 10)


def no_services() -> Any:
    raise AssertionError("the bench never starts the sync link")


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def make_rows(rng: random.Random, n_rows: int) -> list[BoardRow]:
    categories = [c.value for c in CATEGORIES]
    districts = [d.code for d in DISTRICTS]
    rows = []
    for i in range(1, n_rows + 1):
        status = rng.choices(STATES, WEIGHTS)[0]
        start = NOW + timedelta(minutes=rng.randrange(-24 * 60, 3 * 24 * 60, 15))
        customer = person(rng)
        provider = "" if status in ("pending", "cancelled") else person(rng)
        code = f"SM20261127-{i:06d}"
        district = rng.choice(districts)
        address = f"北京市{district}某某路{rng.randrange(1, 400)}号院****"
        rows.append(
            BoardRow(
                i,
                1,
                code,
                status,
                rng.choice(categories),
                district,
                address,
                10_000 + rng.randrange(40_000),
                customer,
                rng.randrange(1, 50_000) if provider else None,
                provider,
                start,
                start + timedelta(hours=rng.choice((2, 3, 4, 8))),
                start - timedelta(minutes=rng.choice((30, 60, 120))),
                rng.randrange(12_000, 120_000),
                rng.random() < 0.08,
                search_key(code, customer, address, provider),
            )
        )
    return rows


def feed_batch(
    rng: random.Random, rows: list[BoardRow], first_new_id: int, n_changes: int
) -> list[BoardRow]:
    """90% updates (status moves, reassignments) and 10% new orders, like a busy minute."""
    batch = []
    n_new = n_changes // 10
    for row in rng.sample(rows, n_changes - n_new):
        status = rng.choice(STATES)
        batch.append(replace(row, version=row.version + 1, status=status))
    for i in range(first_new_id, first_new_id + n_new):
        start = NOW + timedelta(minutes=rng.randrange(0, 2 * 24 * 60, 15))
        batch.append(
            replace(rows[i % len(rows)], id=i, code=f"SM20261127-{i:06d}", scheduled_start=start)
        )
    return batch


def timed(
    fn: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None
) -> tuple[float, float]:
    """(wall, cpu) medians in milliseconds, ``setup`` untimed before each run. The CPU time is
    this process's own: on a shared machine the wall time also counts waiting for a core."""
    walls, cpus = [], []
    for _ in range(repeat):
        if setup is not None:
            setup()
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    return statistics.median(walls), statistics.median(cpus)


class RowsBackend:
    """``app.views.background.Backend`` as the board uses it, answering every local read with
    the rows set in ``answer`` on the calling thread."""

    has_server = False

    def __init__(self) -> None:
        self.answer: list[BoardRow] = []

    def local(self, query: Any, on_success: Callable[[Any], None], *_: Any, **__: Any) -> None:
        on_success(self.answer)


def report(figures: Figures, name: str, wall: float, cpu: float, budget: float) -> None:
    """One figure; over budget means the wall-clock median is over (CPU shown for context)."""
    note = f"cpu {cpu:.1f} ms" + (" (CPU within: machine busy)" if wall > budget >= cpu else "")
    figures.figure(name, wall, "ms", budget=budget, note=note)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_size_args(ap)
    args = ap.parse_args()
    n_rows, n_changes, repeat = (3_000, 200, 1) if args.tiny else (100_000, 1_000, 5)
    app = prepare_application(sys.argv[:1], "zh_CN")
    rng = random.Random(SEED)
    t0 = time.perf_counter()
    rows = make_rows(rng, n_rows)
    print(f"{n_rows:,} synthetic BoardRows built in {time.perf_counter() - t0:.1f} s")
    figures = Figures()

    link = SyncLink(no_services)
    data = RowsBackend()
    everything = ChangeSet.everything()

    def load(these: list[BoardRow]) -> None:
        data.answer = these
        link.changed.emit(everything)  # the page's full-load path

    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        page = BoardPage(
            link,
            role="dispatcher",
            settings=settings,
            clock=lambda: NOW,
            data=data,  # type: ignore[arg-type]
        )
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        model, table = page.model, page.table

        def reset_and_paint() -> None:
            load(rows)
            table.viewport().grab()

        def measure(fn: Callable[[], object], **kw: Any) -> tuple[float, float]:
            return timed(fn, repeat=kw.pop("repeat", repeat), **kw)

        report(figures, "reset + paint (1280x800)", *measure(reset_and_paint), 100)
        model.sort(Column.START, Qt.SortOrder.AscendingOrder)  # a saved sort makes loads sort
        report(figures, "reset + paint, sorted by start", *measure(reset_and_paint), 100)
        model.sort(-1, Qt.SortOrder.DescendingOrder)

        filters = {
            "search 'zs' (pinyin initials)": BoardFilter(text="zs"),
            "state = pending": BoardFilter(states=frozenset({"pending"})),
            "district + service": BoardFilter(district="chaoyang", category="cleaning"),
            "window = dispatch overdue": BoardFilter(window=TimeWindow.OVERDUE),
        }
        unfiltered = BoardFilter()
        for name, f in filters.items():
            wall, cpu = measure(
                lambda f=f: model.set_filter(f), setup=lambda: model.set_filter(unfiltered)
            )
            report(figures, f"filter {name}", wall, cpu, 300)
        model.set_filter(BoardFilter())

        for column in (Column.CUSTOMER, Column.START, Column.STATUS, Column.DISPATCH_BY):
            orders = iter([Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * 5)
            wall, cpu = measure(
                lambda column=column, orders=orders: model.sort(column, next(orders))
            )
            report(figures, f"sort by {column.name.lower()}", wall, cpu, 300)

        model.sort(Column.START, Qt.SortOrder.AscendingOrder)
        resets: list[int] = []
        in_apply = [False]  # only resets during an apply count (the setup loads reset, rightly)
        model.modelReset.connect(lambda: resets.append(1) if in_apply[0] else None)

        def apply(batch: list[BoardRow]) -> None:
            in_apply[0] = True
            model.apply(batch)
            in_apply[0] = False

        n_batches = 2 * repeat + 2
        step = n_changes // 10
        batches = iter(
            [feed_batch(rng, rows, n_rows + 1 + n * step, n_changes) for n in range(n_batches)]
        )
        wall, cpu = measure(lambda: apply(next(batches)), repeat=repeat + 2)
        report(figures, f"apply {n_changes:,} changes (sorted)", wall, cpu, 100)
        # Right after a full load the id and position maps are still unbuilt: that apply pays.
        wall, cpu = measure(
            lambda: apply(next(batches)),
            setup=lambda: load(rows),
        )
        report(figures, f"apply {n_changes:,}, first after a load", wall, cpu, 100)
        wall, cpu = measure(table.viewport().grab)
        figures.figure("repaint after apply", wall, "ms", note=f"cpu {cpu:.1f} ms")
        figures.figure("model resets during apply", len(resets), "resets", budget=0)
        figures.check(not resets, "apply reset the model")
        page.close()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures.figure("peak RSS", peak_mb, "MB")
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    raise SystemExit(main())
