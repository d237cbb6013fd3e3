"""Segments: saved customer filters, how many customers each matches, and "Show customers"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.models import User
from crm_desktop.locale import ParseError, format_money, parse_amount, parse_date
from crm_desktop.money import Money
from crm_desktop.reports.rfm import SEGMENTS
from crm_desktop.services import segments as segment_service
from crm_desktop.services.changes import Changes
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.segments import SegmentFilter, SegmentRow
from ui.context import AppContext
from ui.dialogs.fields import ErrorLabel
from ui.i18n import translated, ui_locale, user_name, validation_text
from ui.icons import icon

COUNT_DELAY_MS = 300


def _tristate(what: str) -> QComboBox:
    """Either way, must have, must not have: said in words (a grey half-ticked box looked disabled)."""
    box = QComboBox()
    box.addItem(QCoreApplication.translate("Segments", "with or without {what}").format(what=what), None)
    box.addItem(QCoreApplication.translate("Segments", "must have {what}").format(what=what), True)
    box.addItem(QCoreApplication.translate("Segments", "without {what}").format(what=what), False)
    return box


def _tri_value(box: QComboBox) -> bool | None:
    value = box.currentData()
    return None if value is None else bool(value)


def _set_tri(box: QComboBox, flag: bool | None) -> None:
    box.setCurrentIndex(0 if flag is None else (1 if flag else 2))


class SegmentsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.segment_id: int | None = None
        self.matching: frozenset[int] = frozenset()
        self.list = QListWidget()
        self.list.setObjectName("segmentList")
        self.list.setFixedWidth(240)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.show_segment(item.data(Qt.ItemDataRole.UserRole)) if item else None
        )
        new = QPushButton(icon("add"), self.tr("New segment"))
        new.clicked.connect(self.new_segment)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new)

        self.name = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("any of these tags, separated by commas"))
        self.source = QLineEdit()
        self.owner = QComboBox()
        self.interests = QLineEdit()
        self.rfm = QComboBox()
        self.rfm.addItem(self.tr("any"), "")
        for key, name in SEGMENTS.items():
            self.rfm.addItem(QCoreApplication.translate("Segments", name), key)
        self.after = QLineEdit()
        self.before = QLineEdit()
        for edit in (self.after, self.before):
            edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.min_spent = QLineEdit()
        self.max_spent = QLineEdit()
        self.min_spent.setPlaceholderText(self.tr("at least ৳"))
        self.max_spent.setPlaceholderText(self.tr("at most ৳"))
        self.has_email = _tristate(self.tr("an email address"))
        self.has_phone = _tristate(self.tr("a phone number"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Interested in"), self.interests)
        self.rfm.setToolTip(
            self.tr(
                "Customers grouped by how recently, how often and how much they buy: "
                "e.g. Champions buy often and lately, At risk used to buy and have stopped."
            )
        )
        form.addRow(self.tr("RFM segment"), self.rfm)
        purchase = QHBoxLayout()
        purchase.addWidget(QLabel(self.tr("after")))
        purchase.addWidget(self.after)
        purchase.addWidget(QLabel(self.tr("before")))
        purchase.addWidget(self.before)
        form.addRow(self.tr("Last purchase"), purchase)
        spent = QHBoxLayout()
        spent.addWidget(self.min_spent)
        spent.addWidget(self.max_spent)
        form.addRow(self.tr("Total spent"), spent)
        reach = QHBoxLayout()
        reach.addWidget(self.has_email)
        reach.addWidget(self.has_phone)
        reach.addStretch(1)
        form.addRow(self.tr("Reachable"), reach)
        self.count = QLabel()
        self.count.setObjectName("sectionHeading")
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save segment"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.show_button = QPushButton(icon("customers"), self.tr("Show customers"))
        self.show_button.clicked.connect(self.show_customers)
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete"))
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        form_box = QWidget()
        form_box.setMaximumWidth(760)
        form_box.setLayout(form)
        right = QVBoxLayout()
        right.addWidget(form_box)
        right.addWidget(self.error)
        right.addStretch(1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addSpacing(12)
        layout.addLayout(right, 1)

        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.recount)
        for edit in (
            self.tags,
            self.source,
            self.interests,
            self.after,
            self.before,
            self.min_spent,
            self.max_spent,
        ):
            edit.textChanged.connect(lambda *_: self._count_timer.start())
        for combo in (self.owner, self.rfm):
            combo.currentIndexChanged.connect(lambda *_: self._count_timer.start())
        for box in (self.has_email, self.has_phone):
            box.currentIndexChanged.connect(lambda *_: self._count_timer.start())
        ctx.bus.changed.connect(self._on_changes)
        self.reload()

    # --- the filter in the form ---------------------------------------------------

    def _date(self, edit: QLineEdit, errors: list[str]) -> date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ParseError as exc:
            errors.append(translated(str(exc)))
            return None

    def _money(self, edit: QLineEdit, errors: list[str]) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_amount(text).minor
        except ParseError as exc:
            errors.append(translated(str(exc)))
            return None

    def current_filter(self) -> tuple[SegmentFilter, list[str]]:
        errors: list[str] = []
        f = SegmentFilter(
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            source=self.source.text().strip(),
            owner_id=self.owner.currentData(),
            interests=self.interests.text().strip(),
            rfm_segment=str(self.rfm.currentData() or ""),
            last_purchase_after=self._date(self.after, errors),
            last_purchase_before=self._date(self.before, errors),
            min_spent_minor=self._money(self.min_spent, errors),
            max_spent_minor=self._money(self.max_spent, errors),
            has_email=_tri_value(self.has_email),
            has_phone=_tri_value(self.has_phone),
        )
        return f, errors

    def set_filter(self, name: str, f: SegmentFilter) -> None:
        self.name.setText(name)
        self.tags.setText(", ".join(f.tags))
        self.source.setText(f.source)
        self.owner.setCurrentIndex(max(0, self.owner.findData(f.owner_id)))
        self.interests.setText(f.interests)
        self.rfm.setCurrentIndex(max(0, self.rfm.findData(f.rfm_segment)))
        self.after.setText(f.last_purchase_after.strftime("%d/%m/%Y") if f.last_purchase_after else "")
        self.before.setText(f.last_purchase_before.strftime("%d/%m/%Y") if f.last_purchase_before else "")
        for edit, value in ((self.min_spent, f.min_spent_minor), (self.max_spent, f.max_spent_minor)):
            edit.setText(format_money(Money(value), ui_locale()) if value is not None else "")
        for box, flag in ((self.has_email, f.has_email), (self.has_phone, f.has_phone)):
            _set_tri(box, flag)

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        def load() -> tuple[list[SegmentRow], list[tuple[int, str]]]:
            return segment_service.list_segments(), [
                (u.id, user_name(u.name)) for u in User.select().order_by(User.name)
            ]

        self.ctx.read(load, lambda result: self._loaded(*result))

    def _loaded(self, rows: list[SegmentRow], users: list[tuple[int, str]]) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("anyone"), None)
        for uid, name in users:
            self.owner.addItem(name, uid)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)
        self.rows = {r.id: r for r in rows}
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
            if row.id == self.segment_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.segment_id is None and rows:
            self.list.setCurrentRow(0)
        elif not rows:
            self.recount()

    def show_segment(self, segment_id: int) -> None:
        row = self.rows.get(segment_id)
        if row is not None:
            self.segment_id = segment_id
            self.set_filter(row.name, row.filters)
            self.recount()

    def new_segment(self) -> None:
        self.segment_id = None
        self.list.clearSelection()
        self.set_filter("", SegmentFilter())
        self.name.setFocus()

    def recount(self) -> None:
        f, errors = self.current_filter()
        if errors:
            self.error.show_error("\n".join(errors))
            return
        self.error.show_error(None)
        self.ctx.read(lambda: segment_service.customer_ids(f), self._counted)

    def _counted(self, ids: frozenset[int]) -> None:
        self.matching = ids
        self.count.setText(self.tr("%n customer(s) match", "", len(ids)))
        self.show_button.setEnabled(bool(ids))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("segment", "user"):
            self.reload()
        elif changes.touches("customer", "purchase", "tag"):
            self._count_timer.start()

    # --- acting ---------------------------------------------------------------------

    def save(self) -> None:
        f, errors = self.current_filter()
        if errors:
            self.error.show_error("\n".join(errors))
            return
        name, segment_id = self.name.text(), self.segment_id

        def saved(new_id: int) -> None:
            self.segment_id = new_id
            self.error.show_error(None)

        def refused(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.error.show_error(validation_text(error, "\n"))
            else:
                self.ctx.report_error(error, self)

        self.ctx.write(
            lambda: segment_service.save_segment(name, f, segment_id), saved, parent=self, on_error=refused
        )

    def delete(self) -> None:
        if self.segment_id is not None:
            segment_id = self.segment_id
            self.segment_id = None
            self.ctx.write(lambda: segment_service.delete_segment(segment_id), parent=self)

    def show_customers(self) -> None:
        if self.ctx.navigator is not None:
            title = self.name.text().strip() or self.tr("Segment")
            self.ctx.navigator.show_customers(ids=self.matching, title=title)
