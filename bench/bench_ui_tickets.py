"""How long the Tickets view takes to show its first list (run by hand, offscreen).

    .venv/bin/python bench/bench_ui_tickets.py --db DB [--precision N] [--runs 3]

Opens the view on ``DB`` (not written to), asks for the default list and
reports, per run, the read on the background thread and the time from the
rows' arrival to the table painted with its columns fitted. ``--precision``
overrides how many rows Qt measures to fit the columns (``-1`` all, ``0`` the
rows on screen; the view's own setting when not given): issue 13 found 2.4 s
of the 100k demo's first open spent measuring 1,000 rows' cells.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def one_run(db: Path, precision: int | None) -> tuple[float, float, int]:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.db.store import open_store
    from ui.context import AppContext
    from ui.tickets.view import TicketsView

    app = QApplication.instance() or QApplication([])
    store = open_store(db, create=False)
    ctx = AppContext(store)
    started = time.perf_counter()
    view = TicketsView(ctx)
    if precision is not None:
        view.table.horizontalHeader().setResizeContentsPrecision(precision)
    view.resize(1280, 800)
    view.show()
    shown = view._loaded
    result: list[tuple[float, float, int]] = []

    def loaded(seq: int, *rest: object) -> None:
        if seq != view._seq:
            shown(seq, *rest)  # type: ignore[arg-type]
            return
        arrived = time.perf_counter()
        shown(seq, *rest)  # type: ignore[arg-type]
        app.processEvents()
        result.append((arrived - started, time.perf_counter() - arrived, view.model.rowCount()))

    view._loaded = loaded  # type: ignore[method-assign,assignment]
    view.reload()
    while not result:
        app.processEvents()
        time.sleep(0.001)
    view.close()
    ctx.shutdown()
    return result[0]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--precision", type=int, default=None)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = [one_run(args.db, args.precision) for _ in range(args.runs)]
    read = statistics.median(r[0] for r in runs) * 1000
    paint = statistics.median(r[1] for r in runs) * 1000
    print(f"{runs[0][2]:,} tickets listed; read {read:.0f} ms, rows to painted table {paint:.0f} ms (median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
