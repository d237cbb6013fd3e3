"""Open a ticket: a customer's complaint or request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from crm_desktop.services.changes import Outcome
from crm_desktop.services.tickets import open_ticket
from ui.context import AppContext
from ui.dialogs.fields import FormDialog


class TicketDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, customer_id: int | None = None
    ) -> None:
        super().__init__(ctx, parent, self.tr("Open ticket"))
        if customer_id is None:
            raise ValueError("a ticket belongs to a customer")
        self.customer_id = customer_id
        self.setMinimumWidth(480)
        self.kind = self.add_field("kind", self.tr("Kind"), QComboBox())
        self.kind.addItem(self.tr("Complaint"), "complaint")
        self.kind.addItem(self.tr("Request"), "request")
        self.subject = self.add_field("subject", self.tr("Subject"), QLineEdit())
        self.subject.setPlaceholderText(self.tr("e.g. Delivery came two days late"))
        self.priority = self.add_field("priority", self.tr("Priority"), QComboBox())
        for text, value in ((self.tr("Low"), 0), (self.tr("Normal"), 1), (self.tr("High"), 2)):
            self.priority.addItem(text, value)
        self.priority.setCurrentIndex(1)
        self.body = self.add_field("body", self.tr("Details"), QPlainTextEdit())
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(110)

    def operation(self) -> Callable[[], Outcome[Any]]:
        customer_id, subject, body = self.customer_id, self.subject.text(), self.body.toPlainText()
        kind, priority = str(self.kind.currentData()), int(self.priority.currentData())
        return lambda: open_ticket(customer_id, subject, kind=kind, body=body, priority=priority)
