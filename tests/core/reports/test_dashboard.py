"""The KPI tiles' numbers and the bundle every chart draws from."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.reports.dashboard import build_bundle, dashboard
from crm_desktop.reports.period import Period
from tests.core.reports.conftest import NOW, PERIOD, TODAY, Shop


def test_kpis(shop: Shop) -> None:
    kpis = dashboard(PERIOD, TODAY, now=NOW)

    assert kpis.revenue_this_month == {"BDT": 80_000, "USD": 5_000}  # 1–20 March
    assert kpis.revenue_last_month == {}  # 1–20 February: nothing
    assert kpis.revenue_change is None
    assert kpis.open_pipeline == {"BDT": 50_000}
    assert kpis.weighted_forecast == {"BDT": 17_000}
    assert (kpis.open_deals, kpis.won, kpis.lost) == (2, 2, 1)
    assert kpis.win_rate == pytest.approx(2 / 3)
    assert kpis.new_customers == 3
    assert kpis.overdue_tasks == 1
    assert kpis.open_tickets == 1  # the trashed customer's ticket does not count


def test_revenue_change_compares_the_same_days_of_last_month(shop: Shop) -> None:
    kpis = dashboard(PERIOD, date(2026, 2, 10), now=NOW)  # 1–10 Feb against 1–10 Jan

    assert kpis.revenue_this_month == {}
    assert kpis.revenue_last_month == {"BDT": 100_000}  # Jan 10 only
    assert kpis.revenue_change == -1.0


def test_the_bundle_agrees_with_the_single_reports(shop: Shop) -> None:
    bundle = build_bundle(PERIOD, TODAY, now=NOW)

    assert bundle.kpis == dashboard(PERIOD, TODAY, now=NOW)
    assert bundle.revenue.total("purchases", "BDT") == 430_000
    assert bundle.rfm.customers == 3
    assert [c.name for c in bundle.top_customers] == ["Bilal", "Asha", "Chitra", "Dipu"]


def test_an_empty_database_gives_zeros_not_errors(store: object) -> None:
    bundle = build_bundle(Period.preset("last_12_months", TODAY), TODAY, now=NOW)

    assert len(bundle.revenue.months) == 12
    assert bundle.revenue.total("purchases", "BDT") == 0
    assert bundle.kpis.win_rate is None and bundle.kpis.open_pipeline == {}
    assert bundle.rfm.customers == 0 and bundle.goals == [] and bundle.top_customers == []
    assert bundle.tickets.avg_resolution_hours is None
