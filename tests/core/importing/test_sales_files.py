"""Issue 15, sales files: line items grouped into purchases, refunds, currencies, re-imports.

Revenue after an import equals the file's own sum (quantity × unit price, refunds subtracted),
to the paisa, and stays equal after importing the same file again.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from crm_desktop.db.store import Store
from tests.core.importing.conftest import CORPUS, corpus_path, counts, rows, run

SHAPES = CORPUS.parent / "shapes"
RETAIL = corpus_path("csv/retail_by_day.csv")


def _file_sum(path: Path, quantity: str, price: str) -> int:
    with open(path, encoding="utf-8", newline="") as fp:
        total = sum(Decimal(r[quantity]) * Decimal(r[price]) for r in csv.DictReader(fp))
    return int(total * 100)


def _revenue(store: Store) -> list[tuple[str, int]]:
    return rows(store, "SELECT currency, sum(amount_minor) FROM purchase GROUP BY currency")


def test_point_of_sale_lines_are_grouped_by_invoice_and_add_up(store: Store) -> None:
    result = run(RETAIL, entity="purchases", create_missing_customers=True, currency="GBP")
    assert result.status == "imported" and result.rejected == 0
    assert result.created == 3  # three invoices (70 lines)
    assert _revenue(store) == [("GBP", _file_sum(RETAIL, "Quantity", "UnitPrice"))] == [("GBP", 127791)]
    assert rows(
        store,
        "SELECT reference, count(i.id) FROM purchase p JOIN purchase_item i ON i.purchase_id = p.id "
        "GROUP BY p.id ORDER BY p.id",
    ) == [("538365", 20), ("538366", 7), ("538367", 43)]
    assert rows(store, "SELECT description, sku, quantity, unit_price_minor, total_minor FROM purchase_item "
                "ORDER BY id LIMIT 1") == [("HEART OF WICKER SMALL", "22469", "8", 165, 1320)]  # fmt: skip
    # the customer id written 17243.0 is 17243
    assert rows(store, "SELECT external_id, display_name FROM customer ORDER BY id") == [
        ("17243", "17243"), ("18109", "18109"), ("14800", "14800"),
    ]  # fmt: skip
    # the timeline's "last purchase" follows (lifetime value counts the shop's currency only)
    assert rows(store, "SELECT last_purchase_at FROM customer WHERE external_id = '17243'") == [
        ("2010-12-12 04:11:00",)
    ]


def test_reimporting_a_sales_file_changes_nothing(store: Store) -> None:
    run(RETAIL, entity="purchases", create_missing_customers=True, currency="GBP")
    before = (
        _revenue(store),
        rows(store, "SELECT count(*) FROM purchase_item"),
        rows(store, "SELECT count(*) FROM customer"),
    )
    again = run(RETAIL, entity="purchases", create_missing_customers=True, currency="GBP")
    assert again.status == "unchanged" and again.created == 0 and again.already_imported is not None
    after = (
        _revenue(store),
        rows(store, "SELECT count(*) FROM purchase_item"),
        rows(store, "SELECT count(*) FROM customer"),
    )
    assert after == before


def test_cancelled_invoices_and_negative_quantities_are_refunds(store: Store) -> None:
    raw = (
        b"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
        b"536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850.0\n"
        b"536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0\n"
        b"C536379,D,Discount,-1,2010-12-01 09:41:00,27.50,14527.0\n"
        b"536380,22961,JAM MAKING SET,-2,2010-12-01 09:45:00,1.45,17850.0\n"
    )
    result = run(raw, entity="purchases", create_missing_customers=True, currency="GBP")
    assert counts(result) == (3, 0, 1, 0)
    assert rows(store, "SELECT reference, amount_minor FROM purchase ORDER BY id") == [
        ("536365", 3564), ("C536379", -2750), ("536380", -290),
    ]  # fmt: skip
    assert _revenue(store) == [("GBP", 3564 - 2750 - 290)]


def test_shopify_orders_second_line_is_an_item_of_the_same_order(store: Store) -> None:
    path = SHAPES / "shopify_orders.csv"
    result = run(path, entity="purchases", create_missing_customers=True)
    assert result.status == "imported" and counts(result) == (2, 0, 1, 0)
    # the currency column wins over the shop's (BDT); Created at with its zone, stored in UTC
    assert rows(
        store, "SELECT reference, amount_minor, currency, occurred_at, description FROM purchase"
    ) == [
        ("#1001", 3000, "USD", "2023-05-01 13:59:00", "Blue Mug; Red Mug"),
        ("#1002", 1550, "USD", "2023-05-02 15:58:00", "Tea Towel"),
    ]
    assert _revenue(store) == [("USD", _file_sum(path, "Lineitem quantity", "Lineitem price"))]
    # new customers take the billing name, not their phone number; the apostrophe is gone
    assert rows(store, "SELECT display_name, primary_phone FROM customer ORDER BY id") == [
        ("Russell Winfield", "+16135550135"), ("Karine Ruby", "+17134590228"),
    ]  # fmt: skip


def test_payments_subtract_refunds_and_read_utc_dates_as_utc(store: Store) -> None:
    raw = (SHAPES / "stripe_payments.csv").read_bytes() + (
        b"ch_3Ma4,2023-03-03 09:00:00,30.00,10.00,usd,Paid,cus_NA2,bob@example.com,Bob Stone,Order 1004\n"
        b"ch_3Ma5,2023-03-03 10:00:00,15.00,15.00,usd,Refunded,cus_NA1,ann@example.com,Ann Lee,Order 1005\n"
    )
    result = run(raw, name="payments.csv", entity="purchases", create_missing_customers=True)
    assert result.status == "imported" and counts(result) == (4, 0, 1, 0)
    assert _revenue(store) == [("USD", 2500 + 4050 + 1200 + 2000)]
    # the column says UTC: not moved by the machine's zone (Asia/Dhaka in these tests)
    assert rows(store, "SELECT occurred_at FROM purchase WHERE reference = 'ch_3Ma1'") == [
        ("2023-03-01 10:15:22",)
    ]
    assert rows(store, "SELECT display_name, external_id FROM customer ORDER BY id") == [
        ("Ann Lee", "cus_NA1"), ("Bob Stone", "cus_NA2"),
    ]  # fmt: skip


def test_a_sales_list_that_names_customers_only_by_name(store: Store) -> None:
    run(b"Name,Phone\nRahim Uddin,01712345678\n")
    raw = "Customer Name,Date,Amount\nRahim Uddin,2024-01-05,1500\nনতুন গ্রাহক,2024-01-06,৳ ২৫০\n".encode()
    result = run(raw, entity="purchases", create_missing_customers=True)
    assert counts(result) == (2, 0, 0, 0)
    assert rows(store, "SELECT c.display_name, p.amount_minor, p.currency FROM purchase p "
                "JOIN customer c ON c.id = p.customer_id ORDER BY p.id") == [
        ("Rahim Uddin", 150000, "BDT"), ("নতুন গ্রাহক", 25000, "BDT"),
    ]  # fmt: skip


def test_cli_currency_for_a_file_without_a_currency_column(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    import json

    from crm_desktop.cli.main import main

    db = tmp_path / "shop.sqlite3"
    args = ["import", "purchases", str(RETAIL), "--db", str(db), "--create-customers", "--json"]
    assert main([*args, "--currency", "GBP"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 3
    assert main([*args, "--currency", "pounds"]) == 2
    assert "--currency 'pounds': not a currency code" in capsys.readouterr().err


def test_undoing_a_sales_import_removes_its_items(store: Store) -> None:
    from crm_desktop.importing import undo_import

    result = run(RETAIL, entity="purchases", create_missing_customers=True, currency="GBP")
    assert rows(store, "SELECT count(*) FROM purchase_item") == [(70,)]
    undo_import(result.batch_id)
    assert (
        rows(store, "SELECT count(*) FROM purchase_item")
        == rows(store, "SELECT count(*) FROM purchase")
        == [(0,)]
    )


def test_an_imported_sale_shows_its_items_on_the_timeline(store: Store) -> None:
    from crm_desktop.services.timeline import timeline_page

    run(SHAPES / "shopify_orders.csv", entity="purchases", create_missing_customers=True)
    [event] = [e for e in timeline_page(1) if e.kind == "purchase"]
    assert (event.title, event.detail, event.amount_minor, event.currency) == (
        "Blue Mug; Red Mug",
        "#1001",
        3000,
        "USD",
    )
    assert event.items == (("2", "Blue Mug"), ("1", "Red Mug"))


def test_a_sale_with_an_odd_phone_keeps_its_named_customer(store: Store) -> None:
    raw = (
        b"Customer Name,Phone,Date,Amount\n"
        b"Abdul Karim,01711-555666,2024-01-05,500\n"
        b"Rokeya Karim,01711-555666,2024-01-06,700\n"  # the family phone: the name says who
        b"Jamal Khan,#322*67,2024-01-07,900\n"  # a number that cannot be verified
    )
    run(b"Name,Phone\nAbdul Karim,01711555666\nRokeya Karim,01711555666\n")
    result = run(raw, entity="purchases", create_missing_customers=True)
    assert result.status == "imported" and counts(result) == (3, 0, 0, 0)
    sold = rows(
        store,
        "SELECT c.display_name, p.amount_minor FROM purchase p "
        "JOIN customer c ON c.id = p.customer_id ORDER BY p.id",
    )
    assert sold == [("Abdul Karim", 50000), ("Rokeya Karim", 70000), ("Jamal Khan", 90000)]
    assert rows(store, "SELECT value FROM custom_field WHERE key = 'Phone (not verified)'") == [("#322*67",)]
    assert [(n.line, n.column) for n in result.notes] == [(4, "Phone")]


def test_failed_and_voided_payments_are_no_sales(store: Store) -> None:
    raw = (SHAPES / "stripe_payments.csv").read_bytes() + (
        b"ch_3Ma6,2023-03-04 09:00:00,99.00,0.00,usd,Failed,cus_NA2,bob@example.com,Bob Stone,Order 1006\n"
    )
    result = run(raw, name="payments.csv", entity="purchases", create_missing_customers=True)
    assert counts(result) == (3, 0, 1, 0)
    assert [(n.line, n.column, n.reason) for n in result.notes] == [
        (5, "Status", "the payment is 'Failed', so it is no sale; not imported")
    ]
    assert _revenue(store) == [("USD", 7750)]
    orders = (
        (SHAPES / "shopify_orders.csv")
        .read_text(encoding="utf-8")
        .replace("#1002,karine.ruby@example.com,paid", "#1002,karine.ruby@example.com,voided")
    )
    result = run(orders.encode(), name="orders.csv", entity="purchases", create_missing_customers=True)
    assert rows(store, "SELECT reference FROM purchase WHERE reference LIKE '#%'") == [("#1001",)]
