"""Paints one timeline row: a tinted icon, the title and time, the detail, an amount or a badge.

One delegate paints every row (no widget per row), each row the same height,
so a timeline of thousands of events scrolls like a short one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.customers.table_delegate import draw_on_baseline
from ui.customers.timeline_model import TimelineModel

ROW_HEIGHT = 66
ICON_BOX = 36
MARGIN = 16

# kind -> (tint behind the icon, accent for badges)
KIND_COLOURS = {
    "interaction": ("#e0f2fe", "#0369a1"),
    "purchase": ("#dcfce7", "#15803d"),
    "stage_change": ("#ede9fe", "#6d28d9"),
    "task": ("#fef3c7", "#b45309"),
    "ticket": ("#fee2e2", "#b91c1c"),
    "audit": ("#f1f5f9", "#475569"),
}
TEXT = QColor("#0f172a")
MUTED = QColor("#64748b")
RULE = QColor("#eef2f7")


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(1, ROW_HEIGHT)  # as wide as the view; the text is elided to fit

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor("#dbeafe"))
        painter.setPen(QPen(RULE))
        painter.drawLine(rect.left() + MARGIN, rect.bottom(), rect.right() - MARGIN, rect.bottom())

        kind = str(index.data(TimelineModel.KindRole) or "interaction")
        tint, accent = KIND_COLOURS.get(kind, KIND_COLOURS["interaction"])
        box = QRect(rect.left() + MARGIN, rect.top() + (rect.height() - ICON_BOX) // 2, ICON_BOX, ICON_BOX)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(tint))
        painter.drawEllipse(box)
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(decoration, QIcon):
            decoration.paint(painter, box.adjusted(9, 9, -9, -9))

        left = box.right() + 14
        right = rect.right() - MARGIN
        base = QFont(option.font)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 8))
        top_line = QRect(left, rect.top() + 10, right - left, QFontMetrics(bold).height())
        second = QRect(left, top_line.bottom() + 5, right - left, QFontMetrics(base).height())

        when = str(index.data(TimelineModel.WhenRole) or "")
        painter.setPen(MUTED)
        when_width = draw_on_baseline(painter, small, top_line, when, right=True)

        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setPen(TEXT)
        draw_on_baseline(painter, bold, top_line.adjusted(0, 0, -(when_width + 16), 0), title)

        trailing = self._paint_trailing(painter, second, index, bold, small, accent)
        detail = " ".join(str(index.data(TimelineModel.DetailRole) or "").split())
        painter.setPen(MUTED)
        draw_on_baseline(painter, base, second.adjusted(0, 0, -(trailing + 12 if trailing else 0), 0), detail)
        painter.restore()

    def _paint_trailing(
        self,
        painter: QPainter,
        line: QRect,
        index: QModelIndex | QPersistentModelIndex,
        bold: QFont,
        small: QFont,
        accent: str,
    ) -> int:
        """An amount or a status badge at the right of the second line; returns its width."""
        amount = str(index.data(TimelineModel.AmountRole) or "")
        if amount:
            painter.setPen(QColor(accent))
            return draw_on_baseline(painter, bold, line, amount, right=True)
        badge = str(index.data(TimelineModel.BadgeRole) or "")
        if not badge:
            return 0
        metrics = QFontMetrics(small)
        width = metrics.horizontalAdvance(badge) + 16
        pill = QRect(
            line.right() - width, line.center().y() - metrics.height() // 2 - 2, width, metrics.height() + 4
        )
        colour = QColor(accent)
        fill = QColor(colour)
        fill.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(colour)
        draw_on_baseline(painter, small, pill.adjusted(8, 0, -8, 0), badge)
        return width
