"""The KPI tiles' texts (no Qt): the window shows them as widgets, the PDF draws them."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.reports.dashboard import Kpis
from crm_desktop.reports.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Tile:
    key: str
    title: str
    value: str
    detail: str
    tone: str = "neutral"  # neutral | good | bad | warn
    full: str = ""  # the exact value, for a tooltip


def _others(fmt: ChartFormat, amounts: dict[str, int], main: str) -> str:
    return " + ".join(fmt.money_compact(v, c) for c, v in sorted(amounts.items()) if c != main and v)


def _money_tile(
    key: str,
    heading: str,
    amounts: dict[str, int],
    detail: str,
    fmt: ChartFormat,
    main: str,
    tone: str = "neutral",
) -> Tile:
    value = amounts.get(main, 0)
    extra = _others(fmt, amounts, main)
    if extra:  # said in words: a bare "+ $1.9K" under "▲122%" read as the size of the increase
        also = fmt.tr(QT_TRANSLATE_NOOP("Kpis", "and {amounts} in other currencies"), "Kpis")
        detail = f"{detail}\n{also.format(amounts=extra)}"
    return Tile(
        key,
        heading,
        fmt.money_compact(value, main),
        detail,
        tone,
        full=fmt.money(value, main),
    )


def kpi_tiles(kpis: Kpis, fmt: ChartFormat) -> list[Tile]:
    def t(text: str) -> str:
        return fmt.tr(text, "Kpis")  # the context the strings are marked with

    main = kpis.currency
    change = kpis.revenue_change
    if change is None:
        trend, tone = t(QT_TRANSLATE_NOOP("Kpis", "nothing in the same days last month")), "neutral"
    else:
        arrow = "▲" if change >= 0 else "▼"
        trend = t(QT_TRANSLATE_NOOP("Kpis", "{arrow} {change} vs. the same days last month")).format(
            arrow=arrow, change=fmt.percent(abs(change))
        )
        tone = "good" if change >= 0 else "bad"
    revenue = _money_tile(
        "revenue",
        t(QT_TRANSLATE_NOOP("Kpis", "Revenue this month")),
        kpis.revenue_this_month,
        trend,
        fmt,
        main,
        tone,
    )
    pipeline = _money_tile(
        "pipeline",
        t(QT_TRANSLATE_NOOP("Kpis", "Open pipeline")),
        kpis.open_pipeline,
        t(QT_TRANSLATE_NOOP("Kpis", "{count} open deals")).format(count=fmt.number(kpis.open_deals)),
        fmt,
        main,
    )
    forecast = _money_tile(
        "forecast",
        t(QT_TRANSLATE_NOOP("Kpis", "Weighted forecast")),
        kpis.weighted_forecast,
        t(QT_TRANSLATE_NOOP("Kpis", "value × stage probability")),
        fmt,
        main,
    )
    win_rate = Tile(
        "win_rate",
        t(QT_TRANSLATE_NOOP("Kpis", "Win rate")),
        fmt.percent(kpis.win_rate) if kpis.win_rate is not None else "—",
        t(QT_TRANSLATE_NOOP("Kpis", "{won} won · {lost} lost")).format(
            won=fmt.number(kpis.won), lost=fmt.number(kpis.lost)
        ),
    )
    new = Tile(
        "new_customers",
        t(QT_TRANSLATE_NOOP("Kpis", "New customers")),
        fmt.number(kpis.new_customers),
        t(QT_TRANSLATE_NOOP("Kpis", "in the period")),
    )
    overdue = Tile(
        "overdue_tasks",
        t(QT_TRANSLATE_NOOP("Kpis", "Overdue tasks")),
        fmt.number(kpis.overdue_tasks),
        t(QT_TRANSLATE_NOOP("Kpis", "not done, past due")),
        "warn" if kpis.overdue_tasks else "good",
    )
    tickets = Tile(
        "open_tickets",
        t(QT_TRANSLATE_NOOP("Kpis", "Open tickets")),
        fmt.number(kpis.open_tickets),
        t(QT_TRANSLATE_NOOP("Kpis", "open or in progress")),
        "warn" if kpis.open_tickets else "good",
    )
    return [revenue, pipeline, forecast, win_rate, new, overdue, tickets]
