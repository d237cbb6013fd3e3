"""Rows that belong to a customer (contacts, deals, tasks, purchases) into the trash and back.

A trashed row keeps everything; only ``deleted_at`` is set, so Undo is exact.
Each service names its model and, if it keeps caches or a trail, what to do
after (inside the same transaction) with the ids moved and their customers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm_desktop.db.models import database_proxy, tuples
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.timeutil import utcnow

After = Callable[[list[int], list[int]], None]  # (row ids moved, their customers)


def set_trashed(
    model: Any, ids: Sequence[int], trashed: bool, kind: str, *, after: After | None = None
) -> Outcome[list[int]]:
    """Trash (or restore) the rows ``ids`` not already there; returns the ids moved."""
    where = model.deleted_at.is_null() if trashed else model.deleted_at.is_null(False)
    with database_proxy.atomic():
        rows = list(tuples(model.select(model.id, model.customer).where(model.id.in_(list(ids)) & where)))
        moved = [row_id for row_id, _customer in rows]
        model.update(deleted_at=utcnow() if trashed else None).where(model.id.in_(moved)).execute()
        customers = sorted({cid for _row, cid in rows if cid is not None})
        if after is not None and moved:
            after(moved, customers)
    return Outcome(moved, Changes.of(kind, customers=customers))


# --- the Trash view's "other things" ---------------------------------------------

TRASHED_LIMIT = 1000  # the newest; older ones stay until the Trash is emptied


@dataclass(frozen=True)
class TrashedItem:
    kind: str  # interaction | purchase | deal | task
    id: int
    title: str
    customer: str  # the customer's name ("" for a task about no one)
    deleted_at: datetime


_TRASHED_SQL = """
    SELECT 'interaction', i.id, coalesce(nullif(i.subject, ''), substr(i.body, 1, 200)), c.display_name,
           i.deleted_at
      FROM interaction i JOIN customer c ON c.id = i.customer_id
     WHERE i.deleted_at IS NOT NULL AND c.deleted_at IS NULL
    UNION ALL
    SELECT 'purchase', p.id, coalesce(nullif(p.description, ''), p.reference), c.display_name, p.deleted_at
      FROM purchase p JOIN customer c ON c.id = p.customer_id
     WHERE p.deleted_at IS NOT NULL AND c.deleted_at IS NULL
    UNION ALL
    SELECT 'deal', d.id, d.title, c.display_name, d.deleted_at
      FROM deal d JOIN customer c ON c.id = d.customer_id
     WHERE d.deleted_at IS NOT NULL AND c.deleted_at IS NULL
    UNION ALL
    SELECT 'task', t.id, t.title, coalesce(c.display_name, ''), t.deleted_at
      FROM task t LEFT JOIN customer c ON c.id = t.customer_id
     WHERE t.deleted_at IS NOT NULL AND c.deleted_at IS NULL
    ORDER BY 5 DESC, 1, 2
    LIMIT ?
"""


def trashed_items(limit: int = TRASHED_LIMIT) -> list[TrashedItem]:
    """Deleted contacts, purchases, deals and tasks of customers not in the trash, newest first.

    (What belongs to a trashed customer comes back with the customer.)"""
    rows = database_proxy.execute_sql(_TRASHED_SQL, (limit,)).fetchall()
    return [
        TrashedItem(kind, rid, title or "", customer or "", _as_datetime(at))
        for kind, rid, title, customer, at in rows
    ]


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


TRASHABLE_TABLES = ("interaction", "purchase", "deal", "task")


def purge_trashed_rows() -> int:
    """Delete for good every trashed contact, purchase, deal and task; returns how many."""
    count = 0
    for table in TRASHABLE_TABLES:
        count += database_proxy.execute_sql(f'DELETE FROM "{table}" WHERE deleted_at IS NOT NULL').rowcount
    return count
