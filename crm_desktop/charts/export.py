"""Charts to files: PNG and SVG per chart, the whole dashboard as a PDF, the data as CSV."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.charts.kpis import kpi_tiles
from crm_desktop.charts.registry import CHARTS, render
from crm_desktop.charts.style import GREEN, GRID, MUTED, PAGE, RED, TEXT, new_figure
from crm_desktop.io.csv_writer import write_csv
from crm_desktop.output_files import check_output_path, replacing
from crm_desktop.reports.dashboard import ReportBundle
from crm_desktop.reports.kinds import report_table
from crm_desktop.reports.text import QT_TRANSLATE_NOOP

IMAGE_FORMATS = ("png", "svg", "pdf")
TONE_COLOURS = {"good": GREEN, "bad": RED, "warn": "#b45309", "neutral": MUTED}


def save_chart(
    chart_id: str, bundle: ReportBundle, fmt: ChartFormat, path: Path, size: tuple[float, float] | None = None
) -> Path:
    """One chart to ``path``; the suffix picks the format (.png, .svg or .pdf)."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in IMAGE_FORMATS:
        raise ValueError(f"cannot save a chart as '.{suffix}'; use .png, .svg or .pdf")
    fig, _targets = render(chart_id, bundle, fmt, size)
    save_figure(fig, path)
    return path


def save_figure(fig: Figure, path: Path) -> None:
    """``fig`` to ``path`` (never over the database; through a temporary file)."""
    with replacing(check_output_path(path)) as temp:
        fig.savefig(str(temp), dpi=150, format=path.suffix.lower().lstrip("."))


def write_chart_csv(chart_id: str, bundle: ReportBundle, path: Path, *, bom: bool = True) -> int:
    """The numbers behind a chart as UTF-8 CSV (formula-looking cells neutralized); returns rows written.

    ``bom`` starts the file with a byte-order mark, so spreadsheet programs
    read Bengali names correctly.
    """
    headers, rows = report_table(chart_id, bundle)
    return write_csv(path, headers, rows, bom=bom)


def kpi_page(bundle: ReportBundle, fmt: ChartFormat, *, generated: datetime | None = None) -> Figure:
    """The PDF's first page: the period and the KPI tiles."""
    fig = new_figure(PAGE)
    fig.set_layout_engine("none")
    period = bundle.period
    heading = fmt.tr(QT_TRANSLATE_NOOP("Charts", "Sales and customers report"))
    fig.text(0.05, 0.91, heading, fontsize=18, fontweight="bold", color=TEXT)
    span = f"{fmt.digits(period.start.isoformat())} – {fmt.digits(period.end.isoformat())}"
    when = fmt.digits((generated or datetime.now()).strftime("%Y-%m-%d %H:%M"))
    subtitle = fmt.tr(QT_TRANSLATE_NOOP("Charts", "{span} · made {when}")).format(span=span, when=when)
    fig.text(0.05, 0.86, subtitle, fontsize=9, color=MUTED)
    tiles = kpi_tiles(bundle.kpis, fmt)
    columns, width, height = 4, 0.2, 0.22  # room under the value for four short lines of detail
    for i, tile in enumerate(tiles):
        row, col = divmod(i, columns)
        x, y = 0.05 + col * (width + 0.025), 0.57 - row * (height + 0.05)
        fig.patches.append(
            FancyBboxPatch((x, y), width, height, boxstyle="round,pad=0,rounding_size=0.012",
                           transform=fig.transFigure, facecolor="white", edgecolor=GRID, linewidth=1.2)
        )  # fmt: skip
        fig.text(x + 0.015, y + height - 0.05, tile.title, fontsize=9, color=MUTED)
        fig.text(x + 0.015, y + height - 0.115, tile.value, fontsize=17, fontweight="bold", color=TEXT)
        detail = _wrapped(fig, _printable(tile.detail), 6.5, width - 0.03)
        fig.text(x + 0.015, y + 0.015, detail, fontsize=6.5, color=TONE_COLOURS[tile.tone], va="bottom")
    _top_customers(fig, bundle, fmt, top=0.25)
    return fig


