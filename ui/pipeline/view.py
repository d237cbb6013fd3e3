"""The Pipeline view: pick a pipeline and an owner, see and move deals stage by stage."""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import pipeline as pipeline_service
from ui.context import AppContext
from ui.i18n import number_text, stage_name
from ui.icons import icon
from ui.pipeline.board import Board, BoardSnapshot
from ui.pipeline.column import ElidingLabel, StageColumn
from ui.pipeline.format import totals_text
from ui.pipeline.lost_reason_dialog import LostReasonDialog
from ui.pipeline.stage_editor import StageEditorDialog

RELOAD_WHEN_SHOWN_AFTER = 60.0  # seconds: "days in stage" and stale flags follow the clock


class PipelineView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("viewRoot")
        self.board = Board(ctx, self)
        self.columns: dict[int, StageColumn] = {}
        self.lost_dialog: LostReasonDialog | None = None
        self._loaded_at = 0.0
        self._select_when_loaded: int | None = None
        self.stage_editor: StageEditorDialog | None = None

        title = QLabel(self.tr("Pipeline"))
        title.setObjectName("viewTitle")
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setAccessibleName(self.tr("Pipeline"))
        self.pipeline_combo.setMinimumContentsLength(12)
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        self.owner_combo.setMinimumContentsLength(12)
        # the summary gives way (shortened with "…", whole in its tooltip) when the bar is narrow;
        # the buttons always show their whole label, in Bengali too
        self.summary_label = ElidingLabel()
        self.summary_label.setObjectName("muted")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.stages_button = QPushButton(icon("stage_change"), self.tr("Stages…"))
        self.stages_button.setToolTip(
            self.tr("Add, rename or reorder stages and set their chance of winning")
        )
        self.new_deal_button = QPushButton(self.tr("New deal"))
        self.new_deal_button.setObjectName("primary")
        for button in (self.stages_button, self.new_deal_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(title)
        bar.addSpacing(12)
        bar.addWidget(self.pipeline_combo)
        bar.addWidget(QLabel(self.tr("Owner:")))
        bar.addWidget(self.owner_combo)
        bar.addWidget(self.summary_label, 1)
        bar.addSpacing(8)
        bar.addWidget(self.stages_button)
        bar.addWidget(self.new_deal_button)

        self.columns_host = QWidget()
        self.columns_host.setObjectName("boardCanvas")
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.setSpacing(10)
        self.board_scroll = QScrollArea()
        self.board_scroll.setObjectName("boardScroll")
        self.board_scroll.setWidgetResizable(True)
        self.board_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.board_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board_scroll.setWidget(self.columns_host)
        self.loading_label = QLabel(self.tr("Loading deals…"))
        self.loading_label.setObjectName("muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.board_scroll, 1)

        self.board.stages_changed.connect(self._rebuild_columns)
        self.board.column_changed.connect(self._update_column)
        self.board.loaded.connect(self._loaded)
        self.board.card_moved.connect(self._follow_card)
        self.board.lost_reason_needed.connect(self.ask_lost_reason)
        self.pipeline_combo.activated.connect(lambda *_: self._filter_changed())
        self.owner_combo.activated.connect(lambda *_: self._filter_changed())
        self.stages_button.clicked.connect(self.edit_stages)
        self.new_deal_button.clicked.connect(self.new_deal)

        settings = QSettings()
        self.board.set_filter(
            _int_or_none(settings.value("pipeline/pipeline_id")),
            _int_or_none(settings.value("pipeline/owner_id")),
        )

    # --- the window's view protocol -------------------------------------------

    def activated(self) -> None:
        if self._loaded_at and time.monotonic() - self._loaded_at > RELOAD_WHEN_SHOWN_AFTER:
            self.board.reload()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("pipeline/pipeline_id", self.board.pipeline_id or "")
        settings.setValue("pipeline/owner_id", self.board.owner_id or "")

    # --- board → screen --------------------------------------------------------

    def _rebuild_columns(self) -> None:
        """Open stages side by side; Won and Lost stacked in one last column, to keep the board narrow."""
        while self.columns_layout.count():
            item = self.columns_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.columns = {}
        closed_stack = QVBoxLayout()
        closed_stack.setSpacing(10)
        for stage in self.board.stages:
            column = StageColumn(stage, self.board.models[stage.id])
            column.view.open_requested.connect(self.open_customer)
            column.view.step_requested.connect(self.board.step)
            column.view.menu_requested.connect(self.show_card_menu)
            column.view.pressed.connect(lambda _index, v=column.view: self._only_selected(v))
            self.columns[stage.id] = column
            if stage.kind == "open":
                self.columns_layout.addWidget(column, 1)
            else:
                closed_stack.addWidget(column, 1)
        if closed_stack.count():
            holder = QWidget()
            holder.setLayout(closed_stack)
            closed_stack.setContentsMargins(0, 0, 0, 0)
            self.columns_layout.addWidget(holder)
        self.columns_layout.addStretch(0)

    def _update_column(self, stage_id: int) -> None:
        column = self.columns.get(stage_id)
        if column is not None:
            column.show_summary(self.board.summary(stage_id))

    def _update_summary(self) -> None:
        count = 0
        totals: dict[str, int] = {}
        weighted: dict[str, int] = {}
        for stage in self.board.stages:
            if stage.kind != "open":
                continue
            summary = self.board.summary(stage.id)
            count += summary.count
            for cur, value in summary.totals.items():
                totals[cur] = totals.get(cur, 0) + value
            for cur, value in summary.weighted.items():
                weighted[cur] = weighted.get(cur, 0) + value
        text = self.tr("{count} open deals · {total} · weighted {weighted}").format(
            count=number_text(count), total=totals_text(totals), weighted=totals_text(weighted)
        )
        self.summary_label.set_full_text(text)
        self.summary_label.setToolTip(text)

    def _loaded(self, snapshot: BoardSnapshot) -> None:
        self._loaded_at = time.monotonic()
        self.loading_label.hide()
        _fill_combo(self.pipeline_combo, snapshot.pipelines, snapshot.pipeline_id)
        self.pipeline_combo.setVisible(len(snapshot.pipelines) > 1)
        everyone = [(None, self.tr("Everyone"))]
        _fill_combo(self.owner_combo, [*everyone, *snapshot.owners], self.board.owner_id)
        self._update_summary()
        if self._select_when_loaded is not None:
            self.select_deal(self._select_when_loaded)
            self._select_when_loaded = None

    def _follow_card(self, deal_id: int, stage_id: int) -> None:
        self._update_summary()
        column = self.columns.get(stage_id)
        if column is None:
            return
        had_focus = any(c.view.hasFocus() for c in self.columns.values())
        column.view.select_deal(deal_id)
        self._only_selected(column.view)  # the dropped card, not also the one its old column still marks
        if had_focus:
            column.view.setFocus()

    def _only_selected(self, chosen: QWidget) -> None:
        """One card looks selected on the whole board: the other columns let go of theirs."""
        for column in self.columns.values():
            if column.view is not chosen:
                column.view.clearSelection()
                column.view.setCurrentIndex(QModelIndex())

    # --- screen → board --------------------------------------------------------

    def _filter_changed(self) -> None:
        self.board.set_filter(self.pipeline_combo.currentData(), self.owner_combo.currentData())

    def select_deal(self, deal_id: int, *, wait: bool = False) -> bool:
        """Show and select a deal's card. ``wait``: if the board is still loading, select it once loaded."""
        where = self.board.locate(deal_id)
        if where is None:
            if wait and self.board.snapshot is None:
                self._select_when_loaded = deal_id
                return True
            return False
        column = self.columns[where[0]]
        column.view.select_deal(deal_id)
        self._only_selected(column.view)
        column.view.setFocus()
        self.board_scroll.ensureWidgetVisible(column)
        return True

    def open_customer(self, deal_id: int) -> None:
        card = self.board.card(deal_id)
        if card is not None and self.ctx.navigator is not None:
            self.ctx.navigator.open_customer(card.customer_id)

    def ask_lost_reason(self, deal_id: int, stage_id: int, row: int) -> None:
        card = self.board.card(deal_id)
        dialog = LostReasonDialog(card.title if card else "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.board.move(deal_id, stage_id, row, dialog.reason()))
        dialog.finished.connect(lambda *_: setattr(self, "lost_dialog", None))
        self.lost_dialog = dialog
        dialog.open()  # window-modal, returns at once: a drop never waits inside Qt's drag loop

    def show_card_menu(self, deal_id: int, where: QPoint) -> None:
        menu = self.card_menu(deal_id)
        menu.exec(where)
        menu.deleteLater()

    def card_menu(self, deal_id: int) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Open customer"), lambda: self.open_customer(deal_id))
        menu.addSeparator()
        next_action = menu.addAction(self.tr("Move to next stage"), lambda: self.board.step(deal_id, +1))
        next_action.setShortcut(QKeySequence("Ctrl+Right"))
        previous = menu.addAction(self.tr("Move to previous stage"), lambda: self.board.step(deal_id, -1))
        previous.setShortcut(QKeySequence("Ctrl+Left"))
        move_to = menu.addMenu(icon("stage_change"), self.tr("Move to"))
        here = self.board.locate(deal_id)
        for stage in self.board.stages:
            action = move_to.addAction(stage_name(stage.name), partial(self.board.drop, deal_id, stage.id, 0))
            action.setEnabled(here is None or here[0] != stage.id)
        menu.addSeparator()
        menu.addAction(self.tr("Mark as won"), lambda: self.board.close_as(deal_id, "won"))
        menu.addAction(self.tr("Mark as lost…"), lambda: self.board.close_as(deal_id, "lost"))
        menu.addSeparator()
        menu.addAction(icon("task"), self.tr("Add a task…"), lambda: self.new_task(deal_id))
        menu.addAction(icon("trash"), self.tr("Move to trash"), lambda: self.trash_deal(deal_id))
        return menu

    def new_deal(self) -> None:
        from ui.dialogs.deal_dialog import DealDialog

        first_open = self.board.stage_of_kind("open")
        dialog = DealDialog(self.ctx, self, stage_id=first_open.id if first_open else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def new_task(self, deal_id: int) -> None:
        from ui.dialogs.task_dialog import TaskDialog

        card = self.board.card(deal_id)
        dialog = TaskDialog(self.ctx, self, customer_id=card.customer_id if card else None, deal_id=deal_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def trash_deal(self, deal_id: int) -> None:
        card = self.board.card(deal_id)
        title = card.title if card else ""

        def trashed(_ids: object) -> None:
            if self.ctx.navigator is not None:
                self.ctx.navigator.show_message(
                    self.tr("“{deal}” moved to the trash.").format(deal=title),
                    undo=lambda: self.ctx.write(
                        lambda: pipeline_service.restore_deals([deal_id]), parent=self
                    ),
                )

        self.ctx.write(lambda: pipeline_service.trash_deals([deal_id]), trashed, parent=self)

    def edit_stages(self) -> None:
        if self.board.pipeline_id is None:
            return
        dialog = StageEditorDialog(self.ctx, self.board.pipeline_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.stage_editor = dialog


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def _fill_combo(combo: QComboBox, items: Sequence[tuple[int | None, str]], current: int | None) -> None:
    if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == list(items):
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return
    combo.blockSignals(True)
    combo.clear()
    for value, text in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
