"""The scan viewer: a photo with zoom, fit and rotate; a PDF page by page from memory."""

from __future__ import annotations

import io
import threading
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QImage
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.views import background
from app.views.certification import viewer as viewer_module
from app.views.certification.viewer import MAX_PIXELS, MAX_SIDE, DocumentViewer, page_size


def pdf(pages: int, size: tuple[float, float] = A4) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size)
    for n in range(pages):
        c.drawString(72, 720, f"page {n + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def jpeg(size: tuple[int, int] = (300, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (230, 220, 200)).save(out, "JPEG")
    return out.getvalue()


def shown(viewer: DocumentViewer) -> bool:
    """The page asked for is on screen (it is rendered off the UI thread)."""
    return background.pending_calls() == 0 and not viewer.picture.pixmap().isNull()


def test_a_pdf_is_shown_page_by_page_and_pgdn_turns(qtbot: Any) -> None:
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    viewer.resize(600, 800)
    viewer.show()
    assert viewer.show_bytes(pdf(3), "application/pdf")
    assert viewer.pages() == 3
    qtbot.waitUntil(lambda: shown(viewer))
    assert viewer.page_label.text() == "Page 1 of 3"
    assert not viewer.previous.isEnabled()
    # PgUp/PgDn are bound while a PDF of several pages is shown (the offscreen test platform
    # has no active window to deliver window shortcuts: the binding is checked, then used).
    assert [k.key().toString() for k in viewer.keys] == ["PgUp", "PgDown"]
    assert all(k.isEnabled() for k in viewer.keys)
    viewer.keys[1].activated.emit()
    qtbot.mouseClick(viewer.next, Qt.MouseButton.LeftButton)
    assert viewer.page == 2
    assert viewer.picture.text() == "Rendering page 3…"
    qtbot.waitUntil(lambda: shown(viewer))
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


def test_a_huge_page_is_rendered_capped_and_zoom_stops_at_the_pixel_budget(qtbot: Any) -> None:
    # A scroll-like page: 1400 px wide would make it 280,000 px tall (over 1.5 GB).
    assert page_size(QSizeF(100, 20_000)) == QSize(20, 4000)
    assert page_size(QSizeF(595, 842)) == QSize(1400, 1981)  # A4 as before
    big = page_size(QSizeF(3000, 3000))  # a square page: the pixel budget binds first
    assert big.width() * big.height() <= MAX_PIXELS
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    viewer.resize(600, 800)
    viewer.show()
    assert viewer.show_bytes(pdf(1, (100, 20_000)), "application/pdf")
    qtbot.waitUntil(lambda: shown(viewer))
    assert max(viewer._image.width(), viewer._image.height()) <= MAX_SIDE
    for _ in range(20):
        viewer.zoom_by(1.25)
    on_screen = viewer.picture.pixmap().size()
    assert on_screen.width() * on_screen.height() <= MAX_PIXELS * 1.01


def test_a_huge_photo_is_decoded_capped(qtbot: Any) -> None:
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    assert viewer.show_bytes(jpeg((9000, 1000)), "image/jpeg")
    assert viewer._image.size() == QSize(MAX_SIDE, 444)
    viewer.zoom_by(8.0)
    on_screen = viewer.picture.pixmap().size()
    assert on_screen.width() * on_screen.height() <= MAX_PIXELS * 1.01


def test_pages_render_one_at_a_time_and_only_the_newest_asked_for_follows(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    second_page_may_finish = threading.Event()
    rendered: list[int] = []

    def render(_content: bytes, page: int, _size: QSize) -> QImage:
        rendered.append(page)
        if page == 1:  # the reviewer turns on (twice) before this one is done
            second_page_may_finish.wait(10)
        image = QImage(100 + page, 100, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        return image

    monkeypatch.setattr(viewer_module, "render_page", render)
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    assert viewer.show_bytes(pdf(4), "application/pdf")
    qtbot.waitUntil(lambda: shown(viewer))
    viewer.turn(1)
    qtbot.waitUntil(lambda: rendered == [0, 1])
    viewer.turn(1)
    viewer.turn(1)  # pages 3 and 4 asked for while page 2 renders: they wait
    assert viewer.picture.text() == "Rendering page 4…"
    assert background.pending_calls() == 1
    second_page_may_finish.set()
    qtbot.waitUntil(lambda: shown(viewer))
    assert rendered == [0, 1, 3]  # page 2's late answer dropped, page 3 never rendered
    assert viewer._image.width() == 103
    assert viewer.page_label.text() == "Page 4 of 4"


def test_a_page_that_cannot_be_rendered_says_so(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_content: bytes, page: int, _size: QSize) -> QImage:
        raise ValueError(f"page {page + 1} could not be rendered")

    monkeypatch.setattr(viewer_module, "render_page", fail)
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    assert viewer.show_bytes(pdf(2), "application/pdf")
    qtbot.waitUntil(lambda: background.pending_calls() == 0)
    assert viewer.picture.text() == "This page could not be shown."
    # A scan replaced before its page comes back: the answer is dropped.
    monkeypatch.undo()
    assert viewer.show_bytes(pdf(2), "application/pdf")
    viewer.show_message("No scan selected.")
    qtbot.waitUntil(lambda: background.pending_calls() == 0)
    assert viewer.picture.text() == "No scan selected."
