"""The ``history`` command: the audit trail of changes, and how long it is kept."""

from __future__ import annotations

import argparse
import json
from typing import Any

from crm_desktop.cli.store_commands import open_for_command
from crm_desktop.db.models import AuditEntry
from crm_desktop.services import audit


def register(subparsers: Any) -> None:
    from crm_desktop.cli.main import add_db_argument

    p = subparsers.add_parser(
        "history", help="who changed which customer or deal, and how long that history is kept"
    )
    add_db_argument(p)
    p.add_argument(
        "--customer", type=int, metavar="ID", help="show the changes to this customer and its deals"
    )
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N changes (default 50)")
    p.add_argument(
        "--keep-days",
        type=_days,
        metavar="DAYS",
        help=f"keep the history DAYS days (0 = for ever, the default; {audit.RETENTION_PRESETS[1]} = a year)",
    )
    p.add_argument("--prune", action="store_true", help="delete what is older than that now")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_history)


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days") from None
    if not 0 <= value <= audit.MAX_RETENTION_DAYS:
        raise argparse.ArgumentTypeError(f"keep the history 0 (for ever) to {audit.MAX_RETENTION_DAYS} days")
    return value


def _kept(days: int) -> str:
    return "kept for ever" if days == 0 else f"kept for {days} days"


def cmd_history(args: argparse.Namespace) -> int:
    with open_for_command(args) as _store:
        if args.keep_days is not None:
            audit.set_retention_days(args.keep_days)
        pruned = audit.prune() if args.prune else None
        days = audit.retention_days()
        if args.customer is not None:
            records = audit.history(args.customer, limit=args.limit)
            if args.json:
                print(json.dumps([_as_json(r) for r in records], ensure_ascii=False))
                return 0
            for r in records:
                who = r.user_name or "(a deleted user)"
                print(f"{r.at:%Y-%m-%d %H:%M} UTC  {who}: {r.entity} '{r.label}' {r.action}")
                for line in audit.describe_values(r.values).splitlines():
                    print(f"    {line}")
            if not records:
                print(f"No recorded changes to customer {args.customer}.")
            return 0
        total = AuditEntry.select().count()
    if args.json:
        print(json.dumps({"retention_days": days, "entries": total, "pruned": pruned}))
        return 0
    done = f"; {pruned:,} older change(s) deleted" if pruned is not None else ""
    print(f"History of changes: {total:,} change(s), {_kept(days)}{done}.")
    return 0


def _as_json(record: audit.AuditRecord) -> dict[str, object]:
    return {
        "at": record.at.isoformat(sep=" "),
        "user": record.user_name,
        "entity": record.entity,
        "entity_id": record.entity_id,
        "action": record.action,
        "label": record.label,
        "values": [{"field": f, "old": o, "new": n} for f, o, n in record.values],
    }
