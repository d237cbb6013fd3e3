"""Opening, migrating and closing the one SQLite file that holds a shop's data."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee
import platformdirs
from peewee import SqliteDatabase

from crm_desktop.db import sqlite
from crm_desktop.db.migrations import LATEST_VERSION, migrate
from crm_desktop.db.models import database_proxy
from crm_desktop.translatable import QT_TRANSLATE_NOOP

APP_NAME = "CRM Desktop"
DB_ENV_VAR = "CRM_DESKTOP_DB"
DB_FILENAME = "crm.sqlite3"


class StoreError(Exception):
    """The database cannot be opened or used. The message is for the user."""


class NewerDatabaseError(StoreError):
    pass


class NotADatabaseError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass


class EmptyDatabaseFileError(CorruptDatabaseError):
    """A zero-byte file where a database was expected."""


class DatabaseBusyError(StoreError):
    pass


class ReadOnlyDatabaseError(StoreError):
    pass


def default_db_path() -> Path:
    """``$CRM_DESKTOP_DB`` if set, else the file in the platform's user-data folder."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins over the environment variable, which wins over the default."""
    return Path(cli_value).expanduser() if cli_value else default_db_path()


_PROBE_ERRORS: dict[str, type[StoreError]] = {
    "not_sqlite": NotADatabaseError,
    "corrupt": CorruptDatabaseError,
    "locked": DatabaseBusyError,
    "unreadable": StoreError,
}

_PROBE_MESSAGES = {
    "not_sqlite": "{path} is not a CRM Desktop database (it is not an SQLite file). "
    "Open another file or restore a backup.",
    "corrupt": "{path} is damaged and cannot be read ({detail}). "
    "Restore a backup, or open another file; the file was not changed.",
    "locked": "{path} is busy: another program is writing to it. Try again in a moment.",
    "unreadable": "{path} cannot be read ({detail}).",
}


EMPTY_FILE = QT_TRANSLATE_NOOP(
    "Store",
    "{path} is an empty file (0 bytes), not a database — restore a backup? The file was not changed.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Store",
    "{path} is damaged ({detail}). Nothing was written to it. Restore a backup, or open another file.",
)


def damaged_error(path: Path, detail: str) -> CorruptDatabaseError:
    return CorruptDatabaseError(DAMAGED.format(path=str(path), detail=detail))


def refuse_if_damaged(db: SqliteDatabase | peewee.DatabaseProxy, path: Path | None = None) -> None:
    """``PRAGMA quick_check`` before a big write (import, merge, restore): a damaged file is
    refused with :class:`CorruptDatabaseError` and nothing is written."""
    try:
        problems = sqlite.quick_check_problems(db)
    except (sqlite3.OperationalError, peewee.OperationalError):
        return  # busy or read-only: the write itself will say so
    if problems:
        sqlite.mark_damaged(db)
        target = db.obj if isinstance(db, peewee.DatabaseProxy) else db
        where = path or Path(str(getattr(target, "database", "")))
        raise damaged_error(where, "; ".join(problems[:3]))


def _root_cause(exc: BaseException) -> BaseException:
    """The error behind "cannot rollback - no transaction is active": SQLite rolled back by itself
    (a full disk, an I/O error) and the rollback that followed found nothing to undo."""
    seen = 0
    while seen < 10 and ("cannot rollback" in str(exc) or "no transaction is active" in str(exc)):
        behind = exc.__cause__ or exc.__context__
        if behind is None:
            break
        exc, seen = behind, seen + 1
    return exc


def free_megabytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free // 1_000_000
    except OSError:
        return 0


DISK_FULL = QT_TRANSLATE_NOOP(
    "Store", "The disk holding {path} is full ({free} MB free). Free some space and try again."
)


def describe_sqlite_error(path: Path, exc: BaseException) -> StoreError:
    """Turn a low-level SQLite error into a message a shop owner can act on."""
    exc = _root_cause(exc)
    text = str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return DatabaseBusyError(_PROBE_MESSAGES["locked"].format(path=path))
    if "readonly" in lowered or "read-only" in lowered:
        return ReadOnlyDatabaseError(
            f"{path} is read-only: changes cannot be saved. "
            "Copy it to a folder you can write to, or open another file."
        )
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return StoreError(DISK_FULL.format(path=str(path), free=free_megabytes(path.parent)))
    if "malformed" in lowered or "not a database" in lowered or "disk i/o" in lowered:
        return damaged_error(path, text)
    if "unable to open" in lowered:
        return StoreError(f"{path} cannot be opened ({text}). Check the folder exists and is writable.")
    return StoreError(f"{path}: {text}")


