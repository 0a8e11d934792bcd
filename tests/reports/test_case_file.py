"""The complaint case file (投诉案卷) built from real server answers, read back as text.

Fixtures under fixtures/ are GET /api/v1/complaints/{id} answers from the demo server
(supervisor view), saved verbatim; users.json is GET /api/v1/users. Text is read back with
poppler's ``pdftotext -raw`` (content-stream order keeps each wrapped paragraph in one
piece); whitespace is dropped before comparing, since wrapping puts line breaks anywhere.
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

from app.reports.case_file import build_case_file
from app.schemas.complaints import ComplaintDetail

FIXTURES = Path(__file__).parent / "fixtures"
PRINTED_AT = datetime(2026, 11, 27, 13, 30, tzinfo=UTC)  # 21:30 Beijing time
PRINTED_BY = "主管 陈静"
HEADINGS_ZH = ["一、投诉记录", "二、处理经过", "三、客户回访", "四、处理决定", "五、处理时效"]
HEADINGS_EN = ["1.Complaintrecord", "2.Handling", "3.Customercallback", "4.Decision"]


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def people() -> dict[int, str]:
    users = json.loads((FIXTURES / "users.json").read_text(encoding="utf-8"))
    return {int(u["id"]): str(u["display_name"]) for u in users}


def build(ticket: dict[str, Any], lang: str = "zh_CN", **kw: Any) -> bytes:
    kw.setdefault("people", people())
    detail = ComplaintDetail.model_validate(ticket)  # as the client hands it over
    return build_case_file(detail, printed_at=PRINTED_AT, printed_by=PRINTED_BY, lang=lang, **kw)


def squash(text: str) -> str:
    return "".join(text.split())


def pdf_text(pdf: bytes, tmp_path: Path, page: int | None = None) -> str:
    """The PDF's text with all whitespace removed (one page, or all)."""
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


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf))


@pytest.fixture(scope="module")
def reopened() -> dict[str, Any]:
    return load("complaint_closed_reopened_appeal")


def test_case_file_holds_the_record_the_handling_and_the_callback(
    reopened: dict[str, Any], tmp_path: Path
) -> None:
    text = pdf_text(build(reopened), tmp_path)

    record = next(n for n in reopened["notes"] if n["kind"] == "record")
    handling = next(n for n in reopened["notes"] if n["kind"] == "handling" and len(n["body"]) > 50)
    assert squash(reopened["summary"]) in text
    assert squash(record["body"]) in text
    assert squash(handling["body"]) in text  # a long note, wrapped over lines, all there
    assert "已联系，客户满意" in text
    assert "已联系，客户不满意" in text
    assert squash(reopened["callbacks"][0]["note"]) in text
    assert "回访结论：客户对处理结果满意" in text


