"""The search box at the top of the window (Ctrl+K): customers, deals and tickets as you type.

Results drop down under the box, grouped. Up and Down move through them,
Enter opens the customer (a deal or a ticket opens its customer), Esc
closes the list. The query runs on the reader thread; an answer that
arrives after the text changed again is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QListView, QVBoxLayout, QWidget

from crm_desktop.services.global_search import SearchHit, SearchResults, search_everything
from ui.context import AppContext
from ui.customers.formatting import phone_text
from ui.icons import icon

SEARCH_DELAY_MS = 150
POPUP_WIDTH = 520
ROW_HEIGHT = 30
HEADING_HEIGHT = 26
MAX_POPUP_HEIGHT = 460

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("GlobalSearch", text)


def _readable(subtitle: str) -> str:
    """A customer's stored phone (E.164) the way people write it; anything else as is."""
    if subtitle.startswith("+") and subtitle[1:].isdigit():
        return phone_text(subtitle)
    return subtitle


class SearchResultsModel(QAbstractListModel):
    """Group headings and hits in one flat list; headings cannot be selected."""

    HitRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SearchHit | str] = []

    def set_results(self, results: SearchResults | None) -> None:
        rows: list[SearchHit | str] = []
        if results is not None:
            for heading, hits in (
                (_tr("Customers"), results.customers),
                (_tr("Deals"), results.deals),
                (_tr("Tickets"), results.tickets),
            ):
                if hits:
                    rows.append(heading)
                    rows.extend(hits)
            if not rows:
                rows.append(_tr("Nothing found for “{query}”").format(query=results.query))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def hit(self, row: int) -> SearchHit | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, SearchHit) else None

    def content_height(self) -> int:
        return sum(HEADING_HEIGHT if isinstance(row, str) else ROW_HEIGHT for row in self._rows)

    def hit_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if isinstance(row, SearchHit)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, HEADING_HEIGHT if isinstance(item, str) else ROW_HEIGHT)
        if isinstance(item, str):
            if role == Qt.ItemDataRole.DisplayRole:
                return item
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setPointSizeF(max(font.pointSizeF() - 1, 8))
                font.setWeight(QFont.Weight.DemiBold)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#64748b")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            subtitle = _readable(item.subtitle)
            return f"{item.title}  —  {subtitle}" if subtitle else item.title
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("customers" if item.kind == "customer" else item.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("Open the customer") if item.kind == "customer" else _tr("Open this customer's page")
        if role == self.HitRole:
            return item
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class _ResultsPopup(QFrame):
    """A frame floating over the window (a child, not a separate window: no focus games)."""

    def __init__(self, parent: QWidget, model: SearchResultsModel) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.list = QListView()
        self.list.setObjectName("searchResults")
        self.list.setModel(model)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setIconSize(QSize(18, 18))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.list)
        self.hide()


class GlobalSearchBox(QLineEdit):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("globalSearch")
        self.setPlaceholderText(self.tr("Search customers, deals and tickets  (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(420)
        self.setMaximumWidth(640)
        self.model = SearchResultsModel(self)
        self._popup: _ResultsPopup | None = None
        self._generation = 0
        self._open_when_ready = False  # Enter was pressed before the answer came
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self.timer.start())
        self.textChanged.connect(self._text_changed)

    # --- the popup ------------------------------------------------------------

    @property
    def popup(self) -> _ResultsPopup:
        if self._popup is None:
            self._popup = _ResultsPopup(self.window(), self.model)
            self._popup.list.clicked.connect(lambda index: self.activate_row(index.row()))
            self.window().installEventFilter(self)  # follow the window's size
        return self._popup

    def popup_visible(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def _place_popup(self) -> None:
        popup = self.popup
        top_left = self.mapTo(self.window(), QPoint(0, self.height() + 2))
        height = min(self.model.content_height() + 12, MAX_POPUP_HEIGHT)
        popup.setGeometry(top_left.x(), top_left.y(), max(self.width(), POPUP_WIDTH), height)
        popup.raise_()
        popup.show()

    def hide_popup(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.popup_visible():
            self._place_popup()
        return super().eventFilter(watched, event)

    # --- searching ------------------------------------------------------------

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip() and self.model.rowCount():
            self._place_popup()

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self._generation += 1
            self.hide_popup()

    def search_now(self) -> None:
        self.timer.stop()
        text = self.text()
        if not text.strip():
            return
        self._generation += 1
        generation = self._generation
        self.ctx.read(lambda: search_everything(text), lambda results: self._show(generation, results))

    def _show(self, generation: int, results: SearchResults) -> None:
        if generation != self._generation:
            return
        self.model.set_results(results)
        rows = self.model.hit_rows()
        if self._open_when_ready and rows:
            self.activate_row(rows[0])
            return
        self._open_when_ready = False
        self._place_popup()
        self.set_current(rows[0] if rows else -1)

    # --- keyboard -------------------------------------------------------------

    def current_row(self) -> int:
        return self.popup.list.currentIndex().row() if self._popup is not None else -1

    def set_current(self, row: int) -> None:
        view = self.popup.list
        if row < 0:
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
            return
        index = self.model.index(row, 0)
        view.setCurrentIndex(index)
        view.scrollTo(index)

    def _step(self, delta: int) -> None:
        rows = self.model.hit_rows()
        if not rows:
            return
        current = self.current_row()
        if current not in rows:
            self.set_current(rows[0] if delta > 0 else rows[-1])
            return
        position = max(0, min(len(rows) - 1, rows.index(current) + delta))
        self.set_current(rows[position])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup_visible():
            self._step(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.timer.isActive():  # typed faster than the delay: search first, open the top hit
                self._open_when_ready = True
                self.search_now()
            elif self.popup_visible():
                self.activate_row(self.current_row())
            return
        if key == Qt.Key.Key_Escape:
            if self.popup_visible():
                self.hide_popup()
            else:
                self.clear()
                self.clearFocus()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            QTimer.singleShot(150, self._hide_if_unfocused)  # let a click on a result land first

    def _hide_if_unfocused(self) -> None:
        if not self.hasFocus():
            self.hide_popup()

    def activate_row(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is None:
            return
        self._open_when_ready = False
        self.hide_popup()
        self.clear()
        if self.ctx.navigator is not None:
            self.ctx.navigator.open_customer(hit.customer_id)
