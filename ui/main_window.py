"""The main window: navigation on the left, one view at a time, search on top, counts below."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from crm_desktop.logs import log_dir
from crm_desktop.services import stats
from crm_desktop.services.changes import Changes
from ui import import_wizard as import_export
from ui.context import AppContext
from ui.i18n import number_text
from ui.icons import icon

if TYPE_CHECKING:  # the session imports this module
    from ui.session import Session

# name -> (module, class). Views are built on first show, so start-up stays fast.
VIEWS: dict[str, tuple[str, str]] = {
    "customers": ("ui.customers.view", "CustomersView"),
    "pipeline": ("ui.pipeline.view", "PipelineView"),
    "tasks": ("ui.tasks.view", "TasksView"),
    "tickets": ("ui.tickets.view", "TicketsView"),
    "rules": ("ui.rules.view", "RulesView"),
    "campaigns": ("ui.campaigns.view", "CampaignsView"),
    "reports": ("ui.reports_view", "ReportsView"),
    "settings": ("ui.settings_view", "SettingsView"),
}


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.navigator = self
        self._views: dict[str, QWidget] = {}
        self._undo: list[tuple[str, Callable[[], None], str]] = []
        self.setWindowTitle(self.tr("CRM Desktop — {file}").format(file=ctx.store.path.name))
        self.setMinimumSize(QSize(960, 600))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(190)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for name, label in self._nav_labels().items():
            item = QListWidgetItem(icon(name), label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(180, 40))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._row_at_press = -1
        self.nav.viewport().installEventFilter(self)
        self.nav.itemClicked.connect(self._nav_clicked)

        self.session: Session | None = None  # set by ui.session.Session: backups and restore live there
        self._build_menus()
        import_export.install(self, ctx)  # File › Import…, Export…, Import history…; dropping a file
        from ui import help_menu

        self.help_menu = help_menu.install(self, ctx)  # after File: Help comes last
        self._build_toolbar()
        self._build_status_bar()
        self._build_actions()
        ctx.bus.changed.connect(self._on_changes)
        self._restore_state()
        self.refresh_counts()

    # --- construction ------------------------------------------------------

    def _nav_labels(self) -> dict[str, str]:
        return {
            "customers": self.tr("Customers"),
            "pipeline": self.tr("Pipeline"),
            "tasks": self.tr("Tasks"),
            "tickets": self.tr("Tickets"),
            "rules": self.tr("Rules"),
            "campaigns": self.tr("Campaigns"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }

    def _build_menus(self) -> None:
        """The File menu; other features add their entries to ``self.file_menu``."""
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        backups = self.file_menu.addAction(icon("export"), self.tr("&Backups…"))
        backups.triggered.connect(lambda: self.session.show_backups() if self.session is not None else None)
        logs = self.file_menu.addAction(self.tr("Open &log folder"))
        logs.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir()))))
        self.file_menu.addSeparator()
        quit_action = self.file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

    def _build_toolbar(self) -> None:
        from ui.global_search import GlobalSearchBox

        bar = self.addToolBar(self.tr("Search"))
        bar.setObjectName("search_toolbar")
        bar.setMovable(False)
        self.search_box = GlobalSearchBox(self.ctx, self)
        bar.addWidget(self.search_box)

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel()
        self.message_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_last)
        status = self.statusBar()
        status.addWidget(self.message_label, 1)
        status.addWidget(self.undo_button)
        status.addPermanentWidget(self.counts_label)

    def _build_actions(self) -> None:
        search = QAction(self.tr("Search everything"), self)
        search.setShortcut(QKeySequence("Ctrl+K"))
        search.triggered.connect(self.search_box.focus_search)
        undo = QAction(self.tr("Undo"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        undo.triggered.connect(self.undo_last)
        self.undo_action = undo
        for i, name in enumerate(VIEWS):
            go = QAction(self._nav_labels()[name], self)
            go.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            go.triggered.connect(lambda _=False, n=name: self._go_to(n))
            self.addAction(go)
        self.addActions([search, undo])

    # --- navigation (the Navigator protocol) --------------------------------

    def _go_to(self, name: str) -> None:
        """Ctrl+1…: show the view; pressed again on the view shown, back to its start."""
        if self.current_view_name() == name and name in self._views:
            self.go_home(name)
        else:
            self.show_view(name)

    def view(self, name: str) -> QWidget:
        if name not in self._views:
            module_name, class_name = VIEWS[name]
            widget = getattr(import_module(module_name), class_name)(self.ctx)
            self._views[name] = widget
            self.stack.addWidget(widget)
        return self._views[name]

    def show_view(self, name: str) -> None:
        names = list(VIEWS)
        if self.nav.currentRow() != names.index(name):
            self.nav.setCurrentRow(names.index(name))  # calls back into _nav_changed
            return
        widget = self.view(name)
        self.stack.setCurrentWidget(widget)
        activated = getattr(widget, "activated", None)
        if activated is not None:
            activated()

    def _nav_changed(self, row: int) -> None:
        if row >= 0:
            self.show_view(list(VIEWS)[row])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.MouseButtonPress and watched is self.nav.viewport():
            self._row_at_press = self.nav.currentRow()  # before the click moves the selection
        return super().eventFilter(watched, event)

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        """A click on the view already shown takes it back to its start (Customers: from a
        customer's page back to the list)."""
        if self.nav.row(item) == self._row_at_press:
            self.go_home(self.current_view_name())

    def go_home(self, name: str) -> None:
        widget = self.view(name)
        home = getattr(widget, "go_home", None)
        if home is not None:
            home()

    def current_view_name(self) -> str:
        row = self.nav.currentRow()
        return list(VIEWS)[row] if row >= 0 else "customers"

    def open_customer(self, customer_id: int) -> None:
        self.show_view("customers")
        self.view("customers").open_customer(customer_id)  # type: ignore[attr-defined]

    def show_customers(self, *, ids: frozenset[int] | None = None, title: str = "") -> None:
        self.show_view("customers")
        self.view("customers").show_only(ids, title)  # type: ignore[attr-defined]

    def show_message(
        self, text: str, undo: Callable[[], None] | None = None, *, undone: str | None = None
    ) -> None:
        """Say ``text``; with ``undo``, the Undo button (and Ctrl+Z) undoes that change, and names it.

        Call it after the change was written: any change written after it (another
        save, a deal moved elsewhere) takes the Undo away, so Ctrl+Z never undoes
        something other than what the button names. ``undone`` is what the status bar
        says once Undo was used ("Undone: …" if not given).
        """
        self.message_label.setText(text)
        if undo is not None:
            what = text.strip().rstrip(".।")
            self._undo = [(text, undo, undone or self.tr("Undone: {what}.").format(what=what))]
        self._show_undo()
        QTimer.singleShot(
            15_000,
            self.message_label,
            lambda: self._clear_message_if(text),
        )

    def _clear_message_if(self, text: str) -> None:
        """Clear the status message unless a newer one replaced it."""
        if self.message_label.text() == text:
            self.message_label.clear()

    def undo_last(self) -> None:
        if not self._undo:
            self.message_label.setText(self.tr("Nothing to undo."))
            return
        _text, undo, undone = self._undo.pop()
        undo()
        self._show_undo()
        self.message_label.setText(undone)  # what was undone no longer stands there as if it still held

    def _show_undo(self) -> None:
        """The Undo button and action name what they undo ("Undo: Moved “Cosmetics set” to Qualified")."""
        if self._undo:
            what = self._undo[-1][0].strip().rstrip(".।")
            label = self.tr("Undo: {what}").format(what=what)
        else:
            label = self.tr("Undo")
        self.undo_button.setText(label)
        self.undo_button.setToolTip(label)
        self.undo_action.setText(label)
        self.undo_button.setVisible(bool(self._undo))

    # --- counts and refresh --------------------------------------------------

    def refresh_counts(self) -> None:
        self.ctx.read(stats.counts, self._show_counts)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts_label.setText(
            self.tr("{customers} customers · {deals} deals · {tasks} tasks · {tickets} tickets").format(
                **{k: number_text(v) for k, v in counts.items()}
            )
        )

    def _on_changes(self, changes: Changes) -> None:
        self.refresh_counts()
        if self._undo:  # another change was written: what Undo named is no longer the last one
            self._undo.clear()
            self._show_undo()

    # --- state ---------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        last = str(settings.value("window/view", "customers"))
        self.show_view(last if last in VIEWS else "customers")

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/view", self.current_view_name())
        for widget in self._views.values():
            save = getattr(widget, "save_state", None)
            if save is not None:
                save(settings)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.save_state()
        super().closeEvent(event)
