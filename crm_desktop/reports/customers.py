"""Customers: who is new (and where they came from), who is worth most, who is slipping away.

* New customers are the live customers created in the period, by local month
  and by ``source`` as saved ("" when nobody wrote one down).
* Lifetime value counts every live purchase, refunds included, in one
  currency. In the default currency it is the cached
  ``customer.lifetime_value_minor`` (indexed); in another it is summed.
* "Slipping away": customers who have bought before but not in the last
  ``days`` days (their last purchase, in any currency, is older than that).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import Expression, fn

from crm_desktop.db.models import DEFAULT_CURRENCY, Customer, Purchase, tuples
from crm_desktop.reports.buckets import count_rows, monthly_sums
from crm_desktop.reports.period import Period
from crm_desktop.reports.sql import in_period, live_customer


@dataclass(frozen=True)
class NewCustomersRow:
    month: str
    source: str
    count: int


@dataclass(frozen=True)
class NewCustomersReport:
    period: Period
    rows: list[NewCustomersRow]  # only (month, source) pairs that have customers

    @property
    def total(self) -> int:
        return sum(r.count for r in self.rows)

    def by_month(self) -> list[tuple[str, int]]:
        """Every month of the period with its count (zeros included)."""
        counts = dict.fromkeys(self.period.months, 0)
        for r in self.rows:
            counts[r.month] += r.count
        return list(counts.items())

    def by_source(self) -> list[tuple[str, int]]:
        """Sources, most customers first (ties by name)."""
        counts: dict[str, int] = {}
        for r in self.rows:
            counts[r.source] = counts.get(r.source, 0) + r.count
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def new_customers(period: Period) -> NewCustomersReport:
    sums = monthly_sums(
        Customer,
        Customer.source,
        Customer.created_at,
        period,
        [count_rows()],
        Customer.deleted_at.is_null(),
        of_customers=False,
    )
    rows = [NewCustomersRow(month, source, n) for (source, month), (n,) in sums.items()]
    return NewCustomersReport(period, sorted(rows, key=lambda r: (r.month, r.source)))


@dataclass(frozen=True)
class CustomerValue:
    customer_id: int
    name: str
    currency: str
    lifetime_minor: int
    last_purchase_at: datetime | None


def top_customers(limit: int = 10, currency: str = DEFAULT_CURRENCY) -> list[CustomerValue]:
    """The customers with the highest lifetime value in ``currency``, highest first."""
    if currency == DEFAULT_CURRENCY:
        query = (
            Customer.select(
                Customer.id, Customer.display_name, Customer.lifetime_value_minor, Customer.last_purchase_at
            )
            .where(Customer.deleted_at.is_null() & (Customer.lifetime_value_minor > 0))
            .order_by(Customer.lifetime_value_minor.desc(), Customer.id)
            .limit(limit)
        )
        rows = [(cid, name, int(v), last) for cid, name, v, last in tuples(query)]
    else:
        total = fn.SUM(Purchase.amount_minor)
        by_currency = (
            Purchase.select(Purchase.customer, Customer.display_name, total, Customer.last_purchase_at)
            .join(Customer)
            .where(
                (Purchase.currency == currency)
                & Purchase.deleted_at.is_null()
                & Customer.deleted_at.is_null()
            )
            .group_by(Purchase.customer)
            .having(total > 0)
            .order_by(total.desc(), Purchase.customer)
            .limit(limit)
        )
        rows = [(cid, name, int(v), last) for cid, name, v, last in tuples(by_currency)]
    return [CustomerValue(cid, name, currency, value, last) for cid, name, value, last in rows]


@dataclass(frozen=True)
class SlippingAway:
    days: int
    since: datetime  # last purchase before this (naive UTC) = slipping away
    count: int
    customers: list[CustomerValue]  # the most valuable of them, highest lifetime value first


def _slipping_where(since: datetime) -> Expression:
    return (
        Customer.deleted_at.is_null()
        & Customer.last_purchase_at.is_null(False)
        & (Customer.last_purchase_at < since)
    )


def slipping_since(days: int, today: date, utc_offset_minutes: int = 0) -> datetime:
    """The cut-off: local midnight ``days`` days before ``today``, as naive UTC."""
    if days < 1:
        raise ValueError("the number of days must be at least 1")
    return Period(today, today, utc_offset_minutes).utc(today - timedelta(days=days - 1))


def slipping_away(days: int, today: date, *, limit: int = 10, utc_offset_minutes: int = 0) -> SlippingAway:
    """Customers with no purchase in the last ``days`` days (today counts as one of them)."""
    since = slipping_since(days, today, utc_offset_minutes)
    where = _slipping_where(since)
    count = Customer.select().where(where).count()
    query = (
        Customer.select(
            Customer.id, Customer.display_name, Customer.lifetime_value_minor, Customer.last_purchase_at
        )
        .where(where)
        .order_by(Customer.lifetime_value_minor.desc(), Customer.id)
        .limit(limit)
    )
    customers = [
        CustomerValue(cid, name, DEFAULT_CURRENCY, int(v), last) for cid, name, v, last in tuples(query)
    ]
    return SlippingAway(days, since, count, customers)


def slipping_away_ids(days: int, today: date, utc_offset_minutes: int = 0) -> frozenset[int]:
    since = slipping_since(days, today, utc_offset_minutes)
    return frozenset(cid for (cid,) in tuples(Customer.select(Customer.id).where(_slipping_where(since))))


def customers_who_bought_in(
    month: str, *, currency: str | None = None, utc_offset_minutes: int = 0
) -> frozenset[int]:
    """Live customers with at least one sale (positive purchase) in the local month "YYYY-MM"."""
    period = Period.month(month, utc_offset_minutes)
    where = (
        in_period(Purchase.occurred_at, period)
        & Purchase.deleted_at.is_null()
        & (Purchase.amount_minor > 0)
        & live_customer(Purchase.customer)
    )
    if currency is not None:
        where &= Purchase.currency == currency
    return frozenset(cid for (cid,) in tuples(Purchase.select(Purchase.customer).distinct().where(where)))


def customers_from_source(period: Period, source: str) -> frozenset[int]:
    """Live customers created in the period whose source is ``source`` ("" = none written)."""
    query = Customer.select(Customer.id).where(
        in_period(Customer.created_at, period) & Customer.deleted_at.is_null() & (Customer.source == source)
    )
    return frozenset(cid for (cid,) in tuples(query))


def customers_joined_in(month: str, utc_offset_minutes: int = 0) -> frozenset[int]:
    """Live customers created in the local month "YYYY-MM" (the new customers counted there)."""
    period = Period.month(month, utc_offset_minutes)
    query = Customer.select(Customer.id).where(
        in_period(Customer.created_at, period) & Customer.deleted_at.is_null()
    )
    return frozenset(cid for (cid,) in tuples(query))
