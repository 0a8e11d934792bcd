"""Every time a person reads is Beijing's wall clock, formatted in one place.

A ``strftime`` or an f-string date format elsewhere in the rules, the desktop or the PDFs is how
UTC reached the screen before ("暂停接单至 2027-01-02 07:20" beside a table saying 15:20): it
formats whatever zone the value happens to carry. ``app.rules.beijing.wall_clock`` converts first.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ("app/rules", "app/views", "app/reports")
ALLOWED = {
    "app/rules/beijing.py",  # the one place
    "app/reports/common.py",  # the PDF's metadata date, which the PDF format wants in UTC
}
FORMATTING = re.compile(r"\.strftime\(|\{[^{}\n]*:%[A-Za-z]")


def test_times_are_formatted_only_by_the_beijing_module() -> None:
    found = []
    for folder in CHECKED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name in ALLOWED:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if FORMATTING.search(line):
                    found.append(f"{name}:{number}: {line.strip()}")
    assert found == [], "format times with app.rules.beijing.wall_clock:\n" + "\n".join(found)


def test_the_check_finds_what_it_looks_for() -> None:
    assert FORMATTING.search('until = f"{sanction.ends_at:%Y-%m-%d %H:%M}"')
    assert FORMATTING.search("stamp = now.strftime('%Y%m%d')")
    assert not FORMATTING.search('f"{count:d} orders"')
