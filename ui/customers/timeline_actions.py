"""Deleting from a customer's timeline: a contact, a purchase or a task logged by
mistake goes to the trash from its right-click menu or with the Delete key, and
the message that follows offers Undo.

Deal stage changes and tickets are not deleted here: a deal is deleted from the
pipeline board, and a ticket is closed, not removed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QListView, QMenu

from crm_desktop.services.changes import Outcome
from crm_desktop.services.interactions import restore_interactions, trash_interactions
from crm_desktop.services.purchases import restore_purchases, trash_purchases
from crm_desktop.services.tasks import restore_tasks, trash_tasks
from crm_desktop.services.timeline import Event
from ui.context import AppContext
from ui.customers.timeline_model import TimelineModel
from ui.icons import icon

Move = Callable[[Sequence[int]], Outcome[list[int]]]
DELETERS: dict[str, tuple[Move, Move]] = {
    "interaction": (trash_interactions, restore_interactions),
    "purchase": (trash_purchases, restore_purchases),
    "task": (trash_tasks, restore_tasks),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineActions", text)


def _texts(kind: str) -> tuple[str, str]:
    """The menu item and the message after it, for one kind."""
    return {
        "interaction": (_tr("Delete this contact"), _tr("Deleted a contact from the timeline.")),
        "purchase": (_tr("Delete this purchase"), _tr("Deleted a purchase; the totals no longer count it.")),
        "task": (_tr("Delete this task"), _tr("Deleted a task from the timeline.")),
    }[kind]


class TimelineActions(QObject):
    def __init__(self, ctx: AppContext, view: QListView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu_at)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
            and self.deletable(self.view.currentIndex())
        ):
            self.delete(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def deletable(self, index: QModelIndex) -> Event | None:
        event = index.data(TimelineModel.EventRole) if index.isValid() else None
        return event if isinstance(event, Event) and event.kind in DELETERS else None

    def menu_for(self, index: QModelIndex) -> QMenu | None:
        event = self.deletable(index)
        if event is None:
            return None
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(icon("trash"), _texts(event.kind)[0], lambda: self.delete(index))
        return menu

    def _menu_at(self, at: QPoint) -> None:
        index = self.view.indexAt(at)
        menu = self.menu_for(index)
        if menu is not None:
            self.view.setCurrentIndex(index)
            menu.popup(self.view.viewport().mapToGlobal(at))

    def delete(self, index: QModelIndex) -> None:
        event = self.deletable(index)
        if event is None:
            return
        trash, restore = DELETERS[event.kind]
        message = _texts(event.kind)[1]

        def deleted(ids: list[int]) -> None:
            if ids and self.ctx.navigator is not None:
                self.ctx.navigator.show_message(
                    message, undo=lambda: self.ctx.write(lambda: restore(ids), parent=self.view)
                )

        self.ctx.write(lambda: trash([event.id]), deleted, parent=self.view)
