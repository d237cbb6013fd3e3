"""The customer list as a Qt model: every row id in order, rows fetched a page at a time.

Like Anki's browser table (qt/aqt/browser/table/model.py): the model holds
only the ordered ids (sorted and filtered in SQL, on the reader thread) and a
small cache of rows. A row is fetched with the rest of its page the first
time the view paints it; the least recently used pages are dropped, so
scrolling through 100,000 customers never keeps more than a few pages.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_desktop.services.customer_list import CustomerFilter, CustomerRow, customer_ids, customer_rows
from ui.context import AppContext
from ui.customers.formatting import date_text, datetime_text, money_text, phone_text

PAGE_SIZE = 100
MAX_CACHED_PAGES = 5
FIRST_ROWS = 2 * PAGE_SIZE  # painted before the whole id list arrives
KEPT_ANSWERS = 4  # id lists of recent filters, until the data changes

COLUMNS = ("name", "company", "phone", "email", "last_contact", "lifetime_value", "tags", "created")
RIGHT_ALIGNED = frozenset({COLUMNS.index("lifetime_value")})
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
TOOLTIP_COLUMNS = frozenset(COLUMNS.index(k) for k in ("name", "company", "email", "tags", "last_contact"))
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
# plain ints: data() runs for every role of every painted cell, and enum arithmetic is slow in Python
DISPLAY = Qt.ItemDataRole.DisplayRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def column_title(key: str) -> str:
    titles = {
        "name": QCoreApplication.translate("CustomerList", "Name"),
        "company": QCoreApplication.translate("CustomerList", "Company"),
        "phone": QCoreApplication.translate("CustomerList", "Phone"),
        "email": QCoreApplication.translate("CustomerList", "Email"),
        "last_contact": QCoreApplication.translate("CustomerList", "Last contact"),
        "lifetime_value": QCoreApplication.translate("CustomerList", "Lifetime value"),
        "tags": QCoreApplication.translate("CustomerList", "Tags"),
        "created": QCoreApplication.translate("CustomerList", "Created"),
    }
    return titles[key]


def cell_text(row: CustomerRow, key: str) -> str:
    if key == "name":
        return row.name
    if key == "company":
        return row.company
    if key == "phone":
        return phone_text(row.phone)
    if key == "email":
        return row.email
    if key == "last_contact":
        return date_text(row.last_contact_at)
    if key == "lifetime_value":
        return money_text(row.lifetime_value_minor) if row.lifetime_value_minor else ""
    if key == "tags":
        return row.tags
    return date_text(row.created_at)


class CustomerTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    ids_loaded = Signal()  # the id list was replaced (after a filter, sort or data change)

    def __init__(self, ctx: AppContext, *, trashed: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filter = CustomerFilter(trashed=trashed)
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, CustomerRow]] = OrderedDict()
        self._cells: dict[int, tuple[str, ...]] = {}  # formatted text of the cached rows
        self._answers: OrderedDict[tuple[CustomerFilter, str, bool], list[int]] = OrderedDict()
        self._generation = 0
        self.loading = False

    # --- the Qt model interface ---------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return ALIGN_RIGHT if section in RIGHT_ALIGNED else ALIGN_LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: answer the common cases first, cheaply.
        if role == DISPLAY:
            if not index.isValid() or index.row() >= len(self._ids):
                return None
            return self.display_text(index.row(), index.column())
        if role == ALIGNMENT:
            return ALIGN_RIGHT if index.column() in RIGHT_ALIGNED else None
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        if role == TOOLTIP and index.column() in TOOLTIP_COLUMNS:
            row = self.row_at(index.row())
            if row is None:
                return None
            if COLUMNS[index.column()] == "last_contact":
                return datetime_text(row.last_contact_at) or None
            return self.display_text(index.row(), index.column()) or None
        return None

    def display_text(self, row: int, column: int) -> str:
        """The cell's text; a row's cells are formatted once, when it is first painted."""
        customer_id = self._ids[row]
        texts = self._cells.get(customer_id)
        if texts is None:
            found = self.row_at(row)
            if found is None:
                return ""
            texts = self._cells[customer_id] = tuple(cell_text(found, key) for key in COLUMNS)
        return texts[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        if (column, order) == (self._sort_column, self._sort_order) and self._ids:
            return
        self._sort_column, self._sort_order = column, order
        self.reload()

    # --- filter, sort and loading -------------------------------------------

    @property
    def filter(self) -> CustomerFilter:
        return self._filter

    def set_filter(self, flt: CustomerFilter) -> None:
        flt = replace(flt, trashed=self._filter.trashed)
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def reload(self, *, changed: bool = False) -> None:
        """Show the ids for the current filter and sort; ``changed``: the data changed, ask again.

        The query runs on the reader thread and stale answers are dropped. The
        last few answers are kept until the data changes, so going back to an
        earlier search (Backspace, clearing the box) shows at once.
        """
        if changed:
            self._answers.clear()
        self._generation += 1
        generation = self._generation
        flt, key = self._filter, COLUMNS[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        question = (flt, key, descending)
        if question in self._answers:
            self._answers.move_to_end(question)
            self._set_ids(generation, self._answers[question])
            return
        self.loading = True
        self.ctx.read(
            lambda: customer_ids(flt, key, descending, limit=FIRST_ROWS),
            lambda ids: self._first_rows(generation, question, ids),
        )

    def _first_rows(
        self, generation: int, question: tuple[CustomerFilter, str, bool], ids: list[int]
    ) -> None:
        """Paint the first rows at once; the whole id list (maybe 100,000) follows.

        A short answer is already the whole list. The count, the selection and
        ``ids_loaded`` wait for the whole list.
        """
        if generation != self._generation:
            return
        if len(ids) < FIRST_ROWS:
            self._answer(generation, question, ids)
            return
        self._replace_ids(ids)
        flt, key, descending = question
        self.ctx.read(
            lambda: customer_ids(flt, key, descending),
            lambda all_ids: self._answer(generation, question, all_ids),
        )

    def _answer(self, generation: int, question: tuple[CustomerFilter, str, bool], ids: list[int]) -> None:
        if generation != self._generation:
            return
        self._answers[question] = ids
        while len(self._answers) > KEPT_ANSWERS:
            self._answers.popitem(last=False)
        self._set_ids(generation, ids)

    def _set_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._replace_ids(ids)
        self.ids_loaded.emit()

    def _replace_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._pages.clear()
        self._cells.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Forget the cached rows (they changed) and let the view paint them again."""
        self._pages.clear()
        self._cells.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # --- rows ----------------------------------------------------------------

    def row_at(self, row: int) -> CustomerRow | None:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch_page(page)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    def _fetch_page(self, page: int) -> dict[int, CustomerRow]:
        rows = customer_rows(self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE])
        self._pages[page] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            _page, dropped = self._pages.popitem(last=False)
            for customer_id in dropped:
                self._cells.pop(customer_id, None)
        return rows

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, customer_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        return self._row_of.get(customer_id)

    def cached_row_count(self) -> int:
        """How many rows the model holds in Python right now (the rest are only ids)."""
        return sum(len(rows) for rows in self._pages.values())
