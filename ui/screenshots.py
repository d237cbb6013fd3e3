"""Render the main views to PNG files, offscreen (``crm-desktop screenshot``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize
from PySide6.QtWidgets import QApplication, QWidget

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


def render_all(store: Store, out: Path, *, size: tuple[int, int] | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    ctx = AppContext(store)
    window = MainWindow(ctx)
    window.resize(QSize(*size) if size is not None else SIZE)
    window.show()
    # each step prepares what to show and returns the widget to grab (None: the window)
    shots: list[tuple[str, Callable[[], QWidget | None]]] = [
        ("customers", lambda: window.show_view("customers")),
        ("customer-detail", lambda: _open_busiest(window)),
        ("pipeline", lambda: window.show_view("pipeline")),
        ("tasks", lambda: window.show_view("tasks")),
        ("reports", lambda: _show_reports(window)),
        *_customer_shots(window),
        *_autopilot_shots(window),
    ]
    written = []
    try:
        for name, prepare in shots:
            widget = prepare()
            wait_idle(ctx)
            target = out / f"{name}.png"
            (widget or window).grab().save(str(target))
            if widget is not None and widget is not window:
                widget.close()
            written.append(target)
    finally:
        window.close()
        ctx.shutdown()
    from ui.import_wizard.shots import render_on_a_copy

    return written + render_on_a_copy(store, out)


def _show_reports(window: MainWindow) -> None:
    """The Reports view once its numbers are computed and every chart is drawn."""
    window.show_view("reports")
    view = window.view("reports")
    deadline = time.monotonic() + 60
    while not getattr(view, "ready", True) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


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


def _customer_shots(window: MainWindow) -> list[tuple[str, Callable[[], QWidget | None]]]:
    """The customer dialogs, a refused input, the global search and the first-run page."""

    def customers_view():  # noqa: ANN202
        window.show_view("customers")
        return window.view("customers")

    def edit_dialog() -> QWidget:
        view = customers_view()
        _open_busiest(window)
        return view.edit_customer(view.detail_page.customer_id)

    def refused_dialog() -> QWidget:
        dialog = customers_view().new_customer()
        dialog.name.setText("রহিম উদ্দিন")
        dialog.phones.rows[0].edit.setText("01712")
        dialog.emails.rows[0].edit.setText("rahim@@example")
        dialog.accept()
        return dialog

    def global_search() -> None:
        window.show_view("customers")
        box = window.search_box
        box.setFocus()
        box.setText("rah")
        box.search_now()

    def merge_dialog() -> QWidget | None:
        window.search_box.clear()  # closes the search's popup from the shot before
        page = customers_view().list_page
        wait_idle(window.ctx)
        page.table.selectRow(0)
        page.table.selectionModel().select(
            page.model.index(1, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        page.ask_merge()
        wait_idle(window.ctx)
        return getattr(page, "merge_dialog", None)

    def duplicates_dialog() -> QWidget:
        window.search_box.clear()
        dialog = customers_view().list_page.show_duplicates()
        wait_idle(window.ctx)
        return dialog

    def trash(tab: int) -> Callable[[], None]:
        def show() -> None:
            view = customers_view()
            view.list_page.trash_requested.emit()
            wait_idle(window.ctx)
            view.trash.tabs.setCurrentIndex(tab)

        return show

    def welcome() -> None:
        window.search_box.clear()
        view = customers_view()
        wait_idle(window.ctx)  # the view's own "is the file empty?" check comes back first
        view.show_welcome()

    return [
        ("customer-dialog", edit_dialog),
        ("customer-dialog-invalid", refused_dialog),
        ("global-search", global_search),
        ("merge-dialog", merge_dialog),
        ("duplicates", duplicates_dialog),
        ("trash", trash(0)),
        ("trash-items", trash(1)),
        ("settings", lambda: window.show_view("settings")),
        ("welcome", welcome),
    ]


def _autopilot_shots(window: MainWindow) -> list[tuple[str, Callable[[], QWidget | None]]]:
    """Rules (with the rule dialog), tickets, the four campaign tabs and the reminders panel."""

    def view(name: str) -> QWidget:
        window.show_view(name)
        wait_idle(window.ctx)
        return window.view(name)

    def rule_dialog() -> QWidget:
        rules = view("rules")
        return rules.edit_rule(rules.selected())  # type: ignore[attr-defined]

    def campaigns(tab: str) -> Callable[[], None]:
        return lambda: view("campaigns").show_tab(tab) and None  # type: ignore[attr-defined]

    def reminders() -> QWidget:
        from datetime import timedelta

        from crm_desktop.automation.clock import SystemClock
        from crm_desktop.automation.reminders import due_reminders
        from crm_desktop.timeutil import utcnow
        from ui.tray import RemindersPanel

        panel = RemindersPanel(window.ctx, SystemClock(), window)
        # the demo marks its past-due tasks as reminded; show the ones coming up in the next days
        panel.add(due_reminders(utcnow() + timedelta(days=2)), missed=True)
        panel.show()
        return panel

    return [
        ("rules", lambda: view("rules") and None),
        ("rule-dialog", rule_dialog),
        ("tickets", lambda: view("tickets") and None),
        ("campaigns-segments", campaigns("segments")),
        ("campaigns-templates", campaigns("templates")),
        ("campaigns-campaigns", campaigns("campaigns")),
        ("campaigns-outbox", campaigns("outbox")),
        ("reminders", reminders),
    ]
