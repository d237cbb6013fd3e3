"""Charts render without a display (Agg), in English and Bengali, with clickable bars."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.text import Text

from crm_desktop.charts.common import thin
from crm_desktop.charts.export import kpi_page, save_chart, write_chart_csv
from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.charts.kpis import kpi_tiles
from crm_desktop.charts.registry import CHART_IDS, render
from crm_desktop.charts.style import font_families, has_bengali_font, new_figure
from crm_desktop.reports.dashboard import build_bundle
from crm_desktop.reports.kinds import KINDS
from crm_desktop.services.goals import set_goal
from tests.core.reports.conftest import NOW, PERIOD, TODAY, Shop


def texts(fig) -> str:  # noqa: ANN001
    fig.canvas.draw()
    return " ".join(t.get_text() for t in fig.findobj(Text))


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_every_chart_draws_and_marks_its_bars(shop: Shop, lang: str) -> None:
    set_goal("2026-01", "revenue", 300_000)
    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    kinds = {
        "revenue-by-month": {"bought_in", "won_in"},
        "pipeline": {"stage"},
        "win-rate": {"won_in", "lost_in"},
        "sources": {"source"},
        "channels": {"channel"},
        "rfm": {"segment"},
        "goals": {"bought_in"},
    }
    for chart_id in CHART_IDS:
        fig, targets = render(chart_id, bundle, ChartFormat(lang))
        assert {t.kind for t in targets.values()} == kinds[chart_id], chart_id
        assert chart_id in KINDS  # its numbers can be saved as CSV
        assert texts(fig)


def test_bengali_charts_use_bengali_digits_and_names(shop: Shop) -> None:
    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    fig, _ = render("revenue-by-month", bundle, ChartFormat("bn"))
    shown = texts(fig)
    assert "জানু" in shown and "২০২৬" in shown and "৳" in shown
    assert not any(ch.isdigit() and ch.isascii() for ch in shown.replace("BDT", "").replace("USD", ""))


def test_a_bengali_font_is_in_the_fallback_list() -> None:
    families = font_families()
    assert len(families) == 2  # one Latin family, then one for Bengali: a short, fast fallback chain
    assert has_bengali_font(), "install fonts-noto-core so Bengali labels render"


def test_empty_data_says_so_instead_of_drawing_nothing(store: object) -> None:
    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    for chart_id in ("win-rate", "sources", "channels", "rfm", "goals"):
        fig, targets = render(chart_id, bundle, ChartFormat())
        assert targets == {}
        assert "No" in texts(fig) or "Nobody" in texts(fig), chart_id


def test_kpi_tiles_and_page(shop: Shop) -> None:
    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    tiles = {t.key: t for t in kpi_tiles(bundle.kpis, ChartFormat())}
    assert tiles["revenue"].value == "৳800" and tiles["revenue"].full == "৳800.00"
    # the dollars, apart and labelled: not a bare "+ $50" that reads as the size of the increase
    assert tiles["revenue"].detail.endswith("\nand $50 in other currencies")
    assert tiles["pipeline"].value == "৳500" and tiles["forecast"].value == "৳170"
    assert (tiles["win_rate"].value, tiles["overdue_tasks"].value, tiles["overdue_tasks"].tone) == (
        "67%",
        "1",
        "warn",
    )
    assert "Asha" in texts(kpi_page(bundle, ChartFormat()))


def test_save_as_png_svg_and_csv(shop: Shop, tmp_path: Path) -> None:
    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    save_chart("rfm", bundle, ChartFormat("bn"), tmp_path / "rfm.png")
    save_chart("rfm", bundle, ChartFormat(), tmp_path / "rfm.svg")
    assert write_chart_csv("rfm", bundle, tmp_path / "rfm.csv") == 10
    assert (tmp_path / "rfm.png").stat().st_size > 5_000
    assert (tmp_path / "rfm.csv").read_bytes().startswith(b"\xef\xbb\xbfsegment,name,count")
    with pytest.raises(ValueError, match=".gif"):
        save_chart("rfm", bundle, ChartFormat(), tmp_path / "rfm.gif")


def test_thin_keeps_the_last_label_and_makes_room() -> None:
    fig = new_figure((3, 2))
    ax = fig.add_subplot()
    labels = [f"Month {i:02d}" for i in range(12)]
    kept = thin(labels, ax, fontsize=9)
    assert kept[-1] == "Month 11" and 1 < sum(1 for k in kept if k) < 12
    assert thin(["a", "b"], ax) == ["a", "b"]


def test_the_command_lines_bengali_pdf_has_bengali_titles(shop: Shop) -> None:
    """`report pdf --lang bn` says its words from the window's catalogue, not only its digits."""
    import re

    from crm_desktop.charts.export import pdf_pages
    from crm_desktop.cli.report_commands import _format

    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    pages = [texts(fig) for fig in pdf_pages(bundle, _format("bn"))]
    assert "Sales and customers report" not in pages[0]
    assert "Revenue this month" not in pages[0] and "এ মাসের আয়" in pages[0]
    english_titles = (
        "Revenue by month",
        "Pipeline by stage",
        "Won and lost deals",
        "New customers by source",
    )
    for page in pages[1:]:
        assert not any(title in page for title in english_titles), page[:200]
    assert sum(1 for page in pages if re.search("[\u0980-\u09ff]{3,}", page)) == len(pages)


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_the_pdf_tiles_keep_their_text_inside_and_print_no_missing_glyph(shop: Shop, lang: str) -> None:
    from crm_desktop.cli.report_commands import _format

    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    fig = kpi_page(bundle, _format(lang))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    cards = [p.get_window_extent(renderer) for p in fig.patches]
    assert len(cards) >= 7
    small = [t for t in fig.findobj(Text) if t.get_fontsize() == 6.5 and t.get_text()]
    assert small and not any("▲" in t.get_text() or "▼" in t.get_text() for t in small)
    for text in small:
        box = text.get_window_extent(renderer)
        card = next(c for c in cards if c.x0 <= box.x0 <= c.x1 and c.y0 <= box.y0 <= c.y1)
        assert box.x1 <= card.x1 and box.y1 <= card.y1, text.get_text()  # not out of its card


