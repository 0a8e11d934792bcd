"""Every benchmark in bench/ runs at its tiny size and prints its figures, so none can rot.

Each bench runs as ``python bench/<name>.py --tiny`` (as ``make bench`` runs it, only smaller)
and must exit 0 and print its figure lines (see bench/_report.py) with numeric values. The
figures are not compared with anything: at this size and on a shared machine they mean
nothing; what is checked is that the bench still runs against today's code. A new bench must
be added to ``EXPECTED`` below, or this test fails.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench._report import FIGURE_RE

ROOT = Path(__file__).resolve().parents[2]
BENCHES = sorted(p.stem for p in (ROOT / "bench").glob("*.py") if not p.name.startswith("_"))

# bench -> figures it must print at --tiny; a name ending in " *" must also carry a ratio
# against its same-process baseline.
EXPECTED: dict[str, list[str]] = {
    "certification": [
        "queue page read *",
        "my claims read",
        "claim next (cache)",
        "page load (read + model + paint)",
        "open a scan (decode)",
        "upload a scan",
        "approve -> visible on another client",
    ],
    "kpi": [
        "facts from rows",
        "KPI snapshot (in memory) *",
        "cache load (read + facts + KPIs)",
        "update after 1,000 changes (pool thread)",
        "dashboard apply on the UI thread",
        "recomputes for 1,000 changes",
        "daily PDF",
    ],
    "kpi_pg": [
        "28-day range, rollup empty (fills 27 days)",
        "rollup fill, remaining days (leader, once)",
        "28-day range",
        "1-year range (weeks)",
        "today live",
    ],
    "reports": [
        "facts read (SQL)",
        "SQL counts (GROUP BY)",
        "KPI snapshot",
        "PDF",
        "daily report, made and kept",
    ],
    "board": [
        "reset + paint (1280x800)",
        "reset + paint, sorted by start",
        "filter search 'zs' (pinyin initials)",
        "filter state = pending",
        "sort by start",
        "apply 200 changes (sorted)",
        "apply 200, first after a load",
        "repaint after apply",
        "model resets during apply",
        "peak RSS",
    ],
    "dispatch": [
        "plan time, incl. greedy baseline",
        "plan time, plan only *",
        "plan travel *",
        "hard-rule violations",
    ],
    "feed_latency": [
        "feed delivery p50, 5 clients",
        "feed delivery p95, 5 clients",
        "feed delivery p99, 5 clients *",
        "undelivered, 5 clients",
    ],
    "initial_sync": [
        "initial sync, end to end *",
        "initial sync, feed only (old path)",
        "snapshot alone (HTTP + gunzip + split lines) *",
        "feed alone (HTTP + JSON parse)",
        "local apply (Cache) *",
        "local apply / raw executemany",
        "board_rows()",
        "peak RSS (sync+board)",
    ],
    "sealed_fields": [
        "demo seeding, sealed *",
        "order-volume seeding, sealed *",
        "ORM read of every customer, provider, order, sealed *",
        "open one address",
    ],
    "training": [
        "keystroke -> repaint, worst (8 x 12)",
        "keystroke -> repaint, median *",
        "provider record, 1-year history (cache) *",
        "transcript PDF, 1-year history",
        "sign-off of 8 assessments (round trip)",
    ],
    "ui_stall": [
        "UI thread idle (baseline)",
        "initial sync + board",
        "UI thread during initial sync *",
        "UI thread during live changes *",
    ],
}
NUMBER = r"-?\d+(?:\.\d+)?|inf"
BUDGET_RE = re.compile(rf"^budget (?P<budget>{NUMBER}) \S+ (?:OK|OVER)$")
RATIO_RE = re.compile(rf"^ratio (?P<ratio>{NUMBER}) x vs .+ \((?P<base>{NUMBER}) \S+\)$")


def figures_in(stdout: str) -> dict[str, tuple[float, dict[str, float]]]:
    """name -> (value, {"budget": …, "ratio": …}) for every FIGURE line; checks each part."""
    found: dict[str, tuple[float, dict[str, float]]] = {}
    for line in stdout.splitlines():
        if not line.startswith("FIGURE "):
            continue
        m = FIGURE_RE.match(line)
        assert m, f"unparseable figure line: {line!r}"
        value = float(m["value"])
        assert math.isfinite(value), line
        extras: dict[str, float] = {}
        for part in m["rest"].split(" | ")[1:]:
            if b := BUDGET_RE.match(part):
                extras["budget"] = float(b["budget"])
            elif r := RATIO_RE.match(part):
                extras["ratio"] = float(r["ratio"])
                assert float(r["base"]) >= 0, line
            else:
                assert not part.startswith(("budget", "ratio")), f"malformed part in {line!r}"
        assert m["name"] not in found, f"figure printed twice: {m['name']}"
        found[m["name"]] = (value, extras)
    return found


def test_every_bench_has_expectations() -> None:
    assert BENCHES, "no benchmarks found in bench/"
    assert set(BENCHES) == set(EXPECTED), "add the new bench's tiny figures to EXPECTED"


@pytest.mark.parametrize("bench", BENCHES)
def test_bench_runs_at_tiny_size(bench: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / f"{bench}.py"), "--tiny"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, f"{bench} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
    found = figures_in(proc.stdout)
    for wanted in EXPECTED.get(bench, []):
        name = wanted.removesuffix(" *")
        assert name in found, f"{bench} did not print {name!r}:\n{proc.stdout}"
        if wanted.endswith(" *"):
            assert "ratio" in found[name][1], f"{bench}: {name!r} has no baseline ratio"


def test_figure_lines_are_checked() -> None:
    """The parser above rejects what a broken bench would print (so the smoke can fail)."""
    good = "FIGURE x = 1.500 ms | budget 2 ms OK | ratio 0.75 x vs y (2.000 ms) | note"
    assert figures_in(good) == {"x": (1.5, {"budget": 2.0, "ratio": 0.75})}
    for bad in (
        "FIGURE x = nan ms",
        "FIGURE x = n/a ms",
        "FIGURE x 1.5 ms",
        "FIGURE x = 1 ms | ratio ? x",
    ):
        with pytest.raises((AssertionError, ValueError)):
            figures_in(bad)
