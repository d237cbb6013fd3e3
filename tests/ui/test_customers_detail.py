"""The customer page: profile, contact actions, the composer, the timeline, the add buttons."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from crm_desktop.db.models import Interaction, database_proxy
from crm_desktop.services.interactions import log_interaction
from crm_desktop.services.pipeline import DealInput, create_deal
from crm_desktop.services.purchases import record_purchase
from crm_desktop.services.tickets import open_ticket
from crm_desktop.timeutil import utcnow
from tests.ui.conftest import wait_for_background
from tests.ui.customers_helpers import add, customers_view
from ui.customers import contact_links
from ui.customers.timeline_model import PAGE_SIZE, TimelineModel


def open_page(window, qtbot, customer_id: int):  # noqa: ANN001, ANN201
    view = customers_view(window, qtbot)
    window.open_customer(customer_id)
    page = view.detail_page
    qtbot.waitUntil(lambda: page.profile is not None and page.profile.id == customer_id)
    wait_for_background(qtbot, window.ctx)
    return page


def first_row(model: TimelineModel) -> tuple[str, str]:
    index = model.index(0, 0)
    return model.data(index), model.data(index, TimelineModel.DetailRole)


def test_log_an_interaction_and_see_it_on_top(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim Stores", phones=["01712-345678"])
    log_interaction(cid, "sms", body="an older message", occurred_at=utcnow() - timedelta(days=3))
    page = open_page(window, qtbot, cid)
    assert page.timeline.rowCount() == 1

    composer = page.composer
    qtbot.mouseClick(next(b for b in composer.channels.buttons() if b.property("channel") == "whatsapp"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.keyClicks(composer.text, "Asked about the Eid order")
    qtbot.keyClick(composer.text, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: page.timeline.rowCount() == 2)
    assert first_row(page.timeline) == ("WhatsApp, outgoing", "Asked about the Eid order")
    assert composer.text.text() == ""  # ready for the next one
    stored = Interaction.get(Interaction.body == "Asked about the Eid order")
    assert (stored.channel, stored.direction) == ("whatsapp", "out")
    assert abs(stored.occurred_at - utcnow()) < timedelta(minutes=1)  # "now" by default
    qtbot.waitUntil(lambda: page.profile.last_contact_at is not None)


def test_an_empty_note_is_refused_in_place(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    page = open_page(window, qtbot, cid)
    page.composer.choose("note")
    qtbot.mouseClick(page.composer.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.composer.error.isVisible())
    assert page.composer.text.property("invalid") is True
    assert page.timeline.rowCount() == 0


def test_incoming_call_at_a_chosen_time(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    page = open_page(window, qtbot, cid)
    composer = page.composer
    composer.choose("call")
    composer.direction.setCurrentIndex(composer.direction.findData("in"))
    composer.when.setDateTime(composer.when.dateTime().addDays(-2))
    qtbot.keyClicks(composer.text, "Called to complain")
    qtbot.mouseClick(composer.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.timeline.rowCount() == 1)
    stored = Interaction.get()
    assert stored.direction == "in"
    assert timedelta(days=1, hours=23) < utcnow() - stored.occurred_at < timedelta(days=2, hours=1)


def test_contact_actions_open_links_and_log_the_contact(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    opened: list[str] = []
    monkeypatch.setattr(contact_links, "open_link", lambda url: opened.append(url) or True)
    cid = add("Karim", phones=["01712-345678"], emails=["karim@example.com"], facebook="fb.com/karim")
    page = open_page(window, qtbot, cid)

    def click(tip: str) -> None:  # the profile is rebuilt after each logged contact: find it anew
        wait_for_background(qtbot, window.ctx)
        buttons = page.profile_panel.findChildren(QToolButton)
        action = next(b for b in buttons if b.objectName() == "contactAction" and b.toolTip() == tip)
        qtbot.mouseClick(action, Qt.MouseButton.LeftButton)

    click("WhatsApp 01712-345678")
    assert opened == ["https://wa.me/8801712345678"]
    qtbot.waitUntil(lambda: "Logged: WhatsApp" in window.message_label.text())
    [logged] = Interaction.select().where(Interaction.customer == cid)
    assert (logged.channel, logged.direction) == ("whatsapp", "out")
    assert page.composer.channel() == "note" and page.composer.text.hasFocus()  # ready for what was said
    window.undo_last()  # the contact was logged by mistake: take it back
    qtbot.waitUntil(lambda: Interaction.get_by_id(logged.id).deleted_at is not None)
    for tip in ("Call 01712-345678", "Write to karim@example.com", "Open their Facebook page"):
        click(tip)
    assert opened[1:] == ["tel:+8801712345678", "mailto:karim@example.com", "https://fb.com/karim"]
    wait_for_background(qtbot, window.ctx)
    live = Interaction.select().where((Interaction.customer == cid) & Interaction.deleted_at.is_null())
    assert sorted(i.channel for i in live) == ["call", "email", "facebook"]


def test_links() -> None:
    assert contact_links.facebook_url("karim.traders") == "https://www.facebook.com/karim.traders"
    assert contact_links.facebook_url("https://facebook.com/x") == "https://facebook.com/x"
    assert contact_links.sms_url("+8801712345678") == "sms:+8801712345678"
    assert contact_links.tel_url("01712-345678") == "tel:01712345678"


def test_the_timeline_loads_more_as_you_scroll(window, qtbot, qtmodeltester) -> None:  # noqa: ANN001
    cid = add("Busy Customer")
    start = utcnow() - timedelta(days=200)
    with database_proxy.atomic():
        for i in range(PAGE_SIZE * 2 + 10):
            log_interaction(cid, "call", body=f"call {i}", occurred_at=start + timedelta(hours=i))
    page = open_page(window, qtbot, cid)
    model = page.timeline
    assert model.rowCount() == PAGE_SIZE
    assert first_row(model)[1] == f"call {PAGE_SIZE * 2 + 9}"  # newest first
    view = page.timeline_view
    while model.canFetchMore(QModelIndex()) or model.loading:
        view.scrollToBottom()
        qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == PAGE_SIZE * 2 + 10
    assert model.data(model.index(model.rowCount() - 1, 0), TimelineModel.DetailRole) == "call 0"
    qtmodeltester.check(model)


def test_every_kind_in_one_feed_and_the_kind_filter(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    base = datetime(2024, 1, 1, 10)
    log_interaction(cid, "visit", body="came by", occurred_at=base)
    record_purchase(cid, 150_000, description="Rice", occurred_at=base + timedelta(days=1))
    create_deal(DealInput(cid, "Eid order", value_minor=900_000))
    open_ticket(cid, "Late delivery")
    page = open_page(window, qtbot, cid)
    kinds = [page.timeline.data(page.timeline.index(r, 0), TimelineModel.KindRole) for r in range(4)]
    assert sorted(kinds) == ["interaction", "purchase", "stage_change", "ticket"]
    titles = {page.timeline.data(page.timeline.index(r, 0)) for r in range(4)}
    assert "Purchase: Rice" in titles and "Complaint: Late delivery" in titles
    purchases = next(b for b in page.kind_buttons.buttons() if b.property("kind") == "purchase")
    qtbot.mouseClick(purchases, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.timeline.rowCount() == 1 and not page.timeline.loading)
    index = page.timeline.index(0, 0)
    assert page.timeline.data(index, TimelineModel.AmountRole) == "৳1,500.00"
    assert page.profile.open_deals[0].title == "Eid order"
    assert [t.subject for t in page.profile.open_tickets] == ["Late delivery"]


def test_add_a_purchase_from_the_page(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    page = open_page(window, qtbot, cid)
    dialog = page.open_dialog("purchase")
    assert dialog is not None
    qtbot.keyClicks(dialog.amount, "1,2x0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["amount"].error.isVisible()  # refused before anything is written
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "2,500")
    qtbot.keyClicks(dialog.description, "Two sarees")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.profile.lifetime_value_minor == 250_000)
    qtbot.waitUntil(lambda: page.timeline.rowCount() == 1)
    assert page.timeline.data(page.timeline.index(0, 0)) == "Purchase: Two sarees"


def test_open_a_ticket_from_the_page(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    page = open_page(window, qtbot, cid)
    dialog = page.open_dialog("ticket")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.fields["subject"].error.isVisible())  # the service refused
    qtbot.keyClicks(dialog.subject, "Wrong size delivered")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [t.subject for t in page.profile.open_tickets] == ["Wrong size delivered"])


@pytest.mark.parametrize("key", ["task", "deal"])
def test_task_and_deal_buttons_open_the_other_views_dialogs(window, qtbot, key) -> None:  # noqa: ANN001
    cid = add("Karim")
    page = open_page(window, qtbot, cid)
    button = page.add_buttons[key]
    if not button.isEnabled():
        pytest.skip(f"the {key} dialog has not landed yet")
    dialog = page.open_dialog(key)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_back_and_alt_left_return_to_the_list(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    page = open_page(window, qtbot, cid)
    view = window.view("customers")
    qtbot.keyClick(page.composer.text, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_page() is view.list_page
    window.open_customer(cid)
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert view.current_page() is view.list_page


def test_the_changes_filter_shows_who_changed_what(window, qtbot) -> None:  # noqa: ANN001
    from crm_desktop.services.customers import load_input, update_customer

    cid = add("Karim Stores", phones=["01712-345678"])
    data = load_input(cid)
    data.display_name = "করিম স্টোর"
    update_customer(cid, data)
    page = open_page(window, qtbot, cid)
    kinds = {page.timeline.data(page.timeline.index(r, 0), TimelineModel.KindRole)
             for r in range(page.timeline.rowCount())}  # fmt: skip
    assert "audit" not in kinds  # the everyday feed stays about the customer, not the record
    changes = next(b for b in page.kind_buttons.buttons() if b.property("kind") == "audit")
    qtbot.mouseClick(changes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.timeline.rowCount() == 2 and not page.timeline.loading)
    title, detail = first_row(page.timeline)
    assert title == "Details changed · by Owner"
    assert "Karim Stores → করিম স্টোর" in detail


def test_a_mistyped_purchase_is_deleted_from_the_timeline_and_undo_restores_it(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    record_purchase(cid, 2_500_00, description="Two sarees")
    record_purchase(cid, 25_000_00, description="typo", occurred_at=utcnow() + timedelta(minutes=1))
    page = open_page(window, qtbot, cid)
    qtbot.waitUntil(lambda: page.timeline.rowCount() == 2)
    assert page.profile.lifetime_value_minor == 27_500_00

    view = page.timeline_view
    view.setCurrentIndex(page.timeline.index(0, 0))  # the newest: the typo
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.timeline.rowCount() == 1)
    qtbot.waitUntil(lambda: page.profile.lifetime_value_minor == 2_500_00)
    assert window.message_label.text() == "Deleted a purchase; the totals no longer count it."

    window.undo_last()
    qtbot.waitUntil(lambda: page.timeline.rowCount() == 2)
    qtbot.waitUntil(lambda: page.profile.lifetime_value_minor == 27_500_00)


def test_the_timeline_menu_deletes_a_contact_but_not_a_ticket(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Karim")
    open_ticket(cid, "Fan rattles")
    log_interaction(cid, "call", body="wrong customer", occurred_at=utcnow() + timedelta(minutes=1))
    page = open_page(window, qtbot, cid)
    qtbot.waitUntil(lambda: page.timeline.rowCount() == 2)
    actions = page.timeline_actions
    assert actions.menu_for(page.timeline.index(1, 0)) is None  # the ticket: closed, not deleted

    menu = actions.menu_for(page.timeline.index(0, 0))
    assert [a.text() for a in menu.actions()] == ["Delete this contact"]
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: page.timeline.rowCount() == 1)
    assert Interaction.get(Interaction.customer == cid).deleted_at is not None


def test_lifetime_value_says_it_counts_purchases_when_a_won_deal_leaves_it_at_zero(window, qtbot) -> None:  # noqa: ANN001
    cid = add("Big Deal Customer")
    page = open_page(window, qtbot, cid)
    note = page.profile_panel.lifetime_note
    assert note is not None and "purchases" in note.text() and "won deal" in note.text()
    record_purchase(cid, 125_000_00)
    from crm_desktop.services.changes import Changes

    window.ctx.announce(Changes.of("purchase", customers=[cid]))
    qtbot.waitUntil(lambda: page.profile is not None and page.profile.lifetime_value_minor > 0)
    wait_for_background(qtbot, window.ctx)
    assert page.profile_panel.lifetime_note is None


def test_ctrl_e_edits_the_customer_even_from_the_text_field(window, qtbot) -> None:  # noqa: ANN001
    """Ctrl+E was also File › Export: two owners of one shortcut, so neither ran (issue 17)."""
    from PySide6.QtTest import QTest

    from ui.customers.customer_dialog import CustomerDialog

    cid = add("Karim")
    page = open_page(window, qtbot, cid)
    window.show()
    page.composer.text.setFocus()
    qtbot.waitUntil(page.composer.text.hasFocus)
    QTest.keyClick(page.composer.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.view("customers").findChild(CustomerDialog) is not None)
    window.view("customers").findChild(CustomerDialog).reject()
    shortcuts = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert shortcuts.count("Ctrl+E") == 0 and "Ctrl+Shift+E" in shortcuts  # Export moved aside
