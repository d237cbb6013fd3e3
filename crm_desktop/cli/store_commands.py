"""Commands over the store: demo, stats, search, check."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from crm_desktop.db import sqlite
from crm_desktop.db.models import CustomerEmail, CustomerPhone, tuples
from crm_desktop.db.store import CorruptDatabaseError, Store, StoreError, open_store, resolve_db_path
from crm_desktop.services import stats
from crm_desktop.services.customer_list import customer_rows


def open_for_command(args: argparse.Namespace, *, create: bool = False, reading: bool = False) -> Store:
    """The database named by ``--db`` (or the default); missing is an error unless ``create``.
    ``reading``: the command only reads, and leaves the file as it found it (no statistics)."""
    store = open_store(resolve_db_path(getattr(args, "db", None)), create=create)
    store.optimize_on_close = not reading
    return store


def register(subparsers: Any) -> None:
    from crm_desktop.cli.main import add_db_argument

    p = subparsers.add_parser("demo", help="fill a new database with realistic sample data")
    add_db_argument(p)
    p.add_argument(
        "--customers",
        type=_positive_int,
        default=2000,
        metavar="N",
        help="how many customers (default: 2000)",
    )
    p.add_argument(
        "--seed", type=int, default=1, metavar="S", help="another number makes other sample data (default: 1)"
    )
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("stats", help="count customers, interactions, deals …")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_stats)

    p = subparsers.add_parser("search", help="find customers by name, phone, email, tag or note")
    add_db_argument(p)
    p.add_argument("query", metavar="QUERY", help="words, a phone number or an email, as in the window")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument(
        "--limit", type=_positive_int, default=50, metavar="N", help="at most N results (default: 50)"
    )
    p.set_defaults(handler=cmd_search)

    p = subparsers.add_parser("check", help="check the database for damage (exit 1 if any)")
    add_db_argument(p)
    p.add_argument("--repair", action="store_true", help="rebuild the search index if it is wrong")
    p.set_defaults(handler=cmd_check)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.cli.main import CommandError
    from crm_desktop.demo import generate

    with open_for_command(args, create=True) as store:
        existing = stats.counts()["customers"]
        if existing:
            raise CommandError(
                f"{store.path} already has {existing} customers; demo data goes into a new file"
            )
        started = time.perf_counter()
        summary = generate(store, customers=args.customers, seed=args.seed, progress=_progress)
        took = time.perf_counter() - started
    print(f"\rMade demo data in {store.path} in {took:.1f} s: {summary.describe()}", file=sys.stderr)
    return 0


def _progress(step: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{step}: {done}/{total}   ", end="", file=sys.stderr, flush=True)


def cmd_stats(args: argparse.Namespace) -> int:
    with open_for_command(args, reading=True) as _store:
        counts = stats.counts()
    if args.json:
        print(json.dumps(counts))
    else:
        for key, value in counts.items():
            print(f"{key:<13}{value:>10,}")
    return 0


def search_results(query: str, limit: int) -> list[dict[str, Any]]:
    from crm_desktop.search import search_customer_ids

    ids = search_customer_ids(query, limit=limit)
    rows = customer_rows(ids)
    phones: dict[int, list[str]] = {i: [] for i in ids}
    emails: dict[int, list[str]] = {i: [] for i in ids}
    for cid, e164, raw in tuples(
        CustomerPhone.select(CustomerPhone.customer, CustomerPhone.e164, CustomerPhone.raw_text)
        .where(CustomerPhone.customer.in_(ids))
        .order_by(CustomerPhone.position)
    ):
        phones[cid].append(e164 or raw)
    for cid, email in tuples(
        CustomerEmail.select(CustomerEmail.customer, CustomerEmail.email)
        .where(CustomerEmail.customer.in_(ids))
        .order_by(CustomerEmail.position)
    ):
        emails[cid].append(email)
    return [
        {
            "id": cid,
            "name": rows[cid].name,
            "company": rows[cid].company,
            "phones": phones[cid],
            "emails": emails[cid],
            "tags": [t.strip() for t in rows[cid].tags.split(",") if t.strip()],
        }
        for cid in ids
    ]


def cmd_search(args: argparse.Namespace) -> int:
    with open_for_command(args, reading=True) as _store:
        results = search_results(args.query, args.limit)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        return 0
    for r in results:
        contact = ", ".join(r["phones"][:1] + r["emails"][:1])
        company = f" ({r['company']})" if r["company"] else ""
        print(f"{r['id']:>7}  {r['name']}{company}  {contact}")
    if not results:
        print("No customer matches.", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 healthy, 1 damaged (or an empty file); 2 when the file cannot be checked at all
    (missing, not a database, busy). Reads only, unless ``--repair`` has something to repair."""
    path = resolve_db_path(getattr(args, "db", None))
    try:
        problems = check_database(path)
    except CorruptDatabaseError as exc:
        print(f"problem: {exc}")
        print(f"{path}: the file is damaged", file=sys.stderr)
        return 1
    if problems and args.repair and all(p.startswith("search index:") for p in problems):
        with open_for_command(args) as store, store.atomic():
            sqlite.rebuild_search(store.db)
        print(f"{path}: search index rebuilt", file=sys.stderr)
        problems = check_database(path)
    if problems:
        for problem in problems[:50]:
            print(f"problem: {problem}")
        print(f"{path}: {len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"{path}: no problems found")
    return 0


def check_database(path: Path) -> list[str]:
    """Everything wrong with the database at ``path``, read through a read-only connection."""
    import sqlite3

    from crm_desktop.db.store import check_file, describe_sqlite_error, read_only_connection

    if not path.exists():
        raise StoreError(f"There is no database at {path}.")
    check_file(path, expected=True)  # an empty file, another program's file, a newer version…
    try:
        con = read_only_connection(path)
        try:
            return sqlite.integrity_problems(con)
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        raise describe_sqlite_error(path, exc) from exc  # busy, unreadable: not damage
    except sqlite3.DatabaseError as exc:
        return [f"the file cannot be read: {exc}"]
