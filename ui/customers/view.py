"""The Customers view: the list, one customer's page, the Trash, and the welcome page of a new file.

The main window talks to it through ``open_customer``, ``show_only``,
``activated`` and ``save_state``; everything else happens inside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from crm_desktop.services.changes import Changes
from crm_desktop.services.customer_list import count_customers
from crm_desktop.services.customers import restore_customers
from ui.context import AppContext
from ui.customers.formatting import count_text
from ui.customers.list_page import CustomerListPage

if TYPE_CHECKING:  # the pages and the dialog are built (and imported) when first needed
    from ui.customers.customer_dialog import CustomerDialog
    from ui.customers.detail_page import CustomerDetailPage
    from ui.customers.trash_page import TrashPage
    from ui.customers.welcome import WelcomePage


class CustomersView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("customersView")
        self.list_page = CustomerListPage(ctx)
        self._detail: CustomerDetailPage | None = None  # built on the first customer opened
        self._welcome: WelcomePage | None = None
        self._trash: TrashPage | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list_page.open_requested.connect(self.open_customer)
        self.list_page.new_requested.connect(self.new_customer)
        self.list_page.trash_requested.connect(self.show_trash)
        self.list_page.trashed.connect(self.announce_trashed)
        ctx.bus.changed.connect(self.on_changes)
        self.check_empty()

    # --- pages ------------------------------------------------------------------

    @property
    def detail_page(self) -> CustomerDetailPage:
        if self._detail is None:
            from ui.customers.detail_page import CustomerDetailPage

            detail = CustomerDetailPage(self.ctx)
            detail.back_requested.connect(self.show_list)
            detail.edit_requested.connect(self.edit_customer)
            detail.trashed.connect(self._trashed_from_detail)
            self.stack.addWidget(detail)
            self._detail = detail
        return self._detail

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def go_home(self) -> None:
        """The sidebar's "Customers" clicked while this view shows: back to the list from a
        customer's page or the Trash (the welcome page of an empty file stays)."""
        if self._welcome is not None and self.current_page() is self._welcome:
            return
        self.show_list()

    def open_customer(self, customer_id: int) -> None:
        self.detail_page.show_customer(customer_id)
        self.stack.setCurrentWidget(self.detail_page)
        self.detail_page.composer.text.setFocus()

    def show_only(self, ids: frozenset[int] | None, title: str) -> None:
        """Show only these customers (a drill-down from a report), with a chip to remove the filter."""
        self.list_page.set_only(ids, title)
        self.show_list()

    def show_trash(self) -> None:
        if self._trash is None:
            from ui.customers.trash_page import TrashPage

            trash = TrashPage(self.ctx)
            trash.back_requested.connect(self.show_list)
            self.stack.addWidget(trash)
            self._trash = trash
        self.stack.setCurrentWidget(self._trash)

    def show_welcome(self) -> None:
        if self._welcome is None:
            from ui.customers.welcome import WelcomePage

            welcome = WelcomePage(self.ctx)
            welcome.add_requested.connect(self.new_customer)
            welcome.import_requested.connect(self.import_file)
            welcome.sample_loaded.connect(self.show_list)
            self.stack.addWidget(welcome)
            self._welcome = welcome
        self.stack.setCurrentWidget(self._welcome)

    @property
    def welcome(self) -> WelcomePage | None:
        return self._welcome

    @property
    def trash(self) -> TrashPage | None:
        return self._trash

    def activated(self) -> None:
        """The main window switched to this view."""
        self.check_empty()

    def check_empty(self) -> None:
        """A file with no customers at all (none in the Trash either) opens on the welcome page."""
        self.ctx.read(lambda: count_customers() + count_customers(trashed=True), self._emptiness)

    def _emptiness(self, total: int) -> None:
        if total == 0:
            self.show_welcome()
        elif self._welcome is not None and self.current_page() is self._welcome and not self._welcome.loading:
            self.show_list()

    # --- dialogs ----------------------------------------------------------------

    def new_customer(self) -> CustomerDialog:
        from ui.customers.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.ctx, self)
        dialog.saved.connect(self._added)
        return self._open(dialog)

    def import_file(self) -> None:
        """The welcome page's "Import a file": the same wizard as File › Import…."""
        from ui.import_wizard import open_import_wizard

        open_import_wizard(self.ctx, self.window())

    def edit_customer(self, customer_id: int) -> CustomerDialog:
        from ui.customers.customer_dialog import CustomerDialog

        return self._open(CustomerDialog(self.ctx, self, customer_id))

    def _open(self, dialog: CustomerDialog) -> CustomerDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _added(self, customer_id: int) -> None:
        self.list_page.select_after_reload(customer_id)
        if self._detail is None or self.current_page() is not self._detail:
            self.show_list()
        if self.ctx.navigator is not None:
            self.ctx.navigator.show_message(self.tr("Customer added."))

    # --- trash and undo ----------------------------------------------------------

    def announce_trashed(self, ids: list[int]) -> None:
        if not ids or self.ctx.navigator is None:
            return
        text = count_text(
            len(ids), self.tr("Moved 1 customer to the Trash."), self.tr("Moved {n} customers to the Trash.")
        )
        undone = count_text(
            len(ids),
            self.tr("Brought 1 customer back from the Trash."),
            self.tr("Brought {n} customers back from the Trash."),
        )
        self.ctx.navigator.show_message(
            text, undo=lambda: self.ctx.write(lambda: restore_customers(ids)), undone=undone
        )

    def _trashed_from_detail(self, ids: list[int]) -> None:
        self.show_list()
        self.announce_trashed(ids)

    def on_changes(self, changes: Changes) -> None:
        if self._detail is not None:
            self._detail.on_changes(changes)
        if changes.touches("customer"):
            self.check_empty()

    # --- state --------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        self.list_page.save_state(settings)
        if self._detail is not None:
            self._detail.save_state(settings)
