"""Pictures of the import wizard, each page with a real file (for ``crm-desktop screenshot``)."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.db.models import database_proxy
from crm_desktop.db.sqlite import online_backup
from crm_desktop.db.store import Store, open_store
from ui.context import AppContext
from ui.export_dialog import ExportDialog
from ui.import_wizard.history import ImportHistoryDialog
from ui.import_wizard.wizard import ImportWizard

SAMPLE = (
    "নাম,মোবাইল,E-mail,Tags,City,Birthday,Blood group\n"
    'রহিম উদ্দিন,01712-345678,rahim@example.com,"VIP, পাইকারি",ঢাকা,25/12/1985,B+\n'
    "Fatema Akter,+880 1812 345678,fatema@example.com,Retail,Chattogram,1/2/1990,O+\n"
    "করিম মিয়া,-1199,,Retail,সিলেট,,\n"
    "Nusrat Jahan,01912345678 ::: 01612345678,nusrat@example,VIP,Dhaka,31/31/1992,A-\n"
    "Rahim Uddin,01712345678,,Eid 2024,,,\n"
    "শিরিন বেগম,01512345678,shirin@example.com,,খুলনা,5/6/1979,AB+\n"
)


def sample_csv(folder: Path) -> Path:
    """A small shop export with Bengali, several values in a cell, a repeat and three odd values
    (kept as warnings: the check and the summary list them)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "shop-customers.csv"
    path.write_text(SAMPLE, encoding="utf-8-sig")
    return path


def _settled(ready: Callable[[], bool], ctx: AppContext) -> bool:
    """The page is ready and no background work is left."""
    return ready() and ctx.writer.pending == 0 and ctx.reader.pending == 0


def _wait(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            break
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()


def _grab(widget: QWidget, target: Path) -> Path:
    _wait(lambda: True)
    widget.grab().save(str(target))
    return target


def render_on_a_copy(store: Store, out: Path) -> list[Path]:
    """The import screens, imported into a copy of ``store`` (the store itself is not changed)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite3"
        online_backup(store.raw_connection(), copy)
        shadow = open_store(copy)
        ctx = AppContext(shadow)
        try:
            return render_import_screens(ctx, out, sample_csv(Path(folder)))
        finally:
            ctx.shutdown()
            shadow.close()
            database_proxy.initialize(store.db)


def render_import_screens(
    ctx: AppContext, out: Path, path: Path, parent: QWidget | None = None
) -> list[Path]:
    """Walk the wizard through ``path`` (dry run, import, summary) and save each page."""
    out.mkdir(parents=True, exist_ok=True)
    wizard = ImportWizard(ctx, parent, str(path))
    wizard.resize(980, 680)
    wizard.show()
    wizard.mapping_page.skip_check.setChecked(True)
    shots = [_grab(wizard, out / "import-1-file.png")]
    steps = [
        ("import-2-preview", wizard.preview_page.isComplete),
        ("import-3-columns", lambda: True),
        ("import-4-check", wizard.check_page.isComplete),
        ("import-6-done", lambda: wizard.state.result is not None),
    ]
    for name, ready in steps:
        if name == "import-3-columns":
            wizard.mapping_page.skip_check.setChecked(True)
        wizard.next()
        _wait(partial(_settled, ready, ctx))
        if name == "import-6-done":
            _wait(lambda: wizard.currentId() == 5)
        shots.append(_grab(wizard, out / f"{name}.png"))
    wizard.accept()
    history = ImportHistoryDialog(ctx, parent)
    history.show()
    _wait(lambda: ctx.reader.pending == 0)
    history.table.selectRow(0)
    shots.append(_grab(history, out / "import-7-history.png"))
    history.close()
    export = ExportDialog(ctx, parent, customer_ids=list(range(1, 41)))
    export.show()
    shots.append(_grab(export, out / "export-dialog.png"))
    export.close()
    return shots
