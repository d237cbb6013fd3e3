"""Pipeline view benchmark with 2,000 open deals (run by hand, offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ui_pipeline.py [--db PATH] [--no-write]

The database: a copy of the 100k demo database (bench/out/demo-100000.sqlite3
from bench_store.py, or bench/out/demo100k.sqlite3 from ``crm-desktop demo``;
``--source`` names another) topped up to 2,000 open deals; without one, a
fresh bench/out/pipeline2k.sqlite3 (20,000 customers, 2,000 open deals,
666 closed). The source file is never changed.

Measured, each next to a plain-SQL reference taken in the same run:

* loading the board: ``services.pipeline.board()`` and the view's
  ``load_board()`` (what the reader thread runs) against a raw ``SELECT`` of
  the same rows through ``sqlite3``;
* opening the view: from ``PipelineView(ctx)`` to a fully painted window
  (board read on the reader thread, models filled, ``grab()`` painting every
  column), 1,250 × 800 pixels — what is left beside the navigation at 1440 × 900;
* saving a drop: ``move_deal()`` alone, and the UI path — the model's
  ``dropMimeData`` (the part the GUI thread waits for: the card is already in
  its new place) and the time until the writer thread has committed and told
  the GUI, the event loop repainting meanwhile; the reference is one raw
  ``UPDATE`` of the deal's stage and position plus the history ``INSERT`` in
  one transaction.

Prints a markdown table and writes it to bench/RESULTS.md under
"## Desktop views: pipeline (issue 3)" (``--no-write`` to skip).
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import PySide6  # noqa: E402
from PySide6.QtCore import QEventLoop, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.pipeline_fixture import build, top_up  # noqa: E402
from crm_desktop.db.sqlite import online_backup  # noqa: E402
from crm_desktop.db.store import open_store  # noqa: E402
from crm_desktop.services.pipeline import board, move_deal, stages  # noqa: E402
from crm_desktop.timeutil import utcnow  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.pipeline.board import CLOSED_WINDOW_DAYS, load_board  # noqa: E402
from ui.pipeline.view import PipelineView  # noqa: E402

OUT = ROOT / "bench" / "out"
DEMO_NAMES = ("demo-100000.sqlite3", "demo100k.sqlite3")  # bench_store.py's, then `crm-desktop demo`'s
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Desktop views: pipeline (issue 3)"
OPEN_TARGET_MS, SAVE_TARGET_MS = 500.0, 20.0
RUNS = 15
REFERENCE_SQL = """
SELECT d.id, d.title, d.customer_id, c.display_name, d.value_minor, d.currency, d.stage_id,
       d.stage_entered_at, d.last_activity_at, u.name
FROM deal d JOIN customer c ON c.id = d.customer_id LEFT JOIN "user" u ON u.id = d.owner_id
WHERE d.pipeline_id = 1 AND d.deleted_at IS NULL
  AND d.customer_id NOT IN (SELECT id FROM customer WHERE deleted_at IS NOT NULL)
  AND (d.status = 'open' OR d.closed_at >= ?)
ORDER BY d.stage_id, d.position, d.id
"""


def ms(seconds: float) -> float:
    return seconds * 1000.0


def timed(fn: Callable[[], object], runs: int = RUNS) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(ms(time.perf_counter() - start))
    return out


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def finished_demo() -> Path | None:
    """The first demo database that exists and has customers (one still being written has none)."""
    for path in (OUT / name for name in DEMO_NAMES):
        if path.exists() and counts(path)["customers"]:
            return path
    return None


def prepare_database(explicit: str | None, source: str | None) -> tuple[Path, str]:
    OUT.mkdir(parents=True, exist_ok=True)
    if explicit:
        return Path(explicit), f"`{explicit}` as given"
    demo = Path(source) if source else finished_demo()
    if demo is not None:
        copy = OUT / "pipeline-bench-demo-copy.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
        source = sqlite3.connect(f"file:{demo}?mode=ro", uri=True)
        try:
            online_backup(source, copy)
        finally:
            source.close()
        added = top_up(copy, 2_000)
        return copy, f"a copy of `{demo.name}` with {added:,} open deals added to reach 2,000"
    path = build(OUT / "pipeline2k.sqlite3")
    return path, "`bench/out/pipeline2k.sqlite3` built by bench/pipeline_fixture.py (no demo database found)"


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            "customers": con.execute("SELECT count(*) FROM customer").fetchone()[0],
            "open deals": con.execute(
                "SELECT count(*) FROM deal WHERE status = 'open' AND deleted_at IS NULL"
            ).fetchone()[0],
            "deals": con.execute("SELECT count(*) FROM deal").fetchone()[0],
        }
    finally:
        con.close()


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop as the app does: asleep until an event comes (a busy loop here would
    hold the GIL and slow the reader and writer threads it is waiting for)."""
    deadline = time.perf_counter() + timeout
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() > deadline:
            raise TimeoutError("the view did not finish in time")


