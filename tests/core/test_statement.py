"""A customer's one-page statement of account (PDF), in English and Bengali."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from crm_desktop.charts.statement import MAX_ROWS, statement_figure, write_statement
from crm_desktop.cli.main import main
from crm_desktop.db.store import Store, open_store
from crm_desktop.services import ledger
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.settings import set_setting

TODAY = date(2025, 4, 20)


@pytest.fixture
def rahim(store: Store) -> int:
    cid = create_customer(CustomerInput(display_name="রহিম", phones=["01712345678"])).value
    set_setting("shop_name", "রহমান স্টোর")
    ledger.record_sale(cid, 12345650, occurred_at=datetime(2025, 3, 1, 6))
    ledger.record_payment(
        cid, 45650, method="bkash", reference="9HG7AB3CDE", occurred_at=datetime(2025, 3, 5, 6)
    )
    return cid


def texts(customer_id: int, lang: str) -> list[str]:
    return [t.get_text() for t in statement_figure(customer_id, lang=lang, today=TODAY).texts]


def test_english_statement_says_who_owes_how_much(rahim: int) -> None:
    shown = texts(rahim, "en")
    assert "রহমান স্টোর" in shown and "Statement of account" in shown
    assert "Amount due" in shown
    assert "৳1,23,000.00" in shown  # lakh grouping
    assert any("Payment · bKash 9HG7AB3CDE" in t for t in shown)
    assert any("days overdue" in t for t in shown)


def test_bengali_statement_has_bengali_digits_words_and_calendar(rahim: int) -> None:
    shown = texts(rahim, "bn")
    assert "হিসাবের বিবরণী" in shown and "মোট বাকি" in shown
    assert "১,২৩,০০০.০০\xa0৳" in shown
    assert "১৬ ফাল্গুন ১৪৩১" in shown  # 1 March 2025 in the Bengali calendar
    assert any("বিকাশ" in t for t in shown)


def test_long_ledgers_still_fit_one_page(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="Karim")).value
    for day in range(1, MAX_ROWS + 10):
        ledger.record_sale(
            cid, 1000, occurred_at=datetime(2025, 1, 1, 6).replace(day=1 + day % 28, month=1 + day // 28)
        )
    shown = texts(cid, "en")
    assert "Brought forward (10 earlier entries)" in shown
    assert "৳390.00" in shown  # all 39 sales of ৳10 are in the amount due


def test_pdf_is_one_a4_page(rahim: int, tmp_path: Path) -> None:
    out = write_statement(rahim, tmp_path / "rahim.pdf", lang="bn", today=TODAY)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 1
    assert re.search(rb"/MediaBox\s*\[\s*0 0 595\.44 841\.68\s*\]", data)


def test_statement_command(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(db_path, create=True):
        cid = create_customer(CustomerInput(display_name="রহিম")).value
        ledger.record_sale(cid, 50000)
    out = tmp_path / "s.pdf"
    assert main(["statement", str(cid), "-o", str(out), "--lang", "bn", "--db", str(db_path)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["statement", "999", "-o", str(tmp_path / "x.pdf"), "--db", str(db_path)]) == 2
    assert "customer 999" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
