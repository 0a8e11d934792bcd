"""The training certificate PDF from a trainee's record: only for a passed, signed row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.views.complaints.pdf import PdfFiles
from app.views.training.page import TrainingPage
from tests.views.fakes import put
from tests.views.training.desk import FULL, context, filled

pytestmark = pytest.mark.gui


def test_the_certificate_of_a_passed_row_is_saved_as_pdf(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = filled()
    put(cache, "user", [{"id": 7, "username": "trainer", "display_name": "周培训"}])
    put(cache, "training_enrolment", [
        {"id": 110, "session_id": 12, "provider_id": 1, "status": "enrolled", "attended": True},
    ])  # fmt: skip
    put(cache, "assessment", [
        {"id": 51, "provider_id": 1, "course_id": 1, "session_id": 12, "state": "signed",
         "theory_score": 82, "practical_score": 88, "scores": FULL, "absences": 0,
         "passed": True, "signed_by": 7, "signed_at": "2026-11-30T06:00:00+00:00",
         "assessed_at": "2026-11-30T06:00:00+00:00", "valid_until": "2027-11-30T06:00:00+00:00"},
    ])  # fmt: skip
    ctx, _link = context(cache, tmp_path)
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    target = tmp_path / "cert.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(PdfFiles, "ask_path", classmethod(lambda cls, *a: target))
    monkeypatch.setattr(PdfFiles, "open_file", classmethod(lambda cls, p: opened.append(p)))
    page.grid_view.setCurrentIndex(page.grid.index(0, 1))  # 王芳
    page.documents.open_record()
    dialog = page.documents.record_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.record is not None)
    dialog.entries.setCurrentItem(dialog.entries.topLevelItem(0))  # today's draft
    assert not dialog.cert_pdf.isEnabled()
    dialog.entries.setCurrentItem(dialog.entries.topLevelItem(1))  # the passed one
    assert dialog.cert_pdf.isEnabled()
    qtbot.mouseClick(dialog.cert_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [target], timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")
