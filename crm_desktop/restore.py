"""Putting a backup back in place of the current database.

Restoring never loses the present: the current database is backed up first
(or, if it is too damaged for the backup API, its raw files are copied aside).
The backup is unpacked beside the database, verified, and only then renamed
over it, so an interrupted restore leaves the old file in place.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from crm_desktop.backup import RESTORE_SUFFIX, BackupError, BackupInfo, make_backup, unpack_backup
from crm_desktop.db import sqlite
from crm_desktop.db.migrations import LATEST_VERSION
from crm_desktop.db.store import StoreError, open_store
from crm_desktop.timeutil import utcnow


def default_backup_folder(db_path: Path) -> Path:
    """Backups live in a ``backups`` folder beside the database unless set otherwise."""
    return db_path.parent / "backups"


def restore_database(db_path: Path, backup: Path, backup_folder: Path | None = None) -> dict[str, int]:
    """Replace the database at ``db_path`` with the one in ``backup``.

    The caller must have closed every connection to ``db_path``. Returns the
    restored record counts.
    """
    db_path = Path(db_path).expanduser()
    backup = Path(backup).expanduser()
    folder = backup_folder or default_backup_folder(db_path)
    if not backup.is_file():
        raise BackupError(f"there is no backup file at {backup}")
    if db_path.is_dir():
        raise BackupError(f"{db_path} is a folder; --db names the database file to restore into")
    if not db_path.parent.is_dir():
        raise BackupError(f"the folder {db_path.parent} does not exist")
    if db_path.exists() and not _writable(db_path):
        raise BackupError(f"{db_path} is read-only; make it writable to restore over it (nothing changed)")
    staged = db_path.with_name(f".{db_path.name}{RESTORE_SUFFIX}")
    try:
        staged.unlink(missing_ok=True)
        return _restore(db_path, backup, folder, staged)
    except OSError as exc:
        raise BackupError(_why_not_written(db_path, exc)) from exc


def _writable(path: Path) -> bool:
    try:
        with path.open("r+b"):
            return True
    except OSError:
        return False


def _why_not_written(db_path: Path, exc: OSError) -> str:
    """The cause a shop owner can act on: a read-only file or folder, a full disk."""
    if exc.errno == errno.ENOSPC:
        free = shutil.disk_usage(db_path.parent).free // 1_000_000
        return f"the disk holding {db_path.parent} is full ({free} MB free); the database was not changed"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if db_path.exists() and not _writable(db_path):
            return f"{db_path} is read-only; the database was not changed"
        return f"the folder {db_path.parent} is read-only (nothing can be written there); nothing was changed"
    return f"the restore into {db_path} failed ({exc.strerror or exc}); the database was not changed"


def _restore(db_path: Path, backup: Path, folder: Path, staged: Path) -> dict[str, int]:
    try:
        counts = unpack_backup(backup, staged)
        version = sqlite.probe_file(staged).user_version
        if version > LATEST_VERSION:
            raise BackupError(f"{backup} was made by a newer version of CRM Desktop (data version {version})")
        if db_path.exists():
            keep_current(db_path, folder)
            if db_path.with_name(db_path.name + "-wal").exists():
                raise BackupError(
                    f"{db_path} is open in another program (CRM Desktop?). Close it, then restore."
                )
        _drop_wal(db_path)
        os.replace(staged, db_path)
    except sqlite.ProbeError as exc:
        raise BackupError(f"{backup} does not hold a usable database: {exc}") from exc
    finally:
        staged.unlink(missing_ok=True)
    return counts


def keep_current(db_path: Path, folder: Path) -> Path:
    """Save the current database before it is replaced; returns where it went."""
    try:
        with open_store(db_path, create=False) as store:
            info: BackupInfo = make_backup(store, folder, reason="before-restore")
            store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return info.path
    except (StoreError, BackupError, sqlite3.Error):
        pass  # too damaged to copy through SQLite: keep its raw files instead
    folder.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    aside = folder / f"damaged-{stamp}-{db_path.name}"
    for suffix in ("", "-wal"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            shutil.copy2(source, aside.with_name(aside.name + suffix))
    return aside


def _drop_wal(db_path: Path) -> None:
    """Remove the old database's -wal/-shm: applied to the restored file they would corrupt it."""
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
