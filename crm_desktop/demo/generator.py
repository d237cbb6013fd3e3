"""Fill a store with a realistic shop's data, fast and reproducibly.

Everything is written in one transaction with ``executemany`` on the raw
connection, with the search triggers switched off; the search index and the
timeline caches (last contact, last purchase, lifetime value) are computed
once at the end, in SQL. Each table draws from its own random stream seeded
from ``seed``, so the same seed, sizes and anchor give the same rows.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from itertools import islice

from crm_desktop.db import sqlite
from crm_desktop.db.models import DEFAULT_CURRENCY
from crm_desktop.db.store import Store
from crm_desktop.demo import vocabulary as v
from crm_desktop.demo.activity import INTERACTION_COLUMNS, PURCHASE_COLUMNS, interaction_rows, purchase_rows
from crm_desktop.demo.clock import DAY, Clock
from crm_desktop.demo.dues import LEDGER_COLUMNS, ledger_rows
from crm_desktop.demo.people import (
    CUSTOM_FIELD_COLUMNS,
    CUSTOMER_COLUMNS,
    CUSTOMER_TAG_COLUMNS,
    EMAIL_COLUMNS,
    PHONE_COLUMNS,
    FirstIds,
    make_customers,
)
from crm_desktop.demo.work import (
    DEAL_COLUMNS,
    STAGE_CHANGE_COLUMNS,
    TASK_COLUMNS,
    TICKET_COLUMNS,
    StageInfo,
    make_deals,
    make_tasks,
    make_tickets,
)
from crm_desktop.timeutil import utcnow

Progress = Callable[[str, int, int], None]

DEALS_PER_CUSTOMER = 0.05
TASKS_PER_CUSTOMER = 0.08
TICKETS_PER_CUSTOMER = 0.03
CHUNK = 50_000
# the big tables: their indexes are built once after the load, not row by row
BULK_TABLES = ("customer", "customer_phone", "customer_email", "customer_tag", "interaction", "purchase")


@dataclass(frozen=True)
class DemoSummary:
    """How many rows :func:`generate` added to each table."""

    users: int = 0
    tags: int = 0
    customers: int = 0
    customer_phones: int = 0
    customer_emails: int = 0
    customer_tags: int = 0
    custom_fields: int = 0
    interactions: int = 0
    deals: int = 0
    deal_stage_changes: int = 0
    purchases: int = 0
    tasks: int = 0
    tickets: int = 0
    ledger_entries: int = 0

    def describe(self) -> str:
        """One line for a person: "2,000 customers, 20,000 calls and messages, …"."""
        parts = [
            (self.customers, "customers"),
            (self.interactions, "calls, messages and visits"),
            (self.purchases, "purchases"),
            (self.deals, "deals"),
            (self.tasks, "tasks"),
            (self.tickets, "tickets"),
            (self.users, "staff"),
        ]
        return ", ".join(f"{count:,} {what}" for count, what in parts)

    def per_table(self) -> dict[str, int]:
        """The counts keyed by table name (``customer_phone``, ``deal_stage_change``…)."""
        return {TABLES[name]: count for name, count in asdict(self).items()}


TABLES = {
    "users": "user",
    "tags": "tag",
    "customers": "customer",
    "customer_phones": "customer_phone",
    "customer_emails": "customer_email",
    "customer_tags": "customer_tag",
    "custom_fields": "custom_field",
    "interactions": "interaction",
    "deals": "deal",
    "deal_stage_changes": "deal_stage_change",
    "purchases": "purchase",
    "tasks": "task",
    "tickets": "ticket",
    "ledger_entries": "ledger_entry",
}
assert set(TABLES) == {f.name for f in fields(DemoSummary)}


def default_now() -> datetime:
    """Today's midnight, UTC: the anchor when none is given."""
    return utcnow().replace(hour=0, minute=0, second=0)


