"""The ticket desk: due times by priority, the filtered list, assigning and re-prioritising.

A ticket is due a number of hours after it was opened, set per priority in
the settings (``ticket_due_hours_0`` … ``_2``; 72 h low, 24 h normal, 4 h
high by default). The due time is fixed when the ticket is opened (or its
priority changed), so changing the setting later does not move old tickets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import JOIN

from crm_desktop.db.models import Customer, Setting, Ticket, User, database_proxy, tuples
from crm_desktop.domain import PRIORITIES, TICKET_OPEN_STATUSES, TICKET_STATUSES
from crm_desktop.services import input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP

DEFAULT_DUE_HOURS = {0: 72, 1: 24, 2: 4}
MAX_DUE_HOURS = 24 * 365
NO_TICKET = QT_TRANSLATE_NOOP("InputRules", "ticket {id} does not exist")
HOURS_RANGE = QT_TRANSLATE_NOOP("InputRules", "the time to answer must be 1 to {limit} hours")


def _key(priority: int) -> str:
    return f"ticket_due_hours_{priority}"


def due_hours(priority: int) -> int:
    row = Setting.get_or_none(Setting.key == _key(priority))
    try:
        return int(row.value) if row else DEFAULT_DUE_HOURS.get(priority, 24)
    except ValueError:
        return DEFAULT_DUE_HOURS.get(priority, 24)


def set_due_hours(priority: int, hours: int) -> Outcome[int]:
    if priority not in PRIORITIES:
        raise ValidationError.single("priority", input_rules.PRIORITY_CHOICES)
    if not 1 <= hours <= MAX_DUE_HOURS:
        raise ValidationError.single("hours", HOURS_RANGE.format(limit=MAX_DUE_HOURS))
    Setting.insert(key=_key(priority), value=str(hours)).on_conflict_replace().execute()
    return Outcome(hours, Changes.of("setting", "ticket"))


def due_time(priority: int, opened_at: datetime | None = None) -> datetime:
    return (opened_at or utcnow()) + timedelta(hours=due_hours(priority))


def fill_missing_due_times() -> Outcome[int]:
    """Tickets saved without a due time (by an import, or an older version) get one from their priority."""
    filled = 0
    with database_proxy.atomic():
        for ticket in Ticket.select(Ticket.id, Ticket.priority, Ticket.opened_at).where(
            Ticket.due_at.is_null()
        ):
            Ticket.update(due_at=due_time(ticket.priority, ticket.opened_at)).where(
                Ticket.id == ticket.id
            ).execute()
            filled += 1
    return Outcome(filled, Changes.of("ticket") if filled else Changes())


@dataclass(frozen=True)
class TicketFilter:
    statuses: tuple[str, ...] = TICKET_OPEN_STATUSES
    kind: str | None = None
    priority: int | None = None
    assignee_id: int | None = None
    overdue_only: bool = False
    customer_id: int | None = None


@dataclass(frozen=True)
class TicketRow:
    id: int
    customer_id: int
    customer_name: str
    kind: str
    subject: str
    status: str
    priority: int
    assignee_id: int | None
    assignee_name: str
    opened_at: datetime
    due_at: datetime | None
    closed_at: datetime | None

    def overdue(self, now: datetime) -> bool:
        return self.status in TICKET_OPEN_STATUSES and self.due_at is not None and self.due_at < now


def list_tickets(
    where: TicketFilter = TicketFilter(), *, now: datetime | None = None, limit: int = 1000
) -> list[TicketRow]:  # noqa: B008
    """Tickets matching the filter: overdue first, then by due time, then newest."""
    now = now or utcnow()
    query = (
        Ticket.select(
            Ticket.id,
            Ticket.customer,
            Customer.display_name,
            Ticket.kind,
            Ticket.subject,
            Ticket.status,
            Ticket.priority,
            Ticket.assignee,
            User.name,
            Ticket.opened_at,
            Ticket.due_at,
            Ticket.closed_at,
        )
        .join(Customer, on=(Ticket.customer == Customer.id))
        .switch(Ticket)
        .join(User, JOIN.LEFT_OUTER, on=(Ticket.assignee == User.id))
        .where(Ticket.deleted_at.is_null() & Customer.deleted_at.is_null())
        .order_by(Ticket.due_at.is_null(), Ticket.due_at, Ticket.priority.desc(), Ticket.id.desc())
        .limit(limit)
    )
    if where.statuses:
        query = query.where(Ticket.status.in_(list(where.statuses)))
    if where.kind is not None:
        query = query.where(Ticket.kind == where.kind)
    if where.priority is not None:
        query = query.where(Ticket.priority == where.priority)
    if where.assignee_id is not None:
        query = query.where(Ticket.assignee == where.assignee_id)
    if where.customer_id is not None:
        query = query.where(Ticket.customer == where.customer_id)
    if where.overdue_only:
        query = query.where(Ticket.status.in_(TICKET_OPEN_STATUSES) & (Ticket.due_at < now))
    return [
        TicketRow(i, cid, cname, kind, subject, status, prio, aid, aname or "", opened, due, closed)
        for (i, cid, cname, kind, subject, status, prio, aid, aname, opened, due, closed) in tuples(query)
    ]


def _ticket(ticket_id: int) -> Ticket:
    ticket = Ticket.get_or_none((Ticket.id == ticket_id) & Ticket.deleted_at.is_null())
    if ticket is None:
        raise NotFoundError(NO_TICKET.format(id=ticket_id))
    return ticket


def update_ticket(
    ticket_id: int,
    *,
    priority: int | None = None,
    assignee_id: int | None | bool = False,
    due_at: datetime | None = None,
) -> Outcome[int]:
    """Change priority (the due time follows it), assignee (None: nobody) or the due time itself."""
    ticket = _ticket(ticket_id)
    values: dict[str, object] = {}
    if priority is not None:
        if priority not in PRIORITIES:
            raise ValidationError.single("priority", input_rules.PRIORITY_CHOICES)
        values |= {"priority": priority, "due_at": due_time(priority, ticket.opened_at)}
    if assignee_id is not False:
        if assignee_id is not None and not User.select().where(User.id == assignee_id).exists():
            raise ValidationError.single("assignee_id", input_rules.NO_USER.format(id=assignee_id))
        values["assignee"] = assignee_id
    if due_at is not None:
        values["due_at"] = due_at
    if values:
        Ticket.update(**values).where(Ticket.id == ticket_id).execute()
    return Outcome(ticket_id, Changes.of("ticket", customers=[ticket.customer_id]))


NEXT_STATUS = {"open": "in_progress", "in_progress": "resolved", "resolved": "closed"}


def counts(now: datetime | None = None) -> dict[str, int]:
    """Open tickets by status, and how many of them are overdue."""
    now = now or utcnow()
    live = Ticket.deleted_at.is_null()
    with database_proxy.atomic():
        found = {
            status: Ticket.select().where(live & (Ticket.status == status)).count()
            for status in TICKET_STATUSES
        }
        found["overdue"] = (
            Ticket.select()
            .where(live & Ticket.status.in_(TICKET_OPEN_STATUSES) & (Ticket.due_at < now))
            .count()
        )
    return found
