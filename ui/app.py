"""Starting the window: the application object, fonts, style, opening the database."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from crm_desktop import __version__
from crm_desktop.db.store import Store, StoreError, open_store
from crm_desktop.resources import bundled_fonts
from ui.gc_guard import MainThreadCollector
from ui.resources import resource_path

log = logging.getLogger(__name__)

ORGANIZATION = "CRM Desktop"
APPLICATION = "CRM Desktop"

# Families that carry Bengali glyphs on each platform, tried in order after the UI font.
BENGALI_FONTS = [
    "Noto Sans Bengali",  # Linux (fonts-noto-core), shipped with the Linux bundle
    "Nirmala UI",  # Windows 8 and later
    "Vrinda",  # older Windows
    "Bangla Sangam MN",  # macOS
    "Kohinoor Bangla",  # macOS 10.12 and later
    "Lohit Bengali",
]
UI_FONTS = ["Segoe UI", "SF Pro Text", ".AppleSystemUIFont", "Noto Sans", "DejaVu Sans"]


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


_collector: MainThreadCollector | None = None


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    # Qt notes every UI font that lacks Bengali shaping before it falls back to
    # one that has it (see BENGALI_FONTS): expected, and not worth a log line.
    rules = [r for r in os.environ.get("QT_LOGGING_RULES", "").split(";") if r]
    os.environ["QT_LOGGING_RULES"] = ";".join([*rules, "qt.text.font.db=false"])
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    global _collector
    _collector = MainThreadCollector(app)  # the cycle collector only on this thread (see ui/gc_guard.py)
    app.setStyle("Fusion")
    from ui.icons import icon

    app.setWindowIcon(icon("app"))
    apply_fonts(app)
    style = resource_path("styles", "app.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def apply_fonts(app: QApplication) -> None:
    """The platform UI font first, then fonts that can draw Bengali.

    The app ships Noto Sans Bengali (resources/fonts, SIL OFL), registered here,
    so Bengali renders even where the system has no Bengali font.
    """
    for path in bundled_fonts():
        QFontDatabase.addApplicationFont(str(path))
    font = QFont(app.font())
    families = [f for f in UI_FONTS if f != font.family()]
    font.setFamilies([font.family(), *families, *BENGALI_FONTS])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)


def open_store_interactively(path: Path) -> Store | None:
    """Open the database; on failure say what is wrong and offer a way forward:
    restore a backup over it, open another file, or quit. Nothing is overwritten
    without the user choosing a backup (and the damaged file is kept aside)."""
    while True:
        try:
            return open_store(path)
        except StoreError as exc:
            log.warning("cannot open %s: %s", path, exc)
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot open the database"), str(exc))
            restore = box.addButton(tr("Restore a backup…"), QMessageBox.ButtonRole.ActionRole)
            other = box.addButton(tr("Open another file…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is restore:
                _restore_over(path)
                continue
            if box.clickedButton() is not other:
                return None
            chosen, _ = QFileDialog.getOpenFileName(
                None,
                tr("Open a database"),
                str(path.parent),
                tr("CRM databases (*.sqlite3 *.db);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)


def _restore_over(path: Path) -> None:
    """Let the user pick a backup and restore it in place of the file that failed to open."""
    from crm_desktop.backup import BackupError
    from crm_desktop.restore import default_backup_folder, restore_database
    from ui.i18n import number_text

    folder = default_backup_folder(path)
    chosen, _ = QFileDialog.getOpenFileName(
        None,
        tr("Restore a backup"),
        str(folder if folder.is_dir() else path.parent),
        tr("Backups (*.sqlite3.gz *.sqlite3 *.db);;All files (*)"),
    )
    if not chosen:
        return
    try:
        counts = restore_database(path, Path(chosen), folder)
    except BackupError as exc:
        QMessageBox.warning(None, tr("Restore failed"), str(exc))
        return
    QMessageBox.information(
        None,
        tr("Restored"),
        tr("Restored {customers} customers. The file that could not be opened was kept in {folder}.").format(
            customers=number_text(counts["customers"]), folder=folder
        ),
    )


def run(path: Path, *, lang: str | None = None) -> int:
    from ui import i18n
    from ui.session import Session
    from ui.single_instance import ask_to_focus, connect_to_running_instance

    app = create_application()
    i18n.install(i18n.choose_language(lang))  # before any window is built
    install_excepthook()
    running = connect_to_running_instance(path)
    if running is not None:
        answer = QMessageBox.question(
            None,
            tr("Already open"),
            tr("CRM Desktop already has {file} open in another window. Switch to it?").format(file=path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            ask_to_focus(running)
        del running  # before the application object goes away
        return 0
    session = Session(path)
    if not session.start():
        return 2
    app.aboutToQuit.connect(session.close)
    return app.exec()


def install_excepthook() -> None:
    """An unexpected error shows a friendly dialog (details to copy) instead of a traceback."""
    from ui.errors import show_unexpected

    def hook(kind: type[BaseException], error: BaseException, tb: object) -> None:
        log.error("unexpected error", exc_info=(kind, error, tb))  # type: ignore[arg-type]
        if isinstance(error, KeyboardInterrupt):
            QApplication.quit()
            return
        show_unexpected(error, QApplication.activeWindow())

    sys.excepthook = hook


def screenshot(path: Path, out: Path, *, lang: str | None = None, size: tuple[int, int] = (1440, 900)) -> int:
    """Render the main views offscreen to PNG files in ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui import i18n
    from ui.screenshots import render_all

    create_application()
    i18n.install(i18n.choose_language(lang))
    with open_store(path, create=False) as store:
        written = render_all(store, out, size=size)
    for file in written:
        print(file)
    return 0
