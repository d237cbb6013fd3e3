"""Choosing the reports' date range: presets, or any two days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from crm_desktop.reports.period import PRESETS, Period, local_utc_offset_minutes

CUSTOM = "custom"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RangePicker(QWidget):
    """A preset menu (this month, last 3 months, last 12 months, this year, custom) and two dates."""

    changed = Signal(object)  # Period

    def __init__(self, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.preset = QComboBox()
        self.preset.setObjectName("rangePreset")
        labels = {
            "this_month": self.tr("This month"),
            "last_3_months": self.tr("Last 3 months"),
            "last_12_months": self.tr("Last 12 months"),
            "this_year": self.tr("This year"),
        }
        for key in PRESETS:
            self.preset.addItem(labels[key], key)
        self.preset.addItem(self.tr("Custom…"), CUSTOM)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.dash = QLabel("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.preset)
        layout.addWidget(self.start)
        layout.addWidget(self.dash)
        layout.addWidget(self.end)
        self.preset.setCurrentIndex(PRESETS.index("last_12_months"))
        self._sync_dates()
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)

    def period(self) -> Period:
        key = self.preset.currentData()
        offset = local_utc_offset_minutes()
        if key == CUSTOM:
            start, end = _pydate(self.start.date()), _pydate(self.end.date())
            return Period(min(start, end), max(start, end), offset)
        return Period.preset(key, self._today(), offset)

    def set_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))

    def set_custom(self, start: date, end: date) -> None:
        self.set_preset(CUSTOM)
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))

    def _sync_dates(self) -> None:
        custom = self.preset.currentData() == CUSTOM
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(custom)
        if not custom:
            period = self.period()
            for edit, day in ((self.start, period.start), (self.end, period.end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)

    def _preset_changed(self) -> None:
        self._sync_dates()
        self.changed.emit(self.period())

    def _dates_changed(self) -> None:
        if self.preset.currentData() == CUSTOM:
            self.changed.emit(self.period())
