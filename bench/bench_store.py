"""Store and search benchmark on a 100,000-customer demo database (run by hand).

    .venv/bin/python bench/bench_store.py [--customers 100000] [--db PATH] [--rebuild]
                                          [--statistics lived-in|full|none]

Builds the demo database once (bench/out/ is git-ignored) and reuses it
afterwards. Then gathers SQLite's statistics the way the app leaves them
(``--statistics lived-in``, the default: a bounded ``ANALYZE``, as ``PRAGMA
optimize`` runs it on close; ``full``: a complete ``ANALYZE``; ``none``: no
``sqlite_stat1``, as a brand-new file). Plans change with statistics (issue 13:
a search that took 5 ms on a file without them took 37 s on the same file
with them), so a benchmark without them measures a database nobody has.
Then measures, each against a plain-SQL reference taken in the same run:

* opening: a fresh Python process (modules imported first, as the running app
  has them) runs ``open_store`` + ``customer_ids()`` (every id, name order) +
  ``customer_rows`` of the first 100, five times; the reference is
  ``sqlite3.connect`` + ``SELECT … ORDER BY id LIMIT 100``. The OS file cache
  is warm (the file was just written or read); nothing here drops it.
* search: 200 mixed queries (Latin and Bengali name parts including one and
  two characters, phone digit prefixes in Latin and Bengali digits, emails,
  tags, companies) through ``search.search_customer_ids(limit=200)`` and
  through ``customer_list.customer_ids(CustomerFilter(text=q))`` (what the
  list runs while a user types); the references are ``display_name LIKE
  '%q%'`` scans, limited to 200 and unlimited in name order.

Prints a markdown table and writes it to bench/RESULTS.md under
"## Store and search (issue 2)" (``--no-write`` to skip).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crm_desktop.db.sqlite import like_pattern  # noqa: E402
from crm_desktop.db.store import open_store  # noqa: E402
from crm_desktop.demo import generate  # noqa: E402
from crm_desktop.demo import vocabulary as v  # noqa: E402
from crm_desktop.locale.digits import to_bengali_digits  # noqa: E402
from crm_desktop.search import search_customer_ids  # noqa: E402
from crm_desktop.services.customer_list import CustomerFilter, customer_ids, customer_rows  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Store and search (issue 2)"
OPEN_TARGET_MS = 200.0
SEARCH_P95_TARGET_MS = 30.0
OPEN_RUNS = 5
ROUNDS = 3
BENGALI = re.compile("[\u0980-\u09ff]")

# What EXPLAIN QUERY PLAN and profiling showed (kept with the numbers; re-check when the schema changes).
FINDINGS = """### Findings

* Issue 13: until schema 12 these numbers were taken on a file whose statistics
  happened to be harmless. With the statistics the app itself leaves behind
  (`PRAGMA optimize` on close samples `customer_deleted_at` as ~2 rows per
  value), SQLite walked the live customers through that index and ran the
  full-text MATCH once per customer: `rahman` 0.2 s, `Nazma Rahman`, a phone or
  an email over 20 s. Schema 11 replaces the index by a partial one of the
  trashed customers, and the search runs its MATCH once as a subquery (`id IN
  (SELECT rowid … MATCH ?)` with `+deleted_at`); this benchmark now gathers
  statistics first (`--statistics lived-in` by default). Before/after table:
  "Search after ANALYZE (issue 13)" below.
* Before commit 16b81dd (first run on this machine, load ~2): open + first 100 rows
  took 317 ms (median), almost all in `customer_ids()`; the list path's p95 was
  147 ms, max 311 ms. Causes: SQLite answered `deleted_at IS NULL ORDER BY sort_name`
  through the `customer_deleted_at` index and sorted all 100k rows (the
  `likely()` hint now sends it down the partial index `customer_sort_name_live`,
  already in name order); Peewee's per-row handling doubled the time of 100k ids
  (plain cursor rows now); a typed filter fetched every match into Python and
  sent it back as a `IN (?, ?, …)` list of up to 35k ids (now `IN (subquery)`).
* The list path still misses 30 ms at p95 for words that match a large share of
  all customers: a tag typed in full (`regular`: 33k customers), `gmail`, `new`,
  a three-digit operator prefix (`013`: 15k). Reading the trigram doclists costs
  ~20 ms by itself for such a word, and putting 15-33k matches in name order
  costs one customer-row lookup each; an index on `(id, sort_name)` is not
  chosen by the planner. Words that match a few hundred customers take 1-8 ms.
