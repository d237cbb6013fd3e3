"""The Reports view on a real database, offscreen: numbers, charts, drill-down, export, goals."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from crm_desktop.db.store import Store
from crm_desktop.services.goals import goals_between
from crm_desktop.services.purchases import record_purchase
from tests.core.reports.conftest import PERIOD, TODAY, Shop, make_shop
from tests.ui.conftest import wait_for_background
from ui.context import AppContext
from ui.reports.chart_card import ChartCard
from ui.reports_view import ReportsView


@dataclass
class RecordingNavigator:
    """Stands in for the main window: remembers what it was asked to show."""

    shown: list[tuple[frozenset[int] | None, str]] = field(default_factory=list)

    def open_customer(self, customer_id: int) -> None: ...
    def show_view(self, name: str) -> None: ...
    def show_message(self, text: str, undo: Callable[[], None] | None = None, **_: object) -> None: ...

    def show_customers(self, *, ids: frozenset[int] | None = None, title: str = "") -> None:
        self.shown.append((ids, title))


@pytest.fixture
def shop(store: Store) -> Shop:
    return make_shop()


@pytest.fixture
def view(ctx: AppContext, shop: Shop, qtbot) -> ReportsView:  # noqa: ANN001
    ctx.navigator = RecordingNavigator()
    widget = ReportsView(ctx, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 1600)
    widget.picker.set_custom(PERIOD.start, PERIOD.end)
    with qtbot.waitSignal(widget.loaded, timeout=30_000):
        widget.show()
    return widget


def click_target(qtbot, card: ChartCard, kind: str, key: object) -> None:  # noqa: ANN001
    """Click, with the mouse, the middle of the bar that stands for (kind, key)."""
    bar = next(a for a, t in card.targets.items() if (t.kind, t.key) == (kind, key))
    box = bar.get_window_extent()
    ratio = card.canvas.devicePixelRatioF()
    x, y = (box.x0 + box.x1) / 2 / ratio, card.canvas.height() - (box.y0 + box.y1) / 2 / ratio
    qtbot.mouseClick(card.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))


def test_tiles_and_charts_show_the_periods_numbers(view: ReportsView) -> None:
    tiles = view.kpis.tiles
    assert tiles["new_customers"].value.text() == "3"
    assert tiles["win_rate"].value.text() == "67%"
    assert tiles["open_tickets"].value.text() == "1"
    assert tiles["revenue"].value.text() == "৳800"  # 1–20 March, net of the refund
    assert {card.spec.id for card in view.cards.values() if card.figure.axes} == set(view.cards)
    rfm = view.cards["rfm"]
    assert sorted(t.key for t in rfm.targets.values()) == ["at_risk", "loyal", "potential_loyalist"]
    assert view.status.text() == ""


def test_clicking_a_segment_opens_exactly_its_customers(
    view: ReportsView, shop: Shop, ctx: AppContext, qtbot
) -> None:  # noqa: ANN001, E501
    navigator = ctx.navigator
    assert isinstance(navigator, RecordingNavigator)

    click_target(qtbot, view.cards["rfm"], "segment", "loyal")
    qtbot.waitUntil(lambda: bool(navigator.shown), timeout=5000)
    assert navigator.shown[-1] == (frozenset({shop.asha}), "Customer segments (RFM): Loyal")

    click_target(qtbot, view.cards["pipeline"], "stage", shop.stages["Won"])
    qtbot.waitUntil(lambda: len(navigator.shown) == 2, timeout=5000)
    assert navigator.shown[-1][0] == {shop.asha, shop.bilal}

    click_target(qtbot, view.cards["revenue-by-month"], "bought_in", "2026-01")
    qtbot.waitUntil(lambda: len(navigator.shown) == 3, timeout=5000)
    assert navigator.shown[-1][0] == {shop.asha, shop.bilal}  # not the trashed Tanvir


def test_a_new_purchase_refreshes_the_view(view: ReportsView, shop: Shop, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        ctx.write(
            lambda: record_purchase(shop.chitra, 100_000)
        )  # today (outside the range), announced on the bus
    assert view.bundle is not None


def test_each_chart_exports_png_svg_and_csv(view: ReportsView, tmp_path: Path) -> None:
    card = view.cards["revenue-by-month"]
    for suffix in ("png", "svg", "csv"):
        card.save(tmp_path / f"revenue.{suffix}")
    assert (tmp_path / "revenue.png").read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in (tmp_path / "revenue.svg").read_text(encoding="utf-8")
    csv_text = (tmp_path / "revenue.csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[1] == "2026-01,BDT,3500.00,3,purchases,0.00,0,1166.67"


def test_pdf_has_a_page_per_chart_and_the_kpis(view: ReportsView, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(view.pdf_written, timeout=60_000):
        view.export_pdf(target)
    assert len(re.findall(rb"/Type\s*/Page(?!s)", target.read_bytes())) == 1 + len(view.cards)


def test_goals_editor_saves_the_months_targets(view: ReportsView, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    from ui.reports.goals_dialog import GoalsDialog

    dialog = GoalsDialog(ctx, TODAY, "bn", view)
    qtbot.addWidget(dialog)
    wait_for_background(qtbot, ctx)
    dialog.revenue.setText("১,৫০০")  # typed in Bengali digits
    dialog.deals.setValue(2)
    # the saved goals reach the open view: it draws again (and the test waits for that, not a sleep)
    with qtbot.waitSignals([dialog.accepted, view.loaded], timeout=30_000):
        dialog.save()
    assert {(g.metric, g.target) for g in goals_between("2026-03", "2026-03")} == {
        ("revenue", 150_000),
        ("deals_won", 2),
    }
    assert {(g.metric, g.target) for g in view.bundle.goals} >= {("revenue", 150_000), ("deals_won", 2)}
    dialog.revenue.setText("lots")
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "lots" in dialog.error.text()


def test_bengali_view_formats_numbers_in_bengali(ctx: AppContext, shop: Shop, qtbot) -> None:  # noqa: ANN001
    widget = ReportsView(ctx, language=lambda: "bn", today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.picker.set_custom(PERIOD.start, PERIOD.end)
    with qtbot.waitSignal(widget.loaded, timeout=30_000):
        widget.show()
    assert widget.kpis.tiles["new_customers"].value.text() == "৩"
    assert widget.kpis.tiles["revenue"].value.text() == "৮০০\u00a0৳"


def test_a_chart_squeezed_smaller_than_its_labels_still_draws(view: ReportsView, qtbot) -> None:  # noqa: ANN001
    """A narrow window or the first paint before the layout settles: no error, the card stays drawn."""
    card = next(iter(view.cards.values()))
    card.canvas.resize(40, 30)
    qtbot.waitUntil(lambda: card.figure.get_size_inches()[0] * card.figure.dpi <= 60)
    card.redraw()
    assert card.targets  # drawn, and its bars still clickable
