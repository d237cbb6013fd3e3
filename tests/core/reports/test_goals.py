"""Monthly goals: the service validates and upserts; the report pairs targets with actuals."""

from __future__ import annotations

import pytest

from crm_desktop.reports.goals import goals_progress
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.goals import clear_goal, goals_between, save_month_goals, set_goal
from tests.core.reports.conftest import PERIOD, Shop


def test_set_replaces_and_clear_removes(store: object) -> None:
    first = set_goal("2026-01", "revenue", 300_000)
    again = set_goal("2026-01", "revenue", 400_000)

    assert first.value == again.value and first.changes.touches("setting")
    assert [(g.month, g.metric, g.target, g.currency) for g in goals_between("2026-01", "2026-12")] == [
        ("2026-01", "revenue", 400_000, "BDT")
    ]
    assert clear_goal("2026-01", "revenue").value is True
    assert clear_goal("2026-01", "revenue").value is False
    assert goals_between("2026-01", "2026-12") == []


def test_bad_goals_are_refused_naming_every_field(store: object) -> None:
    with pytest.raises(ValidationError) as caught:
        set_goal("2026-13", "profit", -5, "XX")
    fields = {e.field for e in caught.value.errors}
    assert fields == {"month", "metric", "profit"}  # the currency only matters for revenue
    with pytest.raises(ValidationError, match="currency"):
        set_goal("2026-01", "revenue", 100, "XYZ")
    with pytest.raises(ValidationError, match="more than zero"):
        set_goal("2026-01", "deals_won", 0)
    assert goals_between("2000-01", "2100-12") == []


def test_counts_ignore_the_currency(store: object) -> None:
    set_goal("2026-02", "deals_won", 3, "USD")
    set_goal("2026-02", "deals_won", 4, "BDT")

    assert [(g.target, g.currency) for g in goals_between("2026-02", "2026-02")] == [(4, "BDT")]


def test_save_month_goals_writes_all_or_nothing(store: object) -> None:
    set_goal("2026-03", "new_customers", 9)
    save_month_goals("2026-03", revenue_minor=500_000, deals_won=2, new_customers=None)
    assert {g.metric: g.target for g in goals_between("2026-03", "2026-03")} == {
        "revenue": 500_000,
        "deals_won": 2,
    }
    with pytest.raises(ValidationError):
        save_month_goals("2026-03", revenue_minor=1, deals_won=-1, new_customers=5)
    assert {g.metric: g.target for g in goals_between("2026-03", "2026-03")} == {
        "revenue": 500_000,
        "deals_won": 2,
    }


def test_progress_against_actuals(shop: Shop) -> None:
    set_goal("2026-01", "revenue", 300_000)  # actual 3500.00
    set_goal("2026-03", "revenue", 100_000)  # actual 800.00 (after a refund)
    set_goal("2026-01", "deals_won", 2)  # actual 1
    set_goal("2026-03", "new_customers", 1)  # actual 1 (Chitra)
    set_goal("2026-03", "revenue", 1_000, "USD")  # actual $50.00
    set_goal("2026-04", "revenue", 1)  # outside the period

    got = [(g.month, g.metric, g.currency, g.target, g.actual, g.reached) for g in goals_progress(PERIOD)]

    assert got == [
        ("2026-01", "revenue", "BDT", 300_000, 350_000, True),
        ("2026-01", "deals_won", "BDT", 2, 1, False),
        ("2026-03", "revenue", "BDT", 100_000, 80_000, False),
        ("2026-03", "revenue", "USD", 1_000, 5_000, True),
        ("2026-03", "new_customers", "BDT", 1, 1, True),
    ]
    assert goals_progress(PERIOD)[2].ratio == pytest.approx(0.8)
