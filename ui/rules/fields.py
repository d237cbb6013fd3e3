"""The small editors inside the rule dialog: a trigger's, a condition's or an action's params.

Each part type lists its params as (key, kind); :class:`ParamEditor` builds
one widget per param and reads them back into the dict the core stores.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from crm_desktop.db.models import EmailTemplate, Pipeline, Stage, User
from crm_desktop.locale import ParseError, format_money, parse_amount
from crm_desktop.money import Money
from crm_desktop.reports.rfm import SEGMENTS
from ui.i18n import stage_name, user_name

TRIGGER_FIELDS: dict[str, list[tuple[str, str]]] = {
    "deal_stage_entered": [("stage_id", "stage")],
    "ticket_opened": [("kind", "ticket_kind")],
    "no_interaction": [("days", "days")],
    "no_purchase": [("days", "days")],
    "birthday": [("days_before", "days_before")],
}
CONDITION_FIELDS: dict[str, list[tuple[str, str]]] = {
    "tag": [("tag", "text"), ("absent", "absent")],
    "owner": [("owner_id", "user")],
    "source": [("source", "text")],
    "amount": [("min_minor", "money"), ("max_minor", "money")],
    "rfm_segment": [("segment", "segment")],
}
ACTION_FIELDS: dict[str, list[tuple[str, str]]] = {
    "create_task": [("title", "text"), ("due_days", "due_days"), ("assignee_id", "assignee")],
    "send_email": [("template_id", "template")],
    "add_tag": [("tag", "text")],
    "remove_tag": [("tag", "text")],
    "log_note": [("text", "text")],
    "move_deal": [("stage_id", "stage")],
}


def tr(text: str) -> str:
    return QCoreApplication.translate("RuleEditor", text)


def _days_suffix(spin: QSpinBox, n: int) -> None:
    """ "due in 1 day", "due in 3 days"."""
    spin.setSuffix(tr(" day") if n == 1 else tr(" days"))


@dataclass(frozen=True)
class Choices:
    """What the combo boxes offer, read once when the dialog opens."""

    stages: list[tuple[int, str]]
    users: list[tuple[int, str]]
    templates: list[tuple[int, str]]

    @classmethod
    def load(cls) -> Choices:
        several = Pipeline.select().count() > 1
        stages = [
            (s.id, f"{stage_name(s.pipeline.name)} › {stage_name(s.name)}" if several else stage_name(s.name))
            for s in Stage.select(Stage, Pipeline).join(Pipeline).order_by(Pipeline.position, Stage.position)
        ]
        users = [(u.id, user_name(u.name)) for u in User.select().order_by(User.name)]
        templates = [(t.id, t.name) for t in EmailTemplate.select().order_by(EmailTemplate.name)]
        return cls(stages, users, templates)


class ParamEditor(QWidget):
    def __init__(
        self, fields: list[tuple[str, str]], choices: Choices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fields = fields
        self.widgets: dict[str, QWidget] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for key, kind in fields:
            widget = self._make(key, kind, choices)
            widget.setObjectName(f"param_{key}")
            self.widgets[key] = widget
            if kind in ("due_days", "days", "days_before"):
                prefix = {"due_days": tr("due in"), "days": tr("for"), "days_before": tr("days ahead")}[kind]
                layout.addWidget(QLabel(prefix))
            layout.addWidget(widget, 1 if kind == "text" else 0)
        layout.addStretch(0 if any(k == "text" for _key, k in fields) else 1)

    def _make(self, key: str, kind: str, choices: Choices) -> QWidget:
        if kind == "text":
            edit = QLineEdit()
            edit.setMinimumWidth(200)
            return edit
        if kind == "money":
            money = QLineEdit()
            money.setPlaceholderText(tr("at least ৳") if key == "min_minor" else tr("at most ৳"))
            money.setMaximumWidth(130)
            return money
        if kind == "absent":
            return QCheckBox(tr("must NOT have it"))
        if kind in ("days", "due_days", "days_before"):
            spin = QSpinBox()
            spin.setRange(0 if kind != "days" else 1, 3650 if kind != "days_before" else 30)
            spin.valueChanged.connect(lambda n, box=spin: _days_suffix(box, n))
            spin.setValue({"days": 30, "due_days": 1, "days_before": 0}[kind])
            _days_suffix(spin, spin.value())
            return spin
        combo = QComboBox()
        items_by_kind: dict[str, list[tuple[Any, str]]] = {
            "stage": choices.stages,
            "user": choices.users,
            "template": choices.templates,
            "assignee": [("owner", tr("the customer's owner")), *choices.users],
            "segment": [
                (key, QCoreApplication.translate("Segments", name)) for key, name in SEGMENTS.items()
            ],
            "ticket_kind": [
                ("", tr("any kind")),
                ("complaint", tr("a complaint")),
                ("request", tr("a request")),
            ],
        }
        for value, label in items_by_kind[kind]:
            combo.addItem(label, value)
        return combo

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, kind in self.fields:
            widget = self.widgets[key]
            if isinstance(widget, QCheckBox):
                found[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                found[key] = widget.value()
            elif isinstance(widget, QComboBox):
                found[key] = widget.currentData()
            elif isinstance(widget, QLineEdit) and kind == "money":
                text = widget.text().strip()
                if text:
                    try:
                        found[key] = parse_amount(text).minor
                    except ParseError:
                        found[key] = text  # refused when saved, with the field named
            elif isinstance(widget, QLineEdit):
                found[key] = widget.text()
        return found

    def set_values(self, params: dict[str, Any]) -> None:
        for key, kind in self.fields:
            widget, value = self.widgets[key], params.get(key)
            if value is None:
                continue
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QLineEdit) and kind == "money":
                widget.setText(format_money(Money(int(value)), "en"))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
