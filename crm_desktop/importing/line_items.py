"""Sales files with one line per item: lines grouped into purchases, items kept.

A point-of-sale export (``InvoiceNo, StockCode, Description, Quantity,
UnitPrice, CustomerID``) or a Shopify orders export (``Name`` #1001, one line
per ``Lineitem``) writes one sale as many lines. The lines of one receipt
(same reference, same customer) become one purchase whose amount is the sum
of quantity × unit price; each line is kept as a ``purchase_item``. A line
without a reference is a purchase of its own. A cancelled invoice (a
reference starting with ``C``, as the UCI retail data writes them) or a
negative quantity is a refund: its amount is negative.

A line that names no customer (Shopify's second line of an order carries no
totals and sometimes no e-mail) belongs to the order its reference names;
a line without a currency or a date takes its order's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from crm_desktop.importing import messages as m
from crm_desktop.importing import values as v
from crm_desktop.importing.run import ImportRun
from crm_desktop.importing.source import SourceRow

if TYPE_CHECKING:
    from crm_desktop.importing.customer_link import CustomerLinker

LINE_FIELDS = frozenset({"quantity", "unit_price", "sku"})
CUSTOMER_FIELDS = ("customer_email", "customer_phone", "customer_external_id", "customer_name")
SHOWN_ITEMS = 3


def is_line_items(run: ImportRun) -> bool:
    return bool(LINE_FIELDS & set(run.columns))


@dataclass
class Item:
    description: str
    sku: str
    quantity: Decimal
    unit_price_minor: int
    total_minor: int


@dataclass
class Order:
    row: SourceRow
    customer_id: int
    reference: str
    occurred_at: str
    currency: str
    items: list[Item] = field(default_factory=list)

    def values(self) -> dict[str, Any]:
        total = sum(i.total_minor for i in self.items)
        if self.reference[:1] in "Cc" and self.reference[1:2].isdigit() and total > 0:
            total = -total  # a cancelled invoice: the money went back
        names = [i.description for i in self.items if i.description]
        description = "; ".join(names[:SHOWN_ITEMS]) + ("; …" if len(names) > SHOWN_ITEMS else "")
        return {
            "customer_id": self.customer_id,
            "occurred_at": self.occurred_at,
            "amount_minor": total,
            "currency": self.currency,
            "description": description,
            "reference": self.reference,
            "items": self.items,
        }


class Orders:
    """The lines of the file so far, grouped into orders."""

    def __init__(self, run: ImportRun) -> None:
        self.run = run
        self.orders: dict[tuple[object, ...], Order] = {}
        self.by_reference: dict[str, Order] = {}
        self.void: set[str] = set()  # references of orders that took no money (voided, failed)

    def add(self, row: SourceRow, linker: CustomerLinker) -> None:
        run = self.run
        mapped = run.apply(row)
        first = {name: vals[0] for name, vals in mapped.fields.items() if vals}
        issues: list[tuple[str | None, str]] = []
        reference = v.identifier(first.get("reference", ""))
        known = self.by_reference.get(reference) if reference else None
        convert = run.converter(first, issues)

        currency = convert("currency", v.currency) if "currency" in first else None
        currency = currency or (known.currency if known else None) or run.options.currency
        quantity = self._quantity(first, issues)
        if "unit_price" in first:
            price = convert("unit_price", v.money, currency, currency)
        elif "amount" in first:
            price = convert("amount", v.money, currency, currency)
            quantity = quantity if "quantity" in first else Decimal(1)
        else:
            price = None
            issues.append((run.header("unit_price"), m.REQUIRED.format(what=m.THE_WORDS["amount"])))
        if "purchase_date" in first:
            when = convert(
                "purchase_date", v.moment, run.day_first_for("purchase_date"), run.utc_column("purchase_date")
            )
        elif known is not None:
            when = known.occurred_at
        else:
            when = None
            issues.append((run.header("purchase_date"), m.REQUIRED.format(what=m.THE_WORDS["date"])))
        names_customer = any(f in first for f in CUSTOMER_FIELDS)
        if known is not None and not names_customer:
            customer_id: int | None = known.customer_id
        else:
            customer_id = linker.link(row, mapped, issues)
        status = first.get("status", "")
        voided = bool(status) and v.no_sale(status)
        if voided:  # the order took no money: none of its lines is a sale
            run.note(row.line, m.NOT_A_SALE.format(value=status.strip()), run.header("status"))
            if reference:
                self.void.add(reference)
        if voided or (reference and reference in self.void):
            run.counts.skipped += 1
            return
        if issues or customer_id is None or price is None or when is None or quantity is None:
            run.reject(row, row.line, issues)
            return
        total = int((quantity * price.minor).to_integral_value(ROUND_HALF_UP))
        item = Item(
            v.text(first.get("description", "")), v.text(first.get("sku", "")), quantity, price.minor, total
        )
        key: tuple[object, ...] = (customer_id, reference) if reference else ("line", row.line)
        order = self.orders.get(key)
        if order is None:
            order = Order(row, customer_id, reference, when, price.currency)
            self.orders[key] = order
            if reference:
                self.by_reference.setdefault(reference, order)
        else:
            run.counts.skipped += 1  # a further line of a purchase already counted
            run.counts.merged += 1
        order.items.append(item)

    def _quantity(self, first: dict[str, str], issues: list[tuple[str | None, str]]) -> Decimal | None:
        text = first.get("quantity", "").replace(",", "").strip()
        if not text:
            return Decimal(1)
        try:
            return Decimal(v.text(text))
        except InvalidOperation:
            issues.append((self.run.header("quantity"), m.NOT_A_QUANTITY.format(value=text)))
            return None

    def purchases(self) -> list[tuple[SourceRow, dict[str, Any]]]:
        return [(order.row, order.values()) for order in self.orders.values()]


def insert_items(run: ImportRun, inserted: list[tuple[dict[str, Any], int]]) -> None:
    """The items of the purchases just inserted (undo deletes them with their purchase)."""
    rows = [
        (purchase_id, position, i.description, i.sku, _plain(i.quantity), i.unit_price_minor, i.total_minor)
        for values, purchase_id in inserted
        for position, i in enumerate(values.get("items", ()))
    ]
    run.con.executemany(
        "INSERT INTO purchase_item (purchase_id, position, description, sku, quantity, unit_price_minor, "
        "total_minor) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text
