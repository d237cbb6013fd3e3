"""Interactions by channel and month; tickets opened, resolved and how fast."""

from __future__ import annotations

import pytest

from crm_desktop.reports.activity import interactions_by_channel, tickets_summary
from tests.core.reports.conftest import PERIOD, Shop


def test_interactions_by_channel_by_month(shop: Shop) -> None:
    report = interactions_by_channel(PERIOD)

    # Tanvir's call (trashed customer) and Asha's trashed sms do not count.
    assert [(r.month, r.channel, r.count) for r in report.rows] == [
        ("2026-01", "call", 1),
        ("2026-01", "whatsapp", 1),
        ("2026-03", "call", 2),
    ]
    assert report.channels() == [("call", 3), ("whatsapp", 1)]
    assert report.series("call") == [1, 0, 2]


def test_tickets_open_resolved_and_resolution_time(shop: Shop) -> None:
    summary = tickets_summary(PERIOD)

    assert (summary.opened, summary.resolved, summary.open_now) == (3, 2, 1)
    assert summary.avg_resolution_hours == pytest.approx(48.0)  # 24 h and 72 h
    assert [(m.month, m.opened, m.resolved) for m in summary.months] == [
        ("2026-01", 1, 1),
        ("2026-02", 1, 0),
        ("2026-03", 1, 1),
    ]
