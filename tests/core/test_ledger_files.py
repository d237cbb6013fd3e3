"""Moving a paper বাকি খাতা in (opening balances from CSV) and the ledger out (CSV)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.cli.main import main
from crm_desktop.db.models import LedgerEntry
from crm_desktop.db.store import Store, open_store
from crm_desktop.io.csv_reader import read_table
from crm_desktop.money import Money
from crm_desktop.services import dues, ledger
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.ledger_files import export_ledger, import_opening_balances

KHATA = (
    "phone,email,external_id,বাকি,তারিখ,note\n"
    '01712-345678,,,"১,৫০০",01/03/2025,পুরনো খাতার পাতা ৩\n'
    ",karim@example.com,,750.50,,\n"
    ",,SHOP-7,0,,\n"
    ',,SHOP-9,"2,000/-",,\n'
)


@pytest.fixture
def customers(store: Store) -> dict[str, int]:
    return {
        "rahim": create_customer(CustomerInput(display_name="রহিম", phones=["+8801712345678"])).value,
        "karim": create_customer(CustomerInput(display_name="করিম", emails=["Karim@Example.com"])).value,
        "zero": create_customer(CustomerInput(display_name="শূন্য", external_id="SHOP-7")).value,
        "nine": create_customer(CustomerInput(display_name="নয়ন", external_id="SHOP-9")).value,
    }


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "khata.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_opening_balances_land_on_the_right_customers(customers: dict[str, int], tmp_path: Path) -> None:
    outcome = import_opening_balances(write(tmp_path, KHATA))
    result = outcome.value
    assert result.problems == []
    assert (result.recorded, result.skipped_zero) == (3, 1)
    assert result.total == Money(150000 + 75050 + 200000)
    assert dues.account(customers["rahim"]).balance == Money(150000)
    assert dues.account(customers["rahim"]).oldest_unpaid.isoformat() == "2025-03-01"
    assert dues.account(customers["rahim"]).lines[0].note == "পুরনো খাতার পাতা ৩"
    assert dues.account(customers["karim"]).balance == Money(75050)
    assert dues.account(customers["zero"]).lines == ()
    assert outcome.changes.touches("ledger")


def test_a_file_with_bad_rows_records_nothing_and_names_each_row(
    customers: dict[str, int], tmp_path: Path
) -> None:
    text = KHATA + "01999999999,,,100,,\n,,SHOP-9,lots,,\n,,SHOP-9,-5,,\n,,SHOP-9,10,,\n"
    result = import_opening_balances(write(tmp_path, text)).value
    lines = [(p.line, p.column) for p in result.problems]
    assert (6, "phone") in lines  # nobody has that phone
    assert (7, "বাকি") in lines  # not an amount
    assert (8, "বাকি") in lines  # negative
    assert (9, None) in lines and any("also on line 5" in p.reason for p in result.problems)
    assert LedgerEntry.select().count() == 0


def test_running_the_same_file_twice_does_not_double_the_dues(
    customers: dict[str, int], tmp_path: Path
) -> None:
    path = write(tmp_path, KHATA)
    import_opening_balances(path)
    again = import_opening_balances(path).value
    assert len(again.problems) == 3 and all(
        "already has an opening balance" in p.reason for p in again.problems
    )
    assert dues.account(customers["rahim"]).balance == Money(150000)


def test_a_file_without_the_columns_is_refused(customers: dict[str, int], tmp_path: Path) -> None:
    result = import_opening_balances(write(tmp_path, "name,comment\nরহিম,x\n")).value
    assert [p.line for p in result.problems] == [0, 0]
    assert "no amount column" in str(result.problems[0])


def test_dry_run_checks_and_writes_nothing(customers: dict[str, int], tmp_path: Path) -> None:
    result = import_opening_balances(write(tmp_path, KHATA), dry_run=True).value
    assert result.problems == [] and len(result.customer_ids) == 3
    assert LedgerEntry.select().count() == 0


def test_export_has_every_entry_with_running_balance(customers: dict[str, int], tmp_path: Path) -> None:
    rahim = customers["rahim"]
    ledger.record_sale(rahim, 50000, note="চাল, ডাল")
    ledger.record_payment(rahim, 20000, method="bkash", reference="9HG7AB3CDE")
    out = tmp_path / "ledger.csv"
    assert export_ledger(out) == 2
    table = read_table(out.read_bytes())
    assert table.headers[:6] == ["entry_id", "customer_id", "customer", "date", "kind", "amount"]
    got = [
        (r.values[2], r.values[4], r.values[5], r.values[7], r.values[9], r.values[10]) for r in table.rows
    ]
    assert got == [
        ("রহিম", "sale", "500.00", "500.00", "", "চাল, ডাল"),
        ("রহিম", "payment", "-200.00", "300.00", "9HG7AB3CDE", ""),
    ]


def test_cli_import_opening_and_export(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path, create=True):
        create_customer(CustomerInput(display_name="রহিম", phones=["01712345678"]))
        create_customer(CustomerInput(display_name="করিম", emails=["karim@example.com"]))
    bad = write(tmp_path, "phone,amount\n01712345678,100\n01800000000,5\n")
    assert main(["ledger", "import-opening", str(bad), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "line 3, column phone" in err and "nothing was recorded" in err
    good = tmp_path / "good.csv"
    good.write_text("phone,amount\n01712345678,100\n", encoding="utf-8")
    assert main(["ledger", "import-opening", str(good), "--db", str(db_path)]) == 0
    assert "1 opening balance(s) recorded, 100.00 BDT" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main(["ledger", "export", "-o", str(out), "--db", str(db_path)]) == 0
    assert "1 ledger entry written" in capsys.readouterr().out
    assert main(["ledger", "export", "-o", str(out), "--db", str(db_path)]) == 2  # exists, no --force