* Other sort orders of the whole list (last contact, lifetime value, created,
  company) still take 90-180 ms for 100k ids: the planner reads the live rows
  through `customer_deleted_at` and sorts them; `likely()` makes it pick the
  column's index, which is slower still (a table lookup per row for
  `deleted_at`). Partial indexes `… WHERE deleted_at IS NULL` per sort column
  (a migration) would make them as cheap as name order.
* Generation: schema 6's `purchase_currency_occurred_at` makes SQLite plan a
  correlated `sum(amount) WHERE customer_id = ? AND currency = ?` through that
  covering index, reading every BDT purchase per customer; the generator uses
  one grouped `UPDATE … FROM` instead (0.3 s, was 170 s for 20k customers).
  `services.purchases.refresh_purchase_caches` has the same plan: on this
  database it takes ~67 ms for one customer (so every recorded purchase) and
  ~24 s for 500 customers; not changed here.
"""


# --- building the database --------------------------------------------------


def build(path: Path, customers: int, seed: int, rebuild: bool) -> dict[str, object]:
    """Generate the demo database unless a matching one exists; return how it went."""
    meta_path = path.with_name(path.name + ".json")
    if path.exists() and not rebuild and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("customers") == customers and meta.get("seed") == seed:
            meta["reused"] = True
            return meta
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    phases: dict[str, float] = {}
    started = time.perf_counter()

    def progress(phase: str, done: int, total: int) -> None:
        if done == total:
            phases[phase] = round(time.perf_counter() - started, 1)
            print(f"  {phases[phase]:6.1f} s  {phase}: {total:,}", file=sys.stderr)

    with open_store(path) as store:
        summary = generate(store, customers=customers, seed=seed, progress=progress)
    seconds = time.perf_counter() - started
    meta = {
        "customers": customers,
        "seed": seed,
        "generation_seconds": round(seconds, 1),
        "phases": phases,
        "rows": summary.per_table(),
        "size_mb": round(path.stat().st_size / 1e6, 1),
        "built": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    meta_path.write_text(json.dumps(meta, indent=1))
    meta["reused"] = False
    return meta


def gather_statistics(path: Path, mode: str) -> str:
    """Give the file the statistics of ``mode``; return what the planner now knows of deleted_at."""
    con = sqlite3.connect(path)
    try:
        if mode == "none":
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
                con.execute("DELETE FROM sqlite_stat1")
                con.commit()
        else:
            if mode == "lived-in":
                con.execute("PRAGMA analysis_limit = 400")  # what crm_desktop.db.sqlite.optimize sets
            con.execute("ANALYZE")
            con.commit()
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return "none"
        rows = con.execute(
            "SELECT idx, stat FROM sqlite_stat1 WHERE idx IN ('customer_deleted_at', 'customer_trashed', "
            "'customer_sort_name_live') ORDER BY idx"
        ).fetchall()
    finally:
        con.close()
    return ", ".join(f"`{idx}` {stat}" for idx, stat in rows) or "none for the customer indexes"


# --- opening ----------------------------------------------------------------


def open_probe(path: Path) -> dict[str, float]:
    """One cold open in this (fresh) process: what the app does to show its first page."""
    t0 = time.perf_counter()
    store = open_store(path, create=False)
    t1 = time.perf_counter()
    ids = customer_ids(CustomerFilter(), sort="name")
    t2 = time.perf_counter()
    rows = customer_rows(ids[:100])
    t3 = time.perf_counter()
    assert len(rows) == 100
    store.close()
    r0 = time.perf_counter()
    con = sqlite3.connect(path)
    first = con.execute(
        "SELECT id, display_name, company, primary_phone, primary_email, last_contact_at, "
        "lifetime_value_minor, tag_names, created_at, kind FROM customer ORDER BY id LIMIT 100"
    ).fetchall()
    r1 = time.perf_counter()
    assert len(first) == 100
    con.close()
    ms = 1000.0
    return {
        "open": (t1 - t0) * ms,
        "ids": (t2 - t1) * ms,
        "rows": (t3 - t2) * ms,
        "total": (t3 - t0) * ms,
        "reference": (r1 - r0) * ms,
        "count": float(len(ids)),
    }


def measure_open(path: Path) -> list[dict[str, float]]:
    runs = []
    for _ in range(OPEN_RUNS):
        out = subprocess.run(
            [sys.executable, __file__, "--open-probe", str(path)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        runs.append(json.loads(out))
    return runs


# --- searching --------------------------------------------------------------


def build_queries(con: sqlite3.Connection, seed: int, count: int = 200) -> list[tuple[str, str]]:
    """(kind, text) pairs drawn from the data, the way people type them."""
    rng = random.Random(seed)
    people = con.execute(
        "SELECT given_name, family_name FROM customer WHERE kind = 'person' AND deleted_at IS NULL "
        "ORDER BY id LIMIT 5000"
    ).fetchall()
    latin = [(g.split()[-1], f) for g, f in people if g.isascii() and g]
    bengali = [(g.split()[-1], f) for g, f in people if BENGALI.search(g)]
    phones = [
        r[0] for r in con.execute("SELECT e164 FROM customer_phone WHERE e164 LIKE '+8801%' LIMIT 5000")
    ]
    emails = [r[0] for r in con.execute("SELECT email FROM customer_email LIMIT 5000")]
    companies = [
        r[0] for r in con.execute("SELECT DISTINCT company FROM customer WHERE company != '' LIMIT 500")
    ]
    queries: list[tuple[str, str]] = []

    def add(kind: str, n: int, make: Callable[[], str]) -> None:
        queries.extend((kind, make()) for _ in range(n))

    add("latin word", 20, lambda: rng.choice(rng.choice(latin)))
    add("latin prefix", 10, lambda: rng.choice(latin)[0][: rng.randint(3, 4)])
    add("latin full name", 10, lambda: " ".join(rng.choice(latin)))
    add("latin name + initial", 5, lambda: (lambda g, f: f"{g} {f[0]}")(*rng.choice(latin)))
    add("latin 1-2 chars", 5, lambda: rng.choice(latin)[0][: rng.randint(1, 2)])
    add("bengali word", 15, lambda: rng.choice(rng.choice(bengali)))
    add("bengali 3+ char part", 10, lambda: rng.choice(bengali)[0][: rng.randint(3, 4)])
    add("bengali full name", 5, lambda: " ".join(rng.choice(bengali)))
    add("bengali 1-2 chars", 20, lambda: rng.choice(bengali)[rng.randint(0, 1)][: rng.randint(1, 2)])
    add("phone prefix", 20, lambda: "0" + rng.choice(phones)[4 : 4 + rng.randint(2, 6)])
    add("phone full", 5, lambda: "0" + rng.choice(phones)[4:])
    add("phone tail", 5, lambda: rng.choice(phones)[-rng.randint(4, 6) :])
    add(
        "phone bengali digits",
        15,
        lambda: to_bengali_digits("0" + rng.choice(phones)[4 : 4 + rng.randint(2, 5)]),
    )
    add("email", 10, lambda: rng.choice(emails))
    add("email part", 12, lambda: rng.choice(emails).split("@")[0][: rng.randint(4, 8)])
    add("email domain", 3, lambda: rng.choice(emails).split("@")[1].split(".")[0])
    add("tag", 15, lambda: rng.choice(v.TAGS))
    add("company", 15, lambda: rng.choice(companies))
    assert len(queries) == count, len(queries)
    rng.shuffle(queries)
    return queries


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def time_each(queries: list[str], run: Callable[[str], object]) -> tuple[list[float], list[float]]:
    """(median of ROUNDS per query, first round per query), in ms."""
    rounds: list[list[float]] = []
    for _ in range(ROUNDS):
        times = []
        for q in queries:
            t0 = time.perf_counter()
            run(q)
            times.append((time.perf_counter() - t0) * 1000)
        rounds.append(times)
    return [statistics.median(ts) for ts in zip(*rounds, strict=True)], rounds[0]


def measure_search(path: Path, seed: int) -> dict[str, Any]:
    store = open_store(path, create=False)
    con = store.raw_connection()
    queries = build_queries(con, seed)
    texts = [q for _, q in queries]

    def like_limited(q: str) -> object:
        pattern = "%" + like_pattern(q) + "%"
        sql = "SELECT id FROM customer WHERE deleted_at IS NULL AND display_name LIKE ? ESCAPE '\\' LIMIT 200"
        return con.execute(sql, (pattern,)).fetchall()

    def like_all(q: str) -> object:
        pattern = "%" + like_pattern(q) + "%"
        sql = (
            "SELECT id FROM customer WHERE deleted_at IS NULL AND display_name LIKE ? ESCAPE '\\' "
            "ORDER BY sort_name, id"
        )
        return con.execute(sql, (pattern,)).fetchall()

    runs = {
        "search_customer_ids (limit 200)": lambda q: search_customer_ids(q, limit=200),
        "reference: LIKE '%q%' on display_name, LIMIT 200": like_limited,
        "customer_ids(CustomerFilter(text=q))": lambda q: customer_ids(CustomerFilter(text=q)),
        "reference: LIKE '%q%' on display_name, all, name order": like_all,
    }
    results: dict[str, Any] = {}
    per_query: dict[str, list[float]] = {}
    for name, run in runs.items():
        steady, first = time_each(texts, run)
        per_query[name] = steady
        results[name] = {
            "p50": percentile(steady, 50),
            "p95": percentile(steady, 95),
            "max": max(steady),
            "first_p95": percentile(first, 95),
        }
    hits = {q: len(search_customer_ids(q, limit=200)) for q in texts}
    slow = sorted(
        zip(texts, per_query["customer_ids(CustomerFilter(text=q))"], strict=True), key=lambda x: -x[1]
    )[:8]
    kinds: dict[str, list[float]] = {}
    for (kind, _), t in zip(queries, per_query["search_customer_ids (limit 200)"], strict=True):
        kinds.setdefault(kind, []).append(t)
    store.close()
    return {
        "summary": results,
        "slowest_list_queries": [(q, round(t, 1), hits[q]) for q, t in slow],
        "by_kind": {k: (round(statistics.median(ts), 2), round(max(ts), 2)) for k, ts in kinds.items()},
        "no_hits": [q for q, n in hits.items() if n == 0],
        "examples": [q for _, q in queries[:12]],
    }


# --- reporting --------------------------------------------------------------


def machine() -> dict[str, str]:
    return {
        "uname": " ".join(platform.uname()),
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def report(args: argparse.Namespace, meta: dict[str, object], opens: list[dict[str, float]],
           search: dict[str, Any]) -> str:  # fmt: skip
    m = machine()
    lines = [
        SECTION,
        "",
        f"Run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} on `{m['uname']}`, {m['nproc']} CPUs, "
        f"Python {m['python']}, SQLite {m['sqlite']}; load average at the end {m['load']} "
        "(other work shares this machine: compare ratios more than milliseconds).",
        "",
        f"Command: `.venv/bin/python bench/bench_store.py --customers {args.customers}"
        + ("" if args.statistics == "lived-in" else f" --statistics {args.statistics}")
        + "`",
        "",
        f"Statistics: `{args.statistics}` (see the module docstring); `sqlite_stat1` then holds "
        f"{meta.get('statistics')}.",
        "",
    ]
    rows = meta.get("rows", {})
    assert isinstance(rows, dict)
    gen = f"{meta.get('generation_seconds')} s" + (
        " (built by an earlier run, reused)" if meta["reused"] else ""
    )
    lines += [
        f"Demo database: {args.customers:,} customers, {rows.get('interaction', 0):,} interactions, "
        f"{rows.get('purchase', 0):,} purchases, {rows.get('deal', 0):,} deals "
        f"({meta.get('size_mb')} MB). Generation: {gen}; target < 120 s.",
        "",
    ]
    phases = meta.get("phases") or {}
    assert isinstance(phases, dict)
    if phases:
        lines += ["Generation timeline (seconds since start, cumulative): "
                  + ", ".join(f"{k} {t}" for k, t in phases.items()), ""]  # fmt: skip

    def col(key: str) -> tuple[float, float]:
        values = [r[key] for r in opens]
        return statistics.median(values), max(values)

    total, reference = col("total"), col("reference")
    lines += [
        f"### Open + first 100 rows ({OPEN_RUNS} fresh processes, warm OS cache; "
        f"target < {OPEN_TARGET_MS:.0f} ms)",
        "",
        "| step | median ms | max ms |",
        "|---|---:|---:|",
    ]
    steps = (
        ("open", "open_store (probe, connect, migrations check)"),
        ("ids", f"customer_ids() — all {int(opens[0]['count']):,} ids, name order"),
        ("rows", "customer_rows(first 100)"),
        ("total", "**total**"),
        ("reference", "reference: sqlite3.connect + SELECT … ORDER BY id LIMIT 100"),
    )
    for key, label in steps:
        med, mx = col(key)
        lines.append(f"| {label} | {med:.1f} | {mx:.1f} |")
    verdict = "met" if total[1] < OPEN_TARGET_MS else "MISSED"
    lines += ["", f"Ratio total / reference (median): {total[0] / reference[0]:.1f}×. Target {verdict}.", ""]

    summary = search["summary"]
    assert isinstance(summary, dict)
    lines += [
        f"### Search, 200 mixed queries (median of {ROUNDS} rounds per query; target p95 < "
        f"{SEARCH_P95_TARGET_MS:.0f} ms)",
        "",
        "| path | p50 ms | p95 ms | max ms | p95 first round ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, s in summary.items():
        lines.append(f"| {name} | {s['p50']:.2f} | {s['p95']:.2f} | {s['max']:.2f} | {s['first_p95']:.2f} |")
    ours, ref = (
        summary["search_customer_ids (limit 200)"],
        summary["reference: LIKE '%q%' on display_name, LIMIT 200"],
    )
    lst = summary["customer_ids(CustomerFilter(text=q))"]
    ref_all = summary["reference: LIKE '%q%' on display_name, all, name order"]
    lines += [
        "",
        f"Ratios to the LIKE references (p50 / p95): search {ours['p50'] / ref['p50']:.2f} / "
        f"{ours['p95'] / ref['p95']:.2f}; list {lst['p50'] / ref_all['p50']:.2f} / "
        f"{lst['p95'] / ref_all['p95']:.2f}. "
        f"search_customer_ids target {'met' if ours['p95'] < SEARCH_P95_TARGET_MS else 'MISSED'}; "
        f"list path {'met' if lst['p95'] < SEARCH_P95_TARGET_MS else 'MISSED'}.",
        "",
        "search_customer_ids by query kind (median / max ms): "
        + "; ".join(f"{k} {a} / {b}" for k, (a, b) in search["by_kind"].items()),
        "",
        "Slowest queries through the list path (query, ms, hits with limit 200): "
        + ", ".join(f"`{q}` {t} ({n})" for q, t, n in search["slowest_list_queries"]),
        "",
        f"Queries with no hit: {len(search['no_hits'])} of 200 "
        f"({', '.join(f'`{q}`' for q in search['no_hits'])}; "
        "a word of one or two letters alone matches the start of a name only). First examples: "
        + ", ".join(f"`{q}`" for q in search["examples"]),
        "",
    ]
    return "\n".join(lines + [FINDINGS])


def write_section(text: str) -> None:
    """Replace this benchmark's section of RESULTS.md (or append it), leaving the rest alone."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    start = old.find(SECTION)
    if start < 0:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        end = old.find("\n## ", start + len(SECTION))
        new = old[:start] + text.rstrip("\n") + ("\n\n" + old[end + 1 :] if end >= 0 else "")
    RESULTS.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, default=None, help="default: bench/out/demo-<customers>.sqlite3")
    parser.add_argument("--rebuild", action="store_true", help="generate the database even if it exists")
    parser.add_argument(
        "--statistics",
        choices=("lived-in", "full", "none"),
        default="lived-in",
        help="SQLite statistics to measure with (default: a bounded ANALYZE, as the app leaves them)",
    )
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    parser.add_argument("--open-probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.open_probe:
        print(json.dumps(open_probe(args.open_probe)))
        return 0
    path = args.db or ROOT / "bench" / "out" / f"demo-{args.customers}.sqlite3"
    print(f"database: {path}", file=sys.stderr)
    meta = build(path, args.customers, args.seed, args.rebuild)
    print(
        f"generation: {meta['generation_seconds']} s{' (reused)' if meta['reused'] else ''}", file=sys.stderr
    )
    meta["statistics"] = gather_statistics(path, args.statistics)
    print(f"statistics ({args.statistics}): {meta['statistics']}", file=sys.stderr)
    opens = measure_open(path)
    search = measure_search(path, args.seed)
    text = report(args, meta, opens, search)
    print(text)
    if not args.no_write:
        write_section(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
