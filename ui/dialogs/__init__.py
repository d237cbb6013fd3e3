"""Dialogs that add or edit one record, and the small questions views ask.

Dialogs open with ``open()`` (window-modal, no nested event loop) and save
through ``ctx.write``; refused input is shown next to the field it concerns.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; ``action`` names the button that does it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    do_it = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is do_it
