"""The Kanban board: drops that stick, headers that add up, Lost asks why, keys, filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from crm_desktop.db.models import Deal, DealStageChange, User
from crm_desktop.db.store import open_store
from crm_desktop.services.settings import set_setting
from crm_desktop.timeutil import utcnow
from tests.ui.conftest import wait_for_background
from tests.ui.pipeline_helpers import RecordingNavigator, add_customer, add_deal, open_board, stage_ids
from tests.ui.qt_events import drag_event
from ui.context import AppContext
from ui.pipeline.cards_model import STALE_ROLE
from ui.pipeline.view import PipelineView


@pytest.fixture
def navigator(ctx: AppContext) -> RecordingNavigator:
    ctx.navigator = nav = RecordingNavigator()
    return nav


def titles(view: PipelineView, stage: str) -> list[str]:
    return [c.title for c in view.board.models[stage_ids()[stage]].cards()]


def drop_with_model(view: PipelineView, deal_id: int, stage: str, row: int) -> None:
    """What Qt does on a drop: the source model packs the card, the target model takes the drop."""
    from_stage, from_row = view.board.locate(deal_id)
    source = view.board.models[from_stage]
    mime = source.mimeData([source.index(from_row)])
    target = view.board.models[stage_ids()[stage]]
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, row, 0, QModelIndex())
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, QModelIndex())


def drop_on_card(view: PipelineView, deal_id: int, stage: str, onto_row: int) -> None:
    """What a mouse drag delivers to another column's list: enter, move, then the drop,
    on the upper half of a card (so it lands above that card)."""
    from_stage, from_row = view.board.locate(deal_id)
    source = view.board.models[from_stage]
    mime = source.mimeData([source.index(from_row)])
    target_view = view.columns[stage_ids()[stage]].view
    rect = target_view.visualRect(target_view.model().index(onto_row, 0))
    spot = QPointF(rect.center().x(), rect.top() + rect.height() * 0.3)
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (
        drag_event(QDragEnterEvent, spot, *args),
        drag_event(QDragMoveEvent, spot, *args),
        drag_event(QDropEvent, spot, *args),
    ):
        QApplication.sendEvent(target_view.viewport(), event)
        assert event.isAccepted()


# --- drag and drop -------------------------------------------------------------


def test_a_card_dropped_on_another_stage_is_there_after_reopening(db_path: Path, qtbot) -> None:  # noqa: ANN001
    store = open_store(db_path)
    ctx = AppContext(store)
    try:
        customer = add_customer()
        add_deal(customer, "Uniforms", "Qualified")
        fans = add_deal(customer, "Ceiling fans", "New lead")
        view = open_board(ctx, qtbot)

        drop_on_card(view, fans, "Qualified", onto_row=0)

        assert titles(view, "Qualified") == ["Ceiling fans", "Uniforms"]  # at once, before the save
        assert titles(view, "New lead") == []
        wait_for_background(qtbot, ctx)
    finally:
        ctx.shutdown()
        store.close()

    store = open_store(db_path)
    ctx = AppContext(store)
    try:
        reopened = open_board(ctx, qtbot)
        assert titles(reopened, "Qualified") == ["Ceiling fans", "Uniforms"]
        history = [
            (c.from_stage_id, c.to_stage_id)
            for c in DealStageChange.select().where(DealStageChange.deal == fans)
        ]
        ids = stage_ids()
        assert history == [(None, ids["New lead"]), (ids["New lead"], ids["Qualified"])]
    finally:
        ctx.shutdown()
        store.close()


def test_reordering_within_a_column_is_saved(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    for title in ("C", "B", "A"):  # a new deal goes on top
        add_deal(customer, title, "New lead")
    view = open_board(ctx, qtbot)
    assert titles(view, "New lead") == ["A", "B", "C"]
    deal_a = view.board.models[stage_ids()["New lead"]].card(0).id

    drop_with_model(view, deal_a, "New lead", 3)  # below the last card

    assert titles(view, "New lead") == ["B", "C", "A"]
    wait_for_background(qtbot, ctx)
    view.board.reload()
    wait_for_background(qtbot, ctx)
    assert titles(view, "New lead") == ["B", "C", "A"]
    assert navigator.messages == []  # a reorder is not news


def test_reordering_a_filtered_column_keeps_other_owners_cards_in_place(
    ctx: AppContext,
    navigator,
    qtbot,  # noqa: ANN001
) -> None:
    nusrat, tanvir = User.create(name="Nusrat").id, User.create(name="Tanvir").id
    customer = add_customer()
    for title, owner in (("N2", nusrat), ("T1", tanvir), ("N1", nusrat)):
        add_deal(customer, title, "New lead", owner=owner)
    view = open_board(ctx, qtbot)
    view.owner_combo.setCurrentIndex(view.owner_combo.findData(nusrat))
    view.owner_combo.activated.emit(view.owner_combo.currentIndex())
    qtbot.waitUntil(lambda: titles(view, "New lead") == ["N1", "N2"])

    n1 = view.board.models[stage_ids()["New lead"]].card(0).id
    drop_with_model(view, n1, "New lead", 2)  # below N2, as the filtered column shows it
    wait_for_background(qtbot, ctx)

    view.owner_combo.setCurrentIndex(0)  # everyone
    view.owner_combo.activated.emit(0)
    qtbot.waitUntil(lambda: len(titles(view, "New lead")) == 3)
    assert titles(view, "New lead") == ["T1", "N2", "N1"]


def test_our_own_save_does_not_reload_the_board_but_other_changes_do(
    ctx: AppContext, navigator, qtbot
) -> None:  # noqa: ANN001
    from crm_desktop.services.customers import CustomerInput, update_customer

    customer = add_customer("Rahim")
    fans = add_deal(customer, "Ceiling fans", "New lead")
    view = open_board(ctx, qtbot)
    reloads: list[int] = []
    original = view.board.reload
    view.board.reload = lambda: (reloads.append(1), original())  # type: ignore[method-assign]

    drop_with_model(view, fans, "Qualified", 0)
    ctx.write(lambda: update_customer(customer, CustomerInput(display_name="Rahim Traders")))
    wait_for_background(qtbot, ctx)

    assert len(reloads) == 1  # for the rename only; the move was already on screen
    assert view.board.card(fans).customer_name == "Rahim Traders"
    assert titles(view, "Qualified") == ["Ceiling fans"]


def test_a_refused_save_puts_the_card_back_and_says_why(
    ctx: AppContext, navigator, qtbot, monkeypatch
) -> None:  # noqa: ANN001
    reported: list[BaseException] = []
    monkeypatch.setattr(ctx, "report_error", lambda error, parent: reported.append(error))
    customer = add_customer()
    fans = add_deal(customer, "Ceiling fans", "New lead")
    view = open_board(ctx, qtbot)
    Deal.update(deleted_at=utcnow()).where(Deal.id == fans).execute()  # trashed elsewhere meanwhile

    drop_with_model(view, fans, "Quote sent", 0)
    wait_for_background(qtbot, ctx)

    assert "in the trash" in str(reported[0])
    assert titles(view, "Quote sent") == [] and titles(view, "New lead") == []


# --- headers -------------------------------------------------------------------


def test_headers_show_count_total_and_weighted_value(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    add_deal(customer, "Sofa", "Quote sent", value_minor=1_00_000_00)  # ৳1,00,000
    add_deal(customer, "Fans", "Quote sent", value_minor=50_000_00)  # ৳50,000; the stage is 50 %
    view = open_board(ctx, qtbot)

    column = view.columns[stage_ids()["Quote sent"]]
    assert column.count_label.text() == "2"
    assert (column.totals_label.full_text, column.detail_label.full_text) == ("৳1.5L", "weighted ৳75K")
    assert "৳1,50,000.00" in column.totals_label.toolTip()
    assert view.columns[stage_ids()["New lead"]].count_label.text() == "0"
    assert view.summary_label.text() == "2 open deals · ৳1.5L · weighted ৳75K"


def test_headers_follow_a_drop_at_once(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    sofa = add_deal(customer, "Sofa", "New lead", value_minor=1_00_000_00)
    view = open_board(ctx, qtbot)

    drop_with_model(view, sofa, "Negotiation", 0)  # 75 %

    assert view.columns[stage_ids()["Negotiation"]].detail_label.full_text == "weighted ৳75K"
    assert view.columns[stage_ids()["New lead"]].count_label.text() == "0"


# --- Won and Lost --------------------------------------------------------------


def test_dropping_on_lost_asks_why_and_cancel_leaves_the_deal(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    fans = add_deal(customer, "Ceiling fans", "Quote sent")
    view = open_board(ctx, qtbot)

    drop_with_model(view, fans, "Lost", 0)
    qtbot.waitUntil(lambda: view.lost_dialog is not None and view.lost_dialog.isVisible())
    view.lost_dialog.reject()
    wait_for_background(qtbot, ctx)

    assert titles(view, "Quote sent") == ["Ceiling fans"] and titles(view, "Lost") == []
    assert Deal.get_by_id(fans).status == "open"


def test_a_lost_reason_moves_the_deal_and_is_stored(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    fans = add_deal(customer, "Ceiling fans", "Quote sent")
    view = open_board(ctx, qtbot)

    drop_with_model(view, fans, "Lost", 0)
    qtbot.waitUntil(lambda: view.lost_dialog is not None and view.lost_dialog.isVisible())
    dialog = view.lost_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason picked yet
    dialog.choose(1)
    dialog.details.setText("cheaper at Rahim's")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)

    assert titles(view, "Lost") == ["Ceiling fans"]
    deal = Deal.get_by_id(fans)
    assert (deal.status, deal.lost_reason) == ("lost", "Went to a competitor — cheaper at Rahim's")


def test_other_needs_details_before_it_can_be_saved(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    from ui.pipeline.lost_reason_dialog import LostReasonDialog

    dialog = LostReasonDialog("Fans")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.choose(len(dialog.reasons) - 1)
    assert not ok.isEnabled() and not dialog.hint.isHidden()
    dialog.details.setText("shop closed for renovation")
    assert ok.isEnabled() and dialog.reason() == "shop closed for renovation"


def test_mark_as_won_from_the_card_menu_with_undo(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    fans = add_deal(customer, "Ceiling fans", "Negotiation")
    view = open_board(ctx, qtbot)

    menu = view.card_menu(fans)
    next(a for a in menu.actions() if a.text() == "Mark as won").trigger()
    wait_for_background(qtbot, ctx)
    assert titles(view, "Won") == ["Ceiling fans"] and Deal.get_by_id(fans).status == "won"

    text, undo = navigator.messages[-1]
    assert text == "Moved “Ceiling fans” to Won."
    undo()
    wait_for_background(qtbot, ctx)
    assert titles(view, "Negotiation") == ["Ceiling fans"] and Deal.get_by_id(fans).status == "open"


# --- keyboard, double-click ----------------------------------------------------


def test_ctrl_arrows_move_the_selected_card_between_stages(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    fans = add_deal(customer, "Ceiling fans", "New lead")
    view = open_board(ctx, qtbot)
    ids = stage_ids()
    new_lead = view.columns[ids["New lead"]].view
    new_lead.setFocus()
    new_lead.select_deal(fans)

    qtbot.keyClick(new_lead, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert titles(view, "Qualified") == ["Ceiling fans"]
    qualified = view.columns[ids["Qualified"]].view
    assert qualified.selected_deal() == fans  # the selection follows, so the keys can repeat
    qtbot.keyClick(qualified, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_for_background(qtbot, ctx)
    assert Deal.get_by_id(fans).stage_id == ids["Quote sent"]

    qtbot.keyClick(view.columns[ids["Quote sent"]].view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    wait_for_background(qtbot, ctx)
    assert Deal.get_by_id(fans).stage_id == ids["Qualified"]
    assert DealStageChange.select().where(DealStageChange.deal == fans).count() == 4


def test_ctrl_right_stops_at_the_last_open_stage(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    fans = add_deal(customer, "Ceiling fans", "Negotiation")
    view = open_board(ctx, qtbot)
    column = view.columns[stage_ids()["Negotiation"]].view
    column.select_deal(fans)

    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_for_background(qtbot, ctx)

    assert titles(view, "Negotiation") == ["Ceiling fans"] and Deal.get_by_id(fans).status == "open"


def test_double_click_opens_the_deals_customer(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    add_deal(customer, "Ceiling fans", "New lead")
    view = open_board(ctx, qtbot)
    column = view.columns[stage_ids()["New lead"]].view
    spot = column.visualRect(column.model().index(0, 0)).center()

    qtbot.mouseClick(column.viewport(), Qt.MouseButton.LeftButton, pos=spot)  # a double-click's first half
    qtbot.mouseDClick(column.viewport(), Qt.MouseButton.LeftButton, pos=spot)

    assert navigator.opened_customers == [customer]


# --- stale deals, owner filter -------------------------------------------------


def test_a_deal_without_activity_for_n_days_is_flagged(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    quiet = add_deal(customer, "Quiet", "Qualified")
    add_deal(customer, "Busy", "Qualified")
    Deal.update(last_activity_at=utcnow() - timedelta(days=20)).where(Deal.id == quiet).execute()
    view = open_board(ctx, qtbot)
    model = view.board.models[stage_ids()["Qualified"]]
    stale = {model.card(r).title: model.index(r).data(STALE_ROLE) for r in range(model.rowCount())}
    assert stale == {"Quiet": True, "Busy": False}  # the default: 14 days

    ctx.write(lambda: set_setting("stale_deal_days", "30"))
    wait_for_background(qtbot, ctx)
    qtbot.waitUntil(lambda: not model.index(model.row_of(quiet)).data(STALE_ROLE))


def test_owner_filter_shows_only_that_owners_deals(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    nusrat = User.create(name="Nusrat").id
    customer = add_customer()
    add_deal(customer, "Hers", "New lead", owner=nusrat)
    add_deal(customer, "Nobody's", "New lead")
    view = open_board(ctx, qtbot)
    assert set(titles(view, "New lead")) == {"Hers", "Nobody's"}

    view.owner_combo.setCurrentIndex(view.owner_combo.findData(nusrat))
    view.owner_combo.activated.emit(view.owner_combo.currentIndex())
    wait_for_background(qtbot, ctx)

    assert titles(view, "New lead") == ["Hers"]
    assert view.columns[stage_ids()["New lead"]].count_label.text() == "1"


def test_the_chosen_owner_is_remembered(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings

    nusrat = User.create(name="Nusrat").id
    view = open_board(ctx, qtbot)
    view.owner_combo.setCurrentIndex(view.owner_combo.findData(nusrat))
    view.owner_combo.activated.emit(view.owner_combo.currentIndex())
    wait_for_background(qtbot, ctx)
    view.save_state(QSettings())

    again = open_board(ctx, qtbot)
    assert again.owner_combo.currentData() == nusrat


# --- the models ----------------------------------------------------------------


@pytest.fixture
def filled_board(ctx: AppContext, navigator, qtbot) -> Iterator[PipelineView]:  # noqa: ANN001
    customer = add_customer("মেসার্স রহমান ট্রেডার্স অ্যান্ড জেনারেল সাপ্লায়ার্স লিমিটেড")
    for i in range(5):
        add_deal(customer, f"Deal {i}", "Qualified")
    yield open_board(ctx, qtbot)


def test_the_card_model_passes_the_model_tester(filled_board: PipelineView, qtmodeltester) -> None:  # noqa: ANN001
    qtmodeltester.check(filled_board.board.models[stage_ids()["Qualified"]])
    qtmodeltester.check(filled_board.board.models[stage_ids()["Won"]])


def test_long_bengali_names_are_elided_inside_the_card(filled_board: PipelineView, qtbot) -> None:  # noqa: ANN001
    column = filled_board.columns[stage_ids()["Qualified"]]
    image = column.view.viewport().grab().toImage()
    card = column.view.visualRect(column.view.model().index(0, 0))
    # nothing is painted in the gap right of the card: text stays inside the card's box
    for y in range(card.top(), card.bottom()):
        for x in range(card.right() - 3, min(card.right() + 1, image.width())):
            assert image.pixelColor(x, y).lightness() > 200


def test_the_pipeline_selector_switches_boards(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    from crm_desktop.db.models import Pipeline, Stage

    repairs = Pipeline.create(name="Repairs", position=1)
    for position, (name, kind) in enumerate((("Received", "open"), ("Fixed", "won"), ("Gave up", "lost"))):
        Stage.create(pipeline=repairs, name=name, position=position, probability=50, kind=kind)
    view = open_board(ctx, qtbot)
    assert not view.pipeline_combo.isHidden()
    assert [view.pipeline_combo.itemText(i) for i in range(2)] == ["Sales", "Repairs"]

    view.pipeline_combo.setCurrentIndex(1)
    view.pipeline_combo.activated.emit(1)
    wait_for_background(qtbot, ctx)

    assert [s.name for s in view.board.stages] == ["Received", "Fixed", "Gave up"]
    assert [c.stage.name for c in view.columns.values()] == ["Received", "Fixed", "Gave up"]


def test_in_the_window_double_click_opens_the_customer_page(window, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    customer = add_customer("ফাতেমা চৌধুরী")
    add_deal(customer, "Ceiling fans", "New lead")
    window.show_view("pipeline")
    view = window.view("pipeline")
    qtbot.waitUntil(lambda: view.board.snapshot is not None)
    assert titles(view, "New lead") == ["Ceiling fans"]
    column = view.columns[stage_ids()["New lead"]].view
    spot = column.visualRect(column.model().index(0, 0)).center()

    qtbot.mouseClick(column.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(column.viewport(), Qt.MouseButton.LeftButton, pos=spot)

    assert window.current_view_name() == "customers"


def test_a_long_multi_currency_total_is_shortened_inside_the_header(
    ctx: AppContext, navigator, qtbot
) -> None:  # noqa: ANN001
    from crm_desktop.services.pipeline import DealInput, create_deal

    customer = add_customer()
    for currency in ("BDT", "USD", "EUR", "GBP", "INR"):
        create_deal(DealInput(customer, currency, 12_345_678_90, currency, stage_id=stage_ids()["Qualified"]))
    view = open_board(ctx, qtbot)
    view.resize(1000, 700)
    column = view.columns[stage_ids()["Qualified"]]
    qtbot.waitUntil(lambda: column.totals_label.text() != column.totals_label.full_text)

    assert column.totals_label.text().endswith("…")
    assert (
        column.totals_label.fontMetrics().horizontalAdvance(column.totals_label.text())
        <= column.totals_label.width()
    )
    assert "$" in column.totals_label.toolTip()  # every currency, in full, on hover


def test_after_a_drop_only_the_dropped_card_looks_selected(ctx: AppContext, navigator, qtbot) -> None:  # noqa: ANN001
    customer = add_customer()
    sofa = add_deal(customer, "Sofa", "New lead")
    add_deal(customer, "Table", "New lead")
    chair = add_deal(customer, "Chair", "Qualified")
    view = open_board(ctx, qtbot)
    view.select_deal(chair)  # a card chosen in one column…
    view.columns[stage_ids()["New lead"]].view.select_deal(sofa)  # …another picked up in another
    drop_with_model(view, sofa, "Negotiation", 0)
    wait_for_background(qtbot, ctx)
    marked = [
        name
        for name, stage in stage_ids().items()
        if stage in view.columns and view.columns[stage].view.selectionModel().hasSelection()
    ]
    assert marked == ["Negotiation"]
