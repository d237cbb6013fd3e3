"""Tickets: a customer's complaints and requests, and their status."""

from __future__ import annotations

from crm_desktop.automation import events
from crm_desktop.db.models import Customer, Ticket
from crm_desktop.domain import PRIORITIES, TICKET_KINDS, TICKET_OPEN_STATUSES, TICKET_STATUSES
from crm_desktop.services import input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.services.ticket_desk import due_time
from crm_desktop.timeutil import utcnow


def open_ticket(
    customer_id: int,
    subject: str,
    *,
    kind: str = "complaint",
    body: str = "",
    priority: int = 1,
    assignee_id: int | None = None,
) -> Outcome[int]:
    errors = input_rules.check_lines(subject=subject) + input_rules.check_texts(body=body)
    if not subject.strip():
        errors.append(FieldError("subject", "a ticket needs a subject"))
    if kind not in TICKET_KINDS:
        errors.append(FieldError("kind", f"'{kind}' is not one of {', '.join(TICKET_KINDS)}"))
    if priority not in PRIORITIES:
        errors.append(FieldError("priority", "the priority must be low, normal or high"))
    if not Customer.select().where((Customer.id == customer_id) & Customer.deleted_at.is_null()).exists():
        errors.append(FieldError("customer_id", f"customer {customer_id} does not exist"))
    if errors:
        raise ValidationError(errors)
    ticket = Ticket.create(
        customer=customer_id,
        subject=subject.strip(),
        kind=kind,
        body=body.strip(),
        priority=priority,
        assignee=assignee_id,
        due_at=due_time(priority),
    )
    events.emit("ticket", ticket.id)
    return Outcome(ticket.id, Changes.of("ticket", customers=[customer_id]))


def set_status(ticket_id: int, status: str) -> Outcome[int]:
    if status not in TICKET_STATUSES:
        raise ValidationError.single("status", f"'{status}' is not one of {', '.join(TICKET_STATUSES)}")
    ticket = Ticket.get_or_none((Ticket.id == ticket_id) & Ticket.deleted_at.is_null())
    if ticket is None:
        raise NotFoundError(f"ticket {ticket_id} does not exist")
    closed = None if status in TICKET_OPEN_STATUSES else (ticket.closed_at or utcnow())
    Ticket.update(status=status, closed_at=closed).where(Ticket.id == ticket_id).execute()
    return Outcome(ticket_id, Changes.of("ticket", customers=[ticket.customer_id]))
