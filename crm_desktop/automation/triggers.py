"""What starts a rule: an event (a deal enters a stage, a purchase …) or time passing.

Every trigger finds its occurrences in the tables, from ``since`` to ``now``,
optionally narrowed to one saved row (``scope``, from an event). Each
occurrence has a key that names it for good ("purchase:17",
"no_contact:4:2026-01-02 10:00:00"): the engine acts once per (rule, key).

A rule acts on what happens after it is switched on: ``since`` is never
before the rule's ``enabled_at``. For "no contact for N days" that means the
N days run out after it was switched on, so switching it on does not bury
the shop in tasks for every customer who went quiet years ago.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peewee import JOIN, fn

from crm_desktop.automation.clock import Clock, local_today
from crm_desktop.automation.events import Event
from crm_desktop.db.models import Customer, Deal, DealStageChange, Purchase, Stage, Ticket, tuples
from crm_desktop.domain import TICKET_KINDS, TICKET_OPEN_STATUSES
from crm_desktop.reports.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Occurrence:
    key: str
    customer_id: int
    at: datetime
    deal_id: int | None = None
    purchase_id: int | None = None
    ticket_id: int | None = None


Finder = Callable[[Mapping[str, Any], datetime, Clock, Event | None], list[Occurrence]]


@dataclass(frozen=True)
class Trigger:
    key: str
    label: str  # English, translated by the window (context "Automation")
    event_kind: str | None  # the event that runs it at once; None: time-based (periodic check only)
    params: tuple[str, ...]
    find: Finder


_live_customer = Customer.deleted_at.is_null()


def _stage_changes(kind: str | None) -> Finder:
    """Deals entering a stage (``stage_id`` param), or any won/lost stage (``kind``)."""

    def find(
        params: Mapping[str, Any], since: datetime, clock: Clock, scope: Event | None
    ) -> list[Occurrence]:
        to_stage = Stage.alias("to_stage")
        query = (
            DealStageChange.select(DealStageChange.id, Deal.id, Deal.customer, DealStageChange.changed_at)
            .join(Deal, on=(DealStageChange.deal == Deal.id))
            .join(Customer, on=(Deal.customer == Customer.id))
            .switch(DealStageChange)
            .join(to_stage, on=(DealStageChange.to_stage == to_stage.id))
            .where(
                (DealStageChange.changed_at >= since)
                & (DealStageChange.changed_at <= clock.now())
                & Deal.deleted_at.is_null()
                & _live_customer
            )
        )
        if kind is None:
            query = query.where(DealStageChange.to_stage == int(params["stage_id"]))
        else:
            from_stage = Stage.alias("from_stage")
            query = (
                query.switch(DealStageChange)
                .join(from_stage, JOIN.LEFT_OUTER, on=(DealStageChange.from_stage == from_stage.id))
                .where((to_stage.kind == kind) & (from_stage.kind.is_null() | (from_stage.kind != kind)))
            )
        if scope is not None:
            query = query.where(Deal.id == scope.entity_id)
        prefix = kind or "stage"
        return [
            Occurrence(f"{prefix}:{change_id}", cid, at, deal_id=deal_id)
            for change_id, deal_id, cid, at in tuples(query)
        ]

    return find


def _customer_created(
    params: Mapping[str, Any], since: datetime, clock: Clock, scope: Event | None
) -> list[Occurrence]:
    query = Customer.select(Customer.id, Customer.created_at).where(
        (Customer.created_at >= since) & (Customer.created_at <= clock.now()) & _live_customer
    )
    if scope is not None:
        query = query.where(Customer.id == scope.entity_id)
    return [Occurrence(f"customer:{cid}", cid, at) for cid, at in tuples(query)]


def _recent(
    model: Any, at: Any, since: datetime, clock: Clock, scope: Event | None, *where: Any
) -> list[tuple[int, int, datetime]]:
    """(id, customer id, time) of the live ``model`` rows whose ``at`` is from ``since`` to now."""
    query = (
        model.select(model.id, model.customer, at)
        .join(Customer)
        .where((at >= since) & (at <= clock.now()) & model.deleted_at.is_null() & _live_customer, *where)
    )
    if scope is not None:
        query = query.where(model.id == scope.entity_id)
    return list(tuples(query))


def _purchase_recorded(
    params: Mapping[str, Any], since: datetime, clock: Clock, scope: Event | None
) -> list[Occurrence]:
    rows = _recent(Purchase, Purchase.created_at, since, clock, scope, Purchase.amount_minor > 0)
    return [Occurrence(f"purchase:{pid}", cid, at, purchase_id=pid) for pid, cid, at in rows]


def _ticket_opened(
    params: Mapping[str, Any], since: datetime, clock: Clock, scope: Event | None
) -> list[Occurrence]:
    kind = Ticket.kind == params["kind"] if params.get("kind") in TICKET_KINDS else True
    rows = _recent(Ticket, Ticket.opened_at, since, clock, scope, kind)
    return [Occurrence(f"ticket:{tid}", cid, at, ticket_id=tid) for tid, cid, at in rows]


def _ticket_overdue(
    params: Mapping[str, Any], since: datetime, clock: Clock, scope: Event | None
) -> list[Occurrence]:
    rows = _recent(Ticket, Ticket.due_at, since, clock, None, Ticket.status.in_(TICKET_OPEN_STATUSES))
    return [
        Occurrence(f"ticket_overdue:{tid}:{due.isoformat(sep=' ')}", cid, due, ticket_id=tid)
        for tid, cid, due in rows
    ]


def _quiet_for(column: Any, prefix: str) -> Finder:
    """Customers whose ``column`` (last contact, last purchase) is N days old."""

    def find(
        params: Mapping[str, Any], since: datetime, clock: Clock, scope: Event | None
    ) -> list[Occurrence]:
        days = timedelta(days=int(params["days"]))
        query = Customer.select(Customer.id, column).where(
            (column <= clock.now() - days) & (column >= since - days) & _live_customer
        )
        found = []
        for cid, last in tuples(query):
            when = last if isinstance(last, datetime) else datetime.fromisoformat(str(last))
            found.append(Occurrence(f"{prefix}:{cid}:{when.isoformat(sep=' ')}", cid, when + days))
        return found

    return find


def _day_in_year(day: date, year: int) -> date:
    """``day``'s month and day in ``year`` (29 February is the 28th in other years)."""
    last = calendar.monthrange(year, day.month)[1]
    return date(year, day.month, min(day.day, last))


