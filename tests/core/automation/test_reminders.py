"""Task reminders: due once, missed ones found on start, snoozed to later."""

from __future__ import annotations

from datetime import datetime, timedelta

from crm_desktop.automation.reminders import due_reminders, mark_reminded, snooze, todays_tasks
from crm_desktop.services.tasks import TaskInput, create_task, set_done


def test_a_reminder_shows_once_then_again_after_a_snooze(store) -> None:
    nine = datetime(2026, 3, 9, 3, 0)
    call = create_task(TaskInput("Call Rahim", due_at=nine)).value
    create_task(TaskInput("No time", due_at=None))
    done = create_task(TaskInput("Done already", due_at=nine)).value
    set_done(done)
    assert due_reminders(nine - timedelta(minutes=1)) == []
    [due] = due_reminders(nine + timedelta(hours=5))  # missed while the app was closed
    assert (due.task_id, due.title) == (call, "Call Rahim")
    mark_reminded([call], nine + timedelta(hours=5))
    assert due_reminders(nine + timedelta(hours=6)) == []
    snooze(call, nine + timedelta(hours=7))
    assert due_reminders(nine + timedelta(hours=6, minutes=59)) == []
    assert [r.task_id for r in due_reminders(nine + timedelta(hours=7))] == [call]
    assert [r.title for r in todays_tasks(datetime(2026, 3, 8, 18, 0))] == ["Call Rahim"]
