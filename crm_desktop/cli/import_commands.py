"""Commands over the import engine: import, export, imports (history), undo-import."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from crm_desktop.cli.store_commands import open_for_command

# the engine's names, spelled out so that building the parser imports nothing heavy
# (a test checks they are the engine's)
IMPORT_KINDS = ("customers", "purchases", "deals", "interactions")
EXPORT_KINDS = ("customers", "purchases", "deals", "interactions", "tasks")
MATCH_KEYS = ("external_id", "email", "phone")
ON_MATCH = ("update", "skip", "create")
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|", "\\t": "\t"}
SHOWN_PROBLEMS = 20


def register(subparsers: Any) -> None:
    from crm_desktop.cli.main import add_db_argument, add_force_argument

    p = subparsers.add_parser("import", help="import a CSV or vCard file (see --dry-run)")
    add_db_argument(p)
    p.add_argument("kind", choices=(*IMPORT_KINDS, "vcard"), help="what the file holds")
    p.add_argument("file", metavar="FILE", help="the .csv, .tsv or .vcf file to read")
    p.add_argument("--map", action="append", default=[], metavar='"Header=field"',
                   help="map a column to a field ('#3=phone', 'Fax=' skips one); repeat")  # fmt: skip
    p.add_argument("--mapping", metavar="NAME", help="use a mapping saved under NAME")
    p.add_argument("--save-mapping", metavar="NAME", help="save the mapping used under NAME")
    p.add_argument("--match", action="append", metavar="KEY",
                   help=f"find existing customers by {', '.join(MATCH_KEYS)} (repeat for an order; "
                   "'none' never matches); default: all three in that order")  # fmt: skip
    p.add_argument("--on-match", choices=ON_MATCH, default="update", help="what to do with a match")
    p.add_argument("--skip-invalid", action="store_true", help="import the good rows, reject the bad ones")
    p.add_argument("--rejects", metavar="OUT.csv", help="write the rejected rows (with line and reason) here")
    add_force_argument(p)
    p.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--encoding", metavar="ENC", help="text encoding (default: detected)")
    p.add_argument("--delimiter", metavar="D", help="field delimiter: , ; tab | (default: detected)")
    p.add_argument("--no-header", action="store_true", help="the first row is data, not headers")
    p.add_argument("--region", metavar="CC", help="default phone region, e.g. BD (default: the setting)")
    p.add_argument("--create-customers", action="store_true",
                   help="create the customers that rows name but the database lacks")  # fmt: skip
    p.add_argument("--currency", metavar="CODE",
                   help="currency of amounts in a file without a currency column, e.g. GBP "
                   "(default: the shop's)")  # fmt: skip
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("export", help="export to CSV (or customers to vCard)")
    add_db_argument(p)
    p.add_argument("kind", choices=(*EXPORT_KINDS, "vcard"), help="what to export")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--bom", action="store_true", help="start with a byte-order mark (Excel reads Bengali)")
    add_force_argument(p)
    p.set_defaults(handler=cmd_export)

    p = subparsers.add_parser("imports", help="list the imports (newest first)")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(handler=cmd_imports)

    p = subparsers.add_parser("undo-import", help="undo one import as a whole")
    add_db_argument(p)
    p.add_argument(
        "batch_id", type=int, metavar="BATCH_ID", help="the import's number, as `imports` lists it"
    )
    p.add_argument("--force", action="store_true", help="undo even if rows were changed since")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_undo)


def _delimiter(text: str | None) -> str | None:
    from crm_desktop.cli.main import CommandError

    if text is None:
        return None
    value = DELIMITERS.get(text.lower(), text)
    if len(value) != 1:
        raise CommandError(f"--delimiter {text!r} must be one character, or comma, semicolon, tab, pipe")
    return value


def _match(values: list[str] | None) -> tuple[str, ...]:
    if not values:
        return MATCH_KEYS
    keys = [k.strip() for v in values for k in v.split(",") if k.strip()]
    return () if keys == ["none"] else tuple(keys)


def _options(args: argparse.Namespace, headers: list[str]) -> Any:
    from crm_desktop.importing import ImportOptions, load_mapping
    from crm_desktop.io import build_mapping, parse_map_options
    from crm_desktop.money import DEFAULT_CURRENCY

    entity = "customers" if args.kind == "vcard" else args.kind
    mapping = None
    if args.mapping:
        mapping, _missing = load_mapping(args.mapping, entity).rebind(headers)
    if args.map:
        overrides = parse_map_options(args.map, headers, entity)
        base = mapping.columns if mapping else None
        mapping = build_mapping(headers, entity, {**(base or {}), **overrides})
    return ImportOptions(
        entity=entity,
        mapping=mapping,
        match=_match(args.match),  # type: ignore[arg-type]
        on_match=args.on_match,
        skip_invalid=args.skip_invalid,
        create_missing_customers=args.create_customers,
        region=args.region.upper() if args.region else None,
        encoding=args.encoding,
        delimiter=_delimiter(args.delimiter),
        has_header=False if args.no_header else None,
        file_name=os.fsencode(Path(args.file).name).decode("utf-8", errors="replace"),
        currency=_currency(args.currency) if args.currency else DEFAULT_CURRENCY,
    )


def _currency(code: str) -> str:
    from crm_desktop.cli.main import CommandError
    from crm_desktop.money import is_known_currency

    if not is_known_currency(code.strip().upper()):
        raise CommandError(f"--currency {code!r}: not a currency code such as BDT, USD or GBP")
    return code.strip().upper()


def cmd_import(args: argparse.Namespace) -> int:
    from crm_desktop.cli.main import EXIT_USAGE, CommandError, output_path
    from crm_desktop.importing import ImportFile, ImportOptions, ImportRefused, run_import, save_mapping
    from crm_desktop.io import MappingError

    if not Path(args.file).is_file():
        raise CommandError(f"there is no file {args.file!r}")
    if args.rejects:
        output_path(args, args.rejects)  # refused before anything is imported
    with open_for_command(args, create=True) as _store:
        file = ImportFile(args.file)
        try:
            probe = ImportOptions(
                encoding=args.encoding,
                delimiter=_delimiter(args.delimiter),
                has_header=False if args.no_header else None,
            )
            headers = file.preview(probe, limit=1).info.headers
            options = _options(args, headers)
            result = run_import(file, options, dry_run=args.dry_run)
            if args.save_mapping and options.mapping is not None:
                save_mapping(args.save_mapping, options.mapping)
        except (ImportRefused, MappingError) as exc:
            raise CommandError(str(exc)) from None
        if args.rejects and result.rejected:
            result.save_rejects(args.rejects)
    _print_result(result, args)
    every_row_rejected = result.rejected and not (result.created or result.updated or result.skipped)
    if (result.status == "refused" or every_row_rejected) and not args.dry_run:
        reason = result.message or f"every row ({result.rejected}) has problems; nothing was imported"
        print(f"crm-desktop: error: {reason}", file=sys.stderr)
        return EXIT_USAGE
    return 0


def _print_result(result: Any, args: argparse.Namespace) -> None:
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
        return
    label = {"dry_run": "would be (dry run)", "refused": "would be (nothing imported)"}.get(result.status, "")
    print(
        f"{result.entity} from {result.file_name}{' ' + label if label else ''}: {result.created} created, "
        f"{result.updated} updated, {result.skipped} skipped, {result.rejected} rejected"
        + (f" (import {result.batch_id})" if result.batch_id else "")
    )
    for problem in result.problems[:SHOWN_PROBLEMS]:
        print(f"  {problem}")
    if result.problem_count > SHOWN_PROBLEMS:
        print(f"  … and {result.problem_count - SHOWN_PROBLEMS} more problem(s)")
    for warning in result.notes[:SHOWN_PROBLEMS]:  # kept, but worth a look (odd values, shared phones)
        print(f"  warning: {warning}")
    if result.note_count > SHOWN_PROBLEMS:
        print(f"  … and {result.note_count - SHOWN_PROBLEMS} more warning(s)")
    for notice in result.notices:
        print(f"  note: {notice}")
    if args.rejects and result.rejected:
        print(f"  rejected rows written to {args.rejects}")


def cmd_export(args: argparse.Namespace) -> int:
    from crm_desktop.cli.main import output_path
    from crm_desktop.exporting import export_csv, export_vcards

    output_path(args, args.output)
    with open_for_command(args, reading=True) as _store:
        if args.kind == "vcard":
            count = export_vcards(args.output)
        else:
            count = export_csv(args.kind, args.output, bom=args.bom)
    print(
        f"{count} {'contacts' if args.kind == 'vcard' else args.kind} written to {args.output}",
        file=sys.stderr,
    )
    return 0


def cmd_imports(args: argparse.Namespace) -> int:
    from crm_desktop.importing import list_batches

    with open_for_command(args, reading=True) as _store:
        batches = list_batches()
    if args.json:
        print(json.dumps([b.to_json() for b in batches], ensure_ascii=False))
        return 0
    for b in batches:
        state = f"undone {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else ""
        print(
            f"{b.id:>5}  {b.created_at:%Y-%m-%d %H:%M}  {b.entity:<12} {b.file_name}  "
            f"{b.created} created, {b.updated} updated, {b.skipped} skipped, {b.rejected} rejected  "
            f"{state}".rstrip()
        )
    if not batches:
        print("No imports yet.", file=sys.stderr)
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from crm_desktop.cli.main import CommandError
    from crm_desktop.importing import ImportRefused, undo_import

    with open_for_command(args) as _store:
        try:
            result = undo_import(args.batch_id, force=args.force).value
        except ImportRefused as exc:
            raise CommandError(str(exc)) from None
    if args.json:
        print(json.dumps({"batch_id": result.batch_id, "deleted": result.deleted, "restored": result.restored,
                          "kept": result.kept}, ensure_ascii=False))  # fmt: skip
    else:
        deleted = sum(result.deleted.get(t, 0) for t in ("customer", "purchase", "deal", "interaction"))
        restored = sum(result.restored.values())
        print(f"Import {result.batch_id} undone: {deleted} row(s) deleted, {restored} restored.")
        for kept in result.kept:
            print(f"  kept: {kept}")
    return 0
