"""The assign dialog's map: ``app.charts.beijing_map`` on a FigureCanvasQTAgg.

A new figure is built when the candidates arrive; moving through the list only re-styles the
chosen candidate (``highlight``) and redraws when Qt is idle, so arrow keys stay quick.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.charts.beijing_map import MapLabels, MapSite, beijing_map, highlight
from app.client.dispatch import CandidateList
from app.views.i18n import is_english

MAP_INCHES = 3.7
MAP_DPI = 100


class DispatchMap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchMap")
        side = int(MAP_INCHES * MAP_DPI)
        # A fixed square: the figure keeps a kilometre the same length both ways at this size.
        self.setFixedSize(QSize(side, side))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas: FigureCanvasQTAgg | None = None
        self._selected: int | None = None
        self.show_candidates(None)

    def labels(self) -> MapLabels:
        return MapLabels(
            order=self.tr("Order"),
            km=self.tr("%1 km").replace("%1", "{n}"),
            english_districts=is_english(),
        )

    def show_candidates(self, found: CandidateList | None, selected: int | None = None) -> None:
        """Draw ``found`` (None: Beijing, nothing loaded yet); ``selected`` is a provider id."""
        order: MapSite | None = None
        sites: list[MapSite] = []
        if found is not None and found.order_lat is not None and found.order_lng is not None:
            order = MapSite(found.order_lat, found.order_lng)
            sites = [
                MapSite(c.provider.lat, c.provider.lng, c.provider.name, c.eligible, c.provider.id)
                for c in found.candidates
            ]
        self._selected = selected
        figure = beijing_map(
            order,
            sites,
            labels=self.labels(),
            selected=selected,
            size_inches=(MAP_INCHES, MAP_INCHES),
            dpi=MAP_DPI,
        )
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        canvas.setObjectName("dispatchMapCanvas")
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.canvas = canvas
        self._layout.addWidget(canvas)

    def select(self, provider_id: int | None) -> None:
        if self.canvas is None or provider_id == self._selected:
            return
        self._selected = provider_id
        highlight(self.canvas.figure, provider_id)
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def selected(self) -> int | None:
        return self._selected
