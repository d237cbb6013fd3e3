"""Reminders without a system tray (offscreen): the in-window panel lists them; Done and Snooze work.
And the email settings dialog: the SMTP password goes to the keyring, never to a file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from crm_desktop.automation.clock import ManualClock
from crm_desktop.db.models import Task
from crm_desktop.email.account import load_account, password_for
from crm_desktop.logs import log_dir
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.tasks import TaskInput, create_task
from crm_desktop.timeutil import utcnow
from tests.core.email.conftest import memory_keyring  # noqa: F401 (a fixture)
from tests.ui.conftest import wait_for_background
from ui.email_settings import EmailSettingsDialog
from ui.tray import Reminders


def test_missed_reminders_are_listed_then_done_or_snoozed(ctx, qtbot) -> None:  # noqa: ANN001
    cid = create_customer(CustomerInput(display_name="রহিম উদ্দিন")).value
    call = create_task(
        TaskInput("Call about the order", due_at=utcnow() - timedelta(hours=3), customer_id=cid)
    ).value
    visit = create_task(TaskInput("Visit the shop", due_at=utcnow() - timedelta(minutes=5))).value
    create_task(TaskInput("Later", due_at=utcnow() + timedelta(days=1)))
    window = QMainWindow()
    qtbot.addWidget(window)
    clock = ManualClock(utcnow())
    reminders = Reminders(ctx, window, clock, use_tray=False)
    try:
        wait_for_background(qtbot, ctx)
        panel = reminders.panel
        assert reminders.tray is None and panel.isVisible()
        assert "missed" in panel.heading.text()
        assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == [
            "Call about the order",
            "Visit the shop",
        ]
        assert panel.table.item(0, 1).text() == "রহিম উদ্দিন"
        panel.table.selectRow(0)
        panel.done_selected()
        panel.table.selectRow(0)
        panel.snooze_selected(timedelta(hours=1))
        wait_for_background(qtbot, ctx)
        assert Task.get_by_id(call).done and not panel.isVisible()
        assert Task.get_by_id(visit).snoozed_until == clock.now() + timedelta(hours=1)
        reminders.check()  # shown once: nothing new until the snooze is over
        wait_for_background(qtbot, ctx)
        assert not panel.isVisible()
        clock.advance(hours=1)
        reminders.check()
        wait_for_background(qtbot, ctx)
        assert panel.isVisible() and panel.heading.text() == "Due now"
    finally:
        reminders.stop()


@pytest.mark.usefixtures("memory_keyring")
def test_the_smtp_password_from_the_dialog_lands_in_the_keyring_only(ctx, qtbot, isolated_home: Path) -> None:  # noqa: ANN001
    planted = "Planted-Dialog-Secret-৪২"
    dialog = EmailSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.example.com")
    dialog.username.setText("shop@example.com")
    dialog.password.setText(planted)
    dialog.from_address.setText("shop@example.com")
    dialog.shop_name.setText("রহিম স্টোর")
    dialog.save()
    wait_for_background(qtbot, ctx)
    account = load_account()
    assert account is not None and password_for(account) == planted
    assert dialog.password.text() == ""
    ctx.store.db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    from PySide6.QtCore import QSettings

    QSettings().sync()
    files = [p for p in ctx.store.path.parent.iterdir() if p.is_file()]
    files += [p for p in isolated_home.rglob("*") if p.is_file()]
    if log_dir().exists():
        files += [p for p in log_dir().rglob("*") if p.is_file()]
    assert files
    assert [p for p in files if planted.encode() in p.read_bytes()] == []
