"""The first three pages: the file, how it reads, which column is which field."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.importing import (
    ImportFile,
    ImportRefused,
    Preview,
    load_mapping,
    mapping_names,
    save_mapping,
)
from crm_desktop.importing.engine import suggest_with_confidence
from crm_desktop.importing.values import is_placeholder
from crm_desktop.io import MappingError
from crm_desktop.money import DEFAULT_CURRENCY, is_known_currency
from crm_desktop.translatable import Message
from ui.i18n import number_text, translated, translated_error
from ui.import_wizard import labels
from ui.import_wizard.mapping_editor import MappingEditor
from ui.import_wizard.models import PreviewModel

if TYPE_CHECKING:
    from ui.import_wizard.wizard import ImportWizard


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def _mapping_problem(error: MappingError) -> str:
    """What is wrong with the chosen columns, naming a field as its combo does ("Name", not
    "display_name"), in the window's language."""
    message = str(error)
    if isinstance(message, Message) and isinstance(message.params.get("field"), str):
        params = {**message.params, "field": labels.field_label(str(message.params["field"]))}
        message = Message(message.context, message.template, **params)
    return translated(message)


def _choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(combo.findData(data), 0))


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file to import"))
        self.setSubTitle(
            self.tr(
                "A spreadsheet saved as CSV or TSV (Excel, Google Contacts, Outlook, a shop's sales "
                "program) or contacts from a phone (vCard, .vcf). Nothing is changed until the last step."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Choose a file, or drop it on the main window"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.entity_combo = QComboBox()
        self.entity_combo.setObjectName("importEntity")
        for key, text in labels.entity_labels().items():
            self.entity_combo.addItem(text, key)
        self.kind_note = _muted()
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("It holds"), self.entity_combo)
        form.addRow("", self.kind_note)
        self._path_changed()  # says what Next waits for

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a file"),
            str(Path(self.path_edit.text()).parent if self.path_edit.text() else ""),
            self.tr("Spreadsheets and contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _path_changed(self) -> None:
        path = self.path_edit.text().strip()
        is_vcard = path.lower().endswith((".vcf", ".vcard"))
        if is_vcard:
            _choose(self.entity_combo, "customers")
        self.entity_combo.setEnabled(not is_vcard)
        if not path:
            note = self.tr("Next is available once you choose a file.")
        elif not Path(path).is_file():
            note = self.tr("There is no file at this path: check it, or choose one with Browse….")
        else:
            note = self.tr("Contacts from a vCard file become customers.") if is_vcard else ""
        self.kind_note.setText(note)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802
        state = self.w.state
        path = self.path_edit.text().strip()
        try:
            file = ImportFile(path)
        except ImportRefused as exc:
            QMessageBox.warning(self, self.tr("Cannot read the file"), translated_error(exc))
            return False
        if path != state.path:
            state.encoding = state.delimiter = state.has_header = None
            state.mapping = None
        state.path, state.file = path, file
        entity = "customers" if file.kind == "vcard" else str(self.entity_combo.currentData())
        if entity != state.entity:
            state.mapping = None
        state.entity = entity
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check how the file reads"))
        self.setSubTitle(
            self.tr(
                "The first rows as they will be imported. If letters look wrong or the "
                "columns are not split right, change the settings; the preview follows."
            )
        )
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("delimiterCombo")
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.header_check = QCheckBox(self.tr("The first row holds the column names"))
        self.header_check.setObjectName("headerCheck")
        self.reasons = _muted()
        self.problems = QLabel()
        self.problems.setObjectName("fieldError")
        self.problems.setWordWrap(True)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(30)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Encoding")), 0, 0)
        grid.addWidget(self.encoding_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Columns split at")), 0, 2)
        grid.addWidget(self.delimiter_combo, 0, 3)
        grid.addWidget(self.header_check, 0, 4)
        grid.setColumnStretch(5, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.reasons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        self.encoding_combo.activated.connect(self._reread)
        self.delimiter_combo.activated.connect(self._reread)
        self.header_check.clicked.connect(self._reread)
        self._loading = False

    def initializePage(self) -> None:  # noqa: N802
        self._load()

    def _reread(self) -> None:
        state = self.w.state
        state.encoding = self.encoding_combo.currentData()
        state.delimiter = self.delimiter_combo.currentData()
        state.has_header = self.header_check.isChecked()
        state.mapping = None
        self._load()

    def _load(self) -> None:
        state = self.w.state
        file, options = state.file, state.reading_options()
        if file is None:
            return
        self._loading = True
        self.completeChanged.emit()
        self.w.ctx.read(lambda: _preview(file, options), self._show)

    def _show(self, preview: Preview | str) -> None:
        self._loading = False
        state = self.w.state
        if isinstance(preview, str):
            state.preview = None
            self.model.set_rows([], [])
            self.problems.setText(preview)
            self.completeChanged.emit()
            return
        state.preview = preview
        info = preview.info
        self._fill_choices(info.encoding, info.delimiter, info.kind == "csv")
        self.header_check.setChecked(info.has_header)
        self.model.set_rows(info.headers, preview.rows)
        reasons = [self.tr("Encoding: {reason}.").format(reason=translated(info.encoding_reason))]
        if info.kind == "csv":
            reasons.append(self.tr("Columns: {reason}.").format(reason=translated(info.delimiter_reason)))
            reasons.append(self.tr("First row: {reason}.").format(reason=translated(info.header_reason)))
        empty = sum(1 for row in preview.rows for cell in row.cells if cell and is_placeholder(cell))
        if empty:  # "-", "N/A", "null" … are no values (issue 15)
            reasons.append(
                self.tr(
                    "{count} cell(s) in these rows hold only a placeholder such as '-', 'N/A' or 'null': "
                    "they are read as empty."
                ).format(count=number_text(empty))
            )
        self.reasons.setText(" ".join(reasons))
        # the reader's reasons name their line themselves ("Line 3 has 2 fields but …")
        self.problems.setText("\n".join(translated(reason) for _line, reason in preview.problems[:5]))
        self.completeChanged.emit()

    def _fill_choices(self, encoding: str, delimiter: str, is_csv: bool) -> None:
        self.encoding_combo.clear()
        for name in (encoding, *[e for e in labels.ENCODINGS if e != encoding]):
            self.encoding_combo.addItem(name.upper(), name)
        self.delimiter_combo.clear()
        for value, _name in labels.DELIMITERS:
            self.delimiter_combo.addItem(labels.delimiter_label(value), value)
        _choose(self.delimiter_combo, delimiter)
        for widget in (self.encoding_combo, self.delimiter_combo, self.header_check):
            widget.setEnabled(is_csv)

    def isComplete(self) -> bool:  # noqa: N802
        preview = self.w.state.preview
        return not self._loading and preview is not None and bool(preview.rows)


def _preview(file: ImportFile, options: object) -> Preview | str:
    try:
        return file.preview(options)  # type: ignore[arg-type]
    except ImportRefused as exc:
        return translated_error(exc)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(
            self.tr(
                "Suggested from the column names and the values in them; change any that are wrong. "
                "Several phone, email or tag columns can all be imported."
            )
        )
        self.editor = MappingEditor()
        self.extra_combo = QComboBox()
        for text, value in labels.extra_choices():
            self.extra_combo.addItem(text, value)
        self.extra_combo.currentIndexChanged.connect(
            lambda _i: self.editor.set_extra(self.extra_combo.currentData())
        )
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedMappings")
        self.saved_combo.setMinimumWidth(180)
        use = QPushButton(self.tr("Use"))
        use.clicked.connect(self._use_saved)
        save = QPushButton(self.tr("Save as…"))
        save.setObjectName("saveMapping")
        save.clicked.connect(self._save)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved mappings")))
        saved_row.addWidget(self.saved_combo)
        saved_row.addWidget(use)
        saved_row.addStretch(1)
        saved_row.addWidget(save)
        self.match_combo = QComboBox()
        for text, keys in labels.match_choices():
            self.match_combo.addItem(text, keys)
        self.on_match_combo = QComboBox()
        for text, value in labels.on_match_choices():
            self.on_match_combo.addItem(text, value)
        self.date_combo = QComboBox()
        for text, day_first in labels.day_first_choices():
            self.date_combo.addItem(text, day_first)
        self.skip_check = QCheckBox(self.tr("Import the good rows and set aside the rows with problems"))
        self.skip_check.setObjectName("skipInvalid")
        self.create_check = QCheckBox(self.tr("Add customers that the file names but the list lacks"))
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("importCurrency")
        self.currency_combo.setEditable(True)
        for code in dict.fromkeys((DEFAULT_CURRENCY, "USD", "EUR", "GBP", "INR")):
            self.currency_combo.addItem(code, code)
        self.currency_combo.setToolTip(
            self.tr(
                "The currency of amounts in a file without a currency column (a column in the file wins)."
            )
        )
        self.currency_label = QLabel(self.tr("Amounts in"))
        options = QGroupBox(self.tr("Customers already in the list"))
        options.setObjectName("importOptions")
        grid = QGridLayout(options)
        grid.addWidget(QLabel(self.tr("Recognise them by")), 0, 0)
        grid.addWidget(self.match_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Other columns")), 0, 2)
        grid.addWidget(self.extra_combo, 0, 3)
        grid.addWidget(QLabel(self.tr("When one is found")), 1, 0)
        grid.addWidget(self.on_match_combo, 1, 1)
        grid.addWidget(QLabel(self.tr("Dates")), 1, 2)
        grid.addWidget(self.date_combo, 1, 3)
        grid.addWidget(self.skip_check, 2, 0, 1, 4)
        grid.addWidget(self.create_check, 3, 0, 1, 2)
        grid.addWidget(self.currency_label, 3, 2)
        grid.addWidget(self.currency_combo, 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(saved_row)
        layout.addWidget(self.editor, 1)
        layout.addWidget(options)

    def initializePage(self) -> None:  # noqa: N802
        state = self.w.state
        preview = state.preview
        if preview is None:
            return
        headers = preview.info.headers
        mapping = state.mapping
        confidence: dict[int, str] = {}
        if mapping is None or mapping.headers != headers or mapping.entity != state.entity:
            # from the header and the values of the first rows (a yes/no column is never an email)
            mapping, confidence = suggest_with_confidence(
                headers, state.entity, [r.cells for r in preview.rows]
            )
        self.editor.extra = mapping.extra if state.entity == "customers" else "ignore"
        self.editor.load(state.entity, headers, preview.rows, mapping, confidence)
        _choose(self.extra_combo, mapping.extra)
        self.extra_combo.setEnabled(state.entity == "customers")
        self.create_check.setVisible(state.entity != "customers")
        self.currency_combo.setVisible(state.entity in ("purchases", "deals"))
        self.currency_label.setVisible(state.entity in ("purchases", "deals"))
        self.options_for(state.entity)
        self._refresh_saved()

    def options_for(self, entity: str) -> None:
        box = self.match_combo.parentWidget()
        if isinstance(box, QGroupBox):
            box.setTitle(
                self.tr("Customers already in the list")
                if entity == "customers"
                else self.tr("Finding each row's customer")
            )
        self.on_match_combo.setEnabled(True)

    def _refresh_saved(self) -> None:
        self.saved_combo.clear()
        for name in mapping_names(self.w.state.entity):
            self.saved_combo.addItem(name, name)

    def _use_saved(self) -> None:
        name = self.saved_combo.currentData()
        preview = self.w.state.preview
        if not name or preview is None:
            return
        try:
            mapping, missing = load_mapping(name, self.w.state.entity).rebind(preview.info.headers)
        except (ImportRefused, MappingError) as exc:
            QMessageBox.warning(self, self.tr("Cannot use this mapping"), translated_error(exc))
            return
        for column in range(len(preview.info.headers)):
            self.editor.set_field(column, mapping.columns.get(column))
        _choose(self.extra_combo, mapping.extra)
        if missing:
            QMessageBox.information(
                self,
                self.tr("Some columns are missing"),
                self.tr("These columns of the saved mapping are not in this file: {names}").format(
                    names=", ".join(missing)
                ),
            )

    def _save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save the mapping"), self.tr("Name for this mapping:"))
        if not ok or not name.strip():
            return
        try:
            mapping = self.editor.mapping(self.extra_combo.currentData())
        except MappingError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), _mapping_problem(exc))
            return
        self.w.ctx.write(lambda: save_mapping(name, mapping), lambda _n: self._refresh_saved(), parent=self)

    def validatePage(self) -> bool:  # noqa: N802
        state = self.w.state
        try:
            mapping = self.editor.mapping(self.extra_combo.currentData())
        except MappingError as exc:
            QMessageBox.warning(self, self.tr("Check the columns"), _mapping_problem(exc))
            return False
        if not mapping.columns:
            QMessageBox.warning(
                self, self.tr("Check the columns"), self.tr("Choose at least one column to import.")
            )
            return False
        state.mapping = mapping
        state.match = tuple(self.match_combo.currentData() or ())
        state.on_match = self.on_match_combo.currentData()
        state.day_first = self.date_combo.currentData()
        state.skip_invalid = self.skip_check.isChecked()
        state.create_missing = self.create_check.isChecked() and state.entity != "customers"
        code = self.currency_combo.currentText().strip().upper()
        if not is_known_currency(code):
            QMessageBox.warning(
                self,
                self.tr("Check the currency"),
                self.tr("'{code}' is not a currency code such as BDT, USD or GBP.").format(code=code),
            )
            return False
        state.currency = code
        return True
