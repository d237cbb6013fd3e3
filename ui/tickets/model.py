"""Tickets as a Qt table: subject, customer, kind, priority, status, assignee, due; overdue rows in red."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm_desktop.services.ticket_desk import TicketRow
from crm_desktop.timeutil import utcnow
from ui.customers.formatting import datetime_text
from ui.i18n import user_name

TICKET_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
OVERDUE_TEXT = QColor("#b91c1c")
OVERDUE_BACKGROUND = QColor("#fef2f2")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Tickets", text, disambiguation, n)


def status_label(status: str) -> str:
    return {
        "open": tr("Open"),
        "in_progress": tr("In progress"),
        "resolved": tr("Resolved"),
        "closed": tr("Closed"),
    }.get(status, status)


def priority_label(priority: int) -> str:
    return {0: tr("Low"), 1: tr("Normal"), 2: tr("High")}.get(priority, str(priority))


def kind_label(kind: str) -> str:
    return {"complaint": tr("Complaint"), "request": tr("Request")}.get(kind, kind)


def due_text(row: TicketRow, now: datetime) -> str:
    if row.due_at is None:
        return ""
    shown = datetime_text(row.due_at)
    if not row.overdue(now):
        return shown
    hours = int((now - row.due_at).total_seconds() // 3600)
    late = tr("%n h late", "", hours) if hours < 48 else tr("%n days late", "", hours // 24)
    return f"{shown} · {late}"


class TicketsModel(QAbstractTableModel):
    COLUMNS = ("subject", "customer", "kind", "priority", "status", "assignee", "due")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[TicketRow] = []
        self.now = utcnow()

    def set_rows(self, rows: list[TicketRow], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = list(rows), now
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                tr("Subject"),
                tr("Customer"),
                tr("Kind"),
                tr("Priority"),
                tr("Status"),
                tr("Assigned to"),
                tr("Due"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == TICKET_ROLE:
            return row
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "subject": row.subject,
                "customer": row.customer_name,
                "kind": kind_label(row.kind),
                "priority": priority_label(row.priority),
                "status": status_label(row.status),
                "assignee": user_name(row.assignee_name) if row.assignee_name else "—",
                "due": due_text(row, self.now),
            }[column]
        overdue = row.overdue(self.now)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return tr("Overdue: the answer was due {due}").format(due=due_text(row, self.now))
        return None
