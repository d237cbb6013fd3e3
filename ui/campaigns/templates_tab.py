"""Email templates: write with placeholders, see the email as a customer would, unknown names refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.email import template_store as store
from crm_desktop.email import templates
from crm_desktop.email.template_store import TemplateRow
from crm_desktop.services.errors import ValidationError
from ui.context import AppContext
from ui.dialogs.fields import ErrorLabel, mark_invalid
from ui.flow_layout import FlowLayout
from ui.i18n import translated, validation_text
from ui.icons import icon

PREVIEW_DELAY_MS = 150


class TemplatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template_id: int | None = None
        self.rows: dict[int, TemplateRow] = {}
        self.sample = templates.sample_values()
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setFixedWidth(240)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.show_template(item.data(Qt.ItemDataRole.UserRole)) if item else None
        )
        new = QPushButton(icon("add"), self.tr("New template"))
        new.clicked.connect(self.new_template)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new)

        self.name = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        chips = QHBoxLayout()
        insert_label = QLabel(self.tr("Insert:"))
        chips.addWidget(insert_label, 0, Qt.AlignmentFlag.AlignTop)
        flow = FlowLayout()
        self.placeholder_chips: list[QToolButton] = []
        for name, meaning in templates.PLACEHOLDERS.items():
            chip = QToolButton()
            chip.setObjectName("placeholderChip")
            chip.setText("{" + name + "}")
            chip.setToolTip(QCoreApplication.translate("Placeholders", meaning))
            chip.clicked.connect(lambda _=False, n=name: self.insert(n))
            flow.addWidget(chip)
            self.placeholder_chips.append(chip)
        chips.addLayout(flow, 1)  # wraps onto more lines: every {placeholder} is shown whole
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Email"), self.body)
        self.error = ErrorLabel()
        preview_title = QLabel(self.tr("Preview (with sample values)"))
        preview_title.setObjectName("sectionHeading")
        self.preview_subject = QLabel()
        self.preview_subject.setObjectName("previewSubject")
        self.preview_subject.setWordWrap(True)
        self.preview_body = QLabel()
        self.preview_body.setObjectName("previewBody")
        self.preview_body.setWordWrap(True)
        self.preview_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview_body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        preview = QFrame()
        preview.setObjectName("emailPreview")
        preview.setMinimumWidth(340)
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.preview_subject)
        preview_layout.addWidget(self.preview_body, 1)
        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete"))
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        editor = QVBoxLayout()
        editor.addLayout(form, 1)
        editor.addLayout(chips)
        editor.addWidget(self.error)
        editor.addLayout(buttons)
        shown = QVBoxLayout()
        shown.addWidget(preview_title)
        shown.addWidget(preview, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addSpacing(12)
        layout.addLayout(editor, 3)
        layout.addSpacing(12)
        layout.addLayout(shown, 2)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.subject.textChanged.connect(lambda *_: self._timer.start())
        self.body.textChanged.connect(self._timer.start)
        ctx.bus.changed.connect(
            lambda changes: self.reload() if changes.touches("email", "setting") else None
        )
        self.reload()

    def insert(self, name: str) -> None:
        target = self.subject if self.subject.hasFocus() else self.body
        target.insertPlainText("{" + name + "}") if isinstance(target, QPlainTextEdit) else target.insert(
            "{" + name + "}"
        )
        target.setFocus()

    def update_preview(self) -> None:
        """Render with sample values; name any unknown placeholder at once."""
        problems = []
        for field, text, widget in (
            ("subject", self.subject.text(), self.subject),
            ("body", self.body.toPlainText(), self.body),
        ):
            try:
                templates.check(**{field: text})
                mark_invalid(widget, False)
            except ValidationError as exc:
                problems += [translated(e.message) for e in exc.errors]
                mark_invalid(widget, True)
        self.error.show_error("\n".join(problems) if problems else None)
        if problems:
            return
        self.preview_subject.setText(templates.render(self.subject.text(), self.sample))
        self.preview_body.setText(templates.render(self.body.toPlainText(), self.sample))

    def reload(self) -> None:
        self.ctx.read(
            lambda: (store.list_templates(), templates.sample_values(templates.email_locale())),
            lambda r: self._loaded(*r),
        )

    def _loaded(self, rows: list[TemplateRow], sample: dict[str, str]) -> None:
        self.sample = sample
        self.rows = {r.id: r for r in rows}
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(icon("email"), row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
            if row.id == self.template_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.template_id is None and rows:
            self.list.setCurrentRow(0)
        self.update_preview()

    def show_template(self, template_id: int) -> None:
        row = self.rows.get(template_id)
        if row is not None:
            self.template_id = template_id
            self.name.setText(row.name)
            self.subject.setText(row.subject)
            self.body.setPlainText(row.body)
            self.update_preview()

    def new_template(self) -> None:
        self.template_id = None
        self.list.clearSelection()
        self.name.clear()
        self.subject.clear()
        self.body.setPlainText(self.tr("Dear {first_name},\n\n\n\n{shop_name}"))
        self.name.setFocus()

    def save(self) -> None:
        name, subject, body, tid = (
            self.name.text(),
            self.subject.text(),
            self.body.toPlainText(),
            self.template_id,
        )

        def saved(new_id: int) -> None:
            self.template_id = new_id

        def refused(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.error.show_error(validation_text(error, "\n"))
                mark_invalid(self.name, bool(error.for_field("name")))
            else:
                self.ctx.report_error(error, self)

        self.ctx.write(
            lambda: store.save_template(name, subject, body, tid), saved, parent=self, on_error=refused
        )

    def delete(self) -> None:
        if self.template_id is not None:
            tid = self.template_id
            self.template_id = None
            self.ctx.write(lambda: store.delete_template(tid), parent=self)
