"""How fast the dashboard is on a big shop (run by hand; results in bench/RESULTS.md).

    .venv/bin/python bench/bench_reports.py --db bench/out/demo100k.sqlite3

Works on a private copy of the database (SQLite's online backup, so a file
another process is writing is copied consistently; opening the copy applies
any pending migration, e.g. the report indexes, without touching the
original). Measures, in one run:

* references: ``SELECT COUNT(*) FROM purchase`` and a full ``SUM`` over it;
* each report on its own, and ``build_bundle`` (every number the dashboard
  shows) — the goal is < 1 s;
* the Reports view, offscreen: from asking for a range to every chart drawn
  (goal < 2 s), and the longest the event loop went without running while
  the numbers were computed (how responsive the window stays);
* the PDF report.

Times are the median of ``--repeat`` runs, after one warm-up run.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time (all threads of this process) of ``fn``."""
    fn()
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def copy_database(source: Path, folder: Path) -> Path:
    target = folder / source.name
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def core_timings(today: date, repeat: int) -> list[tuple[str, float, float | None]]:
    from crm_desktop import reports
    from crm_desktop.db.models import database_proxy as db
    from crm_desktop.reports.period import Period, local_utc_offset_minutes

    period = Period.preset("last_12_months", today, local_utc_offset_minutes())
    steps: list[tuple[str, Callable[[], Any]]] = [
        (
            "reference: SELECT COUNT(*) FROM purchase",
            lambda: db.execute_sql("SELECT COUNT(*) FROM purchase").fetchone(),
        ),
        (
            "reference: SELECT SUM(amount_minor) FROM purchase",
            lambda: db.execute_sql("SELECT SUM(amount_minor) FROM purchase").fetchone(),
        ),  # fmt: skip
        ("revenue by month", lambda: reports.revenue_by_month(period)),
        ("pipeline by stage", lambda: reports.pipeline_by_stage(period)),
        ("stage conversion", lambda: reports.stage_conversion(period)),
        ("win rate by month", lambda: reports.win_rate_by_month(period)),
        ("new customers", lambda: reports.new_customers(period)),
        ("interactions by channel", lambda: reports.interactions_by_channel(period)),
        ("tickets", lambda: reports.tickets_summary(period)),
        ("RFM segments", lambda: reports.rfm_summary(period)),
        ("top customers", lambda: reports.top_customers(10)),
        ("KPIs (dashboard())", lambda: reports.dashboard(period, today)),
        ("**all numbers (build_bundle)**", lambda: reports.build_bundle(period, today)),
    ]
    return [(name, *timed(fn, repeat)) for name, fn in steps]


def gui_timings(store: Any, today: date, repeat: int) -> list[tuple[str, float, float | None]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import create_application
    from ui.context import AppContext
    from ui.reports_view import ReportsView

    create_application()
    ctx = AppContext(store)
    view = ReportsView(ctx, today=lambda: today)
    view.resize(1250, 840)  # the view's part of a 1440 × 900 window
    ticks: list[float] = []
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start()

    def now() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def one_load() -> dict[str, tuple[float, float]]:
        """(wall, CPU) seconds from asking for a range to: numbers back, charts in sight, all drawn."""
        ticks.clear()
        marks: dict[str, tuple[float, float]] = {}
        view.first_screen.connect(lambda: marks.setdefault("in_sight", now()))
        original = view._computed

        def computed(bundle: Any) -> None:
            marks["computed"] = now()
            original(bundle)

        view._computed = computed  # type: ignore[method-assign]
        started = now()
        view.reload()
        while not ("computed" in marks and view.ready):
            QApplication.processEvents()
            time.sleep(0.001)
        marks["done"] = now()
        view._computed = original  # type: ignore[method-assign]
        view.first_screen.disconnect()
        back = marks["computed"][0]
        during = [t for t in ticks if t <= back]
        gaps = (b - a for a, b in zip([started[0], *during], [*during, back], strict=True))
        out = {k: (v[0] - started[0], v[1] - started[1]) for k, v in marks.items()}
        out["stall"] = (max(gaps, default=0.0), 0.0)
        return out

    view.show()
    one_load()
    runs = [one_load() for _ in range(repeat)]

    def median(key: str) -> tuple[float, float]:
        return statistics.median(r[key][0] for r in runs), statistics.median(r[key][1] for r in runs)

    pdf_path = Path(tempfile.mkdtemp()) / "report.pdf"
    written: list[float] = []
    view.pdf_written.connect(lambda _p: written.append(time.perf_counter()))
    started = time.perf_counter()
    view.export_pdf(pdf_path)
    while not written:
        QApplication.processEvents()
        time.sleep(0.001)
    pdf = written[0] - started
    ticker.stop()
    view.close()
    ctx.shutdown()
    return [
        ("window: range asked → numbers back (reader thread)", *median("computed")),
        ("**window: range asked → KPIs and the charts in sight drawn**", *median("in_sight")),
        ("**window: range asked → every chart drawn** (7, most out of sight)", *median("done")),
        ("window: longest event-loop stall while computing", max(r["stall"][0] for r in runs), None),
        ("window: PDF report (8 pages) written", pdf, None),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("bench/out/demo100k.sqlite3"))
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(
            f"{args.db} does not exist; make it with: crm-desktop demo --db {args.db} --customers 100000"
        )

    from crm_desktop.db.store import open_store
    from crm_desktop.services.stats import counts

    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    try:
        started = time.perf_counter()
        copy = copy_database(args.db, folder)
        store = open_store(copy)
        opened = time.perf_counter() - started
        sizes = counts()
        rows = core_timings(args.today, args.repeat)
        if not args.no_gui:
            rows += gui_timings(store, args.today, args.repeat)
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(f"- date: {date.today().isoformat()}; reports for the 12 months to {args.today.isoformat()}")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"- machine: {machine}, load average {load:.1f}, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")  # fmt: skip
    print(f"- data: {', '.join(f'{v:,} {k}' for k, v in sizes.items())}")
    print(f"- copy + open (+ migrations): {opened:.1f} s")
    print(f"- command: `{' '.join([Path(sys.executable).name, *sys.argv])}` (median of {args.repeat})")
    print()
    reference = rows[1][1]
    print("| step | wall | CPU | wall ÷ full SUM scan |")
    print("|---|---:|---:|---:|")
    for name, wall, cpu in rows:
        cpu_text = f"{cpu * 1000:,.0f} ms" if cpu is not None else ""
        print(f"| {name} | {wall * 1000:,.0f} ms | {cpu_text} | {wall / reference:,.1f} |")


if __name__ == "__main__":
    main()
