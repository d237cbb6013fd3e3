"""The report kinds the command line and the CSV export know, by name.

Each kind takes its records from a :class:`ReportBundle` (computed once),
so the command line, the window's CSV export and the PDF agree on every
number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crm_desktop.reports import records as rec
from crm_desktop.reports.dashboard import ReportBundle


@dataclass(frozen=True)
class ReportKind:
    name: str
    headers: tuple[str, ...]
    records: Callable[[ReportBundle], list[rec.Record]]


KINDS: dict[str, ReportKind] = {
    k.name: k
    for k in (
        ReportKind(
            "revenue-by-month",
            ("month", "currency", "total", "count", "source", "refunds", "refund_count", "average"),
            lambda b: rec.revenue_records(b.revenue),
        ),
        ReportKind(
            "pipeline",
            (
                "pipeline",
                "stage_id",
                "stage",
                "kind",
                "probability",
                "count",
                "currency",
                "total",
                "weighted",
            ),
            lambda b: rec.stage_records(b.stages),
        ),
        ReportKind(
            "conversion",
            ("stage_id", "stage", "kind", "reached", "rate"),
            lambda b: rec.conversion_records(b.conversion),
        ),
        ReportKind(
            "win-rate",
            ("month", "won", "lost", "win_rate", "avg_days_to_close"),
            lambda b: rec.win_rate_records(b.win_rate),
        ),
        ReportKind(
            "new-customers",
            ("month", "source", "count"),
            lambda b: rec.new_customer_records(b.new_customers),
        ),
        ReportKind("sources", ("source", "count"), lambda b: rec.source_records(b.new_customers)),
        ReportKind(
            "channels",
            ("month", "channel", "count"),
            lambda b: rec.channel_records(b.channels),
        ),
        ReportKind("tickets", ("month", "opened", "resolved"), lambda b: rec.ticket_records(b.tickets)),
        ReportKind(
            "rfm",
            ("segment", "name", "count", "currency", "monetary"),
            lambda b: rec.segment_records(b.rfm),
        ),
        ReportKind(
            "top-customers",
            ("customer_id", "name", "currency", "lifetime_value", "last_purchase_at"),
            lambda b: rec.top_customer_records(b.top_customers),
        ),
        ReportKind(
            "goals",
            ("month", "metric", "currency", "target", "actual", "ratio"),
            lambda b: rec.goal_records(b.goals),
        ),
    )
}

RFM_CUSTOMER_HEADERS = (
    "customer_id",
    "name",
    "recency_days",
    "frequency",
    "monetary",
    "r",
    "f",
    "m",
    "segment",
)


def report_table(kind: str, bundle: ReportBundle) -> tuple[list[str], list[list[object]]]:
    """(headers, rows) of one kind, ready for :func:`crm_desktop.io.csv_writer.write_csv`."""
    spec = KINDS[kind]
    return rec.table(spec.records(bundle), spec.headers)
