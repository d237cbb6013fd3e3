"""Charts of customers: where new ones came from, how they are contacted, RFM segments."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from crm_desktop.charts.common import (
    Targets,
    count_axis,
    empty,
    headroom,
    label_bars,
    legend_columns,
    pickable,
    title,
)
from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.charts.sales import month_axis
from crm_desktop.charts.style import AMBER, BLUE, GREEN, LIGHT_BLUE, PALETTE, RED, SLATE, VIOLET
from crm_desktop.reports.dashboard import ReportBundle
from crm_desktop.reports.drilldown import DrillTarget
from crm_desktop.reports.rfm import SEGMENTS
from crm_desktop.reports.text import QT_TRANSLATE_NOOP

MAX_SOURCES = 8
MAX_CHANNELS = 5  # the busiest; the rest are stacked as "Other"

SEGMENT_COLOURS = {
    "champions": GREEN,
    "loyal": GREEN,
    "potential_loyalist": BLUE,
    "new": BLUE,
    "promising": LIGHT_BLUE,
    "needs_attention": AMBER,
    "at_risk": RED,
    "cant_lose": RED,
    "hibernating": SLATE,
    "lost": SLATE,
}


def _share(fmt: ChartFormat, n: int, total: int) -> str:
    return f"{fmt.number(n)} · {fmt.percent(n / total)}" if total and n else ""


def draw_sources(fig: Figure, bundle: ReportBundle, fmt: ChartFormat) -> Targets:
    fig.clear()
    report = bundle.new_customers
    targets: Targets = {}
    heading = fmt.tr(QT_TRANSLATE_NOOP("Charts", "New customers by source"))
    sources = report.by_source()
    if not sources:
        empty(fig, fmt.tr(QT_TRANSLATE_NOOP("Charts", "No new customers in this period.")))
        title(fig, heading)
        return targets
    shown = sources[:MAX_SOURCES]
    rest = sum(n for _, n in sources[MAX_SOURCES:])
    names = [s or fmt.tr(QT_TRANSLATE_NOOP("Charts", "(no source)")) for s, _ in shown]
    counts = [n for _, n in shown]
    drill: list[DrillTarget | None] = [
        DrillTarget("source", s, name) for (s, _), name in zip(shown, names, strict=True)
    ]
    if rest:
        names.append(fmt.tr(QT_TRANSLATE_NOOP("Charts", "Other sources")))
        counts.append(rest)
        drill.append(None)
    ax = fig.add_subplot()
    y = np.arange(len(names))
    bars = ax.barh(y, counts, 0.62, color=[BLUE] * len(shown) + [SLATE] * bool(rest))
    pickable(bars, drill, targets)
    label_bars(ax, bars, [_share(fmt, n, report.total) for n in counts])
    ax.set_yticks(y, names)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    count_axis(ax, fmt, axis="x")
    headroom(ax, 1.3, axis="x")
    caption = fmt.tr(QT_TRANSLATE_NOOP("Charts", "{count} new customers in the period")).format(
        count=fmt.number(report.total)
    )
    title(fig, heading, caption)
    return targets


def draw_channels(fig: Figure, bundle: ReportBundle, fmt: ChartFormat) -> Targets:
    fig.clear()
    report = bundle.channels
    targets: Targets = {}
    heading = fmt.tr(QT_TRANSLATE_NOOP("Charts", "Interactions by channel"))
    channels = report.channels()
    if not channels:
        empty(
            fig,
            fmt.tr(QT_TRANSLATE_NOOP("Charts", "No calls, messages or visits were logged in this period.")),
        )
        title(fig, heading)
        return targets
    shown = [c for c, _ in channels[:MAX_CHANNELS]]
    months = report.period.months
    x = np.arange(len(months))
    ax = fig.add_subplot()
    bottom = np.zeros(len(months))
    handles = []
    colours = [BLUE, VIOLET, GREEN, AMBER, RED]
    for channel, colour in zip(shown, colours, strict=False):
        values = np.array(report.series(channel), dtype=float)
        bars = ax.bar(x, values, 0.66, bottom=bottom, color=colour)
        drill = DrillTarget("channel", channel, fmt.channel(channel))
        pickable(bars, [drill if v else None for v in values], targets)
        bottom += values
        handles.append(Patch(color=colour, label=fmt.channel(channel)))
    others = [c for c, _ in channels[MAX_CHANNELS:]]
    if others:
        values = np.array(
            [sum(col) for col in zip(*(report.series(c) for c in others), strict=True)], dtype=float
        )
        ax.bar(x, values, 0.66, bottom=bottom, color=PALETTE[-1])
        handles.append(Patch(color=PALETTE[-1], label=fmt.tr(QT_TRANSLATE_NOOP("Charts", "Other"))))
    count_axis(ax, fmt)
    headroom(ax, 1.05)
    month_axis(ax, months, fmt)
    columns = legend_columns(fig, [str(h.get_label()) for h in handles])
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=columns, borderaxespad=0.2)
    caption = fmt.tr(QT_TRANSLATE_NOOP("Charts", "{count} interactions in the period")).format(
        count=fmt.number(report.total)
    )
    title(fig, heading, caption)
    return targets


def draw_rfm(fig: Figure, bundle: ReportBundle, fmt: ChartFormat) -> Targets:
    fig.clear()
    summary = bundle.rfm
    targets: Targets = {}
    heading = fmt.tr(QT_TRANSLATE_NOOP("Charts", "Customer segments (RFM)"))
    if not summary.customers:
        empty(
            fig,
            fmt.tr(
                QT_TRANSLATE_NOOP("Charts", "Nobody bought in this period, so there is nobody to segment.")
            ),
        )
        title(fig, heading)
        return targets
    segments = summary.segments
    names = [fmt.tr(SEGMENTS[s.segment], "Segments") for s in segments]
    ax = fig.add_subplot()
    y = np.arange(len(segments))
    bars = ax.barh(y, [s.count for s in segments], 0.66, color=[SEGMENT_COLOURS[s.segment] for s in segments])
    pickable(
        bars,
        [DrillTarget("segment", s.segment, name, summary.currency) if s.count else None
         for s, name in zip(segments, names, strict=True)],
        targets,
    )  # fmt: skip
    label_bars(ax, bars, [_share(fmt, s.count, summary.customers) for s in segments])
    ax.set_yticks(y, names)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    count_axis(ax, fmt, axis="x")
    headroom(ax, 1.3, axis="x")
    caption = fmt.tr(
        QT_TRANSLATE_NOOP(
            "Charts", "{count} customers who bought in the period, by recency, frequency and spend"
        )
    ).format(count=fmt.number(summary.customers))
    title(fig, heading, caption)
    return targets
