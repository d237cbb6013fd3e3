"""The customer list: which customers, in which order, one page of rows at a time.

The list never loads all customers into Python: :func:`customer_ids` returns
only ids (sorted in SQL, through indexes), and :func:`customer_rows` fetches
the few rows a view is about to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from peewee import SQL, ColumnBase, Field, ModelSelect

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
    if flt.ids is not None:
        query = query.where(Customer.id.in_(list(flt.ids)))
    if flt.text.strip():
        found = search_sql(flt.text, live_only=False)  # _where decides live or trashed
        if found is None:
            return []
        if limit is not None and _walkable(flt, sort, descending, found) and _at_least(found, MANY_MATCHES):
            page = _first_in_name_order(query, found, limit)
            if page is not None:
                return page
        # The matches are a subquery, run once, and fetched by id.
        query = query.where(Customer.id.in_(SQL(f"({found[0]})", found[1])))
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    # plain cursor rows: Peewee's per-row handling doubles the time for 100,000 ids
    sql, params = query.sql()
    return [row[0] for row in database_proxy.execute_sql(sql, params)]


# The first page of a word many customers have ("regular", "gmail": a third, a
# fifth of them) is not found by sorting every match by name before the LIMIT:
# the name index is walked in order, the page taken from the matches met, and
# the walk stops at the page (100k demo, 33k matches: 34 -> 12 ms). It goes no
# further than the first WALK_ROWS names: when they hold fewer than a page
# (the matches sit further down: Bengali names sort after Latin ones), the
# matches are sorted after all, so a walk never costs more than WALK_ROWS rows.
MANY_MATCHES = 5000  # from here on the walk beat the sort on the 100k demo
WALK_ROWS = 20_000


def _walkable(flt: CustomerFilter, sort: str, descending: bool, found: tuple[str, list[object]]) -> bool:
    # Only A to Z (Z to A, with ids still ascending, is not the index's order);
    # not the trash (few rows); words of one or two letters alone are a name range already.
    return sort == "name" and not descending and not flt.trashed and "customer_search" in found[0]


def _at_least(found: tuple[str, list[object]], count: int) -> bool:
    """Whether the search subquery finds ``count`` rows or more (it stops there)."""
    sql, params = found
    row = database_proxy.execute_sql(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*params, count]).fetchone()
    return bool(row[0] >= count)


def _first_in_name_order(
    query: ModelSelect[Customer], found: tuple[str, list[object]], limit: int
) -> list[int] | None:
    """The first ``limit`` matches in name order if the first WALK_ROWS rows hold them, else None."""
    bound = database_proxy.execute_sql(
        "SELECT sort_name FROM customer WHERE likely(deleted_at IS NULL) ORDER BY sort_name LIMIT 1 OFFSET ?",
        [WALK_ROWS],
    ).fetchone()
    matches, params = found
    # +id: the match is a list built once and probed while the name index is walked
    page = query.where(sqlite.unindexed(Customer.id).in_(SQL(f"({matches})", params)))
    if bound is not None:
        page = page.where(Customer.sort_name <= bound[0])
    page = page.order_by(Customer.sort_name.asc(nulls="LAST"), Customer.id).limit(limit)
    sql, page_params = page.sql()
    ids = [row[0] for row in database_proxy.execute_sql(sql, page_params)]
    return ids if len(ids) == limit or bound is None else None


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
