"""Report numbers: pure functions over the store, computed with SQL aggregation.

No Qt and no matplotlib here: each function takes a :class:`Period` (local
calendar days, with the zone's offset from UTC) and returns plain
dataclasses. Charts (:mod:`crm_desktop.charts`), the window and the command
line draw and print them. Money is always integer minor units per currency;
different currencies are never added together.
"""

from __future__ import annotations

from crm_desktop.reports.activity import (
    ChannelReport,
    TicketSummary,
    customers_on_channel,
    interactions_by_channel,
    tickets_summary,
)
from crm_desktop.reports.customers import (
    CustomerValue,
    NewCustomersReport,
    SlippingAway,
    customers_from_source,
    customers_joined_in,
    customers_who_bought_in,
    new_customers,
    slipping_away,
    slipping_away_ids,
    top_customers,
)
from crm_desktop.reports.dashboard import Kpis, ReportBundle, build_bundle, dashboard
from crm_desktop.reports.drilldown import DrillTarget, customers_for
from crm_desktop.reports.goals import GoalProgress, goals_progress
from crm_desktop.reports.period import PRESETS, Period, local_utc_offset_minutes
from crm_desktop.reports.pipeline import (
    ConversionStep,
    StageRow,
    WinRateReport,
    customers_closed_in,
    customers_in_stage,
    pipeline_by_stage,
    stage_conversion,
    win_rate_by_month,
)
from crm_desktop.reports.revenue import RevenueReport, RevenueRow, revenue_by_month
from crm_desktop.reports.rfm import (
    SEGMENTS,
    RfmScore,
    RfmSummary,
    customers_in_segment,
    rfm_scores,
    rfm_summary,
    segment_for,
)

__all__ = [
    "PRESETS",
    "SEGMENTS",
    "ChannelReport",
    "ConversionStep",
    "CustomerValue",
    "DrillTarget",
    "GoalProgress",
    "Kpis",
    "NewCustomersReport",
    "Period",
    "ReportBundle",
    "RevenueReport",
    "RevenueRow",
    "RfmScore",
    "RfmSummary",
    "SlippingAway",
    "StageRow",
    "TicketSummary",
    "WinRateReport",
    "build_bundle",
    "customers_closed_in",
    "customers_for",
    "customers_from_source",
    "customers_in_segment",
    "customers_in_stage",
    "customers_joined_in",
    "customers_on_channel",
    "customers_who_bought_in",
    "dashboard",
    "goals_progress",
    "interactions_by_channel",
    "local_utc_offset_minutes",
    "new_customers",
    "pipeline_by_stage",
    "revenue_by_month",
    "rfm_scores",
    "rfm_summary",
    "segment_for",
    "slipping_away",
    "slipping_away_ids",
    "stage_conversion",
    "tickets_summary",
    "top_customers",
    "win_rate_by_month",
]
