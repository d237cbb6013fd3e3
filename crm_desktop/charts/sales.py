"""Charts of money and deals: revenue by month, the pipeline, wins and losses, goals.

Each ``draw_*`` function clears ``fig``, draws into it, and returns the
clickable bars with the :class:`DrillTarget` each stands for.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from crm_desktop.charts.common import (
    Targets,
    count_axis,
    empty,
    headroom,
    label_bars,
    legend_columns,
    money_axis,
    pickable,
    thin,
    title,
)
from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.charts.style import AMBER, BLUE, GREEN, LIGHT_BLUE, MUTED, RED, SLATE, TEXT, VIOLET
from crm_desktop.db.models import DEFAULT_CURRENCY
from crm_desktop.default_pipeline import display_name
from crm_desktop.reports.dashboard import ReportBundle
from crm_desktop.reports.drilldown import DrillTarget
from crm_desktop.reports.text import QT_TRANSLATE_NOOP

MAX_CURRENCY_PANELS = 2


def month_axis(ax: Axes, months: list[str], fmt: ChartFormat) -> None:
    """Month names under the bars; where they would collide, only every few are named."""
    labels = thin(fmt.month_ticks(months), ax, fontsize=9)
    ax.set_xticks(np.arange(len(months)), labels)
    ax.set_xlim(-0.6, len(months) - 0.4)


def _shown_currencies(bundle: ReportBundle) -> list[str]:
    report = bundle.revenue
    used = [
        c
        for c in report.currencies()
        if any(r.total_minor or r.count for r in report.rows if r.currency == c)
    ]
    return used or [DEFAULT_CURRENCY]


def draw_revenue(fig: Figure, bundle: ReportBundle, fmt: ChartFormat) -> Targets:
    fig.clear()
    report = bundle.revenue
    targets: Targets = {}
    currencies = _shown_currencies(bundle)
    shown = currencies[:MAX_CURRENCY_PANELS]
    months = report.months
    x = np.arange(len(months))
    width = 0.4
    axes = fig.subplots(len(shown), 1, sharex=True, squeeze=False)[:, 0]
    for ax, currency in zip(axes, shown, strict=True):
        purchases = report.series("purchases", currency)
        deals = report.series("deals", currency)
        sold = ax.bar(x - width / 2, [r.total_minor for r in purchases], width, color=BLUE)
        won = ax.bar(x + width / 2, [r.total_minor for r in deals], width, color=VIOLET)
        pickable(
            sold,
            [
                DrillTarget("bought_in", r.month, fmt.month(r.month), currency) if r.count else None
                for r in purchases
            ],
            targets,
        )
        pickable(
            won,
            [DrillTarget("won_in", r.month, fmt.month(r.month)) if r.count else None for r in deals],
            targets,
        )
        amounts = [fmt.money_compact(r.total_minor, currency) if r.total_minor else "" for r in purchases]
        label_bars(ax, sold, thin(amounts, ax))
        money_axis(ax, currency, fmt)
        ax.axhline(0, color=MUTED, linewidth=0.8)
        headroom(ax)
        if len(shown) > 1:
            ax.set_ylabel(currency)
    month_axis(axes[-1], months, fmt)
    axes[0].legend(
        handles=[
            Patch(color=BLUE, label=fmt.tr(QT_TRANSLATE_NOOP("Charts", "Purchases, net of refunds"))),
            Patch(color=VIOLET, label=fmt.tr(QT_TRANSLATE_NOOP("Charts", "Won deals"))),
        ],
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        ncols=2,
        borderaxespad=0.2,
    )
    main = shown[0]
    subtitle = fmt.tr(QT_TRANSLATE_NOOP("Charts", "Purchases {purchases} · won deals {deals}")).format(
        purchases=fmt.money(report.total("purchases", main), main),
        deals=fmt.money(report.total("deals", main), main),
    )
    if len(currencies) > len(shown):
        subtitle += " · " + fmt.tr(QT_TRANSLATE_NOOP("Charts", "also in {codes} (see the CSV)")).format(
            codes=", ".join(currencies[len(shown) :])
        )
    title(fig, fmt.tr(QT_TRANSLATE_NOOP("Charts", "Revenue by month")), subtitle)
    return targets


def _deal_count(fmt: ChartFormat, n: int) -> str:
    if n == 1:
        return fmt.tr(QT_TRANSLATE_NOOP("Charts", "1 deal"))
    return fmt.tr(QT_TRANSLATE_NOOP("Charts", "{count} deals")).format(count=fmt.number(n))


def draw_pipeline(fig: Figure, bundle: ReportBundle, fmt: ChartFormat) -> Targets:
    fig.clear()
    stages = bundle.stages
    targets: Targets = {}
    ax = fig.add_subplot()
    several = len({s.pipeline_id for s in stages}) > 1
    names = [
        f"{display_name(s.pipeline_name, fmt.translate)} · {display_name(s.name, fmt.translate)}"
        if several
        else display_name(s.name, fmt.translate)
        for s in stages
    ]
    y = np.arange(len(stages))
    cur = DEFAULT_CURRENCY
    colours = {"open": LIGHT_BLUE, "won": GREEN, "lost": RED}
    totals = ax.barh(y, [s.totals.get(cur, 0) for s in stages], 0.62, color=[colours[s.kind] for s in stages])
    weighted = ax.barh(
        y, [s.weighted.get(cur, 0) if s.kind == "open" else 0 for s in stages], 0.62, color=BLUE
    )
    drill = [
        DrillTarget("stage", s.stage_id, name) if s.count else None
        for s, name in zip(stages, names, strict=True)
    ]
    pickable(totals, drill, targets)
    pickable(weighted, drill, targets)
    labels = []
    for s in stages:
        parts = [_deal_count(fmt, s.count)]
        parts += [fmt.money(v, c) for c, v in sorted(s.totals.items(), key=lambda kv: kv[0] != cur) if v]
        labels.append(" · ".join(parts) if s.count else "")
    label_bars(ax, totals, labels)
    ax.set_yticks(y, names)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    money_axis(ax, cur, fmt, axis="x")
    headroom(ax, 1.6, axis="x")
    handles = [
        Patch(color=LIGHT_BLUE, label=fmt.tr(QT_TRANSLATE_NOOP("Charts", "Open value"))),
        Patch(color=BLUE, label=fmt.tr(QT_TRANSLATE_NOOP("Charts", "Weighted by probability"))),
        Patch(color=GREEN, label=fmt.tr(QT_TRANSLATE_NOOP("Charts", "Won"))),
        Patch(color=RED, label=fmt.tr(QT_TRANSLATE_NOOP("Charts", "Lost"))),
    ]
    ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        ncols=legend_columns(fig, [str(h.get_label()) for h in handles]),
        borderaxespad=0.2,
    )
    title(
        fig,
        fmt.tr(QT_TRANSLATE_NOOP("Charts", "Pipeline by stage")),
        fmt.tr(QT_TRANSLATE_NOOP("Charts", "Open deals now; won and lost deals closed in the period")),
    )
    return targets


WIN_LOSS_TITLE = QT_TRANSLATE_NOOP("Charts", "Won and lost deals")


def draw_win_rate(fig: Figure, bundle: ReportBundle, fmt: ChartFormat) -> Targets:
    fig.clear()
    report = bundle.win_rate
    targets: Targets = {}
    if not report.won + report.lost:
        empty(fig, fmt.tr(QT_TRANSLATE_NOOP("Charts", "No deals were won or lost in this period.")))
        title(fig, fmt.tr(WIN_LOSS_TITLE))
        return targets
    ax = fig.add_subplot()
    x = np.arange(len(report.rows))
    width = 0.4
    won = ax.bar(x - width / 2, [r.won for r in report.rows], width, color=GREEN)
    lost = ax.bar(x + width / 2, [r.lost for r in report.rows], width, color=RED)
    pickable(
        won,
        [DrillTarget("won_in", r.month, fmt.month(r.month)) if r.won else None for r in report.rows],
        targets,
    )
    pickable(
        lost,
        [DrillTarget("lost_in", r.month, fmt.month(r.month)) if r.lost else None for r in report.rows],
        targets,
    )
    count_axis(ax, fmt)
    headroom(ax, 1.2)
    rate = ax.twinx()
    rates = [r.win_rate if r.win_rate is not None else np.nan for r in report.rows]
    rate.plot(x, rates, color=SLATE, marker="o", markersize=4, linewidth=1.5)
    rate.set_ylim(0, 1.15)
    rate.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt.percent(v)))
    rate.set_yticks([0, 0.5, 1])
    rate.grid(False)
    rate.spines[:].set_visible(False)
    month_axis(ax, [r.month for r in report.rows], fmt)
    ax.legend(
        handles=[
            Patch(color=GREEN, label=fmt.tr(QT_TRANSLATE_NOOP("Charts", "Won"))),
            Patch(color=RED, label=fmt.tr(QT_TRANSLATE_NOOP("Charts", "Lost"))),
            Patch(color=SLATE, label=fmt.tr(QT_TRANSLATE_NOOP("Charts", "Win rate"))),
        ],
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        ncols=3,
        borderaxespad=0.2,
    )
    days = report.avg_days_to_close
    subtitle = fmt.tr(QT_TRANSLATE_NOOP("Charts", "Win rate {rate} · {won} won, {lost} lost")).format(
        rate=fmt.percent(report.win_rate or 0), won=fmt.number(report.won), lost=fmt.number(report.lost)
    )
    if days is not None:
        subtitle += " · " + fmt.tr(QT_TRANSLATE_NOOP("Charts", "{days} days to close on average")).format(
            days=fmt.number(round(days, 1))
        )
    title(fig, fmt.tr(WIN_LOSS_TITLE), subtitle)
    return targets


GOAL_TITLES = {
    "revenue": QT_TRANSLATE_NOOP("Charts", "Revenue ({currency})"),
    "deals_won": QT_TRANSLATE_NOOP("Charts", "Deals won"),
    "new_customers": QT_TRANSLATE_NOOP("Charts", "New customers"),
}


def draw_goals(fig: Figure, bundle: ReportBundle, fmt: ChartFormat) -> Targets:
    fig.clear()
    targets: Targets = {}
    panels = list(dict.fromkeys((g.metric, g.currency) for g in bundle.goals))[:3]
    heading = fmt.tr(QT_TRANSLATE_NOOP("Charts", "Goals: actual against target"))
    if not panels:
        empty(
            fig,
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Charts", "No goals are set for these months.\nUse “Goals…” to set monthly targets."
                )
            ),
        )
        title(fig, heading)
        return targets
    axes = fig.subplots(1, len(panels), squeeze=False)[0]
    for ax, (metric, currency) in zip(axes, panels, strict=True):
        goals = [g for g in bundle.goals if (g.metric, g.currency) == (metric, currency)]
        x = np.arange(len(goals))
        bars = ax.bar(x, [g.actual for g in goals], 0.6, color=[GREEN if g.reached else AMBER for g in goals])
        ax.hlines([g.target for g in goals], x - 0.38, x + 0.38, color=TEXT, linewidth=2)
        kind = {"revenue": "bought_in", "deals_won": "won_in", "new_customers": "joined_in"}[metric]
        narrow = currency if metric == "revenue" else None
        pickable(bars, [DrillTarget(kind, g.month, fmt.month(g.month), narrow) for g in goals], targets)
        tops = [max(g.actual, g.target) for g in goals]
        for xi, top, g in zip(x, tops, goals, strict=True):
            ax.annotate(
                fmt.percent(g.ratio),
                (xi, top),
                xytext=(0, 3),
                textcoords="offset points",
                ha="center",
                color=MUTED,
            )
        if metric == "revenue":
            money_axis(ax, currency, fmt)
        else:
            count_axis(ax, fmt)
        headroom(ax, 1.2)
        month_axis(ax, [g.month for g in goals], fmt)
        ax.set_title(fmt.tr(GOAL_TITLES[metric]).format(currency=currency), fontsize=9, color=TEXT)
    title(
        fig,
        heading,
        fmt.tr(
            QT_TRANSLATE_NOOP("Charts", "Bars: achieved (green when the target is reached) · line: target")
        ),
    )
    return targets
