"""The Trash: deleted customers, and deleted contacts, purchases, deals and tasks
of the others. Restore some, or empty it all for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import customers, trash_bin
from crm_desktop.services.changes import Changes
from crm_desktop.services.trash import TrashedItem, trashed_items
from ui import dialogs
from ui.context import AppContext
from ui.customers.formatting import count_text, datetime_text
from ui.customers.list_page import make_table, selected_ids
from ui.customers.table_model import CustomerTableModel
from ui.icons import icon


class TrashPage(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("viewRoot")
        self.model = CustomerTableModel(ctx, trashed=True, parent=self)
        back = QPushButton(self.tr("← Customers"))
        back.setObjectName("backButton")
        back.setFlat(True)
        back.clicked.connect(lambda: self.back_requested.emit())
        title = QLabel(self.tr("Trash"))
        title.setObjectName("viewTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.restore_button = QPushButton(icon("undo"), self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Bring the selected customers back, with their history"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(icon("trash"), self.tr("Empty Trash…"))
        self.empty_button.setObjectName("danger")
        self.empty_button.clicked.connect(self.ask_empty)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(title)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.restore_button)
        top.addWidget(self.empty_button)

        note = QLabel(
            self.tr(
                "Deleted customers stay here, with everything about them, until you empty the Trash. "
                "So do contacts, purchases, deals and tasks deleted on their own."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.table = make_table(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the first load
        self.empty_label = QLabel(self.tr("The Trash is empty."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)
        self.items: list[TrashedItem] = []
        self.other_table = self._other_table()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.body, "")
        self.tabs.addTab(self.other_table, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)

        self.model.ids_loaded.connect(self._loaded)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.other_table.itemSelectionChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(self._update_buttons)
        ctx.bus.changed.connect(self.on_changes)
        self._update_buttons()
        self.reload_items()

    def _other_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setObjectName("trashItems")
        table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Title"), self.tr("Customer"), self.tr("Deleted")]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 200)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)  # Bengali dates are longer
        return table

    def _kind_label(self, kind: str) -> str:
        return {
            "interaction": self.tr("Contact"),
            "purchase": self.tr("Purchase"),
            "deal": self.tr("Deal"),
            "task": self.tr("Task"),
        }[kind]

    def reload_items(self) -> None:
        self.ctx.read(trashed_items, self._show_items)

    def _show_items(self, items: list[TrashedItem]) -> None:
        self.items = items
        self.other_table.setRowCount(len(items))
        for row, item in enumerate(items):
            texts = (self._kind_label(item.kind), item.title, item.customer, datetime_text(item.deleted_at))
            for column, text in enumerate(texts):
                self.other_table.setItem(row, column, QTableWidgetItem(text))
        self.tabs.setTabText(
            1,
            count_text(
                len(items),
                self.tr("1 contact, purchase, deal or task"),
                self.tr("{n} contacts, purchases, deals and tasks"),
            ),
        )
        self._update_buttons()

    def _loaded(self) -> None:
        count = self.model.rowCount()
        customers_text = count_text(count, self.tr("1 customer"), self.tr("{n} customers"))
        self.count_label.setText(customers_text)
        self.tabs.setTabText(0, customers_text)
        self.body.setCurrentWidget(self.table if count else self.empty_label)
        self._update_buttons()

    def _on_items_tab(self) -> bool:
        return self.tabs.currentWidget() is self.other_table

    def _update_buttons(self) -> None:
        if self._on_items_tab():
            selected = bool(self.other_table.selectionModel().hasSelection())
        else:
            selected = bool(self.table.selectionModel().hasSelection())
        self.restore_button.setEnabled(selected)
        self.empty_button.setEnabled(self.model.rowCount() > 0 or bool(self.items))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("customer"):
            self.model.reload(changed=True)
        if changes.touches("customer", "interaction", "purchase", "deal", "task"):
            self.reload_items()

    def restore_selected(self) -> None:
        if self._on_items_tab():
            rows = sorted({index.row() for index in self.other_table.selectionModel().selectedRows()})
            chosen = [(self.items[r].kind, self.items[r].id) for r in rows]
            if chosen:
                self.ctx.write(lambda: trash_bin.restore_items(chosen), self._items_restored, parent=self)
            return
        ids = selected_ids(self.table, self.model)
        if ids:
            self.ctx.write(lambda: customers.restore_customers(ids), self._restored, parent=self)

    def _items_restored(self, count: int) -> None:
        if self.ctx.navigator is not None:
            self.ctx.navigator.show_message(
                count_text(count, self.tr("Restored 1 item."), self.tr("Restored {n} items."))
            )

    def _restored(self, ids: list[int]) -> None:
        if self.ctx.navigator is not None:
            self.ctx.navigator.show_message(
                count_text(len(ids), self.tr("Restored 1 customer."), self.tr("Restored {n} customers."))
            )

    def ask_empty(self) -> None:
        count, items = self.model.rowCount(), len(self.items)
        parts = []
        if count:
            parts.append(
                count_text(
                    count,
                    self.tr("Delete 1 customer for good, with their whole history?"),
                    self.tr("Delete {n} customers for good, with their whole history?"),
                )
            )
        if items and count:
            parts.append(
                count_text(
                    items,
                    self.tr("1 deleted contact, purchase, deal or task goes too."),
                    self.tr("{n} deleted contacts, purchases, deals and tasks go too."),
                )
            )
        elif items:
            parts.append(
                count_text(
                    items,
                    self.tr("Delete 1 contact, purchase, deal or task for good?"),
                    self.tr("Delete {n} contacts, purchases, deals and tasks for good?"),
                )
            )
        parts.append(self.tr("This cannot be undone."))
        if dialogs.confirm(self, self.tr("Empty the Trash"), " ".join(parts), self.tr("Empty Trash")):
            self.ctx.write(trash_bin.empty_trash, self._emptied, parent=self)

    def _emptied(self, count: int) -> None:
        if self.ctx.navigator is not None:
            self.ctx.navigator.show_message(
                count_text(
                    count,
                    self.tr("Emptied the Trash: 1 thing deleted for good."),
                    self.tr("Emptied the Trash: {n} things deleted for good."),
                )
            )
