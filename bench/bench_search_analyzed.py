"""Search on a database as users have it: after SQLite gathered statistics (issue 13).

    ../shared/tools/lived-in-db DB            # statistics as the app leaves them (bounded ANALYZE)
    .venv/bin/python bench/bench_search_analyzed.py --db DB [--rounds 3] [--timeout 60]

Times the searches of issue 13 (a name part, a Bengali name, a full name, a
phone number, an email) through every path a user types into, each beside a
plain FTS5 ``MATCH`` on the same file in the same run (the reference: what the
search costs when the full-text index is read once):

* ``search_customer_ids(q, limit=200)``: the global search's customers, the
  deal dialog's customer picker, ``crm-desktop search``;
* ``customer_ids(CustomerFilter(text=q), limit=200)``: the customer list's
  first page while typing, and the same without a limit (every match, name order);
* ``search_everything(q)``: Ctrl+K (customers, deals and tickets).

Then (unless ``--search-only``) the other reads of live customers issue 13
names: the status bar's counts, the list's first page for frequent words,
duplicates, segments, RFM, beside a ``count(*)`` of the purchases.

A statement that runs longer than ``--timeout`` seconds is interrupted and
reported as "> N s". The database is opened as the app opens it (migrations
run first: point it at a copy you do not mind upgrading). Prints a markdown
table; nothing is written.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crm_desktop.db.models import database_proxy  # noqa: E402
from crm_desktop.db.sqlite import fts_phrase  # noqa: E402
from crm_desktop.db.store import open_store  # noqa: E402
from crm_desktop.reports.period import Period  # noqa: E402
from crm_desktop.reports.rfm import rfm_summary  # noqa: E402
from crm_desktop.search import search_customer_ids  # noqa: E402
from crm_desktop.services import duplicates, segments, stats  # noqa: E402
from crm_desktop.services.customer_list import (  # noqa: E402
    CustomerFilter,
    count_customers,  # noqa: E402
    customer_ids,
)
from crm_desktop.services.global_search import search_everything  # noqa: E402

QUERIES = ("rahman", "রহিম", "Nazma Rahman", "01985580795", "tanvir.hossain@gmail.com")


class Interrupted(Exception):
    pass


def timed(con: sqlite3.Connection, run: Callable[[], object], timeout: float) -> float | None:
    """Seconds ``run`` took, or None when it was interrupted after ``timeout`` seconds."""
    deadline = time.perf_counter() + timeout
    con.set_progress_handler(lambda: int(time.perf_counter() > deadline), 10_000)
    try:
        t0 = time.perf_counter()
        run()
        return time.perf_counter() - t0
    except Exception as exc:  # sqlite3 / peewee OperationalError: interrupted
        if "interrupt" in str(exc).lower():
            return None
        raise
    finally:
        con.set_progress_handler(None, 0)


def _match(q: str) -> tuple[str, tuple[str]]:
    words = [w for w in q.split() if len(w) >= 3]
    match = " AND ".join(fts_phrase(w) for w in words)
    return "SELECT rowid FROM customer_search WHERE customer_search MATCH ?", (match,)


def reference(con: sqlite3.Connection, q: str) -> Callable[[], object]:
    """A plain MATCH of every word (phone digits as they are), read once."""
    return lambda: con.execute(*_match(q)).fetchall()


def main() -> int:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--label", default="")
    parser.add_argument("--search-only", action="store_true", help="skip the table of other reads")
    args = parser.parse_args()
    store = open_store(args.db, create=False)
    con = database_proxy.connection()
    version = con.execute("PRAGMA user_version").fetchone()[0]
    live = con.execute("SELECT count(*) FROM customer WHERE +deleted_at IS NULL").fetchone()[0]
    stat = con.execute(
        "SELECT group_concat(idx || ' ' || stat, '; ') FROM sqlite_stat1 WHERE idx LIKE 'customer_%deleted%' "
        "OR idx = 'customer_trashed'"
    ).fetchone()[0]
    paths: dict[str, Callable[[str], Callable[[], object]]] = {
        "plain MATCH (reference)": lambda q: reference(con, q),
        "search_customer_ids, limit 200": lambda q: lambda: search_customer_ids(q, limit=200),
        "list: first 200, name order": lambda q: lambda: customer_ids(CustomerFilter(text=q), limit=200),
        "list: every match, name order": lambda q: lambda: customer_ids(CustomerFilter(text=q)),
        "Ctrl+K search_everything": lambda q: lambda: search_everything(q),
    }
    results: dict[tuple[str, str], float | None] = {}
    for q in QUERIES:
        for name, make in paths.items():
            times: list[float] = []
            for _ in range(args.rounds):
                took = timed(con, make(q), args.timeout)
                if took is None:
                    times = []
                    break
                times.append(took)
            median = statistics.median(times) if times else None
            results[(name, q)] = median
            shown = "interrupted" if median is None else f"{median * 1000:.1f} ms"
            print(f"  {q!r:>28} {name}: {shown}", file=sys.stderr)
    hits = {q: len(con.execute(*_match(q)).fetchall()) for q in QUERIES}
    others: dict[str, float | None] = {}
    if not args.search_only:
        today = date.today()
        year, quarter = Period.preset("last_12_months", today, 0), Period.preset("last_3_months", today, 0)
        reads: dict[str, Callable[[], object]] = {
            "reference: SELECT count(*) FROM purchase": lambda: con.execute(
                "SELECT count(*) FROM purchase"
            ).fetchone(),
            "status bar: stats.counts()": stats.counts,
            "list: count_customers() live + trash": lambda: (
                count_customers(),
                count_customers(trashed=True),
            ),
            "list: first 200 for `regular` (a tag, ~1/3 of customers)": lambda: customer_ids(
                CustomerFilter(text="regular"), limit=200
            ),
            "list: first 200 for `gmail`": lambda: customer_ids(CustomerFilter(text="gmail"), limit=200),
            "duplicates.duplicate_groups()": duplicates.duplicate_groups,
            "segments.customer_ids(every live customer)": lambda: segments.customer_ids(
                segments.SegmentFilter()
            ),
            "RFM rfm_summary(last 12 months)": lambda: rfm_summary(year),
            "RFM rfm_summary(last 3 months)": lambda: rfm_summary(quarter),
        }
        for name, run in reads.items():
            times = []
            for _ in range(args.rounds):
                took = timed(con, run, args.timeout)
                if took is None:
                    times = []
                    break
                times.append(took)
            others[name] = statistics.median(times) if times else None
            print(f"  {name}: {others[name]}", file=sys.stderr)
    store.close()

    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"Run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} {args.label} (code {commit or '?'}, "
        f"schema {version}), `{args.db.name}`: {live:,} live customers; statistics: {stat}; "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, load {load}. "
        f"Median of {args.rounds} rounds, ms; a statement over {args.timeout:.0f} s is interrupted.\n"
    )
    print("| path (plain MATCH hits) | " + " | ".join(f"`{q}` ({hits[q]:,})" for q in QUERIES) + " |")
    print("|---|" + "---:|" * len(QUERIES))
    for name in paths:
        cells = []
        for q in QUERIES:
            t = results[(name, q)]
            cells.append(f"> {args.timeout * 1000:,.0f}" if t is None else f"{t * 1000:,.1f}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    if others:
        print("\n| other reads of live customers | ms |\n|---|---:|")
        for name, t in others.items():
            print(
                f"| {name} | " + (f"> {args.timeout * 1000:,.0f}" if t is None else f"{t * 1000:,.1f}") + " |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
