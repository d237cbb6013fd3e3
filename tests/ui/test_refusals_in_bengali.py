"""What the services say when they refuse an input reads in Bengali in the Bengali window
(a future birthday, an empty ticket, a stage that still has deals…), and as before in English."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from crm_desktop.db.models import Customer, Interaction, Purchase, Ticket
from crm_desktop.services import customers
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.goals import goals_between
from tests.ui.conftest import wait_for_background
from tests.ui.pipeline_helpers import add_customer, add_deal, stage_ids
from ui import i18n
from ui.context import AppContext
from ui.customers.composer import InteractionComposer
from ui.customers.customer_dialog import CustomerDialog
from ui.dialogs.purchase_dialog import PurchaseDialog
from ui.dialogs.ticket_dialog import TicketDialog
from ui.pipeline.stage_editor import StageEditorDialog
from ui.reports.goals_dialog import GoalsDialog


def save(dialog, qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)


def test_a_birthday_in_the_future_is_refused_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("রহিম")
    next_year = date.today() + timedelta(days=400)
    dialog.birthday.setText(f"{next_year.day}/{next_year.month}/{next_year.year}")
    save(dialog, qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.fields["birthday"].error.isVisible())
    assert dialog.fields["birthday"].error.text() == "জন্মদিন ভবিষ্যতের তারিখে পড়েছে।"
    assert Customer.select().count() == 0


def test_a_name_too_long_and_an_unknown_kind_read_in_bengali(ctx: AppContext, bengali: None) -> None:
    with pytest.raises(ValidationError) as refused:
        customers.validate(CustomerInput(given_name="ক" * 200, family_name="খ" * 100, kind="robot"))
    assert [i18n.translated(e.message) for e in refused.value.errors] == [
        "নামটি ২৫৫ অক্ষরের চেয়ে লম্বা",
        "'robot' এগুলোর কোনোটি নয়: person, business",
    ]


def test_an_empty_ticket_and_a_zero_sale_are_refused(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    customer = add_customer()
    ticket = TicketDialog(ctx, None, customer)
    qtbot.addWidget(ticket)
    ticket.show()
    save(ticket, qtbot, ctx)
    qtbot.waitUntil(lambda: ticket.fields["subject"].error.isVisible())
    assert ticket.fields["subject"].error.text() == "টিকেটের একটি বিষয় দিন।"
    assert Ticket.select().count() == 0

    sale = PurchaseDialog(ctx, None, customer)
    qtbot.addWidget(sale)
    sale.show()
    qtbot.keyClicks(sale.amount, "0")
    save(sale, qtbot, ctx)
    qtbot.waitUntil(lambda: sale.fields["amount"].error.isVisible())
    assert sale.fields["amount"].error.text() == "পরিমাণ শূন্য; টাকার অঙ্ক লিখুন।"
    assert Purchase.select().count() == 0


def test_an_empty_note_is_refused_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    composer = InteractionComposer(ctx)
    qtbot.addWidget(composer)
    composer.show()
    composer.set_customer(add_customer())
    composer.choose("note")
    composer.submit()
    wait_for_background(qtbot, ctx)
    qtbot.waitUntil(lambda: composer.error.isVisible())
    assert composer.error.text() == "নোটে কিছু লেখা থাকতে হবে"
    assert Interaction.select().count() == 0


def delete_with_deals(ctx: AppContext, qtbot) -> StageEditorDialog:  # noqa: ANN001
    add_deal(add_customer(), "Ceiling fans", "Qualified")
    editor = StageEditorDialog(ctx, 1)
    qtbot.addWidget(editor)
    editor.show()
    wait_for_background(qtbot, ctx)
    row = [s.name for s in editor.model.stages()].index("Qualified")
    editor.table.selectRow(row)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)
    return editor


def test_a_stage_that_still_has_deals_says_so_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    editor = delete_with_deals(ctx, qtbot)
    assert editor.error_label.text() == "‘যাচাইকৃত’ ধাপে এখনও ডিল আছে; আগে সেগুলো অন্য ধাপে সরান।"
    assert "Qualified" in stage_ids()


def test_in_english_the_stage_editor_says_it_without_the_field_name(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    editor = delete_with_deals(ctx, qtbot)
    assert editor.error_label.text() == "'Qualified' still has deals; move them first."


def test_a_negative_or_mistyped_goal_is_explained_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    month = date.today().replace(day=1)
    dialog = GoalsDialog(ctx, month, "bn")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_background(qtbot, ctx)
    dialog.revenue.setText("-500")
    dialog.save()
    wait_for_background(qtbot, ctx)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "লক্ষ্য শূন্যের বেশি হতে হবে (লক্ষ্য না চাইলে ঘরটি ফাঁকা রাখুন)"
    dialog.revenue.setText("5..00")
    dialog.save()
    assert dialog.error.text().startswith("'5..00' সঠিক পরিমাণ নয়")
    key = f"{month.year:04d}-{month.month:02d}"
    assert goals_between(key, key) == []
