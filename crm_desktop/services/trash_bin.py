"""The Trash as one place: restore any deleted thing by kind and id, or empty it all."""

from __future__ import annotations

from collections.abc import Iterable

from crm_desktop.db.models import database_proxy
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.customers import empty_trash as empty_customer_trash
from crm_desktop.services.interactions import restore_interactions
from crm_desktop.services.pipeline import restore_deals
from crm_desktop.services.purchases import restore_purchases
from crm_desktop.services.tasks import restore_tasks
from crm_desktop.services.trash import purge_trashed_rows

RESTORERS = {
    "interaction": restore_interactions,
    "purchase": restore_purchases,
    "deal": restore_deals,
    "task": restore_tasks,
}


def restore_items(items: Iterable[tuple[str, int]]) -> Outcome[int]:
    """Bring back (kind, id) pairs; returns how many came back."""
    by_kind: dict[str, list[int]] = {}
    for kind, item_id in items:
        if kind not in RESTORERS:
            raise ValueError(f"the trash holds no {kind!r}")
        by_kind.setdefault(kind, []).append(int(item_id))
    restored, changes = 0, Changes()
    with database_proxy.atomic():
        for kind, ids in by_kind.items():
            outcome = RESTORERS[kind](ids)
            restored += len(outcome.value)
            changes = changes | outcome.changes
    return Outcome(restored, changes)


def empty_trash() -> Outcome[int]:
    """Delete for good the trashed customers, with everything that belongs to them, and
    every other trashed contact, purchase, deal and task. Returns how many things went."""
    with database_proxy.atomic():
        customers = empty_customer_trash()
        count = customers.value + purge_trashed_rows()
    return Outcome(count, customers.changes)
