"""An import (or a dry run) on the serialized writer thread, with progress and cancel."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from crm_desktop.importing import (
    ImportCancelled,
    ImportFile,
    ImportOptions,
    ImportRefused,
    ImportResult,
    run_import,
)
from crm_desktop.services.changes import Changes, Outcome
from ui.context import AppContext
from ui.i18n import translated_error

CHANGED_KINDS = {
    "customers": ("customer", "tag", "user"),
    "purchases": ("purchase", "customer"),
    "deals": ("deal", "customer", "user"),
    "interactions": ("interaction", "customer"),
}


class ImportJob(QObject):
    """Runs :func:`run_import` through ``ctx.write``; signals arrive on the GUI thread."""

    progress = Signal(int, int)  # rows done, rows in all (estimated)
    finished = Signal(object)  # ImportResult
    failed = Signal(str)  # a message for the user (refused or cancelled)
    cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._cancel = threading.Event()
        self.running = False

    def start(self, file: ImportFile, options: ImportOptions, *, dry_run: bool) -> None:
        self._cancel.clear()
        self.running = True

        def op() -> Outcome[Any]:
            result = run_import(
                file, options, dry_run=dry_run, progress=self.progress.emit, cancel=self._cancel.is_set
            )
            changes = Changes()
            if result.written:
                changes = Changes.of(*CHANGED_KINDS[options.entity], customers=result.customer_ids)
            return Outcome(result, changes)

        self.ctx.write(op, self._done, on_error=self._error)

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self, result: ImportResult) -> None:
        self.running = False
        self.finished.emit(result)

    def _error(self, error: BaseException) -> None:
        self.running = False
        if isinstance(error, ImportCancelled):
            self.cancelled.emit()
        elif isinstance(error, ImportRefused):
            self.failed.emit(translated_error(error))
        else:
            self.ctx.report_error(error, None)
            self.failed.emit(
                self.tr("The import stopped because of an unexpected error; nothing was changed.")
            )
