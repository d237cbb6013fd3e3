"""The pipeline's bar in a narrow Bengali window: the buttons keep their whole label, the summary
gives way (shortened with "…", whole in its tooltip) instead of being cut mid-letter."""

from __future__ import annotations

from tests.ui.conftest import wait_for_background
from tests.ui.pipeline_helpers import RecordingNavigator, add_customer, add_deal
from ui.context import AppContext
from ui.pipeline.view import PipelineView


def board(ctx: AppContext, qtbot, width: int) -> PipelineView:  # noqa: ANN001
    ctx.navigator = RecordingNavigator()
    customer = add_customer()
    for title in ("Ceiling fans", "Rice, 50 sacks", "Eid gift boxes"):
        add_deal(customer, title, "Qualified", value_minor=12_34_567_00)
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    view.resize(width, 700)
    view.show()
    qtbot.waitUntil(lambda: view.board.snapshot is not None)
    wait_for_background(qtbot, ctx)
    return view


def test_a_narrow_bengali_bar_keeps_the_buttons_whole(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    view = board(ctx, qtbot, 620)  # with the sidebar, a window about 800 pixels wide
    button = view.stages_button
    assert button.text() == "ধাপ সম্পাদনা…"
    for shown in (button, view.new_deal_button):
        assert shown.width() >= shown.sizeHint().width()
        assert shown.width() > shown.fontMetrics().horizontalAdvance(shown.text())
    assert view.new_deal_button.geometry().right() < view.width()  # nothing pushed out of sight
    summary = view.summary_label
    assert summary.toolTip().startswith("৩টি চলমান ডিল · ")
    assert summary.text().endswith("…") and summary.text() != summary.toolTip()
    assert summary.geometry().right() < button.geometry().left()


def test_a_wide_window_shows_the_whole_summary(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    summary = board(ctx, qtbot, 1400).summary_label
    assert summary.text() == summary.toolTip() == "3 open deals · ৳37L · weighted ৳9.3L"
