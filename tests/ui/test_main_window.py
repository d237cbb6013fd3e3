"""The window remembers where the user was: size, last view, splitter and column layout."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tests.ui.conftest import wait_for_background
from tests.ui.customers_helpers import add, customers_view
from ui.main_window import MainWindow


def reopen(window: MainWindow, qtbot) -> MainWindow:  # noqa: ANN001
    ctx = window.ctx
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    wait_for_background(qtbot, ctx)
    return again


def test_last_view_geometry_and_splitter_are_remembered(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    view = customers_view(window, qtbot)
    window.resize(1300, 820)
    window.open_customer(cid)
    qtbot.waitUntil(view.detail_page.isVisible)
    splitter = view.detail_page.splitter
    splitter.setSizes([300, 900])
    remembered = splitter.sizes()
    window.show_view("tasks")

    again = reopen(window, qtbot)
    assert again.current_view_name() == "tasks"
    # the size itself is clamped to the offscreen platform's small screen; what matters is it was kept
    assert QSettings().value("window/geometry") == window.saveGeometry()
    again.resize(1300, 820)  # the offscreen screen is small; give it the size it had
    again.open_customer(cid)
    assert again.view("customers").detail_page.splitter.sizes() == remembered


def test_column_widths_and_sort_are_remembered(window, qtbot) -> None:  # noqa: ANN001
    add("Karim")
    view = customers_view(window, qtbot)
    header = view.list_page.table.horizontalHeader()
    header.resizeSection(1, 333)
    header.setSortIndicator(4, header.sortIndicatorOrder())
    again = reopen(window, qtbot)
    header = again.view("customers").list_page.table.horizontalHeader()
    assert header.sectionSize(1) == 333
    assert header.sortIndicatorSection() == 4
    assert QSettings().value("window/view") == "customers"


def test_status_bar_counts(window, qtbot) -> None:  # noqa: ANN001
    add("Karim")
    add("Rahim")
    customers_view(window, qtbot)
    window.refresh_counts()
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("2 customers"))


def click_nav(window: MainWindow, qtbot, name: str) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from ui.main_window import VIEWS

    item = window.nav.item(list(VIEWS).index(name))
    centre = window.nav.visualItemRect(item).center()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_sidebar_customers_returns_from_a_customer_page_to_the_list(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    view = customers_view(window, qtbot)
    window.show()
    window.open_customer(cid)
    qtbot.waitUntil(view.detail_page.isVisible)
    click_nav(window, qtbot, "customers")
    assert view.current_page() is view.list_page
    view.show_trash()
    click_nav(window, qtbot, "customers")
    assert view.current_page() is view.list_page


def test_coming_back_to_customers_from_another_view_keeps_the_customer_page(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    view = customers_view(window, qtbot)
    window.show()
    window.open_customer(cid)
    click_nav(window, qtbot, "tasks")
    assert window.current_view_name() == "tasks"
    click_nav(window, qtbot, "customers")
    assert window.current_view_name() == "customers"
    assert view.current_page() is view.detail_page
