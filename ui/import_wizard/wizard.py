"""The import wizard: file → preview → columns → check → import → done."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget, QWizard

from ui.context import AppContext
from ui.import_wizard.run_pages import DryRunPage, ImportPage, SummaryPage
from ui.import_wizard.setup_pages import FilePage, MappingPage, PreviewPage
from ui.import_wizard.state import WizardState

FILE, PREVIEW, MAPPING, CHECK, IMPORT, SUMMARY = range(6)


class ImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = WizardState()
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(QSize(880, 620))
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = DryRunPage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.preview_page,
                self.mapping_page,
                self.check_page,
                self.import_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.check_page.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        if path:
            self.file_page.set_path(path)

    def reject(self) -> None:
        """Closing while a job runs cancels it; the database stays as it was."""
        for job in (self.check_page.job, self.import_page.job):
            if job.running:
                job.cancel()
        if self.currentId() == IMPORT and self.import_page.job.running:
            return  # it closes itself when the cancelled import has rolled back
        super().reject()
