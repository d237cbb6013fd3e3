"""``python -m crm_desktop.demo --db demo.sqlite3 [--customers N] [--seed N]``"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime

from crm_desktop.db.store import StoreError, open_store
from crm_desktop.demo.generator import generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crm_desktop.demo", description=__doc__)
    parser.add_argument("--db", required=True, help="database file to fill (created if missing)")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--interactions-per-customer", type=float, default=10.0)
    parser.add_argument("--purchases-per-customer", type=float, default=3.0)
    parser.add_argument("--now", type=datetime.fromisoformat, default=None, help="anchor, e.g. 2025-01-01")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    def progress(phase: str, done: int, total: int) -> None:
        if done == total:
            print(f"{time.perf_counter() - started:6.1f} s  {phase}: {total:,}", file=sys.stderr)

    try:
        with open_store(args.db) as store:
            summary = generate(
                store,
                customers=args.customers,
                seed=args.seed,
                interactions_per_customer=args.interactions_per_customer,
                purchases_per_customer=args.purchases_per_customer,
                progress=progress,
                now=args.now,
            )
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 1
    for table, count in summary.per_table().items():
        print(f"{table:>18}: {count:,}")
    print(f"{'seconds':>18}: {time.perf_counter() - started:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
