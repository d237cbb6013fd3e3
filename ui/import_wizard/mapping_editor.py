"""The column → field table of the mapping page: one combo per column of the file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from crm_desktop.importing import SourceRow
from crm_desktop.io.fields import FIELDS
from crm_desktop.io.mapping import ExtraPolicy, Mapping
from ui.import_wizard.labels import field_label

EXAMPLES = 3


class MappingEditor(QTableWidget):
    """Rows: a column of the file, a few of its values, and the field it goes to."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("mappingTable")
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as"), self.tr("How sure")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(2, 230)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(36)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.entity = "customers"
        self.extra: ExtraPolicy = "custom_fields"
        self.headers: list[str] = []
        self.combos: list[QComboBox] = []

    def load(
        self,
        entity: str,
        headers: list[str],
        rows: list[SourceRow],
        mapping: Mapping,
        confidence: dict[int, str] | None = None,
    ) -> None:
        """Show ``mapping``; ``confidence`` (column → high/medium/low, see
        crm_desktop/importing/value_hints.py) says how sure the suggestion is."""
        self.entity, self.headers = entity, list(headers)
        self.setRowCount(len(headers))
        self.combos = []
        for i, header in enumerate(headers):
            samples = [r.cells[i] for r in rows if i < len(r.cells) and r.cells[i].strip()][:EXAMPLES]
            name = QTableWidgetItem(header)
            name.setToolTip(header)
            self.setItem(i, 0, name)
            example = QTableWidgetItem("  ·  ".join(s.replace("\n", " ⏎ ")[:40] for s in samples))
            example.setForeground(Qt.GlobalColor.darkGray)
            example.setToolTip("\n".join(samples))
            self.setItem(i, 1, example)
            combo = QComboBox()
            combo.setObjectName(f"mapColumn{i}")
            combo.addItem(self.unmapped_label(), None)
            for fld in FIELDS[entity]:
                combo.addItem(field_label(fld), fld)
            found = combo.findData(mapping.columns.get(i))
            combo.setCurrentIndex(max(found, 0))
            combo.currentIndexChanged.connect(self.changed)
            combo.currentIndexChanged.connect(lambda _i, row=i: self._chosen(row))
            self.setCellWidget(i, 2, combo)
            self.combos.append(combo)
            level = (confidence or {}).get(i, "") if i in mapping.columns else ""
            sure = QTableWidgetItem(self.confidence_label(level))
            sure.setData(Qt.ItemDataRole.UserRole, level)
            sure.setToolTip(self.confidence_tip(level))
            if level == "low":
                sure.setForeground(Qt.GlobalColor.darkYellow)
            self.setItem(i, 3, sure)

    def confidence_label(self, level: str) -> str:
        return {
            "high": self.tr("sure"),
            "medium": self.tr("by the header"),
            "low": self.tr("a guess: check"),
            "chosen": self.tr("your choice"),
        }.get(level, "")

    def confidence_tip(self, level: str) -> str:
        return {
            "high": self.tr("The header and the values agree."),
            "medium": self.tr("Known from the header; the first rows have no values to check."),
            "low": self.tr("Guessed from the values alone: the header does not say."),
        }.get(level, "")

    def _chosen(self, row: int) -> None:
        item = self.item(row, 3)
        if item is not None:
            level = "chosen" if self.combos[row].currentData() else ""
            item.setText(self.confidence_label(level))
            item.setData(Qt.ItemDataRole.UserRole, level)
            item.setToolTip("")

    def unmapped_label(self) -> str:
        """What happens to a column mapped to no field, as the policy for other columns says."""
        return {
            "custom_fields": self.tr("— custom field —"),
            "notes": self.tr("— add to notes —"),
        }.get(self.extra, self.tr("— leave out —"))

    def set_extra(self, extra: ExtraPolicy) -> None:
        self.extra = extra
        for combo in self.combos:
            combo.setItemText(0, self.unmapped_label())

    def set_field(self, column: int, fld: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(fld), 0))

    def mapping(self, extra: ExtraPolicy) -> Mapping:
        """The mapping as chosen; raises MappingError if a one-column field is chosen twice."""
        columns = {i: combo.currentData() for i, combo in enumerate(self.combos) if combo.currentData()}
        return Mapping(self.entity, columns, self.headers, extra)
