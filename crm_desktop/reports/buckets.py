"""Monthly sums over the big tables (purchases, interactions) without sorting them.

A plain ``GROUP BY month, channel`` over a year of a busy shop's interactions
makes SQLite sort hundreds of thousands of rows into a temporary B-tree; on a
small PC that alone takes a second. Instead:

1. the distinct keys (channels, currencies) are found by skipping through an
   index that starts with the key (:func:`distinct_values`: one seek each);
2. each (key, month) is one range aggregate over an index on
   ``(key, time, …)``, which SQLite answers by stepping through exactly the
   rows it counts, from the index alone;
3. the rows of trashed customers are then subtracted: they are found from the
   (few) trashed customers, through the table's ``(customer_id, time)`` index.

So every aggregate must be a sum or a count (they are subtracted).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import JOIN, SQL, Expression, Field, Model, fn

from crm_desktop.db.models import Customer, database_proxy, tuples
from crm_desktop.reports.period import Period, add_months
from crm_desktop.reports.sql import in_period, month_of


@dataclass(frozen=True)
class Bucket:
    month: str  # "YYYY-MM"
    low: datetime  # naive UTC, included
    high: datetime  # naive UTC, excluded


def month_buckets(period: Period) -> list[Bucket]:
    """Each month of the period, cut to the period's first and last day."""
    out = []
    for month in period.months:
        first = date(int(month[:4]), int(month[5:]), 1)
        start = max(first, period.start)
        stop = min(add_months(first, 1), date.fromordinal(period.end.toordinal() + 1))
        out.append(Bucket(month, period.utc(start), period.utc(stop)))
    return out


def distinct_values(field: Field) -> list[Any]:
    """The distinct non-null values of ``field``, by skip-scanning an index that starts with it."""
    table = field.model._meta.table_name
    column = field.column_name
    sql = (
        f'WITH RECURSIVE v(x) AS (SELECT MIN("{column}") FROM "{table}" '
        f'UNION ALL SELECT (SELECT MIN("{column}") FROM "{table}" WHERE "{column}" > v.x) '
        "FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"
    )
    return [row[0] for row in database_proxy.execute_sql(sql).fetchall()]


def monthly_sums(
    model: type[Model],
    key: Field,
    time: Field,
    period: Period,
    sums: Sequence[Any],
    where: Expression,
    *,
    of_customers: bool = True,
) -> dict[tuple[Any, str], list[int]]:
    """``{(key value, month): [sum, …]}`` over the live customers' rows matching ``where``.

    ``sums`` are aggregate expressions (``fn.COUNT``, ``fn.SUM``); the first
    must count rows: buckets where it is 0 are left out. ``of_customers=False``
    is for the customer table itself (``where`` then says which are live).
    """
    out: dict[tuple[Any, str], list[int]] = {}
    run = _bucket_query(model, key, time, sums, where)
    buckets = month_buckets(period)
    for value in distinct_values(key):
        for bucket in buckets:
            row = run(value, bucket)
            if row[0]:
                out[(value, bucket.month)] = [int(v or 0) for v in row]
    if of_customers:
        _subtract_trashed(out, model, key, time, period, sums, where)
    return out


def _subtract_trashed(
    out: dict[tuple[Any, str], list[int]],
    model: type[Model],
    key: Field,
    time: Field,
    period: Period,
    sums: Sequence[Any],
    where: Expression,
) -> None:
    month = month_of(time, period)
    trashed = (
        Customer.select(key, month, *sums)
        .join(model, JOIN.CROSS)
        .where(
            Customer.deleted_at.is_null(False)
            & (model.customer == Customer.id)  # type: ignore[attr-defined]
            & in_period(time, period)
            & where
        )
        .group_by(key, month)
    )
    for value, m, *subtract in tuples(trashed):
        kept = [a - int(b or 0) for a, b in zip(out.get((value, m), [0] * len(sums)), subtract, strict=True)]
        if kept[0]:
            out[(value, m)] = kept
        else:
            out.pop((value, m), None)


_KEY = "\x00bucket key"
_LOW = datetime(1, 1, 1, 0, 0, 1)
_HIGH = datetime(1, 1, 1, 0, 0, 2)


def _bucket_query(
    model: type[Model], key: Field, time: Field, sums: Sequence[Any], where: Expression
) -> Callable[[Any, Bucket], tuple[Any, ...]]:
    """One (key, bucket) aggregate, its SQL built once: a hundred buckets cost a hundred
    executions, not a hundred Peewee query builds."""
    query = model.select(*sums).where((key == _KEY) & (time >= _LOW) & (time < _HIGH) & where)
    sql, params = query.sql()
    slots = {i: p for i, p in enumerate(params) if p in (_KEY, _LOW, _HIGH)}
    if sorted(map(str, slots.values())) != sorted(map(str, (_KEY, _LOW, _HIGH))):
        raise AssertionError("the bucket query's parameters could not be located")

    def run(value: Any, bucket: Bucket) -> tuple[Any, ...]:
        actual = {_KEY: value, _LOW: bucket.low, _HIGH: bucket.high}
        bound = [actual[p] if i in slots else p for i, p in enumerate(params)]
        return tuple(database_proxy.execute_sql(sql, bound).fetchone())

    return run


def count_rows() -> Any:
    """The row count every :func:`monthly_sums` call starts with."""
    return fn.COUNT(SQL("*"))
