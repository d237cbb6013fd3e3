"""New task: what to do, by when (local date and time), how urgent, about whom."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from crm_desktop.db.models import Customer, Deal
from crm_desktop.services import tasks as task_service
from crm_desktop.services.changes import Outcome
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.tasks import TaskInput
from crm_desktop.timeutil import local_to_utc
from ui.context import AppContext
from ui.dialogs.deal_dialog import DATE_FORMAT, inline_row
from ui.dialogs.fields import FormDialog
from ui.i18n import current_locale
from ui.pipeline.customer_picker import CustomerPicker
from ui.qt_values import py_date, py_time

DEFAULT_DUE_TIME = time(10, 0)


def default_due(now_local: datetime) -> datetime:
    """Tomorrow at 10:00: the usual "call them back" follow-up."""
    return datetime.combine(now_local.date() + timedelta(days=1), DEFAULT_DUE_TIME)


class TaskDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        deal_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent, self.tr("New task"))
        self.setMinimumWidth(460)
        self.deal_id = deal_id
        if customer_id is None and deal_id is not None:
            deal = Deal.get_or_none(Deal.id == deal_id)
            customer_id = deal.customer_id if deal else None
        self.fixed_customer_id = customer_id

        self.title_edit = self.add_field("title", self.tr("Task"), QLineEdit())
        self.title_edit.setPlaceholderText(self.tr("e.g. Call back about the quote"))
        self.title_edit.setMaxLength(255)

        due = default_due(datetime.now())
        self.due_check = QCheckBox(self.tr("Due"))
        self.due_check.setChecked(True)
        self.due_date = QDateEdit(QDate(due.year, due.month, due.day))
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat(DATE_FORMAT)
        self.due_time = QTimeEdit(QTime(due.hour, due.minute))
        if current_locale() == "bn":  # Qt's Bengali says "AM"/"PM" in English: the 24-hour clock instead
            self.due_time.setDisplayFormat("HH:mm")
        self.due_check.toggled.connect(self.due_date.setEnabled)
        self.due_check.toggled.connect(self.due_time.setEnabled)
        self.add_field("due_at", self.tr("When"), inline_row(self.due_check, self.due_date, self.due_time))

        self.priority_combo = self.add_field("priority", self.tr("Priority"), QComboBox())
        for value, label in ((0, self.tr("Low")), (1, self.tr("Normal")), (2, self.tr("High"))):
            self.priority_combo.addItem(label, value)
        self.priority_combo.setCurrentIndex(1)

        self.customer_picker: CustomerPicker | None = None
        if customer_id is None:
            self.customer_picker = CustomerPicker(ctx)
            self.customer_picker.setPlaceholderText(self.tr("Optional: type a name or phone number…"))
            self.add_field("customer_id", self.tr("Customer"), self.customer_picker)
        else:
            customer = Customer.get_or_none(Customer.id == customer_id)
            self.add_field(
                "customer_id", self.tr("Customer"), QLabel(customer.display_name if customer else "?")
            )
        if deal_id is not None:
            deal = Deal.get_or_none(Deal.id == deal_id)
            self.add_field("deal_id", self.tr("Deal"), QLabel(deal.title if deal else "?"))
        self.notes_edit = self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes_edit.setFixedHeight(72)
        self.title_edit.setFocus()

    def due_at_utc(self) -> datetime | None:
        if not self.due_check.isChecked():
            return None
        local = datetime.combine(py_date(self.due_date.date()), py_time(self.due_time.time()))
        return local_to_utc(local)

    def operation(self) -> Callable[[], Outcome[Any]]:
        if not self.title_edit.text().strip():
            raise ValidationError.single("title", self.tr("say what needs doing"))
        customer_id = self.fixed_customer_id
        if self.customer_picker is not None:
            if self.customer_picker.text().strip() and self.customer_picker.customer_id is None:
                raise ValidationError.single(
                    "customer_id", self.tr("choose a customer from the list, or leave it empty")
                )
            customer_id = self.customer_picker.customer_id
        data = TaskInput(
            title=self.title_edit.text(),
            due_at=self.due_at_utc(),
            notes=self.notes_edit.toPlainText(),
            priority=self.priority_combo.currentData(),
            customer_id=customer_id,
            deal_id=self.deal_id,
        )
        return lambda: task_service.create_task(data)
