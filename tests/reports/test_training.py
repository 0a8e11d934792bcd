"""The sign-in sheet (签到表) and the training transcript, built from the desk's cache reads
(``dataclasses.asdict`` of them) and read back as text."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.client import training as tc
from app.reports.training import build_sign_in_sheet, build_transcript
from tests.reports.test_handover import pdf_text
from tests.views.fakes import put
from tests.views.training.desk import FULL, NOW, filled

SIGNED = {
    "id": 51, "provider_id": 1, "course_id": 1, "session_id": 12, "state": "signed",
    "theory_score": 82, "practical_score": 88, "scores": FULL, "absences": 0, "passed": True,
    "signed_at": "2026-11-30T06:00:00+00:00", "assessed_at": "2026-11-30T06:00:00+00:00",
    "valid_until": "2027-01-20T06:00:00+00:00",
}  # fmt: skip


def trainees(cache: Any, session_id: int) -> list[dict[str, Any]]:
    return [
        {**asdict(x), "name": x.provider_name, "code": x.provider_code}
        for x in tc.roster(cache, session_id)
    ]


def test_sign_in_sheet_lists_the_seated_then_the_waiting_with_room_to_sign(
    tmp_path: Path,
) -> None:
    cache = filled()
    session = tc.session(cache, 10)
    assert session is not None
    pdf = build_sign_in_sheet(
        {**asdict(session), "district": "通州区"}, trainees(cache, 10), trainer="周培训",
        printed_at=NOW, printed_by="周培训",
    )  # fmt: skip
    assert pdf.startswith(b"%PDF")
    assert b"/FontFile2" in pdf  # the CJK font is embedded
    text = pdf_text(pdf, tmp_path)
    assert "培训签到表" in text
    assert "本人签名" in text
    assert text.index("王芳") < text.index("李娟") < text.index("张秀英") < text.index("刘敏")
    assert "候补#1" in text
    assert "培训师签字" in text
    assert "—" not in text.split("本人签名")[1].split("实到")[0].replace("—13:00", "")
    again = build_sign_in_sheet(
        {**asdict(session), "district": "通州区"}, trainees(cache, 10), trainer="周培训",
        printed_at=NOW, printed_by="周培训",
    )  # fmt: skip
    assert again == pdf  # same input, same bytes


def test_transcript_shows_certificates_sessions_and_amendments(tmp_path: Path) -> None:
    cache = filled()
    put(cache, "assessment", [SIGNED])
    put(cache, "training_enrolment", [
        {"id": 120, "session_id": 12, "provider_id": 1, "status": "enrolled", "attended": True}
    ])  # fmt: skip
    put(cache, "assessment_amendment", [
        {"id": 70, "assessment_id": 51, "at": "2026-12-01T03:00:00+00:00",
         "reason": "按现场记录补录", "before": {"theory_score": 80, "scores": {}},
         "after": {"theory_score": 82, "scores": {}}},
    ])  # fmt: skip
    record = tc.provider_record(cache, 1, NOW)
    text = pdf_text(build_transcript(asdict(record), printed_at=NOW, printed_by="周培训"), tmp_path)
    assert "培训与考核记录" in text
    assert "2027-01-20" in text  # valid until
    assert "60天内到期" in text
    assert "合格" in text
    assert "草稿（未签署）" in text  # today's session, not signed yet
    assert "按现场记录补录" in text
    assert "理论80→理论82" in text
    assert "居家上门服务证岗前培训证明" in text
    english = pdf_text(
        build_transcript(asdict(record), printed_at=NOW, printed_by="Zhou", lang="en"), tmp_path
    )
    assert "Trainingtranscript" in english
    assert "duewithin60days" in english
