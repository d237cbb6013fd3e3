"""The customer dialog never saves over a change made since it opened (issue 16, item 3): the
field both changed shows the stored value under it; saving again keeps what the user typed."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from crm_desktop.services.customers import CustomerInput, create_customer, load_input, update_customer
from tests.ui.conftest import wait_for_background
from ui.context import AppContext
from ui.customers.customer_dialog import CustomerDialog


def test_a_name_changed_elsewhere_meanwhile_is_shown_not_overwritten(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    cid = create_customer(CustomerInput(display_name="Rahim", city="Dhaka")).value
    dialog = CustomerDialog(ctx, None, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    other = load_input(cid)  # another window saves first: a new name and a new city
    update_customer(
        cid, dataclasses.replace(other, display_name="Rahim Uddin", city="Sylhet"), expected=other
    )
    dialog.name.setText("Rahim Ahmed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.fields["display_name"].error.isVisible())
    shown = dialog.fields["display_name"].error.text()
    assert "Changed by another window or program since you opened it" in shown and "Rahim Uddin" in shown
    assert load_input(cid).display_name == "Rahim Uddin"  # nothing overwritten
    assert dialog.name.text() == "Rahim Ahmed"  # nothing typed lost
    assert dialog.city.text() == "Sylhet"  # the other's change to a field not touched here
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the user chooses theirs
    wait_for_background(qtbot, ctx)
    now = load_input(cid)
    assert (now.display_name, now.city) == ("Rahim Ahmed", "Sylhet")  # the other's city is kept
