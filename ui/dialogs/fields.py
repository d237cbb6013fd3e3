"""Form pieces the dialogs share.

* :class:`FieldWithError` — an input with its error line underneath.
* :class:`MultiValueField` — several phones or emails, one line each, rows
  added and removed.
* :class:`FormDialog` — saves through ``ctx.write`` and shows a refused
  input next to the field it is about (a service's ``ValidationError``
  names the field and, for phones and emails, which one). What the user
  typed is never cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.changes import Outcome
from crm_desktop.services.errors import FieldError, ValidationError
from ui.context import AppContext
from ui.i18n import current_locale, field_error_text, translated
from ui.icons import icon

Check = Callable[[str], str | None]  # text -> an error message, or None when fine


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Red border (see app.qss ``[invalid="true"]``) on or off."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class FieldWithError(QWidget):
    """An input widget with an error line under it."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def set_error(self, message: str | None, index: int | None = None) -> None:
        mark_invalid(self.editor, bool(message))
        self.error.show_error(message)

    def clear_error(self) -> None:
        self.set_error(None)


class NoteLabel(QLabel):
    """A remark under a field that is not an error: the value is accepted, with something to know."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldNote")
        self.setWordWrap(True)
        self.hide()

    def show_note(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class _ValueRow(QWidget):
    def __init__(self, text: str, placeholder: str, remove_tip: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(text)
        self.edit.setPlaceholderText(placeholder)
        self.remove = QToolButton()
        self.remove.setIcon(icon("trash"))
        self.remove.setToolTip(remove_tip)
        self.remove.setAutoRaise(True)
        self.error = ErrorLabel()
        self.note = NoteLabel()
        line = QWidget()
        row = QVBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        inner = QHBoxLayout(line)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(4)
        inner.addWidget(self.edit, 1)
        inner.addWidget(self.remove)
        row.addWidget(line)
        row.addWidget(self.error)
        row.addWidget(self.note)

    def set_error(self, message: str | None) -> None:
        mark_invalid(self.edit, bool(message))
        self.error.show_error(message)
        if message:
            self.note.show_note(None)


class MultiValueField(QWidget):
    """Several values of one kind, one line each, with "Add another" and a remove button per line."""

    changed = Signal()

    def __init__(
        self,
        *,
        placeholder: str,
        add_text: str,
        check: Check | None = None,
        note: Check | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``check`` finds an error in a line; ``note`` a remark on a line that is accepted."""
        super().__init__(parent)
        self._placeholder = placeholder
        self._check = check
        self._note = note
        self.rows: list[_ValueRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(icon("add"), add_text)
        self.add_button.setObjectName("linkButton")
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(lambda: self.add_row("").setFocus())
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row("")

    def add_row(self, text: str) -> QLineEdit:
        row = _ValueRow(text, self._placeholder, self.tr("Remove"), self)
        row.remove.clicked.connect(lambda: self._remove(row))
        row.edit.textChanged.connect(self.changed)
        row.edit.editingFinished.connect(lambda: self._check_row(row))
        self.rows.append(row)
        self._layout.insertWidget(len(self.rows) - 1, row)
        if text.strip() and self._note:  # a stored value worth a remark says so when shown
            row.note.show_note(self._note(text))
        if not self.focusProxy():
            self.setFocusProxy(row.edit)
        return row.edit

    def _remove(self, row: _ValueRow) -> None:
        if len(self.rows) == 1:
            row.edit.clear()
            row.set_error(None)
            return
        self._drop(row)
        self.setFocusProxy(self.rows[0].edit)
        self.changed.emit()

    def _drop(self, row: _ValueRow) -> None:
        self.rows.remove(row)
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _check_row(self, row: _ValueRow) -> None:
        text = row.edit.text()
        error = self._check(text) if self._check and text.strip() else None
        row.set_error(error)
        row.note.show_note(self._note(text) if self._note and text.strip() and not error else None)

    def values(self) -> list[str]:
        return [row.edit.text() for row in self.rows]

    def set_values(self, values: list[str]) -> None:
        for row in list(self.rows):
            self._drop(row)
        self.setFocusProxy(None)  # type: ignore[arg-type]  # Qt accepts None: no proxy
        for value in values or [""]:
            self.add_row(value)

    def set_error(self, message: str | None, index: int | None = None) -> None:
        """``index`` is the line, blank lines included (as the services count them)."""
        if index is not None and 0 <= index < len(self.rows):
            self.rows[index].set_error(message)
        elif self.rows:
            self.rows[0].set_error(message)

    def clear_error(self) -> None:
        for row in self.rows:
            row.set_error(None)

    def first_invalid(self) -> QWidget | None:
        return next((row.edit for row in self.rows if row.edit.property("invalid")), None)


Field = FieldWithError | MultiValueField


class FormDialog(QDialog):
    """A dialog whose Save runs a service call on the writer thread.

    Subclasses add fields with :meth:`add_field` and implement
    :meth:`operation`, returning the call to run (or raising
    ``ValidationError`` for input they check themselves, such as an amount).
    """

    saved = Signal(object)  # the service's value (e.g. the new id)

    def __init__(self, ctx: AppContext, parent: QWidget | None, title: str, *, columns: int = 1) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setObjectName("formDialog")
        self.fields: dict[str, Field] = {}
        self.forms = [self._new_form() for _ in range(columns)]
        self.form = self.forms[0]
        self.general_error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.setSpacing(28)
        for form in self.forms:
            body.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        layout.addLayout(body)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.saving = False

    @staticmethod
    def _new_form() -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(12)
        return form

    def add_field(self, name: str, label: str, editor: QWidget | MultiValueField, *, column: int = 0) -> Any:
        field: Field = editor if isinstance(editor, MultiValueField) else FieldWithError(editor)
        self.fields[name] = field
        self.forms[column].addRow(label, field)
        return editor

    # --- saving ---------------------------------------------------------------

    def operation(self) -> Callable[[], Outcome[Any]]:
        raise NotImplementedError

    def accept(self) -> None:
        if self.saving:
            return
        self.clear_errors()
        try:
            op = self.operation()
        except ValidationError as error:
            self.show_errors(error)
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.ctx.write(op, self._saved, parent=self, on_error=self._refused)

    def _saved(self, value: object) -> None:
        self.saving = False
        self.saved.emit(value)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_errors(error)
        else:
            self.ctx.report_error(error, self)

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.clear_error()
        self.general_error.show_error(None)

    def show_errors(self, error: ValidationError) -> None:
        """Each message under its field; messages about no field here go under the form."""
        unplaced: list[FieldError] = []
        for problem in error.errors:
            field = self.fields.get(problem.field)
            if field is None:
                unplaced.append(problem)
            else:
                field.set_error(_sentence(translated(problem.message)), problem.index)
        self.general_error.show_error("\n".join(_sentence(field_error_text(p)) for p in unplaced) or None)
        QTimer.singleShot(0, self._fit_height)  # make room for the messages (they wrap)
        first = next((self.fields[p.field] for p in error.errors if p.field in self.fields), None)
        if isinstance(first, MultiValueField):
            (first.first_invalid() or first).setFocus()
        elif first is not None:
            first.editor.setFocus()

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)


def _sentence(message: str) -> str:
    """A capital first letter and a full stop: "." in English, the daṛi "।" in Bengali."""
    if message.endswith((".", "?", "!", "।")):
        return message[:1].upper() + message[1:]
    return message[:1].upper() + message[1:] + ("।" if current_locale() == "bn" else ".")
