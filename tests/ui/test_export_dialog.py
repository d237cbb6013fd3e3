"""The export dialog writes the chosen kind, the current list only when asked, with or without a BOM."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from crm_desktop.services.customers import CustomerInput, create_customer
from tests.ui.conftest import wait_for_background
from ui.context import AppContext
from ui.export_dialog import ExportDialog, export_customers


def _customers() -> list[int]:
    return [
        create_customer(CustomerInput(display_name=name, phones=[phone])).value
        for name, phone in (("রহিম", "01712345678"), ("Karim", "01812345678"), ("Salma", "01912345678"))
    ]


def test_export_the_current_list_for_excel(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    ids = _customers()
    dialog = ExportDialog(ctx, None, entity="customers", customer_ids=[ids[2], ids[0]])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.only_list.isChecked() and "2 customers" in dialog.only_list.text()
    target = tmp_path / "list.csv"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfName,")
    assert [line.split(",")[0] for line in raw.decode("utf-8-sig").splitlines()[1:]] == ["Salma", "রহিম"]
    assert "2 rows written to list.csv" in dialog.status.text()


def test_everyone_as_vcard_and_tasks_without_bom(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    ids = _customers()
    dialog = export_customers(ctx, None, ids[:1])
    qtbot.addWidget(dialog)
    dialog.only_list.setChecked(False)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("vcard"))
    assert dialog.path_edit.text().endswith("contacts.vcf") and not dialog.bom_check.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "all.vcf"))
    dialog.start()
    wait_for_background(qtbot, ctx)
    text = (tmp_path / "all.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3 and "TEL;TYPE=CELL:+8801712345678" in text
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("tasks"))
    dialog.bom_check.setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "tasks.csv"))
    dialog.start()
    wait_for_background(qtbot, ctx)
    assert (tmp_path / "tasks.csv").read_bytes().startswith(b"Title,Notes,Due")


def test_an_unwritable_place_is_said_not_raised(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "missing folder" / "c.csv"))
    dialog.start()
    wait_for_background(qtbot, ctx)
    assert dialog.status.text().startswith("The file could not be written")
    assert dialog.export_button.isEnabled()


def test_the_open_database_is_never_the_export_target(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    _customers()
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    database = ctx.store.path
    before = database.read_bytes()
    dialog._confirmed = str(database)  # as if the save dialog had asked
    dialog.path_edit.setText(str(database))
    dialog.start()
    wait_for_background(qtbot, ctx)
    assert "open database" in dialog.status.text()
    assert database.read_bytes() == before


def test_a_typed_existing_file_is_replaced_only_after_asking(
    ctx: AppContext,
    qtbot,
    tmp_path: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QMessageBox

    _customers()
    target = tmp_path / "customers.csv"
    target.write_text("precious\n", encoding="utf-8")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *rest):  # noqa: ANN001, ANN002, ANN202
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(target))
    dialog.start()
    wait_for_background(qtbot, ctx)
    assert target.read_text(encoding="utf-8") == "precious\n" and len(asked) == 1
    dialog.start()
    wait_for_background(qtbot, ctx)
    assert "Karim" in target.read_text(encoding="utf-8-sig")