def bench_loading(path: Path) -> dict[str, list[float]]:
    since = utcnow() - timedelta(days=CLOSED_WINDOW_DAYS)
    raw = sqlite3.connect(path)
    try:
        reference = timed(lambda: raw.execute(REFERENCE_SQL, (since,)).fetchall())
    finally:
        raw.close()
    now = utcnow()
    return {
        "reference": reference,
        "board": timed(lambda: board(1, closed_since=since)),
        "load_board": timed(lambda: load_board(1, None, now)),
    }


def bench_opening(app: QApplication, ctx: AppContext) -> dict[str, list[float]]:
    total, until_loaded, painting = [], [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        view = PipelineView(ctx)
        view.resize(1250, 800)
        view.show()
        wait_until(app, lambda v=view: v.board.snapshot is not None)
        loaded = time.perf_counter()
        view.grab()  # paints every visible column and card
        end = time.perf_counter()
        total.append(ms(end - start))
        until_loaded.append(ms(loaded - start))
        painting.append(ms(end - loaded))
        view.close()
        view.deleteLater()
        app.processEvents()
    return {"open": total, "until loaded": until_loaded, "paint": painting}


def bench_saving(app: QApplication, ctx: AppContext, path: Path) -> dict[str, list[float]]:
    open_ids = [s.id for s in stages(1) if s.kind == "open"]
    first, second = open_ids[0], open_ids[1]
    column = board(1, include_closed=False)[0].cards
    deal_ids = [c.id for c in column[: RUNS * 2]]

    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA synchronous = NORMAL")

    def raw_move(deal_id: int, stage_id: int) -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "UPDATE deal SET stage_id = ?, position = position - 1, updated_at = ? WHERE id = ?",
            (stage_id, utcnow(), deal_id),
        )
        raw.execute(
            "INSERT INTO deal_stage_change (deal_id, from_stage_id, to_stage_id, changed_at) "
            "VALUES (?, ?, ?, ?)",
            (deal_id, first, stage_id, utcnow()),
        )
        raw.execute("COMMIT")

    reference, service = [], []
    for i, deal_id in enumerate(deal_ids):
        start = time.perf_counter()
        if i % 2:
            raw_move(deal_id, second)
            raw_move(deal_id, first)
            reference.append(ms(time.perf_counter() - start) / 2)
        else:
            move_deal(deal_id, second, 5)
            mid = time.perf_counter()
            move_deal(deal_id, first, 5)
            service.append(ms(mid - start))
            service.append(ms(time.perf_counter() - mid))
    raw.close()

    view = PipelineView(ctx)
    view.resize(1250, 800)
    view.show()
    wait_until(app, lambda: view.board.snapshot is not None and ctx.reader.pending == 0)
    on_gui, until_saved = [], []
    for i in range(RUNS):
        source_stage, target_stage = (first, second) if i % 2 == 0 else (second, first)
        source = view.board.models[source_stage]
        target = view.board.models[target_stage]
        mime = source.mimeData([source.index(3)])
        start = time.perf_counter()
        target.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
        dropped = time.perf_counter()
        wait_until(app, lambda: ctx.writer.pending == 0)
        saved = time.perf_counter()
        on_gui.append(ms(dropped - start))
        until_saved.append(ms(saved - start))
    view.close()
    return {
        "reference": reference,
        "move_deal": service,
        "drop on GUI": on_gui,
        "drop saved": until_saved,
    }


