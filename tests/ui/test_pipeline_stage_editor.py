"""The stage editor: add, rename, reorder, set the chance of winning, delete — each saved at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm_desktop.db.models import Stage
from crm_desktop.services.pipeline import stages
from tests.ui.conftest import wait_for_background
from tests.ui.pipeline_helpers import RecordingNavigator, add_customer, add_deal, stage_ids
from ui.context import AppContext
from ui.pipeline.stage_editor import StageEditorDialog
from ui.pipeline.stages_model import NAME, PROBABILITY


@pytest.fixture
def editor(ctx: AppContext, qtbot) -> StageEditorDialog:  # noqa: ANN001
    ctx.navigator = RecordingNavigator()
    dialog = StageEditorDialog(ctx, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def names() -> list[str]:
    return [s.name for s in stages(1)]


def row_of(editor: StageEditorDialog, name: str) -> int:
    return next(i for i, s in enumerate(editor.model.stages()) if s.name == name)


def test_the_stages_model_passes_the_model_tester(editor: StageEditorDialog, qtmodeltester) -> None:  # noqa: ANN001
    qtmodeltester.check(editor.model)


def test_add_a_stage_goes_after_the_open_ones_and_opens_its_name(
    editor: StageEditorDialog, ctx, qtbot
) -> None:  # noqa: ANN001
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)

    assert names() == ["New lead", "Qualified", "Quote sent", "Negotiation", "New stage", "Won", "Lost"]
    assert editor.table.currentIndex().row() == row_of(editor, "New stage")
    assert editor.table.state() == editor.table.State.EditingState


def test_rename_and_set_the_chance_of_winning(editor: StageEditorDialog, ctx, qtbot) -> None:  # noqa: ANN001
    row = row_of(editor, "Quote sent")
    assert editor.model.setData(editor.model.index(row, NAME), "  Quotation given ")
    assert editor.model.setData(editor.model.index(row, PROBABILITY), 40)
    wait_for_background(qtbot, ctx)

    stage = Stage.get_by_id(stage_ids()["Quotation given"])
    assert (stage.name, stage.probability) == ("Quotation given", 40)
    assert editor.model.index(row, PROBABILITY).data() == "40%"


def test_an_empty_name_or_a_chance_over_100_is_refused_inline(editor: StageEditorDialog, ctx, qtbot) -> None:  # noqa: ANN001
    row = row_of(editor, "Qualified")
    assert not editor.model.setData(editor.model.index(row, NAME), "   ")
    assert editor.error_label.text() == "A stage needs a name."
    assert not editor.model.setData(editor.model.index(row, PROBABILITY), 150)
    assert "0 to 100" in editor.error_label.text() and not editor.error_label.isHidden()
    wait_for_background(qtbot, ctx)
    assert Stage.get_by_id(stage_ids()["Qualified"]).probability == 25


def test_move_an_open_stage_down_and_up(editor: StageEditorDialog, ctx, qtbot) -> None:  # noqa: ANN001
    editor.table.selectRow(0)
    assert not editor.up_button.isEnabled()
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)
    assert names()[:2] == ["Qualified", "New lead"]
    assert editor.selected_stage().name == "New lead"  # the selection follows the moved stage

    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)
    assert names()[:2] == ["New lead", "Qualified"]


def test_won_and_lost_stay_at_the_end(editor: StageEditorDialog) -> None:
    editor.table.selectRow(row_of(editor, "Negotiation"))
    assert editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    editor.table.selectRow(row_of(editor, "Won"))
    assert not editor.up_button.isEnabled() and not editor.down_button.isEnabled()


def test_a_stage_with_deals_is_not_deleted_and_says_why(editor: StageEditorDialog, ctx, qtbot) -> None:  # noqa: ANN001
    add_deal(add_customer(), "Fans", "Qualified")
    editor.table.selectRow(row_of(editor, "Qualified"))
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)
    assert "still has deals" in editor.error_label.text()
    assert "Qualified" in names()

    editor.table.selectRow(row_of(editor, "Negotiation"))
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)
    assert "Negotiation" not in names() and editor.error_label.isHidden()


def test_the_board_follows_the_editor(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    from tests.ui.test_pipeline_view import open_board

    ctx.navigator = RecordingNavigator()
    view = open_board(ctx, qtbot)
    qtbot.mouseClick(view.stages_button, Qt.MouseButton.LeftButton)
    editor = view.stage_editor
    assert editor is not None and editor.isVisible()

    row = row_of(editor, "Qualified")
    editor.model.setData(editor.model.index(row, NAME), "Interested")
    editor.model.setData(editor.model.index(row, PROBABILITY), 30)
    wait_for_background(qtbot, ctx)

    column = view.columns[stage_ids()["Interested"]]
    assert column.name_label.full_text == "Interested" and column.probability_label.text() == "30%"
