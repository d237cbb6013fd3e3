"""What each export writes: headers that our import maps back to the same fields.

Rows are read page by page (``id > last ORDER BY id LIMIT n``, or a given
list of ids in its order), so an export of any size holds one page in
memory. Times are written in UTC with a ``Z`` (``2024-01-02T10:11:12Z``),
dates as ``YYYY-MM-DD``, money as plain decimals (``1234.50``) with the
currency in its own column, several phones or emails joined with `` ::: ``.
A row without an external id is named by this database's own reference
(``crm:<database>:c12``), which an import into the same database
recognises, so exporting and importing again changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from crm_desktop.importing.lookups import own_ref
from crm_desktop.money import Money, is_known_currency

PAGE = 1000
JOIN = " ::: "
CUSTOM_PREFIX = "Custom: "

CUSTOMER_HEADERS = [
    "Name", "Given name", "Family name", "Kind", "Company", "Phone", "Email", "Address", "City",
    "Birthday", "Source", "Interests", "Notes", "Facebook", "Tags", "Owner", "External ID", "Created at",
]  # fmt: skip
_CUSTOMER_SQL = (
    "SELECT id, display_name, given_name, family_name, kind, company, address, city, birthday, source, "
    "interests, notes, facebook, tag_names, owner_id, external_id, created_at FROM customer"
)
LINK_HEADERS = ["Customer ID", "Customer email", "Customer phone", "Customer"]
_LINK_SQL = "c.external_id, c.id, c.primary_email, c.primary_phone, c.display_name"
PURCHASE_HEADERS = ["Date", "Amount", "Currency", "Description", "Reference", *LINK_HEADERS]
INTERACTION_HEADERS = ["Date", "Channel", "Direction", "Subject", "Body", *LINK_HEADERS]
DEAL_HEADERS = [
    "Title", "Value", "Currency", "Stage", "Expected close", "Owner", "Deal ID", "Created at",
    *LINK_HEADERS, "Lost reason",
]  # fmt: skip
TASK_HEADERS = [
    "Title",
    "Notes",
    "Due",
    "Done",
    "Priority",
    "Customer",
    "Customer ID",
    "Deal",
    "Assignee",
    "Created at",
]
PRIORITY_WORDS = {0: "low", 1: "normal", 2: "high"}


def utc_text(value: str | None) -> str:
    """A stored UTC time as ISO 8601 with ``Z``; "" for none."""
    return value.replace(" ", "T", 1) + "Z" if value else ""


def amount_text(minor: int, currency: str) -> str:
    return Money(minor, currency).to_decimal_string() if is_known_currency(currency) else str(minor)


@dataclass
class Context:
    con: sqlite3.Connection
    db_id: str
    users: dict[int, str]

    def customer_ref(self, external_id: str | None, customer_id: int) -> str:
        return external_id or own_ref(self.db_id, "c", customer_id)


def pages(
    con: sqlite3.Connection, sql: str, where: str, ids: Sequence[int] | None, alias: str = ""
) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of ``sql`` page by page: all matching ``where`` by id, or exactly ``ids`` in order."""
    column = f"{alias}.id" if alias else "id"
    if ids is not None:
        for start in range(0, len(ids), PAGE):
            part = list(ids[start : start + PAGE])
            marks = ",".join("?" * len(part))
            found = {
                row[0]: row for row in con.execute(f"{sql} WHERE {where} AND {column} IN ({marks})", part)
            }
            yield [found[i] for i in part if i in found]
        return
    last = 0
    while True:
        rows = con.execute(
            f"{sql} WHERE {where} AND {column} > ? ORDER BY {column} LIMIT ?", (last, PAGE)
        ).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _children(con: sqlite3.Connection, sql: str, ids: list[int]) -> dict[int, list[Any]]:
    """Rows of a child table for a page of customers: ``{customer_id: [value or tuple, …]}``.

    ``sql`` has ``{where}`` for the customer_id condition: a range when the page
    is a run of ascending ids (the whole list, read by id), else ``IN (…)``.
    """
    out: dict[int, list[Any]] = defaultdict(list)
    if ids == sorted(ids):
        where, params = "customer_id BETWEEN ? AND ?", [ids[0], ids[-1]]
        wanted: set[int] | None = set(ids)
    else:
        where, params, wanted = f"customer_id IN ({','.join('?' * len(ids))})", list(ids), None
    for row in con.execute(sql.format(where=where), params):
        if wanted is None or row[0] in wanted:
            out[row[0]].append(row[1] if len(row) == 2 else row[1:])
    return out


def custom_keys(con: sqlite3.Connection, ids: Sequence[int] | None) -> list[str]:
    sql = (
        "SELECT DISTINCT f.key FROM custom_field f JOIN customer c ON c.id = f.customer_id "
        "WHERE c.deleted_at IS NULL"
    )
    if ids is None:
        keys = {k for (k,) in con.execute(sql)}
    else:
        wanted = set(ids)
        keys = {k for k, cid in con.execute("SELECT key, customer_id FROM custom_field") if cid in wanted}
    return sorted(keys, key=lambda k: (k.casefold(), k))


