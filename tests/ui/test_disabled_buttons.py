"""A button that cannot be pressed looks it, and the page says what it waits for (issue 17, item 4)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWizard

from crm_desktop.resources import resource_path
from ui.import_wizard import ImportWizard

BLUE = QColor("#2563eb")


def fill_colour(button: QPushButton) -> QColor:
    """The colour a few pixels inside the button's edge, where its background shows."""
    image = button.grab().toImage()
    return image.pixelColor(QPoint(6, image.height() // 2))


def test_next_without_a_file_looks_disabled_and_says_why(ctx, qtbot, tmp_path) -> None:  # noqa: ANN001
    wizard = ImportWizard(ctx, None)
    wizard.setStyleSheet(resource_path("styles", "app.qss").read_text(encoding="utf-8"))
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert isinstance(next_button, QPushButton)
    assert not next_button.isEnabled()
    assert fill_colour(next_button) != BLUE  # not the blue of a button that can be pressed
    assert "choose a file" in wizard.file_page.kind_note.text()

    wizard.file_page.set_path(str(tmp_path / "nowhere.csv"))
    assert "no file" in wizard.file_page.kind_note.text()

    real = tmp_path / "customers.csv"
    real.write_text("name,phone\nKarim,01712345678\n", encoding="utf-8")
    wizard.file_page.set_path(str(real))
    assert next_button.isEnabled()
    assert fill_colour(next_button) == BLUE
    assert wizard.file_page.kind_note.text() == ""
    wizard.reject()


def test_import_after_a_check_with_problems_looks_disabled_and_the_page_says_why(
    ctx, qtbot, tmp_path
) -> None:  # noqa: ANN001
    from ui.import_wizard.wizard import CHECK, MAPPING

    path = tmp_path / "customers.csv"
    path.write_text("name,phone,notes\nKarim,01712345678,\n,,names nobody\n", encoding="utf-8")
    wizard = ImportWizard(ctx, None, str(path))
    wizard.setStyleSheet(resource_path("styles", "app.qss").read_text(encoding="utf-8"))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < CHECK:
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10_000)
        if wizard.currentId() == MAPPING:
            wizard.mapping_page.skip_check.setChecked(False)  # rows with problems stop the import
        wizard.next()
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "problems" in wizard.check_page.verdict.text(), timeout=10_000)
    import_button = wizard.button(QWizard.WizardButton.NextButton)
    assert isinstance(import_button, QPushButton)
    assert not import_button.isEnabled() and import_button.text() == "Import"
    assert fill_colour(import_button) != BLUE
    assert "Go back" in wizard.check_page.verdict.text()  # says why, and what to do
    wizard.reject()
