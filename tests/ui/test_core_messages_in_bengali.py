"""What the core says about bad input reads in Bengali in the Bengali window, and in English in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from crm_desktop.db.models import Customer
from tests.ui.conftest import wait_for_background
from tests.ui.customers_helpers import add
from ui.context import AppContext
from ui.customers.customer_dialog import CustomerDialog
from ui.dialogs.purchase_dialog import PurchaseDialog
from ui.import_wizard import ImportWizard
from ui.import_wizard.wizard import CHECK


def go_to_check(ctx: AppContext, qtbot, path: Path) -> ImportWizard:  # noqa: ANN001
    wizard = ImportWizard(ctx, None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < CHECK:
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10_000)
        wizard.next()
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    return wizard


def problem_rows(wizard: ImportWizard) -> list[list[str]]:
    model = wizard.check_page.model
    return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]


SHOP_CSV = (
    "Name,Phone,Email,Birthday\n"
    "রহিম,01712345678,rahim@example.com,\n"
    "Bad phone,-1199,,\n"
    "Bad email,,karim@@mail.com,\n"
    "Bad day,,,31/02/2023\n"
)


def test_the_import_check_lists_problems_in_bengali(
    ctx: AppContext, qtbot, tmp_path: Path, bengali: None
) -> None:  # noqa: ANN001
    path = tmp_path / "shop.csv"
    path.write_text(SHOP_CSV, encoding="utf-8")
    wizard = go_to_check(ctx, qtbot, path)
    # odd values keep their rows (issue 15): they are listed as warnings, said in Bengali
    kept = "; যেমন লেখা তেমনই '{field}'-এ রাখা হলো"
    unverified = kept + ", যাচাই করা হয়নি এবং মেলানোর কাজে ব্যবহার হবে না"
    assert problem_rows(wizard) == [
        [
            "৩",
            "Phone",
            "'-1199' ফোন নম্বর নয় (অঙ্কের সংখ্যা ঠিক নেই)" + unverified.format(field="Phone (not verified)"),
        ],
        [
            "৪",
            "Email",
            "'karim@@mail.com' সঠিক ইমেইল ঠিকানা নয় (@-চিহ্নের পরের অংশে অচল অক্ষর আছে: '@')"
            + unverified.format(field="Email (not verified)"),
        ],
        ["৫", "Birthday", "'31/02/2023' সঠিক তারিখ নয়: ফেব্রুয়ারি ২০২৩-এ ২৮ দিন" + kept.format(field="Birthday")],
    ]
    assert "৩টি সতর্কতা" in wizard.check_page.verdict.text()
    assert Customer.select().count() == 0


def test_the_same_problems_stay_english_in_the_english_window(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "shop.csv"
    path.write_text(SHOP_CSV, encoding="utf-8")
    wizard = go_to_check(ctx, qtbot, path)
    unverified = "; kept as written in '{field}', not verified and not used for matching"
    assert problem_rows(wizard) == [
        ["3", "Phone", "'-1199' is not a phone number (has the wrong number of digits)"
         + unverified.format(field="Phone (not verified)")],
        [
            "4",
            "Email",
            "'karim@@mail.com' is not an email address "
            "(the part after the @-sign contains invalid characters: '@')"
            + unverified.format(field="Email (not verified)"),
        ],
        ["5", "Birthday", "'31/02/2023' is not a real date: February 2023 has 28 days"
         "; kept as written in 'Birthday'"],
    ]  # fmt: skip


def test_a_refused_customer_is_explained_in_bengali_under_each_field(
    ctx: AppContext, qtbot, bengali: None
) -> None:  # noqa: ANN001
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phones.rows[0].edit.setText("নেই")  # no digit: not a phone (one with digits is kept, marked)
    dialog.tags.setText("VIP, " + "খ" * 70)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.fields["tags"].error.isVisible())
    assert dialog.phones.rows[0].error.text() == "'নেই' কোনো ফোন নম্বর নয়।"
    tag = "' " + "খ" * 38 + "…'"  # as typed after the comma, cut short
    assert dialog.fields["tags"].error.text() == f"ট্যাগ {tag}: ৭০ অক্ষর লম্বা; সর্বোচ্চ ৬০ অক্ষর চলবে।"
    assert Customer.select().count() == 0  # nothing written, nothing typed lost
    assert dialog.phones.rows[0].edit.text() == "নেই"


def test_an_empty_customer_is_refused_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.fields["display_name"].error.isVisible())
    assert dialog.fields["display_name"].error.text() == "গ্রাহকের একটি নাম, প্রতিষ্ঠান, ফোন বা ইমেইল লাগবে।"


def test_a_mistyped_amount_is_explained_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    dialog = PurchaseDialog(ctx, None, add("Karim"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "12.34.56")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.fields["amount"].error
    assert error.isVisible()
    assert error.text() == "'12.34.56' সঠিক পরিমাণ নয়: একাধিক দশমিক বিন্দু।"


def test_a_number_we_cannot_verify_gets_a_note_in_bengali_not_an_error(
    ctx: AppContext, qtbot, bengali: None
) -> None:  # noqa: ANN001
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.phones.rows[0]
    row.edit.setText("১২১")
    row.edit.editingFinished.emit()
    assert not row.error.isVisible()
    assert row.note.isVisible() and "“যাচাই করা হয়নি” চিহ্ন দিয়ে সংরক্ষণ হবে" in row.note.text()
    assert row.note.text().startswith("'১২১'")
