"""The Trash holds every deleted thing: it lists them, brings them back, and empties for good."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.db.models import Customer, Deal, Interaction, Purchase, Task
from crm_desktop.db.store import Store
from crm_desktop.services.customers import CustomerInput, create_customer, trash_customers
from crm_desktop.services.interactions import log_interaction, trash_interactions
from crm_desktop.services.pipeline import DealInput, create_deal, stages, trash_deals
from crm_desktop.services.purchases import record_purchase, trash_purchases
from crm_desktop.services.tasks import TaskInput, create_task, trash_tasks
from crm_desktop.services.trash import trashed_items
from crm_desktop.services.trash_bin import empty_trash, restore_items


def test_deleted_things_are_listed_restored_and_emptied(store: Store) -> None:
    rahim = create_customer(CustomerInput(display_name="রহিম")).value
    gone = create_customer(CustomerInput(display_name="Gone")).value
    call = log_interaction(rahim, "call", subject="wrong number", occurred_at=datetime(2025, 1, 1)).value
    sale = record_purchase(rahim, 100_00, description="typo").value
    deal = create_deal(DealInput(rahim, "Fans", 1_000_00, stage_id=stages(1)[0].id)).value
    task = create_task(TaskInput("Call back")).value  # about no one
    kept_call = log_interaction(gone, "call", subject="belongs to Gone").value
    trash_interactions([call, kept_call])
    trash_purchases([sale])
    trash_deals([deal])
    trash_tasks([task])
    trash_customers([gone])

    listed = {(i.kind, i.id): (i.title, i.customer) for i in trashed_items()}
    assert listed == {
        ("interaction", call): ("wrong number", "রহিম"),
        ("purchase", sale): ("typo", "রহিম"),
        ("deal", deal): ("Fans", "রহিম"),
        ("task", task): ("Call back", ""),
    }  # Gone's call comes back with Gone, so it is not listed on its own

    assert restore_items([("deal", deal), ("purchase", sale)]).value == 2
    assert Deal.get_by_id(deal).deleted_at is None
    assert Customer.get_by_id(rahim).lifetime_value_minor == 100_00

    assert empty_trash().value == 3  # Gone (its call goes with it), the wrong-number call, the task
    assert not Customer.select().where(Customer.id == gone).exists()
    assert not Interaction.select().where(Interaction.deleted_at.is_null(False)).exists()
    assert not Task.select().where(Task.id == task).exists()
    assert Purchase.get_by_id(sale) and Deal.get_by_id(deal)  # restored: untouched
    assert trashed_items() == []
