"""The outbox: every email with its state and, when it failed, why; Retry, Discard, Send now.

Without an SMTP account nothing is sent: the banner says so, and "Open in my
mail program" hands the selected email to the user's own mail program
(mailto:) — it is then logged on the customer's timeline as sent by email.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.email import outbox
from crm_desktop.email.account import load_account
from crm_desktop.email.outbox import OutboxRow
from crm_desktop.email.sender import FlushReport, flush
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.interactions import log_interaction
from ui.context import AppContext
from ui.customers import contact_links
from ui.customers.formatting import datetime_text
from ui.i18n import number_text
from ui.runner import Runner
from ui.tables import plain_table

FAILED = QColor("#b91c1c")


def mailto_with(row: OutboxRow) -> str:
    return f"{contact_links.mailto_url(row.to_address)}?subject={quote(row.subject)}&body={quote(row.body)}"


def handed_to_mail_program(row: OutboxRow) -> Outcome[int]:
    """The user sent it from their own mail program: log it, and take it out of the queue."""
    if row.customer_id is not None:
        log_interaction(row.customer_id, "email", subject=row.subject[:255], body=row.body)
    outbox.discard([row.id])
    return Outcome(
        row.id, Changes.of("email", "interaction", customers=[row.customer_id] if row.customer_id else [])
    )


class OutboxTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[OutboxRow] = []
        self.send_runner: Runner | None = None  # made on the first "Send now"
        self.banner = QFrame()
        self.banner.setObjectName("setupBanner")
        banner_text = QLabel(
            self.tr(
                "Email sending is not set up: emails wait here. Set up your mail account in "
                "File › Email sending…, or open an email in your own mail program."
            )
        )
        banner_text.setWordWrap(True)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(banner_text, 1)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("outboxTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("To"),
                self.tr("Subject"),
                self.tr("State"),
                self.tr("Tries"),
                self.tr("When"),
                self.tr("Reason"),
            ]
        )
        plain_table(self.table, stretch=(1, 5), single=False)
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send_now)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(lambda: self._on_selected(outbox.retry))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("danger")
        self.discard_button.clicked.connect(lambda: self._on_selected(outbox.discard))
        self.mailto_button = QPushButton(self.tr("Open in my mail program"))
        self.mailto_button.clicked.connect(self.open_in_mail_program)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.mailto_button, self.discard_button, self.retry_button, self.send_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        ctx.bus.changed.connect(
            lambda changes: self.reload() if changes.touches("email", "setting") else None
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.ctx.read(
            lambda: (outbox.messages(), outbox.counts(), load_account() is not None),
            lambda r: self._loaded(*r),
        )

    def _loaded(self, rows: list[OutboxRow], counts: dict[str, int], configured: bool) -> None:
        self.rows = rows
        self.configured = configured
        self.banner.setVisible(not configured)
        states = {
            "queued": self.tr("Waiting"),
            "sending": self.tr("Sending"),
            "sent": self.tr("Sent"),
            "failed": self.tr("Failed"),
        }
        self.summary.setText(
            self.tr("{queued} waiting · {sent} sent · {failed} failed").format(
                queued=number_text(counts["queued"]),
                sent=number_text(counts["sent"]),
                failed=number_text(counts["failed"]),
            )
        )
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            when = (
                row.sent_at
                if row.status == "sent"
                else (row.next_attempt_at if row.status == "queued" else row.created_at)
            )
            cells = (
                row.to_name or row.to_address,
                row.subject,
                states.get(row.status, row.status),
                number_text(row.attempts),
                datetime_text(when),
                row.last_error,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.last_error or row.to_address)
                if row.status == "failed":
                    item.setForeground(QBrush(FAILED))
                self.table.setItem(i, column, item)
        self._update_buttons()

    def selected(self) -> list[OutboxRow]:
        chosen = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.rows[i] for i in sorted(chosen) if i < len(self.rows)]

    def _update_buttons(self) -> None:
        rows = self.selected()
        self.retry_button.setEnabled(any(r.status == "failed" for r in rows))
        self.discard_button.setEnabled(any(r.status in ("queued", "failed") for r in rows))
        self.mailto_button.setEnabled(len(rows) == 1 and rows[0].status in ("queued", "failed"))
        self.send_button.setEnabled(getattr(self, "configured", False))

    def _on_selected(self, op: object) -> None:
        ids = [r.id for r in self.selected()]
        if ids:
            self.ctx.write(lambda: op(ids), parent=self)  # type: ignore[operator]

    def open_in_mail_program(self) -> None:
        rows = self.selected()
        if len(rows) == 1 and contact_links.open_link(mailto_with(rows[0])):
            row = rows[0]
            self.ctx.write(lambda: handed_to_mail_program(row), parent=self)

    def send_now(self) -> None:
        self.send_button.setEnabled(False)
        if self.send_runner is None:
            self.send_runner = Runner("crm-outbox-now", self)
        self.send_runner.submit(flush, self._sent, lambda error: self.ctx.report_error(error, self))

    def _sent(self, report: FlushReport) -> None:
        self.ctx.announce(Changes.of("email", "interaction", customers=report.customer_ids))
        if self.ctx.navigator is not None:
            if report.busy:
                text = self.tr("The outbox is being sent already.")
            else:
                text = self.tr("{sent} sent, {failed} failed, {waiting} waiting for the server.").format(
                    sent=report.sent,
                    failed=len(report.failed),
                    waiting=len(report.retrying) + report.postponed,
                )
            self.ctx.navigator.show_message(text)

    def shutdown(self) -> None:
        if self.send_runner is not None:
            self.send_runner.shutdown()
            self.send_runner = None
