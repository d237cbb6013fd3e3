"""Reminders while the app runs: a tray notification, or a panel in the window when there is no tray.

Every half minute the tasks whose due (or snooze) time has come are shown
once: as a tray message (clicking it opens the list), and in the reminders
panel, where each can be ticked done, snoozed or opened. On start the
reminders missed while the app was closed are listed the same way. The tray
menu shows today's tasks, each with Done and Snooze.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.automation.clock import Clock
from crm_desktop.automation.reminders import Reminder, due_reminders, mark_reminded, snooze, todays_tasks
from crm_desktop.services.tasks import set_done
from crm_desktop.timeutil import local_to_utc, to_local
from ui.context import AppContext
from ui.customers.formatting import datetime_text, formatter
from ui.icons import icon
from ui.tables import plain_table

CHECK_MS = 30_000


class RemindersPanel(QDialog):
    """The reminders waiting for an answer: done, snooze, or open the customer."""

    def __init__(self, ctx: AppContext, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.setObjectName("remindersPanel")
        self.setWindowTitle(self.tr("Reminders"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setMinimumSize(560, 300)
        self.reminders: list[Reminder] = []
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Customer"), self.tr("Due")])
        plain_table(self.table)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primary")
        self.snooze_button = QPushButton(self.tr("Snooze"))
        snooze_menu = QMenu(self.snooze_button)
        for label, minutes in (
            (self.tr("15 minutes"), 15),
            (self.tr("1 hour"), 60),
            (self.tr("3 hours"), 180),
        ):
            snooze_menu.addAction(label, partial(self.snooze_selected, timedelta(minutes=minutes)))
        snooze_menu.addAction(self.tr("Tomorrow morning"), lambda: self.snooze_selected(None))
        self.snooze_button.setMenu(snooze_menu)
        self.open_button = QPushButton(self.tr("Open customer"))
        close = QPushButton(self.tr("Close"))
        self.done_button.clicked.connect(self.done_selected)
        self.open_button.clicked.connect(self.open_selected)
        close.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add(self, reminders: list[Reminder], *, missed: bool = False) -> None:
        known = {r.task_id for r in self.reminders}
        self.reminders += [r for r in reminders if r.task_id not in known]
        self.heading.setText(
            self.tr("Reminders missed while CRM Desktop was closed") if missed else self.tr("Due now")
        )
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.reminders))
        for row, r in enumerate(self.reminders):
            cells = (r.title, r.customer_name, datetime_text(r.due_at))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self.reminders and not self.table.selectedItems():
            self.table.selectRow(0)
        enabled = bool(self.reminders)
        for button in (self.done_button, self.snooze_button, self.open_button):
            button.setEnabled(enabled)

    def selected(self) -> Reminder | None:
        row = self.table.currentRow()
        return self.reminders[row] if 0 <= row < len(self.reminders) else None

    def _forget(self, reminder: Reminder) -> None:
        self.reminders = [r for r in self.reminders if r.task_id != reminder.task_id]
        self._fill()
        if not self.reminders:
            self.hide()

    def done_selected(self) -> None:
        reminder = self.selected()
        if reminder is not None:
            self.ctx.write(lambda: set_done(reminder.task_id), parent=self)
            self._forget(reminder)

    def snooze_selected(self, delay: timedelta | None) -> None:
        reminder = self.selected()
        if reminder is None:
            return
        now = self.clock.now()
        if delay is None:  # tomorrow at 09:00 local time
            tomorrow = to_local(now).date() + timedelta(days=1)
            until = local_to_utc(datetime.combine(tomorrow, time(9, 0)))
        else:
            until = now + delay
        self.ctx.write(lambda: snooze(reminder.task_id, until), parent=self)
        self._forget(reminder)

    def open_selected(self) -> None:
        reminder = self.selected()
        if reminder is not None and reminder.customer_id is not None and self.ctx.navigator is not None:
            self.ctx.navigator.open_customer(reminder.customer_id)


class Reminders(QObject):
    """Checks for due reminders and shows them in the tray, or in the panel without a tray."""

    def __init__(
        self, ctx: AppContext, window: QMainWindow, clock: Clock, *, use_tray: bool | None = None
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.clock = clock
        self.panel = RemindersPanel(ctx, clock, window)
        available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        if available if use_tray is None else (use_tray and available):
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.setToolTip(self.tr("CRM Desktop"))
            self.menu = QMenu()
            self.menu.aboutToShow.connect(self._fill_menu)
            self.tray.setContextMenu(self.menu)
            self.tray.messageClicked.connect(self.show_panel)
            self.tray.activated.connect(lambda _reason: self.show_panel())
            self.tray.show()
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.check(missed=True)

    def check(self, *, missed: bool = False) -> None:
        if not self.timer.isActive() and not missed:
            return  # stopped
        now = self.clock.now()
        self.ctx.read(lambda: due_reminders(now), lambda found: self._show(found, now, missed))

    def _show(self, found: list[Reminder], now: datetime, missed: bool) -> None:
        if not found or not self.timer.isActive():
            return
        ids = [r.task_id for r in found]
        self.ctx.write(lambda: mark_reminded(ids, now))
        self.panel.add(found, missed=missed)
        if self.tray is not None:
            title = (
                self.tr("%n missed reminder(s)", "", len(found))
                if missed
                else self.tr("%n task(s) due", "", len(found))
            )
            self.tray.showMessage(title, "\n".join(r.title for r in found[:5]), icon("app"), 15_000)
        else:
            self.show_panel()

    def show_panel(self) -> None:
        self.panel.show()
        self.panel.raise_()

    def _fill_menu(self) -> None:
        self.menu.clear()
        now = self.clock.now()
        local_midnight = local_to_utc(datetime.combine(to_local(now).date(), time.min))
        today = todays_tasks(local_midnight)
        self.menu.addSection(self.tr("Today's tasks") if today else self.tr("Nothing due today"))
        for r in today:
            sub = self.menu.addMenu(f"{formatter().time(r.due_at)}  {r.title}")
            sub.addAction(self.tr("Done"), partial(self.ctx.write, partial(set_done, r.task_id)))
            sub.addAction(self.tr("Snooze 1 hour"), partial(self._snooze_an_hour, r.task_id))
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Show CRM Desktop"), self.window.showNormal)

    def _snooze_an_hour(self, task_id: int) -> None:
        until = self.clock.now() + timedelta(hours=1)
        self.ctx.write(lambda: snooze(task_id, until))

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
        self.panel.hide()
