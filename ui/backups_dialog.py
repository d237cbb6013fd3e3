"""Backups: see them, make one now or to another place, restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.backup import BackupInfo, backup_to, list_backups
from ui.auto_backup import AutoBackup, backup_folder
from ui.context import AppContext
from ui.customers.formatting import datetime_text
from ui.i18n import number_text, size_text


def tr(text: str) -> str:
    return QCoreApplication.translate("BackupsDialog", text)


class BackupsDialog(QDialog):
    restore_requested = Signal(object)  # Path of the backup to restore

    def __init__(self, ctx: AppContext, auto: AutoBackup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.auto = auto
        self.setWindowTitle(tr("Backups"))
        self.resize(760, 420)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("muted")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Made"), tr("Size"), tr("Customers"), tr("Why")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()

        now = QPushButton(tr("Back up now"))
        now.clicked.connect(self._back_up_now)
        elsewhere = QPushButton(tr("Back up to…"))
        elsewhere.clicked.connect(self._back_up_elsewhere)
        self.restore_button = QPushButton(tr("Restore…"))
        self.restore_button.clicked.connect(self._restore)
        from_file = QPushButton(tr("Restore from a file…"))
        from_file.clicked.connect(self._restore_from_file)
        open_folder = QPushButton(tr("Open folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup_folder(ctx))))
        )
        buttons = QHBoxLayout()
        for button in (now, elsewhere, self.restore_button, from_file, open_folder):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        auto.finished.connect(lambda _info: self.reload())
        auto.failed.connect(self._failed)
        self.reload()

    def reload(self) -> None:
        folder = backup_folder(self.ctx)
        self.folder_label.setText(tr("Backups are kept in {folder}").format(folder=folder))
        self._backups: list[BackupInfo] = list_backups(folder)
        self.table.setRowCount(len(self._backups))
        reasons = {
            "auto": tr("daily"),
            "manual": tr("by hand"),
            "on-close": tr("on closing"),
            "before-restore": tr("before a restore"),
        }
        for row, b in enumerate(self._backups):
            cells = [
                datetime_text(b.created_at),
                size_text(b.size),
                number_text(b.counts.get("customers", 0)) if b.counts else "—",
                reasons.get(b.reason, b.reason),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if self._backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self._backups))

    def _back_up_now(self) -> None:
        self.auto.back_up(reason="manual")

    def _back_up_elsewhere(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Back up to"), str(Path.home() / "crm-backup.sqlite3"), tr("Databases (*.sqlite3)")
        )
        if not name:
            return
        store = self.ctx.store
        self.ctx.reader.submit(
            lambda: backup_to(store, Path(name)),
            lambda target: QMessageBox.information(
                self, tr("Backed up"), tr("The database was copied to {file}.").format(file=target)
            ),
            lambda error: self._failed(str(error)),
        )

    def _failed(self, message: str) -> None:
        QMessageBox.warning(
            self,
            tr("Backup failed"),
            tr("The backup could not be made: {reason}\nYour existing backups were not touched.").format(
                reason=message
            ),
        )

    def _restore(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._backups):
            self._confirm_restore(self._backups[row].path)

    def _restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Restore from"), str(Path.home()), tr("Backups (*.sqlite3.gz *.sqlite3 *.db)")
        )
        if name:
            self._confirm_restore(Path(name))

    def _confirm_restore(self, path: Path) -> None:
        answer = QMessageBox.question(
            self,
            tr("Restore this backup?"),
            tr(
                "The database will be replaced by the backup {file}. The current data is backed up "
                "first, so you can go back. Continue?"
            ).format(file=path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(path)
            self.accept()
