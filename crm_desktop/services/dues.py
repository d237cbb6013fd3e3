"""What the dues ledger adds up to: balance, oldest unpaid date, days overdue.

Nothing here is stored: it is worked out from the entries
(:class:`~crm_desktop.db.models.LedgerEntry`) each time, so entries added on
several PCs later can never disagree with a stored balance.

Settlement: a payment that named sales (:class:`LedgerSettlement`) pays those
first; everything else that lowers the balance (payments, write-offs,
adjustments down) pays the oldest unpaid debt first. A reversed entry and its
reversal cancel out and take no part.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from peewee import fn

from crm_desktop.db.models import (
    DEFAULT_CURRENCY,
    CreditTerms,
    LedgerEntry,
    LedgerSettlement,
    Setting,
    database_proxy,
    tuples,
)
from crm_desktop.money import Money
from crm_desktop.timeutil import to_local

DUE_DAYS_SETTING = "ledger_due_days"
DEFAULT_DUE_DAYS = 30
MAX_DUE_DAYS = 3650


@dataclass(frozen=True)
class Line:
    """One entry as the ledger shows it, with the balance after it."""

    id: int
    kind: str
    on: date  # the local date it happened
    occurred_at: datetime  # naive UTC
    amount: Money  # > 0 raises what is owed
    balance: Money  # running balance after this entry
    method: str
    reference: str
    note: str
    reverses_id: int | None
    reversed: bool  # a later entry cancels this one
    unpaid: Money  # for a debt: what is still unpaid of it (0 otherwise)


@dataclass(frozen=True)
class Account:
    customer_id: int
    balance: Money  # > 0: the customer owes the shop; < 0: paid in advance
    lines: tuple[Line, ...]
    oldest_unpaid: date | None  # the date of the oldest debt not fully paid
    due_on: date | None  # when that debt fell (or falls) due
    days_overdue: int  # 0 when nothing is overdue
    due_days: int
    limit: Money | None

    def age(self, today: date) -> int:
        """Days since the oldest unpaid debt (0 when nothing is owed)."""
        return (today - self.oldest_unpaid).days if self.oldest_unpaid else 0


def default_due_days() -> int:
    row = Setting.get_or_none(Setting.key == DUE_DAYS_SETTING)
    try:
        days = int(row.value) if row else DEFAULT_DUE_DAYS
    except ValueError:
        return DEFAULT_DUE_DAYS
    return days if 0 <= days <= MAX_DUE_DAYS else DEFAULT_DUE_DAYS


def terms_of(customer_id: int, currency: str) -> tuple[int, Money | None]:
    """(due days, credit limit or None) for a customer."""
    row = CreditTerms.get_or_none(CreditTerms.customer == customer_id)
    days = row.due_days if row is not None and row.due_days is not None else default_due_days()
    limit = Money(row.limit_minor, currency) if row is not None and row.limit_minor is not None else None
    return days, limit


def local_date(at: datetime) -> date:
    return to_local(at).date()


def ledger_currency(customer_id: int) -> str | None:
    """The currency of a customer's ledger (its first entry's), None when it has none."""
    return (
        LedgerEntry.select(LedgerEntry.currency)
        .where(LedgerEntry.customer == customer_id)
        .order_by(LedgerEntry.id)
        .limit(1)
        .scalar()
    )


_ROW = (
    LedgerEntry.id,
    LedgerEntry.customer,
    LedgerEntry.kind,
    LedgerEntry.occurred_at,
    LedgerEntry.amount_minor,
    LedgerEntry.currency,
    LedgerEntry.method,
    LedgerEntry.reference,
    LedgerEntry.note,
    LedgerEntry.reverses,
)


def _rows_of(customer_ids: Sequence[int]) -> dict[int, list[tuple]]:
    found: dict[int, list[tuple]] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = list(customer_ids[start : start + 500])
        query = (
            LedgerEntry.select(*_ROW)
            .where(LedgerEntry.customer.in_(chunk))
            .order_by(LedgerEntry.customer, LedgerEntry.occurred_at, LedgerEntry.id)
        )
        for row in tuples(query):
            found.setdefault(row[1], []).append(row)
    return found


def _settlements_of(entry_ids: Iterable[int]) -> list[tuple[int, int, int]]:
    ids = list(entry_ids)
    found: list[tuple[int, int, int]] = []
    for start in range(0, len(ids), 500):
        query = LedgerSettlement.select(
            LedgerSettlement.payment, LedgerSettlement.debit, LedgerSettlement.amount_minor
        ).where(LedgerSettlement.payment.in_(ids[start : start + 500]))
        found.extend(tuples(query))
    return found


def unpaid_of(rows: Sequence[tuple], settlements: Iterable[tuple[int, int, int]]) -> dict[int, int]:
    """Debt entry id → minor units still unpaid (only debts that count; see the module's doc)."""
    cancelled = {r[9] for r in rows if r[9] is not None}
    live = [r for r in rows if r[9] is None and r[0] not in cancelled]
    unpaid = {r[0]: r[4] for r in live if r[4] > 0}
    credit = {r[0]: -r[4] for r in live if r[4] < 0}
    for payment, debit, amount in settlements:
        if payment in credit and debit in unpaid:
            paid = min(amount, unpaid[debit], credit[payment])
            unpaid[debit] -= paid
            credit[payment] -= paid
    pool = sum(credit.values())
    for entry_id in unpaid:  # rows are in date order, so this is oldest first
        paid = min(pool, unpaid[entry_id])
        unpaid[entry_id] -= paid
        pool -= paid
    return unpaid


def _account(customer_id: int, rows: Sequence[tuple], today: date) -> Account:
    currency = rows[0][5] if rows else DEFAULT_CURRENCY
    due_days, limit = terms_of(customer_id, currency)
    unpaid = unpaid_of(rows, _settlements_of(r[0] for r in rows if r[4] < 0))
    reversed_ids = {r[9] for r in rows if r[9] is not None}
    running = 0
    lines = []
    for eid, _cid, kind, at, minor, cur, method, ref, note, reverses in rows:
        running += minor
        lines.append(
            Line(
                eid,
                kind,
                local_date(at),
                at,
                Money(minor, cur),
                Money(running, cur),
                method,
                ref,
                note,
                reverses,
                eid in reversed_ids,
                Money(unpaid.get(eid, 0), cur),
            )
        )
    oldest = next((line.on for line in lines if line.unpaid.minor > 0), None)
    due_on = date.fromordinal(oldest.toordinal() + due_days) if oldest else None
    overdue = max(0, (today - due_on).days) if due_on else 0
    return Account(
        customer_id, Money(running, currency), tuple(lines), oldest, due_on, overdue, due_days, limit
    )


def account(customer_id: int, *, today: date | None = None) -> Account:
    """A customer's ledger with running balance and what is still unpaid."""
    rows = _rows_of([customer_id]).get(customer_id, [])
    return _account(customer_id, rows, today or date.today())


def balance_minor(customer_id: int) -> int:
    total = LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.amount_minor), 0)).where(
        LedgerEntry.customer == customer_id
    )
    return int(total.scalar())


