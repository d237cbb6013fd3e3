"""Start-up measurement for installed builds (``bench/bench_frozen_startup.py``).

With ``CRM_DESKTOP_STARTUP_PROBE=<the launcher's time.time()>`` in the
environment, the app prints one JSON line as soon as the customer list has
painted its first page, then quits: from process spawn to a usable window,
measured inside the frozen app the same way as in a source run.
"""

from __future__ import annotations

import json
import os
import time

from PySide6.QtCore import QCoreApplication, QTimer

ENV = "CRM_DESKTOP_STARTUP_PROBE"


def watch(window: object) -> None:
    spawned = os.environ.get(ENV)
    if not spawned:
        return

    def check() -> None:
        view = window.view("customers")  # type: ignore[attr-defined]
        page = getattr(view, "list_page", None)
        model = getattr(page, "model", None)
        if model is not None and model.cached_row_count() > 0:
            print(json.dumps({"usable": time.time() - float(spawned), "rows": model.rowCount()}), flush=True)
            QCoreApplication.exit(0)
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)
