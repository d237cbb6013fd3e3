"""The Help menu: keyboard shortcuts, where my data is, About with the version (issue 17, item 16)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from crm_desktop import __version__
from ui.help_menu import DataPlacesDialog, ShortcutsDialog, about_text


def test_the_help_menu_lists_shortcuts_data_places_and_about(window, qtbot) -> None:  # noqa: ANN001
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[-1] == "Help"
    entries = [a.text().replace("&", "") for a in window.help_menu.actions() if a.text()]
    assert entries == ["Keyboard shortcuts", "Where my data is", "About CRM Desktop"]

    window.help_menu.actions()[0].trigger()
    shortcuts = window.findChild(ShortcutsDialog)
    assert shortcuts is not None and shortcuts.isVisible()
    texts = " ".join(label.text() for label in shortcuts.findChildren(QLabel))
    assert "Ctrl+K" in texts and "Search everything" in texts
    shortcuts.reject()

    window.help_menu.actions()[1].trigger()
    places = window.findChild(DataPlacesDialog)
    assert places is not None
    shown = " ".join(label.text() for label in places.findChildren(QLabel))
    assert str(window.ctx.store.path) in shown and "backups" in shown
    places.reject()

    assert __version__ in about_text()
