"""Issue 15, shape 1, in the window: a number or address we cannot verify is saved, clearly marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton

from crm_desktop.db.models import CustomerEmail, CustomerPhone
from crm_desktop.services.customers import load_input
from tests.ui.conftest import wait_for_background
from tests.ui.customers_helpers import customers_view, names_in


def test_an_odd_phone_and_email_are_saved_with_a_note_and_shown_not_verified(window, qtbot) -> None:  # noqa: ANN001
    view = customers_view(window, qtbot)
    dialog = view.new_customer()
    qtbot.keyClicks(dialog.name, "Karim")
    phone = dialog.phones.rows[0]
    qtbot.keyClicks(phone.edit, "121")  # a short code: no country gives out such a number
    phone.edit.editingFinished.emit()
    assert phone.note.isVisible() and "not verified" in phone.note.text() and "121" in phone.note.text()
    assert not phone.error.isVisible() and phone.edit.property("invalid") is not True
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.phones.rows[1].edit, "01712-345678")
    dialog.phones.rows[1].edit.editingFinished.emit()
    assert not dialog.phones.rows[1].note.isVisible()
    email = dialog.emails.rows[0]
    qtbot.keyClicks(email.edit, "karim@@example")
    email.edit.editingFinished.emit()
    assert email.note.isVisible() and "not verified" in email.note.text()
    assert not email.error.isVisible()
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    cid = saved.args[0]
    qtbot.waitUntil(lambda: "Karim" in names_in(view))
    assert [p.e164 for p in CustomerPhone.select().where(CustomerPhone.customer == cid)] == ["+8801712345678"]
    assert CustomerEmail.select().where(CustomerEmail.customer == cid).count() == 0  # never written to
    assert load_input(cid).phones == ["01712-345678", "121"]

    window.open_customer(cid)
    page = view.detail_page
    qtbot.waitUntil(lambda: page.profile is not None and page.profile.id == cid)
    wait_for_background(qtbot, window.ctx)
    panel = page.profile_panel
    [odd_phone] = [w for w in panel.findChildren(QLabel) if w.text() == "121 (not verified)"]
    [odd_email] = [w for w in panel.findChildren(QLabel) if w.text() == "karim@@example (not verified)"]
    row = odd_phone.parentWidget()
    assert row.objectName() == "unverifiedPhone" and "never dialled" in row.toolTip()
    assert row.findChildren(QToolButton) == []  # nothing to call, text or WhatsApp
    assert odd_email.parentWidget().findChildren(QToolButton) == []
    tips = [b.toolTip() for b in panel.findChildren(QToolButton) if b.objectName() == "contactAction"]
    assert not any("121" in tip or "karim@@" in tip for tip in tips)

    edit = view.edit_customer(cid)  # editing shows the kept value in its own line, with the note
    rows = edit.phones.rows
    assert [r.edit.text() for r in rows] == ["01712-345678", "121"]
    assert rows[1].note.isVisible() and not rows[0].note.isVisible()
    assert edit.emails.rows[0].note.isVisible()
    edit.reject()
