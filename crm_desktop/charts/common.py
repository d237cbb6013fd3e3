"""Pieces every chart uses: titles, money axes, value labels, the empty state."""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import text_to_path
from matplotlib.ticker import FuncFormatter, MaxNLocator

from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.charts.style import MUTED, TEXT
from crm_desktop.reports.drilldown import DrillTarget

Targets = dict[Artist, DrillTarget]


def title(fig: Figure, heading: str, caption: str = "") -> None:
    """The chart's heading, left-aligned above the plots, and a muted caption under them.

    Both are figure-level texts, so constrained layout keeps them clear of the plots.
    """
    fig.suptitle(heading, x=0.01, ha="left", fontsize=11.5, fontweight="bold", color=TEXT)
    if caption:
        fig.supxlabel(caption, x=0.01, ha="left", fontsize=8.5, color=MUTED)


def money_axis(ax: Axes, currency: str, fmt: ChartFormat, axis: str = "y") -> None:
    """Tick labels in compact money ("৳1.2L"), at round numbers of the currency."""
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10], min_n_ticks=3))
    target.set_major_formatter(FuncFormatter(lambda v, _pos: fmt.money_compact(int(round(v)), currency)))


def count_axis(ax: Axes, fmt: ChartFormat, axis: str = "y") -> None:
    target = ax.yaxis if axis == "y" else ax.xaxis
    # min_n_ticks=1: asking for three ticks over a count of 1 made steps of 0.3, written "০, ০, ১, ১, ১"
    target.set_major_locator(MaxNLocator(nbins=5, integer=True, min_n_ticks=1))
    target.set_major_formatter(FuncFormatter(lambda v, _pos: fmt.number(int(round(v)))))


def label_bars(ax: Axes, bars: BarContainer, labels: Sequence[str], *, inside: bool = False) -> None:
    """Write ``labels`` at the end of each bar (blank labels are skipped)."""
    ax.bar_label(
        bars,
        labels=list(labels),
        padding=3,
        fontsize=8,
        color="white" if inside else MUTED,
        label_type="center" if inside else "edge",
    )


def text_width(text: str, fontsize: float) -> float:
    """The width of ``text`` in inches, as matplotlib will lay it out (fonts, fallback, shaping)."""
    widths = [
        text_to_path.get_text_width_height_descent(line, FontProperties(size=fontsize), ismath=False)[0]
        for line in text.split("\n")
        if line
    ]
    return max(widths, default=0.0) / 72


LEGEND_HANDLE = 0.42  # inches a legend entry takes besides its text: the swatch and the gaps


def legend_columns(fig: Figure, labels: Sequence[str], fontsize: float = 8.5) -> int:
    """How many legend entries fit side by side across ``fig``: more wrap onto another row
    instead of widening the legend past the card (which squeezed the chart and cut the labels)."""
    if not labels:
        return 1
    available = fig.get_size_inches()[0] * 0.92
    widest = max(text_width(label, fontsize) for label in labels) + LEGEND_HANDLE
    return max(1, min(len(labels), int(available // widest)))


def thin(labels: Sequence[str], ax: Axes, fontsize: float = 8.0) -> list[str]:
    """Blank out labels that would collide along ``ax``'s width.

    Keeps every k-th label, counted back from the last (the latest month is
    always named), with k just large enough for the widest label to fit.
    """
    if not labels:
        return []
    width = ax.get_position().width * ax.figure.get_size_inches()[0]  # type: ignore[union-attr]
    slot = width / len(labels)
    need = max(text_width(label, fontsize) for label in labels) + 0.08
    step = math.ceil(need / slot)
    if step <= 1:
        return list(labels)
    last = len(labels) - 1
    return [label if (last - i) % step == 0 else "" for i, label in enumerate(labels)]


def pickable(bars: BarContainer, targets: Sequence[DrillTarget | None], into: Targets) -> None:
    """Make each bar clickable, standing for its drill-down target."""
    for bar, target in zip(bars, targets, strict=True):
        if target is not None:
            bar.set_picker(True)
            into[bar] = target


def empty(fig: Figure, text: str) -> None:
    """No data: say so in the middle of the chart."""
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(
        0.5, 0.5, text, ha="center", va="center", color=MUTED, fontsize=10, wrap=True, transform=ax.transAxes
    )


def headroom(ax: Axes, factor: float = 1.15, axis: str = "y") -> None:
    """Room past the longest bar for its label."""
    if axis == "y":
        low, high = ax.get_ylim()
        ax.set_ylim(low, high * factor if high > 0 else 1)
    else:
        low, high = ax.get_xlim()
        ax.set_xlim(low, high * factor if high > 0 else 1)
