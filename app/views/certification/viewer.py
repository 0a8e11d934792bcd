"""The scan viewer: an image with zoom, fit and rotate; a PDF page by page (QtPdf renders
the page into the same image view). Bytes stay in memory only (a QBuffer for PDFs): scans are
personal information and never touch the workstation's disk."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

try:  # QtPdf comes with PySide6-Addons
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - an install without the add-ons says so in words
    QPdfDocument = None  # type: ignore[assignment,misc]

PDF = "application/pdf"
PAGE_WIDTH_PX = 1400  # a PDF page is rendered this wide, then zoomed like a photo


class DocumentViewer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._zoom = 1.0
        self._fit = True
        self._angle = 0
        self._pdf: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
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
        image = QImage.fromData(content) if media_type.startswith("image/") else QImage()
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
        self._pdf, self._buffer, self.page = pdf, buffer, 0
        self._render_page()
        return True

    def _render_page(self) -> None:
        assert self._pdf is not None
        size = self._pdf.pagePointSize(self.page)
        scale = PAGE_WIDTH_PX / max(1.0, size.width())
        image = self._pdf.render(self.page, QSize(PAGE_WIDTH_PX, int(size.height() * scale)))
        self._show_image(image)

    def _show_image(self, image: QImage) -> None:
        self._image, self._angle, self._fit = image, 0, True
        self._render()
        self._update_pages()

    def _close_pdf(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf.deleteLater()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._pdf, self._buffer, self.page = None, None, 0

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
        size = image.size() * self._zoom
        pixmap = QPixmap.fromImage(image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.picture.setText("")
        self.picture.setPixmap(pixmap)
