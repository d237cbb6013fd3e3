"""1 MB notes: how long saving, loading and searching take (run by hand).

    .venv/bin/python bench/bench_hostile_input.py [--rounds 3] [--no-write]

A fresh database in a temporary folder gets 1,000 ordinary customers, then
one customer (two phones, two emails, two tags) with a note of a million
characters (the most :mod:`crm_desktop.services.input_rules` allows), of
two kinds:

* "shop text": Bengali and English words of a shop's notes, repeated (few
  distinct trigrams, like real notes);
* "random": random letters, digits and Bengali characters (every trigram new:
  the worst case for the trigram index).

Measured (median of ``--rounds``): ``create_customer`` (validation, row,
search index, audit trail, commit), ``load_input``, ``update_customer`` with
the last word changed, ``search_customer_ids`` and the customer list's
``customer_ids(CustomerFilter(text=…))`` for the note's last word. The
references, in the same run: a plain ``INSERT`` of the same text into a
table with no index, committed (what SQLite itself needs to store it), and
an ``INSERT`` into a bare FTS5 trigram table in memory (what indexing a
million characters costs at all: the floor for a searchable note).

Prints a markdown table and writes it to bench/RESULTS.md under
"## Hostile input: 1 MB notes (issue 7)" (``--no-write`` to skip).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crm_desktop.db.store import open_store  # noqa: E402
from crm_desktop.search import search_customer_ids  # noqa: E402
from crm_desktop.services.customer_list import CustomerFilter, customer_ids  # noqa: E402
from crm_desktop.services.customers import CustomerInput, create_customer, load_input, update_customer  # noqa: E402
from crm_desktop.services.input_rules import MAX_TEXT  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Hostile input: 1 MB notes (issue 7)"
LAST = " সুঁইসুতা"


def shop_text(rng: random.Random) -> str:
    words = ["চাল", "ডাল", "তেল", "লবণ", "rice", "oil", "বাকি", "নগদ", "ক্রেতা", "দোকান", "৫০০", "Tk"]
    return " ".join(rng.choice(words) for _ in range(MAX_TEXT // 3))[: MAX_TEXT - len(LAST)] + LAST


def random_text(rng: random.Random) -> str:
    alphabet = [chr(c) for c in range(0x0985, 0x09B9)] + list("abcdefghijklmnopqrstuvwxyz0123456789 ")
    return "".join(rng.choice(alphabet) for _ in range(MAX_TEXT - len(LAST))) + LAST


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def one_round(folder: Path, note: str, round_no: int) -> dict[str, float]:
    path = folder / f"bench-{round_no}-{len(note)}-{hash(note) & 0xFFFF}.sqlite3"
    store = open_store(path)
    try:
        for i in range(1000):
            create_customer(CustomerInput(display_name=f"ক্রেতা {i}", notes="খুচরা ক্রেতা " * 10))
        out: dict[str, float] = {}
        big = CustomerInput(
            display_name="বড় নোট",
            notes=note,
            phones=["01711-000001", "01811-000002"],
            emails=["boro@example.com", "note@example.com"],
            tags=["VIP", "পাইকারি"],
        )
        out["save"], cid = timed(lambda: create_customer(big).value)
        out["load"], data = timed(lambda: load_input(int(cid)))  # type: ignore[arg-type]
        assert data.notes == note  # type: ignore[attr-defined]
        out["search"], found = timed(lambda: search_customer_ids(LAST.strip()))
        assert found == [cid], found
        out["list filter"], ids = timed(lambda: customer_ids(CustomerFilter(text=LAST.strip())))
        assert ids == [cid]
        data.notes = note.removesuffix(LAST) + " সুতো"  # type: ignore[attr-defined]
        out["update"], _ = timed(lambda: update_customer(int(cid), data))  # type: ignore[arg-type]
        assert search_customer_ids("সুঁইসুতা") == []
    finally:
        store.close()
    ref = sqlite3.connect(folder / f"ref-{round_no}.sqlite3")
    ref.execute("PRAGMA journal_mode = wal")
    ref.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, notes TEXT)")
    fts = sqlite3.connect(":memory:")
    fts.execute("CREATE VIRTUAL TABLE t USING fts5(notes, tokenize = 'trigram')")
    out["reference fts"], _ = timed(
        lambda: fts.execute("INSERT INTO t (rowid, notes) VALUES (1, ?)", (note,))
    )
    fts.close()
    out["reference insert"], _ = timed(
        lambda: (ref.execute("INSERT INTO t (notes) VALUES (?)", (note,)), ref.commit())
    )
    ref.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    rng = random.Random(7)
    notes = {"shop text": shop_text(rng), "random": random_text(rng)}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind, note in notes.items():
            rounds = [one_round(Path(tmp), note, r) for r in range(args.rounds)]
            median = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
            rows.append((kind, len(note), len(note.encode("utf-8")), median))
    lines = [
        SECTION,
        "",
        f"{platform.python_implementation()} {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{platform.machine()}, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
        f"median of {args.rounds} rounds; command: "
        "`.venv/bin/python bench/bench_hostile_input.py`",
        "",
        "| note | chars | UTF-8 bytes | save | load | search | list filter | update | plain INSERT "
        "| bare FTS5 trigram INSERT | save ÷ FTS5 INSERT |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, chars, size, m in rows:
        lines.append(
            f"| {kind} | {chars:,} | {size:,} | {m['save'] * 1000:.0f} ms | {m['load'] * 1000:.1f} ms "
            f"| {m['search'] * 1000:.2f} ms | {m['list filter'] * 1000:.2f} ms | {m['update'] * 1000:.0f} ms "
            f"| {m['reference insert'] * 1000:.1f} ms | {m['reference fts'] * 1000:.0f} ms "
            f"| {m['save'] / m['reference fts']:.1f}× |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_write:
        old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
        start = old.find(SECTION)
        if start < 0:
            new = old.rstrip("\n") + "\n\n" + text
        else:
            end = old.find("\n## ", start + len(SECTION))
            new = old[:start] + text + (old[end + 1 :] if end >= 0 else "")
        RESULTS.write_text(new.rstrip("\n") + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
