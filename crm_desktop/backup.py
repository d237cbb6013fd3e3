"""Consistent, verified copies of the live database.

Copies are made with SQLite's online backup API, so they are consistent even
while the app (or another process) is writing. Every copy is checked with
``PRAGMA integrity_check`` before it takes the place of anything, and it is
written under a temporary name and renamed into place, so a failure (disk
full, folder gone, USB stick pulled) never leaves a half-written file or
destroys an older good backup.
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import shutil
import sqlite3
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from crm_desktop.db import sqlite
from crm_desktop.db.store import Store
from crm_desktop.output_files import OutputRefused, check_output_path
from crm_desktop.services import stats
from crm_desktop.timeutil import utcnow

COMPRESSED_SUFFIX = ".sqlite3.gz"
BACKUP_PREFIX = "crm-"
STAMP_FORMAT = "%Y%m%d-%H%M%S"


PROCESS_STARTED = time.time()  # temp files older than this were left by a process that died
TEMP_PREFIX = ".backup-"
RESTORE_SUFFIX = ".restoring"


_WRITE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)


class BackupError(Exception):
    """The backup could not be made or read; nothing existing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # naive UTC
    size: int
    counts: dict[str, int]
    reason: str  # auto | manual | before-restore | on-close


@contextmanager
def _temp_beside(target: Path) -> Iterator[Path]:
    """A temporary file in the target's folder (so the final rename is atomic)."""
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist")
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise BackupError(f"cannot write in {target.parent}: {exc.strerror}") from exc
    tmp = Path(name)
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def remove_stale_temp_files(folder: Path, database: Path | None = None) -> list[Path]:
    """Delete what a killed backup or restore left behind: ``.backup-*.tmp`` in ``folder`` and
    the staged ``.NAME.restoring`` beside ``database``, if older than this process (a backup
    running in another program keeps writing its file, so its time is newer).
    Returns what was deleted."""
    candidates = list(Path(folder).glob(f"{TEMP_PREFIX}*.tmp")) if Path(folder).is_dir() else []
    if database is not None:
        candidates += list(database.parent.glob(f"{TEMP_PREFIX}*.tmp"))
        candidates.append(database.with_name(f".{database.name}{RESTORE_SUFFIX}"))
    removed = []
    for path in dict.fromkeys(candidates):
        try:
            if path.stat().st_mtime < PROCESS_STARTED:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to delete
    return removed


def verify_database_file(path: Path) -> dict[str, int]:
    """Integrity-check an uncompressed database copy; return its record counts."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = [row[0] for row in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise BackupError("the copy did not pass the integrity check: " + "; ".join(result[:3]))
        return stats.counts(con)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"the copy cannot be read: {exc}") from exc
    finally:
        con.close()


def backup_to(store: Store, target: Path) -> Path:
    """Copy the open database to ``target`` (uncompressed), verified, replacing it atomically."""
    try:
        target = check_output_path(target, database=store.path, replace_database=True)
    except OutputRefused as exc:
        raise BackupError(exc.message) from exc
    with _temp_beside(target) as tmp:
        try:
            sqlite.online_backup(store.raw_connection(), tmp)
            verify_database_file(tmp)
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(f"the backup to {target} failed: {exc}") from exc
    return target


def make_backup(
    store: Store, folder: Path, *, reason: str = "manual", now: datetime | None = None
) -> BackupInfo:
    """A compressed, verified backup in ``folder`` with a small JSON note beside it."""
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"cannot create the backup folder {folder}: {exc.strerror}") from exc
    remove_stale_temp_files(folder, store.path)
    created = now or utcnow()
    target = _free_name(folder, created)
    with _temp_beside(target) as raw, _temp_beside(target) as packed:
        try:
            sqlite.online_backup(store.raw_connection(), raw)
            counts = verify_database_file(raw)
            with raw.open("rb") as src, gzip.open(packed, "wb", compresslevel=6) as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
            note = {
                "created_at": created.isoformat(),
                "counts": counts,
                "reason": reason,
                "source": str(store.path),
            }
            _note_path(target).write_text(json.dumps(note), encoding="utf-8")
            os.replace(packed, target)
        except (OSError, sqlite3.Error, EOFError) as exc:
            _note_path(target).unlink(missing_ok=True)
            raise BackupError(f"the backup in {folder} failed: {exc}") from exc
    return BackupInfo(target, created, target.stat().st_size, counts, reason)


def _free_name(folder: Path, created: datetime) -> Path:
    """``crm-YYYYMMDD-HHMMSS.sqlite3.gz``, with ``-2``, ``-3`` … for several in one second."""
    stamp = created.strftime(STAMP_FORMAT)
    n = 1
    while True:
        name = f"{BACKUP_PREFIX}{stamp}{'' if n == 1 else f'-{n}'}{COMPRESSED_SUFFIX}"
        if not (folder / name).exists():
            return folder / name
        n += 1


def _note_path(backup: Path) -> Path:
    return backup.with_name(backup.name.removesuffix(COMPRESSED_SUFFIX) + ".json")


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (files without a note still listed)."""
    found = []
    if not Path(folder).is_dir():
        return []
    for path in Path(folder).glob(f"{BACKUP_PREFIX}*{COMPRESSED_SUFFIX}"):
        stamp = path.name.removeprefix(BACKUP_PREFIX).removesuffix(COMPRESSED_SUFFIX)
        try:
            created = datetime.strptime(stamp[:15], STAMP_FORMAT)
        except ValueError:
            continue
        counts: dict[str, int] = {}
        reason = ""
        try:
            note = json.loads(_note_path(path).read_text(encoding="utf-8"))
            counts = {k: int(v) for k, v in note.get("counts", {}).items()}
            reason = str(note.get("reason", ""))
        except (OSError, ValueError, AttributeError):
            pass
        found.append(BackupInfo(path, created, path.stat().st_size, counts, reason))
    return sorted(found, key=_age_key, reverse=True)


