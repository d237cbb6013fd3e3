"""Commands that copy the database out and put it back: backup, backups, restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crm_desktop.backup import backup_to, list_backups, make_backup, rotate
from crm_desktop.cli.store_commands import open_for_command
from crm_desktop.db.store import resolve_db_path
from crm_desktop.restore import default_backup_folder, restore_database


def register(subparsers: Any) -> None:
    from crm_desktop.cli.main import add_db_argument, add_force_argument

    p = subparsers.add_parser("backup", help="copy the database consistently, even while it is open")
    add_db_argument(p)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="FILE", help="write a plain database copy to FILE")
    where.add_argument(
        "--rotate", action="store_true", help="add a compressed backup to the backups folder and rotate it"
    )
    add_force_argument(p)
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser("backups", help="list the backups in the backups folder")
    add_db_argument(p)
    p.set_defaults(handler=cmd_backups)

    p = subparsers.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    add_db_argument(p)
    p.add_argument("file", metavar="FILE", help="a backup (.sqlite3.gz) or a database copy")
    p.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from crm_desktop.cli.main import output_path

    if args.output:
        output_path(args, args.output, replace_database=True)
    with open_for_command(args) as store:
        if args.output:
            target = backup_to(store, Path(args.output))
            print(f"Backed up {store.path} to {target}")
            return 0
        folder = default_backup_folder(store.path)
        info = make_backup(store, folder, reason="manual")
    removed = rotate(folder)
    print(f"Backed up to {info.path} ({info.size:,} bytes); {len(removed)} old backup(s) rotated out")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    folder = default_backup_folder(resolve_db_path(getattr(args, "db", None)))
    backups = list_backups(folder)
    if not backups:
        print(f"No backups in {folder}")
        return 0
    for b in backups:
        counts = ", ".join(f"{v:,} {k}" for k, v in b.counts.items()) or "counts unknown"
        print(f"{b.created_at:%Y-%m-%d %H:%M} UTC  {b.size:>12,} bytes  {b.path.name}  ({counts})")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db_path = resolve_db_path(getattr(args, "db", None))
    counts = restore_database(db_path, Path(args.file))
    summary = ", ".join(f"{v:,} {k}" for k, v in counts.items())
    print(f"Restored {db_path} from {args.file}: {summary}. The previous database was backed up first.")
    return 0
