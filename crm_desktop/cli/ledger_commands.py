"""The ``ledger`` and ``dues`` commands: the বাকি খাতা from a terminal (issue 18).

Amounts are typed as people type them (``1250``, ``১,২৫০.৫০``); dates too
(``2025-03-01``, ``01/03/2025``, day first). Bad input is one line on stderr,
exit status 2, and nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from crm_desktop.cli.store_commands import open_for_command
from crm_desktop.db.models import DEFAULT_CURRENCY, Customer
from crm_desktop.locale import ParseError, parse_amount, parse_date
from crm_desktop.money import Money
from crm_desktop.services import dues, ledger
from crm_desktop.services.errors import NotFoundError
from crm_desktop.services.input_rules import CUSTOMER_GONE
from crm_desktop.timeutil import local_to_utc


def register(subparsers: Any) -> None:
    from crm_desktop.cli.main import OneLineParser, add_db_argument, add_force_argument

    p = subparsers.add_parser("ledger", help="the dues ledger (বাকি খাতা): sales on credit, payments")
    commands = p.add_subparsers(dest="ledger_command", metavar="ACTION", parser_class=OneLineParser)
    commands.required = True

    def entry(name: str, help_text: str) -> argparse.ArgumentParser:
        q: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        add_db_argument(q)
        q.add_argument(
            "customer", type=int, metavar="CUSTOMER_ID", help="the customer's number (see search --json)"
        )
        q.add_argument("amount", metavar="AMOUNT", help="e.g. 1250 or ১,২৫০.৫০")
        q.add_argument("--date", metavar="D", help="when (default: now), e.g. 2025-03-01 or 01/03/2025")
        q.add_argument("--note", default="", metavar="T", help="a note kept with the entry")
        q.add_argument(
            "--currency",
            default=DEFAULT_CURRENCY,
            metavar="CODE",
            help=f"currency code (default {DEFAULT_CURRENCY})",
        )
        return q

    q = entry("sale", "a sale on credit (also recorded as a purchase)")
    q.add_argument("--ref", default="", metavar="R", help="receipt number")
    q.set_defaults(handler=cmd_sale)

    q = entry("payment", "money received from a customer")
    q.add_argument("--method", default="cash", choices=ledger.METHODS, help="how it was paid (default cash)")
    q.add_argument("--ref", default="", metavar="TXID", help="bKash/Nagad transaction id or receipt")
    q.add_argument(
        "--settles", type=int, nargs="+", default=[], metavar="ENTRY", help="sale entries this pays first"
    )
    q.add_argument(
        "--allow-credit", action="store_true", help="accept more than is owed (the rest is an advance)"
    )
    q.set_defaults(handler=cmd_payment)

    q = entry("opening", "what the customer owed before (from the paper খাতা)")
    q.set_defaults(handler=cmd_opening)

    q = commands.add_parser("reverse", help="cancel an entry with one that undoes it")
    add_db_argument(q)
    q.add_argument("entry", type=int, metavar="ENTRY_ID", help="the entry to reverse (see ledger show)")
    q.add_argument("--reason", default="", metavar="T", help="why it is reversed")
    q.set_defaults(handler=cmd_reverse)

    q = commands.add_parser("show", help="a customer's ledger with the running balance")
    add_db_argument(q)
    q.add_argument("customer", type=int, metavar="CUSTOMER_ID", help="the customer's number")
    q.add_argument("--json", action="store_true", help="print one JSON object")
    q.set_defaults(handler=cmd_show)

    q = commands.add_parser(
        "import-opening", help="opening balances from a CSV (customer phone/email/external_id + amount)"
    )
    add_db_argument(q)
    q.add_argument(
        "file", metavar="FILE", help="a CSV of customers (phone, email or id) and the amount they owe"
    )
    q.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    q.set_defaults(handler=cmd_import_opening)

    q = commands.add_parser("export", help="every ledger entry with the running balance, as CSV")
    add_db_argument(q)
    add_force_argument(q)
    q.add_argument("-o", "--output", required=True, metavar="FILE", help="the CSV file to write")
    q.add_argument("--customer", type=int, action="append", metavar="ID", help="only this customer")
    q.set_defaults(handler=cmd_export)

    p = subparsers.add_parser("statement", help="a customer's one-page statement of account as PDF")
    add_db_argument(p)
    add_force_argument(p)
    p.add_argument("customer", type=int, metavar="CUSTOMER_ID", help="the customer's number")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--lang", choices=("en", "bn"), default="en", help="language of the statement")
    p.set_defaults(handler=cmd_statement)

    p = subparsers.add_parser("dues", help="everyone who owes, most first")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument(
        "--older-than", type=_days, default=0, metavar="DAYS", help="only debts older than DAYS days"
    )
    p.set_defaults(handler=cmd_dues)


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the number of days cannot be negative")
    return value


def _amount(args: argparse.Namespace) -> int:
    from crm_desktop.cli.main import CommandError

    try:
        return parse_amount(args.amount, args.currency.upper()).minor
    except ParseError as exc:
        raise CommandError(f"amount: {exc}") from None
    except ValueError as exc:  # an unknown currency code
        raise CommandError(f"currency: {exc}") from None


def _when(args: argparse.Namespace) -> datetime | None:
    """``--date`` as the stored time: midday local, so the day stays the day in every zone."""
    from crm_desktop.cli.main import CommandError

    if not args.date:
        return None
    try:
        day = parse_date(args.date)
    except ParseError as exc:
        raise CommandError(f"date: {exc}") from None
    return local_to_utc(datetime.combine(day, time(12, 0)))


def _name(customer_id: int) -> str:
    row = Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null())
    if row is None:
        raise NotFoundError(CUSTOMER_GONE.format(id=customer_id))
    return str(row.display_name)


def _said(kind: str, customer_id: int, recorded: ledger.Recorded, amount: int, currency: str) -> int:
    name = _name(customer_id)
    print(
        f"{kind} of {Money(amount, currency).to_decimal_string()} {currency} recorded for {name} "
        f"(entry {recorded.entry_id}); balance {recorded.balance.to_decimal_string()} {currency}."
    )
    if recorded.warning:
        print(f"crm-desktop: warning: {recorded.warning}", file=sys.stderr)
    return 0


def cmd_sale(args: argparse.Namespace) -> int:
    amount, when = _amount(args), _when(args)
    with open_for_command(args):
        recorded = ledger.record_sale(
            args.customer,
            amount,
            currency=args.currency,
            occurred_at=when,
            note=args.note,
            reference=args.ref,
        ).value
        return _said("Sale on credit", args.customer, recorded, amount, args.currency.upper())


def cmd_payment(args: argparse.Namespace) -> int:
    amount, when = _amount(args), _when(args)
    with open_for_command(args):
        recorded = ledger.record_payment(
            args.customer,
            amount,
            method=args.method,
            reference=args.ref,
            currency=args.currency,
            occurred_at=when,
            note=args.note,
            settles=args.settles,
            allow_credit=args.allow_credit,
        ).value
        return _said(f"Payment ({args.method})", args.customer, recorded, amount, args.currency.upper())


def cmd_opening(args: argparse.Namespace) -> int:
    amount, when = _amount(args), _when(args)
    with open_for_command(args):
        recorded = ledger.record_opening_balance(
            args.customer, amount, currency=args.currency, occurred_at=when, note=args.note
        ).value
        return _said("Opening balance", args.customer, recorded, amount, args.currency.upper())


def cmd_reverse(args: argparse.Namespace) -> int:
    with open_for_command(args):
        recorded = ledger.reverse_entry(args.entry, reason=args.reason).value
    print(
        f"Entry {args.entry} reversed (entry {recorded.entry_id}); "
        f"balance {recorded.balance.to_decimal_string()} {recorded.balance.currency}."
    )
    return 0


def cmd_import_opening(args: argparse.Namespace) -> int:
    from crm_desktop.cli.main import CommandError
    from crm_desktop.io.errors import ReadError
    from crm_desktop.services.ledger_files import import_opening_balances

    if not Path(args.file).is_file():
        raise CommandError(f"{args.file}: no such file")
    with open_for_command(args):
        try:
            result = import_opening_balances(args.file, dry_run=args.dry_run).value
        except ReadError as exc:
            raise CommandError(f"{args.file}: {exc}") from None
    if result.problems:
        for problem in result.problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
        print(f"{len(result.problems)} problem(s); nothing was recorded.", file=sys.stderr)
        return 2
    done = "would be recorded (dry run)" if args.dry_run else "recorded"
    zero = f"; {result.skipped_zero} row(s) owing nothing skipped" if result.skipped_zero else ""
    count = len(result.customer_ids)
    print(f"{count} opening balance(s) {done}, {result.total.to_decimal_string()} BDT in all{zero}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from crm_desktop.cli.main import output_path
    from crm_desktop.services.ledger_files import export_ledger

    target = output_path(args, args.output)
    with open_for_command(args, reading=True):
        written = export_ledger(target, customer_ids=args.customer)
    print(f"{written} ledger entr{'y' if written == 1 else 'ies'} written to {target}.")
    return 0


def cmd_statement(args: argparse.Namespace) -> int:
    from crm_desktop.charts.statement import write_statement
    from crm_desktop.cli.main import CommandError, output_path

    target = output_path(args, args.output)
    if target.suffix.lower() != ".pdf":
        raise CommandError(f"{target}: a statement is a PDF; name the file .pdf")
    with open_for_command(args, reading=True):
        _name(args.customer)
        write_statement(args.customer, target, lang=args.lang)
    print(f"Wrote {target}", file=sys.stderr)
    return 0


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def account_json(acct: dues.Account) -> dict[str, object]:
    return {
        "customer": acct.customer_id,
        "balance": acct.balance.to_decimal_string(),
        "currency": acct.balance.currency,
        "oldest_unpaid": _iso(acct.oldest_unpaid),
        "due_on": _iso(acct.due_on),
        "days_overdue": acct.days_overdue,
        "entries": [
            {
                "id": line.id,
                "date": line.on.isoformat(),
                "kind": line.kind,
                "amount": line.amount.to_decimal_string(),
                "balance": line.balance.to_decimal_string(),
                "method": line.method,
                "reference": line.reference,
                "note": line.note,
                "reverses": line.reverses_id,
                "reversed": line.reversed,
                "unpaid": line.unpaid.to_decimal_string(),
            }
            for line in acct.lines
        ],
    }


def cmd_show(args: argparse.Namespace) -> int:
    with open_for_command(args, reading=True):
        name = _name(args.customer)
        acct = dues.account(args.customer)
    if args.json:
        print(json.dumps(account_json(acct), ensure_ascii=False))
        return 0
    print(f"{name}: balance {acct.balance.to_decimal_string()} {acct.balance.currency}")
    if acct.oldest_unpaid:
        late = f", {acct.days_overdue} days overdue" if acct.days_overdue else ""
        print(f"Oldest unpaid: {acct.oldest_unpaid.isoformat()} (due {_iso(acct.due_on)}{late})")
    for line in acct.lines:
        how = f" {line.method}" if line.method else ""
        ref = f" {line.reference}" if line.reference else ""
        gone = " (reversed)" if line.reversed else ""
        print(
            f"{line.id:>6}  {line.on.isoformat()}  {line.kind:<10} {line.amount.to_decimal_string():>12}"
            f"  {line.balance.to_decimal_string():>12}{how}{ref}{gone}  {line.note}".rstrip()
        )
    if not acct.lines:
        print("No entries yet.")
    return 0


def cmd_dues(args: argparse.Namespace) -> int:
    with open_for_command(args, reading=True):
        rows = dues.dues(older_than=args.older_than)
    if args.json:
        out = [
            {
                "id": d.customer_id,
                "name": d.name,
                "due": d.due.to_decimal_string(),
                "currency": d.due.currency,
                "oldest_unpaid": d.oldest_unpaid.isoformat(),
                "days": d.age_days,
                "days_overdue": d.days_overdue,
            }
            for d in rows
        ]
        print(json.dumps(out, ensure_ascii=False))
        return 0
    for d in rows:
        late = f", {d.days_overdue} overdue" if d.days_overdue else ""
        print(
            f"{d.customer_id:>7}  {d.name}  {d.due.to_decimal_string()} {d.due.currency}  "
            f"since {d.oldest_unpaid.isoformat()} ({d.age_days} days{late})"
        )
    total = sum(d.due.minor for d in rows if d.due.currency == DEFAULT_CURRENCY)
    print(f"{len(rows)} customer(s) owe {Money(total).to_decimal_string()} {DEFAULT_CURRENCY}.")
    return 0
