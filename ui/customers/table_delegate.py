"""Table cells with one baseline for every script.

Bengali glyphs (and the taka sign, which comes from a Bengali font) are
taller than Latin ones; centring each cell's text box would put Bengali and
money cells a few pixels higher than their neighbours. This delegate draws
every cell's text on the same baseline, worked out from the table's font
(the customer timeline paints its lines the same way).
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.customers.table_model import RIGHT_ALIGNED, CustomerTableModel

PADDING = 3  # where Qt's own delegate puts the text, to line up with the header either way
SELECTED = QStyle.StateFlag.State_Selected
PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
ELIDE = Qt.TextElideMode.ElideRight


def binding_is_sound() -> bool:
    """False on PySide6 6.12.0 with CPython < 3.12, which loses a reference to ``None`` on every
    call that returns nothing (tests/ui/test_pipeline_qt_binding.py): a delegate painting in
    Python would bring the app down after a few dozen screens of scrolling. There the list is
    painted by Qt's own delegate instead (Bengali cells then sit a pixel or two high)."""
    return not (PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12))


class BaselineDelegate(QStyledItemDelegate):
    """Paints the customer table's cells: the style's background, then the text on the baseline.

    It asks the model for the text directly (one Python call per cell, instead of the
    dozen roles ``initStyleOption`` would fetch), which keeps scrolling light.
    """

    def __init__(self, view: QAbstractItemView, model: CustomerTableModel) -> None:
        super().__init__(view)
        self.view = view
        self.model = model

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.view.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, self.view
        )
        text = self.model.display_text(index.row(), index.column())
        if not text:
            return
        selected = bool(option.state & SELECTED)
        painter.save()
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        draw_on_baseline(painter, option.font, rect, text, right=index.column() in RIGHT_ALIGNED)
        painter.restore()


def draw_on_baseline(painter: QPainter, font: QFont, rect: QRect, text: str, *, right: bool = False) -> int:
    """Text elided to ``rect`` on the baseline of the font's own script; returns the width drawn."""
    metrics = QFontMetrics(font)
    shown = metrics.elidedText(text, ELIDE, max(rect.width(), 0))
    width = metrics.horizontalAdvance(shown)
    baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) // 2
    painter.setFont(font)
    painter.drawText(QPoint(rect.right() - width if right else rect.left(), baseline), shown)
    return width
