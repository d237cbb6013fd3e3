"""Undo always names what it undoes, and goes away when another change is made (issue 16,
item 4): drag a deal, save a task, press Ctrl+Z — the deal stays where it was dragged."""

from __future__ import annotations

from crm_desktop.db.models import Deal
from crm_desktop.services.tasks import TaskInput, create_task
from tests.ui.conftest import wait_for_background
from tests.ui.pipeline_helpers import add_customer, add_deal, stage_ids


def _board(window, qtbot):  # noqa: ANN001, ANN202
    window.show_view("pipeline")
    view = window.view("pipeline")
    qtbot.waitUntil(lambda: view.board.snapshot is not None)
    wait_for_background(qtbot, window.ctx)
    return view.board


def test_undo_names_the_move_and_goes_when_a_task_is_saved(window, qtbot) -> None:  # noqa: ANN001
    deal = add_deal(add_customer(), "Cosmetics set", "New lead")
    qualified = stage_ids()["Qualified"]
    board = _board(window, qtbot)
    board.move(deal, qualified, 0)
    wait_for_background(qtbot, window.ctx)
    qtbot.waitUntil(lambda: window.undo_button.isVisible())
    assert window.undo_button.text() == "Undo: Moved “Cosmetics set” to Qualified"
    assert window.undo_action.text() == window.undo_button.text()

    window.ctx.write(lambda: create_task(TaskInput(title="Call back about the set")))  # no message
    wait_for_background(qtbot, window.ctx)
    assert not window.undo_button.isVisible()
    window.undo_action.trigger()  # Ctrl+Z
    wait_for_background(qtbot, window.ctx)
    assert Deal.get_by_id(deal).stage_id == qualified  # not silently moved back
    assert window.message_label.text() == "Nothing to undo."


def test_undo_right_after_the_move_takes_it_back(window, qtbot) -> None:  # noqa: ANN001
    deal = add_deal(add_customer(), "Cosmetics set", "New lead")
    new_lead = stage_ids()["New lead"]
    board = _board(window, qtbot)
    board.move(deal, stage_ids()["Qualified"], 0)
    wait_for_background(qtbot, window.ctx)
    qtbot.waitUntil(lambda: window.undo_button.isVisible())
    window.undo_action.trigger()
    wait_for_background(qtbot, window.ctx)
    qtbot.waitUntil(lambda: Deal.get_by_id(deal).stage_id == new_lead)
    assert not window.undo_button.isVisible() and window.undo_button.text() == "Undo"
