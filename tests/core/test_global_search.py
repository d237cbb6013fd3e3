"""The window's search box: customers, deals and tickets from one query."""

from __future__ import annotations

from crm_desktop.db.store import Store
from crm_desktop.services.customers import CustomerInput, create_customer, trash_customers
from crm_desktop.services.global_search import search_everything
from crm_desktop.services.pipeline import DealInput, create_deal
from crm_desktop.services.tickets import open_ticket


def test_finds_customers_deals_and_tickets(store: Store) -> None:
    karim = create_customer(CustomerInput(display_name="Karim Stores", company="Karim & Sons")).value
    other = create_customer(CustomerInput(display_name="Nasrin Akter")).value
    deal = create_deal(DealInput(other, "Karim wholesale rice")).value
    ticket = open_ticket(other, "Karim says the rice was wet").value

    results = search_everything("karim")

    assert [(h.kind, h.id) for h in results.customers] == [("customer", karim)]
    assert results.customers[0].subtitle == "Karim & Sons"
    assert [(h.id, h.customer_id, h.subtitle) for h in results.deals] == [(deal, other, "Nasrin Akter")]
    assert [(h.id, h.customer_id) for h in results.tickets] == [(ticket, other)]
    assert len(results) == 3


def test_bengali_text_and_hostile_input(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="রহিম উদ্দিন")).value
    create_deal(DealInput(cid, "ঈদের অর্ডার"))
    assert [h.id for h in search_everything("রহিম").customers] == [cid]
    assert len(search_everything("ঈদের").deals) == 1
    for text in ('"', "%", "_", "a' OR 1=1 --", "NEAR(", "   ", ""):
        search_everything(text)  # never a syntax error
    assert len(search_everything("100%")) == 0


def test_rows_of_trashed_customers_are_not_found(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="Trashed Tareq")).value
    create_deal(DealInput(cid, "Tareq deal"))
    open_ticket(cid, "Tareq ticket")
    trash_customers([cid])
    assert len(search_everything("tareq")) == 0


def test_limit_applies_per_kind(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="Many Deals")).value
    for i in range(10):
        create_deal(DealInput(cid, f"Order {i}"))
    assert len(search_everything("order", limit=3).deals) == 3