NOTES = [
    "Notes. `board()` is read on the reader thread: for 2,000 open deals it is near the ~50 ms budget here",
    "and over it on a busier moment or a slower PC, so the GUI thread only fills the models and paints.",
    "A drop moves the card at once (the GUI-thread row) and is saved on the writer thread; the last row",
    "adds the hop there and back while the event loop repaints two columns, so on this shared 2-CPU",
    "machine it is above the save itself. `move_deal()` includes the audit trail and automation hook",
    "other issues added. Found by profiling and fixed along the way: `board()` walked 100,000 customers",
    "through the skewed `deleted_at` index (now a list of trashed ids; about 3x faster), renumbering a",
    "full column ran one UPDATE per card (now one per 300), each repaint re-laid every card (now fonts",
    "are made once and each card is painted once into a pixmap), and the board reloaded after its own",
    "saves (now only for changes made elsewhere).",
]


def row(name: str, values: list[float], reference: float | None, note: str = "") -> str:
    median = statistics.median(values)
    ratio = f"{median / reference:.1f}×" if reference else "—"
    return f"| {name} | {median:.1f} | {p95(values):.1f} | {ratio} | {note} |"


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, SQLite {sqlite3.sqlite_version}"
    )


def report(source: str, sizes: dict[str, int], load: dict, opening: dict, saving: dict) -> str:
    ref_load = statistics.median(load["reference"])
    ref_save = statistics.median(saving["reference"])
    open_ms = statistics.median(opening["open"])
    save_ms = statistics.median(saving["drop saved"])
    verdict_open = "met" if open_ms < OPEN_TARGET_MS else "MISSED"
    verdict_save = "met" if statistics.median(saving["move_deal"]) < SAVE_TARGET_MS else "MISSED"
    lines = [
        SECTION,
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}; load average at the end "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} (other work shares this machine: "
        "compare ratios more than milliseconds).",
        "",
        "Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ui_pipeline.py`",
        "",
        f"Database: {source}; {sizes['customers']:,} customers, {sizes['open deals']:,} open deals, "
        f"{sizes['deals']:,} deals in all. {RUNS} runs each; milliseconds.",
        "",
        "| what | median ms | p95 ms | × reference | note |",
        "|---|---:|---:|---:|---|",
        row("reference: raw SELECT of the board rows (sqlite3)", load["reference"], None, "the floor"),
        row("`board()` service", load["board"], ref_load, "Peewee rows → Card records"),
        row(
            "`load_board()` (reader thread's job)",
            load["load_board"],
            ref_load,
            "+ pipelines, owners, setting",
        ),
        row(
            "open the view, fully painted",
            opening["open"],
            ref_load,
            f"target < {OPEN_TARGET_MS:.0f} ms: **{verdict_open}**",
        ),
        row("… of which until the board is on screen", opening["until loaded"], ref_load, "read off the GUI"),
        row("… of which painting (`grab()`)", opening["paint"], None, "only visible cards are painted"),
        row(
            "reference: raw UPDATE + history INSERT, one transaction", saving["reference"], None, "the floor"
        ),
        row(
            "`move_deal()` service",
            saving["move_deal"],
            ref_save,
            f"target < {SAVE_TARGET_MS:.0f} ms: **{verdict_save}**",
        ),
        row("drop: GUI thread busy (`dropMimeData`)", saving["drop on GUI"], ref_save, "optimistic move"),
        row(
            "drop: until saved and reported back", saving["drop saved"], ref_save, f"median {save_ms:.1f} ms"
        ),
        "",
        *NOTES,
        "",
    ]
    return "\n".join(lines)


def write_section(text: str) -> None:
    """Replace this benchmark's section of RESULTS.md (or append it), leaving the rest alone."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    start = old.find(SECTION)
    if start < 0:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        end = old.find("\n## ", start + len(SECTION))
        new = old[:start] + text + (old[end + 1 :] if end >= 0 else "")
    RESULTS.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="use this database as it is (it will be written to)")
    parser.add_argument("--source", help="copy this database (a demo) instead of the one in bench/out")
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = parser.parse_args()
    path, source = prepare_database(args.db, args.source)
    sizes = counts(path)
    app = create_application()
    store = open_store(path, create=False)
    ctx = AppContext(store)
    try:
        load = bench_loading(path)
        opening = bench_opening(app, ctx)
        saving = bench_saving(app, ctx, path)
    finally:
        ctx.shutdown()
        store.close()
    text = report(source, sizes, load, opening, saving)
    print(text)
    if not args.no_write:
        write_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
