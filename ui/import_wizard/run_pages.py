"""The last three pages: the dry run, the import itself, and what it did."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from crm_desktop.db.store import APP_NAME
from crm_desktop.importing import ImportResult, UndoConflict, undo_import
from crm_desktop.importing.messages import NO_CUSTOMER
from ui.i18n import number_text, translated, translated_error
from ui.import_wizard.job import ImportJob
from ui.import_wizard.models import ProblemsModel

if TYPE_CHECKING:
    from ui.import_wizard.wizard import ImportWizard


class CountCard(QFrame):
    """A big number with a word under it."""

    def __init__(self, caption: str, kind: str) -> None:
        super().__init__()
        self.setObjectName("countCard")
        self.setProperty("kind", kind)
        self.number = QLabel("–")
        self.number.setObjectName("countNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setObjectName("countCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, value: int | None) -> None:
        self.number.setText("–" if value is None else number_text(value))


class Counts(QWidget):
    def __init__(self, captions: tuple[str, str, str, str]) -> None:
        super().__init__()
        self.cards = [
            CountCard(text, kind)
            for text, kind in zip(captions, ("created", "updated", "skipped", "rejected"), strict=True)
        ]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for card in self.cards:
            layout.addWidget(card)

    def show_result(self, result: ImportResult | None) -> None:
        values = (result.created, result.updated, result.skipped, result.rejected) if result else (None,) * 4
        for card, value in zip(self.cards, values, strict=True):
            card.set_value(value)


def _problems_table(model: ProblemsModel) -> QTableView:
    table = QTableView()
    table.setObjectName("problemsTable")
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)

    def fit() -> None:  # line, column and "the row" as wide as they need; the reason takes the rest
        for section in range(model.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if section == 2 else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(section, mode)

    model.modelReset.connect(fit)
    fit()
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    return table


class DryRunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr("Every row was read and checked against the list; nothing has been changed yet.")
        )
        self.job = ImportJob(wizard.ctx, self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(lambda: self._failed(self.tr("The check was cancelled.")))
        self.bar = QProgressBar()
        self.counts = Counts(
            (self.tr("new"), self.tr("updated"), self.tr("skipped"), self.tr("with problems"))
        )
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.model = ProblemsModel(self)
        self.table = _problems_table(self.model)
        self.notices = QLabel()
        self.notices.setObjectName("muted")
        self.notices.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notices)
        layout.addStretch(0)

    def initializePage(self) -> None:  # noqa: N802
        state = self.w.state
        state.dry_run = None
        self.counts.show_result(None)
        self.model.set_problems([])
        self.table.hide()
        self.verdict.setText(self.tr("Checking…"))
        self.notices.clear()
        self.bar.setRange(0, 0)
        self.bar.show()
        assert state.file is not None
        self.job.start(state.file, state.options(), dry_run=True)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802
        self.job.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self.w.state.dry_run = result
        self.bar.hide()
        self.counts.show_result(result)
        self.model.set_problems(result.problems, result.notes)
        self.table.setVisible(bool(result.problems or result.notes))
        self.notices.setText("\n".join(translated(n) for n in result.notices[:6]))
        self._verdict(result)
        if result.already_imported is not None:  # said first: the user may not want to go on
            self.verdict.setText(f"{translated(result.notices[0])}\n{self.verdict.text()}")
        unknown = any(getattr(p.reason, "template", "") == NO_CUSTOMER for p in result.problems)
        if unknown and not self.w.state.create_missing:
            self.verdict.setText(
                self.verdict.text()
                + "\n"
                + self.tr(
                    "Some rows name customers who are not in the list: go back and tick “Add customers "
                    "that the file names but the list lacks” to add them."
                )
            )
        if result.note_count:
            self.verdict.setText(
                self.verdict.text()
                + "\n"
                + self.tr(
                    "{count} warning(s), listed below in grey: those rows are imported; odd phone "
                    "numbers and emails are kept as written, not verified."
                ).format(count=number_text(result.note_count))
            )
        self.completeChanged.emit()

    def _verdict(self, result: ImportResult) -> None:
        if result.rejected and not self.w.state.skip_invalid:
            self.verdict.setText(
                self.tr(
                    "{count} row(s) have problems, listed below. Go back and choose to set aside the rows "
                    "with problems, or fix the file and start again."
                ).format(count=number_text(result.rejected))
            )
        elif not (result.created or result.updated):
            self.verdict.setText(
                self.tr("Nothing to import: every row is already in the list or has problems.")
            )
        elif result.rejected:
            self.verdict.setText(
                self.tr(
                    "Ready. Press Import to write these changes; the {count} row(s) with problems will be "
                    "set aside in a file. You can undo the import later."
                ).format(count=number_text(result.rejected))
            )
        else:
            self.verdict.setText(
                self.tr("Ready. Press Import to write these changes; you can undo them later.")
            )

    def _failed(self, message: str) -> None:
        self.bar.hide()
        self.verdict.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        result = self.w.state.dry_run
        if result is None or self.job.running:
            return False
        allowed = not result.rejected or self.w.state.skip_invalid
        return allowed and bool(result.created or result.updated)


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written together: if you cancel, the list stays as it was."))
        self.setCommitPage(True)
        self.job = ImportJob(wizard.ctx, self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(lambda: self._failed(self.tr("Cancelled. Nothing was changed.")))
        self.bar = QProgressBar()
        self.label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.job.cancel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(2)

    def initializePage(self) -> None:  # noqa: N802
        state = self.w.state
        state.result = None
        self.label.setText(self.tr("Importing {file}…").format(file=state.file.name if state.file else ""))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        assert state.file is not None
        self.job.start(state.file, state.options(), dry_run=False)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Row {done} of about {total}…").format(done=number_text(done), total=number_text(total))
        )

    def _done(self, result: ImportResult) -> None:
        self.w.state.result = result
        self.cancel_button.setEnabled(False)
        if result.rejects is not None and result.rejected:
            self.w.state.rejects_path = _save_rejects(result)
        self.completeChanged.emit()
        self.w.next()

    def _failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.label.setText(message)

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.state.result is not None


def _save_rejects(result: ImportResult) -> str:
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "rejected rows"
    folder.mkdir(parents=True, exist_ok=True)
    target = (
        folder / f"import {result.batch_id or 'not saved'} - {Path(result.file_name).stem} - rejected.csv"
    )
    result.save_rejects(str(target), bom=True)
    return str(target)


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Done"))
        self.counts = Counts((self.tr("added"), self.tr("updated"), self.tr("skipped"), self.tr("set aside")))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.rejects = QLabel()
        self.rejects.setObjectName("rejectsLink")
        self.rejects.setWordWrap(True)
        self.rejects.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.rejects.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.save_button = QPushButton(self.tr("Save the rows with problems as…"))
        self.save_button.clicked.connect(self._save_as)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self._undo)
        self.show_button = QPushButton(self.tr("Show these customers"))
        self.show_button.clicked.connect(self._show_customers)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.undo_button)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings_model = ProblemsModel(self)
        self.warnings_table = _problems_table(self.warnings_model)
        self.warnings_table.setObjectName("warningsTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.message)
        layout.addWidget(self.rejects)
        layout.addWidget(self.warnings)
        layout.addWidget(self.warnings_table, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)

    def initializePage(self) -> None:  # noqa: N802
        state = self.w.state
        result = state.result
        self.counts.show_result(result)
        if result is None:
            return
        if result.written:
            self.setSubTitle(
                self.tr(
                    "Import {batch} of {file} is saved. It is in the import history, where it can be undone."
                ).format(batch=result.batch_id, file=result.file_name)
            )
        else:
            self.setSubTitle(
                self.tr("Nothing was changed: every row was already in the list or had problems.")
            )
        self.message.setText("")
        path = state.rejects_path
        self.rejects.setText(
            self.tr(
                '{count} row(s) with problems were set aside in <a href="{url}">{name}</a>, with the line '
                "and the reason for each; fix them there and import that file."
            ).format(
                count=number_text(result.rejected),
                url=QUrl.fromLocalFile(path).toString(),
                name=Path(path).name,
            )
            if path
            else ""
        )
        self.save_button.setVisible(bool(path))
        # kept rows with something worth a look, apart from the rows set aside
        self.warnings_model.set_problems([], result.notes if result.written else [])
        self.warnings_table.setVisible(bool(result.written and result.notes))
        self.warnings.setText(
            self.tr(
                "{count} warning(s): those rows were imported; odd phone numbers and emails were kept as "
                "written in custom fields, not verified."
            ).format(count=number_text(result.note_count))
            if result.written and result.note_count
            else ""
        )
        self.undo_button.setEnabled(result.written and not state.undone)
        self.show_button.setVisible(bool(result.customer_ids) and self.w.ctx.navigator is not None)

    def _save_as(self) -> None:
        result = self.w.state.result
        if result is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the rows with problems"),
            Path(self.w.state.rejects_path).name,
            self.tr("CSV files (*.csv)"),
        )
        if target:
            try:
                result.save_rejects(target, bom=True)
            except OSError as exc:  # the database, a backup, a folder that went away
                QMessageBox.warning(self, self.tr("Not saved"), translated(exc.strerror or str(exc)))

    def _undo(self, force: bool = False) -> None:
        result = self.w.state.result
        if result is None or result.batch_id is None:
            return
        batch_id = result.batch_id
        self.undo_button.setEnabled(False)
        self.w.ctx.write(
            lambda: undo_import(batch_id, force=force), self._undone, parent=self, on_error=self._undo_failed
        )

    def _undone(self, _value: object) -> None:
        self.w.state.undone = True
        self.message.setText(self.tr("The import was undone: the list is as it was before."))

    def _undo_failed(self, error: BaseException) -> None:
        if isinstance(error, UndoConflict) and ask_undo_anyway(self, error):
            self._undo(force=True)
            return
        if not isinstance(error, UndoConflict):
            self.w.ctx.report_error(error, self)
        self.undo_button.setEnabled(True)

    def _show_customers(self) -> None:
        result = self.w.state.result
        navigator = self.w.ctx.navigator
        if result is not None and navigator is not None:
            navigator.show_customers(
                ids=result.customer_ids, title=self.tr("Imported from {file}").format(file=result.file_name)
            )
            self.w.accept()


def ask_undo_anyway(parent: QWidget, error: UndoConflict) -> bool:
    """Rows changed since the import: say which, and ask whether to undo anyway."""
    title = QCoreApplication.translate("ImportUndo", "Changed since the import")
    box = QMessageBox(QMessageBox.Icon.Warning, title, translated_error(error), parent=parent)
    box.setDetailedText("\n".join(translated(c) for c in error.conflicts))
    anyway = box.addButton(
        QCoreApplication.translate("ImportUndo", "Undo anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is anyway
