"""Export to CSV (customers, purchases, deals, interactions, tasks) or customers to vCard.

The customers view opens it with the ids of its current (filtered) list:
``ExportDialog(ctx, parent, entity="customers", customer_ids=ids).open()``
or :func:`export_customers`. The export runs on the writer thread (it may
record this database's id on first use), with progress and cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.exporting import ExportCancelled, export_csv, export_vcards
from crm_desktop.services.changes import Outcome
from ui.context import AppContext
from ui.i18n import number_text, translated

KINDS = ("customers", "purchases", "deals", "interactions", "tasks", "vcard")


class _Progress(QObject):
    changed = Signal(int, int)


class ExportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        entity: str = "customers",
        customer_ids: Sequence[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_ids = list(customer_ids) if customer_ids is not None else None
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self.running = False
        self._confirmed: str | None = None  # a path the save dialog already asked about
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("exportKind")
        for key, text in self._kind_labels().items():
            self.kind_combo.addItem(text, key)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(entity), 0))
        self.only_list = QCheckBox()
        self.only_list.setObjectName("onlyList")
        self.only_list.setChecked(self.customer_ids is not None)
        self.only_list.setVisible(self.customer_ids is not None)
        if self.customer_ids is not None:
            self.only_list.setText(
                self.tr("Only the {count} customers in the current list").format(
                    count=number_text(len(self.customer_ids))
                )
            )
        self.bom_check = QCheckBox(self.tr("For Excel (so Bengali letters show right)"))
        self.bom_check.setObjectName("bomCheck")
        self.bom_check.setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.bar = QProgressBar()
        self.bar.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("primary")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Export"), self.kind_combo)
        form.addRow("", self.only_list)
        form.addRow(self.tr("Save as"), path_row)
        form.addRow("", self.bom_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._progress.changed.connect(self._show_progress)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_labels(self) -> dict[str, str]:
        return {
            "customers": self.tr("Customers (CSV)"),
            "purchases": self.tr("Purchases (CSV)"),
            "deals": self.tr("Deals (CSV)"),
            "interactions": self.tr("Interactions (CSV)"),
            "tasks": self.tr("Tasks (CSV)"),
            "vcard": self.tr("Customers as contacts for a phone (vCard)"),
        }

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.bom_check.setEnabled(kind != "vcard")
        suffix = ".vcf" if kind == "vcard" else ".csv"
        name = ("contacts" if kind == "vcard" else kind) + suffix
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else _documents()
        self.path_edit.setText(str(folder / name))

    def _browse(self) -> None:
        is_vcard = self.kind() == "vcard"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path_edit.text(),
            self.tr("vCard files (*.vcf)") if is_vcard else self.tr("CSV files (*.csv)"),
        )
        if chosen:
            self._confirmed = chosen  # the save dialog asked before choosing an existing file
            self.path_edit.setText(chosen)

    def _may_replace(self, path: str) -> bool:
        """A typed name of an existing file is replaced only after asking (the save dialog asks itself)."""
        if not Path(path).is_file() or path == self._confirmed:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("{name} already exists. Replace it?").format(name=Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start(self) -> None:
        path = self.path_edit.text().strip()
        if not path or self.running or not self._may_replace(path):
            return
        kind, bom = self.kind(), self.bom_check.isChecked()
        ids = self.customer_ids if self.only_list.isChecked() else None
        self._cancel.clear()
        self.running = True
        self.export_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(self.tr("Exporting…"))
        progress, cancel = self._progress.changed.emit, self._cancel.is_set

        def op() -> Outcome[int]:
            if kind == "vcard":
                return Outcome(export_vcards(path, ids, cancel=cancel))
            return Outcome(
                export_csv(kind, path, bom=bom, customer_ids=ids, progress=progress, cancel=cancel)
            )

        self.ctx.write(op, lambda count: self._done(path, count), parent=self, on_error=self._failed)

    def _show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, path: str, count: int) -> None:
        self.running = False
        self.bar.hide()
        self.export_button.setEnabled(True)
        url = QUrl.fromLocalFile(str(Path(path).parent)).toString()
        self.status.setText(
            self.tr('{count} rows written to {name} (<a href="{url}">open the folder</a>).').format(
                count=number_text(count), name=Path(path).name, url=url
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.bar.hide()
        self.export_button.setEnabled(True)
        if isinstance(error, ExportCancelled):
            self.status.setText(self.tr("Cancelled; no file was written."))
            super().reject()
        elif isinstance(error, OSError):
            self.status.setText(
                self.tr("The file could not be written: {reason}").format(
                    reason=translated(error.strerror or str(error))
                )
            )
        else:
            self.ctx.report_error(error, self)

    def reject(self) -> None:
        if self.running:
            self._cancel.set()  # closes when the export has stopped and removed its partial file
            return
        super().reject()


def _documents() -> Path:
    folder = Path(platformdirs.user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def export_customers(
    ctx: AppContext, parent: QWidget | None, customer_ids: Sequence[int] | None
) -> ExportDialog:
    """Open the export dialog for customers, offering just ``customer_ids`` (the current list)."""
    dialog = ExportDialog(ctx, parent, entity="customers", customer_ids=customer_ids)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