def test_a_pdf_export_writes_no_font_chatter_to_the_log() -> None:
    import logging

    from crm_desktop.logs import quiet_libraries

    quiet_libraries()
    assert not logging.getLogger("fontTools.subset").isEnabledFor(logging.INFO)


@pytest.mark.parametrize("chart_id", ["channels", "pipeline"])
def test_a_long_bengali_legend_wraps_inside_the_card_and_the_chart_keeps_its_width(
    shop: Shop, chart_id: str
) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from crm_desktop.cli.report_commands import _format

    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    fig, _targets = render(chart_id, bundle, _format("bn"), (5.0, 3.4))
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    page = fig.bbox
    ax = fig.axes[0]
    legend = ax.get_legend()
    box = legend.get_window_extent(renderer)
    assert box.x0 >= page.x0 - 1 and box.x1 <= page.x1 + 1  # no label cut at the card's edge
    assert ax.get_position().width > 0.6  # not squeezed to half the card by a one-row legend


def test_the_won_and_lost_count_axis_has_whole_numbers_only(shop: Shop) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    fig, _targets = render("win-rate", bundle, ChartFormat("bn"), (5.0, 3.4))
    FigureCanvasAgg(fig).draw()
    ticks = [
        t for t in fig.axes[0].get_yticks() if fig.axes[0].get_ylim()[0] <= t <= fig.axes[0].get_ylim()[1]
    ]
    assert all(float(t).is_integer() for t in ticks)  # no "১, ১, ১, ০, ০" from 0.2 steps
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels() if t.get_text()]
    assert len(labels) == len(set(labels))
