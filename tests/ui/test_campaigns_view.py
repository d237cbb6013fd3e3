"""The Campaigns view: a segment and its customers, a template's live preview, a campaign, the outbox."""

from __future__ import annotations

import pytest

from crm_desktop.db.models import Customer, Interaction, OutboxMessage
from crm_desktop.email import outbox
from crm_desktop.email.template_store import save_template
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.segments import SegmentFilter, save_segment
from tests.ui.conftest import wait_for_background
from ui.campaigns.view import CampaignsView
from ui.customers import contact_links


class Navigator:
    def __init__(self) -> None:
        self.shown: list[tuple[frozenset[int] | None, str]] = []
        self.messages: list[str] = []

    def open_customer(self, customer_id: int) -> None: ...
    def show_view(self, name: str) -> None: ...

    def show_customers(self, *, ids: frozenset[int] | None = None, title: str = "") -> None:
        self.shown.append((ids, title))

    def show_message(self, text: str, undo: object = None, **_: object) -> None:
        self.messages.append(text)


@pytest.fixture
def view(ctx, qtbot):  # noqa: ANN001, ANN201
    ctx.navigator = Navigator()
    widget = CampaignsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    wait_for_background(qtbot, ctx)
    return widget


def person(name: str, **kwargs: object) -> int:
    return create_customer(CustomerInput(display_name=name, **kwargs)).value  # type: ignore[arg-type]


def test_a_segment_counts_as_you_type_and_shows_its_customers(ctx, qtbot, view) -> None:  # noqa: ANN001
    vip = person("রহিম", tags=["VIP"], emails=["r@example.com"])
    person("Karim", tags=["VIP"])
    person("Salma")
    tab = view.show_tab("segments")
    tab.new_segment()
    tab.name.setText("VIP with email")
    tab.tags.setText("vip")
    qtbot.waitUntil(lambda: "2" in tab.count.text(), timeout=3000)
    tab.has_email.setCurrentIndex(tab.has_email.findData(True))  # must have an email address
    qtbot.waitUntil(lambda: tab.matching == frozenset({vip}), timeout=3000)
    tab.show_button.click()
    assert ctx.navigator.shown == [(frozenset({vip}), "VIP with email")]
    tab.save()
    wait_for_background(qtbot, ctx)
    assert [tab.list.item(i).text() for i in range(tab.list.count())] == ["VIP with email"]


def test_the_template_preview_and_unknown_placeholders(ctx, qtbot, view) -> None:  # noqa: ANN001
    tab = view.show_tab("templates")
    tab.new_template()
    tab.name.setText("Eid")
    tab.subject.setText("ঈদ মোবারক, {first_name}!")
    tab.body.setPlainText("Dear {name}, from {shop}")
    tab.update_preview()
    assert "{shop}" in tab.error.text() and tab.error.isVisible()
    tab.body.setPlainText("Dear {name}, from {shop_name}")
    tab.update_preview()
    assert not tab.error.isVisible()
    assert tab.preview_subject.text() == "ঈদ মোবারক, Rahim!"
    tab.save()
    wait_for_background(qtbot, ctx)
    assert tab.list.count() == 1


def test_send_a_campaign_then_open_an_email_in_the_mail_program(ctx, qtbot, view, monkeypatch) -> None:  # noqa: ANN001
    rahim = person("Rahim", emails=["r@example.com"])
    quiet = person("Quiet", emails=["q@example.com"])
    Customer.update(do_not_contact=True).where(Customer.id == quiet).execute()
    save_segment("Everyone", SegmentFilter())
    save_template("Eid", "Eid Mubarak {first_name}", "Hello {name}")
    tab = view.show_tab("campaigns")
    tab.reload()
    wait_for_background(qtbot, ctx)
    tab.name.setText("Eid 2026")
    monkeypatch.setattr("ui.campaigns.campaigns_tab.QMessageBox.question", lambda *a: tab_yes())
    tab.send()
    wait_for_background(qtbot, ctx)
    assert [(m.customer_id, m.subject) for m in OutboxMessage.select()] == [(rahim, "Eid Mubarak Rahim")]
    assert (
        "1 emails queued" in ctx.navigator.messages[-1]
        and "1 asked not to be contacted" in ctx.navigator.messages[-1]
    )
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "1"
    assert [tab.quiet.item(i).text() for i in range(tab.quiet.count())] == ["Quiet"]

    box = view.show_tab("outbox")
    box.reload()
    wait_for_background(qtbot, ctx)
    assert box.banner.isVisible()  # no SMTP account: say so
    opened: list[str] = []
    monkeypatch.setattr(contact_links, "open_link", lambda url: opened.append(url) or True)
    box.table.selectRow(0)
    box.open_in_mail_program()
    wait_for_background(qtbot, ctx)
    assert opened == ["mailto:r@example.com?subject=Eid%20Mubarak%20Rahim&body=Hello%20Rahim"]
    assert outbox.counts()["queued"] == 0
    assert Interaction.get(Interaction.customer == rahim).channel == "email"


def tab_yes():  # noqa: ANN201
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.StandardButton.Yes


def test_placeholder_chips_are_shown_whole_in_a_narrow_window(ctx, qtbot, view) -> None:  # noqa: ANN001
    from crm_desktop.resources import resource_path

    view.setStyleSheet(resource_path("styles", "app.qss").read_text(encoding="utf-8"))
    view.resize(1090, 640)  # the view's share of a 1280×720 window
    tab = view.show_tab("templates")
    qtbot.wait(50)
    chips = tab.placeholder_chips
    assert len(chips) >= 10
    for chip in chips:
        needed = chip.fontMetrics().horizontalAdvance(chip.text())
        assert chip.width() >= needed + 16, chip.text()  # its text and both paddings: not "{fir…ame}"
        assert chip.geometry().right() <= chip.parentWidget().width()
    tops = {chip.geometry().top() for chip in chips}
    assert len(tops) >= 2  # they wrapped onto more lines instead of shrinking
    for a in chips:
        for b in chips:
            assert a is b or not a.geometry().intersects(b.geometry())


def test_campaigns_says_to_make_a_segment_and_a_template_first(ctx, qtbot, view) -> None:  # noqa: ANN001
    tab = view.show_tab("campaigns")
    wait_for_background(qtbot, ctx)
    assert not tab.send_button.isEnabled()
    assert tab.setup_hint.isVisible() and "Segments tab" in tab.setup_hint.text()
    assert "Email templates tab" in tab.setup_hint.text()


def test_reachable_says_its_choice_in_words(ctx, qtbot, view) -> None:  # noqa: ANN001
    tab = view.show_tab("segments")
    assert tab.has_email.isEnabled()
    assert tab.has_email.currentText() == "with or without an email address"
    assert [tab.has_phone.itemText(i) for i in range(tab.has_phone.count())] == [
        "with or without a phone number",
        "must have a phone number",
        "without a phone number",
    ]
