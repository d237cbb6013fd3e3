"""Tickets: a customer's complaints and requests, and their status."""

from __future__ import annotations

from crm_desktop.automation import events
from crm_desktop.db.models import Customer, Ticket
from crm_desktop.domain import PRIORITIES, TICKET_KINDS, TICKET_OPEN_STATUSES, TICKET_STATUSES
from crm_desktop.services import input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.services.ticket_desk import NO_TICKET, due_time
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP

TICKET_NEEDS_SUBJECT = QT_TRANSLATE_NOOP("InputRules", "a ticket needs a subject")


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
        errors.append(FieldError("subject", TICKET_NEEDS_SUBJECT))
    if kind not in TICKET_KINDS:
        errors.append(FieldError("kind", input_rules.not_one_of(kind, TICKET_KINDS)))
    if priority not in PRIORITIES:
        errors.append(FieldError("priority", input_rules.PRIORITY_CHOICES))
    if not Customer.select().where((Customer.id == customer_id) & Customer.deleted_at.is_null()).exists():
        errors.append(FieldError("customer_id", input_rules.NO_CUSTOMER.format(id=customer_id)))
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
        raise ValidationError.single("status", input_rules.not_one_of(status, TICKET_STATUSES))
    ticket = Ticket.get_or_none((Ticket.id == ticket_id) & Ticket.deleted_at.is_null())
    if ticket is None:
        raise NotFoundError(NO_TICKET.format(id=ticket_id))
    closed = None if status in TICKET_OPEN_STATUSES else (ticket.closed_at or utcnow())
    Ticket.update(status=status, closed_at=closed).where(Ticket.id == ticket_id).execute()
    return Outcome(ticket_id, Changes.of("ticket", customers=[ticket.customer_id]))
