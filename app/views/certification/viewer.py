"""The scan viewer: an image with zoom, fit and rotate; a PDF page by page (QtPdf renders
the page into the same image view). Bytes stay in memory only (a QBuffer for PDFs): scans are
personal information and never touch the workstation's disk.

A page is rendered off the UI thread (``background.call``) into a picture of at most
``MAX_SIDE`` pixels on its long side and ``MAX_PIXELS`` in all, whatever the page's size; a
rendering for a page or scan no longer shown is dropped. The worker loads the bytes into a
``QPdfDocument`` of its own: QtPdf serialises PDFium behind one lock, and no Qt object is shared
between threads. Zoom scales that picture, up to ``MAX_PIXELS`` on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

try:  # QtPdf comes with PySide6-Addons
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - an install without the add-ons says so in words
    QPdfDocument = None  # type: ignore[assignment,misc]

from app.views import background

PDF = "application/pdf"
PAGE_WIDTH_PX = 1400  # a PDF page is rendered this wide, then zoomed like a photo
MAX_SIDE = 4000  # pixels on a rendered page's long side, at most
MAX_PIXELS = 4000 * 3000  # pixels of a rendered page, and of the zoomed picture, at most


def capped(
    width: float, height: float, max_side: int = MAX_SIDE, budget: int = MAX_PIXELS
) -> QSize:
    """``width`` × ``height`` scaled down (never up) to fit ``max_side`` and ``budget``."""
    w, h = max(1.0, width), max(1.0, height)
    factor = min(1.0, max_side / max(w, h), (budget / (w * h)) ** 0.5)
    return QSize(max(1, int(w * factor)), max(1, int(h * factor)))


def page_size(points: QSizeF) -> QSize:
    """The picture a page is rendered into: ``PAGE_WIDTH_PX`` wide, capped."""
    scale = PAGE_WIDTH_PX / max(1.0, points.width())
    return capped(PAGE_WIDTH_PX, points.height() * scale)


def read_image(content: bytes) -> QImage:
    """A photo, decoded straight to the capped size when it is larger (JPEG decodes scaled)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(capped(full.width(), full.height()))
    image = reader.read()
    buffer.close()
    return image


def render_page(content: bytes, page: int, size: QSize) -> QImage:
    """One page of the PDF in ``content`` (on a pool thread: every object here is its own)."""
    assert QPdfDocument is not None
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument()
    try:
        pdf.load(buffer)
        if pdf.status() != QPdfDocument.Status.Ready:
            raise ValueError("the PDF could not be read")
        image = pdf.render(page, size)
    finally:
        pdf.close()
        buffer.close()
    if image.isNull():
        raise ValueError(f"page {page + 1} could not be rendered")
    return image


