"""``crm-desktop ledger …`` and ``crm-desktop dues``: what a shopkeeper types and reads."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.cli.main import main
from crm_desktop.db.store import open_store
from crm_desktop.services.customers import CustomerInput, create_customer


@pytest.fixture
def shop(db_path: Path) -> Path:
    with open_store(db_path, create=True):
        create_customer(CustomerInput(display_name="রহিম", phones=["01712345678"]))
        create_customer(CustomerInput(display_name="করিম"))
    return db_path


def counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as con:
        return (
            con.execute("SELECT count(*) FROM ledger_entry").fetchone()[0],
            con.execute("SELECT count(*) FROM purchase").fetchone()[0],
            con.execute("SELECT count(*) FROM audit_entry").fetchone()[0],
        )


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_sale_payment_and_show_json(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(shop)]
    status, out, _ = run(capsys, "ledger", "sale", "1", "১,৫০০", "--date", "2025-03-01", "--note", "চাল", *db)
    assert status == 0 and "balance 1500.00 BDT" in out
    status, out, _ = run(
        capsys,
        "ledger",
        "payment",
        "1",
        "250",
        "--method",
        "bkash",
        "--ref",
        "9HG7AB3CDE",
        "--date",
        "2025-03-05",
        *db,
    )
    assert status == 0 and "balance 1250.00 BDT" in out
    status, out, _ = run(capsys, "ledger", "show", "1", "--json", *db)
    shown = json.loads(out)
    assert (shown["balance"], shown["currency"]) == ("1250.00", "BDT")
    assert [(e["kind"], e["amount"], e["balance"], e["date"]) for e in shown["entries"]] == [
        ("sale", "1500.00", "1500.00", "2025-03-01"),
        ("payment", "-250.00", "1250.00", "2025-03-05"),
    ]
    assert shown["entries"][1]["reference"] == "9HG7AB3CDE"
    assert shown["entries"][0]["note"] == "চাল"


def test_dues_json_and_older_than(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(shop)]
    assert main(["ledger", "sale", "1", "100", "--date", "2020-01-01", *db]) == 0
    assert main(["ledger", "sale", "2", "900", *db]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, "dues", "--json", *db)
    rows = json.loads(out)
    assert status == 0
    assert [(r["id"], r["name"], r["due"]) for r in rows] == [(2, "করিম", "900.00"), (1, "রহিম", "100.00")]
    assert rows[1]["oldest_unpaid"] == "2020-01-01" and rows[1]["days"] > 365
    assert set(rows[0]) >= {"id", "name", "due", "oldest_unpaid", "days"}
    status, out, _ = run(capsys, "dues", "--json", "--older-than", "90", *db)
    assert [r["id"] for r in json.loads(out)] == [1]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["ledger", "sale", "1", "0"], "more than zero"),
        (["ledger", "sale", "1", "-500"], "more than zero"),
        (["ledger", "sale", "1", "lots"], "amount"),
        (["ledger", "sale", "99", "100"], "customer 99"),
        (["ledger", "payment", "99", "100", "--allow-credit"], "customer 99"),
        (["ledger", "payment", "1", "600"], "more than the 500.00 BDT owed"),
        (["ledger", "payment", "1", "10", "--method", "bkash", "--ref", "9HG7AB3CDE"], "already recorded"),
        (["ledger", "payment", "1", "10", "--method", "bkash", "--ref", "ABC"], "not a bKash transaction id"),
        (["ledger", "sale", "1", "100", "--date", "31/02/2025"], "date"),
    ],
)
def test_bad_input_is_one_line_exit_2_nothing_written(
    shop: Path, capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    db = ["--db", str(shop)]
    assert main(["ledger", "sale", "1", "600", *db]) == 0
    assert main(["ledger", "payment", "1", "100", "--method", "bkash", "--ref", "9HG7AB3CDE", *db]) == 0
    capsys.readouterr()
    before = counts(shop)
    status, out, err = run(capsys, *argv, *db)
    assert status == 2
    assert says in err and err.count("\n") == 1 and out == ""
    assert counts(shop) == before


def test_payment_above_balance_with_allow_credit_leaves_an_advance(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(shop)]
    assert main(["ledger", "sale", "1", "100", *db]) == 0
    assert main(["ledger", "payment", "1", "150", "--allow-credit", *db]) == 0
    capsys.readouterr()
    _, out, _ = run(capsys, "ledger", "show", "1", "--json", *db)
    assert json.loads(out)["balance"] == "-50.00"
    _, out, _ = run(capsys, "dues", "--json", *db)
    assert json.loads(out) == []


def test_reverse_and_text_output(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(shop)]
    assert main(["ledger", "opening", "2", "300", *db]) == 0
    assert main(["ledger", "sale", "2", "200", *db]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, "ledger", "reverse", "2", "--reason", "typed twice", *db)
    assert status == 0 and "balance 300.00 BDT" in out
    _, out, _ = run(capsys, "ledger", "show", "2", *db)
    assert "করিম: balance 300.00 BDT" in out and "(reversed)" in out
    _, out, _ = run(capsys, "dues", *db)
    assert "1 customer(s) owe 300.00 BDT." in out
