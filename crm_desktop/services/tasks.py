"""Tasks: follow-ups and reminders, optionally about a customer or a deal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import JOIN, Expression

from crm_desktop.db.models import Customer, Deal, Task, tuples
from crm_desktop.domain import PRIORITIES
from crm_desktop.services import input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.services.trash import set_trashed
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP

TASK_GONE = QT_TRANSLATE_NOOP("InputRules", "task {id} does not exist or is in the trash")

BUCKETS = ("overdue", "today", "upcoming", "done")


@dataclass
class TaskInput:
    title: str
    due_at: datetime | None = None  # naive UTC
    notes: str = ""
    priority: int = 1
    customer_id: int | None = None
    deal_id: int | None = None
    assignee_id: int | None = None


@dataclass(frozen=True)
class TaskRow:
    id: int
    title: str
    due_at: datetime | None
    done: bool
    priority: int
    customer_id: int | None
    customer_name: str
    deal_id: int | None
    deal_title: str


def create_task(data: TaskInput) -> Outcome[int]:
    errors = input_rules.check_lines(title=data.title) + input_rules.check_texts(notes=data.notes)
    if not data.title.strip():
        errors.append(FieldError("title", input_rules.TASK_NEEDS_TITLE))
    if data.priority not in PRIORITIES:
        errors.append(FieldError("priority", input_rules.PRIORITY_CHOICES))
    if data.customer_id is not None and not Customer.select().where(Customer.id == data.customer_id).exists():
        errors.append(FieldError("customer_id", input_rules.NO_CUSTOMER.format(id=data.customer_id)))
    if data.deal_id is not None and not Deal.select().where(Deal.id == data.deal_id).exists():
        errors.append(FieldError("deal_id", input_rules.NO_DEAL.format(id=data.deal_id)))
    if errors:
        raise ValidationError(errors)
    customer_id = data.customer_id
    if customer_id is None and data.deal_id is not None:
        customer_id = Deal.get_by_id(data.deal_id).customer_id
    task = Task.create(
        title=data.title.strip(),
        due_at=data.due_at,
        notes=data.notes.strip(),
        priority=data.priority,
        customer=customer_id,
        deal=data.deal_id,
        assignee=data.assignee_id,
    )
    return Outcome(task.id, Changes.of("task", customers=[customer_id] if customer_id else []))


def set_done(task_id: int, done: bool = True) -> Outcome[int]:
    task = Task.get_or_none((Task.id == task_id) & Task.deleted_at.is_null())
    if task is None:
        raise NotFoundError(TASK_GONE.format(id=task_id))
    Task.update(done=done, done_at=utcnow() if done else None).where(Task.id == task_id).execute()
    return Outcome(task_id, Changes.of("task", customers=[task.customer_id] if task.customer_id else []))


_LIVE = Task.deleted_at.is_null() & (Customer.id.is_null() | Customer.deleted_at.is_null())


def _bucket_condition(bucket: str, now: datetime | None, day_start: datetime | None) -> Expression:
    if bucket not in BUCKETS:
        raise ValueError(f"unknown bucket {bucket!r}")
    now = now or utcnow()
    start = day_start or now.replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + timedelta(days=1)
    return {
        "overdue": ~Task.done & (Task.due_at < now),
        "today": ~Task.done & (Task.due_at >= now) & (Task.due_at < end),
        "upcoming": ~Task.done & (Task.due_at.is_null() | (Task.due_at >= end)),
        "done": Task.done,
    }[bucket]


def bucket_counts(*, now: datetime | None = None, day_start: datetime | None = None) -> dict[str, int]:
    """How many tasks each bucket holds (same rules as :func:`tasks_in`, no limit)."""
    return {
        bucket: Task.select()
        .join(Customer, JOIN.LEFT_OUTER, on=(Task.customer == Customer.id))
        .where(_LIVE & _bucket_condition(bucket, now, day_start))
        .count()
        for bucket in BUCKETS
    }


def tasks_in(
    bucket: str, *, now: datetime | None = None, day_start: datetime | None = None, limit: int = 500
) -> list[TaskRow]:
    """Tasks of one bucket: overdue, today, upcoming (later or undated), done.

    ``day_start`` is the start of the user's local today in UTC (default: UTC midnight).
    """
    condition = _bucket_condition(bucket, now, day_start)
    order = (Task.done_at.desc(),) if bucket == "done" else (Task.due_at.is_null(), Task.due_at, Task.id)
    query = (
        Task.select(
            Task.id,
            Task.title,
            Task.due_at,
            Task.done,
            Task.priority,
            Task.customer,
            Customer.display_name,
            Task.deal,
            Deal.title,
        )
        .join(Customer, JOIN.LEFT_OUTER, on=(Task.customer == Customer.id))
        .switch(Task)
        .join(Deal, JOIN.LEFT_OUTER, on=(Task.deal == Deal.id))
        .where(_LIVE & condition)
        .order_by(*order)
        .limit(limit)
    )
    return [
        TaskRow(i, t, d, bool(dn), p, c, cn or "", di, dt or "")
        for (i, t, d, dn, p, c, cn, di, dt) in tuples(query)
    ]


def trash_tasks(ids: Sequence[int]) -> Outcome[list[int]]:
    return set_trashed(Task, ids, True, "task")


def restore_tasks(ids: Sequence[int]) -> Outcome[list[int]]:
    return set_trashed(Task, ids, False, "task")
