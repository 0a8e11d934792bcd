"""The expiry watch as CSV: groups, days and names in either language; certificates outside
the watch are left out."""

from __future__ import annotations

import csv
import io
from datetime import date

from app.client.certifications import CertRow
from app.reports.certification_watch import watch_csv

TODAY = date(2026, 12, 3)


def row(id: int, status: str, kind: str = "health_certificate", expires: date | None = None,
        due: date | None = None, number: str = "") -> CertRow:  # fmt: skip
    return CertRow(id, 1, 10, "王芳", kind, status, number or f"N-{id}", "王芳", "疾控中心", None,
                   expires, due, None, None, None, None, False, (), 1)  # fmt: skip


def read(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")  # Excel on a Chinese Windows reads it right
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_watch_csv_in_english_and_chinese() -> None:
    rows = [
        row(1, "expired", expires=date(2026, 11, 30)),
        row(2, "approved", "electrician_license", date(2031, 1, 1), date(2027, 1, 20)),
        row(3, "approved", expires=date(2027, 2, 20)),
        row(4, "approved", expires=date(2028, 1, 1)),  # later than 90 days
        row(5, "submitted", expires=date(2026, 12, 10)),  # not in force: not watched
        row(6, "approved", "made_up_kind", expires=date(2026, 12, 1)),  # lapsed yesterday
    ]
    english = read(watch_csv(rows, TODAY, "en"))
    assert english[0][:3] == ["group", "last valid day", "provider"]
    assert [line[:2] for line in english[1:]] == [
        ["expired", "2026-11-30"],
        ["within 60 days", "2027-01-20"],
        ["within 90 days", "2027-02-20"],
        ["expired", "2026-12-01"],
    ]
    assert english[2][3:] == ["electrician licence", "***", "approved", "2031-01-01", "2027-01-20"]
    assert english[4][3] == "made_up_kind"  # an unknown kind keeps its code
    chinese = read(watch_csv(rows, TODAY, "zh_CN"))
    assert chinese[0][0] == "到期分组"
    assert chinese[1][:6] == ["已过期", "2026-11-30", "王芳", "健康证", "N-1", "已过期"]
    assert chinese[3][0] == "90 天内"
    assert chinese[3][7] == ""  # no review date


ELECTRICIAN = "110105194912310021"  # a 特种作业操作证's number: its holder's ID number


def test_id_numbers_leave_masked() -> None:
    """The file leaves the desk: an ID verification's number (a national ID number) and an ID
    number typed into another kind are masked; an ordinary certificate number stays."""
    rows = [
        row(1, "expired", "id_verification", date(2026, 11, 30), number="11010519491231002X"),
        row(2, "approved", "electrician_license", due=date(2027, 1, 20), number=ELECTRICIAN),
        row(3, "approved", "background_check", date(2027, 2, 20), number="110105194912310037"),
        row(4, "approved", expires=date(2027, 1, 1), number="JK-2026-0042"),
    ]
    numbers = [line[4] for line in read(watch_csv(rows, TODAY, "en"))[1:]]
    assert numbers == ["110105********002X", "110105********0021", "110105********0037",
                       "JK-2026-0042"]  # fmt: skip
    content = watch_csv(rows, TODAY, "zh_CN")
    assert b"19491231" not in content  # no birth date in the file
