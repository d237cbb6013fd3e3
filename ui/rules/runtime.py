"""The automation while the window is open: rules on events and on a timer, the outbox, reminders.

Events come from whatever thread saved the data (the writer); a queued signal
brings them to the GUI thread, which hands the rules to the writer as a job
of its own — after the save that emitted them, never inside it. The outbox is
sent on a thread of its own (SMTP can take seconds; writes must not wait).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from crm_desktop.automation import events
from crm_desktop.automation.clock import Clock, SystemClock
from crm_desktop.automation.engine import RunReport, run_due, run_for_event
from crm_desktop.automation.presets import ensure_presets, localize_presets
from crm_desktop.email.sender import FlushReport, flush
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.ticket_desk import fill_missing_due_times
from ui.context import AppContext
from ui.runner import Runner

log = logging.getLogger(__name__)

CHECK_MS = 5 * 60_000  # the periodic check of time-based rules
CHECK_BATCH = 100  # runs per writer job: a burst never holds saves up for long
SEND_MS = 60_000  # the outbox is looked at every minute (and at once when something is queued)


class Autopilot(QObject):
    event_seen = Signal(object)  # automation Event, from any thread
    sent = Signal(object)  # FlushReport

    def __init__(
        self,
        ctx: AppContext,
        window: QMainWindow | None = None,
        *,
        clock: Clock | None = None,
        reminders: bool = True,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.clock = clock or SystemClock()
        self.outbox_runner = Runner("crm-outbox", self)
        self._sending = False
        self._stopped = False
        self._unsubscribe: Callable[[], None] | None = events.subscribe(self.event_seen.emit)
        self.event_seen.connect(self._on_event)
        ctx.bus.changed.connect(self._on_changes)
        self.check_timer = QTimer(self, interval=CHECK_MS)
        self.check_timer.timeout.connect(self.check_now)
        self.send_timer = QTimer(self, interval=SEND_MS)
        self.send_timer.timeout.connect(self.send_now)

        def translate(context: str, text: str) -> str:
            return QCoreApplication.translate(context, text)

        def start() -> Outcome[int]:
            presets, filled = ensure_presets(translate), fill_missing_due_times()
            localized = localize_presets(translate)
            return Outcome(presets.value, presets.changes | filled.changes | localized.changes)

        self._write(start, lambda _added: self.check_now())
        self.check_timer.start()
        self.send_timer.start()
        self.send_now()
        self.reminders = None
        if reminders and window is not None:
            from ui.tray import Reminders

            self.reminders = Reminders(ctx, window, self.clock)
        if window is not None and hasattr(window, "file_menu"):
            self._add_menu(window)

    def _add_menu(self, window: QMainWindow) -> None:
        menu = window.file_menu  # type: ignore[attr-defined]
        first = menu.actions()[0] if menu.actions() else None
        action = menu.addAction(self.tr("Email &sending…"))
        action.triggered.connect(lambda: self.email_settings(window))
        if first is not None:
            menu.insertAction(first, action)

    def email_settings(self, window: QMainWindow) -> None:
        from ui.email_settings import EmailSettingsDialog

        dialog = EmailSettingsDialog(self.ctx, window)
        dialog.saved.connect(self.send_now)
        dialog.open()

    # --- rules -------------------------------------------------------------------

    def _on_event(self, event: events.Event) -> None:
        if self._stopped:
            return
        self._write(lambda: run_for_event(event, self.clock))

    def check_now(self) -> None:
        if self._stopped:
            return
        self._write(lambda: run_due(self.clock, limit=CHECK_BATCH), self._checked)

    def _write(self, op: Callable[[], Outcome[Any]], then: Callable[[Any], None] | None = None) -> None:
        """On the writer, after whatever saves are queued; nothing is announced once stopped."""

        def done(outcome: Outcome[Any]) -> None:
            if not self._stopped:
                self.ctx.announce(outcome.changes)
                if then is not None:
                    then(outcome.value)

        self.ctx.writer.submit(op, done, self._rule_error)

    def _checked(self, report: RunReport) -> None:
        if report.more:  # a burst (a rule just switched on): the rest as a new job, after queued saves
            QTimer.singleShot(0, self, self.check_now)

    def _rule_error(self, error: BaseException) -> None:
        log.warning("automation run failed: %s", error)  # reported in the rule's history; saving goes on

    # --- the outbox ----------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("email") and not self._sending and not self._stopped:
            QTimer.singleShot(0, self, self.send_now)

    def send_now(self) -> None:
        if self._sending or self._stopped:
            return
        self._sending = True
        clock = self.clock
        self.outbox_runner.submit(lambda: flush(clock), self._sent, self._send_failed)

    def _sent(self, report: FlushReport) -> None:
        self._sending = False
        if self._stopped:
            return
        recovered = report.recovered is not None and (
            report.recovered.requeued or report.recovered.unconfirmed
        )
        if report.sent or report.failed or report.retrying or recovered:
            self.ctx.announce(Changes.of("email", "interaction", customers=report.customer_ids))
        self.sent.emit(report)

    def _send_failed(self, error: BaseException) -> None:
        self._sending = False
        log.error("the outbox could not be sent", exc_info=error)

    def stop(self) -> None:
        self._stopped = True
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.check_timer.stop()
        self.send_timer.stop()
        if self.reminders is not None:
            self.reminders.stop()
        self.outbox_runner.shutdown()
