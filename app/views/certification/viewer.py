"""The scan viewer: an image with zoom, fit and rotate. Bytes stay in memory only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QTransform
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


class DocumentViewer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._zoom = 1.0
        self._fit = True
        self._angle = 0
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
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.area, 1)
        self.show_message(self.tr("No scan selected."))

    def show_message(self, text: str) -> None:
        self._image = QImage()
        self.picture.setPixmap(QPixmap())
        self.picture.setText(text)

    def show_bytes(self, content: bytes, media_type: str) -> bool:
        """Show an image; a PDF or unreadable bytes get a sentence instead. True if shown."""
        image = QImage.fromData(content) if media_type.startswith("image/") else QImage()
        if image.isNull():
            self.show_message(
                self.tr("This scan is a PDF; this build cannot show PDFs. Ask for a photo.")
                if media_type == "application/pdf"
                else self.tr("The scan could not be read as an image.")
            )
            return False
        self._image, self._angle, self._fit = image, 0, True
        self._render()
        return True

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
