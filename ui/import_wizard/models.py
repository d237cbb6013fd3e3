"""Qt table models of the import screens: the preview, the problems, the import history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from crm_desktop.importing import BatchInfo, Problem, SourceRow
from ui.customers.formatting import datetime_text
from ui.i18n import number_text, translated

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MAX_CELL = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportModels", text)


class _Table(QAbstractTableModel):
    """Rows of plain values under fixed headers; read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._right: set[int] = set()

    def set_table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int] | None = None
    ) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._right = right or set()
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else ""
        if role == DISPLAY:
            return value if len(value) <= MAX_CELL else value[:MAX_CELL] + "…"
        if role == TOOLTIP and value:
            return value
        if role == ALIGN and index.column() in self._right:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return self.vertical_label(section)

    def vertical_label(self, section: int) -> Any:
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class PreviewModel(_Table):
    """The first rows of the file as read; the row headers are the file's line numbers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[int] = []

    def set_rows(self, headers: Sequence[str], rows: Sequence[SourceRow]) -> None:
        self._lines = [r.line for r in rows]
        width = len(headers)
        self.set_table(headers, [[*r.cells[:width], *[""] * (width - len(r.cells))] for r in rows])

    def vertical_label(self, section: int) -> Any:
        return self._lines[section] if 0 <= section < len(self._lines) else None


class ProblemsModel(_Table):
    """Line, column and reason of each problem; notes (rows merged, not rejected) in grey."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._notes_from = 0

    def set_problems(self, problems: Sequence[Problem], notes: Sequence[Problem] = ()) -> None:
        """Problems (the row is set aside) first, then warnings (the row is imported, something
        in it is worth a look: a value kept unverified, a shared phone), each saying which."""
        headers = [tr("Line"), tr("Column"), tr("Problem"), tr("The row")]
        self._notes_from = len(problems)
        rows = [
            [
                number_text(p.line) if p.line else "",
                p.column or "",
                translated(p.reason),
                tr("set aside") if i < len(problems) else tr("imported, see why"),
            ]
            for i, p in enumerate((*problems, *notes))
        ]
        self.set_table(headers, rows, right={0})

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == FOREGROUND and index.isValid() and index.row() >= self._notes_from:
            return QColor("#64748b")
        return super().data(index, role)

    def vertical_label(self, section: int) -> Any:
        return None


class BatchesModel(_Table):
    """The import history, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.batches: list[BatchInfo] = []

    def set_batches(self, batches: Sequence[BatchInfo]) -> None:
        self.batches = list(batches)
        kinds = {
            "customers": tr("Customers"),
            "purchases": tr("Purchases"),
            "deals": tr("Deals"),
            "interactions": tr("Interactions"),
        }
        headers = [
            tr("When"), tr("Kind"), tr("File"), tr("Created"), tr("Updated"), tr("Skipped"), tr("Rejected"),
            tr("Undone"),
        ]  # fmt: skip
        rows = [
            [
                datetime_text(b.created_at), kinds.get(b.entity, b.entity), b.file_name,
                *(number_text(n) for n in (b.created, b.updated, b.skipped, b.rejected)),
                datetime_text(b.undone_at),
            ]
            for b in self.batches
        ]  # fmt: skip
        self.set_table(headers, rows, right={3, 4, 5, 6})

    def vertical_label(self, section: int) -> Any:
        return self.batches[section].id if 0 <= section < len(self.batches) else None
