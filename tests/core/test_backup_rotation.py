"""Rotation never deletes the backup just made, a young one, one made on purpose, or a good
one in favour of one that does not verify (issue 16, item 2)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from crm_desktop.backup import BackupInfo, list_backups, make_backup, rotate, verify_backup
from crm_desktop.db.store import Store
from crm_desktop.services.customers import CustomerInput, create_customer

DAY = timedelta(days=1)


def _damage(backup: Path) -> None:
    """Overwrite bytes in the middle of the compressed file (a bad deflate block)."""
    data = bytearray(backup.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\xff" * 64
    backup.write_bytes(bytes(data))


def test_a_clock_behind_the_newest_backup_never_rotates_out_the_new_one(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    create_customer(CustomerInput(display_name="Rahim"))
    june = datetime(2026, 6, 3, 9, 0)
    for day in range(8):  # a week of daily backups, made while the clock was right
        make_backup(store, folder, reason="auto", now=june + day * DAY)
    behind = datetime(2026, 6, 1, 9, 0)  # the CMOS battery died: the clock is back at June 1st
    made = make_backup(store, folder, reason="auto", now=behind)
    removed = rotate(folder, now=behind)
    assert made.path.exists() and made.path not in removed
    assert removed == []  # nothing made "in the future" is old either


def test_back_up_now_then_restore_then_close_keeps_all_three(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    t0 = datetime(2026, 6, 10, 9, 0)
    manual = make_backup(store, folder, reason="manual", now=t0)
    safety = make_backup(store, folder, reason="before-restore", now=t0 + timedelta(minutes=1))
    closing = make_backup(store, folder, reason="on-close", now=t0 + timedelta(minutes=3))
    assert rotate(folder, now=t0 + timedelta(minutes=4)) == []
    # ten days on, the ones made on purpose are still inside their 30 days
    later = t0 + 10 * DAY
    make_backup(store, folder, reason="auto", now=later)
    assert rotate(folder, now=later) == []
    # past them they follow the ordinary rule: the newest of their day stays
    removed = rotate(folder, now=t0 + 40 * DAY)
    assert sorted(removed) == sorted([manual.path, safety.path])
    assert closing.path.exists()


def test_a_damaged_newer_backup_never_pushes_out_the_good_ones(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    create_customer(CustomerInput(display_name="Rahim"))
    start = datetime(2026, 6, 1, 8, 0)
    good: list[BackupInfo] = []
    for day in range(3):  # each day a good morning backup and a damaged evening one
        good.append(make_backup(store, folder, reason="auto", now=start + day * DAY))
        evening = make_backup(store, folder, reason="auto", now=start + day * DAY + timedelta(hours=10))
        _damage(evening.path)
        assert not verify_backup(evening)
    newest = make_backup(store, folder, reason="auto", now=start + 5 * DAY)
    rotate(folder, now=start + 5 * DAY + timedelta(hours=1))
    assert all(b.path.exists() for b in good)
    assert newest.path.exists()
    assert all(verify_backup(b) for b in list_backups(folder))  # the damaged ones went, not the good


def test_the_newest_backup_is_kept_even_when_nothing_else_would_be(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    old = datetime(2025, 1, 1, 8, 0)
    make_backup(store, folder, reason="auto", now=old)
    newest = make_backup(store, folder, reason="auto", now=old + timedelta(hours=1))
    rotate(folder, daily=0, weekly=0, monthly=0, now=old + 400 * DAY)
    assert [b.path for b in list_backups(folder)] == [newest.path]
