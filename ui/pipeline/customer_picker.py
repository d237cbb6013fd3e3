"""Choosing a customer by typing part of a name or phone (100,000 customers: searched, not listed)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.search import search_customer_ids
from crm_desktop.services.customer_list import customer_rows
from ui.context import AppContext
from ui.customers.formatting import phone_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_SUGGESTIONS = 12
TYPING_PAUSE_MS = 150


def find_customers(text: str) -> list[tuple[int, str, str]]:
    """(id, name, phone) of the best matches, in search order."""
    ids = search_customer_ids(text, limit=MAX_SUGGESTIONS)
    rows = customer_rows(ids)
    return [(i, rows[i].name, rows[i].phone) for i in ids if i in rows]


class CustomerPicker(QLineEdit):
    customer_changed = Signal(object)  # int | None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self._search_seq = 0
        self.setPlaceholderText(self.tr("Type a name or phone number…"))
        self.suggestions = QStandardItemModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(NAME_ROLE)
        self.completer_.setMaxVisibleItems(MAX_SUGGESTIONS)
        self.setCompleter(self.completer_)
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.search_now)
        self.textEdited.connect(self._typed)

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        self.customer_id = customer_id
        self.setText(name)
        self.customer_changed.emit(customer_id)

    def _typed(self, _text: str) -> None:
        if self.customer_id is not None:
            self.customer_id = None
            self.customer_changed.emit(None)
        self._pause.start()

    def search_now(self) -> None:
        self._search_seq += 1
        seq, text = self._search_seq, self.text()
        self.ctx.read(lambda: find_customers(text), lambda found: self._show(seq, found))

    def _show(self, seq: int, found: list[tuple[int, str, str]]) -> None:
        if seq != self._search_seq:
            return  # the user typed on; a newer search is coming
        self.suggestions.clear()
        for customer_id, name, phone in found:
            shown = phone_text(phone)  # "01712-345678", as the list shows it, not "+8801712345678"
            item = QStandardItem(f"{name}  ·  {shown}" if shown else name)
            item.setData(customer_id, ID_ROLE)
            item.setData(name, NAME_ROLE)
            self.suggestions.appendRow(item)
        if found and self.isVisible():
            self.completer_.complete()

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.set_customer(index.data(ID_ROLE), index.data(NAME_ROLE))
