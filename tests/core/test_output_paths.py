"""An output path never destroys data: not the database, its -wal/-shm, a backup or any
SQLite file; an existing file is replaced only with --force, through a temporary file."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.backup import BackupError, backup_to, make_backup
from crm_desktop.db.store import Store, open_store
from crm_desktop.exporting import export_csv, export_vcards
from crm_desktop.io.csv_writer import write_csv
from crm_desktop.output_files import OutputRefused
from crm_desktop.services import stats
from crm_desktop.services.customers import CustomerInput, create_customer


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli.main", *args], capture_output=True, text=True, timeout=120
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A closed database with two customers."""
    db = tmp_path / "shop.sqlite3"
    with open_store(db):
        create_customer(CustomerInput(display_name="Rahim", phones=["01712345678"]))
        create_customer(CustomerInput(display_name="করিম"))
    return db


def _one_line_refusal(result: subprocess.CompletedProcess[str], word: str) -> None:
    assert result.returncode == 2, result.stderr
    assert word in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_export_onto_the_database_is_refused_and_the_database_kept(shop: Path) -> None:
    before = _sha(shop)
    result = _cli("export", "customers", "-o", str(shop), "--db", str(shop), "--force")
    _one_line_refusal(result, "open database")
    assert _sha(shop) == before
    assert "2" in _cli("stats", "--db", str(shop), "--json").stdout


@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
def test_export_onto_the_wal_or_shm_is_refused(shop: Path, suffix: str) -> None:
    companion = shop.with_name(shop.name + suffix)
    result = _cli("export", "customers", "-o", str(companion), "--db", str(shop))
    _one_line_refusal(result, "open database")
    assert not companion.exists()


def test_rejects_onto_the_database_is_refused_before_anything_is_imported(shop: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("Name,Email\nSalma,not-an-email\nNadia,nadia@example.com\n", encoding="utf-8")
    before = _sha(shop)
    result = _cli(
        "import", "customers", str(source), "--skip-invalid", "--rejects", str(shop), "--db", str(shop)
    )
    _one_line_refusal(result, "open database")
    assert _sha(shop) == before
    with open_store(shop):
        assert stats.counts()["customers"] == 2


def test_report_csv_onto_the_database_is_refused(shop: Path) -> None:
    before = _sha(shop)
    result = _cli("report", "revenue-by-month", "--csv", str(shop), "--db", str(shop), "--force")
    _one_line_refusal(result, "open database")
    assert _sha(shop) == before


def test_another_sqlite_file_or_a_backup_is_never_replaced_with_force(shop: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with open_store(other) as store:
        packed = make_backup(store, tmp_path / "backups").path
    for victim in (other, packed):
        before = _sha(victim)
        result = _cli("export", "customers", "-o", str(victim), "--db", str(shop), "--force")
        _one_line_refusal(result, "database or a backup")
        assert _sha(victim) == before


def test_an_existing_file_is_replaced_only_with_force(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "customers.csv"
    out.write_text("precious\n", encoding="utf-8")
    result = _cli("export", "customers", "-o", str(out), "--db", str(shop))
    _one_line_refusal(result, "--force")
    assert out.read_text(encoding="utf-8") == "precious\n"
    result = _cli("export", "customers", "-o", str(out), "--db", str(shop), "--force")
    assert result.returncode == 0, result.stderr
    assert "Rahim" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file left


def test_backup_copy_onto_the_wal_is_refused(shop: Path) -> None:
    wal = shop.with_name(shop.name + "-wal")
    result = _cli("backup", "-o", str(wal), "--db", str(shop))
    _one_line_refusal(result, "open database")
    assert not wal.exists()


def test_core_writers_refuse_the_open_database(store: Store, db_path: Path, tmp_path: Path) -> None:
    create_customer(CustomerInput(display_name="Rahim"))
    with pytest.raises(OutputRefused):
        export_csv("customers", db_path)
    with pytest.raises(OutputRefused):
        export_vcards(str(db_path) + "-wal")
    with pytest.raises(OutputRefused):
        write_csv(db_path, ["a"], [["b"]])
    with pytest.raises((BackupError, OutputRefused)):
        backup_to(store, Path(str(db_path) + "-shm"))
    assert stats.counts()["customers"] == 1


def test_a_failed_write_leaves_the_old_file_whole(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "numbers.csv"
    out.write_text("old\n", encoding="utf-8")

    def rows() -> Iterator[list[str]]:
        yield ["1"]
        raise RuntimeError("disk pulled")

    with pytest.raises(RuntimeError):
        write_csv(out, ["n"], rows())
    assert out.read_text(encoding="utf-8") == "old\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".writing-")]


def test_export_into_a_folder_that_does_not_exist_is_one_line_exit_2(shop: Path, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "customers.csv"
    result = _cli("export", "customers", "-o", str(target), "--db", str(shop))
    _one_line_refusal(result, "does not exist")
    assert not target.parent.exists()
