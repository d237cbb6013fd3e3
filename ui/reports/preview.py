"""Render the Reports view offscreen to a PNG, in a chosen language (for looking at it).

QT_QPA_PLATFORM=offscreen python -m ui.reports.preview --db demo.sqlite3 --lang bn --out reports-bn.png
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication


def render(db: Path, out: Path, lang: str, width: int = 1440, height: int = 1700) -> float:
    """Render the view at ``width`` × ``height``; returns seconds until every chart was drawn."""
    from crm_desktop.db.store import open_store
    from ui.app import create_application
    from ui.context import AppContext
    from ui.i18n import install
    from ui.reports_view import ReportsView

    create_application()
    install(lang)  # the window's words in that language, as with --lang
    with open_store(db, create=False) as store:
        ctx = AppContext(store)
        view = ReportsView(ctx, language=lambda: lang)
        view.resize(width, height)
        done: list[float] = []
        view.loaded.connect(lambda: done.append(time.perf_counter()))
        started = time.perf_counter()
        view.show()
        deadline = started + 60
        while not done and time.perf_counter() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        QApplication.processEvents()
        view.grab().save(str(out))
        view.close()
        view.deleteLater()
        QApplication.processEvents()
        ctx.shutdown()
    return (done[0] if done else float("nan")) - started


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--lang", default="en", choices=("en", "bn"))
    parser.add_argument("--size", default="1440x1700", help="WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    took = render(args.db, args.out, args.lang, width, height)
    print(f"{args.out}: drawn in {took:.2f} s")


if __name__ == "__main__":
    main()
