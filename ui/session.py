"""One open database in the window: opening it, backing it up, restoring, closing.

A restore needs every connection closed, the file replaced and the window
rebuilt on the restored data; the session does that in order.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QMessageBox

from crm_desktop.backup import BackupError
from crm_desktop.restore import restore_database
from crm_desktop.services import audit
from ui import acting_user, startup_probe
from ui.auto_backup import AutoBackup, backup_folder
from ui.context import AppContext
from ui.i18n import number_text
from ui.single_instance import InstanceServer

if TYPE_CHECKING:  # imported when a window opens (they import this module's neighbours)
    from ui.main_window import MainWindow
    from ui.rules.runtime import Autopilot

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Session", text)


class Session(QObject):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.auto_backup: AutoBackup | None = None
        self.instance_server: InstanceServer | None = None
        self.autopilot: Autopilot | None = None  # while a window is open

    def start(self) -> bool:
        """Open the database (asking what to do if it cannot be opened) and show the window."""
        from ui.app import open_store_interactively
        from ui.main_window import MainWindow

        store = open_store_interactively(self.path)
        if store is None:
            return False
        self.path = store.path
        QSettings().setValue("database/last", str(store.path))
        self.ctx = AppContext(store)
        acting_user.apply_remembered()
        self.auto_backup = AutoBackup(self.ctx, self)
        self.auto_backup.failed.connect(self._backup_failed)
        self.window = MainWindow(self.ctx)
        self.window.session = self
        from ui.rules.runtime import Autopilot

        self.autopilot = Autopilot(self.ctx, self.window)
        self.window.show()
        startup_probe.watch(self.window)
        self.ctx.writer.submit(audit.prune)  # the change history's retention setting, once a start
        self.instance_server = InstanceServer(store.path, self)
        self.instance_server.focus_requested.connect(self.bring_to_front)
        return True

    def bring_to_front(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def _backup_failed(self, message: str) -> None:
        if self.window is not None:
            self.window.show_message(tr("Backup failed: {reason}").format(reason=message))

    def show_backups(self) -> None:
        from ui.backups_dialog import BackupsDialog

        assert self.ctx is not None and self.auto_backup is not None
        dialog = BackupsDialog(self.ctx, self.auto_backup, self.window)
        dialog.restore_requested.connect(self.restore)
        dialog.exec()

    def close(self, *, back_up: bool = True) -> None:
        """Back up if anything changed, finish background work, close the database."""
        if self.ctx is None:
            return
        if back_up and self.auto_backup is not None:
            error = self.auto_backup.back_up_now_blocking()
            if error:
                QMessageBox.warning(
                    None,
                    tr("Backup failed"),
                    tr(
                        "The backup made on closing failed: {reason}\nYour data is saved; "
                        "older backups were kept."
                    ).format(reason=error),
                )
        if self.instance_server is not None:
            self.instance_server.close()
        if self.autopilot is not None:
            self.autopilot.stop()
            self.autopilot = None
        self.ctx.shutdown()
        self.ctx.store.close()
        self.ctx = None

    def restore(self, backup: Path) -> None:
        """Replace the database with ``backup`` and reopen the window on it."""
        assert self.ctx is not None
        folder = backup_folder(self.ctx)
        old_window = self.window
        if old_window is not None:
            old_window.save_state()
            old_window.hide()
        self.close(back_up=False)
        try:
            counts = restore_database(self.path, backup, folder)
        except BackupError as exc:
            QMessageBox.warning(None, tr("Restore failed"), str(exc))
            counts = None
        if not self.start():
            QCoreApplication.quit()
            return
        if old_window is not None:
            old_window.deleteLater()
        if counts is not None and self.window is not None:
            self.window.show_message(
                tr("Restored {customers} customers from the backup. The previous data was backed up.").format(
                    customers=number_text(counts["customers"])
                )
            )
