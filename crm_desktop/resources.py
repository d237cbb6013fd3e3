"""Where the project's data files are: ``resources/`` in a source checkout, or the
same folder inside a frozen (PyInstaller) bundle. No Qt: the CLI's charts need
the bundled fonts too."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def bundled_fonts() -> list[Path]:
    """Fonts shipped with the app (Noto Sans Bengali, SIL OFL), so Bengali always renders."""
    folder = resource_path("fonts")
    return sorted(folder.glob("*.ttf")) if folder.is_dir() else []
