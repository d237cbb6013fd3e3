"""The Tickets view: overdue in red, filters, the status flow, due times per priority."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from crm_desktop.db.models import Ticket
from crm_desktop.services import ticket_desk, tickets
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.timeutil import utcnow
from tests.ui.conftest import wait_for_background
from ui.tickets.model import OVERDUE_BACKGROUND
from ui.tickets.view import TicketsView


def make_tickets() -> tuple[int, int]:
    cid = create_customer(CustomerInput(display_name="রহিম উদ্দিন")).value
    late = tickets.open_ticket(cid, "চালের বস্তা ছেঁড়া", priority=2).value
    Ticket.update(due_at=utcnow() - timedelta(hours=5)).where(Ticket.id == late).execute()
    fresh = tickets.open_ticket(cid, "Need an invoice", kind="request", priority=0).value
    return late, fresh


def test_overdue_first_and_red_and_the_filter(ctx, qtbot) -> None:  # noqa: ANN001
    late, _fresh = make_tickets()
    view = TicketsView(ctx)
    qtbot.addWidget(view)
    wait_for_background(qtbot, ctx)
    model = view.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["চালের বস্তা ছেঁড়া", "Need an invoice"]
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "5 h late" in model.index(0, 6).data()
    assert "1 overdue" in view.summary.text()
    view.overdue.setChecked(True)
    wait_for_background(qtbot, ctx)
    assert model.rowCount() == 1
    view.overdue.setChecked(False)
    view.kind.setCurrentIndex(view.kind.findData("request"))
    wait_for_background(qtbot, ctx)
    assert [r.subject for r in model.rows] == ["Need an invoice"]


def test_the_status_flow_with_one_button(ctx, qtbot) -> None:  # noqa: ANN001
    late, _fresh = make_tickets()
    view = TicketsView(ctx)
    qtbot.addWidget(view)
    wait_for_background(qtbot, ctx)
    view.status.setCurrentIndex(view.status.count() - 1)  # all
    wait_for_background(qtbot, ctx)
    view.table.selectRow(0)
    for expected, label in (("in_progress", "Start"), ("resolved", "Resolve"), ("closed", "Close")):
        assert view.advance_button.text() == label
        view.advance_button.click()
        wait_for_background(qtbot, ctx)
        assert Ticket.get_by_id(late).status == expected
    assert not view.advance_button.isEnabled() and view.reopen_button.isEnabled()
    view.reopen_button.click()
    wait_for_background(qtbot, ctx)
    assert Ticket.get_by_id(late).status == "open" and Ticket.get_by_id(late).closed_at is None


def test_due_times_per_priority(ctx, qtbot) -> None:  # noqa: ANN001
    view = TicketsView(ctx)
    qtbot.addWidget(view)
    dialog = view.edit_due_times()
    dialog.spins[2].setValue(2)
    dialog.save()
    wait_for_background(qtbot, ctx)
    assert ticket_desk.due_hours(2) == 2
    cid = create_customer(CustomerInput(display_name="Karim")).value
    ticket = Ticket.get_by_id(tickets.open_ticket(cid, "Urgent", priority=2).value)
    assert ticket.due_at - ticket.opened_at == timedelta(hours=2)