def generate(
    store: Store,
    *,
    customers: int = 2000,
    seed: int = 1,
    interactions_per_customer: float = 10.0,
    purchases_per_customer: float = 3.0,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> DemoSummary:
    """Add a demo shop's data to ``store`` and return how many rows each table got.

    ``now`` anchors every time (default: today's midnight, UTC): history lies
    before it, upcoming tasks after it. The same seed, sizes and ``now`` give
    identical rows in a fresh database.
    """
    if customers < 0 or interactions_per_customer < 0 or purchases_per_customer < 0:
        raise ValueError("demo sizes cannot be negative")
    report = progress or (lambda phase, done, total: None)
    clock = Clock(now or default_now())
    db = store.db
    con: sqlite3.Connection = db.connection()
    counts: dict[str, int] = {}

    def stream(seed_name: str) -> random.Random:
        return random.Random(f"{seed}:{seed_name}")

    def insert(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]], total: int) -> int:
        sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
        done = 0
        report(table, 0, total)
        iterator = iter(rows)
        while chunk := list(islice(iterator, CHUNK)):
            con.executemany(sql, chunk)
            done += len(chunk)
            report(table, done, max(total, done))
        counts[table] = counts.get(table, 0) + done
        return done

    with db.atomic("IMMEDIATE"), sqlite.search_sync_suspended(db):
        user_ids = _users(con, clock, insert)
        tags = _tags(con, insert)
        first = FirstIds(
            customer=_next_id(con, "customer"),
            phone=_next_id(con, "customer_phone"),
            email=_next_id(con, "customer_email"),
            customer_tag=_next_id(con, "customer_tag"),
            custom_field=_next_id(con, "custom_field"),
        )
        with _indexes_built_after(con, BULK_TABLES):
            rows = make_customers(stream("customers"), customers, first, user_ids, tags, clock)
            people = rows.people
            insert("customer", CUSTOMER_COLUMNS, rows.customers, customers)
            insert("customer_phone", PHONE_COLUMNS, rows.phones, len(rows.phones))
            insert("customer_email", EMAIL_COLUMNS, rows.emails, len(rows.emails))
            insert("customer_tag", CUSTOMER_TAG_COLUMNS, rows.tags, len(rows.tags))
            insert("custom_field", CUSTOM_FIELD_COLUMNS, rows.custom_fields, len(rows.custom_fields))
            del rows

            total = round(customers * interactions_per_customer) if people else 0
            first_id = _next_id(con, "interaction")
            generated = interaction_rows(stream("interactions"), people, total, first_id, user_ids, clock)
            insert("interaction", INTERACTION_COLUMNS, generated, total)

            total = round(customers * purchases_per_customer) if people else 0
            first_id = _next_id(con, "purchase")
            insert(
                "purchase",
                PURCHASE_COLUMNS,
                purchase_rows(stream("purchases"), people, total, first_id, clock),
                total,
            )
        report("indexes", 1, 1)
        first_id = _next_id(con, "ledger_entry")
        entries = list(ledger_rows(stream("dues"), con, people, first_id, clock))
        insert("ledger_entry", LEDGER_COLUMNS, entries, len(entries))

        stages = [StageInfo(*row) for row in con.execute(
            "SELECT s.id, s.pipeline_id, s.kind FROM stage s JOIN pipeline p ON p.id = s.pipeline_id "
            "WHERE p.id = (SELECT id FROM pipeline ORDER BY position, id LIMIT 1) ORDER BY s.position, s.id"
        )]  # fmt: skip
        n_deals = max(len(stages), round(customers * DEALS_PER_CUSTOMER)) if people else 0
        deals = make_deals(
            stream("deals"), people, n_deals, stages, _next_id(con, "deal"),
            _next_id(con, "deal_stage_change"), user_ids, clock,
        )  # fmt: skip
        insert("deal", DEAL_COLUMNS, deals.deals, len(deals.deals))
        insert("deal_stage_change", STAGE_CHANGE_COLUMNS, deals.changes, len(deals.changes))

        n_tasks = max(4, round(customers * TASKS_PER_CUSTOMER)) if people else 0
        first_task = _next_id(con, "task")
        tasks = make_tasks(stream("tasks"), people, n_tasks, deals, first_task, user_ids, clock)
        insert("task", TASK_COLUMNS, tasks, len(tasks))
        # Sample tasks already past due were never "missed": the window's first start must not
        # pop up "Reminders missed" for dozens of them. Tasks due later still remind.
        con.execute(
            "UPDATE task SET reminded_at = due_at WHERE id >= ? AND due_at IS NOT NULL AND due_at <= ?",
            (first_task, clock.at(0)),
        )
        n_tickets = max(4, round(customers * TICKETS_PER_CUSTOMER)) if people else 0
        tickets = make_tickets(stream("tickets"), people, n_tickets, _next_id(con, "ticket"), user_ids, clock)
        insert("ticket", TICKET_COLUMNS, tickets, len(tickets))

        report("caches", 0, 1)
        refresh_caches(con, first.customer)
        report("caches", 1, 1)
        report("search", 0, 1)
        sqlite.rebuild_search(db)
        report("search", 1, 1)
    return DemoSummary(**{name: counts.get(table, 0) for name, table in TABLES.items()})


