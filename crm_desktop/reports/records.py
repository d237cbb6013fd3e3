"""Reports as flat records: the rows of a CSV file and the objects of ``--json``.

Machine form, the same in every language: months "YYYY-MM", amounts as
decimal strings in major units ("1234.50", refunds "-150.00"), ratios as
plain numbers (0.25), dates ISO 8601. Each function returns a list of dicts
whose keys are the CSV's header.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from crm_desktop.money import Money, is_known_currency
from crm_desktop.reports.activity import ChannelReport, TicketSummary
from crm_desktop.reports.customers import CustomerValue, NewCustomersReport
from crm_desktop.reports.goals import GoalProgress
from crm_desktop.reports.pipeline import ConversionStep, StageRow, WinRateReport
from crm_desktop.reports.revenue import RevenueReport
from crm_desktop.reports.rfm import SEGMENTS, RfmScore, RfmSummary

Record = dict[str, Any]


def amount(minor: int | None, currency: str) -> str | None:
    """Minor units as a decimal string in major units; an unknown code is taken as 2 digits."""
    if minor is None:
        return None
    if is_known_currency(currency):
        return Money(minor, currency).to_decimal_string()
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}{whole}.{cents:02d}"


def _ratio(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _when(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(sep=" ")


def revenue_records(report: RevenueReport) -> list[Record]:
    return [
        {
            "month": r.month,
            "currency": r.currency,
            "total": amount(r.total_minor, r.currency),
            "count": r.count,
            "source": r.source,
            "refunds": amount(r.refunds_minor, r.currency),
            "refund_count": r.refund_count,
            "average": amount(r.average_minor, r.currency),
        }
        for r in report.rows
    ]


def stage_records(stages: Sequence[StageRow]) -> list[Record]:
    out = []
    for s in stages:
        currencies: list[str | None] = list(s.totals) or [None]
        for cur in currencies:
            out.append(
                {
                    "pipeline": s.pipeline_name,
                    "stage_id": s.stage_id,
                    "stage": s.name,
                    "kind": s.kind,
                    "probability": s.probability,
                    "count": s.count,
                    "currency": cur,
                    "total": amount(s.totals[cur], cur) if cur else "0",
                    "weighted": amount(s.weighted[cur], cur) if cur else "0",
                }
            )
    return out


def conversion_records(steps: Sequence[ConversionStep]) -> list[Record]:
    return [
        {
            "stage_id": s.stage_id,
            "stage": s.name,
            "kind": s.kind,
            "reached": s.reached,
            "rate": _ratio(s.rate),
        }
        for s in steps
    ]


def win_rate_records(report: WinRateReport) -> list[Record]:
    return [
        {
            "month": r.month,
            "won": r.won,
            "lost": r.lost,
            "win_rate": _ratio(r.win_rate),
            "avg_days_to_close": _ratio(r.avg_days_to_close, 1),
        }
        for r in report.rows
    ]


def new_customer_records(report: NewCustomersReport) -> list[Record]:
    return [{"month": r.month, "source": r.source, "count": r.count} for r in report.rows]


def source_records(report: NewCustomersReport) -> list[Record]:
    return [{"source": source, "count": n} for source, n in report.by_source()]


def channel_records(report: ChannelReport) -> list[Record]:
    return [{"month": r.month, "channel": r.channel, "count": r.count} for r in report.rows]


def ticket_records(summary: TicketSummary) -> list[Record]:
    return [{"month": m.month, "opened": m.opened, "resolved": m.resolved} for m in summary.months]


def ticket_summary_record(summary: TicketSummary) -> Record:
    return {
        "opened": summary.opened,
        "resolved": summary.resolved,
        "open_now": summary.open_now,
        "avg_resolution_hours": _ratio(summary.avg_resolution_hours, 1),
        "months": ticket_records(summary),
    }


def segment_records(summary: RfmSummary) -> list[Record]:
    return [
        {
            "segment": s.segment,
            "name": SEGMENTS[s.segment],
            "count": s.count,
            "currency": summary.currency,
            "monetary": amount(s.monetary_minor, summary.currency),
        }
        for s in summary.segments
    ]


def rfm_customer_records(scores: Sequence[RfmScore], currency: str) -> list[Record]:
    return [
        {
            "customer_id": s.customer_id,
            "name": s.name,
            "recency_days": s.recency_days,
            "frequency": s.frequency,
            "monetary": amount(s.monetary_minor, currency),
            "r": s.r,
            "f": s.f,
            "m": s.m,
            "segment": s.segment,
        }
        for s in scores
    ]


def top_customer_records(customers: Sequence[CustomerValue]) -> list[Record]:
    return [
        {
            "customer_id": c.customer_id,
            "name": c.name,
            "currency": c.currency,
            "lifetime_value": amount(c.lifetime_minor, c.currency),
            "last_purchase_at": _when(c.last_purchase_at),
        }
        for c in customers
    ]


def goal_records(goals: Sequence[GoalProgress]) -> list[Record]:
    def value(g: GoalProgress, minor: int) -> str | int | None:
        return amount(minor, g.currency) if g.metric == "revenue" else minor

    return [
        {
            "month": g.month,
            "metric": g.metric,
            "currency": g.currency if g.metric == "revenue" else None,
            "target": value(g, g.target),
            "actual": value(g, g.actual),
            "ratio": _ratio(g.ratio),
        }
        for g in goals
    ]


def table(
    records: Sequence[Record], headers: Sequence[str] | None = None
) -> tuple[list[str], list[list[Any]]]:
    """(headers, rows) for a CSV writer; the headers are the records' keys."""
    keys = list(headers) if headers is not None else (list(records[0]) if records else [])
    return keys, [[r.get(k) for k in keys] for r in records]
