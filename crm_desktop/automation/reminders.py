"""Task reminders: which tasks are due to be shown, snoozing, and marking them shown.

A task with a due time reminds once its time (or its snooze time) has come,
and only once per such time: ``reminded_at`` records that it was shown.
Reminders whose time passed while the app was closed are the "missed" ones
the window lists on start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import JOIN, fn

from crm_desktop.db.models import Customer, Task, tuples
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import NotFoundError


@dataclass(frozen=True)
class Reminder:
    task_id: int
    title: str
    due_at: datetime
    remind_at: datetime  # the due time, or the snooze time
    customer_id: int | None
    customer_name: str


_remind_at = fn.COALESCE(Task.snoozed_until, Task.due_at)
_live = (
    Task.deleted_at.is_null()
    & ~Task.done
    & Task.due_at.is_null(False)
    & (Customer.id.is_null() | Customer.deleted_at.is_null())
)


def _rows(condition: object, limit: int) -> list[Reminder]:
    query = (
        Task.select(Task.id, Task.title, Task.due_at, _remind_at, Task.customer, Customer.display_name)
        .join(Customer, JOIN.LEFT_OUTER, on=(Task.customer == Customer.id))
        .where(_live & condition)
        .order_by(_remind_at, Task.id)
        .limit(limit)
    )
    found = []
    for tid, title, due, remind, cid, cname in tuples(query):
        remind_at = remind if isinstance(remind, datetime) else datetime.fromisoformat(str(remind))
        found.append(Reminder(tid, title, due, remind_at, cid, cname or ""))
    return found


def due_reminders(now: datetime, *, limit: int = 50) -> list[Reminder]:
    """Reminders whose time has come and that were not shown for that time yet."""
    return _rows((_remind_at <= now) & (Task.reminded_at.is_null() | (Task.reminded_at < _remind_at)), limit)


def todays_tasks(day_start: datetime, *, limit: int = 20) -> list[Reminder]:
    """Open tasks due from ``day_start`` (local midnight, in UTC) for a day: the tray menu's list."""
    return _rows((Task.due_at >= day_start) & (Task.due_at < day_start + timedelta(days=1)), limit)


def mark_reminded(task_ids: Sequence[int], now: datetime) -> Outcome[int]:
    count = Task.update(reminded_at=now).where(Task.id.in_(list(task_ids))).execute()
    return Outcome(count, Changes())


def snooze(task_id: int, until: datetime) -> Outcome[int]:
    task = Task.get_or_none((Task.id == task_id) & Task.deleted_at.is_null())
    if task is None:
        raise NotFoundError(f"task {task_id} does not exist or is in the trash")
    Task.update(snoozed_until=until).where(Task.id == task_id).execute()
    return Outcome(task_id, Changes.of("task", customers=[task.customer_id] if task.customer_id else []))