def customer_rows(
    ctx: Context, ids: Sequence[int] | None, keys: list[str], *, phone_column: str = "raw_text"
) -> Iterator[list[object]]:
    """Customer rows under CUSTOMER_HEADERS (+ custom ``keys``); phones as typed, or ``phone_column``."""
    con = ctx.con
    for page in pages(con, _CUSTOMER_SQL, "deleted_at IS NULL", ids):
        page_ids = [r[0] for r in page]
        phones = _children(
            con, f"SELECT customer_id, {phone_column} FROM customer_phone WHERE {{where}} "
            "ORDER BY customer_id, position, id", page_ids,
        )  # fmt: skip
        emails = _children(
            con, "SELECT customer_id, email FROM customer_email WHERE {where} "
            "ORDER BY customer_id, position, id", page_ids,
        )  # fmt: skip
        custom = _children(con, "SELECT customer_id, key, value FROM custom_field WHERE {where}", page_ids)
        for r in page:
            cid, name, given, family, kind, company, address, city, birthday, source = r[:10]
            interests, notes, facebook, tags, owner_id, external_id, created_at = r[10:]
            fields = dict(custom.get(cid, []))
            yield [
                name, given, family, kind, company, JOIN.join(phones.get(cid, [])),
                JOIN.join(emails.get(cid, [])), address, city, birthday or "", source, interests, notes,
                facebook, tags,
                ctx.users.get(owner_id, "") if owner_id else "", ctx.customer_ref(external_id, cid),
                utc_text(created_at), *(fields.get(k, "") for k in keys),
            ]  # fmt: skip


def _link(ctx: Context, r: Sequence[Any]) -> list[object]:
    external_id, cid, email, phone, name = r
    return [ctx.customer_ref(external_id, cid), email, phone, name]


def purchase_rows(ctx: Context, ids: Sequence[int] | None) -> Iterator[list[object]]:
    sql = (
        f"SELECT p.id, p.occurred_at, p.amount_minor, p.currency, p.description, p.reference, {_LINK_SQL} "
        "FROM purchase p JOIN customer c ON c.id = p.customer_id"
    )
    for page in pages(ctx.con, sql, _live("p", ids), None, "p"):
        for r in page:
            yield [utc_text(r[1]), amount_text(r[2], r[3]), r[3], r[4], r[5], *_link(ctx, r[6:])]


def interaction_rows(ctx: Context, ids: Sequence[int] | None) -> Iterator[list[object]]:
    sql = (
        f"SELECT i.id, i.occurred_at, i.channel, i.direction, i.subject, i.body, {_LINK_SQL} "
        "FROM interaction i JOIN customer c ON c.id = i.customer_id"
    )
    for page in pages(ctx.con, sql, _live("i", ids), None, "i"):
        for r in page:
            yield [utc_text(r[1]), r[2], r[3], r[4], r[5], *_link(ctx, r[6:])]


def deal_rows(ctx: Context, ids: Sequence[int] | None) -> Iterator[list[object]]:
    sql = (
        "SELECT d.id, d.title, d.value_minor, d.currency, s.name, d.expected_close, d.owner_id, "
        f"d.external_id, d.created_at, {_LINK_SQL}, d.lost_reason "
        "FROM deal d JOIN customer c ON c.id = d.customer_id JOIN stage s ON s.id = d.stage_id"
    )
    for page in pages(ctx.con, sql, _live("d", ids), None, "d"):
        for r in page:
            deal_id, title, value, currency, stage, close, owner_id, ext, created = r[:9]
            yield [
                title, amount_text(value, currency), currency, stage, close or "",
                ctx.users.get(owner_id, "") if owner_id else "", ext or own_ref(ctx.db_id, "d", deal_id),
                utc_text(created), *_link(ctx, r[9:14]), r[14],
            ]  # fmt: skip


def task_rows(ctx: Context, ids: Sequence[int] | None) -> Iterator[list[object]]:
    sql = (
        "SELECT t.id, t.title, t.notes, t.due_at, t.done, t.priority, c.display_name, c.external_id, c.id, "
        "d.title, t.assignee_id, t.created_at FROM task t LEFT JOIN customer c ON c.id = t.customer_id "
        "LEFT JOIN deal d ON d.id = t.deal_id"
    )
    where = "t.deleted_at IS NULL AND (c.id IS NULL OR c.deleted_at IS NULL)"
    if ids is not None:
        where += f" AND t.customer_id IN ({','.join(str(int(i)) for i in ids) or 'NULL'})"
    for page in pages(ctx.con, sql, where, None, "t"):
        for r in page:
            _tid, title, notes, due, done, priority, name, ext, cid, deal, assignee, created = r
            yield [
                title, notes, utc_text(due), "yes" if done else "no",
                PRIORITY_WORDS.get(priority, str(priority)), name or "",
                ctx.customer_ref(ext, cid) if cid else "", deal or "",
                ctx.users.get(assignee, "") if assignee else "", utc_text(created),
            ]  # fmt: skip


def _live(alias: str, customer_ids: Sequence[int] | None) -> str:
    where = f"{alias}.deleted_at IS NULL AND c.deleted_at IS NULL"
    if customer_ids is not None:
        where += f" AND {alias}.customer_id IN ({','.join(str(int(i)) for i in customer_ids) or 'NULL'})"
    return where


RowMaker = Callable[[Context, Sequence[int] | None], Iterator[list[object]]]
