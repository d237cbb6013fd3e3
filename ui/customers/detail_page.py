"""The customer page: the profile on the left, the timeline with its composer on the right.

Back (or Alt+Left) returns to the list. Buttons add a task, deal, purchase
or ticket for this customer; the deal and task dialogs belong to the
pipeline and tasks views and are imported only when asked for.
"""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain import TIMELINE_KINDS
from crm_desktop.services.changes import Changes
from crm_desktop.services.customer_profile import CustomerProfile, customer_profile
from crm_desktop.services.customers import trash_customers
from crm_desktop.services.errors import NotFoundError
from crm_desktop.services.interactions import log_interaction, trash_interactions
from ui.context import AppContext
from ui.customers.composer import InteractionComposer
from ui.customers.profile_panel import CustomerHeader, ProfilePanel
from ui.customers.timeline_actions import TimelineActions
from ui.customers.timeline_delegate import TimelineDelegate
from ui.customers.timeline_model import TimelineModel, channel_label
from ui.icons import icon

SPLITTER_KEY = "customers/detail_splitter"

# button -> (module, class) of a dialog another view owns, taking (ctx, parent, customer_id=…)
OTHER_DIALOGS = {
    "task": ("ui.dialogs.task_dialog", "TaskDialog"),
    "deal": ("ui.dialogs.deal_dialog", "DealDialog"),
    "purchase": ("ui.dialogs.purchase_dialog", "PurchaseDialog"),
    "ticket": ("ui.dialogs.ticket_dialog", "TicketDialog"),
}


