"""The tasks of one bucket (overdue, today, upcoming, done) as a Qt list model.

Ticking a task's box announces ``done_toggled``; the view saves it and the
row shows ticked (struck through) until the reload moves it to its new bucket.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from crm_desktop.services.tasks import TaskRow

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class TasksModel(QAbstractListModel):
    done_toggled = Signal(int, bool)  # task id, done

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.bucket = "today"
        self._rows: list[TaskRow] = []

    def set_rows(self, bucket: str, rows: list[TaskRow]) -> None:
        if bucket == self.bucket and rows == self._rows:
            return
        self.beginResetModel()
        self.bucket = bucket
        self._rows = list(rows)
        self.endResetModel()

    def task(self, row: int) -> TaskRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        task = self._rows[index.row()]
        if role == TASK_ROLE:
            return task
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return task.title
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            about = " · ".join(part for part in (task.customer_name, task.deal_title) if part)
            return f"{task.title}\n{about}" if about else task.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        task = self._rows[index.row()]
        if task.done == done:
            return True
        self._rows[index.row()] = dataclasses.replace(task, done=done)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.done_toggled.emit(task.id, done)
        return True
