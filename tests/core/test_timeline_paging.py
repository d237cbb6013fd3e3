"""Timeline pages are cut inside every kind; the order and the cursor must not notice."""

from __future__ import annotations

from datetime import datetime, timedelta

from crm_desktop.db.store import Store
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.interactions import log_interaction
from crm_desktop.services.purchases import record_purchase
from crm_desktop.services.tickets import open_ticket
from crm_desktop.services.timeline import timeline_page


def walk(customer_id: int, limit: int) -> list[tuple[str, int]]:
    seen, cursor = [], None
    while page := timeline_page(customer_id, after=cursor, limit=limit):
        seen += [(e.kind, e.id) for e in page]
        cursor = page[-1].cursor
    return seen


def test_pages_cut_inside_each_kind_keep_the_one_order(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="Busy")).value
    noon = datetime(2024, 5, 1, 12, 0)
    for i in range(9):  # ties across kinds and within a kind, and a long run of one kind
        log_interaction(cid, "call", body=f"tie {i}", occurred_at=noon)
        record_purchase(cid, 100 + i, occurred_at=noon if i % 2 else noon - timedelta(hours=i))
    for i in range(40):
        log_interaction(cid, "sms", body=f"old {i}", occurred_at=noon - timedelta(days=1, minutes=i))
    open_ticket(cid, "A ticket")  # opened now: the newest of all

    everything = timeline_page(cid, limit=1000)
    expected = sorted(everything, key=lambda e: (e.at, e.kind, e.id), reverse=True)
    assert [(e.kind, e.id) for e in everything] == [(e.kind, e.id) for e in expected]
    assert everything[0].kind == "ticket"
    for limit in (1, 2, 3, 7, 50):
        assert walk(cid, limit) == [(e.kind, e.id) for e in everything]


def test_a_kind_filter_pages_the_same_way(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="Buyer")).value
    for i in range(12):
        record_purchase(cid, 1000 + i, occurred_at=datetime(2024, 1, 1) + timedelta(days=i % 4))
        log_interaction(cid, "visit", occurred_at=datetime(2024, 1, 1))
    seen, cursor = [], None
    while page := timeline_page(cid, after=cursor, kinds=["purchase"], limit=5):
        seen += [e.id for e in page]
        cursor = page[-1].cursor
    assert len(seen) == len(set(seen)) == 12
