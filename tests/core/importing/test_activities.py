"""Purchases (a point-of-sale export), interactions and deals, linked to their customers."""

from __future__ import annotations

import pytest

from crm_desktop.db.store import Store
from crm_desktop.importing import undo_import
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.interactions import log_interaction
from tests.core.importing.conftest import counts, dump, problems, rows, run

POS = (
    "Invoice No,Date,Customer Mobile,Customer Email,Items,Total\n"
    'INV-1001,05/01/2024 11:30,01712345678,,"2 kg rice, 1 L oil","৳ 1,250.50"\n'
    "INV-1002,06/01/2024,+8801812345678,,Sugar,Tk 300\n"
    "INV-1003,06/01/2024,01999999999,,Salt,50\n"  # nobody has this number
    "INV-1004,31/01/2024,,salma@example.com,Refund,(200)\n"
    "INV-1005,07/01/2024,01712345678,,Eggs,0\n"  # zero
).encode()


@pytest.fixture
def customers(store: Store) -> dict[str, int]:
    return {
        "rahim": create_customer(CustomerInput(display_name="Rahim", phones=["01712345678"])).value,
        "karim": create_customer(CustomerInput(display_name="Karim", phones=["01812345678"])).value,
        "salma": create_customer(CustomerInput(display_name="Salma", emails=["salma@example.com"])).value,
    }


def test_a_point_of_sale_export(store: Store, customers: dict[str, int]) -> None:
    result = run(POS, entity="purchases", skip_invalid=True)
    assert counts(result) == (3, 0, 0, 2)
    assert [(p.line, p.column, p.reason) for p in result.problems] == [
        (4, "Customer Mobile", "no customer has the phone '01999999999'"),
        (6, "Total", "the amount is zero"),
    ]
    assert rows(
        store, "SELECT customer_id, occurred_at, amount_minor, currency, description, reference FROM purchase"
    ) == [
        (customers["rahim"], "2024-01-05 05:30:00", 125050, "BDT", "2 kg rice, 1 L oil", "INV-1001"),
        (customers["karim"], "2024-01-05 18:00:00", 30000, "BDT", "Sugar", "INV-1002"),
        (customers["salma"], "2024-01-30 18:00:00", -20000, "BDT", "Refund", "INV-1004"),
    ]  # fmt: skip
    # the customer list's caches are right without a refresh
    assert rows(
        store, "SELECT lifetime_value_minor, last_purchase_at FROM customer WHERE id = ?", customers["rahim"]
    ) == [(125050, "2024-01-05 05:30:00")]
    before = dump(store)
    assert counts(run(POS, entity="purchases", skip_invalid=True)) == (0, 0, 3, 2)
    assert dump(store) == before


def test_unknown_customers_can_be_created(store: Store, customers: dict[str, int]) -> None:
    raw = POS.replace(b"Eggs,0", b"Eggs,120")
    result = run(raw, entity="purchases", create_missing_customers=True)
    assert counts(result) == (5, 0, 0, 0)
    assert rows(
        store, "SELECT display_name, primary_phone FROM customer WHERE id > ?", customers["salma"]
    ) == [("01999999999", "+8801999999999")]
    assert rows(store, "SELECT count(*) FROM purchase") == [(5,)]
    before_ids = rows(store, "SELECT id FROM customer ORDER BY id")
    undo_import(result.batch_id)
    assert rows(store, "SELECT count(*) FROM purchase") == [(0,)]
    assert rows(store, "SELECT id FROM customer ORDER BY id") == before_ids[:3]
    assert rows(store, "SELECT sum(lifetime_value_minor) FROM customer") == [(0,)]


def test_a_changed_receipt_updates_the_purchase_and_undo_puts_it_back(
    store: Store, customers: dict[str, int]
) -> None:
    good = POS.replace(b"Eggs,0", b"Eggs,120")
    run(good, entity="purchases", skip_invalid=True)
    before = dump(store)
    changed = good.replace(b'"\xe0\xa7\xb3 1,250.50"', b"1300")
    result = run(changed, entity="purchases", skip_invalid=True)
    assert counts(result) == (0, 1, 3, 1)
    assert rows(store, "SELECT amount_minor FROM purchase WHERE reference = 'INV-1001'") == [(130000,)]
    assert rows(store, "SELECT lifetime_value_minor FROM customer WHERE id = ?", customers["rahim"]) == [
        (142000,)
    ]
    undo_import(result.batch_id)
    assert dump(store) == before


