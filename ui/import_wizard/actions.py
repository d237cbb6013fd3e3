"""The File menu of the main window, and files dropped on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from ui.context import AppContext
from ui.icons import icon

if TYPE_CHECKING:
    from ui.import_wizard.wizard import ImportWizard

IMPORTABLE = (".csv", ".tsv", ".txt", ".vcf", ".vcard")


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportActions", text)


def open_import_wizard(
    ctx: AppContext, parent: QWidget | None = None, path: str | None = None
) -> ImportWizard:
    """Open the wizard (window-modal), with ``path`` chosen if given."""
    from ui.import_wizard.wizard import ImportWizard

    wizard = ImportWizard(ctx, parent, path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.open()
    return wizard


class _Drops(QObject):
    """Accepts a dropped CSV or vCard file on the window and opens the wizard with it."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx

    @staticmethod
    def _path(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return files[0] if len(files) == 1 and files[0].lower().endswith(IMPORTABLE) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if isinstance(event, QDragEnterEvent | QDropEvent) and self._path(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = self._path(event)
            if path:
                event.acceptProposedAction()
                open_import_wizard(self.ctx, self.window, path)
                return True
        return False


def install(window: QMainWindow, ctx: AppContext) -> None:
    """A File menu with Import…, Export… and Import history…; drop a file to import it."""
    from ui.export_dialog import ExportDialog
    from ui.import_wizard.history import ImportHistoryDialog

    menu = getattr(window, "file_menu", None) or window.menuBar().addMenu(tr("&File"))
    first = menu.actions()[0] if menu.actions() else None
    actions = [
        (icon("import"), tr("&Import…"), QKeySequence("Ctrl+I"), lambda: open_import_wizard(ctx, window)),
        (
            icon("export"),
            tr("&Export…"),
            QKeySequence("Ctrl+Shift+E"),
            lambda: ExportDialog(ctx, window).open(),
        ),
        (
            icon("undo"),
            tr("Import &history…"),
            QKeySequence(),
            lambda: ImportHistoryDialog(ctx, window).open(),
        ),
    ]
    for action_icon, text, shortcut, slot in actions:
        action = QAction(action_icon, text, window)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        if first is None:
            menu.addAction(action)
        else:
            menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)
    window.setAcceptDrops(True)
    drops = _Drops(window, ctx)
    drops.setObjectName("importDrops")
    window.installEventFilter(drops)