class CustomerDetailPage(QWidget):
    back_requested = Signal()
    edit_requested = Signal(int)
    trashed = Signal(list)  # ids moved to the trash

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.profile: CustomerProfile | None = None
        self.setObjectName("viewRoot")

        self.back_button = QPushButton(self.tr("← Customers"))
        self.back_button.setObjectName("backButton")
        self.back_button.setFlat(True)
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        QShortcut(QKeySequence("Alt+Left"), self, self.back_requested.emit)
        self.header = CustomerHeader()
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(
            lambda: self.customer_id and self.edit_requested.emit(self.customer_id)
        )
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_button.click)
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move this customer to the Trash (Undo brings it back)"))
        self.delete_button.clicked.connect(self.trash)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(8)
        header.addWidget(self.header, 1)
        header.addWidget(self.edit_button)
        header.addWidget(self.delete_button)

        self.profile_panel = ProfilePanel()
        self.profile_panel.contacted.connect(self._contacted)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.profile_panel)
        self.splitter.addWidget(self._timeline_column())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])
        self._restored = False  # sizes are restored on the first show, once the window has its size

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    def _timeline_column(self) -> QWidget:
        column = QWidget()
        column.setObjectName("timelineColumn")
        self.add_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.setSpacing(6)
        labels = {
            "task": (self.tr("Add task"), "task"),
            "deal": (self.tr("Add deal"), "deal"),
            "purchase": (self.tr("Add purchase"), "purchase"),
            "ticket": (self.tr("Open ticket"), "ticket"),
        }
        for key, (text, icon_name) in labels.items():
            button = QPushButton(icon(icon_name), text)
            button.clicked.connect(lambda _=False, k=key: self.open_dialog(k))
            if find_spec(OTHER_DIALOGS[key][0]) is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("Not available in this version yet."))
            self.add_buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)

        self.composer = InteractionComposer(self.ctx)
        self.timeline = TimelineModel(self.ctx, self)
        self.timeline_view = QListView()
        self.timeline_view.setObjectName("timeline")
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setItemDelegate(TimelineDelegate(self.timeline_view))
        self.timeline_view.setUniformItemSizes(True)
        self.timeline_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_actions = TimelineActions(self.ctx, self.timeline_view)
        self.empty_timeline = QLabel(self.tr("Nothing here yet. Log a call or a visit above."))
        self.empty_timeline.setObjectName("muted")
        self.empty_timeline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timeline.page_loaded.connect(self._update_empty)
        self.timeline.modelReset.connect(self._update_empty)

        layout = QVBoxLayout(column)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(actions)
        layout.addWidget(self.composer)
        layout.addLayout(self._kind_filter())
        layout.addWidget(self.timeline_view, 1)
        layout.addWidget(self.empty_timeline)
        return column

    def _kind_filter(self) -> QHBoxLayout:
        self.kind_buttons = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(4)
        heading = QLabel(self.tr("Timeline"))
        heading.setObjectName("sectionHeading")
        row.addWidget(heading)
        row.addSpacing(8)
        choices = [
            ("", self.tr("All")),
            ("interaction", self.tr("Contacts")),
            ("purchase", self.tr("Purchases")),
            ("stage_change", self.tr("Deals")),
            ("task", self.tr("Tasks")),
            ("ticket", self.tr("Tickets")),
            ("audit", self.tr("Changes")),
        ]
        for kind, text in choices:
            button = QToolButton()
            button.setObjectName("filterToggle")
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(kind == "")
            button.setProperty("kind", kind)
            self.kind_buttons.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.kind_buttons.buttonClicked.connect(lambda _b: self._reload_timeline())
        return row

    # --- showing a customer ---------------------------------------------------

    def kinds(self) -> tuple[str, ...]:
        button = self.kind_buttons.checkedButton()
        kind = str(button.property("kind")) if button else ""
        return (kind,) if kind else TIMELINE_KINDS

    def show_customer(self, customer_id: int) -> None:
        if customer_id != self.customer_id:
            self.profile = None
            self.header.show_profile(None)
        self.customer_id = customer_id
        self.composer.set_customer(customer_id)
        self._reload_profile()
        self.timeline.show_customer(customer_id, self.kinds())

    def _reload_timeline(self) -> None:
        self.timeline.show_customer(self.customer_id, self.kinds())

    def _reload_profile(self) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, NotFoundError):  # trashed meanwhile (here or elsewhere)
                if customer_id == self.customer_id:
                    self.back_requested.emit()
            else:
                self.ctx.report_error(error, self)

        self.ctx.reader.submit(lambda: customer_profile(customer_id), self._show_profile, failed)

    def _show_profile(self, profile: CustomerProfile) -> None:
        if profile.id != self.customer_id:
            return
        self.profile = profile
        self.header.show_profile(profile)
        self.profile_panel.show_profile(profile)

    def _update_empty(self) -> None:
        empty = self.timeline.rowCount() == 0 and not self.timeline.loading
        self.empty_timeline.setVisible(empty)

    def on_changes(self, changes: Changes) -> None:
        if self.customer_id is None or self.customer_id not in changes.customer_ids:
            return
        self._reload_profile()
        if changes.touches("interaction", "purchase", "deal", "stage", "task", "ticket"):
            self.timeline.reload()

    # --- actions --------------------------------------------------------------

    def _contacted(self, channel: str, whom: str) -> None:
        """The user just called or wrote from here: the contact goes on the timeline at
        once (Undo takes it back), and the text box is ready for a note of what was said."""
        customer_id = self.customer_id
        if customer_id is None:
            return
        label = channel_label(channel)
        subject = self.tr("{channel} {whom}, from the app").format(channel=label, whom=whom)

        def logged(interaction_id: int) -> None:
            if self.ctx.navigator is not None:
                self.ctx.navigator.show_message(
                    self.tr("Logged: {channel} {whom}. Type a note below to add what was said.").format(
                        channel=label, whom=whom
                    ),
                    undo=lambda: self.ctx.write(lambda: trash_interactions([interaction_id])),
                )

        self.ctx.write(
            lambda: log_interaction(customer_id, channel, direction="out", subject=subject),
            logged,
            parent=self,
        )
        self.composer.choose("note", focus=True)

    def open_dialog(self, key: str) -> QWidget | None:
        """Open the add-dialog for ``key`` (task, deal, purchase, ticket) for this customer."""
        if self.customer_id is None:
            return None
        module_name, class_name = OTHER_DIALOGS[key]
        try:
            dialog_class = getattr(import_module(module_name), class_name)
        except (ImportError, AttributeError):
            self.add_buttons[key].setEnabled(False)
            self.add_buttons[key].setToolTip(self.tr("Not available in this version yet."))
            return None
        dialog = dialog_class(self.ctx, self, customer_id=self.customer_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def trash(self) -> None:
        customer_id = self.customer_id
        if customer_id is not None:
            self.ctx.write(lambda: trash_customers([customer_id]), self.trashed.emit, parent=self)

    # --- state ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._restored:
            self._restored = True
            self.restore_state(QSettings())

    def restore_state(self, settings: QSettings) -> None:
        sizes = settings.value(SPLITTER_KEY)
        if isinstance(sizes, list) and len(sizes) == 2:
            self.splitter.setSizes([int(s) for s in sizes])

    def save_state(self, settings: QSettings) -> None:
        if self._restored:  # never shown: keep what was saved before
            settings.setValue(SPLITTER_KEY, self.splitter.sizes())
