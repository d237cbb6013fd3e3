"""Possible duplicates: customers sharing a phone, an email or a name, a group per line.

Merge… opens the merge dialog for the chosen group; "Not the same" hides a
group for good (until someone new joins it).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import duplicates
from crm_desktop.services.changes import Changes
from crm_desktop.services.duplicates import DuplicateFindings, DuplicateGroup
from ui.context import AppContext
from ui.customers.formatting import count_text, phone_text
from ui.i18n import number_text

ROW_PADDING = 12
NAME_ONLY_SETTING = "duplicates/show_name_only"


class DuplicatesDialog(QDialog):
    merge_requested = Signal(list)  # the group's customer ids

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.groups: list[DuplicateGroup] = []
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(640, 460)
        self.summary = QLabel(self.tr("Looking for customers entered twice…"))
        self.summary.setWordWrap(True)
        self.name_only_box = QCheckBox(self.tr("Also show customers who only share a name"))
        self.name_only_box.setToolTip(
            self.tr("Many different people have the same name; a shared phone or email is a surer sign.")
        )
        self.name_only_box.setChecked(bool(QSettings().value(NAME_ONLY_SETTING, True, type=bool)))
        self.name_only_box.toggled.connect(self._name_only_toggled)
        self.list = QListWidget()
        self.list.setObjectName("duplicateGroups")
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.merge_current())
        self.list.currentRowChanged.connect(self._update_buttons)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("primary")
        self.dismiss_button = QPushButton(self.tr("Not the same"))
        self.dismiss_button.setToolTip(self.tr("These are different customers: don't suggest them again"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.name_only_box)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        ctx.bus.changed.connect(self._on_changes)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        name_only = self.name_only_box.isChecked()
        self.ctx.read(lambda: duplicates.find_duplicates(name_only=name_only), self._show)

    def _name_only_toggled(self, shown: bool) -> None:
        QSettings().setValue(NAME_ONLY_SETTING, shown)
        self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("customer"):
            self.reload()

    def _show(self, found: DuplicateFindings) -> None:
        groups = found.groups
        row = max(self.list.currentRow(), 0)
        self.groups = groups
        self.list.clear()
        metrics = QFontMetrics(self.list.font())
        for group in groups:
            text = self._describe(group)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, list(group.customer_ids))
            # measured with the text itself: a Bengali line is taller than a Latin one
            height = metrics.boundingRect(QRect(0, 0, 10_000, 1_000), 0, text).height()
            item.setSizeHint(QSize(0, height + ROW_PADDING))
            self.list.addItem(item)
        self.summary.setText(self._summary(found))
        if groups:
            self.list.setCurrentRow(min(row, len(groups) - 1))
        self._update_buttons()

    def _summary(self, found: DuplicateFindings) -> str:
        if not found.total:
            return self.tr("No duplicates found: no two customers share a phone, an email or a name.")
        strong = found.total - found.name_only
        parts = [
            count_text(
                found.total,
                self.tr("1 group of customers looks like one person entered more than once"),
                self.tr("{n} groups of customers look like one person entered more than once"),
            )
        ]
        if strong and found.name_only:
            parts.append(
                count_text(
                    strong,
                    self.tr("1 shares a phone or an email (listed first)"),
                    self.tr("{n} share a phone or an email (listed first)"),
                )
            )
        if not self.name_only_box.isChecked() and found.name_only:
            parts.append(
                count_text(
                    found.name_only,
                    self.tr("1 that only shares a name is hidden"),
                    self.tr("{n} that only share a name are hidden"),
                )
            )
        shown = len(found.groups)
        if shown < (found.total if self.name_only_box.isChecked() else strong):
            parts.append(
                self.tr("the first {n} are listed; merge or set some aside to see more").format(
                    n=number_text(shown)
                )
            )
        return "; ".join(parts) + "."

    def _describe(self, group: DuplicateGroup) -> str:
        labels = {
            "phone": self.tr("same phone {value}"),
            "email": self.tr("same email {value}"),
            "name": self.tr("same name"),
        }
        why = [
            labels[kind].format(value=phone_text(value) if kind == "phone" else value)
            for kind, value in group.reasons
        ]
        return " · ".join(group.names) + "\n" + ", ".join(why)

    def _update_buttons(self) -> None:
        chosen = self.list.currentRow() >= 0 and bool(self.groups)
        self.merge_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def _current(self) -> DuplicateGroup | None:
        row = self.list.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def merge_current(self) -> None:
        group = self._current()
        if group is not None:
            self.merge_requested.emit(list(group.customer_ids))

    def dismiss_current(self) -> None:
        group = self._current()
        if group is not None:
            ids = group.customer_ids
            self.ctx.write(lambda: duplicates.dismiss(ids), lambda _v: self.reload(), parent=self)
