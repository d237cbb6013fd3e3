"""Files the app writes (exports, rejected rows, reports, charts, backup copies): never over the data.

Every path the user names for output goes through :func:`check_output_path`
before a byte is written. It refuses the open database and its ``-wal``,
``-shm`` and ``-journal`` companions (writing there destroys the shop's
data), and any existing SQLite file or backup (a compressed SQLite file):
an export never replaces a database. Whether an ordinary existing file may
be replaced is the caller's decision (``--force`` on the command line, the
save dialog's question in the window); the replacing itself goes through
:func:`replacing`, a temporary file beside the target renamed over it at the
end, so a failed write leaves the old file whole.
"""

from __future__ import annotations

import errno
import gzip
import os
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crm_desktop.translatable import QT_TRANSLATE_NOOP, Message

SQLITE_HEADER = b"SQLite format 3\x00"
GZIP_MAGIC = b"\x1f\x8b"
COMPANIONS = ("-wal", "-shm", "-journal")
TEMP_PREFIX = ".writing-"

IS_THE_DATABASE = QT_TRANSLATE_NOOP(
    "Files", "{file} is the open database or one of its files; nothing was written. Choose another file name."
)
IS_A_DATABASE = QT_TRANSLATE_NOOP(
    "Files",
    "{file} is a database or a backup; it is never replaced by an export. Choose another file name.",
)
IS_A_FOLDER = QT_TRANSLATE_NOOP("Files", "{file} is a folder; give a file name.")
NO_FOLDER = QT_TRANSLATE_NOOP("Files", "The folder {folder} does not exist; nothing was written.")


class OutputRefused(OSError):
    """The file named for output must not be written; ``str()`` (and ``strerror``) says why."""

    def __init__(self, message: Message, path: Path) -> None:
        super().__init__(errno.EEXIST, message, str(path))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def current_database() -> Path | None:
    """The database file the app has open (the models' proxy), if any."""
    from crm_desktop.db.models import database_proxy

    name = getattr(database_proxy.obj, "database", None)
    if not isinstance(name, str) or not name or name == ":memory:":
        return None
    return Path(name)


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def is_sqlite_file(path: Path) -> bool:
    """True for an SQLite database file or a compressed one (a backup)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
        if head.startswith(GZIP_MAGIC):
            with gzip.open(path, "rb") as packed:
                head = packed.read(len(SQLITE_HEADER))
    except (OSError, EOFError, zlib.error):
        return False
    return head == SQLITE_HEADER


def belongs_to_database(path: Path, database: Path) -> bool:
    """``path`` is ``database`` or its -wal, -shm or -journal file."""
    return any(_same(path, database.with_name(database.name + suffix)) for suffix in ("", *COMPANIONS))


def check_output_path(
    path: str | os.PathLike[str], *, database: Path | None = None, replace_database: bool = False
) -> Path:
    """``path`` if output may go there; else :class:`OutputRefused` saying why.

    ``database`` defaults to the open one. ``replace_database`` lets a backup
    copy replace an older database copy (never the open database itself).
    """
    target = Path(path).expanduser()
    open_db = database if database is not None else current_database()
    if open_db is not None and belongs_to_database(target, open_db):
        raise OutputRefused(IS_THE_DATABASE.format(file=str(target)), target)
    if target.is_dir():
        raise OutputRefused(IS_A_FOLDER.format(file=str(target)), target)
    if not target.parent.is_dir():
        raise OutputRefused(NO_FOLDER.format(folder=str(target.parent)), target)
    if target.exists() and not replace_database and is_sqlite_file(target):
        raise OutputRefused(IS_A_DATABASE.format(file=str(target)), target)
    return target


@contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary file beside ``path``, renamed over it when the block ends without an error."""
    target = Path(path)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
