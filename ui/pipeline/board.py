"""The board's state behind the columns: loading it off the GUI thread and moving cards.

A move shows at once (the card stays where it was dropped) and is saved on
the writer thread; a refused save puts the board back as the database has it.
Board reloads that arrive while one of our own saves is still under way are
dropped: the save's own change notice brings a fresher one.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from crm_desktop.services import pipeline as pipeline_service
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.customer_list import owners
from crm_desktop.services.pipeline import Card, Column
from crm_desktop.services.settings import DEFAULTS, get_setting
from crm_desktop.timeutil import utcnow
from ui.context import AppContext
from ui.i18n import stage_name, user_name
from ui.pipeline.cards_model import StageCardsModel

CLOSED_WINDOW_DAYS = 30  # the Won and Lost columns show deals closed this recently
RELOAD_ON = ("deal", "stage", "setting", "customer", "user")


@dataclass(frozen=True)
class StageInfo:
    id: int
    name: str
    kind: str
    probability: int


@dataclass(frozen=True)
class BoardSnapshot:
    """Everything the board shows, read in one go on the reader thread."""

    pipeline_id: int | None
    pipelines: list[tuple[int, str]]
    owners: list[tuple[int, str]]
    columns: list[Column]
    stale_days: int
    now: datetime


@dataclass(frozen=True)
class ColumnSummary:
    count: int
    totals: dict[str, int]
    weighted: dict[str, int]


def stale_days_setting() -> int:
    try:
        return max(1, int(get_setting("stale_deal_days")))
    except ValueError:
        return int(DEFAULTS["stale_deal_days"])


def load_board(pipeline_id: int | None, owner_id: int | None, now: datetime) -> BoardSnapshot:
    all_pipelines = [(p.id, stage_name(p.name)) for p in pipeline_service.pipelines()]
    if pipeline_id not in {pid for pid, _ in all_pipelines}:
        pipeline_id = all_pipelines[0][0] if all_pipelines else None
    columns = (
        pipeline_service.board(
            pipeline_id, owner_id=owner_id, closed_since=now - timedelta(days=CLOSED_WINDOW_DAYS)
        )
        if pipeline_id is not None
        else []
    )
    people = [(user_id, user_name(name)) for user_id, name in owners()]
    return BoardSnapshot(pipeline_id, all_pipelines, people, columns, stale_days_setting(), now)


class Board(QObject):
    stages_changed = Signal()  # the set, order, names or probabilities of the columns changed
    loaded = Signal(object)  # BoardSnapshot, after it is on screen
    column_changed = Signal(int)  # stage id whose cards (so count and totals) changed
    card_moved = Signal(int, int)  # deal id, stage id it is now in
    lost_reason_needed = Signal(int, int, int)  # deal id, lost stage id, row

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.pipeline_id: int | None = None
        self.owner_id: int | None = None
        self.stages: list[StageInfo] = []
        self.models: dict[int, StageCardsModel] = {}
        self.snapshot: BoardSnapshot | None = None
        self._load_seq = 0
        self._saves_in_flight = 0
        self._own_changes: list[Changes] = []  # what our saves announced: already on screen
        self._reload_after_saves = False
        ctx.bus.changed.connect(self._on_changes)

    # --- loading -------------------------------------------------------------

    def set_filter(self, pipeline_id: int | None, owner_id: int | None) -> None:
        self.pipeline_id, self.owner_id = pipeline_id, owner_id
        self.reload()

    def reload(self) -> None:
        self._load_seq += 1
        seq, pipeline_id, owner_id, now = self._load_seq, self.pipeline_id, self.owner_id, self.clock()
        self.ctx.read(lambda: load_board(pipeline_id, owner_id, now), lambda snap: self._loaded(seq, snap))

    def _on_changes(self, changes: Changes) -> None:
        if any(changes is own for own in self._own_changes):
            self._own_changes = [own for own in self._own_changes if own is not changes]
            return  # the echo of our own move: the board already shows it
        if changes.touches(*RELOAD_ON):
            self.reload()

    def _loaded(self, seq: int, snapshot: BoardSnapshot) -> None:
        if seq != self._load_seq:
            return  # a newer load is coming
        if self._saves_in_flight:
            self._reload_after_saves = True  # it may predate our save: read again once saved
            return
        self.apply(snapshot)

    def apply(self, snapshot: BoardSnapshot) -> None:
        self.snapshot = snapshot
        self.pipeline_id = snapshot.pipeline_id
        stages = [StageInfo(c.stage_id, c.name, c.kind, c.probability) for c in snapshot.columns]
        if stages != self.stages:
            self.stages = stages
            self.models = {s.id: self.models.get(s.id) or self._new_model(s) for s in stages}
            self.stages_changed.emit()
        stale_before = snapshot.now - timedelta(days=snapshot.stale_days)
        for column in snapshot.columns:
            self.models[column.stage_id].set_cards(column.cards, stale_before)
            self.column_changed.emit(column.stage_id)
        self.loaded.emit(snapshot)

    def _new_model(self, stage: StageInfo) -> StageCardsModel:
        model = StageCardsModel(stage.id, stage.kind, self)
        model.card_dropped.connect(self.drop)
        return model

    # --- what is where -------------------------------------------------------

    def stage(self, stage_id: int) -> StageInfo | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def locate(self, deal_id: int) -> tuple[int, int] | None:
        """(stage id, row) of a deal's card, or None if it is not on the board."""
        for stage_id, model in self.models.items():
            row = model.row_of(deal_id)
            if row >= 0:
                return stage_id, row
        return None

    def card(self, deal_id: int) -> Card | None:
        where = self.locate(deal_id)
        return self.models[where[0]].card(where[1]) if where else None

    def summary(self, stage_id: int) -> ColumnSummary:
        stage, model = self.stage(stage_id), self.models[stage_id]
        totals: dict[str, int] = defaultdict(int)
        for card in model.cards():
            totals[card.currency] += card.value_minor
        probability = stage.probability if stage else 0
        weighted = {cur: total * probability // 100 for cur, total in totals.items()}
        return ColumnSummary(model.rowCount(), dict(totals), weighted)

    def stage_of_kind(self, kind: str) -> StageInfo | None:
        return next((s for s in self.stages if s.kind == kind), None)

    # --- moving --------------------------------------------------------------

    def drop(self, deal_id: int, stage_id: int, row: int) -> None:
        """A card was dropped (or sent) to ``row`` of a stage. Lost first asks why."""
        target, where = self.stage(stage_id), self.locate(deal_id)
        if target is None:
            return
        coming_from = self.stage(where[0]) if where else None
        if target.kind == "lost" and (coming_from is None or coming_from.kind != "lost"):
            self.lost_reason_needed.emit(deal_id, stage_id, row)
            return
        self.move(deal_id, stage_id, row)

    def step(self, deal_id: int, delta: int) -> None:
        """Next (+1) or previous (-1) open stage; from Won or Lost, back to the last open one."""
        where = self.locate(deal_id)
        open_ids = [s.id for s in self.stages if s.kind == "open"]
        if where is None or not open_ids:
            return
        if where[0] in open_ids:
            there = open_ids.index(where[0]) + delta
            if not 0 <= there < len(open_ids):
                return
            self.move(deal_id, open_ids[there], 0)
        elif delta < 0:
            self.move(deal_id, open_ids[-1], 0)

    def close_as(self, deal_id: int, kind: str) -> None:
        stage = self.stage_of_kind(kind)
        if stage is not None:
            self.drop(deal_id, stage.id, 0)

    def move(self, deal_id: int, stage_id: int, row: int, reason: str = "", *, announce: bool = True) -> None:
        """Show the move now, save it on the writer thread."""
        target = self.models.get(stage_id)
        where = self.locate(deal_id)
        if target is None:
            return
        then: Callable[[], None] | None = None
        if where is not None:
            from_stage, from_row = where
            if from_stage == stage_id:
                if row in (from_row, from_row + 1):
                    return  # dropped where it already is
                if row > from_row:
                    row -= 1
            taken = self.models[from_stage].take_card(deal_id)
            assert taken is not None
            card = taken[1]
            if from_stage != stage_id:
                now = self.clock()
                card = dataclasses.replace(card, stage_entered_at=now, last_activity_at=now)
            target.insert_card(row, card)
            self.column_changed.emit(from_stage)
            self.column_changed.emit(stage_id)
            self.card_moved.emit(deal_id, stage_id)
            if announce and from_stage != stage_id:
                then = functools.partial(self._announce, card, from_stage, from_row, stage_id)
            row = target.row_of(deal_id)
        after_id = target.card(row - 1).id if where is not None and row > 0 else None
        self._save(
            lambda: pipeline_service.move_deal(deal_id, stage_id, row, after_id=after_id, lost_reason=reason),
            then=then,  # said (with Undo) once written: a later change then takes the Undo away
        )

    def _save(self, op: Callable[[], Outcome[int]], then: Callable[[], None] | None = None) -> None:
        self._saves_in_flight += 1

        def save_and_remember() -> Outcome[int]:  # on the writer thread
            outcome = op()
            self._own_changes.append(outcome.changes)
            return outcome

        def saved(_value: object) -> None:
            self._saves_in_flight -= 1
            if then is not None:
                then()
            if not self._saves_in_flight and self._reload_after_saves:
                self._reload_after_saves = False
                self.reload()

        def refused(error: BaseException) -> None:
            self._saves_in_flight -= 1
            self._reload_after_saves = False
            self.reload()  # put the board back as the database has it
            self.ctx.report_error(error, None)

        self.ctx.write(save_and_remember, saved, on_error=refused)

    def _announce(self, card: Card, from_stage: int, from_row: int, to_stage: int) -> None:
        navigator, old, new = self.ctx.navigator, self.stage(from_stage), self.stage(to_stage)
        if navigator is None or old is None or new is None:
            return
        text = self.tr("Moved “{deal}” to {stage}.").format(deal=card.title, stage=stage_name(new.name))
        undo = None
        if old.kind != "lost":  # moving back into Lost would need the reason again

            def undo() -> None:
                self.move(card.id, from_stage, from_row, announce=False)

        navigator.show_message(text, undo=undo)
