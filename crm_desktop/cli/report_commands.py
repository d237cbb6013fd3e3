"""``crm-desktop report KIND``: the dashboard's numbers as text, JSON, CSV or a chart; ``report pdf``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from crm_desktop.reports.kinds import KINDS, RFM_CUSTOMER_HEADERS

CHART_FOR_KIND = {
    "revenue-by-month": "revenue-by-month",
    "pipeline": "pipeline",
    "win-rate": "win-rate",
    "new-customers": "sources",
    "sources": "sources",
    "channels": "channels",
    "rfm": "rfm",
    "goals": "goals",
}


def register(subparsers: Any) -> None:
    from crm_desktop.cli.main import add_db_argument, add_force_argument

    p = subparsers.add_parser(
        "report",
        help="print a report (revenue, pipeline, RFM …) or write the PDF report",
        description="Reports over a date range (default: the last 12 months to today). "
        "'report pdf -o FILE' writes the whole dashboard as a PDF.",
    )
    add_db_argument(p)
    p.add_argument("kind", choices=[*KINDS, "pdf"], metavar="KIND", help=f"one of: {', '.join(KINDS)}, pdf")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day (default: 12 months ago)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (default: today)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--csv", metavar="FILE", help="write the report's rows as CSV")
    out.add_argument("--png", metavar="FILE", help="draw the report's chart to a PNG file")
    out.add_argument("--svg", metavar="FILE", help="draw the report's chart to an SVG file")
    out.add_argument("-o", "--output", metavar="FILE", help="the PDF file (report pdf)")
    p.add_argument(
        "--customers", action="store_true", help="rfm: list each customer's R, F, M scores and segment"
    )
    p.add_argument("--lang", choices=("en", "bn"), default="en", help="language of charts and the PDF")
    add_force_argument(p)
    p.set_defaults(handler=cmd_report)


def _day(text: str | None, option: str) -> date | None:
    from crm_desktop.cli.main import CommandError

    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(f"{option} '{text}' is not a date written as YYYY-MM-DD") from None


def period_from_args(args: argparse.Namespace, today: date) -> Any:
    from crm_desktop.cli.main import CommandError
    from crm_desktop.reports.period import Period, local_utc_offset_minutes

    offset = local_utc_offset_minutes()
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    end = end or today
    if start is None:
        start = Period.preset("last_12_months", end).start
    if start > end:
        raise CommandError(f"--from {start} is after --to {end}")
    return Period(start, end, offset)


def cmd_report(args: argparse.Namespace) -> int:
    from crm_desktop.cli.main import CommandError, output_path
    from crm_desktop.cli.store_commands import open_for_command
    from crm_desktop.reports.dashboard import build_bundle

    today = date.today()
    period = period_from_args(args, today)
    if args.kind == "pdf" and not args.output:
        raise CommandError("report pdf needs the file to write: -o FILE")
    if args.kind != "pdf" and args.output:
        raise CommandError("-o is for 'report pdf'; use --csv, --png or --svg for one report")
    picture = args.png or args.svg
    if picture and args.kind not in CHART_FOR_KIND:
        raise CommandError(f"'{args.kind}' has no chart; use --json or --csv")
    for target in (args.output, picture, args.csv):
        if target:
            output_path(args, target)
    with open_for_command(args, reading=True) as _store:
        bundle = build_bundle(period, today)
        scores = _rfm_scores(period) if args.kind == "rfm" and args.customers else None
    try:
        if args.kind == "pdf":
            return _write_pdf(bundle, args)
        if picture:
            return _write_chart(bundle, args, Path(picture))
        if args.csv:
            return _write_csv(bundle, args.kind, Path(args.csv), scores)
    except (OSError, ValueError) as exc:
        raise CommandError(f"cannot write the file: {exc}") from exc
    if args.json:
        print(json.dumps(_json(bundle, args.kind, scores), ensure_ascii=False, indent=1))
        return 0
    _print_table(bundle, args.kind, scores)
    return 0


def _rfm_scores(period: Any) -> list[dict[str, Any]]:
    from crm_desktop.db.models import DEFAULT_CURRENCY
    from crm_desktop.reports.records import rfm_customer_records
    from crm_desktop.reports.rfm import rfm_scores

    return rfm_customer_records(rfm_scores(period), DEFAULT_CURRENCY)


def _json(bundle: Any, kind: str, scores: list[dict[str, Any]] | None) -> Any:
    from crm_desktop.reports import records as rec

    records = KINDS[kind].records(bundle)
    if kind == "rfm":
        out: dict[str, Any] = {
            "from": bundle.period.start.isoformat(),
            "to": bundle.period.end.isoformat(),
            "currency": bundle.rfm.currency,
            "customers_scored": bundle.rfm.customers,
            "segments": records,
        }
        if scores is not None:
            out["customers"] = scores
        return out
    if kind == "tickets":
        return rec.ticket_summary_record(bundle.tickets)
    return records


def _rows(bundle: Any, kind: str, scores: list[dict[str, Any]] | None) -> tuple[list[str], list[list[Any]]]:
    from crm_desktop.reports.kinds import report_table
    from crm_desktop.reports.records import table

    if scores is not None:
        return table(scores, RFM_CUSTOMER_HEADERS)
    return report_table(kind, bundle)


def _write_csv(bundle: Any, kind: str, path: Path, scores: list[dict[str, Any]] | None) -> int:
    from crm_desktop.io.csv_writer import write_csv

    headers, rows = _rows(bundle, kind, scores)
    count = write_csv(path, headers, rows)
    print(f"Wrote {count} rows to {path}", file=sys.stderr)
    return 0


def _format(fmt_lang: str) -> Any:
    from crm_desktop.charts.fmt import ChartFormat
    from crm_desktop.locale.catalog import catalog_translate

    # the window's words from the same catalogue: titles and labels in Bengali, not only the digits
    return ChartFormat(fmt_lang, catalog_translate(fmt_lang))


def _write_chart(bundle: Any, args: argparse.Namespace, path: Path) -> int:
    from crm_desktop.charts.export import save_chart

    save_chart(CHART_FOR_KIND[args.kind], bundle, _format(args.lang), path)
    print(f"Wrote {path}", file=sys.stderr)
    return 0


def _write_pdf(bundle: Any, args: argparse.Namespace) -> int:
    from crm_desktop.charts.export import write_pdf

    path = Path(args.output)
    pages = write_pdf(bundle, _format(args.lang), path)
    print(f"Wrote {pages} pages to {path}", file=sys.stderr)
    return 0


def _print_table(bundle: Any, kind: str, scores: list[dict[str, Any]] | None) -> None:
    headers, rows = _rows(bundle, kind, scores)
    cells = [headers] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    if not rows:
        print("(nothing in this period)", file=sys.stderr)
