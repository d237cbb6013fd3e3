"""New deal: for a customer, with a value, a stage, an owner and an expected close date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from crm_desktop.db.models import Customer
from crm_desktop.locale import ParseError, parse_amount
from crm_desktop.services import pipeline as pipeline_service
from crm_desktop.services.changes import Outcome
from crm_desktop.services.customer_list import owners
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.pipeline import DealInput
from ui.context import AppContext
from ui.dialogs.fields import FormDialog
from ui.i18n import stage_name, user_name
from ui.pipeline.customer_picker import CustomerPicker
from ui.qt_values import py_date

CURRENCIES = ("BDT", "USD", "EUR", "GBP", "INR")
DATE_FORMAT = "d MMM yyyy"  # "22 Dec 2026": day first, month by name, as Bangladesh writes it


def open_stages() -> list[tuple[int, str]]:
    """(stage id, label) of every open stage; "Pipeline › Stage" when there is more than one pipeline."""
    all_pipelines = pipeline_service.pipelines()
    labelled = []
    for pipeline in all_pipelines:
        for stage in pipeline_service.stages(pipeline.id):
            if stage.kind == "open":
                name = stage_name(stage.name)
                label = f"{stage_name(pipeline.name)} › {name}" if len(all_pipelines) > 1 else name
                labelled.append((stage.id, label))
    return labelled


class DealDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        *,
        stage_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent, self.tr("New deal"))
        self.setMinimumWidth(460)
        self.fixed_customer_id = customer_id
        if customer_id is None:
            self.customer_picker: CustomerPicker | None = CustomerPicker(ctx)
            self.add_field("customer_id", self.tr("Customer"), self.customer_picker)
        else:
            self.customer_picker = None
            customer = Customer.get_or_none(Customer.id == customer_id)
            self.add_field(
                "customer_id", self.tr("Customer"), QLabel(customer.display_name if customer else "?")
            )
        self.title_edit = self.add_field("title", self.tr("Title"), QLineEdit())
        self.title_edit.setPlaceholderText(self.tr("What is being sold, e.g. “50 school uniforms”"))
        self.title_edit.setMaxLength(255)

        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("e.g. 25,000"))
        self.currency_combo = QComboBox()
        self.currency_combo.addItems(list(CURRENCIES))
        self.add_field(
            "value", self.tr("Value"), inline_row(self.value_edit, self.currency_combo, grow=self.value_edit)
        )

        self.stage_combo = self.add_field("stage_id", self.tr("Stage"), QComboBox())
        for sid, label in open_stages():
            self.stage_combo.addItem(label, sid)
        if stage_id is not None and self.stage_combo.findData(stage_id) >= 0:
            self.stage_combo.setCurrentIndex(self.stage_combo.findData(stage_id))

        self.owner_combo = self.add_field("owner_id", self.tr("Owner"), QComboBox())
        self.owner_combo.addItem(self.tr("Nobody"), None)
        for uid, name in owners():
            self.owner_combo.addItem(user_name(name), uid)

        self.close_check = QCheckBox(self.tr("Expected to close by"))
        self.close_date = QDateEdit(QDate.currentDate().addMonths(1))
        self.close_date.setCalendarPopup(True)
        self.close_date.setDisplayFormat(DATE_FORMAT)
        self.close_date.setEnabled(False)
        self.close_check.toggled.connect(self.close_date.setEnabled)
        self.add_field("expected_close", "", inline_row(self.close_check, self.close_date))
        (self.customer_picker or self.title_edit).setFocus()

    def _fields_value(self) -> DealInput:
        errors: list[FieldError] = []
        customer_id = self.fixed_customer_id
        if self.customer_picker is not None:
            customer_id = self.customer_picker.customer_id
            if customer_id is None:
                errors.append(FieldError("customer_id", self.tr("choose a customer from the list")))
        currency = self.currency_combo.currentText()
        value_minor = 0
        if self.value_edit.text().strip():
            try:
                value_minor = parse_amount(self.value_edit.text(), currency).minor
            except ParseError as error:
                errors.append(FieldError("value", str(error)))
        if not self.title_edit.text().strip():
            errors.append(FieldError("title", self.tr("a deal needs a title")))
        if errors:
            raise ValidationError(errors)
        assert customer_id is not None
        return DealInput(
            customer_id=customer_id,
            title=self.title_edit.text(),
            value_minor=value_minor,
            currency=currency,
            stage_id=self.stage_combo.currentData(),
            expected_close=py_date(self.close_date.date()) if self.close_check.isChecked() else None,
            owner_id=self.owner_combo.currentData(),
        )

    def operation(self) -> Callable[[], Outcome[Any]]:
        data = self._fields_value()
        return lambda: pipeline_service.create_deal(data)


def inline_row(*widgets: QWidget, grow: QWidget | None = None) -> QWidget:
    """Widgets side by side in one form row; ``grow`` takes the spare width (else it stays empty)."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is grow else 0)
    if grow is None:
        layout.addStretch(1)
    return holder
