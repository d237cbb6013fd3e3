"""The pipeline: what is in each stage, how deals move on, how many are won.

* :func:`pipeline_by_stage` — open stages show the deals open *now* (a
  snapshot, whatever the period); won and lost stages show the deals closed
  *in the period*. Value totals are per currency; the weighted value is the
  total times the stage's probability, rounded half up to a minor unit.
* :func:`stage_conversion` — the deals created in the period, and how far
  each got, read from the stage history (``deal_stage_change``). A deal that
  skipped a stage still counts as having passed it; reaching the won stage
  counts as passing every open stage. ``rate`` is the share of the deals that
  reached the previous step which also reached this one.
* :func:`win_rate_by_month` — deals closed each month, won and lost; the win
  rate is won / (won + lost); the average time to close is the days from a
  won deal's creation to its close.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from peewee import JOIN, Case, Expression, fn

from crm_desktop.db.models import Deal, DealStageChange, Pipeline, Stage, tuples
from crm_desktop.reports.period import Period
from crm_desktop.reports.revenue import div_round
from crm_desktop.reports.sql import days_between, in_period, live_customer, month_of

WON_RANK = 1_000_000  # the won stage sorts after every open stage, wherever it is placed


@dataclass(frozen=True)
class StageRow:
    stage_id: int
    pipeline_id: int
    pipeline_name: str
    name: str
    kind: str  # open | won | lost
    probability: int  # percent
    count: int = 0
    totals: dict[str, int] = field(default_factory=dict)  # currency -> minor units

    @property
    def weighted(self) -> dict[str, int]:
        return {cur: div_round(total * self.probability, 100) for cur, total in self.totals.items()}


def _stages() -> list[tuple[int, int, str, str, str, int]]:
    query = (
        Stage.select(Stage.id, Stage.pipeline, Pipeline.name, Stage.name, Stage.kind, Stage.probability)
        .join(Pipeline)
        .order_by(Pipeline.position, Pipeline.id, Stage.position, Stage.id)
    )
    return list(tuples(query))


def _live_deal() -> Expression:
    return Deal.deleted_at.is_null() & live_customer(Deal.customer)


def pipeline_by_stage(period: Period) -> list[StageRow]:
    """Every stage of every pipeline, in board order, with its deals' count and value."""
    query = (
        Deal.select(Deal.stage, Deal.currency, fn.COUNT(Deal.id), fn.SUM(Deal.value_minor))
        .where(_live_deal() & _in_scope(period))
        .group_by(Deal.stage, Deal.currency)
    )
    counts: dict[int, int] = defaultdict(int)
    totals: dict[int, dict[str, int]] = defaultdict(dict)
    for stage_id, currency, n, total in tuples(query):
        counts[stage_id] += int(n)
        totals[stage_id][currency] = int(total)
    return [
        StageRow(sid, pid, pname, name, kind, prob, counts.get(sid, 0), totals.get(sid, {}))
        for sid, pid, pname, name, kind, prob in _stages()
    ]


@dataclass(frozen=True)
class ConversionStep:
    stage_id: int
    pipeline_id: int
    name: str
    kind: str  # open | won
    reached: int  # deals of the cohort that got at least this far
    rate: float | None  # reached / reached at the previous step (None for the first step)


def _funnel_order(
    stages: list[tuple[int, int, str, str, str, int]],
) -> list[tuple[int, int, str, str, str, int]]:
    """Open stages in board order, then the won stage, pipeline by pipeline; lost left out."""
    pipelines = list(dict.fromkeys(s[1] for s in stages))
    kept = [s for s in stages if s[4] != "lost"]
    return sorted(kept, key=lambda s: (pipelines.index(s[1]), s[4] == "won"))


