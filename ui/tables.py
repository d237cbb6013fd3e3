"""Read-only lists shown as tables: whole rows selected, no grid, chosen columns stretched,
and every cell's text on one baseline (Bengali and Latin side by side, see ui.customers.table_delegate)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
)

from ui.customers.table_delegate import binding_is_sound, draw_on_baseline

TEXT_PADDING = 4


class BaselineCells(QStyledItemDelegate):
    """The style draws the cell (background, check box, icon); the text goes on the common baseline."""

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * TEXT_PADDING + 2, size.height())

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        painter.save()
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if opt.state & QStyle.StateFlag.State_Selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText))
        elif foreground is not None:
            painter.setPen(foreground.color())
        else:
            painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        draw_on_baseline(painter, opt.font, rect.adjusted(TEXT_PADDING, 0, -TEXT_PADDING, 0), text)
        painter.restore()


def plain_table(table: QTableView, *, stretch: Sequence[int] = (0,), single: bool = True) -> None:
    """Rows selected whole (one at a time if ``single``), not editable; ``stretch`` columns take the room."""
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    if binding_is_sound():  # else Qt's own delegate (see binding_is_sound)
        table.setItemDelegate(BaselineCells(table))
    header = table.horizontalHeader()
    # Fit columns to the rows on screen, not to the first 1,000 (Qt's default):
    # measuring every cell of 1,000 tickets took 2.4 s when the Tickets view
    # opened on the 100k demo, 70 ms this way (issue 13). A longer text further
    # down is elided; the column can be widened by hand.
    header.setResizeContentsPrecision(0)
    columns = table.columnCount() if isinstance(table, QTableWidget) else table.model().columnCount()
    for column in range(columns):
        fits = QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch else fits)