Insert = Callable[[str, Sequence[str], Iterable[Sequence[object]], int], int]


@contextmanager
def _indexes_built_after(con: sqlite3.Connection, tables: Sequence[str]) -> Iterator[None]:
    """Drop the tables' indexes for a bulk load and create them again after it.

    Building an index is one sort; keeping it up to date through a million
    inserts in random key order is a million page searches, and much slower
    once the index outgrows the page cache. The enclosing transaction puts
    the indexes back if anything fails.
    """
    marks = ", ".join("?" * len(tables))
    saved = con.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).fetchall()
    for name, _ in saved:
        con.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in saved:
        con.execute(sql)


def _next_id(con: sqlite3.Connection, table: str) -> int:
    return int(con.execute(f'SELECT coalesce(max(id), 0) + 1 FROM "{table}"').fetchone()[0])


def _users(con: sqlite3.Connection, clock: Clock, insert: Insert) -> list[int]:
    """The shop's staff (added once), and every user's id: the owners to share customers out to."""
    existing = {name for (name,) in con.execute('SELECT name FROM "user"')}
    first_id = _next_id(con, "user")
    created = clock.at(-800 * DAY)
    missing = [(name, email) for name, email in v.STAFF if name not in existing]
    rows = [(first_id + i, name, email, created) for i, (name, email) in enumerate(missing)]
    insert("user", ("id", "name", "email", "created_at"), rows, len(rows))
    return [uid for (uid,) in con.execute('SELECT id FROM "user" ORDER BY id')]


def _tags(con: sqlite3.Connection, insert: Insert) -> dict[str, tuple[int, str]]:
    """Each demo tag's (id, stored name), reusing tags that exist (matched case-insensitively)."""
    existing = {
        name.lower(): (tid, name) for tid, name in con.execute("SELECT id, name FROM tag ORDER BY id")
    }
    first_id = _next_id(con, "tag")
    rows: list[tuple[int, str]] = []
    for name in v.TAGS:
        if name.lower() not in existing:
            existing[name.lower()] = (first_id + len(rows), name)
            rows.append((first_id + len(rows), name))
    insert("tag", ("id", "name"), rows, len(rows))
    return {name: existing[name.lower()] for name in v.TAGS}


def refresh_caches(con: sqlite3.Connection, first_customer_id: int) -> None:
    """Last contact, last purchase and lifetime value of the customers from ``first_customer_id`` on.

    The rules of :func:`crm_desktop.services.purchases.refresh_purchase_caches`
    (lifetime value: live purchases in the default currency; last purchase:
    any live purchase) and of ``touch_last_contact``, as one grouped pass per
    table: a correlated subquery per customer can be planned through an index
    on another column (the reports' ``purchase_currency_occurred_at``) and
    then reads every purchase once per customer.
    """
    con.execute(
        "UPDATE customer SET last_contact_at = t.last FROM "
        "(SELECT customer_id, max(occurred_at) AS last FROM interaction "
        " WHERE customer_id >= ? GROUP BY customer_id) AS t "
        "WHERE customer.id = t.customer_id",
        (first_customer_id,),
    )
    con.execute(
        "UPDATE customer SET lifetime_value_minor = t.total, last_purchase_at = t.last FROM "
        "(SELECT customer_id, sum(CASE WHEN currency = ? THEN amount_minor ELSE 0 END) AS total, "
        "        max(occurred_at) AS last FROM purchase "
        " WHERE deleted_at IS NULL AND customer_id >= ? GROUP BY customer_id) AS t "
        "WHERE customer.id = t.customer_id",
        (DEFAULT_CURRENCY, first_customer_id),
    )
