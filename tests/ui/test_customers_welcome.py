"""A new, empty file opens on the welcome page; sample data fills the list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crm_desktop.services.customer_list import count_customers
from tests.ui.customers_helpers import add, names_in
from ui.customers import welcome
from ui.customers.customer_dialog import CustomerDialog
from ui.import_wizard import ImportWizard


def test_an_empty_file_opens_on_the_welcome_page(window, qtbot) -> None:  # noqa: ANN001
    view = window.view("customers")
    qtbot.waitUntil(lambda: view.welcome is not None and view.current_page() is view.welcome)
    page = view.welcome
    assert page.add_card.isEnabled() and page.sample_card.isEnabled()

    qtbot.mouseClick(page.add_card, Qt.MouseButton.LeftButton)
    dialog = view.findChild(CustomerDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "First Customer")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.current_page() is view.list_page)
    qtbot.waitUntil(lambda: names_in(view) == ["First Customer"])


def test_load_sample_data_fills_the_list(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(welcome, "SAMPLE_CUSTOMERS", 50)
    view = window.view("customers")
    qtbot.waitUntil(lambda: view.current_page() is view.welcome)
    page = view.welcome
    steps: list[int] = []
    page.progress.valueChanged.connect(steps.append)
    qtbot.mouseClick(page.sample_card, Qt.MouseButton.LeftButton)
    assert page.loading and page.progress.isVisible()
    qtbot.waitUntil(lambda: view.current_page() is view.list_page, timeout=20_000)
    live = count_customers()
    assert 45 <= live <= 50  # the demo shop keeps a few in the Trash
    qtbot.waitUntil(lambda: view.list_page.model.rowCount() == live)
    assert steps and max(steps) > 50  # progress was shown as it went
    assert not page.loading


def test_a_file_with_customers_opens_on_the_list(window, qtbot) -> None:  # noqa: ANN001
    add("Someone")
    view = window.view("customers")
    view.activated()
    qtbot.waitUntil(lambda: view.welcome is not None)  # the first check ran on the empty file
    qtbot.waitUntil(lambda: view.current_page() is view.list_page)


def test_the_import_card_opens_the_import_wizard(window, qtbot) -> None:  # noqa: ANN001
    view = window.view("customers")
    qtbot.waitUntil(lambda: view.welcome is not None and view.current_page() is view.welcome)
    page = view.welcome
    assert page.import_card.isEnabled()
    assert "coming version" not in page.import_card.toolTip()
    qtbot.mouseClick(page.import_card, Qt.MouseButton.LeftButton)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
