"""The Tasks view: overdue, today, upcoming and done, ticked off in place.

"Today" is the user's local day: its start (local midnight) is converted to
UTC for the query, so a task due at 00:30 Dhaka time counts as today even
though it is yesterday in UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import tasks as task_service
from crm_desktop.services.changes import Changes
from crm_desktop.services.tasks import BUCKETS, TaskRow
from crm_desktop.timeutil import local_to_utc, to_local, utcnow
from ui.context import AppContext
from ui.i18n import number_text
from ui.icons import icon
from ui.tasks.task_delegate import TaskDelegate
from ui.tasks.tasks_model import TASK_ROLE, TasksModel

REFRESH_MS = 60_000  # "today" and "overdue" follow the clock while the view is open
RELOAD_ON = ("task", "customer", "deal")


@dataclass(frozen=True)
class TasksPage:
    bucket: str
    rows: list[TaskRow]
    counts: dict[str, int]
    now: datetime
    today: date


def local_day_start(now_utc: datetime) -> tuple[date, datetime]:
    """(the user's local date, its midnight as naive UTC)."""
    today = to_local(now_utc).date()
    return today, local_to_utc(datetime.combine(today, time.min))


def load_page(bucket: str, now: datetime) -> TasksPage:
    today, day_start = local_day_start(now)
    rows = task_service.tasks_in(bucket, now=now, day_start=day_start)
    counts = task_service.bucket_counts(now=now, day_start=day_start)
    return TasksPage(bucket, rows, counts, now, today)


class TaskListView(QListView):
    menu_requested = Signal(QModelIndex, QPoint)
    delete_requested = Signal()

    def __init__(self, empty_text: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setObjectName("taskList")
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.matches(QKeySequence.StandardKey.Delete) and self.currentIndex().isValid():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            self.menu_requested.emit(index, event.globalPos())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            area = self.viewport().rect().adjusted(0, 40, 0, 0)
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter, self.empty_text())


class TasksView(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.setObjectName("viewRoot")
        self._load_seq = 0
        self.page: TasksPage | None = None

        title = QLabel(self.tr("Tasks"))
        title.setObjectName("viewTitle")
        self.tabs = QTabBar()
        self.tabs.setObjectName("bucketTabs")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        for _bucket in BUCKETS:
            self.tabs.addTab("")
        self.new_button = QPushButton(self.tr("New task"))
        self.new_button.setObjectName("primary")
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(16)
        bar.addWidget(self.tabs)
        bar.addStretch(1)
        bar.addWidget(self.new_button)

        self.model = TasksModel(self)
        self.delegate = TaskDelegate(self)
        self.list = TaskListView(self._empty_text)
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        self.hint = QLabel(
            self.tr(
                "Tick a task when it is done · double-click opens its customer · "
                "Delete removes it · right-click for more"
            )
        )
        self.hint.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)

        self.model.done_toggled.connect(self.set_done)
        self.list.menu_requested.connect(lambda index, at: self.task_menu(index).exec(at))
        self.list.activated.connect(self._open_index)
        self.tabs.currentChanged.connect(lambda *_: self.reload())
        self.new_button.clicked.connect(self.new_task)
        self.list.delete_requested.connect(self.delete_selected)
        ctx.bus.changed.connect(self._on_changes)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(lambda: self.reload() if self.isVisible() else None)
        self._timer.start()
        self._set_tab_titles({})
        saved = str(QSettings().value("tasks/bucket", "today"))
        self.tabs.setCurrentIndex(BUCKETS.index(saved) if saved in BUCKETS else 1)
        self.reload()

    # --- the window's view protocol -------------------------------------------

    def activated(self) -> None:
        self.reload()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("tasks/bucket", self.bucket)

    # --- loading -------------------------------------------------------------

    @property
    def bucket(self) -> str:
        return BUCKETS[max(0, self.tabs.currentIndex())]

    def show_bucket(self, bucket: str) -> None:
        self.tabs.setCurrentIndex(BUCKETS.index(bucket))

    def reload(self) -> None:
        self._load_seq += 1
        seq, bucket, now = self._load_seq, self.bucket, self.clock()
        self.ctx.read(lambda: load_page(bucket, now), lambda page: self._loaded(seq, page))

    def _loaded(self, seq: int, page: TasksPage) -> None:
        if seq != self._load_seq:
            return
        self.page = page
        self.delegate.now_utc, self.delegate.today = page.now, page.today
        self.model.set_rows(page.bucket, page.rows)
        self._set_tab_titles(page.counts)
        self.list.viewport().update()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*RELOAD_ON):
            self.reload()

    def _set_tab_titles(self, counts: dict[str, int]) -> None:
        names = {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Today"),
            "upcoming": self.tr("Upcoming"),
            "done": self.tr("Done"),
        }
        for i, bucket in enumerate(BUCKETS):
            count = counts.get(bucket)
            shown = names[bucket]
            if count is not None and bucket != "done":
                shown += "  " + number_text(count)
            self.tabs.setTabText(i, shown)
        has_overdue = bool(counts.get("overdue"))
        if bool(self.tabs.property("overdue")) != has_overdue:  # app.qss turns the Overdue tab red
            self.tabs.setProperty("overdue", has_overdue)
            self.tabs.style().unpolish(self.tabs)
            self.tabs.style().polish(self.tabs)
        # The counts (and the bold red Overdue) widen the tabs: claim that width now, or the
        # bar keeps its first, narrower size and shows scroll arrows over a clipped "Do…".
        self.tabs.setMinimumWidth(self.tabs.sizeHint().width())

    def _empty_text(self) -> str:
        return {
            "overdue": self.tr("Nothing overdue."),
            "today": self.tr("Nothing else due today."),
            "upcoming": self.tr("No upcoming tasks. Add one with “New task”."),
            "done": self.tr("Finished tasks will show here."),
        }[self.bucket]

    # --- acting on tasks -------------------------------------------------------

    def set_done(self, task_id: int, done: bool) -> None:
        self.ctx.write(lambda: task_service.set_done(task_id, done), parent=self)

    def selected_task(self) -> TaskRow | None:
        index = self.list.currentIndex()
        return index.data(TASK_ROLE) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        task = index.data(TASK_ROLE) if index.isValid() else None
        if task is None:
            return
        if task.customer_id is not None:
            self.open_customer(task)
        elif task.deal_id is not None:
            self.open_deal(task)

    def open_customer(self, task: TaskRow) -> None:
        if task.customer_id is not None and self.ctx.navigator is not None:
            self.ctx.navigator.open_customer(task.customer_id)

    def open_deal(self, task: TaskRow) -> None:
        navigator = self.ctx.navigator
        if task.deal_id is None or navigator is None:
            return
        navigator.show_view("pipeline")
        view = getattr(navigator, "view", None)
        pipeline = view("pipeline") if view else None
        if pipeline is not None and not pipeline.select_deal(task.deal_id, wait=True):
            navigator.show_message(
                self.tr("“{deal}” is closed and no longer on the board.").format(deal=task.deal_title)
            )

    def task_menu(self, index: QModelIndex) -> QMenu:
        task: TaskRow = index.data(TASK_ROLE)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        done_text = self.tr("Mark as not done") if task.done else self.tr("Mark as done")
        checked = Qt.CheckState.Unchecked if task.done else Qt.CheckState.Checked
        menu.addAction(done_text, lambda: self.model.setData(index, checked, Qt.ItemDataRole.CheckStateRole))
        customer = menu.addAction(self.tr("Open customer"), lambda: self.open_customer(task))
        customer.setEnabled(task.customer_id is not None)
        deal = menu.addAction(icon("deal"), self.tr("Open deal"), lambda: self.open_deal(task))
        deal.setEnabled(task.deal_id is not None)
        menu.addSeparator()
        menu.addAction(icon("trash"), self.tr("Delete task"), lambda: self.delete_task(task))
        return menu

    def delete_selected(self) -> None:
        task = self.selected_task()
        if task is not None:
            self.delete_task(task)

    def delete_task(self, task: TaskRow) -> None:
        """Into the trash at once, with Undo in the window's message bar."""

        def deleted(ids: list[int]) -> None:
            if ids and self.ctx.navigator is not None:
                self.ctx.navigator.show_message(
                    self.tr("Deleted the task “{task}”.").format(task=task.title),
                    undo=lambda: self.ctx.write(lambda: task_service.restore_tasks(ids), parent=self),
                )

        self.ctx.write(lambda: task_service.trash_tasks([task.id]), deleted, parent=self)

    def new_task(self) -> None:
        from ui.dialogs.task_dialog import TaskDialog

        dialog = TaskDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.task_dialog = dialog
