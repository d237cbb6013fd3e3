"""Through the real main window: clicking a report's bar lists exactly its customers."""

from __future__ import annotations

import pytest

from tests.core.reports.conftest import PERIOD, Shop, make_shop
from tests.ui.test_reports_view import click_target

pytest.importorskip("ui.customers.view")


@pytest.fixture
def shop(store: object) -> Shop:
    return make_shop()


def listed_ids(window) -> set[int]:  # noqa: ANN001
    model = window.view("customers").list_page.model
    return {model.id_at(row) for row in range(model.rowCount())}


def test_a_stage_and_a_segment_open_their_customers(window, shop: Shop, qtbot) -> None:  # noqa: ANN001
    window.show_view("reports")
    view = window.view("reports")
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.picker.set_custom(PERIOD.start, PERIOD.end)

    click_target(qtbot, view.cards["pipeline"], "stage", shop.stages["Quote sent"])
    qtbot.waitUntil(lambda: window.current_view_name() == "customers" and listed_ids(window) == {shop.chitra})

    window.show_view("reports")
    click_target(qtbot, view.cards["rfm"], "segment", "at_risk")
    qtbot.waitUntil(lambda: window.current_view_name() == "customers" and listed_ids(window) == {shop.bilal})
    assert "At risk" in window.view("customers").list_page.chip.text()
