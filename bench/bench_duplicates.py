"""Finding possible duplicates on a large shop, against the bare SQL floor.

    .venv/bin/python bench/bench_duplicates.py --db /tmp/dup100k.sqlite3 [--runs 5]

Make the database first with `crm-desktop demo --customers 100000 --db PATH`.
The reference is the three GROUP BY queries alone (phone, email, name) through
plain sqlite3, the least any way of finding them must read; duplicate_groups
adds grouping the links into customers, dismissed groups, ranking and names.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from pathlib import Path

from crm_desktop.db.store import open_store
from crm_desktop.services.duplicates import _LINKS_SQL, duplicate_groups


def timed(fn, runs: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    raw = sqlite3.connect(args.db)
    reference = timed(lambda: raw.execute(_LINKS_SQL).fetchall(), args.runs)
    raw.close()
    with open_store(args.db) as _store:
        customers = _store.db.execute_sql("SELECT count(*) FROM customer").fetchone()[0]
        ours = timed(duplicate_groups, args.runs)
        groups = duplicate_groups()
    print(f"{customers:,} customers, {len(groups)} groups shown; {args.runs} runs")
    print("| path | median ms | max ms |\n|---|---:|---:|")
    print(f"| duplicate_groups() | {statistics.median(ours):.0f} | {max(ours):.0f} |")
    print(f"| reference: the three GROUP BY queries, plain sqlite3 | {statistics.median(reference):.0f} | "
          f"{max(reference):.0f} |")  # fmt: skip
    print(f"Ratio (median): {statistics.median(ours) / statistics.median(reference):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
