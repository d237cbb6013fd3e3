"""How many live (not trashed) rows of each kind there are."""

from __future__ import annotations

from peewee import JOIN

from crm_desktop.db.models import Customer, Deal, Interaction, Purchase, Task, Ticket

STAT_KEYS = ("customers", "interactions", "deals", "purchases", "tasks", "tickets")


def counts() -> dict[str, int]:
    """Counts of live rows; rows of a trashed customer count as trashed too."""
    live_customer = Customer.deleted_at.is_null()
    result = {"customers": Customer.select().where(live_customer).count()}
    for key, model in (
        ("interactions", Interaction),
        ("deals", Deal),
        ("purchases", Purchase),
        ("tickets", Ticket),
    ):
        result[key] = model.select().join(Customer).where(model.deleted_at.is_null() & live_customer).count()
    result["tasks"] = (
        Task.select()
        .join(Customer, JOIN.LEFT_OUTER, on=(Task.customer == Customer.id))
        .where(Task.deleted_at.is_null() & (Customer.id.is_null() | live_customer))
        .count()
    )
    return {key: result[key] for key in STAT_KEYS}
