"""A backup or restore killed half-way leaves no temp file after the next start (issue 16, item 6).

Real processes: a child makes a backup (or restores one) and is stopped by
SIGKILL while its temporary file exists; the next command cleans it up.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from crm_desktop.backup import make_backup
from crm_desktop.db.store import open_store
from crm_desktop.services.customers import CustomerInput, create_customer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

# The child stops for good right after the step named on its command line, and says so
# in a marker file: the parent kills it there, as a power cut or a task manager would.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from crm_desktop import backup, restore
    from crm_desktop.db import sqlite
    from crm_desktop.db.store import open_store

    step, db, other, marker = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])

    def stop_here():
        marker.write_text("ready")
        while True:
            time.sleep(1)

    if step == "backup":
        real = sqlite.online_backup
        def copy_then_hang(source, target):
            real(source, target)
            stop_here()
        sqlite.online_backup = copy_then_hang
        with open_store(db) as store:
            backup.make_backup(store, other, reason="manual")
    else:
        real_unpack = restore.unpack_backup
        def unpack_then_hang(source, target):
            real_unpack(source, target)
            stop_here()
        restore.unpack_backup = unpack_then_hang
        restore.restore_database(db, other)
    """
)


def _kill_at(step: str, db: Path, other: Path, tmp_path: Path) -> None:
    marker = tmp_path / f"{step}.ready"
    child = subprocess.Popen([sys.executable, "-c", CHILD, step, str(db), str(other), str(marker)])
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert child.poll() is None, "the child ended before its temporary file was written"
            assert time.monotonic() < deadline, "the child never got there"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)


def _in_a_new_process(code: str) -> None:
    """Run ``code`` in a process started after the kill (as the next start of the app is)."""
    result = subprocess.run(
        [sys.executable, "-c", "from pathlib import Path\n" + code],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def _temp_files(*folders: Path) -> list[str]:
    return sorted(p.name for f in folders if f.is_dir() for p in f.iterdir() if p.name.startswith("."))


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    db = tmp_path / "shop" / "crm.sqlite3"
    with open_store(db):
        for i in range(50):
            create_customer(CustomerInput(display_name=f"Customer {i}"))
    return db


def test_a_killed_backup_leaves_no_temp_file_after_the_next_start(shop: Path, tmp_path: Path) -> None:
    folder = shop.parent / "backups"
    _kill_at("backup", shop, folder, tmp_path)
    assert any(n.startswith(".backup-") for n in _temp_files(folder))  # what the kill left
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli.main", "stats", "--db", str(shop)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _temp_files(folder, shop.parent) == []


def test_a_killed_backup_into_another_folder_is_cleaned_before_the_next_backup(
    shop: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "usb stick"
    _kill_at("backup", shop, folder, tmp_path)
    assert _temp_files(folder) != []
    _in_a_new_process(
        "from crm_desktop.backup import make_backup; from crm_desktop.db.store import open_store\n"
        f"with open_store({str(shop)!r}) as store: make_backup(store, Path({str(folder)!r}))"
    )
    assert _temp_files(folder) == []


def test_a_killed_restore_leaves_no_temp_file_after_the_next_start(shop: Path, tmp_path: Path) -> None:
    with open_store(shop) as store:
        made = make_backup(store, tmp_path / "elsewhere", reason="manual")
    _kill_at("restore", shop, made.path, tmp_path)
    assert ".crm.sqlite3.restoring" in _temp_files(shop.parent)
    _in_a_new_process(f"from crm_desktop.db.store import open_store\nopen_store({str(shop)!r}).close()")
    assert _temp_files(shop.parent, shop.parent / "backups") == []
