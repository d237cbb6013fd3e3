"""Setting a month's targets: revenue, deals won, new customers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.models import DEFAULT_CURRENCY
from crm_desktop.locale import ParseError, format_number, parse_amount
from crm_desktop.money import Money
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.goals import GoalRow, goals_between, save_month_goals
from ui.context import AppContext
from ui.i18n import translated, validation_text

MAX_COUNT = 1_000_000


class GoalsDialog(QDialog):
    """Pick a month, type its targets, save. An empty or zero target removes that goal."""

    def __init__(
        self, ctx: AppContext, month: date, locale: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locale_name = locale
        self.setWindowTitle(self.tr("Monthly goals"))
        self.month = QDateEdit(QDate(month.year, month.month, 1))
        self.month.setDisplayFormat("MMMM yyyy")
        self.revenue = QLineEdit()
        self.revenue.setPlaceholderText(self.tr("e.g. 5,00,000"))
        self.deals = QSpinBox()
        self.customers = QSpinBox()
        for spin in (self.deals, self.customers):
            spin.setRange(0, MAX_COUNT)
            spin.setSpecialValueText(self.tr("no goal"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Revenue ({currency})").format(currency=DEFAULT_CURRENCY), self.revenue)
        form.addRow(self.tr("Deals won"), self.deals)
        form.addRow(self.tr("New customers"), self.customers)
        hint = QLabel(self.tr("Leave a target empty (or 0) to remove that goal."))
        hint.setObjectName("muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.month.dateChanged.connect(self.load)
        self.load()

    def month_key(self) -> str:
        day = self.month.date()
        return f"{day.year():04d}-{day.month():02d}"

    def load(self) -> None:
        month = self.month_key()
        self.ctx.read(lambda: goals_between(month, month), self._show)

    def _show(self, goals: list[GoalRow]) -> None:
        by_metric = {g.metric: g for g in goals if g.metric != "revenue" or g.currency == DEFAULT_CURRENCY}
        revenue = by_metric.get("revenue")
        self.revenue.setText(
            format_number(Money(revenue.target, DEFAULT_CURRENCY).major, self.locale_name) if revenue else ""
        )
        self.deals.setValue(by_metric["deals_won"].target if "deals_won" in by_metric else 0)
        self.customers.setValue(by_metric["new_customers"].target if "new_customers" in by_metric else 0)

    def revenue_minor(self) -> int | None:
        text = self.revenue.text().strip()
        return parse_amount(text, DEFAULT_CURRENCY).minor if text else None

    def save(self) -> None:
        try:
            revenue = self.revenue_minor()
        except ParseError as exc:
            self._fail(translated(str(exc)))
            return
        month, deals, customers = self.month_key(), self.deals.value(), self.customers.value()
        self.buttons.setEnabled(False)
        self.ctx.write(
            lambda: save_month_goals(month, revenue_minor=revenue, deals_won=deals, new_customers=customers),
            lambda _month: self.accept(),
            parent=self,
            on_error=self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self._fail(validation_text(error))
        else:
            self.ctx.report_error(error, self)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
