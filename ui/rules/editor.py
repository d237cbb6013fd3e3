"""The rule dialog: a name, a trigger (with its params), optional conditions, one or more actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.automation.actions import ACTIONS
from crm_desktop.automation.conditions import CONDITIONS
from crm_desktop.automation.rules import RuleSpec, create_rule, update_rule
from crm_desktop.automation.triggers import TRIGGERS
from crm_desktop.services.errors import ValidationError
from ui.context import AppContext
from ui.dialogs.fields import ErrorLabel, mark_invalid
from ui.i18n import validation_text
from ui.icons import icon
from ui.rules.fields import ACTION_FIELDS, CONDITION_FIELDS, TRIGGER_FIELDS, Choices, ParamEditor


def label(text: str) -> str:
    return QCoreApplication.translate("Automation", text)


class PartEditor(QWidget):
    """A type (combo) and that type's params; one stacked editor per type keeps what was typed."""

    removed = Signal(QWidget)

    def __init__(
        self,
        labels: dict[str, str],
        fields: dict[str, list[tuple[str, str]]],
        choices: Choices,
        *,
        removable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.stack = QStackedWidget()
        self.editors: dict[str, ParamEditor] = {}
        for key, text in labels.items():
            self.kind.addItem(label(text), key)
            editor = ParamEditor(fields.get(key, []), choices)
            self.editors[key] = editor
            self.stack.addWidget(editor)
        self.kind.currentIndexChanged.connect(lambda i: self.stack.setCurrentIndex(i))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.stack, 1)
        if removable:
            remove = QToolButton()
            remove.setIcon(icon("trash"))
            remove.setToolTip(self.tr("Remove"))
            remove.clicked.connect(lambda: self.removed.emit(self))
            layout.addWidget(remove)

    def key(self) -> str:
        return str(self.kind.currentData())

    def params(self) -> dict[str, Any]:
        return self.editors[self.key()].values()

    def set_part(self, key: str, params: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(key)))
        self.editors[self.key()].set_values(params)


class PartList(QWidget):
    """Conditions or actions: rows added and removed."""

    def __init__(
        self,
        labels: dict[str, str],
        fields: dict[str, list[tuple[str, str]]],
        choices: Choices,
        add_text: str,
    ) -> None:
        super().__init__()
        self.labels, self.fields, self.choices = labels, fields, choices
        self.rows: list[PartEditor] = []
        self.box = QVBoxLayout()
        self.box.setSpacing(6)
        self.add_button = QPushButton(icon("add"), add_text)
        self.add_button.clicked.connect(lambda: self.add())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.box)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def add(self, key: str | None = None, params: dict[str, Any] | None = None) -> PartEditor:
        part = PartEditor(self.labels, self.fields, self.choices)
        if key is not None:
            part.set_part(key, params or {})
        part.removed.connect(self._remove)
        self.rows.append(part)
        self.box.addWidget(part)
        return part

    def _remove(self, part: QWidget) -> None:
        self.rows = [r for r in self.rows if r is not part]
        part.deleteLater()

    def parts(self) -> list[dict[str, Any]]:
        return [{"type": r.key(), **r.params()} for r in self.rows]


class RuleDialog(QDialog):
    saved = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        rule_id: int | None = None,
        spec: RuleSpec | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rule_id = rule_id
        self.setObjectName("formDialog")
        self.setWindowTitle(self.tr("Edit rule") if rule_id else self.tr("New rule"))
        self.setMinimumWidth(760)
        choices = Choices.load()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Thank VIP customers after a purchase"))
        self.trigger = PartEditor(
            {k: t.label for k, t in TRIGGERS.items()}, TRIGGER_FIELDS, choices, removable=False
        )
        self.conditions = PartList(
            {k: c.label for k, c in CONDITIONS.items()}, CONDITION_FIELDS, choices, self.tr("Add condition")
        )
        self.action_parts = PartList(
            {k: a.label for k, a in ACTIONS.items()}, ACTION_FIELDS, choices, self.tr("Add action")
        )
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self._heading(self.tr("When")), self.trigger)
        form.addRow(self._heading(self.tr("Only if")), self.conditions)
        form.addRow(self._heading(self.tr("Then")), self.action_parts)
        hint = QLabel(
            self.tr("Texts may use {first_name}, {name}, {deal_title}, {ticket_subject}, {shop_name} …")
        )
        hint.setObjectName("muted")
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(line)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if spec is not None:
            self.name.setText(spec.name)
            self.trigger.set_part(spec.trigger, spec.trigger_params)
            for c in spec.conditions:
                self.conditions.add(str(c["type"]), c)
            for a in spec.actions:
                self.action_parts.add(str(a["type"]), a)
        else:
            self.action_parts.add("create_task", {"title": self.tr("Call {name}")})

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text)
        heading.setObjectName("sectionHeading")
        return heading

    def spec(self) -> RuleSpec:
        return RuleSpec(
            self.name.text(),
            self.trigger.key(),
            self.trigger.params(),
            self.conditions.parts(),
            self.action_parts.parts(),
        )

    def save(self) -> None:
        spec, rule_id = self.spec(), self.rule_id
        op = (
            (lambda: update_rule(rule_id, spec))
            if rule_id is not None
            else (lambda: create_rule(spec, enabled=True))
        )
        self.ctx.write(op, self._saved, parent=self, on_error=self._refused)

    def _saved(self, rule_id: int) -> None:
        self.saved.emit(rule_id)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            self.ctx.report_error(error, self)
            return
        mark_invalid(self.name, bool(error.for_field("name")))
        self.error.show_error(validation_text(error, "\n"))
