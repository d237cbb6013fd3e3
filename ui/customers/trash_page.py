"""The Trash: customers that were deleted. Restore some, or empty it for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from crm_desktop.services import customers
from crm_desktop.services.changes import Changes
from ui import dialogs
from ui.context import AppContext
from ui.customers.formatting import count_text
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
            self.tr("Deleted customers stay here, with everything about them, until you empty the Trash.")
        )
        note.setObjectName("muted")
        self.table = make_table(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the first load
        self.empty_label = QLabel(self.tr("The Trash is empty."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.body, 1)

        self.model.ids_loaded.connect(self._loaded)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.bus.changed.connect(self.on_changes)
        self._update_buttons()

    def _loaded(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(count_text(count, self.tr("1 customer"), self.tr("{n} customers")))
        self.body.setCurrentWidget(self.table if count else self.empty_label)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().hasSelection()))
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("customer"):
            self.model.reload(changed=True)

    def restore_selected(self) -> None:
        ids = selected_ids(self.table, self.model)
        if ids:
            self.ctx.write(lambda: customers.restore_customers(ids), self._restored, parent=self)

    def _restored(self, ids: list[int]) -> None:
        if self.ctx.navigator is not None:
            self.ctx.navigator.show_message(
                count_text(len(ids), self.tr("Restored 1 customer."), self.tr("Restored {n} customers."))
            )

    def ask_empty(self) -> None:
        count = self.model.rowCount()
        text = count_text(
            count,
            self.tr("Delete 1 customer for good, with their whole history? This cannot be undone."),
            self.tr("Delete {n} customers for good, with their whole history? This cannot be undone."),
        )
        if dialogs.confirm(self, self.tr("Empty the Trash"), text, self.tr("Empty Trash")):
            self.ctx.write(customers.empty_trash, self._emptied, parent=self)

    def _emptied(self, count: int) -> None:
        if self.ctx.navigator is not None:
            self.ctx.navigator.show_message(
                count_text(
                    count, self.tr("Deleted 1 customer for good."), self.tr("Deleted {n} customers for good.")
                )
            )
