"""Pipeline by stage, conversion from the stage history, win rate and time to close."""

from __future__ import annotations

import pytest

from crm_desktop.reports.pipeline import pipeline_by_stage, stage_conversion, win_rate_by_month
from tests.core.reports.conftest import PERIOD, Shop


def test_open_stages_now_and_closed_stages_in_the_period(shop: Shop) -> None:
    rows = {r.name: r for r in pipeline_by_stage(PERIOD)}

    assert [r.name for r in pipeline_by_stage(PERIOD)] == [
        "New lead", "Qualified", "Quote sent", "Negotiation", "Won", "Lost",
    ]  # fmt: skip
    assert (rows["New lead"].count, rows["New lead"].totals, rows["New lead"].weighted) == (
        1, {"BDT": 20_000}, {"BDT": 2_000},  # 10 %
    )  # fmt: skip
    assert (rows["Quote sent"].count, rows["Quote sent"].weighted) == (1, {"BDT": 15_000})  # 50 %
    assert rows["Qualified"].count == 0 and rows["Qualified"].totals == {}
    assert (rows["Won"].count, rows["Won"].totals) == (2, {"BDT": 50_000, "USD": 100_000})
    assert (rows["Lost"].count, rows["Lost"].totals) == (1, {"BDT": 80_000})


def test_conversion_counts_skipped_stages_as_passed(shop: Shop) -> None:
    steps = stage_conversion(PERIOD)

    # Five deals created in the period. Furthest stage: won, New lead (then lost),
    # Quote sent (skipped Qualified), New lead, won (skipped everything).
    assert [(s.name, s.reached) for s in steps] == [
        ("New lead", 5), ("Qualified", 3), ("Quote sent", 3), ("Negotiation", 2), ("Won", 2),
    ]  # fmt: skip
    assert [s.rate for s in steps] == [None, pytest.approx(0.6), 1.0, pytest.approx(2 / 3), 1.0]


def test_win_rate_and_days_to_close_by_month(shop: Shop) -> None:
    report = win_rate_by_month(PERIOD)

    assert [(r.month, r.won, r.lost, r.win_rate, r.avg_days_to_close) for r in report.rows] == [
        ("2026-01", 1, 0, 1.0, pytest.approx(28.0)),
        ("2026-02", 0, 1, 0.0, None),
        ("2026-03", 1, 0, 1.0, pytest.approx(10.0)),
    ]
    assert report.win_rate == pytest.approx(2 / 3)
    assert report.avg_days_to_close == pytest.approx(19.0)


def test_no_deals_gives_no_rate(store: object) -> None:
    report = win_rate_by_month(PERIOD)

    assert report.win_rate is None
    assert [r.win_rate for r in report.rows] == [None, None, None]
    assert [s.reached for s in stage_conversion(PERIOD)] == [0, 0, 0, 0, 0]
