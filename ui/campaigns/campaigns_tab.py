"""Campaigns: send a template to a segment through the outbox, then see who bought afterwards.

Customers who asked not to be contacted are skipped; the do-not-contact list
is kept here (add a customer by name, remove with a click).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.models import Customer, EmailTemplate, Segment
from crm_desktop.locale import format_date, format_money
from crm_desktop.money import Money
from crm_desktop.services import campaigns as campaign_service
from crm_desktop.services.campaigns import CampaignResult, SendSummary
from crm_desktop.services.changes import Changes
from crm_desktop.timeutil import to_local
from ui.context import AppContext
from ui.i18n import number_text, ui_locale
from ui.icons import icon
from ui.pipeline.customer_picker import CustomerPicker
from ui.tables import plain_table


def load(
    days: int,
) -> tuple[list[CampaignResult], list[tuple[int, str]], list[tuple[int, str]], list[tuple[int, str]]]:
    segments = [(s.id, s.name) for s in Segment.select().order_by(Segment.name)]
    templates = [(t.id, t.name) for t in EmailTemplate.select().order_by(EmailTemplate.name)]
    quiet = [
        (c.id, c.display_name)
        for c in Customer.select(Customer.id, Customer.display_name)
        .where(Customer.do_not_contact & Customer.deleted_at.is_null())
        .order_by(Customer.sort_name)
    ]
    return (
        [campaign_service.results(c.campaign_id, days) for c in campaign_service.list_campaigns()],
        segments,
        templates,
        quiet,
    )


class CampaignsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: list[CampaignResult] = []
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Eid offer 2026"))
        self.segment = QComboBox()
        self.template = QComboBox()
        self.send_button = QPushButton(icon("email"), self.tr("Send to the segment"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send)
        new = QGroupBox(self.tr("New campaign"))
        new.setObjectName("settingsGroup")
        form = QFormLayout(new)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Segment"), self.segment)
        form.addRow(self.tr("Email template"), self.template)
        form.addRow("", self.send_button)
        self.setup_hint = QLabel()  # what to make first, while Send cannot be pressed
        self.setup_hint.setObjectName("muted")
        self.setup_hint.setWordWrap(True)
        self.setup_hint.hide()
        form.addRow("", self.setup_hint)

        quiet_box = QGroupBox(self.tr("Do not contact"))
        quiet_box.setObjectName("settingsGroup")
        self.quiet = QListWidget()
        self.quiet.setObjectName("doNotContactList")
        self.picker = CustomerPicker(ctx)
        self.picker.setPlaceholderText(self.tr("Add a customer who asked for no emails…"))
        self.picker.customer_changed.connect(self._add_quiet)
        remove = QPushButton(self.tr("Remove from the list"))
        remove.clicked.connect(self._remove_quiet)
        quiet_layout = QVBoxLayout(quiet_box)
        quiet_layout.addWidget(self.picker)
        quiet_layout.addWidget(self.quiet, 1)
        quiet_layout.addWidget(remove)
        top = QHBoxLayout()
        top.addWidget(new, 3)
        top.addWidget(quiet_box, 2)

        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(lambda *_: self.reload())
        results_bar = QHBoxLayout()
        heading = QLabel(self.tr("Sent campaigns"))
        heading.setObjectName("sectionHeading")
        results_bar.addWidget(heading)
        results_bar.addStretch(1)
        results_bar.addWidget(QLabel(self.tr("Bought within")))
        results_bar.addWidget(self.days)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("campaignTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Campaign"),
                self.tr("Sent"),
                self.tr("Recipients"),
                self.tr("Delivered"),
                self.tr("Failed"),
                self.tr("Bought"),
                self.tr("For"),
            ]
        )
        plain_table(self.table)
        self.recipients_button = QPushButton(icon("customers"), self.tr("Show recipients"))
        self.recipients_button.clicked.connect(self.show_recipients)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(results_bar)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.recipients_button)
        layout.addLayout(row)
        ctx.bus.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        days = self.days.value()
        self.ctx.read(lambda: load(days), lambda r: self._loaded(*r))

    def _loaded(
        self,
        results: list[CampaignResult],
        segments: list[tuple[int, str]],
        templates: list[tuple[int, str]],
        quiet: list[tuple[int, str]],
    ) -> None:
        for combo, items in ((self.segment, segments), (self.template, templates)):
            current = combo.currentData()
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.send_button.setEnabled(bool(segments and templates))
        self.send_button.setToolTip(
            "" if segments and templates else self.tr("Save a segment and a template first")
        )
        if not segments and not templates:
            hint = self.tr(
                "To send a campaign, first save a segment in the Segments tab (who gets the email) "
                "and a template in the Email templates tab (what it says)."
            )
        elif not segments:
            hint = self.tr(
                "To send a campaign, first save a segment in the Segments tab: who gets the email."
            )
        elif not templates:
            hint = self.tr(
                "To send a campaign, first save a template in the Email templates tab: what the email says."
            )
        else:
            hint = ""
        self.setup_hint.setText(hint)
        self.setup_hint.setVisible(bool(hint))
        self.quiet.clear()
        for cid, name in quiet:
            item = QListWidgetItem(name)
            item.setData(256, cid)
            self.quiet.addItem(item)
        self.results = results
        self.table.setRowCount(len(results))
        for i, r in enumerate(results):
            sent = format_date(to_local(r.sent_at).date(), ui_locale()) if r.sent_at else "—"
            cells = (
                r.name,
                sent,
                number_text(r.recipients),
                number_text(r.delivered),
                number_text(r.failed),
                number_text(r.buyers),
                format_money(Money(r.revenue_minor), ui_locale()),
            )
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self.recipients_button.setEnabled(bool(results))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("campaign", "segment", "email", "purchase", "customer"):
            self.reload()

    def send(self) -> None:
        name, segment, template = self.name.text(), self.segment.currentData(), self.template.currentData()
        if segment is None or template is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Send campaign"),
            self.tr("Email “{template}” to everyone in “{segment}” who can be emailed?").format(
                template=self.template.currentText(), segment=self.segment.currentText()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.write(
            lambda: campaign_service.send_campaign(name, segment, template), self._sent, parent=self
        )

    def _sent(self, summary: SendSummary) -> None:
        self.name.clear()
        if self.ctx.navigator is not None:
            self.ctx.navigator.show_message(
                self.tr(
                    "{queued} emails queued; {no_email} have no address, {quiet} asked not to be contacted."
                ).format(queued=summary.queued, no_email=summary.no_email, quiet=summary.do_not_contact)
            )

    def _add_quiet(self, customer_id: int | None) -> None:
        if customer_id is not None:
            self.ctx.write(lambda: campaign_service.set_do_not_contact([customer_id], True), parent=self)
            QTimer.singleShot(0, self.picker, lambda: self.picker.set_customer(None))

    def _remove_quiet(self) -> None:
        item = self.quiet.currentItem()
        if item is not None:
            cid = int(item.data(256))
            self.ctx.write(lambda: campaign_service.set_do_not_contact([cid], False), parent=self)

    def show_recipients(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.results) or self.ctx.navigator is None:
            return
        result = self.results[row]
        cid = result.campaign_id
        self.ctx.read(
            lambda: frozenset(
                c for c, _name, status in campaign_service.recipients(cid) if status == "queued"
            ),
            lambda ids: (
                self.ctx.navigator.show_customers(ids=ids, title=result.name) if self.ctx.navigator else None
            ),
        )
