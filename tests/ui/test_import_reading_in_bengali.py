"""What the import window says about reading a file — why it chose the encoding, the delimiter and
the header, which lines it could not read, what is wrong with the chosen columns — reads in
Bengali in the Bengali window, and as before in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from crm_desktop.db.models import Customer
from tests.ui.conftest import wait_for_background
from ui.context import AppContext
from ui.import_wizard import ImportWizard
from ui.import_wizard.wizard import CHECK, MAPPING, PREVIEW

SHOP_CSV = (
    "Name,Phone,Email\nরহিম,01712345678,r@example.com\nকরিম,01812345678\nসালমা,01912345678,s@example.com\n"
)


def wizard_at(ctx: AppContext, qtbot, tmp_path: Path, page: int) -> ImportWizard:  # noqa: ANN001
    path = tmp_path / "shop.csv"
    path.write_text(SHOP_CSV, encoding="utf-8")
    wizard = ImportWizard(ctx, None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < page:
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10_000)
        wizard.next()
    if page < CHECK:
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10_000)
    return wizard


def test_the_preview_explains_the_file(ctx: AppContext, qtbot, tmp_path: Path, bengali: None) -> None:  # noqa: ANN001
    page = wizard_at(ctx, qtbot, tmp_path, PREVIEW).preview_page
    assert page.reasons.text() == (
        "এনকোডিং: লেখাটি সঠিক UTF-8। কলাম: কমা: প্রথম ৪টি সারির ৭৫%-এ ৩টি করে ঘর। "
        "প্রথম সারি: প্রথম সারিতে চেনা ঘরের নাম আছে।"
    )
    assert page.problems.text() == (
        "লাইন ৩-এ ২টি ঘর, কিন্তু কলামের নামের সারিতে ৩টি (কম পড়েছে; কমা দিয়ে ভাগ করা), তাই এটি আমদানি হয়নি।"
    )


def test_in_english_the_preview_reads_as_before(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    page = wizard_at(ctx, qtbot, tmp_path, PREVIEW).preview_page
    assert page.reasons.text() == (
        "Encoding: the text is valid UTF-8. Columns: comma: 75% of the first 4 rows have 3 fields. "
        "First row: the first row names known fields."
    )
    assert page.problems.text() == (
        "Line 3 has 2 fields but the header has 3 (too few; comma-separated), so it was not imported."
    )


def test_the_unreadable_line_in_the_check(ctx: AppContext, qtbot, tmp_path: Path, bengali: None) -> None:  # noqa: ANN001
    wizard = wizard_at(ctx, qtbot, tmp_path, CHECK)
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    model = wizard.check_page.model
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    # the short line keeps its person (issue 15): the missing cells are empty, said as a warning
    assert rows == [["৩", "", "সারিটিতে ২টি ঘর, কলামের নামের সারিতে ৩টি; বাকি ঘরগুলো খালি ধরা হয়েছে"]]
    assert Customer.select().count() == 0


def test_two_columns_for_one_field_are_refused_in_bengali(
    ctx: AppContext, qtbot, tmp_path: Path, bengali: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    wizard = wizard_at(ctx, qtbot, tmp_path, MAPPING)
    editor = wizard.mapping_page.editor
    name_combo, phone_combo = editor.combos[0], editor.combos[1]
    phone_combo.setCurrentIndex(phone_combo.findData(name_combo.currentData()))
    assert not wizard.mapping_page.validatePage()
    assert warned == ["'Name' ও 'Phone' দুটোই নাম-এ মেলানো হয়েছে, কিন্তু সেখানে একটিমাত্র কলাম বসে।"]
    wait_for_background(qtbot, ctx)
    assert wizard.currentId() == MAPPING
