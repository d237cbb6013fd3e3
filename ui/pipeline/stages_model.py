"""A pipeline's stages as an editable table: name, chance of winning, kind."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.i18n import number_text, stage_name
from ui.pipeline.board import StageInfo

Index = QModelIndex | QPersistentModelIndex
NAME, PROBABILITY, KIND = range(3)


class StagesModel(QAbstractTableModel):
    """Edits are checked here and announced with ``edited``; the dialog saves them."""

    edited = Signal(int, str, int)  # stage id, name, probability
    refused = Signal(str)  # why an edit was not taken

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._stages: list[StageInfo] = []

    def set_stages(self, stages: list[StageInfo]) -> None:
        self.beginResetModel()
        self._stages = list(stages)
        self.endResetModel()

    def stages(self) -> list[StageInfo]:
        return list(self._stages)

    def stage(self, row: int) -> StageInfo:
        return self._stages[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {NAME: self.tr("Stage"), PROBABILITY: self.tr("Chance of winning"), KIND: self.tr("Kind")}.get(
            section
        )

    def kind_text(self, kind: str) -> str:
        return {"open": self.tr("Open"), "won": self.tr("Won"), "lost": self.tr("Lost")}.get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stages):
            return None
        stage, column = self._stages[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                stage_name(stage.name),
                self.tr("{percent}%").format(percent=number_text(stage.probability)),
                self.kind_text(stage.kind),
            ][column]
        if role == Qt.ItemDataRole.EditRole:
            return [stage_name(stage.name), stage.probability, stage.kind][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PROBABILITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in (NAME, PROBABILITY) else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() not in (NAME, PROBABILITY)
        ):
            return False
        stage = self._stages[index.row()]
        if index.column() == NAME:
            name = str(value).strip()
            if not name:
                self.refused.emit(self.tr("A stage needs a name."))
                return False
            if name == stage_name(stage.name):  # a default name, as shown in this language: unchanged
                name = stage.name
            changed = replace(stage, name=name)
        else:
            try:
                probability = int(value)
            except (TypeError, ValueError):
                probability = -1
            if not 0 <= probability <= 100:
                self.refused.emit(self.tr("The chance of winning is a percentage from 0 to 100."))
                return False
            changed = replace(stage, probability=probability)
        if changed == stage:
            return True
        self._stages[index.row()] = changed
        self.dataChanged.emit(index, index)
        self.edited.emit(changed.id, changed.name, changed.probability)
        return True
