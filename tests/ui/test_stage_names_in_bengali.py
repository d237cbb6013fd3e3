"""The seeded pipeline stages read in Bengali in the Bengali window; a renamed stage reads as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crm_desktop.services.pipeline import move_deal, stages, update_stage
from tests.ui.conftest import wait_for_background
from tests.ui.pipeline_helpers import RecordingNavigator, add_customer, add_deal, open_board, stage_ids
from ui.context import AppContext
from ui.customers.timeline_model import describe
from ui.dialogs.deal_dialog import DealDialog
from ui.pipeline.stage_editor import StageEditorDialog
from ui.pipeline.stages_model import NAME
from ui.pipeline.view import PipelineView


def headers(view: PipelineView) -> list[str]:
    return [view.columns[s.id].name_label.full_text for s in stages(1)]


def test_the_board_the_deal_dialog_and_the_editor_show_seeded_stages_in_bengali(
    ctx: AppContext, qtbot, bengali: None
) -> None:  # noqa: ANN001
    ctx.navigator = RecordingNavigator()
    update_stage(stage_ids()["Qualified"], name="Visited the shop", probability=25)
    view = open_board(ctx, qtbot)
    assert headers(view) == ["নতুন লিড", "Visited the shop", "কোটেশন পাঠানো", "দর-কষাকষি", "জেতা", "হারানো"]

    dialog = DealDialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.stage_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "নতুন লিড", "Visited the shop", "কোটেশন পাঠানো", "দর-কষাকষি"
    ]  # fmt: skip

    editor = StageEditorDialog(ctx, 1)
    qtbot.addWidget(editor)
    model = editor.model
    first = model.index(0, NAME)
    assert model.data(first) == "নতুন লিড" and model.data(first, Qt.ItemDataRole.EditRole) == "নতুন লিড"
    model.setData(first, "নতুন লিড")  # opened and left as shown: not a rename
    wait_for_background(qtbot, ctx)
    assert stages(1)[0].name == "New lead"
    model.setData(first, "Walk-in")
    wait_for_background(qtbot, ctx)
    assert stages(1)[0].name == "Walk-in"
    assert model.data(first) == "Walk-in"


def test_the_timeline_says_where_a_deal_moved_in_bengali(ctx: AppContext, bengali: None) -> None:
    from crm_desktop.services.timeline import timeline_page

    customer = add_customer()
    deal = add_deal(customer, "Ceiling fans", "New lead")
    move_deal(deal, stage_ids()["Quote sent"])
    events = [e for e in timeline_page(customer) if e.kind == "stage_change"]
    title, detail, _badge = describe(events[0])
    assert "কোটেশন পাঠানো" in title and "নতুন লিড" in detail
    assert "Quote sent" not in title + detail


def test_in_english_nothing_changes(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    dialog = DealDialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.stage_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "New lead",
        "Qualified",
        "Quote sent",
        "Negotiation",
    ]
