"""Record a purchase (or, with a minus, a refund) for a customer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QWidget

from crm_desktop.locale import ParseError, parse_amount
from crm_desktop.money import DEFAULT_CURRENCY
from crm_desktop.services.changes import Outcome
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.purchases import record_purchase
from crm_desktop.timeutil import local_to_utc
from ui.context import AppContext
from ui.dialogs.fields import FormDialog
from ui.qt_values import py_datetime

CURRENCIES = (DEFAULT_CURRENCY, "USD", "INR", "EUR", "GBP", "SAR", "AED", "MYR", "CNY")


class PurchaseDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, customer_id: int | None = None
    ) -> None:
        super().__init__(ctx, parent, self.tr("Add purchase"))
        if customer_id is None:
            raise ValueError("a purchase belongs to a customer")
        self.customer_id = customer_id
        self.setMinimumWidth(460)
        self.amount = self.add_field("amount", self.tr("Amount"), QLineEdit())
        self.amount.setPlaceholderText(self.tr("e.g. 1,500 or ১৫০০ (a minus for a refund)"))
        self.currency = self.add_field("currency", self.tr("Currency"), QComboBox())
        self.currency.addItems(list(CURRENCIES))
        self.when = self.add_field("occurred_at", self.tr("When"), QDateTimeEdit(QDateTime.currentDateTime()))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd MMM yyyy  hh:mm")
        self.description = self.add_field("description", self.tr("What"), QLineEdit())
        self.description.setPlaceholderText(self.tr("e.g. 2 sarees, 5 kg rice"))
        self.reference = self.add_field("reference", self.tr("Receipt no."), QLineEdit())

    def operation(self) -> Callable[[], Outcome[Any]]:
        currency = self.currency.currentText()
        try:
            money = parse_amount(self.amount.text(), currency)
        except ParseError as exc:
            raise ValidationError.single("amount", str(exc)) from exc
        when = local_to_utc(py_datetime(self.when.dateTime()))
        customer_id, description, reference = self.customer_id, self.description.text(), self.reference.text()
        return lambda: record_purchase(
            customer_id,
            money.minor,
            currency=money.currency,
            occurred_at=when,
            description=description,
            reference=reference,
        )
