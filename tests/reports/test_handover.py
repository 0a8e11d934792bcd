"""The shift handover (交接班记录), built from the demo server's open queue, read back as text.

fixtures/handover_shift.json holds every open ticket of GET /api/v1/complaints (the demo
server, saved verbatim) grouped by assignee, the way a caller builds ``shift``.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.reports.handover import build_handover, is_overdue

FIXTURES = Path(__file__).parent / "fixtures"
PRINTED_AT = datetime(2026, 11, 27, 13, 30, tzinfo=UTC)  # 21:30 Beijing time
PRINTED_BY = "客服 李娜"


def squash(text: str) -> str:
    return "".join(text.split())


def pdf_text(pdf: bytes, tmp_path: Path, page: int | None = None) -> str:
    """The PDF's text in content-stream order with all whitespace removed."""
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: cannot read the PDF text back")
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(
        [exe, "-raw", "-enc", "UTF-8", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return squash(out.stdout.decode("utf-8"))


def build(shift: dict[str, Any], lang: str = "zh_CN") -> bytes:
    return build_handover(shift, printed_at=PRINTED_AT, printed_by=PRINTED_BY, lang=lang)


@pytest.fixture(scope="module")
def shift() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (FIXTURES / "handover_shift.json").read_text(encoding="utf-8")
    )
    return data


def tickets(shift: dict[str, Any]) -> list[dict[str, Any]]:
    return [tk for group in shift["agent_groups"] for tk in group["tickets"]]


def test_lists_every_open_ticket_under_its_agent(shift: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(build(shift), tmp_path)

    assert "交接班记录" in text
    assert squash(shift["shift_label"]) in text
    assert f"未结工单{len(tickets(shift))}件" in text
    previous = -1
    for group in shift["agent_groups"]:
        start = text.index(squash(group["agent"]) + "（")
        assert start > previous  # groups in the caller's order
        previous = start
        for ticket in group["tickets"]:
            assert text.index(ticket["code"]) > start
            assert squash(ticket["summary"]) in text


def test_overdue_tickets_are_marked_and_others_are_not(
    shift: dict[str, Any], tmp_path: Path
) -> None:
    text = pdf_text(build(shift), tmp_path)
    text = text[: text.index("二、交接事项")]
    for group in shift["agent_groups"]:  # leave only the rows: drop the group headings
        text = re.sub(re.escape(squash(group["agent"])) + r"（[^）]*）", "", text)
    codes = [tk["code"] for tk in tickets(shift)]
    late = [tk["code"] for tk in tickets(shift) if is_overdue(tk, PRINTED_AT)]

    assert late  # the demo queue has overdue tickets
    assert f"其中超时{len(late)}件" in text
    # Each row runs from its code to the next code; its deadline and flags cells are in it.
    starts = sorted(text.index(code) for code in codes)
    rows = {
        text[a:b][:15]: text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)
    }
    for code in codes:
        row = rows[code]
        if code in late:
            assert "已超时" in row
            assert re.search(r"[分天时]超时", row)  # the flag after the deadline cell
        else:
            assert "超时" not in row


def test_handover_note_and_signature_lines(shift: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(build(shift), tmp_path)
    tail = text[text.index("二、交接事项") :]

    for line in shift["note"].splitlines():
        assert squash(line) in tail
    assert "交班人（签字）：" in tail
    assert "接班人（签字）：" in tail
    assert tail.count("交接时间：") == 2


def test_every_page_has_the_footer(shift: dict[str, Any], tmp_path: Path) -> None:
    pdf = build(shift)
    pages = len(re.findall(rb"/Type /Page\b", pdf))

    assert pages >= 2  # 37 tickets do not fit on one page
    for page in range(1, pages + 1):
        text = pdf_text(pdf, tmp_path, page)
        assert f"第{page}页/共{pages}页" in text
        assert "打印时间：2026-11-2721:30（北京时间）打印人：客服李娜" in text


def test_fonts_are_embedded(shift: dict[str, Any]) -> None:
    pdf = build(shift)

    assert b"/FontFile2" in pdf
    assert b"NotoSansSC-Regular" in pdf
    assert b"NotoSansSC-Bold" in pdf
    assert b"/Helvetica" not in pdf


def test_english_variant(shift: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(build(shift, lang="en"), tmp_path)

    for label in ("Shifthandover", "1.Opentickets", "2.Handovernote", "3.Signatures"):
        assert label in text
    assert "Outgoing(signature):" in text
    assert "overdueby" in text
    assert "Page1of" in text
    assert "交接事项" not in text


def test_an_agent_without_tickets_and_an_empty_note(shift: dict[str, Any], tmp_path: Path) -> None:
    quiet = copy.deepcopy(shift)
    quiet["agent_groups"].append({"agent": "客服 王磊", "tickets": []})
    quiet["note"] = ""
    text = pdf_text(build(quiet), tmp_path)

    assert "客服王磊（0件）无未结工单。" in text
    assert "二、交接事项（无）" in text


def test_a_deadline_passed_since_the_queue_was_read_counts_as_overdue() -> None:
    ticket = {"overdue": False, "next_deadline": "2026-11-27T13:29:00+00:00"}

    assert is_overdue(ticket, PRINTED_AT)
    assert not is_overdue(ticket | {"next_deadline": "2026-11-27T13:31:00Z"}, PRINTED_AT)
    assert not is_overdue({"overdue": False, "next_deadline": None}, PRINTED_AT)
    assert is_overdue({"overdue": True, "next_deadline": None}, PRINTED_AT)


def test_same_input_same_bytes(shift: dict[str, Any]) -> None:
    assert build(shift) == build(shift)