BIRTHDAY_GRACE_DAYS = 2  # a greeting up to two days late (the shop was closed), never later


def _birthday(
    params: Mapping[str, Any], since: datetime, clock: Clock, scope: Event | None
) -> list[Occurrence]:
    today = local_today(clock)
    ahead = timedelta(days=int(params.get("days_before", 0)))
    offset = timedelta(minutes=clock.utc_offset_minutes())
    first = max(today - timedelta(days=BIRTHDAY_GRACE_DAYS), (since + offset).date())
    targets = {first + timedelta(days=i) + ahead for i in range((today - first).days + 1)}
    if not targets:
        return []
    month_days = {f"{d.month:02d}-{d.day:02d}" for d in targets}
    if any(d.month == 2 and d.day == 28 for d in targets):
        month_days.add("02-29")
    query = Customer.select(Customer.id, Customer.birthday).where(
        Customer.birthday.is_null(False)
        & fn.substr(Customer.birthday, 6, 5).in_(sorted(month_days))
        & _live_customer
    )
    found = []
    for cid, born in tuples(query):
        born_date = born if isinstance(born, date) else date.fromisoformat(str(born))
        for target in targets:
            if _day_in_year(born_date, target.year) == target:
                at = datetime.combine(target - ahead, datetime.min.time()) - offset
                found.append(Occurrence(f"birthday:{cid}:{target.year}", cid, at))
    return found


TRIGGERS: dict[str, Trigger] = {
    t.key: t
    for t in (
        Trigger(
            "deal_stage_entered",
            QT_TRANSLATE_NOOP("Automation", "A deal enters a stage"),
            "deal",
            ("stage_id",),
            _stage_changes(None),
        ),
        Trigger(
            "deal_won", QT_TRANSLATE_NOOP("Automation", "A deal is won"), "deal", (), _stage_changes("won")
        ),
        Trigger(
            "deal_lost", QT_TRANSLATE_NOOP("Automation", "A deal is lost"), "deal", (), _stage_changes("lost")
        ),
        Trigger(
            "customer_created",
            QT_TRANSLATE_NOOP("Automation", "A customer is added"),
            "customer",
            (),
            _customer_created,
        ),
        Trigger(
            "purchase_recorded",
            QT_TRANSLATE_NOOP("Automation", "A purchase is recorded"),
            "purchase",
            (),
            _purchase_recorded,
        ),
        Trigger(
            "ticket_opened",
            QT_TRANSLATE_NOOP("Automation", "A ticket is opened"),
            "ticket",
            ("kind",),
            _ticket_opened,
        ),
        Trigger(
            "ticket_overdue",
            QT_TRANSLATE_NOOP("Automation", "A ticket passes its due time"),
            None,
            (),
            _ticket_overdue,
        ),
        Trigger(
            "no_interaction",
            QT_TRANSLATE_NOOP("Automation", "No contact with a customer for N days"),
            None,
            ("days",),
            _quiet_for(fn.COALESCE(Customer.last_contact_at, Customer.created_at), "no_contact"),
        ),
        Trigger(
            "no_purchase",
            QT_TRANSLATE_NOOP("Automation", "No purchase for N days"),
            None,
            ("days",),
            _quiet_for(Customer.last_purchase_at, "no_purchase"),
        ),
        Trigger(
            "birthday",
            QT_TRANSLATE_NOOP("Automation", "A customer's birthday"),
            None,
            ("days_before",),
            _birthday,
        ),
    )
}
