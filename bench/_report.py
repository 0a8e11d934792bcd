"""What every benchmark prints, in one format, and the size flag they all take.

Each measurement is one line::

    FIGURE <name> = <value> <unit> | budget <b> <unit> OK|OVER | ratio <r> x vs <baseline>

The budget and ratio parts appear when the figure has a budget (DESIGN.md) and a baseline
measured in the same process (so both saw the same machine load). ``tests/bench`` runs every
benchmark at ``--tiny`` size in ``make test`` and checks these lines are there and numeric;
the figures themselves are never asserted (the machine is shared and timings are noisy).

A benchmark exits 1 when something it checks is wrong (a rule violated, a change missing,
a model reset); an over-budget figure only prints OVER, unless ``--strict`` is given.
"""

from __future__ import annotations

import argparse
import math
import re

FIGURE_RE = re.compile(
    r"^FIGURE (?P<name>.+?) = (?P<value>-?(?:\d+(?:\.\d+)?|inf|nan)) (?P<unit>\S+)(?P<rest>.*)$"
)  # a name may hold " = " ("filter state = pending"): the value is what makes the split


def add_size_args(ap: argparse.ArgumentParser) -> None:
    """``--tiny`` (the smoke size ``make test`` runs) and ``--strict`` (exit 1 when OVER)."""
    ap.add_argument(
        "--tiny",
        action="store_true",
        help="a tiny instance that runs in seconds: proves the benchmark works, measures nothing",
    )
    ap.add_argument("--strict", action="store_true", help="exit 1 when a figure is over budget")


class Figures:
    """Prints figure lines and remembers which were over budget and what went wrong."""

    def __init__(self) -> None:
        self.over: list[str] = []
        self.wrong: list[str] = []

    def figure(
        self,
        name: str,
        value: float,
        unit: str,
        *,
        budget: float | None = None,
        baseline: float | None = None,
        baseline_name: str = "",
        note: str = "",
    ) -> float:
        """Print one figure line; returns ``value``. Lower is better for every budget here."""
        parts = [f"FIGURE {name} = {value:.3f} {unit}"]
        if budget is not None:
            ok = value <= budget
            parts.append(f"budget {budget:g} {unit} {'OK' if ok else 'OVER'}")
            if not ok:
                self.over.append(name)
        if baseline is not None:
            ratio = value / baseline if baseline else math.inf
            parts.append(f"ratio {ratio:.2f} x vs {baseline_name} ({baseline:.3f} {unit})")
        if note:
            parts.append(note)
        print(" | ".join(parts), flush=True)
        return value

    def check(self, ok: bool, what: str) -> None:
        """Record a correctness failure (always makes the exit status 1)."""
        if not ok:
            self.wrong.append(what)

    def exit_status(self, strict: bool) -> int:
        if self.over:
            print("OVER BUDGET: " + ", ".join(self.over))
        if self.wrong:
            print("WRONG: " + ", ".join(self.wrong))
            return 1
        return 1 if strict and self.over else 0