def _printable(text: str) -> str:
    """▲/▼ as +/−: the fonts a PDF embeds (Noto Sans, the Bengali ones) lack U+25B2, which
    printed as a box."""
    return text.replace("▲ ", "+").replace("▼ ", "−").replace("▲", "+").replace("▼", "−")


def _wrapped(fig: Figure, text: str, fontsize: float, width: float) -> str:
    """``text`` broken at spaces so that no line is wider than ``width`` (a fraction of the page)."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    renderer = RendererAgg(int(fig.bbox.width), int(fig.bbox.height), fig.dpi)  # measures, draws nothing
    prop = FontProperties(size=fontsize)
    limit = width * fig.bbox.width

    def fits(line: str) -> bool:
        w, _h, _d = renderer.get_text_width_height_descent(line, prop, ismath=False)
        return bool(w <= limit)

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and not fits(candidate):
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return "\n".join(lines)


def _top_customers(fig: Figure, bundle: ReportBundle, fmt: ChartFormat, top: float) -> None:
    heading = fmt.tr(QT_TRANSLATE_NOOP("Charts", "Top customers by lifetime value"))
    fig.text(0.05, top, heading, fontsize=10, fontweight="bold", color=TEXT)
    if not bundle.top_customers:
        fig.text(0.05, top - 0.04, fmt.tr(QT_TRANSLATE_NOOP("Charts", "No purchases yet.")), color=MUTED)
    for i, customer in enumerate(bundle.top_customers[:5]):
        y = top - 0.04 - i * 0.035
        fig.text(0.05, y, f"{fmt.number(i + 1)}.", fontsize=10, color=MUTED)
        fig.text(0.075, y, customer.name, fontsize=10, color=TEXT)
        fig.text(
            0.5, y, fmt.money(customer.lifetime_minor, customer.currency), fontsize=10, color=TEXT, ha="right"
        )
    tickets = bundle.tickets
    lines = [
        fmt.tr(
            QT_TRANSLATE_NOOP("Charts", "Tickets in the period: {opened} opened, {resolved} resolved")
        ).format(opened=fmt.number(tickets.opened), resolved=fmt.number(tickets.resolved))
    ]
    if tickets.avg_resolution_hours is not None:
        lines.append(
            fmt.tr(QT_TRANSLATE_NOOP("Charts", "resolved in {hours} hours on average")).format(
                hours=fmt.number(round(tickets.avg_resolution_hours, 1))
            )
        )
    fig.text(
        0.55, top, fmt.tr(QT_TRANSLATE_NOOP("Charts", "Service")), fontsize=12, fontweight="bold", color=TEXT
    )
    fig.text(0.55, top - 0.04, "\n".join(lines), fontsize=10, color=TEXT, va="top")


def pdf_pages(bundle: ReportBundle, fmt: ChartFormat) -> Iterator[Figure]:
    """The report's pages, one at a time: the KPIs, then one page per chart."""
    yield kpi_page(bundle, fmt)
    for spec in CHARTS:
        fig, _targets = render(spec.id, bundle, fmt, PAGE)
        yield fig


def write_pdf(bundle: ReportBundle, fmt: ChartFormat, path: Path) -> int:
    """The whole dashboard as a multi-page PDF; returns the number of pages."""
    pages = 0
    heading = fmt.tr(QT_TRANSLATE_NOOP("Charts", "Sales and customers report"))
    with (
        replacing(check_output_path(path)) as temp,
        PdfPages(str(temp), metadata={"Title": heading, "Creator": "CRM Desktop"}) as pdf,
    ):
        for fig in pdf_pages(bundle, fmt):
            pdf.savefig(fig)
            pages += 1
    return pages
