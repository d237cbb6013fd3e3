"""Demo work in progress: deals on the board, tasks, tickets.

Deals walk the pipeline the way :mod:`crm_desktop.services.pipeline` moves
them: one stage-history row per move, the deal's status, ``closed_at`` and
``stage_entered_at`` agreeing with its last move, and positions inside each
column spaced :data:`~crm_desktop.services.pipeline.POSITION_GAP` apart with
the most recent arrival on top.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from crm_desktop.demo import vocabulary as v
from crm_desktop.demo.activity import TAKA_PER_DOLLAR
from crm_desktop.demo.clock import DAY, HOUR, Clock, shop_time
from crm_desktop.demo.people import Person
from crm_desktop.domain import TICKET_STATUSES
from crm_desktop.services.pipeline import POSITION_GAP

DEAL_COLUMNS = (
    "id", "customer_id", "title", "value_minor", "currency", "pipeline_id", "stage_id", "position",
    "expected_close", "owner_id", "status", "closed_at", "lost_reason", "stage_entered_at",
    "last_activity_at", "created_at", "updated_at", "deleted_at",
)  # fmt: skip
STAGE_CHANGE_COLUMNS = ("id", "deal_id", "from_stage_id", "to_stage_id", "changed_at", "user_id")
TASK_COLUMNS = (
    "id", "title", "notes", "due_at", "done", "done_at", "priority", "customer_id", "deal_id",
    "assignee_id", "created_at", "deleted_at",
)  # fmt: skip
TICKET_COLUMNS = (
    "id", "customer_id", "kind", "subject", "body", "status", "priority", "assignee_id", "opened_at",
    "closed_at", "deleted_at",
)  # fmt: skip

TASK_BUCKETS = ("overdue", "today", "upcoming", "done")


@dataclass(frozen=True)
class StageInfo:
    id: int
    pipeline_id: int
    kind: str  # open | won | lost


@dataclass
class DealRows:
    deals: list[list[object]] = field(default_factory=list)
    changes: list[tuple[object, ...]] = field(default_factory=list)
    customers: list[int] = field(default_factory=list)  # each deal's customer, by deal index


def _pick_user(rng: random.Random, person: Person, user_ids: Sequence[int]) -> int | None:
    if person.owner_id is not None and rng.random() < 0.8:
        return person.owner_id
    return rng.choice(user_ids) if user_ids else None


def make_deals(
    rng: random.Random,
    people: Sequence[Person],
    count: int,
    stages: Sequence[StageInfo],
    first_id: int,
    first_change_id: int,
    user_ids: Sequence[int],
    clock: Clock,
) -> DealRows:
    """``count`` deals; the first ones sit in each stage in turn, so every stage has some."""
    out = DealRows()
    open_stages = [s for s in stages if s.kind == "open"]
    closing = {kind: next((s for s in stages if s.kind == kind), None) for kind in ("won", "lost")}
    if not people or not open_stages:
        return out
    change_id = first_change_id
    for n in range(count):
        deal_id = first_id + n
        if n < len(stages):
            target = stages[n]
        else:
            r = rng.random()
            won, lost = closing["won"], closing["lost"]
            if r < 0.4 and won is not None:
                target = won
            elif r < 0.65 and lost is not None:
                target = lost
            else:
                target = rng.choice(open_stages)
        if target.kind == "open":
            path = open_stages[: open_stages.index(target) + 1]
            start, limit = -int(rng.random() * 120 * DAY), -HOUR
        else:
            path = open_stages[: 1 + int(rng.random() * len(open_stages))] + [target]
            start = -int(rng.random() * 700 * DAY)
            limit = min(-HOUR, start + 90 * DAY)
        person = rng.choice(people)
        start = min(max(start, person.created + 60), -2 * HOUR)
        limit = max(limit, start + 60)
        moments = sorted([start] + [start + int(rng.random() * (limit - start)) for _ in path[1:]])
        user = _pick_user(rng, person, user_ids)
        previous: int | None = None
        for stage, t in zip(path, moments, strict=True):
            out.changes.append((change_id, deal_id, previous, stage.id, clock.at(t), user))
            change_id += 1
            previous = stage.id
        entered = moments[-1]
        lang = 1 if person.lang == "bn" else 0
        item = rng.choice(v.PRODUCTS)
        title = rng.choice(v.DEAL_TITLES)[lang].format(item=item[lang])
        taka = (item[2] + rng.random() * (item[3] - item[2])) * rng.randint(5, 60)
        currency = "USD" if person.lang == "foreign" and rng.random() < 0.7 else "BDT"
        value = round(taka * 100 / TAKA_PER_DOLLAR) if currency == "USD" else round(taka / 100) * 10_000
        if target.kind == "open":
            expected = clock.date_at(rng.randint(3, 60) * DAY)
            active = entered + int(rng.random() * (-entered))
            closed_at = None
            lost_reason = ""
        else:
            expected = clock.date_at(entered)
            active = entered
            closed_at = clock.at(entered)
            lost_reason = rng.choice(v.LOST_REASONS) if target.kind == "lost" else ""
        out.deals.append(
            [
                deal_id, person.id, title, value, currency, target.pipeline_id, target.id, 0, expected,
                user, target.kind, closed_at, lost_reason, clock.at(entered), clock.at(active),
                clock.at(start), clock.at(active), None,
            ]
        )  # fmt: skip
        out.customers.append(person.id)
    _stack_columns(out.deals)
    return out


def _stack_columns(deals: list[list[object]]) -> None:
    """Positions inside each stage: the deal that arrived last on top, POSITION_GAP apart."""
    stage_at, position_at, entered_at = DEAL_COLUMNS.index("stage_id"), 7, 13
    columns: dict[object, list[list[object]]] = defaultdict(list)
    for deal in deals:
        columns[deal[stage_at]].append(deal)
    for column in columns.values():
        column.sort(key=lambda d: (str(d[entered_at]), d[0]), reverse=True)
        for i, deal in enumerate(column):
            deal[position_at] = i * POSITION_GAP


def make_tasks(
    rng: random.Random,
    people: Sequence[Person],
    count: int,
    deals: DealRows,
    first_id: int,
    user_ids: Sequence[int],
    clock: Clock,
) -> list[tuple[object, ...]]:
    """Tasks in every bucket of the task list: overdue, today, upcoming, done."""
    rows: list[tuple[object, ...]] = []
    if not people:
        return rows
    for n in range(count):
        bucket = TASK_BUCKETS[n] if n < len(TASK_BUCKETS) else rng.choices(TASK_BUCKETS, (15, 10, 35, 40))[0]
        person = rng.choice(people)
        customer_id: int | None = person.id
        deal_id = None
        if deals.deals and rng.random() < 0.2:
            k = rng.randrange(len(deals.deals))
            deal_id, customer_id = deals.deals[k][0], deals.customers[k]
        elif rng.random() < 0.05:
            customer_id = None  # a task about the shop itself
        lang = 1 if person.lang == "bn" else 0
        item = rng.choice(v.PRODUCTS)[lang]
        title = rng.choice(v.TASK_TITLES)[lang].format(item=item)
        done, done_at = 0, None
        if bucket == "overdue":
            due: int | None = shop_time(-1 - int(rng.random() * 20), rng.random())
        elif bucket == "today":
            due = 10 * HOUR + int(rng.random() * 13 * HOUR)  # later today, UTC
        elif bucket == "upcoming":
            due = None if rng.random() < 0.15 else shop_time(1 + int(rng.random() * 30), rng.random())
        else:
            due = shop_time(-1 - int(rng.random() * 300), rng.random())
            done, done_at = 1, clock.at(min(due + int(rng.random() * 2 * DAY), -HOUR))
        created = min(due if due is not None else 0, 0) - int(rng.random() * 10 * DAY) - HOUR
        rows.append(
            (
                first_id + n, title, "", clock.at(due) if due is not None else None, done, done_at,
                rng.choice((0, 1, 1, 1, 2)), customer_id, deal_id, _pick_user(rng, person, user_ids),
                clock.at(created), None,
            )
        )  # fmt: skip
    return rows


def make_tickets(
    rng: random.Random,
    people: Sequence[Person],
    count: int,
    first_id: int,
    user_ids: Sequence[int],
    clock: Clock,
) -> list[tuple[object, ...]]:
    """Complaints and requests in every status; closed ones have ``closed_at``."""
    rows: list[tuple[object, ...]] = []
    if not people:
        return rows
    for n in range(count):
        status = (
            TICKET_STATUSES[n]
            if n < len(TICKET_STATUSES)
            else rng.choices(TICKET_STATUSES, (20, 15, 30, 35))[0]
        )
        person = rng.choice(people)
        kind, english, bengali = rng.choice(v.TICKET_SUBJECTS)
        bn = person.lang == "bn"
        recent = status in ("open", "in_progress")
        opened = max(-int(rng.random() * (30 if recent else 180) * DAY), person.created + 60)
        opened = min(opened, -2 * HOUR)
        closed_at = None
        if not recent:
            closed_at = clock.at(min(opened + int(rng.random() * 10 * DAY), -HOUR))
        rows.append(
            (
                first_id + n, person.id, kind, bengali if bn else english, "", status,
                rng.choice((0, 1, 1, 2)), _pick_user(rng, person, user_ids), clock.at(opened), closed_at,
                None,
            )
        )  # fmt: skip
    return rows
