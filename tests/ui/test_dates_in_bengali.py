"""Dates and times in the tickets list, the reminders panel, the backups list and the import
history read the locale's way: Bengali digits and month names in the Bengali window (they were
Latin strftime text in both languages)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from crm_desktop.automation.clock import ManualClock
from crm_desktop.db.models import Ticket
from crm_desktop.importing import ImportFile, ImportOptions, run_import
from crm_desktop.services import tickets
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.tasks import TaskInput, create_task
from crm_desktop.timeutil import utcnow
from tests.ui.conftest import wait_for_background
from ui.auto_backup import AutoBackup
from ui.backups_dialog import BackupsDialog
from ui.context import AppContext
from ui.customers.formatting import datetime_text
from ui.import_wizard import ImportHistoryDialog
from ui.tickets.view import TicketsView
from ui.tray import Reminders

LATIN_DIGIT = re.compile("[0-9]")
TIME_OF_DAY = "ভোর|সকাল|দুপুর|বিকাল|সন্ধ্যা|রাত"  # a Bengali time says the part of the day in words


def assert_bengali_date(text: str) -> None:
    assert not LATIN_DIGIT.search(text), text
    assert re.search("[০-৯]", text) and re.search(TIME_OF_DAY, text), text


def test_a_late_tickets_due_time_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    cid = create_customer(CustomerInput(display_name="রহিম উদ্দিন")).value
    late = tickets.open_ticket(cid, "চালের বস্তা ছেঁড়া", priority=2).value
    Ticket.update(due_at=utcnow() - timedelta(hours=5)).where(Ticket.id == late).execute()
    view = TicketsView(ctx)
    qtbot.addWidget(view)
    wait_for_background(qtbot, ctx)
    due = view.model.index(0, 6).data()
    assert due.endswith(" · ৫ ঘণ্টা দেরি")
    assert_bengali_date(due)


def test_the_reminders_panel_says_when_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    due = utcnow() - timedelta(hours=3)
    create_task(TaskInput("Call about the order", due_at=due))
    window = QMainWindow()
    qtbot.addWidget(window)
    reminders = Reminders(ctx, window, ManualClock(utcnow()), use_tray=False)
    try:
        wait_for_background(qtbot, ctx)
        qtbot.waitUntil(lambda: reminders.panel.table.rowCount() == 1)
        when = reminders.panel.table.item(0, 2).text()
        assert when == datetime_text(due)
        assert_bengali_date(when)
    finally:
        reminders.stop()


def test_a_backup_is_listed_with_a_bengali_date(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    create_customer(CustomerInput(display_name="রহিম"))
    auto = AutoBackup(ctx)
    dialog = BackupsDialog(ctx, auto)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(auto.finished, timeout=10_000):
        dialog._back_up_now()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert_bengali_date(dialog.table.item(0, 0).text())
    assert dialog.table.item(0, 2).text() == "১"


def test_the_import_history_in_bengali(ctx: AppContext, qtbot, tmp_path: Path, bengali: None) -> None:  # noqa: ANN001
    path = tmp_path / "shop.csv"
    path.write_text("Name,Phone\nরহিম,01712345678\n", encoding="utf-8")
    run_import(ImportFile(str(path)), ImportOptions())
    dialog = ImportHistoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_background(qtbot, ctx)
    assert dialog.model.rowCount() == 1
    assert_bengali_date(dialog.model.index(0, 0).data())
