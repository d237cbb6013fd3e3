"""What every view needs: the store, the background runners, the change bus, navigation."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any, Protocol

import peewee
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.db.store import Store, describe_sqlite_error
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import NotFoundError, ValidationError
from ui.i18n import translated_error
from ui.runner import Runner

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """One signal that every open view listens to: "this operation changed these things"."""

    changed = Signal(object)  # Changes


class Navigator(Protocol):
    def open_customer(self, customer_id: int) -> None: ...
    def show_view(self, name: str) -> None: ...
    def show_customers(self, *, ids: frozenset[int] | None = None, title: str = "") -> None: ...
    def show_message(
        self, text: str, undo: Callable[[], None] | None = None, *, undone: str | None = None
    ) -> None: ...


class AppContext:
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        self.store = store
        self.writer = Runner("crm-writer", parent)
        self.reader = Runner("crm-reader", parent)
        self.bus = ChangeBus(parent)
        self.navigator: Navigator | None = None

    def write(
        self,
        op: Callable[[], Outcome[Any]],
        on_done: Callable[[Any], object] | None = None,
        *,
        parent: QWidget | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a service call on the writer thread, then announce what it changed.

        A refused input (ValidationError) goes to ``on_error`` if given, else
        to a message box; nothing is ever shown as a traceback.
        """

        def done(outcome: Outcome[Any]) -> None:
            if outcome.changes:
                self.bus.changed.emit(outcome.changes)
            if on_done is not None:
                on_done(outcome.value)

        def failed(error: BaseException) -> None:
            if on_error is not None:
                on_error(error)
            else:
                self.report_error(error, parent)

        self.writer.submit(op, done, failed)

    def read(self, query: Callable[[], Any], on_done: Callable[[Any], object]) -> None:
        """Run a read that may be slow on the reader thread."""
        self.reader.submit(query, on_done, lambda e: self.report_error(e, None))

    def announce(self, changes: Changes) -> None:
        if changes:
            self.bus.changed.emit(changes)

    def report_error(self, error: BaseException, parent: QWidget | None) -> None:
        """Say what went wrong: refused input and database trouble (read-only file,
        full disk, busy) in plain words; anything else in the unexpected-error dialog."""
        title = QCoreApplication.translate("AppContext", "Not saved")
        if isinstance(error, ValidationError | NotFoundError):
            QMessageBox.warning(parent, title, translated_error(error))
            return
        if isinstance(error, sqlite3.Error | peewee.DatabaseError):
            log.warning("database error: %s", error)
            QMessageBox.warning(parent, title, str(describe_sqlite_error(self.store.path, error)))
            return
        log.error("operation failed", exc_info=error)
        from ui.errors import show_unexpected

        show_unexpected(error, parent)

    def shutdown(self) -> None:
        self.writer.shutdown()
        self.reader.shutdown()
