"""What used to crash (exit 70) or mislead now says one clear line and exits 2 (issue 16,
items 8 and 9); check and export need only a read lock."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.backup import make_backup
from crm_desktop.db.store import open_store
from crm_desktop.services.customers import CustomerInput, create_customer
from tests.core.test_store import read_only  # noqa: F401 (a fixture)


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli.main", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, **env},
        errors="replace",
    )  # fmt: skip


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "unexpected error" not in lines[0], result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    db = tmp_path / "shop.sqlite3"
    with open_store(db):
        create_customer(CustomerInput(display_name="রহিম স্টোর", phones=["01712345678"]))
    return db


def test_utf16_chosen_for_a_file_without_a_byte_order_mark(shop: Path, tmp_path: Path) -> None:
    source = tmp_path / "le.csv"
    source.write_bytes("Name\nSalma\n".encode("utf-16-le"))
    _one_line(
        _cli("import", "customers", str(source), "--encoding", "utf-16", "--db", str(shop)), "utf-16-le"
    )


def test_a_field_over_two_million_characters(shop: Path, tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    source.write_text("Name,Notes\nSalma," + "x" * 2_100_000 + "\n", encoding="utf-8")
    _one_line(_cli("import", "customers", str(source), "--db", str(shop)), "2000000")


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux")
def test_a_file_name_with_a_byte_that_is_not_utf8(shop: Path, tmp_path: Path) -> None:
    name = os.fsdecode(b"customers \xff.csv")
    (tmp_path / name).write_text("Name\nSalma\n", encoding="utf-8")
    result = _cli("import", "customers", str(tmp_path / name), "--db", str(shop))
    assert result.returncode == 0, result.stderr
    assert "1 created" in result.stdout


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_a_console_that_cannot_show_bengali(shop: Path, tmp_path: Path, encoding: str) -> None:
    found = _cli("search", "রহিম", "--db", str(shop), PYTHONIOENCODING=encoding)
    assert found.returncode == 0, found.stderr
    assert "?" in found.stdout  # the name, in what the console can show
    source = tmp_path / "গ্রাহক.csv"
    source.write_text("Name\nকরিম\n", encoding="utf-8")
    imported = _cli("import", "customers", str(source), "--db", str(shop), PYTHONIOENCODING=encoding)
    assert imported.returncode == 0, imported.stderr
    assert "1 created" in imported.stdout


def test_restore_into_a_folder(shop: Path, tmp_path: Path) -> None:
    with open_store(shop) as store:
        made = make_backup(store, tmp_path / "backups")
    (tmp_path / "folder").mkdir()
    _one_line(_cli("restore", str(made.path), "--db", str(tmp_path / "folder")), "is a folder")


def test_restore_of_a_backup_with_a_damaged_deflate_block(shop: Path, tmp_path: Path) -> None:
    with open_store(shop) as store:
        for _ in range(300):
            create_customer(CustomerInput(display_name=f"Customer {uuid.uuid4()}", notes=str(uuid.uuid4())))
        made = make_backup(store, tmp_path / "backups")
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 200] = bytes(range(200))
    made.path.write_bytes(bytes(data))
    with pytest.raises((OSError, EOFError, zlib.error)):
        gzip.decompress(bytes(data))  # the file is damaged indeed
    before = _sha(shop)
    _one_line(_cli("restore", str(made.path), "--db", str(shop)), "cannot be read as a backup")
    assert _sha(shop) == before


def test_export_into_a_folder_that_does_not_exist(shop: Path, tmp_path: Path) -> None:
    _one_line(_cli("export", "customers", "-o", str(tmp_path / "gone" / "c.csv"), "--db", str(shop)), "gone")


# --- full disk, busy, read-only (item 9) -------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB file system (tmpfs); skipped where it cannot be mounted."""
    where = tmp_path / "small"
    where.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


def test_an_import_on_a_full_disk_says_the_disk_is_full(small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "crm.sqlite3"
    with open_store(db):
        pass
    source = tmp_path / "many.csv"
    source.write_text("Name,Notes\n" + "".join(f"Customer {i},{'note ' * 20}\n" for i in range(20000)))
    result = _cli("import", "customers", str(source), "--db", str(db))
    _one_line(result, "is full (", "MB free)", "Nothing was imported")
    assert "cannot rollback" not in result.stderr


def test_a_restore_onto_a_full_disk_says_so(small_disk: Path, shop: Path, tmp_path: Path) -> None:
    with open_store(shop) as store:
        for _ in range(400):
            create_customer(
                CustomerInput(display_name=f"Customer {uuid.uuid4()}", notes=str(uuid.uuid4()) * 9)
            )
        made = make_backup(store, tmp_path / "backups")
    result = _cli("restore", str(made.path), "--db", str(small_disk / "crm.sqlite3"))
    _one_line(result, "is full (", "MB free)")


def test_check_and_export_while_another_program_writes(shop: Path, tmp_path: Path) -> None:
    other = sqlite3.connect(shop)
    try:
        other.execute("BEGIN IMMEDIATE")  # holds the write lock for the whole test
        other.execute("UPDATE customer SET notes = 'being edited'")
        checked = _cli("check", "--db", str(shop))
        assert checked.returncode == 0, checked.stdout + checked.stderr
        exported = _cli("export", "customers", "-o", str(tmp_path / "c.csv"), "--db", str(shop))
        assert exported.returncode == 0, exported.stderr
        assert "রহিম স্টোর" in (tmp_path / "c.csv").read_text(encoding="utf-8")
    finally:
        other.rollback()
        other.close()


def test_check_and_export_of_a_read_only_file(shop: Path, tmp_path: Path, read_only) -> None:  # noqa: ANN001, F811
    read_only(shop)
    before = _sha(shop)
    checked = _cli("check", "--db", str(shop))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    out = tmp_path / "out"
    out.mkdir()
    exported = _cli("export", "customers", "-o", str(out / "c.csv"), "--db", str(shop))
    assert exported.returncode == 0, exported.stderr
    assert _sha(shop) == before


def test_restore_over_a_read_only_file_names_it(shop: Path, tmp_path: Path, read_only) -> None:  # noqa: ANN001, F811
    with open_store(shop) as store:
        made = make_backup(store, tmp_path / "backups")
    read_only(shop)
    _one_line(_cli("restore", str(made.path), "--db", str(shop)), "read-only")


def test_restore_into_a_read_only_folder_names_it(shop: Path, tmp_path: Path, read_only) -> None:  # noqa: ANN001, F811
    with open_store(shop) as store:
        made = make_backup(store, tmp_path / "elsewhere")
    before = _sha(shop)
    read_only(shop.parent)
    result = _cli("restore", str(made.path), "--db", str(shop))
    _one_line(result, "folder", "read-only")
    assert _sha(shop) == before
