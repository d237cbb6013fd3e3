"""Rows that belong to a customer (contacts, deals, tasks, purchases) into the trash and back.

A trashed row keeps everything; only ``deleted_at`` is set, so Undo is exact.
Each service names its model and, if it keeps caches or a trail, what to do
after (inside the same transaction) with the ids moved and their customers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