class DocumentViewer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._zoom = 1.0
        self._fit = True
        self._angle = 0
        self._pdf: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._content = b""
        self._rendering = 0  # the newest page rendering asked for; older answers are dropped
        # One page renders at a time (QtPdf renders under one lock, and the pool is shared):
        # pages asked for meanwhile wait, and only the newest of them is rendered next.
        self._in_flight = False
        self._sizes: list[QSize] = []  # each page's rendered size, read once when it opens
        self.page = 0
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.area = QScrollArea()
        self.area.setWidget(self.picture)
        self.area.setWidgetResizable(True)
        tools = QHBoxLayout()
        for text, slot in (
            (self.tr("Zoom in (+)"), lambda: self.zoom_by(1.25)),
            (self.tr("Zoom out (-)"), lambda: self.zoom_by(0.8)),
            (self.tr("Fit"), self.fit),
            (self.tr("Rotate"), self.rotate),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tools.addWidget(button)
        self.previous = QPushButton(self.tr("◀ Page (PgUp)"))
        self.next = QPushButton(self.tr("Page ▶ (PgDn)"))
        self.page_label = QLabel()
        for button, step in ((self.previous, -1), (self.next, 1)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, s=step: self.turn(s))
            tools.addWidget(button)
        tools.addWidget(self.page_label)
        tools.addStretch(1)
        # PgUp/PgDn turn a PDF's pages only while one is shown (else the queue scrolls).
        self.keys = [
            QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.turn(-1)),
            QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.turn(1)),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.area, 1)
        self.show_message(self.tr("No scan selected."))

    def pages(self) -> int:
        return self._pdf.pageCount() if self._pdf is not None else 0

    def show_message(self, text: str) -> None:
        self._close_pdf()
        self._image = QImage()
        self.picture.setPixmap(QPixmap())
        self.picture.setText(text)
        self._update_pages()

    def show_bytes(self, content: bytes, media_type: str) -> bool:
        """Show an image or a PDF's first page; unreadable bytes get a sentence. True if shown."""
        if media_type == PDF:
            return self._show_pdf(content)
        image = read_image(content) if media_type.startswith("image/") else QImage()
        if image.isNull():
            self.show_message(self.tr("The scan could not be read as an image."))
            return False
        self._close_pdf()
        self._show_image(image)
        return True

    def turn(self, step: int) -> None:
        """Another page of a PDF (nothing for a photo)."""
        if self._pdf is None:
            return
        page = max(0, min(self.pages() - 1, self.page + step))
        if page != self.page:
            self.page = page
            self._render_page()

    def zoom_by(self, factor: float) -> None:
        self._fit = False
        self._zoom = max(0.1, min(8.0, self._zoom * factor))
        self._render()

    def fit(self) -> None:
        self._fit = True
        self._render()

    def rotate(self) -> None:
        self._angle = (self._angle + 90) % 360
        self._render()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fit:
            self._render()

    # -- internals ---------------------------------------------------------------------------

    def _show_pdf(self, content: bytes) -> bool:
        self._close_pdf()
        if QPdfDocument is None:  # pragma: no cover - see the import
            self.show_message(self.tr("This build cannot show PDFs. Ask for a photo."))
            return False
        buffer = QBuffer(self)
        buffer.setData(QByteArray(content))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        pdf = QPdfDocument(self)
        pdf.load(buffer)
        if pdf.status() != QPdfDocument.Status.Ready or pdf.pageCount() == 0:
            pdf.deleteLater()
            buffer.deleteLater()
            self.show_message(self.tr("The PDF could not be read."))
            return False
        self._pdf, self._buffer, self._content, self.page = pdf, buffer, content, 0
        self._sizes = [page_size(pdf.pagePointSize(i)) for i in range(pdf.pageCount())]
        self._render_page()
        return True

    def _render_page(self) -> None:
        """Ask for the current page off the UI thread (after the one on its way, if any)."""
        assert self._pdf is not None
        self._rendering += 1
        self._image = QImage()
        self.picture.setPixmap(QPixmap())
        self.picture.setText(self.tr("Rendering page %1…").replace("%1", str(self.page + 1)))
        self._update_pages()
        if not self._in_flight:
            self._start_render()

    def _start_render(self) -> None:
        asked, page, content = self._rendering, self.page, self._content
        size = self._sizes[page]
        self._in_flight = True
        background.call(
            lambda: render_page(content, page, size),
            lambda image: self._rendered(asked, image),
            lambda _exc: self._render_failed(asked),
            owner=self,
        )

    def _done(self, asked: int) -> bool:
        """A rendering came back: whether it is the page to show now (else the newest page
        asked for meanwhile is started; a closed scan's answer is dropped)."""
        self._in_flight = False
        if self._pdf is None:
            return False
        if asked != self._rendering:
            self._start_render()
            return False
        return True

    def _rendered(self, asked: int, image: QImage) -> None:
        if self._done(asked):
            self._show_image(image)

    def _render_failed(self, asked: int) -> None:
        if self._done(asked):
            self.picture.setText(self.tr("This page could not be shown."))

    def _show_image(self, image: QImage) -> None:
        self._image, self._angle, self._fit = image, 0, True
        self._render()
        self._update_pages()

    def _close_pdf(self) -> None:
        self._rendering += 1  # a page on its way belongs to the scan being closed
        self._content = b""
        if self._pdf is not None:
            self._pdf.close()
            self._pdf.deleteLater()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._pdf, self._buffer, self.page, self._sizes = None, None, 0, []

    def _update_pages(self) -> None:
        count = self.pages()
        for button in (self.previous, self.next):
            button.setVisible(count > 1)
        for key in self.keys:
            key.setEnabled(count > 1)
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < count - 1)
        self.page_label.setVisible(count > 1)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(count))
        )

    def _render(self) -> None:
        if self._image.isNull():
            return
        image = self._image.transformed(QTransform().rotate(self._angle))
        if self._fit:
            area = self.area.viewport().size()
            w, h = max(50, area.width() - 4), max(50, area.height() - 4)
            self._zoom = min(w / image.width(), h / image.height())
        # Zooming in stops where the picture would pass the pixel budget: scaling it (here, on
        # the UI thread) and holding it would cost more than a reviewer gains.
        self._zoom = min(self._zoom, (MAX_PIXELS / (image.width() * image.height())) ** 0.5)
        size = image.size() * self._zoom
        pixmap = QPixmap.fromImage(image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.picture.setText("")
        self.picture.setPixmap(pixmap)
