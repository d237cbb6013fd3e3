"""Table cells with one baseline for every script.

Bengali glyphs (and the taka sign, which comes from a Bengali font) are
taller than Latin ones; centring each cell's text box would put Bengali and
money cells a few pixels higher than their neighbours. This delegate draws
every cell's text on the same baseline, worked out from the table's font
(the customer timeline paints its lines the same way).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

PADDING = 8


class BaselineDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        self.view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self.view)
        if not text:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(
            opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        right = bool(opt.displayAlignment & Qt.AlignmentFlag.AlignRight)
        draw_on_baseline(painter, opt.font, opt.rect.adjusted(PADDING, 0, -PADDING, 0), text, right=right)
        painter.restore()


def draw_on_baseline(painter: QPainter, font: QFont, rect: QRect, text: str, *, right: bool = False) -> int:
    """Text elided to ``rect`` on the baseline of the font's own script; returns the width drawn."""
    metrics = QFontMetrics(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(rect.width(), 0))
    width = metrics.horizontalAdvance(shown)
    baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) // 2
    painter.setFont(font)
    painter.drawText(QPoint(rect.right() - width if right else rect.left(), baseline), shown)
    return width
