"""``crm-desktop --self-test``: prove an installation works, end to end, offscreen.

It makes a temporary database, adds a customer, logs an interaction, moves a
deal, imports a small CSV, renders every main view and a chart, and prints
one line: what passed, or the step that failed and why. The frozen bundle
runs the same code, so a green self-test means the installer shipped
everything the app needs (Qt plugins, fonts, translations, migrations).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SAMPLE_CSV = (
    "Name,Phone,Email,Tags\r\n"
    'রহিম উদ্দিন,01712-345678,rahim@example.com,"VIP, পাইকারি"\r\n'
    "Nusrat Jahan,+880 1811 223344,nusrat@example.com,regular\r\n"
    "Karim Traders,01911000111,,wholesale\r\n"
)


class SelfTestFailure(Exception):
    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step


def _check(step: str, condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(step, reason)


def _is_picture(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 2_000 and path.read_bytes()[:8] == PNG_MAGIC


def run_steps(folder: Path) -> list[str]:
    """Every step in order; returns their names. Raises SelfTestFailure at the first failure."""
    from crm_desktop.db.store import open_store
    from crm_desktop.services import pipeline
    from crm_desktop.services.customers import CustomerInput, create_customer
    from crm_desktop.services.interactions import log_interaction
    from crm_desktop.services.stats import counts

    done: list[str] = []

    def step(name: str, action: Callable[[], Any]) -> Any:
        try:
            result = action()
        except SelfTestFailure:
            raise
        except Exception as exc:  # the point of a self-test: name what broke
            raise SelfTestFailure(name, f"{type(exc).__name__}: {exc}") from exc
        done.append(name)
        return result

    store = step("open a new database", lambda: open_store(folder / "self-test.sqlite3"))
    try:
        cid = step(
            "add a customer",
            lambda: create_customer(CustomerInput(display_name="স্বনির্ভর স্টোর", phones=["01700000001"])).value,
        )
        step("log an interaction", lambda: log_interaction(cid, "call", body="Self-test call"))

        def move_deal() -> None:
            deal = pipeline.create_deal(pipeline.DealInput(cid, "Self-test deal", 150_000)).value
            before = pipeline.board(1)
            pipeline.step_deal(deal, +1)
            after = {card.id: col.name for col in pipeline.board(1) for card in col.cards}
            was = {card.id: col.name for col in before for card in col.cards}
            _check("move a deal", after[deal] != was[deal], "the deal did not change stage")

        step("move a deal", move_deal)
        step("import a CSV", lambda: _import_sample(folder))
        _check("count the records", counts()["customers"] == 4, f"expected 4 customers, found {counts()}")
        step("render the views", lambda: _render_views(store, folder / "shots"))
        step("draw a chart", lambda: _draw_chart(folder / "chart.png"))
    finally:
        store.close()
    return done


def _import_sample(folder: Path) -> None:
    from crm_desktop.importing import ImportFile, ImportOptions, run_import

    path = folder / "sample.csv"
    path.write_bytes(SAMPLE_CSV.encode("utf-8-sig"))
    result = run_import(ImportFile(path), ImportOptions(entity="customers"))
    _check("import a CSV", result.created == 3, f"created {result.created} of 3 rows: {result.problems[:2]}")


def _render_views(store: Any, out: Path) -> None:
    """Every view of the main window (main_window.VIEWS), shown and grabbed to PNG."""
    from ui.app import create_application
    from ui.context import AppContext
    from ui.main_window import VIEWS, MainWindow
    from ui.screenshots import SIZE, wait_idle

    create_application()
    out.mkdir(parents=True, exist_ok=True)
    ctx = AppContext(store)
    window = MainWindow(ctx)
    window.resize(SIZE)
    window.show()
    pictures = []
    try:
        for name in VIEWS:
            window.show_view(name)
            wait_idle(ctx)
            target = out / f"{name}.png"
            window.grab().save(str(target))
            pictures.append(target)
    finally:
        window.close()
        ctx.shutdown()
    blank = [p.name for p in pictures if not _is_picture(p)]
    _check("render the views", not blank, f"missing or empty: {', '.join(blank)}")


def _draw_chart(path: Path) -> None:
    from crm_desktop.charts.export import save_chart
    from crm_desktop.charts.fmt import ChartFormat
    from crm_desktop.reports.dashboard import build_bundle
    from crm_desktop.reports.period import Period

    today = date.today()
    bundle = build_bundle(Period.preset("last_12_months", today), today)
    save_chart("revenue-by-month", bundle, ChartFormat("bn"), path)
    _check("draw a chart", _is_picture(path), "the chart file is missing or empty")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="crm-self-test-") as tmp:
        try:
            done = run_steps(Path(tmp))
        except SelfTestFailure as failure:
            print(f"self-test FAILED at '{failure.step}': {failure}", file=sys.stderr)
            return 1
    took = time.perf_counter() - started
    print(f"self-test passed: {len(done)} steps ({', '.join(done)}) in {took:.1f} s")
    return 0
