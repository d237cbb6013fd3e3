"""The Tasks view with a controlled clock in Dhaka time: buckets by the local day, ticking off,
the new-task dialog, opening what a task is about."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from crm_desktop.db.models import Task
from crm_desktop.services.tasks import TaskInput, create_task, set_done
from crm_desktop.timeutil import utcnow
from tests.ui.conftest import wait_for_background
from tests.ui.pipeline_helpers import RecordingNavigator, add_customer, add_deal, stage_ids
from ui.context import AppContext
from ui.tasks.view import TasksView

NOW = datetime(2025, 3, 10, 19, 0)  # UTC; in Dhaka (UTC+6) it is already 01:00 on 11 March


@pytest.fixture
def navigator(ctx: AppContext) -> RecordingNavigator:
    ctx.navigator = nav = RecordingNavigator()
    return nav


@pytest.fixture
def customer(ctx: AppContext) -> int:
    return add_customer("ফাতেমা চৌধুরী")


def open_tasks(ctx: AppContext, qtbot, bucket: str = "today") -> TasksView:  # noqa: ANN001
    view = TasksView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.show_bucket(bucket)
    wait_for_background(qtbot, ctx)
    return view


def shown(view: TasksView) -> list[str]:
    return [view.model.task(r).title for r in range(view.model.rowCount())]


def in_bucket(view: TasksView, qtbot, ctx: AppContext, bucket: str) -> list[str]:  # noqa: ANN001
    view.show_bucket(bucket)
    wait_for_background(qtbot, ctx)
    return shown(view)


def add_task(title: str, due: datetime | None, customer: int | None = None, **more: object) -> int:
    return create_task(TaskInput(title, due_at=due, customer_id=customer, **more)).value  # type: ignore[arg-type]


def test_buckets_follow_the_local_day_not_utc(ctx: AppContext, navigator, customer, dhaka, qtbot) -> None:  # noqa: ANN001
    add_task("Yesterday's call", datetime(2025, 3, 10, 12, 0), customer)  # 18:00 on 10 March in Dhaka
    add_task("Just past", datetime(2025, 3, 10, 18, 30), customer)  # 00:30 today, already gone
    add_task("Tonight", datetime(2025, 3, 11, 17, 0), customer)  # 23:00 today in Dhaka; "tomorrow" in UTC
    add_task("Tomorrow morning", datetime(2025, 3, 11, 19, 0), customer)  # 01:00 on 12 March
    add_task("Someday", None, customer)
    set_done(add_task("Finished", datetime(2025, 3, 9, 10, 0), customer))

    view = open_tasks(ctx, qtbot)

    assert in_bucket(view, qtbot, ctx, "overdue") == ["Yesterday's call", "Just past"]
    assert in_bucket(view, qtbot, ctx, "today") == ["Tonight"]
    assert in_bucket(view, qtbot, ctx, "upcoming") == ["Tomorrow morning", "Someday"]
    assert in_bucket(view, qtbot, ctx, "done") == ["Finished"]
    assert [view.tabs.tabText(i) for i in range(4)] == ["Overdue  2", "Today  1", "Upcoming  2", "Done"]


def test_overdue_is_highlighted(ctx: AppContext, navigator, customer, dhaka, qtbot) -> None:  # noqa: ANN001
    add_task("Yesterday's call", datetime(2025, 3, 10, 12, 0), customer)
    view = open_tasks(ctx, qtbot, "overdue")

    assert view.tabs.property("overdue") is True  # app.qss paints the tab red
    image = view.list.viewport().grab().toImage()
    row = view.list.visualRect(view.model.index(0, 0))
    edge = image.pixelColor(1, row.center().y())
    assert (edge.red(), edge.green(), edge.blue()) == (0xDC, 0x26, 0x26)


def test_ticking_a_task_moves_it_to_done(ctx: AppContext, navigator, customer, dhaka, qtbot) -> None:  # noqa: ANN001
    task = add_task("Tonight", datetime(2025, 3, 11, 17, 0), customer)
    view = open_tasks(ctx, qtbot, "today")
    box = view.delegate.box_rect(view.list.visualRect(view.model.index(0, 0))).center()

    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=box)
    wait_for_background(qtbot, ctx)

    assert shown(view) == [] and Task.get_by_id(task).done
    assert in_bucket(view, qtbot, ctx, "done") == ["Tonight"]
    assert view.tabs.tabText(1) == "Today  0"


def test_space_unticks_a_done_task(ctx: AppContext, navigator, customer, dhaka, qtbot) -> None:  # noqa: ANN001
    task = add_task("Tonight", datetime(2025, 3, 11, 17, 0), customer)
    set_done(task)
    view = open_tasks(ctx, qtbot, "done")
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0, 0))

    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    wait_for_background(qtbot, ctx)

    assert not Task.get_by_id(task).done
    assert in_bucket(view, qtbot, ctx, "today") == ["Tonight"]


def test_new_task_dialog_with_a_due_date_lands_in_the_right_bucket(
    ctx: AppContext,
    navigator,
    customer,
    dhaka,
    qtbot,  # noqa: ANN001
) -> None:
    from ui.dialogs.task_dialog import TaskDialog

    view = open_tasks(ctx, qtbot, "today")
    for title, day, hour, bucket in (
        ("Call Fatema", date(2025, 3, 11), 22, "today"),
        ("Deliver fans", date(2025, 3, 12), 10, "upcoming"),
    ):
        dialog = TaskDialog(ctx, view, customer_id=customer)
        qtbot.addWidget(dialog)
        dialog.title_edit.setText(title)
        dialog.due_date.setDate(QDate(day.year, day.month, day.day))
        dialog.due_time.setTime(QTime(hour, 0))
        dialog.priority_combo.setCurrentIndex(2)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        wait_for_background(qtbot, ctx)
        assert in_bucket(view, qtbot, ctx, bucket) == [title]

    task = Task.get(Task.title == "Call Fatema")
    assert (task.due_at, task.priority, task.customer_id) == (datetime(2025, 3, 11, 16, 0), 2, customer)


def test_new_task_needs_a_title_and_says_so_under_it(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    from ui.dialogs.task_dialog import TaskDialog

    dialog = TaskDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)

    assert dialog.isVisible() and dialog.fields["title"].error.text() == "Say what needs doing."
    assert Task.select().count() == 0


def test_a_task_without_a_date_and_without_a_customer(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    from ui.dialogs.task_dialog import TaskDialog

    dialog = TaskDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Order more carrier bags")
    dialog.due_check.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)

    task = Task.get()
    assert (task.title, task.due_at, task.customer_id) == ("Order more carrier bags", None, None)


def test_double_click_opens_the_customer_and_the_menu_opens_the_deal(
    ctx: AppContext,
    navigator,
    customer,
    dhaka,
    qtbot,  # noqa: ANN001
) -> None:
    deal = add_deal(customer, "Ceiling fans", "Quote sent")
    add_task("Send the quote", datetime(2025, 3, 11, 17, 0), deal_id=deal)

    class PipelinePage:
        selected: list[int] = []

        def select_deal(self, deal_id: int, *, wait: bool = False) -> bool:
            self.selected.append(deal_id)
            return True

    navigator.pages["pipeline"] = page = PipelinePage()
    view = open_tasks(ctx, qtbot, "today")
    spot = view.list.visualRect(view.model.index(0, 0)).center()
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert navigator.opened_customers == [customer]  # the task took its customer from the deal

    menu = view.task_menu(view.model.index(0, 0))
    next(a for a in menu.actions() if a.text() == "Open deal").trigger()
    assert navigator.views == ["pipeline"] and page.selected == [deal]


def test_the_tasks_model_passes_the_model_tester(
    ctx: AppContext, navigator, customer, qtbot, qtmodeltester
) -> None:  # noqa: ANN001
    for i in range(3):
        add_task(f"Task {i}", NOW + timedelta(hours=i + 1), customer)
    view = open_tasks(ctx, qtbot, "today")
    qtmodeltester.check(view.model)


def test_the_chosen_bucket_is_remembered(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings

    view = open_tasks(ctx, qtbot, "upcoming")
    view.save_state(QSettings())
    again = TasksView(ctx)
    qtbot.addWidget(again)
    assert again.bucket == "upcoming"


def test_in_the_window_open_deal_shows_its_card_on_the_board(window, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    deal = add_deal(customer, "Ceiling fans", "Negotiation")
    add_task("Send the quote", utcnow() + timedelta(hours=2), deal_id=deal)
    window.show_view("tasks")
    tasks = window.view("tasks")
    tasks.show_bucket("today")
    wait_for_background(qtbot, ctx)
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1)

    next(a for a in tasks.task_menu(tasks.model.index(0, 0)).actions() if a.text() == "Open deal").trigger()
    wait_for_background(qtbot, ctx)

    board = window.view("pipeline")
    assert window.current_view_name() == "pipeline"
    qtbot.waitUntil(lambda: board.columns[stage_ids()["Negotiation"]].view.selected_deal() == deal)


def test_delete_key_trashes_a_task_and_undo_brings_it_back(ctx, navigator, customer, dhaka, qtbot) -> None:  # noqa: ANN001
    task = add_task("Call about the fridge", datetime(2025, 3, 11, 10, 0), customer)
    add_task("Send the quote", datetime(2025, 3, 11, 11, 0), customer)
    view = open_tasks(ctx, qtbot, "today")
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0, 0))

    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    wait_for_background(qtbot, ctx)
    qtbot.waitUntil(lambda: shown(view) == ["Send the quote"])
    assert Task.get_by_id(task).deleted_at is not None
    text, undo = navigator.messages[-1]
    assert text == "Deleted the task “Call about the fridge”." and undo is not None

    undo()
    wait_for_background(qtbot, ctx)
    qtbot.waitUntil(lambda: shown(view) == ["Call about the fridge", "Send the quote"])


def test_the_task_menu_deletes_too(ctx: AppContext, navigator, customer, dhaka, qtbot) -> None:  # noqa: ANN001
    add_task("Tonight", datetime(2025, 3, 11, 17, 0), customer)
    view = open_tasks(ctx, qtbot, "today")
    menu = view.task_menu(view.model.index(0, 0))
    delete = next(a for a in menu.actions() if a.text() == "Delete task")
    delete.trigger()
    wait_for_background(qtbot, ctx)
    qtbot.waitUntil(lambda: shown(view) == [])
    assert view.tabs.tabText(1) == "Today  0"


def test_the_tabs_are_whole_on_first_show(ctx: AppContext, navigator, customer, dhaka, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QToolButton

    from crm_desktop.resources import resource_path

    for i in range(12):
        add_task(f"Late {i}", datetime(2025, 3, 9, 12, 0), customer)
    view = TasksView(ctx, clock=lambda: NOW)
    view.setStyleSheet(resource_path("styles", "app.qss").read_text(encoding="utf-8"))
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.show_bucket("today")
    wait_for_background(qtbot, ctx)
    tabs = view.tabs
    assert "12" in tabs.tabText(0)
    arrows = [b for b in tabs.findChildren(QToolButton) if b.isVisible()]
    assert arrows == []  # no scroll arrows: there is room for every tab
    last = tabs.tabRect(tabs.count() - 1)
    assert last.right() <= tabs.width()
    bold = tabs.font()
    bold.setBold(True)
    from PySide6.QtGui import QFontMetrics

    assert tabs.tabRect(0).width() > QFontMetrics(bold).horizontalAdvance(tabs.tabText(0))
