"""Merging duplicate customers: the kept one gets everything, nothing is doubled
or lost, and Undo puts every row and field back where it was."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.db.models import (
    Customer,
    CustomerEmail,
    CustomerPhone,
    Deal,
    Interaction,
    Purchase,
    Task,
    Ticket,
)
from crm_desktop.db.store import Store
from crm_desktop.search import search_customer_ids
from crm_desktop.services import audit
from crm_desktop.services.customer_list import count_customers
from crm_desktop.services.customers import (
    CustomerInput,
    create_customer,
    empty_trash,
    load_input,
    trash_customers,
    update_customer,
)
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.interactions import log_interaction
from crm_desktop.services.merge import last_merge_of, merge_customers, undo_merge
from crm_desktop.services.pipeline import DealInput, create_deal, stages
from crm_desktop.services.purchases import record_purchase
from crm_desktop.services.tasks import TaskInput, create_task
from crm_desktop.services.tickets import open_ticket


@pytest.fixture
def twins(store: Store) -> tuple[int, int]:
    """The same shop customer entered twice: once from the phone book, once by hand."""
    rahim = create_customer(
        CustomerInput(
            display_name="রহিম উদ্দিন",
            phones=["01712-345678"],
            tags=["VIP"],
            notes="বাকিতে কেনে",
        )
    ).value
    record_purchase(rahim, 500_00)
    twin = create_customer(
        CustomerInput(
            display_name="Rahim",
            company="রহিম ট্রেডার্স",
            phones=["+8801712345678", "01812345678"],
            emails=["rahim@example.com"],
            tags=["VIP", "পাইকারি"],
            notes="prefers bKash",
            birthday=date(1985, 3, 2),
            custom_fields={"Shop": "Mirpur 10"},
        )
    ).value
    log_interaction(twin, "whatsapp", body="wants 20 fans")
    create_deal(DealInput(twin, "Ceiling fans", 20_000_00, stage_id=stages(1)[0].id))
    create_task(TaskInput("Call back", customer_id=twin))
    open_ticket(twin, "Fan rattles")
    record_purchase(twin, 700_00)
    return rahim, twin


def owned_by(customer_id: int) -> dict[str, int]:
    return {
        model.__name__: model.select().where(model.customer == customer_id).count()
        for model in (Interaction, Deal, Purchase, Task, Ticket, CustomerPhone, CustomerEmail)
    }


def test_the_kept_customer_gets_everything_and_the_duplicate_goes_to_the_trash(twins) -> None:  # noqa: ANN001
    rahim, twin = twins
    result = merge_customers(rahim, [twin]).value

    kept = load_input(rahim)
    assert kept.display_name == "রহিম উদ্দিন"  # the kept customer's own values win
    assert kept.company == "রহিম ট্রেডার্স" and kept.birthday == date(1985, 3, 2)  # empty ones are filled
    assert kept.phones == ["01712-345678", "01812345678"]  # the same number is not doubled
    assert kept.emails == ["rahim@example.com"]
    assert sorted(kept.tags) == ["VIP", "পাইকারি"]
    assert kept.notes == "বাকিতে কেনে\n\nprefers bKash"
    assert kept.custom_fields == {"Shop": "Mirpur 10"}
    assert owned_by(rahim) == {"Interaction": 1, "Deal": 1, "Purchase": 2, "Task": 1, "Ticket": 1,
                               "CustomerPhone": 2, "CustomerEmail": 1}  # fmt: skip
    customer = Customer.get_by_id(rahim)
    assert customer.lifetime_value_minor == 1_200_00 and customer.last_contact_at is not None
    assert customer.primary_email == "rahim@example.com"
    assert result.moved_rows > 0 and result.merged_ids == (twin,)

    assert Customer.get_by_id(twin).deleted_at is not None
    assert count_customers() == 1
    assert search_customer_ids("rahim@example.com") == [rahim]
    assert search_customer_ids("01812") == [rahim]


def test_undo_puts_every_row_and_field_back(twins) -> None:  # noqa: ANN001
    rahim, twin = twins
    before = (load_input(rahim), load_input(twin), owned_by(rahim), owned_by(twin))
    values_before = [Customer.get_by_id(c).lifetime_value_minor for c in (rahim, twin)]

    merge_id = merge_customers(rahim, [twin]).value.merge_id
    assert last_merge_of(rahim) == merge_id
    assert undo_merge(merge_id).value == [twin]

    assert (load_input(rahim), load_input(twin), owned_by(rahim), owned_by(twin)) == before
    assert [Customer.get_by_id(c).lifetime_value_minor for c in (rahim, twin)] == values_before
    assert count_customers() == 2
    assert search_customer_ids("rahim@example.com") == [twin]
    assert last_merge_of(rahim) is None


def test_undo_keeps_what_was_edited_after_the_merge(twins) -> None:  # noqa: ANN001
    rahim, twin = twins
    merge_id = merge_customers(rahim, [twin]).value.merge_id
    edited = load_input(rahim)
    edited.company = "Rahim & Sons"
    update_customer(rahim, edited)

    undo_merge(merge_id)

    assert load_input(rahim).company == "Rahim & Sons"
    assert load_input(twin).company == "রহিম ট্রেডার্স"


def test_a_merge_is_final_once_the_duplicate_is_emptied_from_the_trash(twins) -> None:  # noqa: ANN001
    rahim, twin = twins
    merge_id = merge_customers(rahim, [twin]).value.merge_id
    empty_trash()

    with pytest.raises(ValidationError, match="can no longer be undone"):
        undo_merge(merge_id)
    assert owned_by(rahim)["Deal"] == 1  # nothing half-undone


def test_refused_merges_change_nothing(twins) -> None:  # noqa: ANN001
    rahim, twin = twins
    before = (owned_by(rahim), owned_by(twin))
    with pytest.raises(ValidationError, match="at least two"):
        merge_customers(rahim, [rahim])
    trash_customers([twin])
    with pytest.raises(NotFoundError, match=f"customer {twin}"):
        merge_customers(rahim, [twin])
    with pytest.raises(NotFoundError):
        undo_merge(12345)
    assert (owned_by(rahim), owned_by(twin)) == before


def test_several_duplicates_at_once_and_do_not_contact_is_kept(store: Store) -> None:
    keep = create_customer(CustomerInput(display_name="Karim", emails=["k@example.com"])).value
    second = create_customer(CustomerInput(display_name="Karim S.", emails=["K@Example.com"])).value
    third = create_customer(CustomerInput(display_name="karim", phones=["01911111111"])).value
    Customer.update(do_not_contact=True).where(Customer.id == third).execute()

    merge_customers(keep, [second, third, second])

    assert load_input(keep).emails == ["k@example.com"]  # an email differing only in case is the same
    assert load_input(keep).phones == ["01911111111"]
    assert Customer.get_by_id(keep).do_not_contact is True  # someone who said "no mail" stays unmailed
    assert count_customers() == 1


def test_the_merge_shows_in_the_kept_customers_history(twins) -> None:  # noqa: ANN001
    rahim, twin = twins
    merge_customers(rahim, [twin])
    merged = [r for r in audit.history(rahim) if r.action == "merged"]
    assert merged and any(field == "emails" for field, _old, _new in merged[0].values)
