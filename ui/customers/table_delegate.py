"""Table cells with one baseline for every script.

Bengali glyphs (and the taka sign, which comes from a Bengali font) are
taller than Latin ones; centring each cell's text box would put Bengali and
money cells a few pixels higher than their neighbours. This delegate draws
every cell's text on the same baseline, worked out from the table's font.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
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
        metrics = QFontMetrics(opt.font)
        rect = opt.rect.adjusted(PADDING, 0, -PADDING, 0)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) // 2
        x = rect.left()
        if opt.displayAlignment & Qt.AlignmentFlag.AlignRight:
            x = rect.right() - metrics.horizontalAdvance(shown)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(
            opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        painter.drawText(QPoint(x, baseline), shown)
        painter.restore()
