"""The dues ledger in and out of CSV files (issue 18, item 8).

**Opening balances** move a paper বাকি খাতা in: one row per customer, the
customer named by phone, email or external id (the importer's columns and
lookups: :class:`~crm_desktop.importing.lookups.CustomerIndex`), and the
amount owed, typed as people type it (``১,৫০০``, ``1,500/-``). Optional
``date`` (when the debt started; default today) and ``note``.

All or nothing: a file with any bad row writes nothing and every bad row is
named with its line and column, so the shop fixes the file and runs it again.
A customer who already has an opening balance is refused (running the same
file twice must not double what people owe).

**Export** writes every entry with the running balance per customer.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

from crm_desktop.db.models import Customer, LedgerEntry, database_proxy, tuples
from crm_desktop.importing import messages as im
from crm_desktop.importing import values as v
from crm_desktop.importing.lookups import CustomerIndex
from crm_desktop.io.csv_reader import iter_rows
from crm_desktop.io.csv_writer import write_csv
from crm_desktop.locale import ParseError, parse_amount, parse_date
from crm_desktop.money import Money
from crm_desktop.services import dues, ledger
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.settings import phone_region
from crm_desktop.timeutil import local_to_utc
from crm_desktop.translatable import QT_TRANSLATE_NOOP

# Header names understood (compared case-insensitively, spaces and dashes as underscores).
KEY_COLUMNS = {
    "external_id": ("customer_external_id", "external_id"),
    "email": ("customer_email", "email", "e_mail"),
    "phone": ("customer_phone", "phone", "mobile", "ফোন", "মোবাইল"),
}
AMOUNT_COLUMNS = ("amount", "amount_owed", "owed", "due", "balance", "বাকি", "টাকা")
DATE_COLUMNS = ("date", "since", "তারিখ")
NOTE_COLUMNS = ("note", "notes", "নোট")

NO_AMOUNT_COLUMN = QT_TRANSLATE_NOOP(
    "Ledger", "the file has no amount column (amount, owed, due, balance or বাকি)"
)
NO_KEY_COLUMN = QT_TRANSLATE_NOOP(
    "Ledger", "the file has no column naming the customer (phone, email or external_id)"
)
BAD_AMOUNT = QT_TRANSLATE_NOOP("Ledger", "'{value}' is not an amount: {reason}")
NEGATIVE_OPENING = QT_TRANSLATE_NOOP(
    "Ledger", "an opening balance cannot be negative ({value}); record an advance as a payment"
)
HAS_OPENING = QT_TRANSLATE_NOOP(
    "Ledger", "customer {id} already has an opening balance (entry {entry}); reverse it first"
)
TWICE_IN_FILE = QT_TRANSLATE_NOOP("Ledger", "customer {id} is also on line {line}")
BAD_DATE = QT_TRANSLATE_NOOP("Ledger", "'{value}' is not a date: {reason}")

EXPORT_HEADERS = (
    "entry_id",
    "customer_id",
    "customer",
    "date",
    "kind",
    "amount",
    "currency",
    "balance",
    "method",
    "reference",
    "note",
    "reverses",
)


@dataclass(frozen=True)
class FileProblem:
    line: int  # 0: the file as a whole
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "the file"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.reason}"


@dataclass
class OpeningImport:
    recorded: int = 0
    skipped_zero: int = 0
    total: Money = field(default_factory=Money.zero)
    problems: list[FileProblem] = field(default_factory=list)
    customer_ids: list[int] = field(default_factory=list)


def _norm(header: str) -> str:
    return header.strip().casefold().replace(" ", "_").replace("-", "_")


def _find(headers: Sequence[str], names: Sequence[str]) -> int | None:
    normed = [_norm(h) for h in headers]
    for name in names:
        if name in normed:
            return normed.index(name)
    return None


@dataclass(frozen=True)
class _Planned:
    line: int
    customer_id: int
    minor: int
    when: datetime | None
    note: str


def import_opening_balances(
    source: str | os.PathLike[str] | bytes, *, dry_run: bool = False
) -> Outcome[OpeningImport]:
    """Read opening balances; record them all, or (any problem, or ``dry_run``) none."""
    result = OpeningImport()
    region = phone_region()
    index = CustomerIndex(database_proxy.connection())
    planned: list[_Planned] = []
    with iter_rows(source, has_header=True) as rows:
        headers = rows.headers
        amount_at = _find(headers, AMOUNT_COLUMNS)
        keys = [(k, i) for k, names in KEY_COLUMNS.items() if (i := _find(headers, names)) is not None]
        date_at, note_at = _find(headers, DATE_COLUMNS), _find(headers, NOTE_COLUMNS)
        if amount_at is None:
            result.problems.append(FileProblem(0, None, NO_AMOUNT_COLUMN))
        if not keys:
            result.problems.append(FileProblem(0, None, NO_KEY_COLUMN))
        if result.problems:
            return Outcome(result)
        assert amount_at is not None
        for row in rows:
            item = _plan(
                row.line_number, row.values, headers, keys, amount_at, date_at, note_at, index, region
            )
            if isinstance(item, FileProblem):
                result.problems.append(item)
            elif item is None:
                result.skipped_zero += 1
            else:
                planned.append(item)
        result.problems.extend(FileProblem(p.line_number, p.column, p.reason) for p in rows.problems)
    result.problems.extend(_already_there(planned))
    if result.problems:
        result.problems.sort(key=lambda p: p.line)
        return Outcome(result)
    result.total = Money(sum(p.minor for p in planned))
    result.customer_ids = [p.customer_id for p in planned]
    if dry_run:
        return Outcome(result)
    with database_proxy.atomic():
        for p in planned:
            ledger.record_opening_balance(p.customer_id, p.minor, occurred_at=p.when, note=p.note)
            result.recorded += 1
    return Outcome(result, Changes.of("ledger", "customer", customers=result.customer_ids))


def _plan(
    line: int,
    values: list[str],
    headers: Sequence[str],
    keys: list[tuple[str, int]],
    amount_at: int,
    date_at: int | None,
    note_at: int | None,
    index: CustomerIndex,
    region: str,
) -> _Planned | FileProblem | None:
    customer = None
    named = False
    for key, at in keys:
        raw = values[at].strip()
        if not raw:
            continue
        named = True
        try:
            value = (
                v.email(raw).casefold()
                if key == "email"
                else v.phone(raw, region).e164
                if key == "phone"
                else raw
            )
        except v.FieldProblem as exc:
            return FileProblem(line, headers[at], str(exc))
        ids = index.lookup(key, value)
        if len(ids) > 1:
            reason = im.AMBIGUOUS_CUSTOMER.format(
                what=im.word(im.MATCH_WORDS, key), value=raw, count=len(ids), ids=", ".join(map(str, ids))
            )
            return FileProblem(line, headers[at], reason)
        if ids:
            customer = ids[0]
            break
    if customer is None:
        if not named:
            return FileProblem(line, None, im.NO_CUSTOMER_COLUMN)
        key, at = next((k, i) for k, i in keys if values[i].strip())
        return FileProblem(
            line,
            headers[at],
            im.NO_CUSTOMER.format(what=im.word(im.THE_WORDS, key), value=values[at].strip()),
        )
    raw_amount = values[amount_at].strip()
    try:
        minor = parse_amount(raw_amount).minor
    except ParseError as exc:
        return FileProblem(line, headers[amount_at], BAD_AMOUNT.format(value=raw_amount, reason=str(exc)))
    if minor < 0:
        return FileProblem(line, headers[amount_at], NEGATIVE_OPENING.format(value=raw_amount))
    if minor == 0:
        return None
    when = None
    if date_at is not None and values[date_at].strip():
        try:
            when = local_to_utc(datetime.combine(parse_date(values[date_at]), time(12, 0)))
        except ParseError as exc:
            return FileProblem(
                line, headers[date_at], BAD_DATE.format(value=values[date_at], reason=str(exc))
            )
    note = values[note_at].strip() if note_at is not None else ""
    return _Planned(line, customer, minor, when, note)


def _already_there(planned: list[_Planned]) -> Iterator[FileProblem]:
    first: dict[int, int] = {}
    for p in planned:
        if p.customer_id in first:
            yield FileProblem(p.line, None, TWICE_IN_FILE.format(id=p.customer_id, line=first[p.customer_id]))
        else:
            first[p.customer_id] = p.line
    ids = list(first)
    lines = {p.customer_id: p.line for p in planned}
    for start in range(0, len(ids), 500):
        query = LedgerEntry.select(LedgerEntry.customer, LedgerEntry.id).where(
            LedgerEntry.customer.in_(ids[start : start + 500])
            & (LedgerEntry.kind == "opening")
            & LedgerEntry.id.not_in(
                LedgerEntry.select(LedgerEntry.reverses).where(LedgerEntry.reverses.is_null(False))
            )
        )
        for cid, entry in tuples(query):
            yield FileProblem(lines[cid], None, HAS_OPENING.format(id=cid, entry=entry))


def export_ledger(target: str | os.PathLike[str], *, customer_ids: Sequence[int] | None = None) -> int:
    """Every ledger entry (of ``customer_ids``, or everyone) with its running balance, as
    CSV for a spreadsheet (UTF-8 with a byte-order mark, so Excel shows Bengali). Returns rows."""
    query = Customer.select(Customer.id, Customer.display_name).where(
        Customer.id.in_(LedgerEntry.select(LedgerEntry.customer))
    )
    if customer_ids is not None:
        query = query.where(Customer.id.in_(list(customer_ids)))
    names = dict(tuples(query.order_by(Customer.id)))

    def rows() -> Iterator[list[object]]:
        for cid, name in names.items():
            for line in dues.account(cid).lines:
                yield [
                    line.id,
                    cid,
                    name,
                    line.on.isoformat(),
                    line.kind,
                    line.amount.to_decimal_string(),
                    line.amount.currency,
                    line.balance.to_decimal_string(),
                    line.method,
                    line.reference,
                    line.note,
                    line.reverses_id or "",
                ]

    return write_csv(Path(target), EXPORT_HEADERS, rows(), bom=True)
