"""One stage's cards as a Qt list model; dragging a card out and dropping it in.

The model holds plain :class:`~crm_desktop.services.pipeline.Card` records
(thousands are cheap); a delegate paints them. A drop does not change the
model itself: it announces ``card_dropped(deal_id, stage_id, row)`` and the
board decides (a Lost drop first asks for a reason). ``removeRows`` is
deliberately not implemented, so Qt's "move" drag never deletes the source
row behind the board's back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_desktop.services.pipeline import Card
from ui.i18n import user_name

DEAL_MIME_TYPE = "application/x-crm-desktop-deal"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STALE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def encode_deal(deal_id: int, stage_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(DEAL_MIME_TYPE, QByteArray(json.dumps({"deal": deal_id, "stage": stage_id}).encode()))
    return mime


def decode_deal(mime: QMimeData) -> tuple[int, int] | None:
    """(deal id, stage it came from), or None for anything that is not one of our cards."""
    if not mime.hasFormat(DEAL_MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(mime.data(DEAL_MIME_TYPE).data()).decode())
        return int(payload["deal"]), int(payload["stage"])
    except (ValueError, KeyError, TypeError):
        return None


class StageCardsModel(QAbstractListModel):
    """The cards of one stage, top to bottom."""

    card_dropped = Signal(int, int, int)  # deal id, this stage id, row to insert at

    def __init__(self, stage_id: int, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.kind = kind
        self._cards: list[Card] = []
        self._stale_before: datetime | None = None

    # --- reading -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == DEAL_ID_ROLE:
            return card.id
        if role == STALE_ROLE:
            return self.is_stale(card)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{card.title} — {card.customer_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            owner = f"\n{user_name(card.owner_name)}" if card.owner_name else ""
            return f"{card.title}\n{card.customer_name}{owner}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the empty space of the column: a card can be dropped there
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def cards(self) -> list[Card]:
        return list(self._cards)

    def card(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, deal_id: int) -> int:
        """The row showing ``deal_id``, or -1."""
        return next((i for i, c in enumerate(self._cards) if c.id == deal_id), -1)

    def is_stale(self, card: Card) -> bool:
        return (
            self.kind == "open"
            and self._stale_before is not None
            and card.last_activity_at < self._stale_before
        )

    # --- changing --------------------------------------------------------------

    def set_cards(self, cards: list[Card], stale_before: datetime | None) -> None:
        """Show ``cards``. Same deals in the same order: repaint in place (keeps scroll and selection)."""
        self._stale_before = stale_before
        if [c.id for c in cards] == [c.id for c in self._cards]:
            self._cards = list(cards)
            if cards:
                self.dataChanged.emit(self.index(0), self.index(len(cards) - 1))
            return
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def insert_card(self, row: int, card: Card) -> None:
        row = max(0, min(row, len(self._cards)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self.endInsertRows()

    def take_card(self, deal_id: int) -> tuple[int, Card] | None:
        """Remove a deal's card; (row it was at, card), or None if not here."""
        row = self.row_of(deal_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self._cards.pop(row)
        self.endRemoveRows()
        return row, card

    # --- drag and drop -------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [DEAL_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if not rows:
            return QMimeData()
        return encode_deal(self._cards[rows[0]].id, self.stage_id)

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and decode_deal(data) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        decoded = decode_deal(data)
        assert decoded is not None
        if parent.isValid():  # dropped onto a card: it goes where that card is
            row = parent.row()
        if row < 0:  # dropped on the empty space below the cards
            row = len(self._cards)
        self.card_dropped.emit(decoded[0], self.stage_id, row)
        return True
