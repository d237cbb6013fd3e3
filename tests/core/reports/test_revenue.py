"""Revenue by month: purchases and won deals apart, refunds netted, currencies apart."""

from __future__ import annotations

from datetime import date, datetime

from crm_desktop.reports.period import Period
from crm_desktop.reports.revenue import revenue_by_month
from tests.core.reports.conftest import PERIOD, Shop, buy, customer


def test_purchases_by_month_in_taka_with_an_empty_month_and_a_refund(shop: Shop) -> None:
    rows = revenue_by_month(PERIOD).series("purchases", "BDT")

    assert [(r.month, r.total_minor, r.count) for r in rows] == [
        ("2026-01", 350_000, 3),  # 1000 + 500 + 2000; Tanvir (trashed) left out
        ("2026-02", 0, 0),
        ("2026-03", 80_000, 2),  # -200 + 300 + 700: the refund lowers March
    ]
    march = rows[2]
    assert (march.refunds_minor, march.refund_count) == (-20_000, 1)
    assert march.average_minor == 50_000  # (300 + 700) / 2 sales
    assert rows[0].average_minor == 116_667  # 3500 / 3, rounded half up
    assert rows[1].average_minor is None


def test_other_currencies_and_won_deals_are_kept_apart(shop: Shop) -> None:
    report = revenue_by_month(PERIOD)

    assert report.currencies("purchases") == ["BDT", "USD"]
    assert [r.total_minor for r in report.series("purchases", "USD")] == [0, 0, 5_000]
    assert [(r.total_minor, r.count) for r in report.series("deals", "BDT")] == [(50_000, 1), (0, 0), (0, 0)]
    assert [(r.total_minor, r.count) for r in report.series("deals", "USD")] == [(0, 0), (0, 0), (100_000, 1)]
    assert report.total("purchases", "BDT") == 430_000


def test_every_month_is_listed_even_with_no_data(store: object) -> None:
    report = revenue_by_month(Period(date(2026, 1, 15), date(2026, 4, 2)))

    assert report.months == ["2026-01", "2026-02", "2026-03", "2026-04"]
    assert [(r.source, r.currency, r.month, r.total_minor) for r in report.rows][:4] == [
        ("purchases", "BDT", m, 0) for m in report.months
    ]
    assert {(r.source, r.currency) for r in report.rows} == {("purchases", "BDT"), ("deals", "BDT")}


def test_a_single_customer_single_purchase(store: object) -> None:
    cid = customer("Only", "", datetime(2026, 2, 1))
    buy(cid, 12_345, datetime(2026, 2, 14, 8))

    rows = revenue_by_month(Period(date(2026, 2, 1), date(2026, 2, 28))).series("purchases", "BDT")

    assert [(r.month, r.total_minor, r.count, r.average_minor) for r in rows] == [
        ("2026-02", 12_345, 1, 12_345)
    ]


def test_months_follow_the_shops_clock_not_utc(store: object) -> None:
    cid = customer("Night owl", "", datetime(2026, 1, 1))
    buy(cid, 1_000, datetime(2026, 1, 31, 20))  # 02:00 on 1 February in Dhaka (UTC+6)

    utc = revenue_by_month(Period(date(2026, 1, 1), date(2026, 2, 28)))
    dhaka = revenue_by_month(Period(date(2026, 1, 1), date(2026, 2, 28), utc_offset_minutes=360))

    assert [r.total_minor for r in utc.series("purchases", "BDT")] == [1_000, 0]
    assert [r.total_minor for r in dhaka.series("purchases", "BDT")] == [0, 1_000]


def test_a_period_cut_mid_month_counts_only_its_days(shop: Shop) -> None:
    rows = revenue_by_month(Period(date(2026, 1, 12), date(2026, 3, 9))).series("purchases", "BDT")

    # Jan 15 (2000) and Jan 25 (500) are in; Jan 10 is before; Mar 5 refund in, Mar 10 sale out.
    assert [(r.month, r.total_minor, r.count) for r in rows] == [
        ("2026-01", 250_000, 2),
        ("2026-02", 0, 0),
        ("2026-03", -20_000, 0),
    ]
