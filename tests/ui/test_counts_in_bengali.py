"""Counts read in Bengali digits in the Bengali window: the task tabs, the board's column counts,
and plural messages ("%n customer(s) match"), whose count Qt itself would write in Latin digits."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.tasks import TaskInput, create_task
from tests.ui.conftest import wait_for_background
from tests.ui.pipeline_helpers import RecordingNavigator, add_customer, add_deal, open_board, stage_ids
from ui.campaigns.view import CampaignsView
from ui.context import AppContext
from ui.tasks.view import TasksView

NOW = datetime(2025, 3, 10, 6, 0)  # UTC: noon in Dhaka


def tasks_tabs(ctx: AppContext, qtbot) -> list[str]:  # noqa: ANN001
    ctx.navigator = RecordingNavigator()
    for hour in (1, 2, 3):  # overdue: 7, 8 and 9 in the morning, Dhaka time
        create_task(TaskInput(f"Call {hour}", due_at=datetime(2025, 3, 10, hour, 0)))
    for day in range(11, 23):  # upcoming: twelve
        create_task(TaskInput(f"Visit {day}", due_at=datetime(2025, 3, day, 6, 0)))
    view = TasksView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    view.show_bucket("today")
    wait_for_background(qtbot, ctx)
    return [view.tabs.tabText(i) for i in range(view.tabs.count())]


def test_the_task_tabs_count_in_bengali_digits(ctx: AppContext, qtbot, dhaka: None, bengali: None) -> None:  # noqa: ANN001
    assert tasks_tabs(ctx, qtbot) == ["সময় পেরিয়েছে  ৩", "আজ  ০", "আসন্ন  ১২", "হয়েছে"]


def test_in_english_the_tabs_count_as_before(ctx: AppContext, qtbot, dhaka: None) -> None:  # noqa: ANN001
    assert tasks_tabs(ctx, qtbot) == ["Overdue  3", "Today  0", "Upcoming  12", "Done"]


def test_the_board_counts_deals_in_bengali_digits(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    ctx.navigator = RecordingNavigator()
    customer = add_customer()
    for title in ("Fans", "Lights", "Wires"):
        add_deal(customer, title, "Qualified")
    view = open_board(ctx, qtbot)
    column = view.columns[stage_ids()["Qualified"]]
    assert column.count_label.text() == "৩"
    assert column.count_label.toolTip() == "৩টি ডিল"


def test_a_plural_message_counts_in_bengali_digits(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    for name in ("রহিম", "করিম", "সালমা"):
        create_customer(CustomerInput(display_name=name, tags=["VIP"]))
    ctx.navigator = RecordingNavigator()
    view = CampaignsView(ctx)
    qtbot.addWidget(view)
    view.show()
    wait_for_background(qtbot, ctx)
    tab = view.show_tab("segments")
    tab.new_segment()
    tab.tags.setText("vip")
    qtbot.waitUntil(lambda: tab.count.text() == "৩ জন গ্রাহক মিলেছে", timeout=3000)
    assert QCoreApplication.translate("Reminders", "%n task(s) due", "", 12) == "১২টি কাজের সময় হয়েছে"


def test_the_stage_editor_gives_chances_in_bengali_digits(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    from ui.pipeline.stage_editor import StageEditorDialog
    from ui.pipeline.stages_model import PROBABILITY

    editor = StageEditorDialog(ctx, 1)
    qtbot.addWidget(editor)
    wait_for_background(qtbot, ctx)
    model = editor.model
    assert [model.index(r, PROBABILITY).data() for r in range(model.rowCount())] == [
        "১০%", "২৫%", "৫০%", "৭৫%", "১০০%", "০%"
    ]  # fmt: skip
