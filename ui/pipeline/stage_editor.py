"""The stage editor: add, rename, reorder and delete stages, set each one's chance of winning.

Every edit is saved as it is made (through the writer thread), so there is
no "unsaved changes" state to lose; the board follows through the change bus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import pipeline as pipeline_service
from ui.context import AppContext
from ui.i18n import error_sentences
from ui.icons import icon
from ui.pipeline.board import StageInfo
from ui.pipeline.stages_model import NAME, PROBABILITY, StagesModel


class PercentDelegate(QStyledItemDelegate):
    def createEditor(  # noqa: N802 (Qt's name)
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setSuffix(" %")
        return spin


def load_stages(pipeline_id: int) -> list[StageInfo]:
    return [StageInfo(s.id, s.name, s.kind, s.probability) for s in pipeline_service.stages(pipeline_id)]


class StageEditorDialog(QDialog):
    def __init__(self, ctx: AppContext, pipeline_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pipeline_id = pipeline_id
        self.setWindowTitle(self.tr("Pipeline stages"))
        self.setMinimumSize(520, 380)

        self.model = StagesModel(self)
        self.model.edited.connect(self._save_edit)
        self.model.refused.connect(self.show_error)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PROBABILITY, PercentDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

        self.add_button = QPushButton(icon("add"), self.tr("Add stage"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete"))
        self.add_button.clicked.connect(self.add_stage)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.delete_button.clicked.connect(self.delete_selected)
        side = QVBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            button.setAutoDefault(False)  # Enter edits the table; it must not add a stage
            side.addWidget(button)
        side.addStretch(1)

        note = QLabel(
            self.tr(
                "Double-click a name or a chance to change it. Won and Lost stay at the end; "
                "a stage can be deleted once no deal is in it."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    # --- reading -------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        current = self.selected_stage()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.model.set_stages(load_stages(self.pipeline_id))
        rows = [i for i, s in enumerate(self.model.stages()) if s.id == keep]
        if rows:
            self.table.selectRow(rows[0])
        self._update_buttons()

    def selected_stage(self) -> StageInfo | None:
        index = self.table.currentIndex()
        return self.model.stage(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        stage = self.selected_stage()
        self.up_button.setEnabled(self._neighbour(-1) is not None)
        self.down_button.setEnabled(self._neighbour(+1) is not None)
        self.delete_button.setEnabled(stage is not None)

    def _neighbour(self, delta: int) -> int | None:
        """The row an open stage would swap with; closed stages and the Won/Lost edge do not move."""
        index = self.table.currentIndex()
        stages = self.model.stages()
        if not index.isValid() or stages[index.row()].kind != "open":
            return None
        other = index.row() + delta
        return other if 0 <= other < len(stages) and stages[other].kind == "open" else None

    # --- writing -------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _write(self, op: Callable[[], Any], select_id: int | None = None) -> None:
        self.show_error("")

        def done(value: Any) -> None:
            self.reload(select_id if select_id is not None else (value if isinstance(value, int) else None))

        def refused(error: BaseException) -> None:
            self.reload()
            self.show_error(error_sentences(error))

        self.ctx.write(op, done, parent=self, on_error=refused)

    def _save_edit(self, stage_id: int, name: str, probability: int) -> None:
        self._write(
            lambda: pipeline_service.update_stage(stage_id, name=name, probability=probability), stage_id
        )

    def add_stage(self) -> None:
        name = self.tr("New stage")
        pipeline_id = self.pipeline_id

        def added(stage_id: Any) -> None:
            self.reload(stage_id)
            row = next(i for i, s in enumerate(self.model.stages()) if s.id == stage_id)
            self.table.edit(self.model.index(row, NAME))

        self.show_error("")
        self.ctx.write(
            lambda: pipeline_service.add_stage(pipeline_id, name, 50),
            added,
            parent=self,
            on_error=lambda e: self.show_error(str(e)),
        )

    def move_selected(self, delta: int) -> None:
        other, stage = self._neighbour(delta), self.selected_stage()
        if other is None or stage is None:
            return
        ids = [s.id for s in self.model.stages()]
        here = ids.index(stage.id)
        ids[here], ids[other] = ids[other], ids[here]
        pipeline_id = self.pipeline_id
        self._write(lambda: pipeline_service.reorder_stages(pipeline_id, ids), stage.id)

    def delete_selected(self) -> None:
        stage = self.selected_stage()
        if stage is not None:
            self._write(lambda: pipeline_service.delete_stage(stage.id))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.delete_selected()
            return
        super().keyPressEvent(event)
