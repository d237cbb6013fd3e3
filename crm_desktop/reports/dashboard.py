"""The dashboard: the KPI tiles' numbers, and every report the charts draw, in one go.

KPIs (money in the default currency, other currencies listed apart):

* revenue this month (net purchases from the 1st to ``today``) against the
  same days of last month (1st to the same day, or to its end if shorter);
* open pipeline: the value of the deals open now; the weighted forecast is
  each deal's value times its stage's probability;
* win rate, won and lost: deals closed in the period;
* new customers: created in the period;
* overdue tasks: not done, due before ``now``; open tickets: open or in
  progress now.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from peewee import JOIN

from crm_desktop.db.models import DEFAULT_CURRENCY, Customer, Task, Ticket, database_proxy
from crm_desktop.domain import TICKET_OPEN_STATUSES
from crm_desktop.reports.activity import (
    ChannelReport,
    TicketSummary,
    interactions_by_channel,
    tickets_summary,
)
from crm_desktop.reports.customers import (
    CustomerValue,
    NewCustomersReport,
    new_customers,
    top_customers,
)
from crm_desktop.reports.goals import GoalProgress, match_goals
from crm_desktop.reports.period import Period, add_months, month_end
from crm_desktop.reports.pipeline import (
    ConversionStep,
    StageRow,
    WinRateReport,
    pipeline_by_stage,
    stage_conversion,
    win_rate_by_month,
)
from crm_desktop.reports.revenue import RevenueReport, purchase_totals, revenue_by_month
from crm_desktop.reports.rfm import RfmSummary, rfm_summary
from crm_desktop.services.goals import goals_between
from crm_desktop.timeutil import utcnow

T = TypeVar("T")


@dataclass(frozen=True)
class Kpis:
    today: date
    currency: str  # the default currency the single-number tiles show
    revenue_this_month: dict[str, int]  # currency -> net minor units, 1st of the month to today
    revenue_last_month: dict[str, int]  # the same days of last month
    open_pipeline: dict[str, int]
    weighted_forecast: dict[str, int]
    open_deals: int
    won: int
    lost: int
    new_customers: int
    overdue_tasks: int
    open_tickets: int

    @property
    def win_rate(self) -> float | None:
        return self.won / (self.won + self.lost) if self.won + self.lost else None

    @property
    def revenue_change(self) -> float | None:
        """This month against the same days of last month: +0.25 is 25 % more; None if last was 0."""
        now = self.revenue_this_month.get(self.currency, 0)
        before = self.revenue_last_month.get(self.currency, 0)
        return (now - before) / abs(before) if before else None


def _net_by_currency(period: Period) -> dict[str, int]:
    totals: dict[str, int] = {}
    for row in purchase_totals(period):
        totals[row.currency] = totals.get(row.currency, 0) + row.total_minor
    return totals


def _month_to_date(today: date, utc_offset_minutes: int) -> tuple[Period, Period]:
    this = Period(today.replace(day=1), today, utc_offset_minutes)
    last_start = add_months(today, -1)
    last_end = last_start.replace(day=min(today.day, month_end(last_start).day))
    return this, Period(last_start, last_end, utc_offset_minutes)


def _overdue_tasks(now: datetime) -> int:
    return (
        Task.select()
        .join(Customer, JOIN.LEFT_OUTER, on=(Task.customer == Customer.id))
        .where(
            Task.deleted_at.is_null()
            & (Customer.id.is_null() | Customer.deleted_at.is_null())
            & ~Task.done
            & (Task.due_at < now)
        )
        .count()
    )


def _open_tickets() -> int:
    return (
        Ticket.select()
        .join(Customer)
        .where(
            Ticket.deleted_at.is_null()
            & Customer.deleted_at.is_null()
            & Ticket.status.in_(list(TICKET_OPEN_STATUSES))
        )
        .count()
    )


def _kpis(
    period: Period,
    today: date,
    now: datetime,
    stages: list[StageRow],
    win_rate: WinRateReport,
    customers: NewCustomersReport,
) -> Kpis:
    this_month, last_month = _month_to_date(today, period.utc_offset_minutes)
    open_total: dict[str, int] = {}
    weighted: dict[str, int] = {}
    for stage in stages:
        if stage.kind != "open":
            continue
        for cur, value in stage.totals.items():
            open_total[cur] = open_total.get(cur, 0) + value
        for cur, value in stage.weighted.items():
            weighted[cur] = weighted.get(cur, 0) + value
    return Kpis(
        today=today,
        currency=DEFAULT_CURRENCY,
        revenue_this_month=_net_by_currency(this_month),
        revenue_last_month=_net_by_currency(last_month),
        open_pipeline=open_total,
        weighted_forecast=weighted,
        open_deals=sum(s.count for s in stages if s.kind == "open"),
        won=win_rate.won,
        lost=win_rate.lost,
        new_customers=customers.total,
        overdue_tasks=_overdue_tasks(now),
        open_tickets=_open_tickets(),
    )


def dashboard(period: Period, today: date, *, now: datetime | None = None) -> Kpis:
    """Everything the KPI tiles show. ``now`` (naive UTC) decides what is overdue."""
    return _kpis(
        period,
        today,
        now or utcnow(),
        pipeline_by_stage(period),
        win_rate_by_month(period),
        new_customers(period),
    )


@dataclass(frozen=True)
class ReportBundle:
    """Every number the Reports view and the PDF report show, for one period."""

    period: Period
    kpis: Kpis
    revenue: RevenueReport
    stages: list[StageRow]
    conversion: list[ConversionStep]
    win_rate: WinRateReport
    new_customers: NewCustomersReport
    channels: ChannelReport
    tickets: TicketSummary
    rfm: RfmSummary
    goals: list[GoalProgress]
    top_customers: list[CustomerValue]


def on_own_connection(work: Callable[[], T]) -> Future[T]:
    """Start ``work`` on a short-lived thread with its own SQLite connection.

    SQLite releases Python's GIL while it steps through rows, so the heaviest
    report (RFM) runs on a second core while this thread computes the rest.
    The two connections may see the database a commit apart; for a dashboard
    that is harmless.
    """

    def run() -> T:
        try:
            return work()
        finally:
            if not database_proxy.is_closed():
                database_proxy.close()  # this thread's connection only

    if getattr(database_proxy.obj, "database", "") == ":memory:":  # another connection would see nothing
        done: Future[T] = Future()
        done.set_result(work())
        return done
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-report")
    try:
        return pool.submit(run)
    finally:
        pool.shutdown(wait=False)


def build_bundle(period: Period, today: date, *, now: datetime | None = None, top: int = 10) -> ReportBundle:
    """All reports for ``period``, each computed once (the KPIs reuse them); RFM in parallel."""
    rfm = on_own_connection(lambda: rfm_summary(period))
    revenue = revenue_by_month(period)
    stages = pipeline_by_stage(period)
    win_rate = win_rate_by_month(period)
    customers = new_customers(period)
    months = period.months
    goals = match_goals(goals_between(months[0], months[-1]), revenue, win_rate, customers)
    return ReportBundle(
        period=period,
        kpis=_kpis(period, today, now or utcnow(), stages, win_rate, customers),
        revenue=revenue,
        stages=stages,
        conversion=stage_conversion(period),
        win_rate=win_rate,
        new_customers=customers,
        channels=interactions_by_channel(period),
        tickets=tickets_summary(period),
        rfm=rfm.result(),
        goals=goals,
        top_customers=top_customers(top),
    )
