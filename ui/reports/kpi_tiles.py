"""The row of KPI tiles at the top of the Reports view."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from crm_desktop.charts.kpis import Tile


class KpiTile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.title = QLabel()
        self.title.setObjectName("kpiTitle")
        self.value = QLabel("—")
        self.value.setObjectName("kpiValue")
        self.detail = QLabel()
        self.detail.setObjectName("kpiDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_tile(self, tile: Tile) -> None:
        self.title.setText(tile.title)
        self.value.setText(tile.value)
        self.detail.setText(tile.detail)
        self.detail.setProperty("tone", tile.tone)
        self.detail.style().unpolish(self.detail)
        self.detail.style().polish(self.detail)
        self.setToolTip(tile.full or tile.value)


class KpiStrip(QWidget):
    """One tile per KPI, in a row; made on the first update."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.tiles: dict[str, KpiTile] = {}

    def show_tiles(self, tiles: list[Tile]) -> None:
        for tile in tiles:
            widget = self.tiles.get(tile.key)
            if widget is None:
                widget = self.tiles[tile.key] = KpiTile(self)
                self._layout.addWidget(widget)
            widget.show_tile(tile)
