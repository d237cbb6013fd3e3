"""Log a call, a message or a visit in two clicks: pick the channel, type, press Log.

The time is "now" unless the user changes it; the direction defaults to
outgoing (the shop reached out) and can be flipped.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain import CHANNELS
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.interactions import log_interaction
from crm_desktop.timeutil import local_to_utc
from ui.context import AppContext
from ui.customers.timeline_model import UNDIRECTED, channel_label
from ui.dialogs.fields import ErrorLabel, mark_invalid
from ui.i18n import translated
from ui.icons import icon
from ui.qt_values import py_datetime


class InteractionComposer(QFrame):
    logged = Signal(int)  # the new interaction's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.setObjectName("composer")
        self._time_touched = False

        self.channels = QButtonGroup(self)
        self.channels.setExclusive(True)
        channel_row = QHBoxLayout()
        channel_row.setSpacing(2)
        for channel in CHANNELS:
            button = QToolButton()
            button.setObjectName("channelButton")
            button.setCheckable(True)
            button.setIcon(icon(channel))
            button.setText(channel_label(channel))
            button.setToolTip(channel_label(channel))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setProperty("channel", channel)
            self.channels.addButton(button)
            channel_row.addWidget(button)
        self.channel_name = QLabel()
        self.channel_name.setObjectName("channelName")
        channel_row.addSpacing(6)
        channel_row.addWidget(self.channel_name)
        channel_row.addStretch(1)
        self.channels.buttonToggled.connect(self._channel_changed)

        self.direction = QComboBox()
        self.direction.addItem(self.tr("Outgoing"), "out")
        self.direction.addItem(self.tr("Incoming"), "in")
        self.direction.setToolTip(self.tr("Who reached out: you (outgoing) or the customer (incoming)"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd MMM yyyy  hh:mm")
        self.when.setToolTip(self.tr("When it happened (now unless you change it)"))
        self.when.dateTimeChanged.connect(self._time_changed)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What was said or agreed… (Enter logs it)"))
        self.text.returnPressed.connect(self.submit)
        self.log_button = QPushButton(self.tr("Log"))
        self.log_button.setObjectName("primary")
        self.log_button.clicked.connect(self.submit)
        self.error = ErrorLabel()

        entry = QHBoxLayout()
        entry.setSpacing(6)
        entry.addWidget(self.text, 1)
        entry.addWidget(self.direction)
        entry.addWidget(self.when)
        entry.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(channel_row)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        self.choose("call")
        self.reset_time()

    # --- state ----------------------------------------------------------------

    def channel(self) -> str:
        button = self.channels.checkedButton()
        return str(button.property("channel")) if button else "note"

    def choose(self, channel: str, *, focus: bool = False) -> None:
        for button in self.channels.buttons():
            if button.property("channel") == channel:
                button.setChecked(True)
        if focus:
            self.text.setFocus()

    def _channel_changed(self) -> None:
        self.channel_name.setText(channel_label(self.channel()))
        self.direction.setEnabled(self.channel() not in UNDIRECTED)
        self.error.show_error(None)
        mark_invalid(self.text, False)

    def reset_time(self) -> None:
        self.when.blockSignals(True)
        self.when.setDateTime(QDateTime.currentDateTime())
        self.when.blockSignals(False)
        self._time_touched = False

    def _time_changed(self) -> None:
        self._time_touched = True

    def set_customer(self, customer_id: int | None) -> None:
        if customer_id != self.customer_id:
            self.text.clear()
            self.error.show_error(None)
        self.customer_id = customer_id
        self.reset_time()

    # --- logging --------------------------------------------------------------

    def submit(self) -> None:
        if self.customer_id is None or not self.log_button.isEnabled():
            return
        customer_id, channel, body = self.customer_id, self.channel(), self.text.text()
        direction = "out" if channel in UNDIRECTED else str(self.direction.currentData())
        when: datetime | None = None
        if self._time_touched:
            when = local_to_utc(py_datetime(self.when.dateTime()))
        self.log_button.setEnabled(False)
        self.ctx.write(
            lambda: log_interaction(customer_id, channel, direction=direction, body=body, occurred_at=when),
            self._logged,
            parent=self,
            on_error=self._refused,
        )

    def _logged(self, interaction_id: int) -> None:
        self.log_button.setEnabled(True)
        self.text.clear()
        self.error.show_error(None)
        mark_invalid(self.text, False)
        self.reset_time()
        self.logged.emit(interaction_id)

    def _refused(self, error: BaseException) -> None:
        self.log_button.setEnabled(True)
        if isinstance(error, ValidationError):
            mark_invalid(self.text, True)
            self.error.show_error("; ".join(translated(e.message) for e in error.errors))
            self.text.setFocus()
        else:
            self.ctx.report_error(error, self)
