"""The dues ledger on a large shop: the Dues list, recording a payment, a statement PDF.

    .venv/bin/python bench/bench_ledger.py --db /tmp/dues100k.sqlite3 [--runs 5]

Make the database first with `crm-desktop demo --customers 100000 --db PATH` (a third of
the customers get ledger entries). The references, in the same run:

- Dues: one GROUP BY over the ledger through plain sqlite3 (who owes and how much), the
  least any Dues list must read; `dues()` adds oldest-first settlement and names.
- Payment: one plain INSERT into ledger_entry in its own transaction; `record_payment`
  adds the checks, the transaction-id lookup, the balance and the audit entry.
- Statement: no reference (the issue's budget is 1 s).

Writes go to a copy of the database, so the file given is left as it was.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from crm_desktop.charts.statement import write_statement
from crm_desktop.db.store import open_store
from crm_desktop.services import dues, ledger

OWING_SQL = (
    "SELECT l.customer_id, sum(l.amount_minor) FROM ledger_entry l JOIN customer c ON c.id = l.customer_id "
    "WHERE c.deleted_at IS NULL GROUP BY l.customer_id HAVING sum(l.amount_minor) > 0"
)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def show(name: str, ms: list[float], reference: list[float] | None = None) -> None:
    median = statistics.median(ms)
    ratio = f"  ({median / statistics.median(reference):.1f}× the reference)" if reference else ""
    print(f"{name:<28} median {median:8.1f} ms{ratio}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench.sqlite3"
        shutil.copyfile(args.db, copy)
        raw = sqlite3.connect(copy)
        reference = timed(lambda: raw.execute(OWING_SQL).fetchall(), args.runs)
        owing = raw.execute(OWING_SQL).fetchall()
        cid = max(owing, key=lambda r: r[1])[0]

        def insert() -> None:
            with raw:
                raw.execute(
                    "INSERT INTO ledger_entry (customer_id, kind, occurred_at, amount_minor, currency, "
                    "created_at) VALUES (?, 'payment', '2025-01-01', -1, 'BDT', '2025-01-01')",
                    (cid,),
                )

        insert_ms = timed(insert, args.runs)
        raw.close()
        with open_store(copy) as _store:
            show("reference: who owes (SQL)", reference)
            show("dues() — the Dues list", timed(dues.dues, args.runs), reference)
            print(f"{len(owing):,} customers owe")
            show("reference: one INSERT", insert_ms)
            show("record_payment", timed(lambda: ledger.record_payment(cid, 100), args.runs), insert_ms)
            out = Path(folder) / "statement.pdf"
            show("statement PDF", timed(lambda: write_statement(cid, out, lang="bn"), args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
