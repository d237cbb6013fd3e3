"""Entry point of the frozen app (PyInstaller runs this file)."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path


def _keep_matplotlib_cache() -> None:
    """PyInstaller's matplotlib hook points MPLCONFIGDIR at a fresh temporary folder,
    so every start would rebuild the font cache (seconds). A one-folder bundle
    has stable paths: keep the cache in the user's cache folder, one per bundle
    location, so it is built once."""
    import platformdirs

    bundle = str(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    key = hashlib.sha1(bundle.encode("utf-8")).hexdigest()[:10]
    folder = Path(platformdirs.user_cache_dir("CRM Desktop", appauthor=False)) / f"matplotlib-{key}"
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["MPLCONFIGDIR"] = str(folder)


if getattr(sys, "frozen", False):
    _keep_matplotlib_cache()

from crm_desktop.cli.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
