"""Shared by the customer view tests: data makers and waiting for a list to settle."""

from __future__ import annotations

from crm_desktop.services.changes import Changes
from crm_desktop.services.customers import CustomerInput, create_customer
from tests.ui.conftest import wait_for_background
from ui.main_window import MainWindow


def add(name: str, **fields: object) -> int:
    return create_customer(CustomerInput(display_name=name, **fields)).value  # type: ignore[arg-type]


def customers_view(window: MainWindow, qtbot):  # noqa: ANN001, ANN201
    """The Customers view of a window, showing what the test wrote behind its back."""
    window.ctx.announce(Changes.of("customer", "tag", "user"))
    window.show_view("customers")
    view = window.view("customers")
    wait_for_background(qtbot, window.ctx)
    return view


def names_in(view, limit: int = 50) -> list[str]:  # noqa: ANN001
    model = view.list_page.model
    return [model.data(model.index(row, 0)) for row in range(min(model.rowCount(), limit))]


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type text the way a Bengali keyboard (an input method) does: one committed string.

    QTest's key clicks only know ASCII keys.
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
