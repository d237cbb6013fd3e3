"""Paints a deal card: title, customer, value, days in stage, and a stale warning.

Cards are painted, not built from widgets, so a column of 2,000 deals costs
only the handful of cards on screen; each is drawn once into a pixmap and
reused while it does not change, so scrolling and repaints after a drop stay
cheap. Long titles and customer names (Bengali
included) are elided to the card's width, never drawn past its edge.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.pipeline import Card
from crm_desktop.timeutil import utcnow
from ui.i18n import number_text
from ui.icons import icon
from ui.pipeline.cards_model import CARD_ROLE, STALE_ROLE
from ui.pipeline.format import money_text

MARGIN_X, MARGIN_Y, PADDING, LINE_GAP, RADIUS = 6, 4, 10, 3, 6
ACCENT_BY_KIND = {"open": QColor("#2563eb"), "won": QColor("#16a34a"), "lost": QColor("#94a3b8")}
STALE = QColor("#d97706")
TEXT, MUTED, BORDER = QColor("#0f172a"), QColor("#64748b"), QColor("#e2e8f0")
SELECTED_FILL, HOVER_BORDER = QColor("#eff6ff"), QColor("#cbd5e1")


CACHED_CARDS = 48  # painted cards kept per column: a screen and a half, ~4 MB at 1x


@dataclass(frozen=True)
class CardFonts:
    title: QFont
    base: QFont
    small: QFont
    value: QFont

    @classmethod
    def from_font(cls, font: QFont) -> CardFonts:
        title, small = QFont(font), QFont(font)
        title.setWeight(QFont.Weight.DemiBold)
        small.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        value = QFont(small)
        value.setWeight(QFont.Weight.DemiBold)
        value.setPointSizeF(small.pointSizeF() + 0.5)
        return cls(title, QFont(font), small, value)


class CardDelegate(QStyledItemDelegate):
    """Paints each card once into a pixmap and reuses it until the card, its size or its state change."""

    def __init__(self, kind: str, parent: QObject | None = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.now = now  # None: the real clock, read once per paint
        self._fonts: dict[str, CardFonts] = {}
        self._painted: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()

    def fonts(self, font: QFont) -> CardFonts:
        key = font.key()
        if key not in self._fonts:
            self._fonts[key] = CardFonts.from_font(font)
        return self._fonts[key]

    # --- geometry ------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        fonts = self.fonts(option.font)
        lines = (fonts.title, fonts.base, fonts.small)
        height = 2 * MARGIN_Y + 2 * PADDING + sum(QFontMetrics(f).height() for f in lines) + 2 * LINE_GAP + 2
        return QSize(220, height)

    # --- painting ------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        stale = bool(index.data(STALE_ROLE))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        size = option.rect.size()
        ages = self._age_texts(card, stale)
        key = (card, size.width(), size.height(), selected, hovered, stale, ages, option.font.key(), ratio)
        pixmap = self._painted.get(key)
        if pixmap is None:
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            into = QPainter(pixmap)
            self._paint_card(
                into, QRect(QPoint(0, 0), size), option.font, card, selected, hovered, stale, ages
            )
            into.end()
            self._painted[key] = pixmap
            if len(self._painted) > CACHED_CARDS:
                self._painted.popitem(last=False)
        else:
            self._painted.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    def _paint_card(
        self,
        painter: QPainter,
        rect: QRect,
        font: QFont,
        card: Card,
        selected: bool,
        hovered: bool,
        stale: bool,
        ages: tuple[str, str],
    ) -> None:
        box = rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_frame(painter, box, selected=selected, hovered=hovered, stale=stale)
        fonts = self.fonts(font)
        inner = box.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        y = inner.top()
        y = self._text_line(painter, fonts.title, TEXT, card.title, inner.left(), y, inner.width())
        y = self._text_line(painter, fonts.base, MUTED, card.customer_name, inner.left(), y, inner.width())
        self._bottom_line(painter, fonts, card, stale, ages, QRect(inner.left(), y, inner.width(), 0))

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
        shown = number_text(days)
        return long.format(days=shown), self.tr("{days}d").format(days=shown)

    def _bottom_line(
        self, painter: QPainter, fonts: CardFonts, card: Card, stale: bool, ages: tuple[str, str], line: QRect
    ) -> None:
        """The value on the left, never cut; the age on the right, shortened if the value needs the room."""
        metrics = QFontMetrics(fonts.small)
        line.setHeight(metrics.height())
        value = money_text(card.value_minor, card.currency)
        value_width = QFontMetrics(fonts.value).horizontalAdvance(value)
        icon_size = metrics.height() - 2 if stale else 0
        room = line.width() - value_width - icon_size - 12
        long, short = ages
        age = long if metrics.horizontalAdvance(long) <= room else short
        age_width = metrics.horizontalAdvance(age)
        self._text_line(
            painter, fonts.value, TEXT, value, line.left(), line.top() - 1, line.width() - age_width - 8
        )
        painter.setFont(fonts.small)
        painter.setPen(STALE if stale else MUTED)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, age)
        if stale:
            spot = QRect(line.right() - age_width - icon_size - 4, line.top() + 1, icon_size, icon_size)
            icon("warning").paint(painter, spot)
