"""Automatic backups: at most once a day while the app runs, and when it closes.

Backups go to the folder set in Settings (default: ``backups`` beside the
database). A failure is shown to the user and never deletes a good backup.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.backup import BackupError, BackupInfo, list_backups, make_backup, rotate
from crm_desktop.restore import default_backup_folder
from crm_desktop.services.settings import get_setting
from crm_desktop.timeutil import utcnow
from ui.context import AppContext

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly; a backup is made when the newest is a day old
DAILY = timedelta(days=1)


def backup_folder(ctx: AppContext) -> Path:
    chosen = get_setting("backup_folder")
    return Path(chosen).expanduser() if chosen else default_backup_folder(ctx.store.path)


class AutoBackup(QObject):
    finished = Signal(object)  # BackupInfo
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.back_up_if_due)
        self._timer.start()
        self.dirty = False  # changed since the last backup of this session?
        ctx.bus.changed.connect(self._mark_dirty)
        self.finished.connect(self._mark_clean)
        QTimer.singleShot(30_000, self.back_up_if_due)  # not during start-up

    def _mark_dirty(self, _changes: object) -> None:
        self.dirty = True

    def _mark_clean(self, _info: object) -> None:
        self.dirty = False

    def back_up_if_due(self) -> None:
        folder = backup_folder(self.ctx)
        newest = next(iter(list_backups(folder)), None)
        if newest is None or utcnow() - newest.created_at >= DAILY:
            self.back_up(reason="auto")

    def back_up(self, reason: str = "manual") -> None:
        """A backup on the reader thread (it only reads), then rotation."""
        store, folder = self.ctx.store, backup_folder(self.ctx)

        def work() -> BackupInfo:
            info = make_backup(store, folder, reason=reason)
            rotate(folder)
            return info

        def failed(error: BaseException) -> None:
            log.warning("backup failed: %s", error)
            self.failed.emit(str(error))

        self.ctx.reader.submit(work, self.finished.emit, failed)

    def back_up_now_blocking(self, reason: str = "on-close") -> str | None:
        """When the window closes: back up on this thread if anything changed since the
        last backup; return an error text or None."""
        self._timer.stop()
        if not self.dirty:
            return None
        folder = backup_folder(self.ctx)
        try:
            make_backup(self.ctx.store, folder, reason=reason)
            rotate(folder)
        except BackupError as exc:
            log.warning("backup on close failed: %s", exc)
            return str(exc)
        return None
