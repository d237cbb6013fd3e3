"""The Rules view: every rule with its switch, what starts it and how it went; the history below.

The ready-made rules (presets) are listed switched off: ticking one turns it
on. A rule only acts on what happens after it is switched on.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.automation import rules as rule_service
from crm_desktop.automation.engine import run_due
from crm_desktop.automation.rules import RuleRow, RunRow
from crm_desktop.automation.triggers import TRIGGERS
from crm_desktop.db.models import Customer, Stage
from crm_desktop.services.changes import Changes
from ui.context import AppContext
from ui.customers.formatting import datetime_text
from ui.i18n import number_text, stage_name
from ui.icons import icon
from ui.tables import plain_table

FAILED = QColor("#b91c1c")


def when_text(row: RuleRow, stages: dict[int, str]) -> str:
    spec = row.spec
    text = (
        QCoreApplication.translate("Automation", TRIGGERS[spec.trigger].label)
        if spec.trigger in TRIGGERS
        else spec.trigger
    )
    params = spec.trigger_params
    if spec.trigger == "deal_stage_entered":
        name = stages.get(int(params.get("stage_id", 0)))
        text += f": {stage_name(name) if name else '?'}"  # "Quote sent" in the window's language
    elif spec.trigger in ("no_interaction", "no_purchase") and "days" in params:
        # the N stands alone wherever the language puts it: "for N days", "N দিন …"
        text = re.sub(r"(?<!\w)N(?!\w)", number_text(int(params["days"])), text)
    return text


def load_rules() -> tuple[list[RuleRow], dict[int, str]]:
    return rule_service.list_rules(), {s.id: s.name for s in Stage.select(Stage.id, Stage.name)}


def load_history(rule_id: int | None) -> list[tuple[RunRow, str]]:
    runs = rule_service.history(rule_id)
    ids = {r.customer_id for r in runs if r.customer_id}
    names = {
        c.id: c.display_name
        for c in Customer.select(Customer.id, Customer.display_name).where(Customer.id.in_(list(ids)))
    }
    return [(r, names.get(r.customer_id or 0, "")) for r in runs]


def _time(value: datetime | None) -> str:
    return datetime_text(value) if value else "—"


class RulesView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("viewRoot")
        self.rows: list[RuleRow] = []
        self._filling = False
        title = QLabel(self.tr("Rules"))
        title.setObjectName("viewTitle")
        self.new_button = QPushButton(self.tr("New rule"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.edit_rule(None))
        self.check_button = QPushButton(self.tr("Check now"))
        self.check_button.setToolTip(
            self.tr("Run the time-based rules now instead of waiting for the next check")
        )
        self.check_button.clicked.connect(self.check_now)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.check_button)
        bar.addWidget(self.new_button)
        intro = QLabel(
            self.tr(
                "Follow-ups on autopilot: a rule waits for something to happen, checks its conditions "
                "and acts. Ready-made rules are listed switched off — tick one to turn it on; it acts on "
                "what happens from then on."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("On"),
                self.tr("Rule"),
                self.tr("When"),
                self.tr("Last run"),
                self.tr("Runs"),
                self.tr("Failed"),
            ]
        )
        plain_table(self.table, stretch=(1,))
        self.table.itemChanged.connect(self._switched)
        self.table.itemSelectionChanged.connect(self.reload_history)
        self.table.itemDoubleClicked.connect(
            lambda item: item.column() > 0 and self.edit_rule(self.selected())
        )
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_rule(self.selected()))
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete"))
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete_rule)
        rule_buttons = QHBoxLayout()
        rule_buttons.addWidget(self.edit_button)
        rule_buttons.addWidget(self.delete_button)
        rule_buttons.addStretch(1)

        self.history_title = QLabel(self.tr("History"))
        self.history_title.setObjectName("sectionHeading")
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("historyTable")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Customer"),
                self.tr("Event"),
                self.tr("Result"),
                self.tr("What happened"),
            ]
        )
        plain_table(self.history, stretch=(4,))
        self.history.itemDoubleClicked.connect(self._open_history_customer)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(rule_buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(self.history_title)
        bottom_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        ctx.bus.changed.connect(self._on_changes)
        self.reload()

    # --- the window's view protocol ----------------------------------------------

    def activated(self) -> None:
        self.reload()

    def save_state(self, settings: QSettings) -> None:
        pass

    # --- loading --------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.read(load_rules, lambda result: self._loaded(*result))

    def _loaded(self, rows: list[RuleRow], stages: dict[int, str]) -> None:
        selected = self.selected()
        self.rows = rows
        self._filling = True
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            switch = QTableWidgetItem()
            switch.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            switch.setCheckState(Qt.CheckState.Checked if row.enabled else Qt.CheckState.Unchecked)
            switch.setToolTip(self.tr("Switch the rule on or off"))
            self.table.setItem(i, 0, switch)
            name = row.spec.name + (self.tr("  · ready-made") if row.preset else "")
            cells = (
                name,
                when_text(row, stages),
                _time(row.last_run_at),
                number_text(row.runs),
                number_text(row.failures),
            )
            for column, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                if column == 5 and row.failures:
                    item.setForeground(QBrush(FAILED))
                self.table.setItem(i, column, item)
        self._filling = False
        if selected is not None:
            for i, row in enumerate(rows):
                if row.id == selected.id:
                    self.table.selectRow(i)
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> RuleRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def reload_history(self) -> None:
        self._update_buttons()
        rule = self.selected()
        if rule is None:
            self.history.setRowCount(0)
            return
        self.history_title.setText(self.tr("History of “{name}”").format(name=rule.spec.name))
        self.ctx.read(lambda: load_history(rule.id), self._history_loaded)

    def _history_loaded(self, runs: list[tuple[RunRow, str]]) -> None:
        self.history.setRowCount(len(runs))
        self.history_runs = runs
        results = {"done": self.tr("Done"), "skipped": self.tr("Skipped"), "failed": self.tr("Failed")}
        for i, (run, customer) in enumerate(runs):
            cells = (
                _time(run.at),
                customer,
                self._event_label(run.event_key),
                results.get(run.status, run.status),
                run.detail.replace("\n", " · "),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(run.detail)
                if run.status == "failed":
                    item.setForeground(QBrush(FAILED))
                self.history.setItem(i, column, item)

    def _event_label(self, key: str) -> str:
        kind = key.split(":")[0]
        return {
            "stage": self.tr("Deal moved"),
            "won": self.tr("Deal won"),
            "lost": self.tr("Deal lost"),
            "customer": self.tr("New customer"),
            "purchase": self.tr("Purchase"),
            "ticket": self.tr("Ticket opened"),
            "ticket_overdue": self.tr("Ticket overdue"),
            "no_contact": self.tr("No contact"),
            "no_purchase": self.tr("No purchase"),
            "birthday": self.tr("Birthday"),
        }.get(kind, kind)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("rule", "stage"):
            self.reload()

    # --- acting ------------------------------------------------------------------------

    def _switched(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0 or not 0 <= item.row() < len(self.rows):
            return
        rule = self.rows[item.row()]
        on = item.checkState() == Qt.CheckState.Checked
        self.ctx.write(lambda: rule_service.set_enabled(rule.id, on), parent=self)
        if self.ctx.navigator is not None:
            text = self.tr("“{name}” is on.") if on else self.tr("“{name}” is off.")
            self.ctx.navigator.show_message(text.format(name=rule.spec.name))

    def edit_rule(self, rule: RuleRow | None) -> QWidget:
        from ui.rules.editor import RuleDialog

        dialog = RuleDialog(
            self.ctx, self, rule_id=rule.id if rule else None, spec=rule.spec if rule else None
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def delete_rule(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete rule"),
            self.tr("Delete “{name}” and its history?").format(name=rule.spec.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.write(lambda: rule_service.delete_rule(rule.id), parent=self)

    def check_now(self) -> None:
        def done(report: object) -> None:
            if self.ctx.navigator is not None:
                count = getattr(report, "count", lambda _s: 0)
                self.ctx.navigator.show_message(
                    self.tr("Rules checked: {done} done, {failed} failed.").format(
                        done=count("done"), failed=count("failed")
                    )
                )

        self.ctx.write(run_due, done, parent=self)

    def _open_history_customer(self, item: QTableWidgetItem) -> None:
        run, _name = self.history_runs[item.row()]
        if run.customer_id and self.ctx.navigator is not None:
            self.ctx.navigator.open_customer(run.customer_id)