def stage_conversion(period: Period) -> list[ConversionStep]:
    """The funnel of the deals created in the period (see the module docstring)."""
    rank = Case(None, [(Stage.kind == "won", WON_RANK)], Stage.position)
    furthest = (
        DealStageChange.select(
            DealStageChange.deal.alias("deal_id"),
            Deal.pipeline.alias("pipeline_id"),
            fn.MAX(rank).alias("reach"),
        )
        .join(Stage, on=(DealStageChange.to_stage == Stage.id))
        .join_from(DealStageChange, Deal, on=(DealStageChange.deal == Deal.id))
        .where((Stage.kind != "lost") & in_period(Deal.created_at, period) & _live_deal())
        .group_by(DealStageChange.deal)
    ).cte("furthest")
    query = (
        Stage.select(Stage.id, fn.COUNT(furthest.c.deal_id))
        .join(
            furthest,
            JOIN.LEFT_OUTER,
            on=((furthest.c.pipeline_id == Stage.pipeline) & (furthest.c.reach >= rank)),
        )
        .where(Stage.kind != "lost")
        .group_by(Stage.id)
        .with_cte(furthest)
    )
    reached = {sid: int(n) for sid, n in tuples(query)}
    steps: list[ConversionStep] = []
    previous: dict[int, int] = {}
    for sid, pid, _pname, name, kind, _prob in _funnel_order(_stages()):
        n = reached.get(sid, 0)
        before = previous.get(pid)
        rate = None if not before else n / before
        steps.append(ConversionStep(sid, pid, name, kind, n, rate))
        previous[pid] = n
    return steps


@dataclass(frozen=True)
class WinRateRow:
    month: str
    won: int
    lost: int
    avg_days_to_close: float | None  # over the month's won deals

    @property
    def closed(self) -> int:
        return self.won + self.lost

    @property
    def win_rate(self) -> float | None:
        return self.won / self.closed if self.closed else None


@dataclass(frozen=True)
class WinRateReport:
    period: Period
    rows: list[WinRateRow]  # one per month of the period

    @property
    def won(self) -> int:
        return sum(r.won for r in self.rows)

    @property
    def lost(self) -> int:
        return sum(r.lost for r in self.rows)

    @property
    def win_rate(self) -> float | None:
        closed = self.won + self.lost
        return self.won / closed if closed else None

    @property
    def avg_days_to_close(self) -> float | None:
        """Over every won deal of the period (each month weighted by its deals)."""
        known = [(r.avg_days_to_close, r.won) for r in self.rows if r.avg_days_to_close is not None]
        count = sum(n for _, n in known)
        return sum(days * n for days, n in known) / count if count else None


def win_rate_by_month(period: Period) -> WinRateReport:
    """Won and lost deals by the month they were closed; average days to close a won deal."""
    month = month_of(Deal.closed_at, period)
    won = Deal.status == "won"
    query = (
        Deal.select(
            month,
            fn.SUM(Case(None, [(won, 1)], 0)),
            fn.SUM(Case(None, [(won, 0)], 1)),
            fn.AVG(Case(None, [(won, days_between(Deal.closed_at, Deal.created_at))], None)),
        )
        .where(Deal.status.in_(["won", "lost"]) & in_period(Deal.closed_at, period) & _live_deal())
        .group_by(month)
    )
    found = {m: (int(w), int(lo), days) for m, w, lo, days in tuples(query)}
    rows = []
    for m in period.months:
        w, lo, days = found.get(m, (0, 0, None))
        rows.append(WinRateRow(m, w, lo, float(days) if days is not None else None))
    return WinRateReport(period, rows)


def _in_scope(period: Period) -> Expression:
    """Open deals now, and closed deals closed in the period (what :func:`pipeline_by_stage` counts)."""
    return (Deal.status == "open") | ((Deal.status != "open") & in_period(Deal.closed_at, period))


def customers_in_stage(stage_id: int, period: Period) -> frozenset[int]:
    """The customers of the deals :func:`pipeline_by_stage` counts in ``stage_id``."""
    query = (
        Deal.select(Deal.customer)
        .distinct()
        .where((Deal.stage == stage_id) & _live_deal() & _in_scope(period))
    )
    return frozenset(cid for (cid,) in tuples(query))


def customers_closed_in(month: str, status: str, utc_offset_minutes: int = 0) -> frozenset[int]:
    """The customers with a deal closed as ``status`` (won | lost) in the local month "YYYY-MM"."""
    if status not in ("won", "lost"):
        raise ValueError(f"status must be 'won' or 'lost', not {status!r}")
    period = Period.month(month, utc_offset_minutes)
    query = (
        Deal.select(Deal.customer)
        .distinct()
        .where((Deal.status == status) & in_period(Deal.closed_at, period) & _live_deal())
    )
    return frozenset(cid for (cid,) in tuples(query))
