"""Demo dues (বাকি খাতা): a third of the customers bought on credit.

Their credit sales are purchases the demo already made (a sale on credit is a
purchase, so revenue stays as it was): the entry points at it. Payments come
later, in cash or by bKash (with a transaction id of bKash's shape), some in
full, some in part, some not yet; a few customers have owed for months.
Customers with no purchase in taka start with an opening balance instead.
"""

from __future__ import annotations

import random
import sqlite3
import string
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta

from crm_desktop.db.models import DEFAULT_CURRENCY
from crm_desktop.demo.clock import Clock
from crm_desktop.demo.people import Person

LEDGER_COLUMNS = (
    "id",
    "customer_id",
    "kind",
    "occurred_at",
    "amount_minor",
    "currency",
    "method",
    "reference",
    "note",
    "purchase_id",
    "created_at",
)
SHARE_ON_CREDIT = 1 / 3
LONG_OVERDUE = 4  # customers who still owe for a sale more than 90 days old
_TRX = string.ascii_uppercase + string.digits


def _credit_purchases(con: sqlite3.Connection, first_customer: int) -> dict[int, list[tuple[int, str, int]]]:
    found: dict[int, list[tuple[int, str, int]]] = {}
    query = (
        "SELECT id, customer_id, occurred_at, amount_minor FROM purchase "
        "WHERE customer_id >= ? AND currency = ? AND amount_minor > 0 AND deleted_at IS NULL "
        "ORDER BY customer_id, occurred_at, id"
    )
    for pid, cid, at, amount in con.execute(query, (first_customer, DEFAULT_CURRENCY)):
        found.setdefault(cid, []).append((pid, at, amount))
    return found


def ledger_rows(
    rng: random.Random,
    con: sqlite3.Connection,
    people: Sequence[Person],
    first_id: int,
    clock: Clock,
) -> Iterator[tuple[object, ...]]:
    if not people:
        return
    purchases = _credit_purchases(con, min(p.id for p in people))
    now = clock.now
    used: set[str] = set()
    eid = first_id
    overdue_left = LONG_OVERDUE

    def trx() -> str:
        while True:
            text = "".join(rng.choice(_TRX) for _ in range(10))
            if text not in used:
                used.add(text)
                return text

    for person in people:
        if rng.random() >= SHARE_ON_CREDIT:
            continue
        bn = person.lang == "bn"
        bought = purchases.get(person.id, [])
        if not bought:
            amount = (5 + int(rng.random() * 200)) * 1000
            when = now - timedelta(days=int(rng.random() * 120) + 1, hours=-10)
            at = when.isoformat(" ")
            note = "পুরনো খাতা থেকে" if bn else "From the old ledger book"
            yield (eid, person.id, "opening", at, amount, DEFAULT_CURRENCY, "", "", note, None, at)
            eid += 1
            continue
        sales = bought[-(1 + int(rng.random() * 3)) :]
        old = [s for s in sales if datetime.fromisoformat(s[1]) < now - timedelta(days=90)]
        keep_owing = bool(old) and overdue_left > 0
        if keep_owing:
            overdue_left -= 1
        payments: list[tuple[datetime, int]] = []
        for pid, at, amount in sales:
            yield (eid, person.id, "sale", at, amount, DEFAULT_CURRENCY, "", "", "", pid, at)
            eid += 1
            if keep_owing:
                continue
            luck = rng.random()
            paid = amount if luck < 0.55 else amount // 2 if luck < 0.8 else 0
            paid_at = datetime.fromisoformat(at) + timedelta(days=1 + int(rng.random() * 40))
            if paid and paid_at < now:
                payments.append((paid_at, paid))
        for paid_at, paid in sorted(payments):
            bkash = rng.random() < 0.45
            at = paid_at.isoformat(" ")
            method, ref = ("bkash", trx()) if bkash else ("cash", "")
            yield (eid, person.id, "payment", at, -paid, DEFAULT_CURRENCY, method, ref, "", None, at)
            eid += 1
