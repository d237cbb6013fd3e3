"""Contact and service: interactions by channel, and how tickets are handled.

* Interactions are counted by local month and channel (trashed ones, and
  those of trashed customers, left out).
* Tickets: ``opened`` were opened in the period; ``resolved`` were closed
  (resolved or closed) in the period; ``open_now`` are open or in progress
  today, whenever they were opened. The average resolution time is over the
  tickets closed in the period, from opening to closing, in hours.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import Expression, fn

from crm_desktop.db.models import Interaction, Ticket, tuples
from crm_desktop.domain import CHANNELS, TICKET_OPEN_STATUSES
from crm_desktop.reports.buckets import count_rows, monthly_sums
from crm_desktop.reports.period import Period
from crm_desktop.reports.sql import days_between, in_period, live_customer, month_of


@dataclass(frozen=True)
class ChannelRow:
    month: str
    channel: str
    count: int


@dataclass(frozen=True)
class ChannelReport:
    period: Period
    rows: list[ChannelRow]  # only (month, channel) pairs with interactions

    @property
    def total(self) -> int:
        return sum(r.count for r in self.rows)

    def channels(self) -> list[tuple[str, int]]:
        """Channels with their totals, busiest first (ties in the app's channel order)."""
        totals: dict[str, int] = {}
        for r in self.rows:
            totals[r.channel] = totals.get(r.channel, 0) + r.count
        order = {c: i for i, c in enumerate(CHANNELS)}
        return sorted(totals.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order)), kv[0]))

    def series(self, channel: str) -> list[int]:
        """The channel's count for every month of the period."""
        counts = dict.fromkeys(self.period.months, 0)
        for r in self.rows:
            if r.channel == channel:
                counts[r.month] += r.count
        return list(counts.values())


def _interactions_where(period: Period) -> Expression:
    return (
        in_period(Interaction.occurred_at, period)
        & Interaction.deleted_at.is_null()
        & live_customer(Interaction.customer)
    )


def interactions_by_channel(period: Period) -> ChannelReport:
    sums = monthly_sums(
        Interaction,
        Interaction.channel,
        Interaction.occurred_at,
        period,
        [count_rows()],
        Interaction.deleted_at.is_null(),
    )
    rows = [ChannelRow(month, channel, n) for (channel, month), (n,) in sums.items()]
    return ChannelReport(period, sorted(rows, key=lambda r: (r.month, r.channel)))


def customers_on_channel(period: Period, channel: str) -> frozenset[int]:
    """Live customers with at least one interaction on ``channel`` in the period."""
    query = (
        Interaction.select(Interaction.customer)
        .distinct()
        .where(_interactions_where(period) & (Interaction.channel == channel))
    )
    return frozenset(cid for (cid,) in tuples(query))


@dataclass(frozen=True)
class TicketMonth:
    month: str
    opened: int
    resolved: int


@dataclass(frozen=True)
class TicketSummary:
    period: Period
    opened: int
    resolved: int
    open_now: int
    avg_resolution_hours: float | None
    months: list[TicketMonth]


def tickets_summary(period: Period) -> TicketSummary:
    live = Ticket.deleted_at.is_null() & live_customer(Ticket.customer)
    closed = Ticket.status.not_in(list(TICKET_OPEN_STATUSES)) & Ticket.closed_at.is_null(False)
    opened_month = month_of(Ticket.opened_at, period)
    opened = dict(
        tuples(
            Ticket.select(opened_month, fn.COUNT(Ticket.id))
            .where(live & in_period(Ticket.opened_at, period))
            .group_by(opened_month)
        )
    )
    closed_month = month_of(Ticket.closed_at, period)
    resolved: dict[str, tuple[int, float]] = {}
    for m, n, hours in tuples(
        Ticket.select(
            closed_month, fn.COUNT(Ticket.id), fn.SUM(days_between(Ticket.closed_at, Ticket.opened_at))
        )
        .where(live & closed & in_period(Ticket.closed_at, period))
        .group_by(closed_month)
    ):
        resolved[m] = (int(n), float(hours or 0) * 24)
    open_now = Ticket.select().where(live & Ticket.status.in_(list(TICKET_OPEN_STATUSES))).count()
    n_resolved = sum(n for n, _ in resolved.values())
    total_hours = sum(h for _, h in resolved.values())
    return TicketSummary(
        period,
        opened=sum(int(v) for v in opened.values()),
        resolved=n_resolved,
        open_now=open_now,
        avg_resolution_hours=total_hours / n_resolved if n_resolved else None,
        months=[TicketMonth(m, int(opened.get(m, 0)), resolved.get(m, (0, 0.0))[0]) for m in period.months],
    )
