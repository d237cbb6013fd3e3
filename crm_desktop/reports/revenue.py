"""Revenue by month: purchases (sales less refunds) and won deals, never mixed.

Both sources are grouped by local calendar month and by currency; amounts
in different currencies are never added together. For purchases:

* ``total_minor`` is the net: sales plus refunds (refunds are negative
  purchases, so they lower the month they were made in);
* ``count`` is the number of sales (purchases with a positive amount);
  refunds are counted apart in ``refund_count`` / ``refunds_minor``;
* the average ticket is gross sales divided by the number of sales, rounded
  half up to a whole minor unit.

For won deals, the month is the month the deal was closed and ``total_minor``
the sum of the deals' values. Trashed rows, and rows of trashed customers,
are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Case, fn

from crm_desktop.db.models import DEFAULT_CURRENCY, Deal, Purchase, tuples
from crm_desktop.reports.buckets import count_rows, monthly_sums
from crm_desktop.reports.period import Period
from crm_desktop.reports.sql import in_period, live_customer, month_of

SOURCES = ("purchases", "deals")


def div_round(numerator: int, denominator: int) -> int:
    """Integer division rounded half away from zero (for averages of minor units)."""
    quotient, remainder = divmod(abs(numerator), denominator)
    if remainder * 2 >= denominator:
        quotient += 1
    return quotient if numerator >= 0 else -quotient


@dataclass(frozen=True)
class RevenueRow:
    month: str  # "YYYY-MM", local
    source: str  # "purchases" | "deals"
    currency: str
    total_minor: int  # net for purchases (refunds included), deal values for deals
    count: int  # sales (positive purchases) or won deals
    refunds_minor: int = 0  # sum of the refunds in the month (zero or negative)
    refund_count: int = 0

    @property
    def gross_minor(self) -> int:
        return self.total_minor - self.refunds_minor

    @property
    def average_minor(self) -> int | None:
        """Average ticket: gross sales (or deal value) per sale; None without sales."""
        return div_round(self.gross_minor, self.count) if self.count else None


@dataclass(frozen=True)
class RevenueReport:
    period: Period
    rows: list[RevenueRow]  # every month of the period for every (source, currency) shown

    @property
    def months(self) -> list[str]:
        return self.period.months

    def currencies(self, source: str | None = None) -> list[str]:
        seen = dict.fromkeys(r.currency for r in self.rows if source is None or r.source == source)
        return list(seen)

    def series(self, source: str, currency: str) -> list[RevenueRow]:
        """One row per month of the period (zeros where nothing happened)."""
        by_month = {r.month: r for r in self.rows if r.source == source and r.currency == currency}
        return [by_month.get(m) or RevenueRow(m, source, currency, 0, 0) for m in self.months]

    def total(self, source: str, currency: str) -> int:
        return sum(r.total_minor for r in self.series(source, currency))

    def month(self, month: str, source: str, currency: str) -> RevenueRow:
        return next(r for r in self.series(source, currency) if r.month == month)


def purchase_totals(period: Period) -> list[RevenueRow]:
    """Purchases grouped by (month, currency), only the groups that have rows."""
    sale = Purchase.amount_minor > 0
    sums = monthly_sums(
        Purchase,
        Purchase.currency,
        Purchase.occurred_at,
        period,
        [
            count_rows(),
            fn.SUM(Purchase.amount_minor),
            fn.SUM(Case(None, [(sale, 1)], 0)),
            fn.SUM(Case(None, [(sale, 0)], Purchase.amount_minor)),
            fn.SUM(Case(None, [(sale, 0)], 1)),
        ],
        Purchase.deleted_at.is_null(),
    )
    return [
        RevenueRow(month, "purchases", currency, total, sales, refunds, n_refunds)
        for (currency, month), (_rows, total, sales, refunds, n_refunds) in sorted(sums.items())
    ]


def won_deal_totals(period: Period) -> list[RevenueRow]:
    """Won deals grouped by (month closed, currency)."""
    month = month_of(Deal.closed_at, period)
    query = (
        Deal.select(month, Deal.currency, fn.SUM(Deal.value_minor), fn.COUNT(Deal.id))
        .where(
            (Deal.status == "won")
            & in_period(Deal.closed_at, period)
            & Deal.deleted_at.is_null()
            & live_customer(Deal.customer)
        )
        .group_by(month, Deal.currency)
    )
    return [RevenueRow(m, "deals", cur, int(total), int(n)) for m, cur, total, n in tuples(query)]


def _filled(period: Period, found: Iterable[RevenueRow]) -> list[RevenueRow]:
    """Every month for every (source, currency) seen, plus both sources in the default currency."""
    found = list(found)
    keys = [(s, DEFAULT_CURRENCY) for s in SOURCES]
    keys += sorted(
        {(r.source, r.currency) for r in found} - set(keys), key=lambda k: (SOURCES.index(k[0]), k[1])
    )
    keys.sort(key=lambda k: SOURCES.index(k[0]))
    index = {(r.source, r.currency, r.month): r for r in found}
    return [
        index.get((source, currency, month)) or RevenueRow(month, source, currency, 0, 0)
        for source, currency in keys
        for month in period.months
    ]


def revenue_by_month(period: Period) -> RevenueReport:
    """Net purchases and won deals per month and currency (see the module docstring)."""
    return RevenueReport(period, _filled(period, purchase_totals(period) + won_deal_totals(period)))
