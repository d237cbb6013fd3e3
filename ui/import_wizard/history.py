"""The import history: every import with its counts, and Undo."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.importing import UndoConflict, list_batches, undo_import
from ui.context import AppContext
from ui.import_wizard.models import BatchesModel
from ui.import_wizard.run_pages import ask_undo_anyway


class ImportHistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importHistory")
        self.setWindowTitle(self.tr("Import history"))
        self.resize(QSize(900, 420))
        self.model = BatchesModel(self)
        self.table = QTableView()
        self.table.setObjectName("batchesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setObjectName("undoBatch")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Each import can be undone as a whole: the rows it added are removed and "
                    "the ones it changed are put back."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        ctx.bus.changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.ctx.read(list_batches, self._show)

    def _show(self, batches: list) -> None:  # noqa: ANN001 - list of BatchInfo
        self.model.set_batches(batches)
        if not batches:
            self.status.setText(self.tr("No imports yet."))
        self._selection_changed()

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        batch = self.model.batches[rows[0].row()]
        return None if batch.undone_at else batch.id

    def _selection_changed(self) -> None:
        self.undo_button.setEnabled(self._selected() is not None)

    def undo_selected(self, force: bool = False) -> None:
        batch_id = self._selected()
        if batch_id is None:
            return
        self.undo_button.setEnabled(False)

        def done(result: object) -> None:
            self.status.setText(self.tr("Import {batch} was undone.").format(batch=batch_id))

        def failed(error: BaseException) -> None:
            if isinstance(error, UndoConflict) and ask_undo_anyway(self, error):
                self.undo_selected(force=True)
                return
            if not isinstance(error, UndoConflict):
                self.ctx.report_error(error, self)
            self._selection_changed()

        self.ctx.write(lambda: undo_import(batch_id, force=force), done, parent=self, on_error=failed)
