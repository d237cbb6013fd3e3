"""Paints a deal card: title, customer, value, days in stage, and a stale warning.

Cards are painted, not built from widgets, so a column of 2,000 deals costs
only the handful of cards on screen. Long titles and customer names (Bengali
included) are elided to the card's width, never drawn past its edge.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.pipeline import Card
from crm_desktop.timeutil import utcnow
from ui.icons import icon
from ui.pipeline.cards_model import CARD_ROLE, STALE_ROLE
from ui.pipeline.format import money_text

MARGIN_X, MARGIN_Y, PADDING, LINE_GAP, RADIUS = 6, 4, 10, 3, 6
ACCENT_BY_KIND = {"open": QColor("#2563eb"), "won": QColor("#16a34a"), "lost": QColor("#94a3b8")}
STALE = QColor("#d97706")
TEXT, MUTED, BORDER = QColor("#0f172a"), QColor("#64748b"), QColor("#e2e8f0")
SELECTED_FILL, HOVER_BORDER = QColor("#eff6ff"), QColor("#cbd5e1")


class CardDelegate(QStyledItemDelegate):
    def __init__(self, kind: str, parent: object = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.now = now  # None: the real clock, read once per paint

    # --- geometry ------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() - 1))
        return title, base, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        title, base, small = self._fonts(option)
        height = (
            2 * MARGIN_Y
            + 2 * PADDING
            + QFontMetrics(title).height()
            + QFontMetrics(base).height()
            + QFontMetrics(small).height()
            + 2 * LINE_GAP
            + 2
        )
        return QSize(220, height)

    # --- painting ------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        stale = bool(index.data(STALE_ROLE))
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        box = QRect(option.rect).adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_frame(painter, box, selected=selected, hovered=hovered, stale=stale)
        title_font, base_font, small_font = self._fonts(option)
        inner = box.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        y = inner.top()
        y = self._text_line(painter, title_font, TEXT, card.title, inner.left(), y, inner.width())
        y = self._text_line(painter, base_font, MUTED, card.customer_name, inner.left(), y, inner.width())
        self._bottom_line(painter, small_font, card, stale, QRect(inner.left(), y, inner.width(), 0))
        painter.restore()

    def _paint_frame(
        self, painter: QPainter, box: QRect, *, selected: bool, hovered: bool, stale: bool
    ) -> None:
        accent = ACCENT_BY_KIND.get(self.kind, ACCENT_BY_KIND["open"])
        border = accent if selected else (HOVER_BORDER if hovered else BORDER)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(SELECTED_FILL if selected else QColor("white"))
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        if stale or self.kind != "open":  # a coloured edge: amber for stale, green/grey for closed
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STALE if stale else accent)
            edge = QRectF(box.left() + 1, box.top() + RADIUS, 3, box.height() - 2 * RADIUS)
            painter.drawRoundedRect(edge, 1.5, 1.5)

    @staticmethod
    def _text_line(
        painter: QPainter, font: QFont, color: QColor, text: str, x: int, y: int, width: int
    ) -> int:
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(color)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, shown)
        return y + metrics.height() + LINE_GAP

    def _age_texts(self, card: Card, stale: bool) -> tuple[str, str]:
        """(long, short) age of a card: "No activity 22d" / "22d", "5d in stage" / "5d"."""
        now = self.now or utcnow()
        if stale:
            days = max(0, (now - card.last_activity_at).days)
            long = self.tr("No activity {days}d")
        else:
            days = max(0, (now - card.stage_entered_at).days)
            long = self.tr("{days}d in stage") if self.kind == "open" else self.tr("{days}d ago")
        return long.format(days=days), self.tr("{days}d").format(days=days)

    def _bottom_line(self, painter: QPainter, font: QFont, card: Card, stale: bool, line: QRect) -> None:
        """The value on the left, never cut; the age on the right, shortened if the value needs the room."""
        metrics = QFontMetrics(font)
        line.setHeight(metrics.height())
        value_font = QFont(font)
        value_font.setWeight(QFont.Weight.DemiBold)
        value_font.setPointSizeF(font.pointSizeF() + 0.5)
        value = money_text(card.value_minor, card.currency)
        value_width = QFontMetrics(value_font).horizontalAdvance(value)
        icon_size = metrics.height() - 2 if stale else 0
        room = line.width() - value_width - icon_size - 12
        long, short = self._age_texts(card, stale)
        age = long if metrics.horizontalAdvance(long) <= room else short
        age_width = metrics.horizontalAdvance(age)
        self._text_line(
            painter, value_font, TEXT, value, line.left(), line.top() - 1, line.width() - age_width - 8
        )
        painter.setFont(font)
        painter.setPen(STALE if stale else MUTED)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, age)
        if stale:
            spot = QRect(line.right() - age_width - icon_size - 4, line.top() + 1, icon_size, icon_size)
            icon("warning").paint(painter, spot)
