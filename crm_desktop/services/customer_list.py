"""The customer list: which customers, in which order, one page of rows at a time.

The list never loads all customers into Python: :func:`customer_ids` returns
only ids (sorted in SQL, through indexes), and :func:`customer_rows` fetches
the few rows a view is about to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from peewee import SQL, ColumnBase, Field

from crm_desktop.db import sqlite
from crm_desktop.db.models import Customer, CustomerTag, Tag, User, database_proxy, tuples
from crm_desktop.search import search_sql

SORT_COLUMNS: dict[str, Field] = {
    "name": Customer.sort_name,
    "company": Customer.company,
    "phone": Customer.primary_phone,
    "email": Customer.primary_email,
    "last_contact": Customer.last_contact_at,
    "lifetime_value": Customer.lifetime_value_minor,
    "tags": Customer.tag_names,
    "created": Customer.created_at,
}


@dataclass(frozen=True)
class CustomerFilter:
    text: str = ""
    tag: str | None = None
    owner_id: int | None = None
    trashed: bool = False
    ids: frozenset[int] | None = None  # an explicit set (a report's drill-down)


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    company: str
    phone: str
    email: str
    last_contact_at: datetime | None
    lifetime_value_minor: int
    tags: str
    created_at: datetime
    kind: str


def _where(flt: CustomerFilter, *, by_name: bool = False) -> ColumnBase:
    cond: ColumnBase
    if flt.trashed:
        cond = Customer.deleted_at.is_null(False)
    elif by_name:  # walk the partial name index instead of sorting every live row
        cond = sqlite.likely(Customer.deleted_at.is_null())
    else:
        cond = Customer.deleted_at.is_null()
    if flt.owner_id is not None:
        cond &= Customer.owner == flt.owner_id
    if flt.tag:
        tagged = CustomerTag.select(CustomerTag.customer).join(Tag).where(Tag.name == flt.tag)
        cond &= Customer.id.in_(tagged)
    return cond


def customer_ids(
    flt: CustomerFilter = CustomerFilter(),
    sort: str = "name",
    descending: bool = False,
    *,
    limit: int | None = None,
) -> list[int]:
    """Every id the list shows, in order (only the first ``limit`` when given)."""
    column = SORT_COLUMNS[sort]
    order = [column.desc(nulls="LAST") if descending else column.asc(nulls="LAST"), Customer.id]
    query = Customer.select(Customer.id).where(_where(flt, by_name=sort == "name"))
    if flt.text.strip():
        found = search_sql(flt.text, live_only=False)  # _where decides live or trashed
        if found is None:
            return []
        matches, params = found
        # The matches are a subquery run once. A few are fetched by id and sorted;
        # for a first page of many (a tag, "gmail": a third of all customers) the
        # name index is walked instead and stops at the page (34 -> 10 ms for
        # 33k matches of 100k): no sort of every match before the LIMIT.
        # (Words of one or two letters alone are a name range already: never walked.)
        full_text = "customer_search" in matches
        # (Only A to Z: Z to A, with ids still ascending, is not the index's order.)
        walk = full_text and sort == "name" and not descending and not flt.trashed and limit is not None
        walk = walk and _at_least(found, MANY_MATCHES)
        matched = sqlite.unindexed(Customer.id) if walk else Customer.id
        query = query.where(matched.in_(SQL(f"({matches})", params)))
    if flt.ids is not None:
        query = query.where(Customer.id.in_(list(flt.ids)))
    # plain cursor rows: Peewee's per-row handling doubles the time for 100,000 ids
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    sql, params = query.sql()
    return [row[0] for row in database_proxy.execute_sql(sql, params)]


MANY_MATCHES = 5000  # from here on the walk beat the sort on the 100k demo (and more so at 1M)


def _at_least(found: tuple[str, list[object]], count: int) -> bool:
    """Whether the search subquery finds ``count`` rows or more (it stops there)."""
    sql, params = found
    row = database_proxy.execute_sql(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*params, count]).fetchone()
    return bool(row[0] >= count)


def customer_rows(ids: Sequence[int]) -> dict[int, CustomerRow]:
    """The rows for some ids (at most a few hundred: one page of the list)."""
    if not ids:
        return {}
    query = Customer.select(
        Customer.id,
        Customer.display_name,
        Customer.company,
        Customer.primary_phone,
        Customer.primary_email,
        Customer.last_contact_at,
        Customer.lifetime_value_minor,
        Customer.tag_names,
        Customer.created_at,
        Customer.kind,
    ).where(Customer.id.in_(list(ids)))
    return {row[0]: CustomerRow(*row) for row in tuples(query)}


def tag_names() -> list[str]:
    return [t.name for t in Tag.select(Tag.name).order_by(Tag.name)]


def owners() -> list[tuple[int, str]]:
    return [(i, n) for i, n in tuples(User.select(User.id, User.name).order_by(User.name))]


def count_customers(*, trashed: bool = False) -> int:
    return Customer.select().where(_where(CustomerFilter(trashed=trashed))).count()
