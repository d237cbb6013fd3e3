"""Delete moves to the Trash, Ctrl+Z brings it back, the Trash restores or empties."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from crm_desktop.db.models import Customer
from crm_desktop.services.customer_list import count_customers
from crm_desktop.services.interactions import log_interaction
from tests.ui.conftest import wait_for_background
from tests.ui.customers_helpers import add, customers_view, names_in
from ui import dialogs


def select_rows(page, *rows: int) -> None:  # noqa: ANN001
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        page.table.selectionModel().select(page.model.index(row, 0), flags)


def test_delete_then_undo_with_ctrl_z(window, qtbot) -> None:  # noqa: ANN001
    keep, gone = add("Keep Me"), add("Lose Me")
    log_interaction(gone, "call", body="history that must survive")
    view = customers_view(window, qtbot)
    page = view.list_page
    page.table.selectRow(1)  # "Lose Me" sorts after "Keep Me"
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: names_in(view) == ["Keep Me"])
    assert "Moved 1 customer to the Trash." in window.message_label.text()
    assert Customer.get_by_id(gone).deleted_at is not None

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: names_in(view) == ["Keep Me", "Lose Me"])
    assert Customer.get_by_id(gone).deleted_at is None
    assert Customer.get_by_id(keep).deleted_at is None


def test_the_trash_restores_and_empties(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    for name in ("Alpha", "Beta", "Gamma", "Delta"):
        add(name)
    view = customers_view(window, qtbot)
    page = view.list_page
    select_rows(page, 0, 1, 2)  # Alpha, Beta, Delta
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names_in(view) == ["Gamma"])

    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    trash = view.trash
    assert trash is not None and view.current_page() is trash
    qtbot.waitUntil(lambda: trash.model.rowCount() == 3)
    assert not trash.restore_button.isEnabled()  # nothing selected yet
    select_rows(trash, 0)  # Alpha
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trash.model.rowCount() == 2)
    qtbot.waitUntil(lambda: names_in(view) == ["Alpha", "Gamma"])

    questions: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, action: questions.append(text) or False
    )
    qtbot.mouseClick(trash.empty_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, window.ctx)
    assert trash.model.rowCount() == 2  # said no: nothing deleted
    assert "Delete 2 customers for good" in questions[0]

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    qtbot.mouseClick(trash.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trash.model.rowCount() == 0)
    assert trash.body.currentWidget() is trash.empty_label
    assert Customer.select().count() == 2 and count_customers(trashed=True) == 0
    assert "Emptied the Trash: 2 things deleted for good." in window.message_label.text()


def test_delete_from_the_customer_page_goes_back_to_the_list(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    add("Other")
    view = customers_view(window, qtbot)
    window.open_customer(cid)
    qtbot.mouseClick(view.detail_page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.current_page() is view.list_page)
    qtbot.waitUntil(lambda: names_in(view) == ["Other"])
    window.undo_last()
    qtbot.waitUntil(lambda: names_in(view) == ["Karim", "Other"])


def test_a_deleted_deal_and_task_wait_in_the_trash_to_be_restored(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from crm_desktop.db.models import Deal
    from crm_desktop.services.pipeline import DealInput, create_deal, stages, trash_deals
    from crm_desktop.services.tasks import TaskInput, create_task, trash_tasks

    cid = add("Karim")
    deal = create_deal(DealInput(cid, "Ceiling fans", 1_000_00, stage_id=stages(1)[0].id)).value
    trash_deals([deal])
    trash_tasks([create_task(TaskInput("Call back", customer_id=cid)).value])
    view = customers_view(window, qtbot)
    view.list_page.trash_requested.emit()
    trash = view.trash
    qtbot.waitUntil(lambda: trash.other_table.rowCount() == 2)
    assert trash.tabs.tabText(1) == "2 contacts, purchases, deals and tasks"
    assert trash.empty_button.isEnabled()  # no customer in the trash, but these are
    trash.tabs.setCurrentWidget(trash.other_table)
    titles = [trash.other_table.item(r, 1).text() for r in range(2)]
    trash.other_table.selectRow(titles.index("Ceiling fans"))
    assert trash.other_table.item(titles.index("Ceiling fans"), 2).text() == "Karim"
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trash.other_table.rowCount() == 1)
    assert Deal.get_by_id(deal).deleted_at is None

    questions: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _a: questions.append(text) or True)
    qtbot.mouseClick(trash.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trash.other_table.rowCount() == 0)
    assert questions == ["Delete 1 contact, purchase, deal or task for good? This cannot be undone."]


def test_after_undo_the_status_bar_no_longer_says_it_was_moved(window, qtbot) -> None:  # noqa: ANN001
    add("Keep Me")
    add("Lose Me")
    view = customers_view(window, qtbot)
    page = view.list_page
    page.table.selectRow(1)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names_in(view) == ["Keep Me"])
    assert window.message_label.text() == "Moved 1 customer to the Trash."
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names_in(view) == ["Keep Me", "Lose Me"])
    assert window.message_label.text() == "Brought 1 customer back from the Trash."
