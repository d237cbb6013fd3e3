"""RFM scores and segments: a worked example, quintile boundaries, ties and small counts."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from crm_desktop.reports.period import Period
from crm_desktop.reports.rfm import (
    SEGMENT_GRID,
    SEGMENTS,
    customers_in_segment,
    percentile_score,
    rfm_scores,
    rfm_summary,
    segment_for,
)
from tests.core.reports.conftest import PERIOD, Shop, buy, customer

LAST_NOON = datetime(2026, 3, 31, 12)  # recency = whole days from here to the period's end


def buyer(name: str, days_ago: int, sales: int, monetary: int) -> int:
    """A customer whose last sale is ``days_ago`` days before the period ends."""
    cid = customer(name, "", datetime(2025, 1, 1))
    for i in range(sales - 1):
        buy(cid, 1, LAST_NOON - timedelta(days=days_ago + 1 + i))
    buy(cid, monetary - (sales - 1), LAST_NOON - timedelta(days=days_ago))
    return cid


def scores() -> dict[str, tuple[int, int, int]]:
    return {s.name: (s.r, s.f, s.m) for s in rfm_scores(PERIOD)}


def test_the_worked_example(shop: Shop) -> None:
    by_name = {s.name: s for s in rfm_scores(PERIOD)}

    # Asha: last sale 10 Mar (21 days), 3 sales, 1600.00 net (the refund counts);
    # Bilal: 15 Jan (75 days), 1 taka sale (his dollar sale is another currency), 2000.00;
    # Chitra: 18 Mar (13 days), 1 sale, 700.00. Dipu bought before the period: not scored.
    assert {n: (s.recency_days, s.frequency, s.monetary_minor) for n, s in by_name.items()} == {
        "Asha": (21, 3, 160_000),
        "Bilal": (75, 1, 200_000),
        "Chitra": (13, 1, 70_000),
    }
    # Three customers: the worst value scores 1, the middle 3, the best 5; the
    # two tied frequencies share (0 + 2/2) / 3 → 2.
    assert {n: (s.r, s.f, s.m, s.segment) for n, s in by_name.items()} == {
        "Asha": (3, 5, 3, "loyal"),  # FM = (5 + 3 + 1) // 2 = 4
        "Bilal": (1, 2, 5, "at_risk"),  # R 1, FM 4
        "Chitra": (5, 2, 1, "potential_loyalist"),  # R 5, FM 2
    }
    summary = rfm_summary(PERIOD)
    assert summary.customers == 3
    assert [s.segment for s in summary.segments] == list(SEGMENTS)
    assert (summary.count("loyal"), summary.count("at_risk"), summary.count("champions")) == (1, 1, 0)
    assert customers_in_segment(PERIOD, "at_risk") == {shop.bilal}
    assert [s.name for s in rfm_scores(PERIOD, segment="loyal")] == ["Asha"]


def test_one_customer_scores_in_the_middle(store: object) -> None:
    buyer("Solo", days_ago=5, sales=2, monetary=5_000)

    assert scores() == {"Solo": (3, 3, 3)}
    assert rfm_scores(PERIOD)[0].segment == "needs_attention"


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (2, [2, 4]),
        (3, [1, 3, 5]),
        (4, [1, 2, 4, 5]),
        (5, [1, 2, 3, 4, 5]),
        (10, [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]),
    ],
)
def test_small_counts_and_exact_quintiles(store: object, count: int, expected: list[int]) -> None:
    # Customer i: the i-th most recent is the best on every value.
    for i in range(count):
        buyer(f"c{i:02d}", days_ago=count - i, sales=i + 1, monetary=(i + 1) * 1_000)

    got = scores()
    names = sorted(got)
    assert [got[n][0] for n in names] == expected
    assert [got[n][1] for n in names] == expected
    assert [got[n][2] for n in names] == expected


def test_ties_share_a_score_and_everyone_tied_scores_three(store: object) -> None:
    for i in range(4):
        buyer(f"same{i}", days_ago=3, sales=2, monetary=2_000)

    assert set(scores().values()) == {(3, 3, 3)}


def test_sql_scores_match_the_documented_formula(store: object) -> None:
    # Mixed ties: frequencies 1,1,1,2,2,3,5,5,8 and so on.
    days_ago = [1, 1, 4, 9, 9, 9, 20, 30, 30, 44, 60, 61, 80]
    sales = [1, 1, 1, 2, 2, 3, 5, 5, 8, 1, 2, 1, 1]
    amounts = [900, 900, 1_000, 50, 7_000, 7_000, 7_000, 80, 90, 100, 3_000, 5, 5]
    specs = list(zip(days_ago, sales, amounts, strict=True))
    for i, (days, n, money) in enumerate(specs):
        buyer(f"x{i:02d}", days, n, money)

    def expected(values: list[int], value: int, higher_is_better: bool) -> int:
        worse = [v for v in values if (v < value if higher_is_better else v > value)]
        return percentile_score(len(worse), values.count(value), len(values))

    want = {
        f"x{i:02d}": (expected(days_ago, d, False), expected(sales, f, True), expected(amounts, m, True))
        for i, (d, f, m) in enumerate(specs)
    }
    assert scores() == want
    assert {s.name: s.segment for s in rfm_scores(PERIOD)} == {n: segment_for(*v) for n, v in want.items()}


def test_refunds_lower_monetary_and_a_refund_alone_is_not_a_buyer(store: object) -> None:
    keeps = buyer("Keeps", days_ago=2, sales=1, monetary=10_000)
    buy(keeps, -4_000, LAST_NOON - timedelta(days=1))
    returns_only = customer("Returns only", "", datetime(2025, 1, 1))
    buy(returns_only, -500, LAST_NOON - timedelta(days=1))

    [score] = rfm_scores(PERIOD)
    assert (score.name, score.monetary_minor, score.recency_days) == ("Keeps", 6_000, 2)


def test_the_grid_covers_every_score_and_uses_every_segment() -> None:
    assert set(SEGMENT_GRID) == {(r, fm) for r in range(1, 6) for fm in range(1, 6)}
    assert set(SEGMENT_GRID.values()) == set(SEGMENTS)
    assert Counter(SEGMENT_GRID.values())["champions"] == 2
    assert segment_for(5, 5, 5) == "champions" and segment_for(1, 1, 1) == "lost"
    assert segment_for(5, 1, 1) == "new" and segment_for(1, 5, 5) == "cant_lose"


def test_unknown_segment_is_refused(store: object) -> None:
    with pytest.raises(ValueError, match="unknown segment"):
        customers_in_segment(Period(date(2026, 1, 1), date(2026, 1, 31)), "vip")
