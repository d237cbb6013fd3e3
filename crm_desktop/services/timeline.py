"""A customer's contact timeline: everything that happened, newest first, in pages.

Interactions, purchases, deal stage changes, tasks, tickets and (when asked
for: "audit", see :data:`~crm_desktop.domain.ALL_TIMELINE_KINDS`) the audit
trail of the customer and its deals come from one ``UNION ALL`` query, paged
by a keyset cursor (time, kind, id), so the first page of a customer with
10,000 events is as quick as the last.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from crm_desktop.db.models import database_proxy
from crm_desktop.domain import ALL_TIMELINE_KINDS, TIMELINE_KINDS
from crm_desktop.services import audit

# Every branch yields: kind, id, at, title, detail, channel, direction, amount_minor, currency, status.
# Each comes with its time and id expressions, so a page can be cut inside every branch (below).
_BRANCHES: dict[str, tuple[str, str, str]] = {
    "interaction": (
        """
        SELECT 'interaction', i.id, i.occurred_at, i.subject, i.body, i.channel, i.direction,
               NULL, NULL, NULL
        FROM interaction i WHERE i.customer_id = :cid AND i.deleted_at IS NULL""",
        "i.occurred_at",
        "i.id",
    ),
    "purchase": (
        """
        SELECT 'purchase', p.id, p.occurred_at, p.description, p.reference, NULL, NULL,
               p.amount_minor, p.currency, NULL
        FROM purchase p WHERE p.customer_id = :cid AND p.deleted_at IS NULL""",
        "p.occurred_at",
        "p.id",
    ),
    "stage_change": (
        """
        SELECT 'stage_change', h.id, h.changed_at, d.title, coalesce(f.name, ''), NULL, NULL,
               d.value_minor, d.currency, t.name
        FROM deal_stage_change h JOIN deal d ON d.id = h.deal_id
        JOIN stage t ON t.id = h.to_stage_id LEFT JOIN stage f ON f.id = h.from_stage_id
        WHERE d.customer_id = :cid AND d.deleted_at IS NULL""",
        "h.changed_at",
        "h.id",
    ),
    "task": (
        """
        SELECT 'task', k.id, coalesce(k.done_at, k.due_at, k.created_at), k.title, k.notes, NULL,
               NULL, NULL, NULL, CASE WHEN k.done THEN 'done' ELSE 'open' END
        FROM task k WHERE k.customer_id = :cid AND k.deleted_at IS NULL""",
        "coalesce(k.done_at, k.due_at, k.created_at)",
        "k.id",
    ),
    "ticket": (
        """
        SELECT 'ticket', c.id, c.opened_at, c.subject, c.body, c.kind, NULL, NULL, NULL, c.status
        FROM ticket c WHERE c.customer_id = :cid AND c.deleted_at IS NULL""",
        "c.opened_at",
        "c.id",
    ),
    # title: the customer's name or the deal's title; channel: customer | deal;
    # status: the action; detail ("field: old → new" lines) and by are filled in below
    "audit": (
        """
        SELECT 'audit', a.id, a.at, a.label, '', a.entity, NULL, NULL, NULL, a.action
        FROM audit_entry a WHERE a.customer_id = :cid""",
        "a.at",
        "a.id",
    ),
}


def _branch(kind: str, *, paged: bool) -> str:
    """One kind's newest rows after the cursor, at most a page of them.

    Cutting each branch to a page (through the customer-and-time indexes)
    keeps the outer sort small: without it, every page sorted all of a busy
    customer's events.
    """
    select, at, key = _BRANCHES[kind]
    after = f" AND {at} <= :at AND ({at}, '{kind}', {key}) < (:at, :kind, :id)" if paged else ""
    return f"SELECT * FROM ({select}{after} ORDER BY {at} DESC, {key} DESC LIMIT :limit)"


@dataclass(frozen=True)
class Event:
    kind: str
    id: int
    at: datetime
    title: str
    detail: str
    channel: str | None  # interactions: channel; tickets: complaint/request
    direction: str | None
    amount_minor: int | None
    currency: str | None
    status: str | None  # stage changes: the new stage; tasks and tickets: their status; audit: the action
    by: str = ""  # audit: the name of the user who made the change
    changes: tuple[tuple[str, str | None, str | None], ...] = ()  # audit: (field, old, new) as stored
    items: tuple[tuple[str, str], ...] = ()  # purchase: (quantity, description) of each line

    @property
    def cursor(self) -> tuple[str, str, int]:
        return (self.at.isoformat(sep=" "), self.kind, self.id)


def _as_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def timeline_page(
    customer_id: int,
    *,
    after: tuple[str, str, int] | None = None,
    kinds: Sequence[str] = TIMELINE_KINDS,
    limit: int = 50,
) -> list[Event]:
    """One page of events, newest first; pass the last event's ``cursor`` for the next."""
    chosen = [k for k in ALL_TIMELINE_KINDS if k in kinds]
    if not chosen:
        return []
    union = " UNION ALL ".join(_branch(k, paged=after is not None) for k in chosen)
    params: dict[str, object] = {"cid": customer_id, "limit": limit}
    if after is not None:
        params |= {"at": after[0], "kind": after[1], "id": after[2]}
    sql = (
        f"WITH e(kind, id, at, title, detail, channel, direction, amount_minor, currency, "
        f"status) AS ({union}) SELECT * FROM e "
        "ORDER BY at DESC, kind DESC, id DESC LIMIT :limit"
    )
    cursor = database_proxy.connection().execute(sql, params)
    events = [
        Event(k, i, _as_datetime(at), t or "", d or "", ch, di, am, cu, st)
        for (k, i, at, t, d, ch, di, am, cu, st) in cursor
    ]
    changes = audit.timeline_details([e.id for e in events if e.kind == "audit"])
    items = purchase_items([e.id for e in events if e.kind == "purchase"])
    return [
        replace(e, detail=changes[e.id][0], by=changes[e.id][1], changes=changes[e.id][2])
        if e.kind == "audit"
        else replace(e, items=items[e.id])
        if e.kind == "purchase" and e.id in items
        else e
        for e in events
    ]


def purchase_items(purchase_ids: Sequence[int]) -> dict[int, tuple[tuple[str, str], ...]]:
    """The lines of these purchases (an imported sale's items), in order: (quantity, description)."""
    if not purchase_ids:
        return {}
    marks = ",".join("?" * len(purchase_ids))
    found: dict[int, list[tuple[str, str]]] = {}
    for pid, quantity, description in database_proxy.connection().execute(
        f"SELECT purchase_id, quantity, description FROM purchase_item WHERE purchase_id IN ({marks}) "
        "ORDER BY purchase_id, position",
        list(purchase_ids),
    ):
        found.setdefault(pid, []).append((str(quantity), str(description)))
    return {pid: tuple(lines) for pid, lines in found.items()}
