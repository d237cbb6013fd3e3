"""The ``crm-desktop`` command.

With no subcommand it opens the window. Each subcommand lives in a module
of this package that registers itself through a ``register(subparsers)``
function; handlers get the parsed arguments and return an exit status.

Exit statuses: 0 done; 1 the command ran and found a problem (``check``);
2 bad arguments or a database that cannot be used; 70 an unexpected error
(details go to the log file, never a traceback on the terminal).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import peewee

from crm_desktop import __version__
from crm_desktop.backup import BackupError
from crm_desktop.db.store import StoreError, describe_sqlite_error, resolve_db_path
from crm_desktop.logs import setup_logging
from crm_desktop.output_files import OutputRefused, check_output_path
from crm_desktop.services.errors import NotFoundError, ValidationError

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_UNEXPECTED = 70

log = logging.getLogger(__name__)


class CommandError(Exception):
    """A user-facing failure: printed as one line, exit status 2 (or ``status``)."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and never a wall of text."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    from crm_desktop.cli import (
        automation_commands,
        backup_commands,
        gui_commands,
        history_commands,
        import_commands,
        ledger_commands,
        report_commands,
        store_commands,
    )

    parser = OneLineParser(
        prog="crm-desktop",
        description="Offline customer relationship manager. With no command, opens the window.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="print the version and stop"
    )
    add_db_argument(parser)
    parser.add_argument("--lang", choices=("bn", "en"), help="language of the window")
    parser.add_argument(
        "--demo", action="store_true", help="open a demo database with sample data (made on first use)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end on a temporary database, offscreen, and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for module in (store_commands, backup_commands, report_commands, import_commands, gui_commands):
        module.register(subparsers)
    automation_commands.register(subparsers)
    history_commands.register(subparsers)
    ledger_commands.register(subparsers)
    return parser


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="database file (default: $CRM_DESKTOP_DB, else the file in your user-data folder)",
    )


def add_force_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force", action="store_true", help="replace the output file if it exists (never a database)"
    )


def output_path(args: argparse.Namespace, value: str, *, replace_database: bool = False) -> Path:
    """The output file ``value`` if it may be written: never the database (``--db``), its
    -wal/-shm, a backup or another SQLite file; an existing file only with ``--force``."""
    path = check_output_path(
        value, database=resolve_db_path(getattr(args, "db", None)), replace_database=replace_database
    )
    if path.exists() and not getattr(args, "force", False):
        raise CommandError(f"{path} already exists; add --force to replace it")
    return path


def _never_fail_to_print() -> None:
    """A console that cannot show a character (cp1252, ASCII, a file name with a stray byte) gets
    a replacement mark, never a crash after the work is done (an import already committed)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_to_print()
    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from crm_desktop.cli.gui_commands import run_self_test, run_window

        handler = run_self_test if args.self_test else run_window
    try:
        return int(handler(args))
    except CommandError as exc:
        return _fail(str(exc), exc.status)
    except StoreError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except (ValidationError, NotFoundError, BackupError, OutputRefused) as exc:
        return _fail(str(exc), EXIT_USAGE)
    except (sqlite3.OperationalError, peewee.OperationalError) as exc:
        # busy (another program is writing), read-only, disk full: what to do, in one line
        log.warning("database error in %s: %s", getattr(args, "command", None) or "window", exc)
        return _fail(str(describe_sqlite_error(resolve_db_path(getattr(args, "db", None)), exc)), EXIT_USAGE)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        # a page that cannot be read: the damaged path (nothing more was written), one line
        log.warning("database error in %s: %s", getattr(args, "command", None) or "window", exc)
        return _fail(str(describe_sqlite_error(resolve_db_path(getattr(args, "db", None)), exc)), EXIT_USAGE)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: log it, say it in one line
        log.exception("unexpected error in %s", getattr(args, "command", None) or "window")
        return _fail(
            f"unexpected error: {type(exc).__name__}: {exc} (details in the log file)", EXIT_UNEXPECTED
        )


def _fail(message: str, status: int) -> int:
    print(f"crm-desktop: error: {message}", file=sys.stderr)
    return status


if __name__ == "__main__":
    # run as the imported module, so its CommandError is the one the commands raise
    from crm_desktop.cli.main import main as imported_main

    sys.exit(imported_main())
