"""``crm-desktop report``: JSON shapes, files written, one-line errors and exit codes."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.cli.main import main
from crm_desktop.db.models import Customer
from tests.core.reports.conftest import Shop

RANGE = ["--from", "2026-01-01", "--to", "2026-03-31"]


@pytest.fixture(autouse=True)
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command uses the machine's zone for months; make it UTC for the hand-computed numbers."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_revenue_by_month_json(shop: Shop, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "report", "revenue-by-month", "--db", str(db_path), *RANGE, "--json")

    assert status == 0
    rows = json.loads(out)
    purchases = [
        {k: r[k] for k in ("month", "currency", "total", "count")}
        for r in rows
        if r["source"] == "purchases" and r["currency"] == "BDT"
    ]
    assert purchases == [
        {"month": "2026-01", "currency": "BDT", "total": "3500.00", "count": 3},
        {"month": "2026-02", "currency": "BDT", "total": "0.00", "count": 0},
        {"month": "2026-03", "currency": "BDT", "total": "800.00", "count": 2},
    ]
    assert {(r["source"], r["currency"]) for r in rows} == {
        ("purchases", "BDT"), ("purchases", "USD"), ("deals", "BDT"), ("deals", "USD"),
    }  # fmt: skip
    march_usd = next(
        r for r in rows if (r["source"], r["currency"], r["month"]) == ("purchases", "USD", "2026-03")
    )
    assert march_usd["total"] == "50.00"


def test_rfm_json_with_customers(shop: Shop, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "report", "rfm", "--db", str(db_path), *RANGE, "--json", "--customers")

    assert status == 0
    data = json.loads(out)
    assert data["customers_scored"] == 3
    assert {s["segment"]: s["count"] for s in data["segments"] if s["count"]} == {
        "loyal": 1,
        "at_risk": 1,
        "potential_loyalist": 1,
    }
    assert {c["name"]: (c["r"], c["f"], c["m"], c["segment"]) for c in data["customers"]} == {
        "Asha": (3, 5, 3, "loyal"),
        "Bilal": (1, 2, 5, "at_risk"),
        "Chitra": (5, 2, 1, "potential_loyalist"),
    }
    _, without, _ = run(capsys, "report", "rfm", "--db", str(db_path), *RANGE, "--json")
    assert "customers" not in json.loads(without)


def test_other_kinds_print_json(shop: Shop, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for kind in ("pipeline", "win-rate", "top-customers", "new-customers", "channels", "goals", "conversion"):
        status, out, _ = run(capsys, "report", kind, "--db", str(db_path), *RANGE, "--json")
        assert status == 0 and isinstance(json.loads(out), list), kind
    _, out, _ = run(capsys, "report", "tickets", "--db", str(db_path), *RANGE, "--json")
    assert {k: v for k, v in json.loads(out).items() if k != "months"} == {
        "opened": 3,
        "resolved": 2,
        "open_now": 1,
        "avg_resolution_hours": 48.0,
    }
    _, out, _ = run(capsys, "report", "win-rate", "--db", str(db_path), *RANGE, "--json")
    assert json.loads(out)[0] == {
        "month": "2026-01",
        "won": 1,
        "lost": 0,
        "win_rate": 1.0,
        "avg_days_to_close": 28.0,
    }


def test_plain_text_table(shop: Shop, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "report", "channels", "--db", str(db_path), *RANGE)

    assert status == 0
    assert out.splitlines()[0].split() == ["month", "channel", "count"]
    assert out.splitlines()[1].split() == ["2026-01", "call", "1"]


def test_csv_is_utf8_and_neutralizes_formulas(
    shop: Shop, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Customer.update(display_name='=HYPERLINK("x")').where(Customer.id == shop.bilal).execute()
    Customer.update(display_name="আশা").where(Customer.id == shop.asha).execute()
    target = tmp_path / "top.csv"

    status, _, err = run(capsys, "report", "top-customers", "--db", str(db_path), "--csv", str(target))

    assert status == 0 and "4 rows" in err
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "customer_id,name,currency,lifetime_value,last_purchase_at"
    assert f'{shop.bilal},\'=HYPERLINK(""x"")",BDT,2000.00' in text.replace("\"'=", "'=")
    assert "আশা,BDT,1600.00" in text


def test_png_svg_and_pdf(
    shop: Shop, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png, svg, pdf = tmp_path / "rev.png", tmp_path / "rfm.svg", tmp_path / "report.pdf"

    assert run(capsys, "report", "revenue-by-month", "--db", str(db_path), *RANGE, "--png", str(png))[0] == 0
    assert (
        run(capsys, "report", "rfm", "--db", str(db_path), *RANGE, "--svg", str(svg), "--lang", "bn")[0] == 0
    )
    assert run(capsys, "report", "pdf", "--db", str(db_path), *RANGE, "-o", str(pdf))[0] == 0

    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    pages = re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes())
    assert len(pages) == 8  # the KPI page and seven charts


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2026-02-30"], "--from '2026-02-30' is not a date written as YYYY-MM-DD"),
        (["--to", "yesterday"], "--to 'yesterday' is not a date"),
        (["--from", "2026-03-01", "--to", "2026-01-01"], "is after --to"),
        (["--png", "x.png", "--from", "2026-01-01", "--csv", "y.csv"], "not allowed with argument"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(
    shop: Shop, db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, _, err = run(capsys, "report", "pipeline", "--db", str(db_path), *argv)
    assert status == 2
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_report_without_a_chart_has_no_png(
    shop: Shop, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "report", "tickets", "--db", str(db_path), "--png", "x.png")
    assert status == 2 and "'tickets' has no chart; use --json or --csv" in err


def test_pdf_needs_an_output_and_a_missing_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "report", "rfm", "--db", str(tmp_path / "nope.sqlite3"))[0] == 2
    status, _, err = run(capsys, "report", "pdf", "--db", str(tmp_path / "nope.sqlite3"))
    assert status == 2 and "-o FILE" in err
