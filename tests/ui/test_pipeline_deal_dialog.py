"""The new-deal dialog: typed amounts, inline errors, picking a customer by search, the board follows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from crm_desktop.db.models import Deal, User
from tests.ui.conftest import wait_for_background
from tests.ui.pipeline_helpers import RecordingNavigator, add_customer, stage_ids
from ui.context import AppContext
from ui.dialogs.deal_dialog import DealDialog


def new_dialog(ctx: AppContext, qtbot, **kwargs: object) -> DealDialog:  # noqa: ANN001
    ctx.navigator = RecordingNavigator()
    dialog = DealDialog(ctx, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_text(widget: QWidget, text: str) -> None:
    """Type like a Bengali keyboard does: key events that carry the text (QTest maps Latin keys only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def save(dialog: DealDialog, qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)


def test_a_deal_for_a_given_customer_with_a_bengali_amount(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    customer = add_customer("ফাতেমা চৌধুরী")
    owner = User.create(name="Nusrat").id
    dialog = new_dialog(ctx, qtbot, customer_id=customer)
    assert dialog.fields["customer_id"].editor.text() == "ফাতেমা চৌধুরী"
    dialog.title_edit.setText("School uniforms")
    dialog.value_edit.setText("১,৫০,০০০")
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(stage_ids()["Quote sent"]))
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(owner))
    dialog.close_check.setChecked(True)
    dialog.close_date.setDate(QDate(2025, 12, 31))

    save(dialog, qtbot, ctx)

    deal = Deal.get()
    assert (deal.title, deal.value_minor, deal.currency) == ("School uniforms", 1_50_000_00, "BDT")
    assert (deal.stage_id, deal.owner_id, deal.expected_close) == (
        stage_ids()["Quote sent"],
        owner,
        date(2025, 12, 31),
    )
    assert not dialog.isVisible()


def test_a_bad_amount_and_a_missing_title_are_shown_under_their_fields(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    dialog = new_dialog(ctx, qtbot, customer_id=add_customer())
    dialog.value_edit.setText("12.34.56")

    save(dialog, qtbot, ctx)

    assert dialog.isVisible() and Deal.select().count() == 0
    assert "not an amount" in dialog.fields["value"].error.text()
    assert dialog.fields["title"].error.text() == "A deal needs a title."
    assert dialog.value_edit.text() == "12.34.56"  # what was typed stays


def test_without_a_customer_the_picker_finds_one_by_name(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    add_customer("Karim Sarkar")
    rahim = add_customer("রহিম আহমেদ")
    dialog = new_dialog(ctx, qtbot)
    dialog.title_edit.setText("Ceiling fans")
    save(dialog, qtbot, ctx)
    assert dialog.fields["customer_id"].error.text() == "Choose a customer from the list."

    picker = dialog.customer_picker
    picker.setFocus()
    type_text(picker, "রহিম")
    qtbot.waitUntil(lambda: picker.completer_.popup().isVisible())
    popup = picker.completer_.popup()
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.customer_id == rahim and picker.text() == "রহিম আহমেদ"

    save(dialog, qtbot, ctx)
    assert Deal.get().customer_id == rahim


def test_new_deal_from_the_board_starts_in_the_first_stage_and_appears_there(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    from tests.ui.test_pipeline_view import open_board, titles

    customer = add_customer()
    ctx.navigator = RecordingNavigator()
    view = open_board(ctx, qtbot)
    qtbot.mouseClick(view.new_deal_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(DealDialog)
    assert dialog is not None and dialog.stage_combo.currentData() == stage_ids()["New lead"]
    dialog.customer_picker.set_customer(customer, "রহিম আহমেদ")
    dialog.title_edit.setText("Sofa set")
    dialog.value_edit.setText("45,000")

    save(dialog, qtbot, ctx)

    assert titles(view, "New lead") == ["Sofa set"]
    column = view.columns[stage_ids()["New lead"]]
    assert (column.totals_label.full_text, column.detail_label.full_text) == ("৳45K", "weighted ৳4.5K")


def test_a_task_for_a_deal_from_the_card_menu(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    from crm_desktop.db.models import Task
    from tests.ui.pipeline_helpers import add_deal
    from tests.ui.test_pipeline_view import open_board
    from ui.dialogs.task_dialog import TaskDialog

    customer = add_customer("ফাতেমা চৌধুরী")
    deal = add_deal(customer, "Ceiling fans", "Quote sent")
    ctx.navigator = RecordingNavigator()
    view = open_board(ctx, qtbot)
    next(a for a in view.card_menu(deal).actions() if a.text() == "Add a task…").trigger()
    dialog = view.findChild(TaskDialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "ফাতেমা চৌধুরী" in labels and "Ceiling fans" in labels
    dialog.title_edit.setText("Send the quote")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)

    task = Task.get()
    assert (task.title, task.deal_id, task.customer_id) == ("Send the quote", deal, customer)


def test_the_customer_picker_shows_the_number_as_people_write_it(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    from crm_desktop.services.customers import CustomerInput, create_customer
    from ui.pipeline.customer_picker import CustomerPicker

    create_customer(CustomerInput(display_name="Salma Begum", phones=["01712-345678"]))
    picker = CustomerPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    picker.setText("Salma")
    picker.search_now()
    qtbot.waitUntil(lambda: picker.suggestions.rowCount() == 1)
    shown = picker.suggestions.item(0).text()
    assert "+880" not in shown and "01712-345678" in shown
