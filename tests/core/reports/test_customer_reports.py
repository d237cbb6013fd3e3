"""New customers by month and source; lifetime value; customers slipping away."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.reports.customers import new_customers, slipping_away, slipping_away_ids, top_customers
from tests.core.reports.conftest import PERIOD, TODAY, Shop


def test_new_customers_by_month_and_source(shop: Shop) -> None:
    report = new_customers(PERIOD)

    assert report.by_month() == [("2026-01", 2), ("2026-02", 0), ("2026-03", 1)]  # Tanvir is trashed
    assert report.by_source() == [("Facebook", 2), ("Walk-in", 1)]
    assert report.total == 3


def test_top_customers_by_lifetime_value_per_currency(shop: Shop) -> None:
    top = top_customers(10)

    assert [(c.name, c.lifetime_minor) for c in top] == [
        ("Bilal", 200_000),  # his $50 is not added to taka
        ("Asha", 160_000),  # refund included
        ("Chitra", 70_000),
        ("Dipu", 40_000),
    ]
    assert [(c.name, c.lifetime_minor, c.currency) for c in top_customers(10, "USD")] == [
        ("Bilal", 5_000, "USD")
    ]
    assert [c.name for c in top_customers(2)] == ["Bilal", "Asha"]


def test_slipping_away_counts_days_back_from_today(shop: Shop) -> None:
    assert slipping_away_ids(60, TODAY) == {shop.dipu}
    week = slipping_away(7, TODAY)  # no purchase since 14 March: Asha (10 Mar) and Dipu
    assert week.since == datetime(2026, 3, 14)
    assert (week.count, [c.name for c in week.customers]) == (2, ["Asha", "Dipu"])
    assert slipping_away_ids(7, TODAY) == {shop.asha, shop.dipu}