def test_interactions_and_last_contact(store: Store, customers: dict[str, int]) -> None:
    log_interaction(customers["rahim"], "call", body="old call")
    before = dump(store)
    raw = (
        b"Date,Channel,Direction,Subject,Message,Customer Phone\n"
        b"2024-02-01 10:00,WhatsApp,incoming,Price,How much is rice?,01712345678\n"
        b"2024-02-02 09:00,Phone call,outgoing,,Called back,01712345678\n"
        b"2024-02-03,Carrier pigeon,in,,Coo,01812345678\n"
        b"2024-02-03,note,,,,01812345678\n"
    )
    result = run(raw, entity="interactions", skip_invalid=True)
    assert counts(result) == (2, 0, 0, 2)
    assert [(p.line, p.column) for p in result.problems] == [(4, "Channel"), (5, "Message")]
    assert result.problems[0].reason.startswith("'Carrier pigeon' is not a channel; use one of call, email")
    assert rows(
        store, "SELECT channel, direction, occurred_at FROM interaction WHERE body != 'old call'"
    ) == [
        ("whatsapp", "in", "2024-02-01 04:00:00"),
        ("call", "out", "2024-02-02 03:00:00"),
    ]
    last = rows(store, "SELECT last_contact_at FROM customer WHERE id = ?", customers["rahim"])[0][0]
    assert last >= "2024-02-02 03:00:00"
    assert counts(run(raw, entity="interactions", skip_invalid=True)) == (0, 0, 2, 2)
    undo_import(result.batch_id)
    assert dump(store) == before


def test_deals_by_stage_name_and_title(store: Store, customers: dict[str, int]) -> None:
    raw = (
        b"Deal Name,Amount,Stage,Close Date,Customer Email,Customer Phone,Deal owner\n"
        b'Wedding order,"45,000",Quote sent,2024-03-01,salma@example.com,,Rina\n'
        b"Office chairs,12000,,,,01712345678,\n"
        b"Lost one,100,Lost,,,01812345678,\n"
        b"Nowhere,100,Shipped,,,01812345678,\n"
    )
    store.db.connection().execute("INSERT INTO \"user\" (name, created_at) VALUES ('Rina', '2024-01-01')")
    result = run(raw, entity="deals", skip_invalid=True)
    assert counts(result) == (3, 0, 0, 1)
    assert problems(result) == [(5, "Stage")]
    assert (
        "there is no pipeline stage called 'Shipped'; stages are: New lead, Qualified"
        in result.problems[0].reason
    )
    assert rows(
        store, "SELECT d.title, d.value_minor, s.name, d.status, d.expected_close, u.name FROM deal d "
        'JOIN stage s ON s.id = d.stage_id LEFT JOIN "user" u ON u.id = d.owner_id ORDER BY d.id'
    ) == [
        ("Wedding order", 4500000, "Quote sent", "open", "2024-03-01", "Rina"),
        ("Office chairs", 1200000, "New lead", "open", None, None),
        ("Lost one", 10000, "Lost", "lost", None, None),
    ]  # fmt: skip
    assert rows(store, "SELECT count(*) FROM deal_stage_change") == [(3,)]
    # the same deal (customer + title) moved on: an update, recorded in the stage history
    moved = run(b"Deal Name,Stage,Customer Email\nwedding ORDER,Won,salma@example.com\n", entity="deals")
    assert counts(moved) == (0, 1, 0, 0)
    assert rows(store, "SELECT title, status FROM deal WHERE id = 1") == [("Wedding order", "won")]
    assert rows(store, "SELECT count(*) FROM deal_stage_change") == [(4,)]
    undo_import(moved.batch_id)
    assert rows(store, "SELECT status, closed_at FROM deal WHERE id = 1") == [("open", None)]
    assert rows(store, "SELECT count(*) FROM deal_stage_change") == [(3,)]


def test_a_row_that_names_no_customer(store: Store, customers: dict[str, int]) -> None:
    result = run(b"Date,Total,Customer Email\n2024-01-01,100,\n", entity="purchases", skip_invalid=True)
    assert [(p.line, p.column, p.reason) for p in result.problems] == [
        (2, None, "the row names no customer (no customer email, phone or ID)")
    ]


def test_a_deal_owner_who_is_no_user_is_left_out_not_created(store: Store, customers: dict[str, int]) -> None:
    raw = b"Deal Name,Amount,Customer Email,Deal owner\nBig order,5000,salma@example.com,Sam Owner\n"
    result = run(raw, entity="deals")
    assert counts(result) == (1, 0, 0, 0)
    assert rows(store, "SELECT owner_id FROM deal") == [(None,)]
    assert rows(store, "SELECT count(*) FROM \"user\" WHERE name = 'Sam Owner'") == [(0,)]
    assert [(n.line, n.column) for n in result.notes] == [(2, "Deal owner")]