def test_sections_come_in_order_after_the_header(reopened: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(build(reopened), tmp_path)

    positions = [text.find(h) for h in ["上门服务运营台", "投诉案卷", *HEADINGS_ZH]]
    assert -1 not in positions
    assert positions[2:] == sorted(positions[2:])
    assert "案卷编号：TS20261127-0021" in text


def test_summary_box_names_the_case_in_chinese(reopened: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(build(reopened), tmp_path)

    for expected in (
        "投诉类别安全隐患",
        "严重程度紧急",
        "工单状态已关闭",
        "SM20261127-000888·日常保洁",
        "服务人员吴建军（P001362）",
        "经办人客服李娜",
    ):
        assert expected in text


def test_personal_data_stays_masked(reopened: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(build(reopened), tmp_path)

    full_name = reopened["customer"]["name"]
    assert reopened["customer"]["phone"] == "180****8987"  # the server masked it
    assert "180****8987" in text
    assert f"客户{full_name[0]}*" in text
    assert full_name not in text
    assert re.search(r"1\d{10}", text) is None  # no unmasked mobile number anywhere
    assert squash(reopened["customer"]["address"]) in text  # masked address: 丰台区草桥东路****


def test_decision_shows_the_sanction_and_the_decided_appeal(
    reopened: dict[str, Any], tmp_path: Path
) -> None:
    text = pdf_text(build(reopened), tmp_path)
    section = text[text.index("四、处理决定") : text.index("五、处理时效")]

    assert "处罚等级暂停接单" in section
    assert "决定人主管陈静" in section
    assert squash(reopened["sanctions"][0]["reason"]) in section
    assert "复核结果维持原处罚" in section
    assert squash(reopened["sanctions"][0]["appeal"]["reason"]) in section
    assert "客户屏蔽：" in section


def test_sla_table_marks_the_missed_clock(reopened: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(build(reopened), tmp_path)
    sla = text[text.index("五、处理时效") :]

    # First response: due 21:15:42, acknowledged 21:18:30 (Beijing time).
    assert "首次响应2026-11-2721:152026-11-2721:18未达标，超时2分" in sla
    assert "处理完毕" in sla
    assert "达标（提前" in sla
    assert "时间均为北京时间（UTC+8）" in sla
    assert "工单重新打开后" in sla  # reopened once: the resolution clock restarted


def test_every_page_has_the_footer(reopened: dict[str, Any], tmp_path: Path) -> None:
    pdf = build(reopened)
    pages = page_count(pdf)

    assert pages >= 1
    for page in range(1, pages + 1):
        text = pdf_text(pdf, tmp_path, page)
        assert f"第{page}页/共{pages}页" in text
        assert "打印时间：2026-11-2721:30（北京时间）打印人：主管陈静" in text
        assert "含个人信息，已脱敏" in text


def test_both_weights_of_the_cjk_font_are_embedded(reopened: dict[str, Any]) -> None:
    pdf = build(reopened)

    assert pdf.startswith(b"%PDF-")
    assert b"/FontFile2" in pdf
    assert b"NotoSansSC-Regular" in pdf
    assert b"NotoSansSC-Bold" in pdf
    assert b"/Helvetica" not in pdf  # no unembedded base-14 font slips in


def test_english_variant_has_english_labels(reopened: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(build(reopened, lang="en"), tmp_path)

    positions = [text.find(h) for h in ["Complaintcasefile", *HEADINGS_EN, "5.SLAcompliance"]]
    assert -1 not in positions
    assert positions == sorted(positions)
    assert "reached,satisfied" in text
    assert "Page1of" in text
    assert "(Beijingtime)" in text
    assert "Containspersonalinformation,masked" in text
    assert "一、投诉记录" not in text
    assert "第1页" not in text
    assert squash(reopened["summary"]) in text  # recorded texts stay as written


def test_unreachable_customer_counts_the_documented_attempts(tmp_path: Path) -> None:
    ticket = load("complaint_closed_unreachable")
    text = pdf_text(build(ticket), tmp_path)

    assert text.count("未能联系上") == 3
    assert "回访结论：多次联系未果，已逐次记录（有效联系未果记录3次）" in text
    assert "处罚等级停单培训" in text
    assert "执行状态已解除" in text


def test_unsubstantiated_complaint_says_no_sanction(tmp_path: Path) -> None:
    ticket = load("complaint_closed_not_substantiated")
    text = pdf_text(build(ticket), tmp_path)

    assert "调查认定：投诉不属实" in text
    assert "投诉经调查不属实，不予处罚。" in text


def test_open_ticket_lists_what_is_missing_and_running_clocks(tmp_path: Path) -> None:
    ticket = load("complaint_reopened_open")
    text = pdf_text(build(ticket), tmp_path)

    assert "结案时间尚未结案" in text
    assert "结案尚缺：" in text
    for blocker in ticket["closing_blockers"]:
        assert squash(blocker["message"]) in text
    # Resolution due 2026-11-29 03:06 Beijing time, printed 2026-11-27 21:30.
    assert "计时中，剩余1天5小时" in text
    assert "本轮尚未回访" in text  # the only callback was before the reopening


def test_staff_without_a_name_are_shown_by_id(reopened: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(build(reopened, people={}), tmp_path)

    assert "客服李娜" in text  # the assignee names itself
    assert "用户#5" in text  # the supervisor who decided has only an id


def test_same_input_gives_the_same_bytes_dated_when_printed(reopened: dict[str, Any]) -> None:
    first = build(reopened)

    assert build(reopened) == first
    assert b"(D:20261127133000+00'00')" in first


def test_printed_at_must_be_timezone_aware(reopened: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        build_case_file(
            ComplaintDetail.model_validate(reopened),
            printed_at=datetime(2026, 11, 27, 21, 30),
            printed_by="x",
        )


def test_long_texts_wrap_onto_more_pages_and_markup_is_literal(
    reopened: dict[str, Any], tmp_path: Path
) -> None:
    ticket = copy.deepcopy(reopened)
    long_body = "服务人员未按约定时间上门，客户多次致电无人接听。" * 160  # 4,000 characters
    ticket["notes"].insert(3, dict(ticket["notes"][3], body=long_body))
    ticket["summary"] = "<b>客户称 A&B 公司</b> 收费 > 约定价格"
    pdf = build(ticket)
    text = pdf_text(pdf, tmp_path)

    assert page_count(pdf) > page_count(build(reopened))
    # The note's row splits across pages; between its pieces come the page frame and the
    # repeated table header. Without them, the note reads through whole.
    for frame in (
        r"本文件含个人信息.*?第\d+页/共\d+页",
        "上门服务运营台投诉案卷TS20261127-0021",
        "时间类型经办人内容",
    ):
        text = re.sub(frame, "", text)
    assert squash(long_body) in text
    assert squash("<b>客户称 A&B 公司</b> 收费 > 约定价格") in text


def test_a_sparse_ticket_still_builds(tmp_path: Path) -> None:
    # Only what the detail's type requires: no customer, order, provider, notes or clocks.
    ticket = {
        "id": 1, "version": 1, "code": "TS20261201-0001", "category": "other",
        "severity": "low", "status": "open", "summary": "客户咨询",
        "opened_at": "2026-12-01T02:00:00Z", "first_response_due": "2026-12-01T06:00:00Z",
        "resolution_due": "2026-12-03T02:00:00Z", "callback_due": None, "order_id": None,
        "customer_id": 1, "provider_id": None, "assignee_id": None, "substantiated": None,
        "sanction_decided": False, "escalated": False, "possible_duplicate_of": None,
        "reopen_count": 0, "notes": [], "callbacks": [], "callback_verdict": "none",
        "sanctions": [], "customer_blocks": [], "closing_blockers": [], "allowed_actions": [],
        "sla": {},
        "repeat": {"same_provider": [], "same_customer": [], "possible_duplicates": [],
                   "is_repeat": False, "reasons": []},
    }  # fmt: skip
    text = pdf_text(build(ticket), tmp_path)

    assert "TS20261201-0001" in text
    assert "尚无处理记录。" in text
    assert "尚未回访客户。" in text
    assert "工单未涉及服务人员，无需处罚决定。" in text
    assert "首次响应——未开始" in text  # no clocks sent: nothing is claimed
