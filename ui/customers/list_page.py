"""The customer list: search as you type, filter by tag and owner, sort any column, act on a selection.

Keyboard: Ctrl+F search, Down from the search box into the list, Enter
opens, Delete moves to the Trash, Ctrl+T tags the selection, Ctrl+M merges
duplicates, Ctrl+N adds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import customers, merge
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.customer_list import owners, tag_names
from ui.context import AppContext
from ui.customers.duplicates_dialog import DuplicatesDialog
from ui.customers.formatting import count_text
from ui.customers.merge_dialog import MergeDialog
from ui.customers.table_delegate import BaselineDelegate, binding_is_sound
from ui.customers.table_model import COLUMNS, CustomerTableModel
from ui.customers.tag_dialog import TagDialog
from ui.i18n import user_name
from ui.icons import icon

SEARCH_DELAY_MS = 200
ROW_HEIGHT = 34
HEADER_KEY = "customers/header"
COLUMN_WIDTHS = {"name": 200, "company": 150, "phone": 120, "email": 200, "last_contact": 110,
                 "lifetime_value": 120, "tags": 150, "created": 100}  # fmt: skip
CHIP_TITLE_WIDTH = 240  # pixels: a long file name is shortened in the middle, the ✕ always shows
RESELECT_LIMIT = 500  # selections up to this size survive a reload


def make_table(model: CustomerTableModel) -> QTableView:
    """A table with fixed row heights over a lazily paged model (shared with the Trash)."""
    table = QTableView()
    table.setObjectName("customerTable")
    table.setModel(model)
    if binding_is_sound():
        table.setItemDelegate(BaselineDelegate(table, model))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    for i, key in enumerate(COLUMNS):
        header.resizeSection(i, COLUMN_WIDTHS[key])
    return table


def selected_ids(table: QTableView, model: CustomerTableModel) -> list[int]:
    rows = sorted(index.row() for index in table.selectionModel().selectedRows())
    return [model.id_at(r) for r in rows]


class CustomerListPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    trash_requested = Signal()  # show the Trash
    trashed = Signal(list)  # ids just moved to the trash

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("viewRoot")
        self.model = CustomerTableModel(ctx, parent=self)
        self._reselect: tuple[list[int], int | None] = ([], None)
        self._select_next: int | None = None
        self._tags: list[str] = []
        self.duplicates_dialog: DuplicatesDialog | None = None
        self._build()
        self._connect()
        self.restore_state(QSettings())
        self.table.setSortingEnabled(True)  # sorts (in SQL) by the restored indicator: the first load
        self.refresh_choices()

    # --- construction ---------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Customers"))
        title.setObjectName("viewTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.trash_button = QPushButton(icon("trash"), self.tr("Trash"))
        self.trash_button.setToolTip(self.tr("Customers you deleted; restore them or empty the Trash"))
        self.duplicates_button = QPushButton(icon("customers"), self.tr("Duplicates…"))
        self.duplicates_button.setToolTip(self.tr("Find customers entered twice and merge them"))
        self.new_button = QPushButton(icon("add"), self.tr("New customer"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Add a customer (Ctrl+N)"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.duplicates_button)
        top.addWidget(self.trash_button)
        top.addWidget(self.new_button)

        self.search = QLineEdit()
        self.search.setObjectName("listSearch")
        self.search.setPlaceholderText(self.tr("Search name, phone, email, tag or note"))
        self.search.setToolTip(self.tr("Search as you type (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(260)
        self.search.installEventFilter(self)
        self.tag_filter = QComboBox()
        self.tag_filter.setMinimumWidth(150)
        self.tag_filter.setToolTip(self.tr("Show only customers with this tag"))
        self.owner_filter = QComboBox()
        self.owner_filter.setMinimumWidth(150)
        self.owner_filter.setToolTip(self.tr("Show only customers of this owner"))
        self.owner_filter.hide()  # shown when the shop has more than one user
        self.chip = QPushButton()
        self.chip.setObjectName("filterChip")
        self.chip.hide()
        # Acting on a selection lives under the table, away from "New customer" at the top
        # right: a Delete right under it was clicked by mistake.
        self.tag_button = QPushButton(icon("deal"), self.tr("Tag"))
        tag_menu = QMenu(self.tag_button)
        self.add_tag_action = tag_menu.addAction(self.tr("Add a tag to the selected…"), self.ask_tag)
        self.add_tag_action.setShortcut(QKeySequence("Ctrl+T"))
        tag_menu.addAction(self.tr("Remove a tag from the selected…"), self.ask_untag)
        self.tag_button.setMenu(tag_menu)
        self.merge_button = QPushButton(icon("customers"), self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr("Merge the selected duplicates into one customer (Ctrl+M)"))
        self.merge_button.setShortcut(QKeySequence("Ctrl+M"))
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move the selected customers to the Trash (Delete)"))
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(self.chip)
        filters.addStretch(1)
        self.selection_label = QLabel()
        self.selection_label.setObjectName("muted")
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.selection_label)
        actions.addWidget(self.tag_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)

        self.table = make_table(self.model)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)
        layout.addLayout(actions)
        self._update_selection()

    def _connect(self) -> None:
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self.search_timer.start)
        self.tag_filter.activated.connect(self.apply_filters)
        self.owner_filter.activated.connect(self.apply_filters)
        self.chip.clicked.connect(lambda: self.set_only(None, ""))
        self.new_button.clicked.connect(self.new_requested)
        self.trash_button.clicked.connect(self.trash_requested)
        self.merge_button.clicked.connect(lambda: self.ask_merge())
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.delete_button.clicked.connect(self.trash_selected)
        self.table.activated.connect(lambda index: self.open_requested.emit(self.model.id_at(index.row())))
        self.table.selectionModel().selectionChanged.connect(self._update_selection)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.ids_loaded.connect(self._ids_loaded)
        self.ctx.bus.changed.connect(self.on_changes)
        for keys, slot in (
            ("Ctrl+N", self.new_requested.emit),
            ("Ctrl+F", self.focus_search),
            ("Ctrl+T", self.ask_tag),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.trash_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip

    # --- filters --------------------------------------------------------------

    def apply_filters(self) -> None:
        self.search_timer.stop()
        tag = self.tag_filter.currentData()
        owner = self.owner_filter.currentData() if self.owner_filter.isVisible() else None
        flt = replace(self.model.filter, text=self.search.text(), tag=tag, owner_id=owner)
        self.model.set_filter(flt)

    def set_only(self, ids: frozenset[int] | None, title: str) -> None:
        """Show only these customers (an import's, a report's drill-down) until the chip is removed.

        They replace the search text and the tag and owner filters, which would otherwise
        hide some or all of them; a search typed afterwards looks among them.
        """
        if ids is not None:
            self.search_timer.stop()
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.tag_filter.setCurrentIndex(0)
            self.owner_filter.setCurrentIndex(0)
        shown = title or self.tr("a selection")
        metrics = self.chip.fontMetrics()
        short = metrics.elidedText(shown, Qt.TextElideMode.ElideMiddle, CHIP_TITLE_WIDTH)
        self.chip.setText(self.tr("Showing: {title}  ✕").format(title=short))
        self.chip.setToolTip(
            self.tr("Showing only: {title}. Click to show all customers again.").format(title=shown)
        )
        self.chip.setVisible(ids is not None)
        flt = replace(
            self.model.filter,
            ids=ids,
            text=self.search.text(),
            tag=self.tag_filter.currentData(),
            owner_id=self.owner_filter.currentData() if self.owner_filter.isVisible() else None,
        )
        self.model.set_filter(flt)

    def refresh_choices(self) -> None:
        self.ctx.read(lambda: (tag_names(), owners()), self._fill_choices)

    def _fill_choices(self, choices: tuple[list[str], list[tuple[int, str]]]) -> None:
        tags, people = choices
        collator = QCollator()
        collator.setNumericMode(True)
        self._tags = sorted(tags, key=collator.sortKey)
        _refill(self.tag_filter, self.tr("All tags"), [(t, t) for t in self._tags])
        people = sorted(people, key=lambda p: collator.sortKey(p[1]))
        _refill(self.owner_filter, self.tr("Any owner"), [(uid, user_name(name)) for uid, name in people])
        self.owner_filter.setVisible(len(people) > 1)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                if self.search_timer.isActive():
                    self.apply_filters()
                self.focus_list()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def focus_list(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.table.selectRow(0)

    # --- loading and selection ------------------------------------------------

    def _ids_loaded(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(count_text(count, self.tr("1 customer"), self.tr("{n} customers")))
        flt = self.model.filter
        filtered = bool(flt.text.strip() or flt.tag or flt.owner_id is not None or flt.ids is not None)
        if count == 0:
            self.empty_label.setText(
                self.tr("No customer matches these filters.") if filtered else self.tr("No customers yet.")
            )
        self.body.setCurrentWidget(self.table if count else self.empty_label)
        self._restore_selection()

    def _remember_selection(self) -> None:
        ids = selected_ids(self.table, self.model)
        current = self.table.currentIndex()
        self._reselect = (ids if len(ids) <= RESELECT_LIMIT else [],
                          self.model.id_at(current.row()) if current.isValid() else None)  # fmt: skip

    def select_after_reload(self, customer_id: int) -> None:
        """Select this customer once the list has it (a customer just added)."""
        self._select_next = customer_id

    def _restore_selection(self) -> None:
        ids, current = self._reselect
        if self._select_next is not None and self.model.row_of(self._select_next) is not None:
            ids, current, self._select_next = [self._select_next], self._select_next, None
        self._reselect = ([], None)
        selection = QItemSelection()
        for cid in ids:
            row = self.model.row_of(cid)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, len(COLUMNS) - 1))
        if not selection.isEmpty():
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(row, 0))
        self._update_selection()

    def _update_selection(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.selection_label.setText(
            count_text(count, self.tr("1 selected"), self.tr("{n} selected"))
            if count
            else self.tr("Select customers to tag, merge or delete them:")
        )
        self.tag_button.setEnabled(count > 0)
        self.merge_button.setEnabled(2 <= count <= merge.MAX_AT_ONCE)
        self.delete_button.setEnabled(count > 0)

    def selected_ids(self) -> list[int]:
        return selected_ids(self.table, self.model)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("customer", "tag", "user"):
            self.model.reload(changed=True)
        if changes.touches("tag", "user"):
            self.refresh_choices()

    # --- bulk actions ---------------------------------------------------------

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.ctx.write(lambda: customers.trash_customers(ids), self.trashed.emit, parent=self)

    def _ask(self, title: str, prompt: str, action: str, then: Callable[[str], None]) -> TagDialog | None:
        if not self.selected_ids():
            return None
        dialog = TagDialog(self, title=title, prompt=prompt, action=action, tags=self._tags)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog.tag()))
        dialog.open()
        return dialog

    def ask_tag(self) -> TagDialog | None:
        prompt = self.tr("Tag the selected customers with:")
        return self._ask(self.tr("Add a tag"), prompt, self.tr("Add tag"), self.tag_selected)

    def ask_untag(self) -> TagDialog | None:
        prompt = self.tr("Remove this tag from the selected customers:")
        return self._ask(self.tr("Remove a tag"), prompt, self.tr("Remove tag"), self.untag_selected)

    def tag_selected(self, tag: str) -> None:
        ids = self.selected_ids()
        if ids and tag:
            self.ctx.write(
                lambda: customers.tag_customers(ids, tag), lambda added: self._tagged(tag, added), parent=self
            )

    def untag_selected(self, tag: str) -> None:
        ids = self.selected_ids()
        if ids and tag:
            self.ctx.write(
                lambda: customers.untag_customers(ids, tag),
                lambda removed: self._untagged(tag, removed),
                parent=self,
            )

    def _tagged(self, tag: str, added: list[int]) -> None:
        text = count_text(
            len(added), self.tr("Tagged 1 customer “{tag}”."), self.tr("Tagged {n} customers “{tag}”.")
        )
        undo = (lambda: customers.untag_customers(added, tag)) if added else None
        self._say(text.replace("{tag}", tag), undo)

    def _untagged(self, tag: str, removed: list[int]) -> None:
        text = count_text(
            len(removed),
            self.tr("Removed “{tag}” from 1 customer."),
            self.tr("Removed “{tag}” from {n} customers."),
        )
        undo = (lambda: customers.tag_customers(removed, tag)) if removed else None
        self._say(text.replace("{tag}", tag), undo)

    def _say(self, text: str, undo_op: Callable[[], Outcome[Any]] | None) -> None:
        """A message, with Undo running ``undo_op`` on the writer thread (None: nothing changed)."""
        if self.ctx.navigator is None:
            return
        undo = (lambda: self.ctx.write(undo_op, parent=self)) if undo_op is not None else None
        self.ctx.navigator.show_message(text, undo=undo)

    def ask_merge(self, ids: list[int] | None = None) -> None:
        """Merge the selected customers (or ``ids``): first choose the one to keep."""
        chosen = self.selected_ids() if ids is None else ids
        if 2 <= len(chosen) <= merge.MAX_AT_ONCE:
            self.ctx.read(lambda: merge.merge_candidates(chosen), self._choose_kept)

    def show_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merge_requested.connect(self.ask_merge)
        dialog.finished.connect(lambda *_: setattr(self, "duplicates_dialog", None))
        dialog.open()
        self.duplicates_dialog = dialog
        return dialog

    def _choose_kept(self, candidates: list[merge.MergeCandidate]) -> MergeDialog | None:
        if len(candidates) < 2:
            return None
        parent = self.duplicates_dialog if self.duplicates_dialog is not None else self
        dialog = MergeDialog(candidates, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.merge_into(dialog.kept(), dialog.merged()))
        dialog.open()
        self.merge_dialog = dialog
        return dialog

    def merge_into(self, kept: merge.MergeCandidate, others: list[int]) -> None:
        def merged(result: merge.MergeResult) -> None:
            self.select_after_reload(kept.id)
            text = count_text(
                len(result.merged_ids) + 1,
                self.tr("Merged into “{name}”."),
                self.tr("Merged {n} customers into “{name}”."),
            )
            self._say(text.replace("{name}", kept.name), lambda: merge.undo_merge(result.merge_id))

        self.ctx.write(lambda: merge.merge_customers(kept.id, others), merged, parent=self)

    # --- state ----------------------------------------------------------------

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        else:
            self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())


def _refill(combo: QComboBox, everything: str, items: list[tuple[object, str]]) -> None:
    """Replace a filter's choices, keeping the current choice if it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    combo.blockSignals(False)
