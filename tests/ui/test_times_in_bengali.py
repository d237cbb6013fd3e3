"""Times in the Bengali window say the time of day in Bengali words, with Bengali digits: no Latin AM/PM."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from crm_desktop.services.interactions import log_interaction
from crm_desktop.timeutil import local_to_utc
from tests.ui.conftest import wait_for_background
from tests.ui.customers_helpers import add, customers_view
from ui.customers.timeline_model import TimelineModel


@pytest.fixture
def bengali_window(ctx, qtbot, bengali: None):  # noqa: ANN001, ANN201
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def timeline_times(window, qtbot, customer_id: int) -> list[str]:  # noqa: ANN001
    view = customers_view(window, qtbot)
    window.open_customer(customer_id)
    page = view.detail_page
    qtbot.waitUntil(lambda: page.profile is not None and page.profile.id == customer_id)
    wait_for_background(qtbot, window.ctx)
    model = page.timeline
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    return [model.data(model.index(row, 0), TimelineModel.WhenRole) for row in range(model.rowCount())]


def test_the_timeline_shows_bengali_times_of_day(bengali_window, qtbot) -> None:  # noqa: ANN001
    customer = add("রহিম")
    for hour, minute in ((7, 5), (16, 26), (21, 40)):
        local = datetime(2026, 3, 5, hour, minute)
        log_interaction(customer, "call", occurred_at=local_to_utc(local))
    assert timeline_times(bengali_window, qtbot, customer) == [  # newest first
        "৫ মার্চ, ২০২৬, ৯:৪০ রাত্রি",
        "৫ মার্চ, ২০২৬, ৪:২৬ বিকাল",
        "৫ মার্চ, ২০২৬, ৭:০৫ সকাল",
    ]


def test_the_english_timeline_keeps_am_and_pm(window, qtbot) -> None:  # noqa: ANN001
    customer = add("Rahim")
    for hour, minute in ((7, 5), (16, 26), (21, 40)):
        log_interaction(customer, "call", occurred_at=local_to_utc(datetime(2026, 3, 5, hour, minute)))
    shown = timeline_times(window, qtbot, customer)
    # CLDR writes "pm" in one release and "PM" in the next: the time of day is what matters
    expected = [r"9:40\s?pm", r"4:26\s?pm", r"7:05\s?am"]
    assert len(shown) == len(expected)
    for text, clock in zip(shown, expected, strict=True):
        assert re.fullmatch(rf"5 Mar 2026, {clock}", text, re.IGNORECASE), text
