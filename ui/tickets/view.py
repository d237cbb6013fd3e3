"""The Tickets view: complaints and requests, filtered, moved along open → in progress → resolved → closed.

Overdue tickets (past their due time, still open) are red. Double-click opens
the customer. Tickets are opened from the customer page ("Open ticket").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.models import User
from crm_desktop.domain import TICKET_OPEN_STATUSES
from crm_desktop.services import ticket_desk, tickets
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.ticket_desk import NEXT_STATUS, TicketFilter, TicketRow
from crm_desktop.timeutil import utcnow
from ui.context import AppContext
from ui.i18n import number_text, user_name
from ui.tables import plain_table
from ui.tickets.model import TICKET_ROLE, TicketsModel, priority_label, status_label

REFRESH_MS = 60_000


def load(where: TicketFilter, now: datetime) -> tuple[list[TicketRow], dict[str, int], list[tuple[int, str]]]:
    users = [(u.id, user_name(u.name)) for u in User.select().order_by(User.name)]
    return ticket_desk.list_tickets(where, now=now), ticket_desk.counts(now), users


class TicketsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("viewRoot")
        self._seq = 0
        title = QLabel(self.tr("Tickets"))
        title.setObjectName("viewTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.status = QComboBox()
        for text, statuses in (
            (self.tr("Open and in progress"), TICKET_OPEN_STATUSES),
            (self.tr("Open"), ("open",)),
            (self.tr("In progress"), ("in_progress",)),
            (self.tr("Resolved"), ("resolved",)),
            (self.tr("Closed"), ("closed",)),
            (self.tr("All"), ()),
        ):
            self.status.addItem(text, statuses)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Complaints and requests"), None)
        self.kind.addItem(self.tr("Complaints"), "complaint")
        self.kind.addItem(self.tr("Requests"), "request")
        self.priority = QComboBox()
        self.priority.addItem(self.tr("Any priority"), None)
        for value in (2, 1, 0):
            self.priority.addItem(priority_label(value), value)
        self.assignee = QComboBox()
        self.assignee.addItem(self.tr("Anyone"), None)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.due_button = QPushButton(self.tr("Due times…"))
        self.due_button.setToolTip(self.tr("How long you give yourself to answer, by priority"))
        filters = QHBoxLayout()
        for widget in (self.status, self.kind, self.priority, self.assignee, self.overdue):
            filters.addWidget(widget)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda *_: self.reload())
        self.overdue.toggled.connect(lambda *_: self.reload())
        filters.addStretch(1)
        filters.addWidget(self.due_button)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)

        self.model = TicketsModel(self)
        self.table = QTableView()
        self.table.setObjectName("ticketTable")
        self.table.setModel(self.model)
        plain_table(self.table)
        self.table.doubleClicked.connect(self._open_customer)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.ticket_menu().exec(self.table.mapToGlobal(pos))
        )

        self.advance_button = QPushButton(self.tr("Start"))
        self.advance_button.setObjectName("primary")
        self.advance_button.clicked.connect(self.advance)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(lambda: self.set_status("open"))
        self.more_button = QPushButton(self.tr("Assign or prioritise"))
        self.more_button.clicked.connect(
            lambda: self.ticket_menu().exec(
                self.more_button.mapToGlobal(self.more_button.rect().bottomLeft())
            )
        )
        actions = QHBoxLayout()
        actions.addWidget(self.advance_button)
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.more_button)
        actions.addStretch(1)
        hint = QLabel(self.tr("Double-click opens the customer · open a ticket from the customer's page"))
        hint.setObjectName("muted")
        actions.addWidget(hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.due_button.clicked.connect(self.edit_due_times)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.bus.changed.connect(self._on_changes)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(lambda: self.reload() if self.isVisible() else None)
        self._timer.start()
        self.reload()

    # --- the window's view protocol ---------------------------------------------

    def activated(self) -> None:
        self.reload()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("tickets/status", self.status.currentIndex())

    # --- loading -------------------------------------------------------------------

    def current_filter(self) -> TicketFilter:
        return TicketFilter(
            statuses=tuple(self.status.currentData() or ()),
            kind=self.kind.currentData(),
            priority=self.priority.currentData(),
            assignee_id=self.assignee.currentData(),
            overdue_only=self.overdue.isChecked(),
        )

    def reload(self) -> None:
        self._seq += 1
        seq, where, now = self._seq, self.current_filter(), utcnow()
        self.ctx.read(lambda: load(where, now), lambda result: self._loaded(seq, now, *result))

    def _loaded(
        self,
        seq: int,
        now: datetime,
        rows: list[TicketRow],
        counts: dict[str, int],
        users: list[tuple[int, str]],
    ) -> None:
        if seq != self._seq:
            return
        selected = self.selected()
        self.model.set_rows(rows, now)
        self.users = users
        if self.assignee.count() != len(users) + 1:
            self.assignee.blockSignals(True)
            current = self.assignee.currentData()
            self.assignee.clear()
            self.assignee.addItem(self.tr("Anyone"), None)
            for uid, name in users:
                self.assignee.addItem(name, uid)
            self.assignee.setCurrentIndex(max(0, self.assignee.findData(current)))
            self.assignee.blockSignals(False)
        self.summary.setText(
            self.tr("{open} open · {progress} in progress · {overdue} overdue").format(
                open=number_text(counts["open"]),
                progress=number_text(counts["in_progress"]),
                overdue=number_text(counts["overdue"]),
            )
        )
        if selected is not None:
            for row, ticket in enumerate(rows):
                if ticket.id == selected.id:
                    self.table.selectRow(row)
        self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("ticket", "customer", "user", "setting"):
            self.reload()

    # --- acting on a ticket -----------------------------------------------------------

    def selected(self) -> TicketRow | None:
        index = self.table.currentIndex()
        return (
            index.data(TICKET_ROLE)
            if index.isValid() and self.table.selectionModel().hasSelection()
            else None
        )

    def _update_buttons(self) -> None:
        ticket = self.selected()
        following = NEXT_STATUS.get(ticket.status) if ticket else None
        labels = {"in_progress": self.tr("Start"), "resolved": self.tr("Resolve"), "closed": self.tr("Close")}
        self.advance_button.setText(labels.get(following or "", self.tr("Start")))
        self.advance_button.setEnabled(following is not None)
        self.reopen_button.setEnabled(ticket is not None and ticket.status in ("resolved", "closed"))
        self.more_button.setEnabled(ticket is not None)

    def _write(self, op: Callable[[], Outcome[Any]]) -> None:
        self.ctx.write(op, parent=self)

    def advance(self) -> None:
        ticket = self.selected()
        if ticket is not None and ticket.status in NEXT_STATUS:
            self.set_status(NEXT_STATUS[ticket.status])

    def set_status(self, status: str) -> None:
        ticket = self.selected()
        if ticket is not None:
            tid = ticket.id
            self._write(lambda: tickets.set_status(tid, status))

    def ticket_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ticket = self.selected()
        if ticket is None:
            return menu
        tid = ticket.id
        statuses = menu.addMenu(self.tr("Status"))
        for status in ("open", "in_progress", "resolved", "closed"):
            action = statuses.addAction(
                status_label(status), partial(self._write, partial(tickets.set_status, tid, status))
            )
            action.setEnabled(status != ticket.status)
        priorities = menu.addMenu(self.tr("Priority"))
        for value in (2, 1, 0):
            action = priorities.addAction(
                priority_label(value),
                partial(self._write, partial(ticket_desk.update_ticket, tid, priority=value)),
            )
            action.setEnabled(value != ticket.priority)
        assign = menu.addMenu(self.tr("Assign to"))
        assign.addAction(
            self.tr("Nobody"), lambda: self._write(lambda: ticket_desk.update_ticket(tid, assignee_id=None))
        )
        for uid, name in getattr(self, "users", []):
            assign.addAction(
                name, partial(self._write, partial(ticket_desk.update_ticket, tid, assignee_id=uid))
            )
        menu.addSeparator()
        menu.addAction(self.tr("Open customer"), lambda: self._open_customer(self.table.currentIndex()))
        return menu

    def _open_customer(self, index: QModelIndex) -> None:
        ticket = index.data(TICKET_ROLE) if index.isValid() else None
        if ticket is not None and self.ctx.navigator is not None:
            self.ctx.navigator.open_customer(ticket.customer_id)

    def edit_due_times(self) -> QDialog:
        dialog = DueTimesDialog(self.ctx, self)
        dialog.open()
        return dialog


class DueTimesDialog(QDialog):
    """Hours to answer a ticket, per priority."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("formDialog")
        self.setWindowTitle(self.tr("Ticket due times"))
        form = QFormLayout()
        self.spins: dict[int, QSpinBox] = {}
        for priority in (2, 1, 0):
            spin = QSpinBox()
            spin.setRange(1, ticket_desk.MAX_DUE_HOURS)
            spin.setSuffix(self.tr(" hours"))
            spin.setValue(ticket_desk.due_hours(priority))
            self.spins[priority] = spin
            form.addRow(priority_label(priority), spin)
        note = QLabel(self.tr("A new ticket is due this long after it is opened."))
        note.setObjectName("muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> None:
        hours = {p: s.value() for p, s in self.spins.items()}

        def op() -> Outcome[int]:
            for priority, value in hours.items():
                ticket_desk.set_due_hours(priority, value)
            return Outcome(len(hours), Changes.of("setting", "ticket"))

        self.ctx.write(op, lambda _n: self.accept(), parent=self)