class Store:
    """An open database file. Use :func:`open_store` to get one."""

    def __init__(self, path: Path, db: SqliteDatabase) -> None:
        self.path = path
        self.db = db
        self.optimize_on_close = True  # False: opened to read (stats, search, export …)

    def atomic(self) -> peewee._atomic:
        return self.db.atomic()

    def close(self, *, optimize: bool = True) -> None:
        """Close this thread's connection, first letting SQLite refresh its planner statistics
        (not when ``optimize`` is false: after damage was seen, nothing more is written)."""
        if self.db.is_closed():
            return
        # no statistics for a command that only reads (it leaves the file exactly as it was,
        # damaged or not), nor after damage was seen; on a read-only or busy file they are a
        # nicety, closing is not
        if optimize and self.optimize_on_close and not sqlite.damage_seen(self.db):
            with contextlib.suppress(sqlite3.Error, peewee.DatabaseError):
                sqlite.optimize(self.db)
        self.db.close()

    def raw_connection(self) -> sqlite3.Connection:
        return self.db.connection()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: object, error: BaseException | None, trace: object) -> None:
        self.close(optimize=error is None or not sqlite.is_damage(error))


def open_store(path: Path | str, *, create: bool = True, target_version: int = LATEST_VERSION) -> Store:
    """Open (creating if allowed) and migrate the database at ``path``.

    Nothing is written to a file that is not ours, is damaged, or was written
    by a newer version of the app: those raise :class:`StoreError` with a
    message saying what is wrong and what to do.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    unclean = False
    if path.exists():
        _check_existing(path, create=create)
        unclean = _not_closed_cleanly(path)
    elif not create:
        raise StoreError(f"There is no database at {path}.")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder for {path}: {exc.strerror}.") from exc
    db = sqlite.make_database(path)
    sqlite.forget_damage(path)
    previous = database_proxy.obj
    database_proxy.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if unclean:  # a crash, a power cut, a killed process: look before writing anything
            refuse_if_damaged(db, path)
        migrate(db, target=target_version)
    except BaseException as exc:
        db.close()
        database_proxy.initialize(previous)  # a store that was open stays the one in use
        if isinstance(exc, (sqlite3.Error, peewee.DatabaseError)):
            raise describe_sqlite_error(path, exc) from exc
        raise
    from crm_desktop.backup import remove_stale_temp_files  # (backup imports this module)

    remove_stale_temp_files(path.parent / "backups", path)  # what a killed backup or restore left
    return Store(path, db)


def check_file(path: Path | str, *, expected: bool = False) -> None:
    """Raise :class:`StoreError` if ``path`` could not be opened as a CRM database.

    Reads only (nothing is written, the proxy is not touched), so the window
    can check a file the user picked before switching to it. A file that
    does not exist yet is fine: opening it creates a new database; so is an
    empty one, unless a database is ``expected`` there.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if path.exists():
        _check_existing(path, create=not expected)


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that can only read ``path`` (a shared lock, never a write).

    Without a -wal beside a WAL file nobody has it open: it is read as
    immutable, which needs no -shm (so it works in a read-only folder too).
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    with path.open("rb") as fh:
        header = fh.read(20)
    if 2 in header[18:20] and not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=sqlite.BUSY_TIMEOUT_SECONDS)


def _not_closed_cleanly(path: Path) -> bool:
    """A -wal with something in it, or a rollback journal: the last program did not close the
    file (or is still using it)."""
    for suffix in ("-wal", "-journal"):
        try:
            if path.with_name(path.name + suffix).stat().st_size > 0:
                return True
        except OSError:
            pass
    return False


def _was_a_database(path: Path) -> bool:
    """A database lived at ``path``: its -wal is beside it, or a backup was made of it."""
    if path.with_name(path.name + "-wal").exists():
        return True
    import json

    for note in (path.parent / "backups").glob("crm-*.json"):
        try:
            source = json.loads(note.read_text(encoding="utf-8")).get("source")
        except (OSError, ValueError, AttributeError):
            continue
        if source and Path(source).expanduser().resolve() == path.resolve():
            return True
    return False


def _check_existing(path: Path, *, create: bool = False) -> None:
    try:
        probe = sqlite.probe_file(path)
    except sqlite.ProbeError as exc:
        if exc.kind == "corrupt":
            raise damaged_error(path, str(exc)) from exc
        error = _PROBE_ERRORS[exc.kind]
        raise error(_PROBE_MESSAGES[exc.kind].format(path=path, detail=exc)) from exc
    if probe.is_empty and (not create or _was_a_database(path)):
        # a database was expected here (a command that reads it, or one that was backed up):
        # never quietly make a new empty one in its place
        raise EmptyDatabaseFileError(EMPTY_FILE.format(path=str(path)))
    if probe.user_version > LATEST_VERSION:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of CRM Desktop "
            f"(data version {probe.user_version}; this app understands up to {LATEST_VERSION}). "
            "Install the newer version to open it; the file was not changed."
        )
    if probe.user_version == 0 and probe.table_names:
        raise NotADatabaseError(
            f"{path} is an SQLite file that belongs to another program, not CRM Desktop. "
            "Open another file; this one was not changed."
        )


@contextmanager
def opened(path: Path | str, **kwargs: object) -> Iterator[Store]:
    store = open_store(path, **kwargs)  # type: ignore[arg-type]
    try:
        yield store
    finally:
        store.close()
