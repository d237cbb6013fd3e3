"""A friendly dialog for the unexpected: what happened, that data is safe, details to copy."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.logs import log_dir


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def show_unexpected(error: BaseException, parent: QWidget | None = None) -> None:
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Something went wrong"))
    box.setText(tr("The last action could not be completed. Your saved data is safe."))
    box.setInformativeText(tr("The details were written to the log in {folder}.").format(folder=log_dir()))
    box.setDetailedText(details)
    copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)
