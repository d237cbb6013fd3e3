"""Render the main views to PNG files, offscreen (``crm-desktop screenshot``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from crm_desktop.db.models import Customer, Interaction
from crm_desktop.db.store import Store
from ui.context import AppContext
from ui.main_window import MainWindow

SIZE = QSize(1440, 900)


def wait_idle(ctx: AppContext, timeout: float = 10.0) -> None:
    """Let queued background work finish and the views repaint."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if ctx.reader.pending == 0 and ctx.writer.pending == 0:
            QApplication.processEvents()
            return
        time.sleep(0.01)


def render_all(store: Store, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    ctx = AppContext(store)
    window = MainWindow(ctx)
    window.resize(SIZE)
    window.show()
    shots: list[tuple[str, Callable[[], None]]] = [
        ("customers", lambda: window.show_view("customers")),
        ("customer-detail", lambda: _open_busiest(window)),
        ("pipeline", lambda: window.show_view("pipeline")),
        ("tasks", lambda: window.show_view("tasks")),
    ]
    written = []
    try:
        for name, prepare in shots:
            prepare()
            wait_idle(ctx)
            target = out / f"{name}.png"
            window.grab().save(str(target))
            written.append(target)
    finally:
        window.close()
        ctx.shutdown()
    return written


def _open_busiest(window: MainWindow) -> None:
    from peewee import fn

    row = (
        Interaction.select(Interaction.customer, fn.COUNT(Interaction.id).alias("n"))
        .join(Customer)
        .where(Customer.deleted_at.is_null() & Interaction.deleted_at.is_null())
        .group_by(Interaction.customer)
        .order_by(fn.COUNT(Interaction.id).desc())
        .limit(1)
        .tuples()
        .first()
    )
    if row:
        window.open_customer(row[0])
    else:
        window.show_view("customers")
