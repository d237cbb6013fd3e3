"""Deals moving through the stages of a pipeline (the Kanban board)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from peewee import JOIN, Case, fn

from crm_desktop import default_pipeline
from crm_desktop.automation import events
from crm_desktop.db.models import (
    DEFAULT_CURRENCY,
    Customer,
    Deal,
    DealStageChange,
    Pipeline,
    Stage,
    User,
    database_proxy,
    tuples,
)
from crm_desktop.domain import STAGE_KINDS
from crm_desktop.services import audit, input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.services.trash import set_trashed
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP

DEAL_CHANGES = ("deal",)
POSITION_GAP = 1024

# What the pipeline says when it refuses (translatable, see crm_desktop.translatable).
NO_STAGE = QT_TRANSLATE_NOOP("InputRules", "stage {id} does not exist")
DEAL_NEEDS_TITLE = QT_TRANSLATE_NOOP("InputRules", "a deal needs a title")
NO_OPEN_STAGE = QT_TRANSLATE_NOOP("InputRules", "there is no open stage to put the deal in")
OTHER_PIPELINE = QT_TRANSLATE_NOOP("InputRules", "the stage belongs to another pipeline")
SAY_WHY_LOST = QT_TRANSLATE_NOOP("InputRules", "say why the deal was lost")
NO_CLOSING_STAGE = {
    "won": QT_TRANSLATE_NOOP("InputRules", "this pipeline has no 'won' stage"),
    "lost": QT_TRANSLATE_NOOP("InputRules", "this pipeline has no 'lost' stage"),
}
EVERY_STAGE_ONCE = QT_TRANSLATE_NOOP("InputRules", "the new order must list every stage of the pipeline once")
STAGE_HAS_DEALS = QT_TRANSLATE_NOOP("InputRules", "'{name}' still has deals; move them first")
NEEDS_CLOSING_STAGE = {
    "won": QT_TRANSLATE_NOOP("InputRules", "a pipeline needs a 'won' stage"),
    "lost": QT_TRANSLATE_NOOP("InputRules", "a pipeline needs a 'lost' stage"),
}
STAGE_NEEDS_NAME = QT_TRANSLATE_NOOP("InputRules", "a stage needs a name")
PROBABILITY_RANGE = QT_TRANSLATE_NOOP("InputRules", "the probability must be between 0 and 100 %")


@dataclass
class DealInput:
    customer_id: int
    title: str
    value_minor: int = 0
    currency: str = DEFAULT_CURRENCY
    stage_id: int | None = None  # default: the first open stage of the first pipeline
    expected_close: date | None = None
    owner_id: int | None = None


@dataclass(frozen=True)
class Card:
    id: int
    title: str
    customer_id: int
    customer_name: str
    value_minor: int
    currency: str
    stage_entered_at: datetime
    last_activity_at: datetime
    owner_name: str


@dataclass
class Column:
    stage_id: int
    name: str
    kind: str
    probability: int
    cards: list[Card] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)  # currency -> minor units

    @property
    def count(self) -> int:
        return len(self.cards)

    @property
    def weighted(self) -> dict[str, int]:
        return {cur: total * self.probability // 100 for cur, total in self.totals.items()}


def pipelines() -> list[Pipeline]:
    return list(Pipeline.select().order_by(Pipeline.position, Pipeline.id))


def stages(pipeline_id: int) -> list[Stage]:
    return list(Stage.select().where(Stage.pipeline == pipeline_id).order_by(Stage.position, Stage.id))


def _stage(stage_id: int) -> Stage:
    stage = Stage.get_or_none(Stage.id == stage_id)
    if stage is None:
        raise NotFoundError(NO_STAGE.format(id=stage_id))
    return stage


def _deal(deal_id: int) -> Deal:
    deal = Deal.get_or_none((Deal.id == deal_id) & Deal.deleted_at.is_null())
    if deal is None:
        raise NotFoundError(input_rules.DEAL_GONE.format(id=deal_id))
    return deal


def create_deal(data: DealInput, *, user_id: int | None = None) -> Outcome[int]:
    errors = input_rules.check_lines(title=data.title)
    title = data.title.strip()
    if not title:
        errors.append(FieldError("title", DEAL_NEEDS_TITLE))
    if bad_value := input_rules.amount_problem(data.value_minor):
        errors.append(FieldError("value", bad_value))
    if bad_currency := input_rules.currency_problem(data.currency):
        errors.append(FieldError("currency", bad_currency))
    if (
        not Customer.select()
        .where((Customer.id == data.customer_id) & Customer.deleted_at.is_null())
        .exists()
    ):
        errors.append(FieldError("customer_id", input_rules.NO_CUSTOMER.format(id=data.customer_id)))
    if errors:
        raise ValidationError(errors)
    if data.stage_id is None:
        stage = (
            Stage.select()
            .join(Pipeline)
            .where(Stage.kind == "open")
            .order_by(Pipeline.position, Pipeline.id, Stage.position)
            .first()
        )
        if stage is None:
            raise ValidationError.single("stage_id", NO_OPEN_STAGE)
    else:
        stage = _stage(data.stage_id)
    now = utcnow()
    with database_proxy.atomic():
        top = Deal.select(fn.MIN(Deal.position)).where(Deal.stage == stage.id).scalar()
        deal = Deal.create(
            customer=data.customer_id,
            title=title,
            value_minor=data.value_minor,
            currency=data.currency.upper(),
            pipeline=stage.pipeline_id,
            stage=stage.id,
            position=(top - POSITION_GAP) if top is not None else 0,
            expected_close=data.expected_close,
            owner=data.owner_id,
            status=stage.kind,
            stage_entered_at=now,
            last_activity_at=now,
            closed_at=now if stage.kind != "open" else None,
        )
        DealStageChange.create(deal=deal.id, from_stage=None, to_stage=stage.id, changed_at=now, user=user_id)
        audit.created("deal", deal.id, user_id=user_id)
    events.emit("deal", deal.id)
    return Outcome(deal.id, Changes.of(*DEAL_CHANGES, customers=[data.customer_id]))


def move_deal(
    deal_id: int,
    stage_id: int,
    index: int | None = None,
    *,
    after_id: int | None = None,
    lost_reason: str = "",
    user_id: int | None = None,
) -> Outcome[int]:
    """Put a deal at ``index`` (0 = top; None = top) of a stage's column.

    ``after_id`` puts it just below that deal instead (``index`` is then only
    the fallback if that deal is no longer in the column): a board filtered by
    owner knows its neighbour, not the index in the whole column.
    Stage, order, status and stage history are saved together. Moving to a
    lost stage needs a reason.
    """
    deal = _deal(deal_id)
    target = _stage(stage_id)
    if target.pipeline_id != deal.pipeline_id:
        raise ValidationError.single("stage_id", OTHER_PIPELINE)
    input_rules.raise_if(input_rules.check_texts(lost_reason=lost_reason))
    if target.kind == "lost" and not (lost_reason.strip() or deal.status == "lost"):
        raise ValidationError.single("lost_reason", SAY_WHY_LOST)
    now = utcnow()
    with database_proxy.atomic(), audit.tracking("deal", [deal.id], user_id=user_id):
        column = list(
            tuples(
                Deal.select(Deal.id, Deal.position)
                .where((Deal.stage == target.id) & (Deal.id != deal.id) & Deal.deleted_at.is_null())
                .order_by(Deal.position, Deal.id)
            )
        )
        at = 0 if index is None else max(0, min(index, len(column)))
        neighbours = [did for did, _ in column]
        if after_id is not None and after_id in neighbours:
            at = neighbours.index(after_id) + 1
        position = _position_between(column, at)
        if position is None:  # no room left between the neighbours: spread the column out
            ids = list(neighbours)
            ids.insert(at, deal.id)
            _renumber(ids)
            position = at * POSITION_GAP
        changes: dict[str, object] = {
            "stage": target.id,
            "position": position,
            "updated_at": now,
            "last_activity_at": now,
        }
        if target.id != deal.stage_id:
            changes |= {
                "stage_entered_at": now,
                "status": target.kind,
                "closed_at": now if target.kind != "open" else None,
                "lost_reason": lost_reason.strip() if target.kind == "lost" else "",
            }
            DealStageChange.create(
                deal=deal.id, from_stage=deal.stage_id, to_stage=target.id, changed_at=now, user=user_id
            )
        Deal.update(**changes).where(Deal.id == deal.id).execute()
    if target.id != deal.stage_id:
        events.emit("deal", deal.id)
    return Outcome(deal.id, Changes.of(*DEAL_CHANGES, customers=[deal.customer_id]))


def _renumber(deal_ids: Sequence[int], chunk: int = 300) -> None:
    """Give a column's deals positions POSITION_GAP apart, in this order: one UPDATE per chunk
    (a 500-card column took 500 single-row UPDATEs, a quarter of a second)."""
    for start in range(0, len(deal_ids), chunk):
        part = deal_ids[start : start + chunk]
        new_positions = Case(Deal.id, [(did, (start + i) * POSITION_GAP) for i, did in enumerate(part)])
        Deal.update(position=new_positions).where(Deal.id.in_(part)).execute()


def _position_between(column: Sequence[tuple[int, int]], at: int) -> int | None:
    """A position that sorts a card in at index ``at`` of ``column`` ((id, position) pairs).

    Positions are spaced :data:`POSITION_GAP` apart, so a drop writes one row;
    None means the neighbours are adjacent and the column must be renumbered.
    """
    before = column[at - 1][1] if at > 0 else None
    after = column[at][1] if at < len(column) else None
    if before is None and after is None:
        return 0
    if before is None:
        return after - POSITION_GAP  # type: ignore[operator]
    if after is None:
        return before + POSITION_GAP
    return (before + after) // 2 if after - before > 1 else None


def _closing_stage(pipeline_id: int, kind: str) -> Stage:
    stage = Stage.get_or_none((Stage.pipeline == pipeline_id) & (Stage.kind == kind))
    if stage is None:
        raise ValidationError.single("stage_id", NO_CLOSING_STAGE[kind])
    return stage


def mark_won(deal_id: int, *, user_id: int | None = None) -> Outcome[int]:
    deal = _deal(deal_id)
    return move_deal(deal_id, _closing_stage(deal.pipeline_id, "won").id, user_id=user_id)


def mark_lost(deal_id: int, reason: str, *, user_id: int | None = None) -> Outcome[int]:
    deal = _deal(deal_id)
    return move_deal(
        deal_id, _closing_stage(deal.pipeline_id, "lost").id, lost_reason=reason, user_id=user_id
    )


def step_deal(deal_id: int, step: int, *, user_id: int | None = None) -> Outcome[int]:
    """Move a deal to the next (+1) or previous (-1) open stage.

    From a won or lost stage, "previous" reopens the deal in the open stage
    just before it; "next" never closes a deal, nor moves it backwards.
    """
    deal = _deal(deal_id)
    ordered = stages(deal.pipeline_id)
    here = [s.id for s in ordered].index(deal.stage_id)
    ahead = ordered[here + 1 :] if step > 0 else ordered[:here][::-1]
    candidates = [s.id for s in ahead if s.kind == "open"]
    if step == 0 or not candidates:
        return Outcome(deal.id, Changes())
    return move_deal(deal_id, candidates[min(abs(step), len(candidates)) - 1], user_id=user_id)


def board(
    pipeline_id: int,
    *,
    owner_id: int | None = None,
    include_closed: bool = True,
    closed_since: datetime | None = None,
) -> list[Column]:
    """Every stage of a pipeline with its cards in order, counts and totals.

    ``closed_since`` keeps only won and lost deals closed at or after that
    time (naive UTC), so the Won and Lost columns show recent deals, not years.
    """
    columns = {s.id: Column(s.id, s.name, s.kind, s.probability) for s in stages(pipeline_id)}
    # Trashed customers as a (small) list rather than "customer.deleted_at IS NULL" on the join:
    # with that, SQLite walked 100,000 customers through the deleted_at index and looked up
    # each one's deals (4x slower on the 100k demo database).
    trashed = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))
    query = (
        Deal.select(
            Deal.id,
            Deal.title,
            Deal.customer,
            Customer.display_name,
            Deal.value_minor,
            Deal.currency,
            Deal.stage,
            Deal.stage_entered_at,
            Deal.last_activity_at,
            User.name,
        )
        .join(Customer)
        .switch(Deal)
        .join(User, JOIN.LEFT_OUTER, on=(Deal.owner == User.id))
        .where((Deal.pipeline == pipeline_id) & Deal.deleted_at.is_null() & Deal.customer.not_in(trashed))
        .order_by(Deal.stage, Deal.position, Deal.id)
    )
    if owner_id is not None:
        query = query.where(Deal.owner == owner_id)
    if not include_closed:
        query = query.where(Deal.status == "open")
    elif closed_since is not None:
        query = query.where((Deal.status == "open") | (Deal.closed_at >= closed_since))
    totals: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for did, title, cid, cname, value, cur, sid, entered, active, owner in tuples(query):
        column = columns.get(sid)
        if column is None:
            continue
        column.cards.append(Card(did, title, cid, cname, value, cur, entered, active, owner or ""))
        totals[sid][cur] += value
    for sid, by_currency in totals.items():
        columns[sid].totals = dict(by_currency)
    return list(columns.values())


# --- stage editor -----------------------------------------------------------


def add_stage(pipeline_id: int, name: str, probability: int, kind: str = "open") -> Outcome[int]:
    _validate_stage(name, probability, kind)
    with database_proxy.atomic():
        last = (
            Stage.select(fn.MAX(Stage.position))
            .where((Stage.pipeline == pipeline_id) & (Stage.kind == "open"))
            .scalar()
        )
        position = (last if last is not None else -1) + 1
        Stage.update(position=Stage.position + 1).where(
            (Stage.pipeline == pipeline_id) & (Stage.position >= position)
        ).execute()
        stage = Stage.create(
            pipeline=pipeline_id, name=name.strip(), probability=probability, kind=kind, position=position
        )
    return Outcome(stage.id, Changes.of("stage"))


def update_stage(stage_id: int, *, name: str, probability: int) -> Outcome[int]:
    stage = _stage(stage_id)
    _validate_stage(name, probability, stage.kind)
    Stage.update(name=name.strip(), probability=probability).where(Stage.id == stage_id).execute()
    return Outcome(stage_id, Changes.of("stage", "deal"))


def reorder_stages(pipeline_id: int, stage_ids: Sequence[int]) -> Outcome[int]:
    known = {s.id for s in stages(pipeline_id)}
    if set(stage_ids) != known:
        raise ValidationError.single("stage_ids", EVERY_STAGE_ONCE)
    with database_proxy.atomic():
        for position, sid in enumerate(stage_ids):
            Stage.update(position=position).where(Stage.id == sid).execute()
    return Outcome(pipeline_id, Changes.of("stage", "deal"))


def delete_stage(stage_id: int) -> Outcome[int]:
    stage = _stage(stage_id)
    if Deal.select().where(Deal.stage == stage_id).exists():
        name = default_pipeline.as_message(stage.name)
        raise ValidationError.single("stage_id", STAGE_HAS_DEALS.format(name=name))
    if (
        stage.kind != "open"
        and Stage.select().where((Stage.pipeline == stage.pipeline_id) & (Stage.kind == stage.kind)).count()
        == 1
    ):
        raise ValidationError.single("stage_id", NEEDS_CLOSING_STAGE[stage.kind])
    stage.delete_instance()
    return Outcome(stage_id, Changes.of("stage"))


def _validate_stage(name: str, probability: int, kind: str) -> None:
    errors = input_rules.check_lines(name=name)
    if not name.strip():
        errors.append(FieldError("name", STAGE_NEEDS_NAME))
    if not 0 <= probability <= 100:
        errors.append(FieldError("probability", PROBABILITY_RANGE))
    if kind not in STAGE_KINDS:
        errors.append(FieldError("kind", input_rules.not_one_of(kind, STAGE_KINDS)))
    if errors:
        raise ValidationError(errors)


def trash_deals(deal_ids: Sequence[int]) -> Outcome[list[int]]:
    return set_trashed(
        Deal, deal_ids, True, "deal", after=lambda ids, _c: audit.record("deal", ids, "trashed")
    )


def restore_deals(deal_ids: Sequence[int]) -> Outcome[list[int]]:
    return set_trashed(
        Deal, deal_ids, False, "deal", after=lambda ids, _c: audit.record("deal", ids, "restored")
    )
