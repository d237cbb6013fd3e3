"""The charts' look: the app's palette, fonts that draw Bengali, quiet axes.

Only matplotlib's object-oriented API is used (``Figure``, never
``pyplot``), so the same figures render in the window (Qt canvas), in PNG,
SVG and PDF files, and in tests without a display.

Fonts: matplotlib (3.6+) falls back glyph by glyph through the
``font.family`` list, and since 3.11 it shapes complex scripts with
libraqm, so Bengali conjuncts (ক্ষ, ন্তু) join as they should when a
Bengali font is installed. The list below puts a Latin UI font first and
then the Bengali fonts each platform ships; only installed families are
kept, so matplotlib does not log a warning for each missing one.
"""

from __future__ import annotations

from functools import cache

import matplotlib
from cycler import cycler
from matplotlib import font_manager
from matplotlib.figure import Figure

from crm_desktop.resources import bundled_fonts

BLUE = "#2563eb"
VIOLET = "#7c3aed"
GREEN = "#059669"
AMBER = "#d97706"
RED = "#dc2626"
SLATE = "#64748b"
PALETTE = (BLUE, VIOLET, GREEN, AMBER, RED, SLATE)

LIGHT_BLUE = "#bfdbfe"
TEXT = "#0f172a"
MUTED = "#64748b"
GRID = "#e2e8f0"

LATIN_FONTS = ("Segoe UI", "Noto Sans", "DejaVu Sans")
BENGALI_FONTS = (
    "Noto Sans Bengali",  # Linux (fonts-noto-core)
    "Nirmala UI",  # Windows 8 and later
    "Vrinda",  # older Windows
    "Bangla Sangam MN",  # macOS
    "Kohinoor Bangla",  # macOS 10.12 and later
    "Lohit Bengali",
)

PAGE = (8.27, 5.83)  # A5 landscape: prints on A4 scaled up, text stays in proportion
SCREEN = (6.4, 3.6)


@cache
def font_families() -> tuple[str, ...]:
    """The first installed family of :data:`LATIN_FONTS`, then of :data:`BENGALI_FONTS`.

    One of each: every extra family in the fallback chain costs time on every
    label drawn. DejaVu Sans ships with matplotlib, so the list is never empty.
    """
    for path in bundled_fonts():  # shipped with the app: Bengali renders on any machine
        font_manager.fontManager.addfont(str(path))
    installed = {f.name for f in font_manager.fontManager.ttflist}
    latin = next((f for f in LATIN_FONTS if f in installed), "DejaVu Sans")
    bengali = [f for f in BENGALI_FONTS if f in installed][:1]
    return (latin, *bengali)


def has_bengali_font() -> bool:
    return any(f in BENGALI_FONTS for f in font_families())


def apply_style() -> None:
    """Set the app's chart defaults in matplotlib's rcParams (idempotent)."""
    matplotlib.rcParams.update(
        {
            "font.family": list(font_families()),
            "font.size": 9,
            "axes.titlesize": 11,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "axes.titlecolor": TEXT,
            "axes.labelcolor": MUTED,
            "axes.edgecolor": GRID,
            "axes.linewidth": 0.8,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.spines.left": False,
            "axes.grid": True,
            "axes.grid.axis": "y",
            "axes.axisbelow": True,
            "axes.prop_cycle": cycler(color=list(PALETTE)),
            "grid.color": GRID,
            "grid.linewidth": 0.8,
            "xtick.color": MUTED,
            "ytick.color": MUTED,
            "xtick.major.size": 0,
            "ytick.major.size": 0,
            "legend.frameon": False,
            "legend.fontsize": 8.5,
            "figure.facecolor": "white",
            "savefig.facecolor": "white",
            "pdf.fonttype": 42,  # embed TrueType, so Bengali text stays text in the PDF
            "svg.fonttype": "path",  # an SVG looks the same where the fonts are missing
        }
    )


def new_figure(size: tuple[float, float] = SCREEN, dpi: float = 100) -> Figure:
    """A blank figure in the app's style, with constrained layout (nothing clipped)."""
    apply_style()
    return Figure(figsize=size, dpi=dpi, layout="constrained")