@dataclass(frozen=True)
class Due:
    """One customer who owes: for the Dues view and ``crm-desktop dues``."""

    customer_id: int
    name: str
    due: Money
    oldest_unpaid: date
    age_days: int  # days since the oldest unpaid debt
    days_overdue: int


# Who owes, how much and since when, for every customer whose ledger follows the plain rule
# (oldest debt paid first: no reversals, no payment naming sales), in one statement: a debt is
# unpaid once the running sum of debts passes all that was paid. The others (few) are worked
# out entry by entry. SQL window functions: SQLite 3.25+, PostgreSQL alike.
_DUES_SQL = """
WITH entries AS (
    SELECT customer_id, occurred_at, amount_minor, currency,
           sum(amount_minor) OVER whole AS balance,
           -sum(min(amount_minor, 0)) OVER whole AS paid,
           sum(max(amount_minor, 0)) OVER (whole ORDER BY occurred_at, id ROWS UNBOUNDED PRECEDING) AS owed
    FROM ledger_entry
    WINDOW whole AS (PARTITION BY customer_id)
), unpaid AS (
    SELECT customer_id, balance, currency, min(occurred_at) AS since FROM entries
    WHERE balance > 0 AND amount_minor > 0 AND owed > paid GROUP BY customer_id
)
SELECT u.customer_id, c.display_name, u.balance, u.currency, u.since
FROM unpaid u JOIN customer c ON c.id = u.customer_id WHERE c.deleted_at IS NULL
ORDER BY u.balance DESC, u.since, u.customer_id
"""
_SPECIAL_SQL = """
SELECT customer_id FROM ledger_entry WHERE reverses_id IS NOT NULL
UNION SELECT l.customer_id FROM ledger_settlement s JOIN ledger_entry l ON l.id = s.payment_id
"""


def dues(*, today: date | None = None, older_than: int = 0) -> list[Due]:
    """Everyone who owes (balance above zero, not in the trash), most owed first.

    ``older_than``: only those whose oldest unpaid debt is more than that many days old.
    """
    today = today or date.today()
    default_days = default_due_days()
    days_of = dict(
        tuples(
            CreditTerms.select(CreditTerms.customer, CreditTerms.due_days).where(
                CreditTerms.due_days.is_null(False)
            )
        )
    )
    local_dates: dict[str, date] = {}  # "YYYY-MM-DD HH" → its local date (entries cluster)
    found: list[Due] = []
    special_ids = {cid for (cid,) in database_proxy.execute_sql(_SPECIAL_SQL)}
    special: dict[int, str] = {}
    for cid, name, balance, currency, oldest_at in database_proxy.execute_sql(_DUES_SQL):
        if cid in special_ids:
            special[cid] = name
            continue
        key = str(oldest_at)[:13]
        oldest = local_dates.get(key) or local_dates.setdefault(
            key, local_date(datetime.fromisoformat(str(oldest_at)))
        )
        age = (today - oldest).days
        if older_than > 0 and age <= older_than:
            continue
        overdue = max(0, age - days_of.get(cid, default_days))
        found.append(Due(cid, name, Money(balance, currency), oldest, age, overdue))
    rows = _rows_of(sorted(special))
    for cid, name in special.items():
        acct = _account(cid, rows.get(cid, []), today)
        if acct.oldest_unpaid is None or (older_than > 0 and acct.age(today) <= older_than):
            continue
        found.append(Due(cid, name, acct.balance, acct.oldest_unpaid, acct.age(today), acct.days_overdue))
    if special:  # the SQL gave the others in order already
        found.sort(key=lambda d: (-d.due.minor, d.oldest_unpaid, d.customer_id))
    return found
