"""Saved mappings, and the command line over the same engine (exit statuses, JSON)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.cli import import_commands
from crm_desktop.cli.main import main
from crm_desktop.db.store import Store, open_store
from crm_desktop.importing import (
    MATCH_KEYS,
    ON_MATCH,
    ImportRefused,
    load_mapping,
    mapping_names,
    save_mapping,
)
from crm_desktop.importing.options import ENTITIES
from crm_desktop.io import build_mapping
from tests.core.importing.conftest import counts, rows, run

PEOPLE = b"Full name,Mobile no,E-mail\nRahim,01712345678,rahim@example.com\nBad,-1199,bad@example.com\n"
# line 3 names nobody: no name, and a phone and an email that cannot be verified
NOBODY = b"Full name,Mobile no,E-mail\nRahim,01712345678,rahim@example.com\n,-1199,bad@example\n"


def test_a_saved_mapping_is_reused_by_header_name(store: Store) -> None:
    mapping = build_mapping(["Full name", "Mobile no", "E-mail"], "customers", {1: None})  # phone left out
    save_mapping("Shop export", mapping)
    assert mapping_names() == ["Shop export"] and mapping_names("deals") == []
    loaded = load_mapping("Shop export", "customers")
    # another file with the same headers in another order
    raw = b"E-mail,Full name,Mobile no\nrahim@example.com,Rahim,-1199\n"
    rebound, missing = loaded.rebind(["E-mail", "Full name", "Mobile no"])
    assert missing == [] and rebound.columns == {0: "email", 1: "display_name"}
    from crm_desktop.importing import ImportOptions

    result = run(raw, mapping=rebound)
    assert counts(result) == (1, 0, 0, 0)  # the broken phone column is not imported
    assert isinstance(ImportOptions(mapping=loaded).mapping, type(loaded))
    with pytest.raises(ImportRefused, match="is for customers, not deals"):
        load_mapping("Shop export", "deals")
    with pytest.raises(ImportRefused, match="no saved mapping called 'Nope'"):
        load_mapping("Nope")


def test_cli_names_match_the_engine() -> None:
    assert import_commands.IMPORT_KINDS == ENTITIES
    assert import_commands.MATCH_KEYS == MATCH_KEYS
    assert import_commands.ON_MATCH == ON_MATCH


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    csv = tmp_path / "people.csv"
    csv.write_bytes(PEOPLE)
    return tmp_path / "crm.sqlite3", csv


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_import_refuses_bad_rows_unless_skipped(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, csv = files
    csv.write_bytes(NOBODY)
    status, out, err = _cli(capsys, "import", "customers", str(csv), "--db", str(db))
    assert status == 2
    assert "line 3, column 'Mobile no': '-1199' is not a phone number" in out
    assert err.strip().startswith("crm-desktop: error: 1 row(s) have problems, so nothing was imported.")
    assert len(err.strip().splitlines()) == 1
    rejects = db.parent / "rejected.csv"
    status, out, err = _cli(
        capsys,
        "import",
        "customers",
        str(csv),
        "--db",
        str(db),
        "--skip-invalid",
        "--json",
        "--rejects",
        str(rejects),
    )
    assert status == 0 and err == ""
    summary = json.loads(out)
    assert {k: summary[k] for k in ("created", "updated", "skipped", "rejected")} == {
        "created": 1, "updated": 0, "skipped": 0, "rejected": 1,
    }  # fmt: skip
    assert summary["batch_id"] == 1 and summary["problems"][0]["line"] == 3
    assert rejects.read_text(encoding="utf-8").splitlines()[1].startswith(",-1199,bad@example,3,")


def test_cli_dry_run_map_and_match(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, csv = files
    base = ("import", "customers", str(csv), "--db", str(db))
    status, out, _ = _cli(capsys, *base, "--dry-run", "--json", "--map", "Mobile no=")
    assert status == 0 and json.loads(out)["created"] == 2 and json.loads(out)["status"] == "dry_run"
    status, out, _ = _cli(capsys, *base, "--map", "Mobile no=", "--save-mapping", "no phones")
    assert status == 0 and "2 created" in out
    status, out, _ = _cli(
        capsys, *base, "--mapping", "no phones", "--match", "email", "--on-match", "skip", "--json"
    )
    assert json.loads(out)["skipped"] == 2
    with open_store(db) as _store:
        assert rows(_store, "SELECT count(*) FROM customer") == [(2,)]


def test_cli_one_line_errors(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, csv = files
    status, _, err = _cli(capsys, "import", "customers", str(csv), "--db", str(db), "--map", "Nope=phone")
    assert status == 2 and err.startswith("crm-desktop: error: --map 'Nope=phone': no column is named 'Nope'")
    status, _, err = _cli(capsys, "import", "deals", str(db.parent / "missing.csv"), "--db", str(db))
    assert status == 2 and "there is no file" in err
    status, _, err = _cli(capsys, "import", "customers", str(csv), "--db", str(db), "--delimiter", "ab")
    assert status == 2 and "must be one character" in err
    status, _, err = _cli(capsys, "undo-import", "5", "--db", str(db))
    assert status == 2 and "There is no import number 5" in err


def test_cli_history_undo_export_and_vcard(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, csv = files
    csv.write_bytes(NOBODY)
    _cli(capsys, "import", "customers", str(csv), "--db", str(db), "--skip-invalid")
    status, out, _ = _cli(capsys, "imports", "--db", str(db), "--json")
    assert status == 0
    [batch] = json.loads(out)
    assert (batch["id"], batch["created"], batch["rejected"], batch["file"]) == (1, 1, 1, "people.csv")
    out_csv = db.parent / "out.csv"
    status, _, err = _cli(capsys, "export", "customers", "--db", str(db), "-o", str(out_csv), "--bom")
    assert status == 0 and "1 customers written" in err
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbfName,Given name")
    vcf = db.parent / "out.vcf"
    assert _cli(capsys, "export", "vcard", "--db", str(db), "-o", str(vcf))[0] == 0
    assert "TEL;TYPE=CELL:+8801712345678" in vcf.read_text(encoding="utf-8")
    status, out, _ = _cli(capsys, "undo-import", "1", "--db", str(db))
    assert status == 0 and out.startswith("Import 1 undone: 1 row(s) deleted")
    status, out, _ = _cli(capsys, "import", "vcard", str(vcf), "--db", str(db), "--json")
    assert status == 0 and json.loads(out)["created"] == 1
