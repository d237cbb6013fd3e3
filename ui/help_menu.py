"""The Help menu: keyboard shortcuts, where the data is kept, and About (with the version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.logs import log_dir
from ui.auto_backup import backup_folder
from ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do), in the order a new user meets them."""
    return [
        ("Ctrl+K", tr("Search everything: customers, deals, tickets")),
        ("Ctrl+1 … Ctrl+8", tr("Go to Customers, Pipeline, Tasks … Settings")),
        ("Ctrl+N", tr("New customer (in the customer list)")),
        ("Ctrl+F", tr("Search the customer list")),
        ("Enter", tr("Open the chosen customer")),
        ("Alt+Left", tr("Back from a customer's page to the list")),
        ("Ctrl+E", tr("Edit the customer whose page is open")),
        ("Ctrl+T", tr("Tag the selected customers")),
        ("Ctrl+M", tr("Merge the selected customers")),
        ("Delete", tr("Move the selected customers to the Trash")),
        ("Ctrl+Z", tr("Undo the last change the status bar names")),
        ("Ctrl+I", tr("Import a file")),
        ("Ctrl+Shift+E", tr("Export to a file")),
        ("Ctrl+Left, Ctrl+Right", tr("Move a deal to the previous or next stage")),
        ("Ctrl+Q", tr("Quit")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        for row, (keys, what) in enumerate(shortcuts()):
            shown = (
                QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                if "…" not in keys
                else keys
            )
            key_label = QLabel(f"<b>{shown or keys}</b>")
            key_label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(key_label, row, 0)
            grid.addWidget(QLabel(what), row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)


class DataPlacesDialog(QDialog):
    """Where my data is: the database file, its backups and the logs, each with a button to open it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Where my data is"))
        intro = QLabel(
            tr(
                "Everything you enter is kept in one file on this computer. Copy that file (or a "
                "backup) to keep it safe or to move to another computer."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.places = [
            (tr("Your data"), ctx.store.path),
            (tr("Backups"), backup_folder(ctx)),
            (tr("Log files"), log_dir()),
        ]
        for row, (what, path) in enumerate(self.places):
            grid.addWidget(QLabel(f"<b>{what}</b>"), row, 0)
            shown = QLabel(str(path))
            shown.setObjectName("pathLabel")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            grid.addWidget(shown, row, 1)
            folder = path.parent if path.suffix else path
            button = QPushButton(tr("Open folder"))
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _=False, f=folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(f)))
            )
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())


def about_text() -> str:
    return tr(
        "<h3>CRM Desktop {version}</h3>"
        "<p>Customers, deals, tasks and tickets for a small shop, kept on this computer. "
        "No account, no internet needed.</p>"
    ).format(version=__version__)


def install(window: QMainWindow, ctx: AppContext) -> QMenu:
    """A Help menu at the end of the menu bar."""
    menu = window.menuBar().addMenu(tr("&Help"))
    keys = menu.addAction(tr("&Keyboard shortcuts"))
    keys.setShortcut(QKeySequence("F1"))
    keys.triggered.connect(lambda: _open(ShortcutsDialog(window)))
    places = menu.addAction(tr("&Where my data is"))
    places.triggered.connect(lambda: _open(DataPlacesDialog(ctx, window)))
    menu.addSeparator()
    about = menu.addAction(tr("&About CRM Desktop"))
    about.triggered.connect(lambda: QMessageBox.about(window, tr("About CRM Desktop"), about_text()))
    return menu


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
