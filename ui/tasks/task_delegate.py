"""Paints a task row: tick box, title, what it is about, when it is due (red when overdue)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from crm_desktop.services.tasks import TaskRow
from crm_desktop.timeutil import to_local
from ui.pipeline.format import app_formatter
from ui.tasks.tasks_model import TASK_ROLE

PADDING_X, PADDING_Y, BOX = 14, 9, 18
TEXT, MUTED, LINK, OVERDUE = QColor("#0f172a"), QColor("#64748b"), QColor("#1d4ed8"), QColor("#dc2626")
ROW_LINE, SELECTED_FILL, OVERDUE_FILL = QColor("#eef2f7"), QColor("#dbeafe"), QColor("#fef2f2")
PRIORITY_COLOR = {2: QColor("#b91c1c"), 0: QColor("#64748b")}


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskDelegate", text)


def priority_text(priority: int) -> str:
    return {2: tr("High priority"), 0: tr("Low priority")}.get(priority, "")


def due_text(due_utc: datetime | None, today: date) -> str:
    """ "Today 3:00 pm", "Tomorrow 10:00 am", "Yesterday …", else "3 Dec 2025, 10:00 am"."""
    if due_utc is None:
        return tr("No due date")
    fmt = app_formatter()
    local = to_local(due_utc)
    at = fmt.time(due_utc)
    days = (local.date() - today).days
    named = {0: tr("Today {time}"), 1: tr("Tomorrow {time}"), -1: tr("Yesterday {time}")}
    if days in named:
        return named[days].format(time=at)
    return tr("{date}, {time}").format(date=fmt.date(local.date()), time=at)


class TaskDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now_utc = datetime.min  # set by the view at each load: what counts as overdue
        self.today = date.min

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(400, 2 * PADDING_Y + 2 * metrics.height() + 4)

    def box_rect(self, rect: QRect) -> QRect:
        return QRect(rect.left() + PADDING_X, rect.center().y() - BOX // 2, BOX, BOX)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        task: TaskRow | None = index.data(TASK_ROLE)
        if task is None:
            return
        rect = QRect(option.rect)
        overdue = not task.done and task.due_at is not None and task.due_at < self.now_utc
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, SELECTED_FILL)
        elif overdue:
            painter.fillRect(rect, OVERDUE_FILL)
        if overdue:
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), OVERDUE)
        painter.setPen(ROW_LINE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        self._paint_box(painter, option, task.done)

        base = QFont(option.font)
        title_font = QFont(base)
        title_font.setWeight(QFont.Weight.DemiBold)
        title_font.setStrikeOut(task.done)
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() - 1))
        left = rect.left() + PADDING_X + BOX + 12
        due = due_text(task.due_at, self.today)
        due_width = QFontMetrics(base).horizontalAdvance(due) + 8
        right = rect.right() - PADDING_X
        text_width = max(40, right - left - due_width - 70)
        top = rect.top() + PADDING_Y
        line = QFontMetrics(title_font).height()
        self._text(
            painter, title_font, MUTED if task.done else TEXT, task.title, QRect(left, top, text_width, line)
        )
        about = " · ".join(part for part in (task.customer_name, task.deal_title) if part)
        self._text(
            painter,
            small,
            LINK if about else MUTED,
            about or tr("Not linked to a customer"),
            QRect(left, top + line + 4, text_width, QFontMetrics(small).height()),
        )
        painter.setFont(base)
        painter.setPen(OVERDUE if overdue else MUTED)
        painter.drawText(QRect(right - due_width, top, due_width, line), Qt.AlignmentFlag.AlignRight, due)
        if task.priority in PRIORITY_COLOR and not task.done:
            painter.setFont(small)
            painter.setPen(PRIORITY_COLOR[task.priority])
            spot = QRect(right - 160, top + line + 4, 160, QFontMetrics(small).height())
            painter.drawText(spot, Qt.AlignmentFlag.AlignRight, priority_text(task.priority))
        painter.restore()

    def _paint_box(self, painter: QPainter, option: QStyleOptionViewItem, done: bool) -> None:
        box = QStyleOptionButton()
        box.rect = self.box_rect(option.rect)
        box.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_On if done else QStyle.StateFlag.State_Off
        )
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, option.widget)

    @staticmethod
    def _text(painter: QPainter, font: QFont, color: QColor, text: str, area: QRect) -> None:
        painter.setFont(font)
        painter.setPen(color)
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index) -> bool:  # noqa: ANN001, N802
        """A click on the box, or Space, ticks the task."""
        toggles = (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and self.box_rect(option.rect).adjusted(-6, -6, 6, 6).contains(event.position().toPoint())
        ) or (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
        )
        if not toggles:
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new_state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return model.setData(index, new_state, Qt.ItemDataRole.CheckStateRole)
