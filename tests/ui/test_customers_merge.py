"""Duplicates merged from the customer list, and bulk tagging undone, the way a user does it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from crm_desktop.db.models import Customer, Interaction
from crm_desktop.services.customer_list import count_customers, customer_rows
from crm_desktop.services.customers import load_input
from crm_desktop.services.interactions import log_interaction
from tests.ui.conftest import wait_for_background
from tests.ui.customers_helpers import add, customers_view, names_in
from ui.customers.merge_dialog import MergeDialog


def select_rows(page, rows: list[int]) -> None:  # noqa: ANN001
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        page.table.selectionModel().select(page.model.index(row, 0), flags)


def test_merging_two_duplicates_keeps_the_busier_one_and_undo_splits_them_again(window, qtbot) -> None:  # noqa: ANN001
    typed = add("Rahim", phones=["01712345678"])
    imported = add("রহিম উদ্দিন", emails=["rahim@example.com"], company="রহিম ট্রেডার্স")
    log_interaction(imported, "call", body="asked for a price list")
    add("Someone else")
    view = customers_view(window, qtbot)
    page = view.list_page
    assert not page.merge_button.isEnabled()
    select_rows(page, [page.model.row_of(typed), page.model.row_of(imported)])
    assert page.merge_button.isEnabled()

    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(MergeDialog) is not None)
    dialog = page.findChild(MergeDialog)
    assert dialog.kept().id == imported  # the one with contacts is suggested
    assert "রহিম উদ্দিন" in dialog.choices.button(0).text()
    assert "1 contact, purchase or deal" in dialog.choices.button(0).text()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: count_customers() == 2)
    wait_for_background(qtbot, window.ctx)
    qtbot.waitUntil(lambda: sorted(names_in(view)) == ["Someone else", "রহিম উদ্দিন"])
    kept = load_input(imported)
    assert kept.phones == ["01712345678"] and kept.emails == ["rahim@example.com"]
    assert Customer.get_by_id(typed).deleted_at is not None
    assert window.message_label.text() == "Merged 2 customers into “রহিম উদ্দিন”."
    qtbot.waitUntil(lambda: page.selected_ids() == [imported])

    window.undo_last()
    qtbot.waitUntil(lambda: count_customers() == 3)
    assert load_input(imported).phones == [] and load_input(typed).phones == ["01712345678"]
    assert Interaction.get(Interaction.customer == imported)  # its own contact stayed
    qtbot.waitUntil(lambda: len(names_in(view)) == 3)


def test_choosing_the_other_customer_keeps_that_one(window, qtbot) -> None:  # noqa: ANN001
    first = add("Karim", phones=["01811111111"])
    second = add("Karim Stores")
    view = customers_view(window, qtbot)
    page = view.list_page
    select_rows(page, [0, 1])
    page.ask_merge()
    qtbot.waitUntil(lambda: page.findChild(MergeDialog) is not None)
    dialog = page.findChild(MergeDialog)
    ids = [c.id for c in dialog.candidates]
    dialog.choices.button(ids.index(second)).click()
    dialog.accept()
    qtbot.waitUntil(lambda: count_customers() == 1)
    assert load_input(second).phones == ["01811111111"]
    assert Customer.get_by_id(first).deleted_at is not None


def test_bulk_tagging_and_untagging_can_be_undone(window, qtbot) -> None:  # noqa: ANN001
    had = add("Has it", tags=["Eid list"])
    fresh = add("Fresh")
    view = customers_view(window, qtbot)
    page = view.list_page

    def tags() -> dict[int, str]:
        return {cid: row.tags for cid, row in customer_rows([had, fresh]).items()}

    select_rows(page, [0, 1])
    page.tag_selected("Eid list")
    wait_for_background(qtbot, window.ctx)  # the write and its message, delivered to the window
    assert tags()[fresh] == "Eid list"
    assert window.message_label.text() == "Tagged 1 customer “Eid list”."
    window.undo_last()
    qtbot.waitUntil(lambda: tags()[fresh] == "")
    assert tags()[had] == "Eid list"  # who had the tag before keeps it

    wait_for_background(qtbot, window.ctx)
    select_rows(page, [0, 1])
    page.untag_selected("Eid list")
    wait_for_background(qtbot, window.ctx)
    assert tags()[had] == ""
    assert window.message_label.text() == "Removed “Eid list” from 1 customer."
    window.undo_last()
    qtbot.waitUntil(lambda: tags()[had] == "Eid list")
    assert tags()[fresh] == ""


def test_possible_duplicates_are_found_merged_or_set_aside(window, qtbot) -> None:  # noqa: ANN001
    from ui.customers.duplicates_dialog import DuplicatesDialog

    rahim = add("Rahim", phones=["01712-345678"])
    twin = add("রহিম উদ্দিন", phones=["+8801712345678"])
    add("Karim Stores")
    add("Karim Stores")
    view = customers_view(window, qtbot)
    page = view.list_page

    qtbot.mouseClick(page.duplicates_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 2)
    assert dialog.summary.text() == (
        "2 groups of customers look like one person entered more than once; "
        "1 shares a phone or an email (listed first)."
    )
    first = dialog.list.item(0).text()
    assert first == "Rahim · রহিম উদ্দিন\nsame phone 01712-345678"  # a shared phone is the likelier
    assert dialog.list.item(1).text() == "Karim Stores · Karim Stores\nsame name"

    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)  # two shops of the same name
    qtbot.waitUntil(lambda: dialog.list.count() == 1)

    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(MergeDialog) is not None)
    merge_dialog = page.findChild(MergeDialog)
    assert {c.id for c in merge_dialog.candidates} == {rahim, twin}
    merge_dialog.accept()
    qtbot.waitUntil(lambda: count_customers() == 3)
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert dialog.summary.text().startswith("No duplicates found")


def test_duplicates_can_hide_groups_that_only_share_a_name(window, qtbot) -> None:  # noqa: ANN001
    from ui.customers.duplicates_dialog import DuplicatesDialog

    add("Rahim", phones=["01712-345678"])
    add("Rahim U.", phones=["+8801712345678"])
    for _ in range(2):
        add("Karim Stores")
        add("Nayeem Ahmed")
    view = customers_view(window, qtbot)
    page = view.list_page
    qtbot.mouseClick(page.duplicates_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 3)
    dialog.name_only_box.setChecked(False)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.list.item(0).text().startswith("Rahim · Rahim U.")
    assert "2 that only share a name are hidden" in dialog.summary.text()
    assert dialog.summary.text().startswith("3 groups")
    dialog.close()