def _age_key(backup: BackupInfo) -> tuple[datetime, int]:
    """Newer first: by time, then by the ``-N`` counter of backups made in the same second."""
    counter = backup.path.name.removesuffix(COMPRESSED_SUFFIX)[len(BACKUP_PREFIX) + 15 :]
    return backup.created_at, int(counter[1:]) if counter[1:].isdigit() else 1


def unpack_backup(backup: Path, target: Path) -> dict[str, int]:
    """Write the database inside a backup file to ``target`` and verify it.

    Accepts our compressed backups and plain database copies.
    """
    with target.open("wb") as dst:  # cannot write here (read-only, full): the caller says so
        try:
            with backup.open("rb") as fh:
                magic = fh.read(2)
            opener = gzip.open if magic == b"\x1f\x8b" else open
            with opener(backup, "rb") as src:
                shutil.copyfileobj(src, dst, 1 << 20)
        except OSError as exc:
            if exc.errno in _WRITE_ERRORS:
                raise
            raise BackupError(f"{backup} cannot be read as a backup: {exc}") from exc
        except (EOFError, zlib.error) as exc:  # zlib: a damaged deflate block
            raise BackupError(f"{backup} cannot be read as a backup: {exc}") from exc
    try:
        sqlite.probe_file(target)
    except sqlite.ProbeError as exc:
        raise BackupError(f"{backup} does not hold a CRM Desktop database: {exc}") from exc
    return verify_database_file(target)


# --- rotation ------------------------------------------------------------------


RECENT = timedelta(hours=24)  # a backup this young is never rotated out
PROTECTED_FOR = timedelta(days=30)  # nor one made on purpose (manual, before a restore …) this young
PROTECTED_REASONS = ("manual", "before-restore", "before-merge", "before-undo")


def is_protected(backup: BackupInfo, now: datetime) -> bool:
    """Made in the last 24 hours (or "in the future": the clock was set back since), or made on
    purpose (by hand, before a restore, a merge or an undo) in the last 30 days."""
    age = now - backup.created_at
    if age < RECENT:
        return True
    on_purpose = backup.reason in PROTECTED_REASONS or backup.reason.startswith("before-")
    return on_purpose and age < PROTECTED_FOR


def backups_to_keep(
    backups: list[BackupInfo],
    *,
    daily: int = 7,
    weekly: int = 4,
    monthly: int = 12,
    now: datetime | None = None,
    verifies: Callable[[BackupInfo], bool] | None = None,
) -> set[Path]:
    """What rotation keeps.

    Always: the newest backup, every backup made in the last 24 hours, and
    manual and "before …" backups of the last 30 days (:func:`is_protected`).
    Besides those, grandfather-father-son: the newest *good* backup of each of
    the last ``daily`` days that have one, of the last ``weekly`` ISO weeks and
    ``monthly`` months. ``verifies`` says whether a backup is good; it is asked
    only about backups kept in place of others, so a damaged newer backup never
    pushes a good one out.
    """
    now = now or utcnow()
    if not backups:
        return set()
    newest_first = sorted(backups, key=_age_key, reverse=True)
    keep = {newest_first[0].path} | {b.path for b in backups if is_protected(b, now)}
    for limit, bucket in (
        (daily, lambda d: d.date()),
        (weekly, lambda d: d.isocalendar()[:2]),
        (monthly, lambda d: (d.year, d.month)),
    ):
        members: dict[object, list[BackupInfo]] = {}
        for backup in newest_first:
            members.setdefault(bucket(backup.created_at), []).append(backup)
        filled = 0
        for group in members.values():  # newest bucket first
            if filled == limit:
                break
            for backup in group:  # the newest good one of the bucket
                if verifies is None or verifies(backup):
                    keep.add(backup.path)
                    filled += 1
                    break
    return keep


def verify_backup(backup: BackupInfo) -> bool:
    """True if the backup unpacks and passes the integrity check."""
    try:
        with _temp_beside(backup.path) as unpacked:
            unpack_backup(backup.path, unpacked)
    except BackupError:
        return False
    return True


def rotate(
    folder: Path,
    *,
    daily: int = 7,
    weekly: int = 4,
    monthly: int = 12,
    now: datetime | None = None,
    verify: Callable[[BackupInfo], bool] = verify_backup,
) -> list[Path]:
    """Delete backups the rotation no longer keeps (:func:`backups_to_keep`); returns what was deleted.

    Before anything is deleted, the backups kept in its place are verified
    again (a backup can rot on disk): a bad one does not count, the next good
    one of its day, week or month is kept instead.
    """
    backups = list_backups(folder)
    now = now or utcnow()
    kept = backups_to_keep(backups, daily=daily, weekly=weekly, monthly=monthly, now=now)
    if len(kept) == len(backups):
        return []  # nothing would be deleted: nothing to verify
    results: dict[Path, bool] = {}

    def verifies(backup: BackupInfo) -> bool:
        if backup.path not in results:
            results[backup.path] = verify(backup)
        return results[backup.path]

    keep = backups_to_keep(backups, daily=daily, weekly=weekly, monthly=monthly, now=now, verifies=verifies)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            _note_path(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed
