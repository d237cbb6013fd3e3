"""The customer page's profile: contact points, money, open deals and tickets, in one read."""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_desktop.db.store import Store
from crm_desktop.services.customer_profile import customer_profile
from crm_desktop.services.customers import CustomerInput, create_customer, trash_customers
from crm_desktop.services.errors import NotFoundError
from crm_desktop.services.pipeline import DealInput, create_deal, mark_won
from crm_desktop.services.purchases import record_purchase
from crm_desktop.services.tickets import open_ticket, set_status


def test_profile_collects_contact_points_money_deals_and_tickets(store: Store) -> None:
    cid = create_customer(
        CustomerInput(
            display_name="রহিম উদ্দিন",
            phones=["01712-345678", "০১৮১৫ ৬৬৭৭৮৮"],
            emails=["rahim@example.com"],
            facebook="fb.com/rahim",
            tags=["VIP", "Wholesale"],
        )
    ).value
    record_purchase(cid, 150_000, occurred_at=datetime(2024, 1, 2, 10, 0), description="Rice")
    record_purchase(cid, 50_000, occurred_at=datetime(2024, 3, 4, 10, 0), description="Oil")
    open_deal = create_deal(DealInput(cid, "Eid order", value_minor=900_000)).value
    won = create_deal(DealInput(cid, "Old order")).value
    mark_won(won)
    open_ticket(cid, "Late delivery")
    closed = open_ticket(cid, "Wrong size", kind="request").value
    set_status(closed, "closed")

    profile = customer_profile(cid)

    assert profile.display_name == "রহিম উদ্দিন"
    assert [p.raw for p in profile.phones] == ["01712-345678", "০১৮১৫ ৬৬৭৭৮৮"]
    assert profile.phones[0].e164 == "+8801712345678"
    assert profile.emails == ["rahim@example.com"]
    assert profile.tags == ["VIP", "Wholesale"]
    assert profile.lifetime_value_minor == 200_000
    assert profile.last_purchase is not None and profile.last_purchase.description == "Oil"
    assert [d.id for d in profile.open_deals] == [open_deal]
    assert profile.open_deals[0].stage  # the stage's name, for the badge
    assert [t.subject for t in profile.open_tickets] == ["Late delivery"]


def test_profile_of_a_trashed_customer_is_not_found(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="Gone")).value
    trash_customers([cid])
    with pytest.raises(NotFoundError):
        customer_profile(cid)
