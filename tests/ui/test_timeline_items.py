"""An imported sale's items on the customer's timeline (issue 15)."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.services.timeline import Event
from ui.customers.timeline_model import describe


def _sale(items: tuple[tuple[str, str], ...]) -> Event:
    return Event("purchase", 1, datetime(2024, 1, 1), "Blue Mug; Red Mug", "#1001", None, None, 3000, "USD",
                 None, items=items)  # fmt: skip


def test_a_sale_lists_its_items_with_quantities(qapp) -> None:  # noqa: ANN001
    title, detail, _ = describe(_sale((("2", "Blue Mug"), ("1", "Red Mug"))))
    assert title == "Purchase: Blue Mug; Red Mug"
    assert detail == "Receipt #1001 · 2 × Blue Mug · 1 × Red Mug"


def test_a_long_sale_shows_the_first_items_and_a_count(qapp) -> None:  # noqa: ANN001
    items = tuple((str(i), f"Item {i}") for i in range(1, 9))
    _, detail, _ = describe(_sale(items))
    assert detail.endswith("5 × Item 5 · 3 more")
    assert describe(_sale((("0.5", "Rice (kg)"),)))[1] == "Receipt #1001 · 0.5 × Rice (kg)"
