"""Backups and restore: consistent copies, verified, rotated, never losing the present."""

from __future__ import annotations

import gzip
import hashlib
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop import backup as backup_module
from crm_desktop.backup import (
    BackupError,
    backup_to,
    backups_to_keep,
    list_backups,
    make_backup,
    rotate,
)
from crm_desktop.db.store import Store, open_store
from crm_desktop.restore import restore_database
from crm_desktop.services import stats
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.interactions import log_interaction


def _fill(n: int = 30) -> None:
    for i in range(n):
        cid = create_customer(CustomerInput(display_name=f"গ্রাহক {i}", phones=[f"0171234{i:04d}"])).value
        log_interaction(cid, "call", body=f"call {i}")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plain_backup_has_the_same_records(store: Store, tmp_path: Path) -> None:
    _fill()
    before = stats.counts()
    target = backup_to(store, tmp_path / "copy.sqlite3")
    con = sqlite3.connect(target)
    assert stats.counts(con) == before
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_backup_while_another_connection_is_writing_is_consistent(store: Store, tmp_path: Path) -> None:
    _fill(5)
    writer = sqlite3.connect(store.path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE customer SET notes = 'uncommitted'")
    target = backup_to(store, tmp_path / "copy.sqlite3")
    writer.rollback()
    writer.close()
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM customer WHERE notes = 'uncommitted'").fetchone()[0] == 0
    con.close()


def test_failed_backup_keeps_the_older_good_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(3)
    target = tmp_path / "copy.sqlite3"
    backup_to(store, target)
    good = _sha(target)

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module.sqlite, "online_backup", disk_full)
    with pytest.raises(BackupError, match="No space left"):
        backup_to(store, target)
    assert _sha(target) == good
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".backup-")] == []


def test_backup_into_a_missing_folder_says_so(store: Store, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        backup_to(store, tmp_path / "gone" / "copy.sqlite3")


def test_compressed_backup_is_listed_with_counts(store: Store, tmp_path: Path) -> None:
    _fill(7)
    info = make_backup(store, tmp_path / "backups", reason="manual")
    assert info.path.name.endswith(".sqlite3.gz")
    with gzip.open(info.path) as fh:
        assert fh.read(16) == b"SQLite format 3\x00"
    [listed] = list_backups(tmp_path / "backups")
    assert listed.path == info.path
    assert listed.counts == stats.counts() == info.counts
    assert listed.reason == "manual"


def test_rotation_keeps_daily_weekly_monthly(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = datetime(2026, 1, 1, 12, 0, 0)
    for day in range(120):  # one backup a day for four months, two on some days
        make_backup(store, folder, now=start + timedelta(days=day))
        if day % 10 == 0:
            make_backup(store, folder, now=start + timedelta(days=day, hours=3))
    removed = rotate(folder, daily=7, weekly=4, monthly=12)
    kept = list_backups(folder)
    days = sorted({b.created_at.date() for b in kept}, reverse=True)
    newest = start + timedelta(days=119)
    assert days[:7] == [(newest - timedelta(days=i)).date() for i in range(7)]
    months = {(b.created_at.year, b.created_at.month) for b in kept}
    assert months == {(2026, 1), (2026, 2), (2026, 3), (2026, 4)}
    assert len(kept) + len(removed) == 120 + 12
    assert len(kept) <= 7 + 4 + 12
    assert all(not p.exists() for p in removed)
    assert not any(p.with_name(p.name.replace(".sqlite3.gz", ".json")).exists() for p in removed)


def test_rotation_never_drops_the_newest() -> None:
    assert backups_to_keep([], daily=0, weekly=0, monthly=0) == set()


def test_restore_brings_back_the_records_and_keeps_the_present(store: Store, tmp_path: Path) -> None:
    _fill(12)
    before = stats.counts()
    info = make_backup(store, tmp_path / "backups")
    store.db.execute_sql("DELETE FROM interaction")
    store.close()

    counts = restore_database(store.path, info.path, tmp_path / "backups")

    assert counts == before
    with open_store(store.path) as reopened:
        assert stats.counts() == before
        assert reopened.path == store.path
    kept = [b for b in list_backups(tmp_path / "backups") if b.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].counts["interactions"] == 0


def test_restore_from_a_damaged_backup_changes_nothing(store: Store, tmp_path: Path) -> None:
    _fill(3)
    store.close()
    original = _sha(store.path)
    bad = tmp_path / "bad.sqlite3.gz"
    bad.write_bytes(gzip.compress(b"this is not a database at all" * 100))
    with pytest.raises(BackupError, match="does not hold"):
        restore_database(store.path, bad, tmp_path / "backups")
    assert _sha(store.path) == original


def test_restore_refuses_while_the_database_is_open_elsewhere(store: Store, tmp_path: Path) -> None:
    _fill(3)
    info = make_backup(store, tmp_path / "backups")
    # the store fixture's connection stays open: like the app running
    with pytest.raises(BackupError, match="open in another program"):
        restore_database(store.path, info.path, tmp_path / "backups")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli.main", *args], capture_output=True, text=True, timeout=60
    )


def test_cli_backup_list_restore_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    with open_store(db):
        _fill(4)
        before = stats.counts()
    made = _cli("backup", "--db", str(db), "--rotate")
    assert made.returncode == 0, made.stderr
    listed = _cli("backups", "--db", str(db))
    assert "4 customers" in listed.stdout
    [backup] = list_backups(tmp_path / "backups")
    with open_store(db):
        from crm_desktop.db.models import Customer

        Customer.delete().execute()
    restored = _cli("restore", str(backup.path), "--db", str(db))
    assert restored.returncode == 0, restored.stderr
    with open_store(db):
        assert stats.counts() == before


def test_cli_restore_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = _cli("restore", str(tmp_path / "nope.gz"), "--db", str(tmp_path / "x.sqlite3"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no backup file" in result.stderr


def test_several_backups_in_one_second_are_all_kept_in_order(store: Store, tmp_path: Path) -> None:
    when = datetime(2026, 5, 1, 9, 30, 0)
    made = [make_backup(store, tmp_path / "b", now=when).path for _ in range(11)]
    assert len(set(made)) == 11
    assert [b.path for b in list_backups(tmp_path / "b")] == made[::-1]
