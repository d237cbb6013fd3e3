"""Damaged and empty database files are never written into (issue 16, item 5).

Random 4 KB pages of a real database are overwritten; then ``check`` reports
the damage with exit 1 (never 70), and ``import``, ``export``, ``stats`` and
``search`` leave the file byte for byte as it was, each saying what is wrong
in one line when they notice.
"""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.backup import make_backup
from crm_desktop.cli.main import main
from crm_desktop.db.store import StoreError, open_store
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.merge import merge_customers

PAGE = 4096


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli.main", *args], capture_output=True, text=True, timeout=120
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A closed database with 400 customers (a few hundred pages)."""
    path = tmp_path_factory.mktemp("healthy") / "shop.sqlite3"
    with open_store(path):
        for i in range(400):
            notes = "n" * (i % 50) * 20
            create_customer(CustomerInput(display_name=f"Customer {i}", phones=[f"0171{i:07d}"], notes=notes))
    return path.read_bytes()


def _damaged(healthy: bytes, folder: Path, seed: int) -> Path:
    """The healthy database with five random pages (never the first) overwritten."""
    data = bytearray(healthy)
    pages = len(data) // PAGE
    rng = random.Random(seed)
    for page in rng.sample(range(1, pages), 5):
        data[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    path = folder / f"damaged-{seed}.sqlite3"
    path.write_bytes(bytes(data))
    return path


SEEDS = [1, 2, 3, 4]


@pytest.mark.parametrize("seed", SEEDS)
def test_commands_never_write_into_a_damaged_file(
    healthy: bytes, tmp_path: Path, seed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _damaged(healthy, tmp_path, seed)
    before = _sha(db)
    source = tmp_path / "new.csv"
    source.write_text("Name,Phone\nNadia,01912345678\nSalma,01812345678\n", encoding="utf-8")
    for argv in (
        ["check", "--db", str(db)],
        ["import", "customers", str(source), "--db", str(db)],
        ["export", "customers", "-o", str(tmp_path / "out.csv"), "--db", str(db)],
        ["stats", "--db", str(db)],
        ["search", "Customer 1", "--db", str(db)],
    ):
        status = main(argv)
        err = capsys.readouterr().err
        assert status != 70, (argv, err)
        assert "unexpected error" not in err
        assert _sha(db) == before, argv
        wal = db.with_name(db.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0
    assert main(["check", "--db", str(db)]) == 1


def test_check_of_a_damaged_file_exits_1_in_a_real_process(healthy: bytes, tmp_path: Path) -> None:
    db = _damaged(healthy, tmp_path, 7)
    result = _cli("check", "--db", str(db))
    assert result.returncode == 1, result.stderr
    assert "problem:" in result.stdout
    assert "Traceback" not in result.stderr


def test_import_refuses_a_file_that_quick_check_finds_damaged(healthy: bytes, tmp_path: Path) -> None:
    db = _damaged(healthy, tmp_path, 11)
    before = _sha(db)
    source = tmp_path / "new.csv"
    source.write_text("Name\nNadia\n", encoding="utf-8")
    result = _cli("import", "customers", str(source), "--db", str(db))
    assert result.returncode == 2, result.stderr
    assert "damaged" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _sha(db) == before


def test_a_merge_refuses_a_damaged_file(healthy: bytes, tmp_path: Path) -> None:
    db = _damaged(healthy, tmp_path, 5)
    from crm_desktop.db.store import CorruptDatabaseError

    before = _sha(db)
    with pytest.raises(CorruptDatabaseError), open_store(db):
        merge_customers(1, [2])
    assert _sha(db) == before


@pytest.mark.parametrize(
    "command", [["stats"], ["check"], ["search", "x"], ["export", "customers", "-o", "OUT"]]
)
def test_a_zero_byte_database_is_refused_not_made_new(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "crm.sqlite3"
    db.touch()
    argv = [str(tmp_path / "out.csv") if a == "OUT" else a for a in command]
    result = _cli(*argv, "--db", str(db))
    assert result.returncode in (1, 2), result.stderr
    said = result.stderr + result.stdout
    assert "empty file" in said and "restore a backup" in said
    assert db.stat().st_size == 0
    assert not (tmp_path / "out.csv").exists()


def test_the_window_refuses_an_empty_file_that_was_backed_up(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    with open_store(db) as store:
        make_backup(store, tmp_path / "backups", reason="auto")
    db.write_bytes(b"")  # a full disk or a bad sync left nothing behind
    with pytest.raises(StoreError, match="restore a backup"):
        open_store(db)  # the window opens with create=True
    assert db.stat().st_size == 0


def test_a_database_not_closed_cleanly_is_checked_before_anything_is_written(
    healthy: bytes, tmp_path: Path
) -> None:
    db = _damaged(healthy, tmp_path, 3)
    wal = db.with_name(db.name + "-wal")
    wal.write_bytes(b"\0" * 32)  # what a crash leaves: a -wal with something in it
    before = _sha(db)
    result = _cli("demo", "--customers", "5", "--db", str(db))
    assert result.returncode == 2, result.stderr
    assert "damaged" in result.stderr
    assert _sha(db) == before
