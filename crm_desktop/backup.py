"""Consistent copies of the live database (SQLite's online backup API)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from crm_desktop.db import sqlite
from crm_desktop.db.store import Store


class BackupError(Exception):
    """The backup could not be made; any earlier file at the target is untouched."""


def backup_to(store: Store, target: Path) -> Path:
    """Copy the open database to ``target``, verified, replacing it atomically.

    The copy is written next to the target under a temporary name, checked
    with ``PRAGMA integrity_check``, and only then renamed over the target,
    so a failure (disk full, folder gone) never leaves a half-written file
    or destroys an older good backup.
    """
    target = Path(target).expanduser()
    if target.resolve() == store.path.resolve():
        raise BackupError("the backup cannot overwrite the database itself")
    if target.is_dir():
        raise BackupError(f"{target} is a folder; give a file name for the backup")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise BackupError(f"cannot write in {target.parent}: {exc.strerror}") from exc
    tmp = Path(tmp_name)
    try:
        sqlite.online_backup(store.raw_connection(), tmp)
        _verify(tmp)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error, BackupError) as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, BackupError):
            raise
        raise BackupError(f"the backup to {target} failed: {exc}") from exc
    return target


def _verify(path: Path) -> None:
    con = sqlite3.connect(str(path))
    try:
        result = [row[0] for row in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()
    if result != ["ok"]:
        raise BackupError("the copy did not pass the integrity check: " + "; ".join(result[:3]))
