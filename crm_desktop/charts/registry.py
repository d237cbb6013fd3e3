"""Every chart of the dashboard, in the order it is shown and printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.figure import Figure

from crm_desktop.charts.common import Targets
from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.charts.people import draw_channels, draw_rfm, draw_sources
from crm_desktop.charts.sales import draw_goals, draw_pipeline, draw_revenue, draw_win_rate
from crm_desktop.charts.style import new_figure
from crm_desktop.reports.dashboard import ReportBundle
from crm_desktop.reports.text import QT_TRANSLATE_NOOP

Draw = Callable[[Figure, ReportBundle, ChartFormat], Targets]


@dataclass(frozen=True)
class ChartSpec:
    id: str  # also the report kind whose records are the chart's CSV
    name: str  # English, for menus and file names; translated with fmt.tr
    draw: Draw


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("revenue-by-month", QT_TRANSLATE_NOOP("Charts", "Revenue by month"), draw_revenue),
    ChartSpec("pipeline", QT_TRANSLATE_NOOP("Charts", "Pipeline by stage"), draw_pipeline),
    ChartSpec("win-rate", QT_TRANSLATE_NOOP("Charts", "Won and lost deals"), draw_win_rate),
    ChartSpec("sources", QT_TRANSLATE_NOOP("Charts", "New customers by source"), draw_sources),
    ChartSpec("channels", QT_TRANSLATE_NOOP("Charts", "Interactions by channel"), draw_channels),
    ChartSpec("rfm", QT_TRANSLATE_NOOP("Charts", "Customer segments (RFM)"), draw_rfm),
    ChartSpec("goals", QT_TRANSLATE_NOOP("Charts", "Goals: actual against target"), draw_goals),
)
CHART_IDS = tuple(c.id for c in CHARTS)


def chart(chart_id: str) -> ChartSpec:
    for spec in CHARTS:
        if spec.id == chart_id:
            return spec
    raise KeyError(f"no chart '{chart_id}'; one of {', '.join(CHART_IDS)}")


def render(
    chart_id: str, bundle: ReportBundle, fmt: ChartFormat, size: tuple[float, float] | None = None
) -> tuple[Figure, Targets]:
    """A new figure with one chart drawn in it."""
    fig = new_figure(size) if size else new_figure()
    return fig, chart(chart_id).draw(fig, bundle, fmt)
