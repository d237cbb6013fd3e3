"""A rotating log file in the platform's log folder, for diagnosing failures."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from crm_desktop.db.store import APP_NAME
from crm_desktop.secrets import RedactingFilter

LOG_FILENAME = "crm-desktop.log"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to a rotating file (1 MB × 5). Returns its path, or None if it cannot be written."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return log_dir() / LOG_FILENAME
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILENAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())  # passwords and tokens never reach the file
    root.addHandler(handler)
    root.setLevel(level)
    quiet_libraries()
    return folder / LOG_FILENAME


# Libraries that say, at INFO, what only their own developers need: fontTools writes ~50 lines
# ("subsetting glyphs…") for every PDF exported.
CHATTY_LIBRARIES = ("fontTools", "matplotlib", "PIL")


def quiet_libraries() -> None:
    """Only warnings and errors from :data:`CHATTY_LIBRARIES` reach the log."""
    for name in CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
