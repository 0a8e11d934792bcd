"""The scan viewer: a photo with zoom, fit and rotate; a PDF page by page from memory."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.views.certification.viewer import DocumentViewer


def pdf(pages: int) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for n in range(pages):
        c.drawString(72, 720, f"page {n + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (230, 220, 200)).save(out, "JPEG")
    return out.getvalue()


def test_a_pdf_is_shown_page_by_page_and_pgdn_turns(qtbot: Any) -> None:
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    viewer.resize(600, 800)
    viewer.show()
    assert viewer.show_bytes(pdf(3), "application/pdf")
    assert viewer.pages() == 3
    assert viewer.picture.pixmap() is not None
    assert not viewer.picture.pixmap().isNull()
    assert viewer.page_label.text() == "Page 1 of 3"
    assert not viewer.previous.isEnabled()
    # PgUp/PgDn are bound while a PDF of several pages is shown (the offscreen test platform
    # has no active window to deliver window shortcuts: the binding is checked, then used).
    assert [k.key().toString() for k in viewer.keys] == ["PgUp", "PgDown"]
    assert all(k.isEnabled() for k in viewer.keys)
    viewer.keys[1].activated.emit()
    qtbot.mouseClick(viewer.next, Qt.MouseButton.LeftButton)
    assert viewer.page == 2
    assert not viewer.next.isEnabled()
    viewer.turn(1)  # past the last page: stays
    assert viewer.page_label.text() == "Page 3 of 3"
    viewer.turn(-5)
    assert viewer.page == 0

    # A photo afterwards: no pages, the page controls go away.
    assert viewer.show_bytes(jpeg(), "image/jpeg")
    assert viewer.pages() == 0
    assert viewer.previous.isHidden()
    assert not any(k.isEnabled() for k in viewer.keys)  # PgUp/PgDn scroll the queue again
    before = viewer.picture.pixmap().size()
    viewer.rotate()
    assert viewer.picture.pixmap().size() != before
    viewer.zoom_by(1.25)
    viewer.fit()


@pytest.mark.qt_log_ignore("Unsupported marker type")
def test_unreadable_scans_say_so(qtbot: Any) -> None:
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    assert not viewer.show_bytes(b"%PDF-1.4 broken", "application/pdf")
    assert viewer.picture.text() == "The PDF could not be read."
    assert not viewer.show_bytes(b"\xff\xd8\xffnot really", "image/jpeg")
    assert viewer.picture.text() == "The scan could not be read as an image."
