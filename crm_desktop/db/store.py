"""Opening, migrating and closing the one SQLite file that holds a shop's data."""

from __future__ import annotations

import contextlib
import os
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


def describe_sqlite_error(path: Path, exc: Exception) -> StoreError:
    """Turn a low-level SQLite error into a message a shop owner can act on."""
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
        return StoreError(f"The disk holding {path} is full. Free some space and try again.")
    if "malformed" in lowered or "not a database" in lowered:
        return CorruptDatabaseError(_PROBE_MESSAGES["corrupt"].format(path=path, detail=text))
    if "unable to open" in lowered:
        return StoreError(f"{path} cannot be opened ({text}). Check the folder exists and is writable.")
    return StoreError(f"{path}: {text}")


class Store:
    """An open database file. Use :func:`open_store` to get one."""

    def __init__(self, path: Path, db: SqliteDatabase) -> None:
        self.path = path
        self.db = db

    def atomic(self) -> peewee._atomic:
        return self.db.atomic()

    def close(self) -> None:
        """Close this thread's connection, first letting SQLite refresh its planner statistics."""
        if self.db.is_closed():
            return
        # on a read-only or busy file statistics are a nicety; closing is not
        with contextlib.suppress(sqlite3.Error, peewee.DatabaseError):
            sqlite.optimize(self.db)
        self.db.close()

    def raw_connection(self) -> sqlite3.Connection:
        return self.db.connection()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: Path | str, *, create: bool = True, target_version: int = LATEST_VERSION) -> Store:
    """Open (creating if allowed) and migrate the database at ``path``.

    Nothing is written to a file that is not ours, is damaged, or was written
    by a newer version of the app: those raise :class:`StoreError` with a
    message saying what is wrong and what to do.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if path.exists():
        _check_existing(path)
    elif not create:
        raise StoreError(f"There is no database at {path}.")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder for {path}: {exc.strerror}.") from exc
    db = sqlite.make_database(path)
    previous = database_proxy.obj
    database_proxy.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        migrate(db, target=target_version)
    except BaseException as exc:
        db.close()
        database_proxy.initialize(previous)  # a store that was open stays the one in use
        if isinstance(exc, (sqlite3.Error, peewee.DatabaseError)):
            raise describe_sqlite_error(path, exc) from exc
        raise
    return Store(path, db)


def check_file(path: Path | str) -> None:
    """Raise :class:`StoreError` if ``path`` could not be opened as a CRM database.

    Reads only (nothing is written, the proxy is not touched), so the window
    can check a file the user picked before switching to it. A file that
    does not exist yet is fine: opening it creates a new database.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if path.exists():
        _check_existing(path)


def _check_existing(path: Path) -> None:
    try:
        probe = sqlite.probe_file(path)
    except sqlite.ProbeError as exc:
        error = _PROBE_ERRORS[exc.kind]
        raise error(_PROBE_MESSAGES[exc.kind].format(path=path, detail=exc)) from exc
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
