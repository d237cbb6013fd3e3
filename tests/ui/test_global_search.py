"""The search box at the top: customers, deals and tickets, by keyboard and by mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from crm_desktop.services.global_search import SearchResults, search_everything
from crm_desktop.services.pipeline import DealInput, create_deal
from crm_desktop.services.tickets import open_ticket
from tests.ui.customers_helpers import add, customers_view, type_text
from ui.global_search import SearchResultsModel


def shown(box) -> list[str]:  # noqa: ANN001
    model = box.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_finds_a_customer_a_deal_and_a_ticket(window, qtbot) -> None:  # noqa: ANN001
    karim = add("Karim Stores")
    nasrin = add("Nasrin Akter")
    create_deal(DealInput(nasrin, "Karim wholesale rice"))
    open_ticket(add("Tareq"), "Karim sent the wrong size")
    customers_view(window, qtbot)
    box = window.search_box

    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()
    qtbot.keyClicks(box, "karim")
    qtbot.waitUntil(box.popup_visible)
    assert shown(box) == [
        "Customers", "Karim Stores",
        "Deals", "Karim wholesale rice  —  Nasrin Akter",
        "Tickets", "Karim sent the wrong size  —  Tareq",
    ]  # fmt: skip
    assert box.current_row() == 1  # the first hit, not the heading

    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.current_row() == 3  # headings are skipped
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)  # stays on the last hit
    assert box.current_row() == 5
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the deal opens its customer
    view = window.view("customers")
    assert view.current_page() is view.detail_page and view.detail_page.customer_id == nasrin
    assert not box.popup_visible() and box.text() == ""

    qtbot.keyClicks(box, "karim")
    qtbot.waitUntil(box.popup_visible)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup_visible() and box.text() == "karim"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert karim


def test_enter_before_the_results_arrive_opens_the_top_hit(window, qtbot) -> None:  # noqa: ANN001
    cid = add("রহিম উদ্দিন")
    view = customers_view(window, qtbot)
    box = window.search_box
    box.focus_search()
    type_text(box, "রহিম")
    box.textEdited.emit(box.text())  # an input method's commit counts as typing
    qtbot.keyClick(box, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: view.current_page() is view.detail_page)
    assert view.detail_page.customer_id == cid


def test_clicking_a_result_and_nothing_found(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim Stores")
    view = customers_view(window, qtbot)
    box = window.search_box
    box.focus_search()
    qtbot.keyClicks(box, "zzzz")
    qtbot.waitUntil(box.popup_visible)
    assert shown(box) == ["Nothing found for “zzzz”"]
    box.clear()
    qtbot.keyClicks(box, "karim")
    qtbot.waitUntil(lambda: box.popup_visible() and len(shown(box)) == 2)
    list_view = box.popup.list
    rect = list_view.visualRect(box.model.index(1, 0))
    qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_page() is view.detail_page and view.detail_page.customer_id == cid


def test_the_results_model(store, qtmodeltester) -> None:  # noqa: ANN001
    cid = add("Karim Stores")
    create_deal(DealInput(cid, "Karim order"))
    model = SearchResultsModel()
    model.set_results(search_everything("karim"))
    assert model.hit_rows() == [1, 3]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    qtmodeltester.check(model)
    model.set_results(SearchResults("nothing"))
    qtmodeltester.check(model)
