"""The import wizard driven through its real pages, with real files, on a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.db.models import Customer, ImportBatch
from crm_desktop.importing import ImportFile, ImportOptions, run_import
from crm_desktop.services.customers import load_input, update_customer
from tests.ui.conftest import wait_for_background
from tests.ui.qt_events import drag_event
from ui.context import AppContext
from ui.import_wizard import ImportHistoryDialog, ImportWizard, history
from ui.import_wizard.models import BatchesModel, PreviewModel, ProblemsModel
from ui.import_wizard.wizard import CHECK, MAPPING, PREVIEW, SUMMARY

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
ODOO = CORPUS / "csv" / "odoo_res_partner.csv"


def open_wizard(ctx: AppContext, qtbot, path: Path) -> ImportWizard:  # noqa: ANN001
    wizard = ImportWizard(ctx, None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def go_to(wizard: ImportWizard, qtbot, page: int) -> None:  # noqa: ANN001
    while wizard.currentId() < page:
        current = wizard.currentPage()
        qtbot.waitUntil(current.isComplete, timeout=10_000)
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=10_000)


def test_pick_preview_map_check_import_and_undo(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    wizard = open_wizard(ctx, qtbot, ODOO)
    assert wizard.file_page.isComplete()
    go_to(wizard, qtbot, PREVIEW)
    qtbot.waitUntil(wizard.preview_page.isComplete)
    model = wizard.preview_page.model
    assert (model.rowCount(), model.columnCount()) == (6, 17)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "ID"
    assert model.headerData(1, Qt.Orientation.Vertical) == 3  # the file's line number
    # a wrong delimiter re-reads the preview: one column per row
    combo = wizard.preview_page.delimiter_combo
    combo.setCurrentIndex(combo.findData(";"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete() and model.columnCount() == 1)
    combo.setCurrentIndex(combo.findData(","))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete() and model.columnCount() == 17)

    go_to(wizard, qtbot, MAPPING)
    editor = wizard.mapping_page.editor
    assert editor.combos[0].currentData() == "external_id"
    assert editor.combos[1].currentData() == "display_name"
    editor.set_field(0, None)  # the user does not want Odoo's ids
    editor.set_field(5, "tags")  # and takes the Supplier column as a tag
    go_to(wizard, qtbot, CHECK)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    cards = [c.number.text() for c in wizard.check_page.counts.cards]
    assert cards == ["6", "0", "0", "0"]
    assert Customer.select().count() == 0  # the check wrote nothing

    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=10_000)
    assert [c.number.text() for c in wizard.summary_page.counts.cards] == ["6", "0", "0", "0"]
    assert Customer.select().count() == 6
    assert Customer.select().where(Customer.external_id.is_null(False)).count() == 0
    assert Customer.get(Customer.display_name == "Grocery Outlet").tag_names == "FALSE"
    assert ImportBatch.select().count() == 1

    qtbot.mouseClick(wizard.summary_page.undo_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)
    assert Customer.select().count() == 0
    assert "undone" in wizard.summary_page.message.text()


def test_rows_with_problems_stop_the_import_until_set_aside(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "shop.csv"
    # line 3 names nobody and its phone cannot be verified: nothing usable, so it is a problem
    path.write_text("Name,Phone\nরহিম,01712345678\n,-1199\n", encoding="utf-8")
    wizard = open_wizard(ctx, qtbot, path)
    go_to(wizard, qtbot, CHECK)
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    assert not wizard.check_page.isComplete()
    assert "1 row(s) have problems" in wizard.check_page.verdict.text()
    problems = wizard.check_page.model
    assert [problems.index(0, c).data() for c in range(3)] == [
        "3", "Phone", "'-1199' is not a phone number (has the wrong number of digits)",
    ]  # fmt: skip
    wizard.back()
    wizard.mapping_page.skip_check.setChecked(True)
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=10_000)
    rejects = Path(wizard.state.rejects_path)
    assert rejects.is_file() and ",-1199,3," in rejects.read_text(encoding="utf-8-sig")
    assert rejects.name in wizard.summary_page.rejects.text()
    assert [c.display_name for c in Customer.select()] == ["রহিম"]


def test_cancelling_the_import_leaves_the_database_as_it_was(ctx: AppContext, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from crm_desktop.importing import engine

    monkeypatch.setattr(engine, "CHUNK_ROWS", 1)
    wizard = open_wizard(ctx, qtbot, ODOO)
    go_to(wizard, qtbot, CHECK)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    page = wizard.import_page
    original = page.job.start

    def start_then_cancel(*args, **kwargs) -> None:  # noqa: ANN002, ANN003
        original(*args, **kwargs)
        page.job.cancel()

    monkeypatch.setattr(page.job, "start", start_then_cancel)
    wizard.next()
    wait_for_background(qtbot, ctx)
    assert "Nothing was changed" in page.label.text()
    assert Customer.select().count() == 0 and ImportBatch.select().count() == 0


def test_history_undo_asks_before_overwriting_a_later_edit(ctx: AppContext, qtbot, monkeypatch) -> None:  # noqa: ANN001
    result = run_import(ImportFile(str(ODOO)), ImportOptions())
    bob = Customer.get(Customer.display_name == "Bob").id
    from datetime import datetime

    from crm_desktop.services import customers as service

    monkeypatch.setattr(service, "utcnow", lambda: datetime(2099, 1, 1))
    data = load_input(bob)
    data.notes = "edited by hand"
    update_customer(bob, data)
    asked: list[str] = []
    monkeypatch.setattr(history, "ask_undo_anyway", lambda parent, error: asked.append(str(error)) or True)
    dialog = ImportHistoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_background(qtbot, ctx)
    assert (
        dialog.model.rowCount() == 1
        and dialog.model.headerData(0, Qt.Orientation.Vertical) == result.batch_id
    )
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    dialog.undo_selected()
    wait_for_background(qtbot, ctx)
    wait_for_background(qtbot, ctx)
    assert asked and "Customer 'Bob'" in asked[0]
    assert Customer.select().count() == 0
    wait_for_background(qtbot, ctx)
    assert dialog.model.index(0, 7).data() != ""  # shown as undone
    assert not dialog.undo_button.isEnabled()


def test_dropping_a_file_on_the_window_opens_the_wizard(window, qtbot) -> None:  # noqa: ANN001
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ODOO))])
    point, action = QPointF(200, 200), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    drops = window.findChild(QObject, "importDrops")
    # what the window's event filter is given in a real drag and drop (offscreen Qt has no drag manager)
    enter = drag_event(QDragEnterEvent, point, action, mime, buttons, keys)
    assert drops.eventFilter(window, enter) and enter.isAccepted()
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile("/tmp/picture.png")])
    assert not drops.eventFilter(window, drag_event(QDragEnterEvent, point, action, other, buttons, keys))
    assert drops.eventFilter(window, drag_event(QDropEvent, point, action, mime, buttons, keys))
    wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard)]
    assert wizards and wizards[-1].file_page.path_edit.text() == str(ODOO)
    for wizard in wizards:
        qtbot.addWidget(wizard)
    titles = [a.text() for a in window.file_menu.actions()]
    assert titles[:3] == ["&Import…", "&Export…", "Import &history…"]


@pytest.mark.parametrize("make", ["preview", "problems", "batches"])
def test_models_pass_the_model_tester(ctx: AppContext, qtmodeltester, make: str) -> None:  # noqa: ANN001
    if make == "preview":
        model = PreviewModel()
        preview = ImportFile(str(ODOO)).preview(ImportOptions())
        model.set_rows(preview.info.headers, preview.rows)
    elif make == "problems":
        model = ProblemsModel()
        result = run_import(
            ImportFile(b"Name,Phone\nA,-1\nA,01712345678\nA,01712345678\n"), ImportOptions(), dry_run=True
        )
        model.set_problems(result.problems, result.notes)
        assert model.rowCount() == 2
    else:
        run_import(ImportFile(str(ODOO)), ImportOptions())
        from crm_desktop.importing import list_batches

        model = BatchesModel()
        model.set_batches(list_batches())
    qtmodeltester.check(model)


def test_odd_values_warn_and_the_mapping_says_how_sure(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "shop.csv"
    path.write_text(
        "Name,Phone,Accepts Email Marketing,Kontakt\nরহিম,01712345678,yes,r@example.com\n"
        "Ayesha,-1199,no,a@example.com\n",
        encoding="utf-8",
    )
    wizard = open_wizard(ctx, qtbot, path)
    go_to(wizard, qtbot, MAPPING)
    editor = wizard.mapping_page.editor
    assert [c.currentData() for c in editor.combos] == ["display_name", "phone", None, "email"]
    assert [editor.item(i, 3).text() for i in range(4)] == ["sure", "sure", "", "a guess: check"]
    editor.set_field(2, "notes")
    assert editor.item(2, 3).text() == "your choice"
    editor.set_field(2, None)
    go_to(wizard, qtbot, CHECK)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)  # no problem stops the import
    assert [c.number.text() for c in wizard.check_page.counts.cards] == ["2", "0", "0", "0"]
    assert "1 warning(s)" in wizard.check_page.verdict.text()
    model = wizard.check_page.model
    assert [model.index(0, c).data() for c in (0, 1, 3)] == ["3", "Phone", "imported, see why"]
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=10_000)
    summary = wizard.summary_page
    assert summary.warnings.text().startswith("1 warning(s): those rows were imported")
    assert summary.warnings_model.rowCount() == 1 and not summary.rejects.text()


def test_sales_file_currency_and_unknown_customers_offered(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from crm_desktop.db.models import Purchase

    path = tmp_path / "sales.csv"
    path.write_text("InvoiceNo,Description,Quantity,UnitPrice,InvoiceDate,CustomerID\n"
                    "536365,MUG,2,1.50,2010-12-01 08:26,17850.0\n", encoding="utf-8")  # fmt: skip
    wizard = open_wizard(ctx, qtbot, path)
    file_page = wizard.currentPage()
    file_page.entity_combo.setCurrentIndex(file_page.entity_combo.findData("purchases"))
    go_to(wizard, qtbot, CHECK)
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    assert "Add customers that the file names but the list lacks" in wizard.check_page.verdict.text()
    wizard.back()
    wizard.mapping_page.create_check.setChecked(True)
    wizard.mapping_page.currency_combo.setCurrentText("GBP")
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=10_000)
    assert [(p.amount_minor, p.currency, p.reference) for p in Purchase.select()] == [(300, "GBP", "536365")]


def test_the_preview_says_placeholders_are_empty(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Phone,Email\nরহিম,01712345678,-\nকরিম,N/A,null\n", encoding="utf-8")
    wizard = open_wizard(ctx, qtbot, path)
    go_to(wizard, qtbot, PREVIEW)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    # "-" and "N/A" (a bare null is empty already as the reader reads it)
    assert "2 cell(s) in these rows hold only a placeholder" in wizard.preview_page.reasons.text()


def test_the_same_file_again_is_announced_in_the_check(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from crm_desktop.importing import ImportFile, ImportOptions, run_import

    path = tmp_path / "shop.csv"
    path.write_text("Name,Phone\nরহিম,01712345678\n", encoding="utf-8")
    first = run_import(ImportFile(str(path)), ImportOptions())
    wizard = open_wizard(ctx, qtbot, path)
    go_to(wizard, qtbot, CHECK)
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    verdict = wizard.check_page.verdict.text()
    assert verdict.startswith("This file was imported on") and f"(batch {first.batch_id})" in verdict
    assert not wizard.check_page.isComplete()  # nothing new to import
