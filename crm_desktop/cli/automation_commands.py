"""Commands for a scheduler: ``rules run`` (the periodic check once) and ``outbox send``."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from crm_desktop.cli.store_commands import open_for_command


def register(subparsers: Any) -> None:
    from crm_desktop.cli.main import add_db_argument

    rules = subparsers.add_parser("rules", help="automation rules")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    p = rules_sub.add_parser("run", help="run the due time-based rules once and print what they did")
    add_db_argument(p)
    p.add_argument("--now", metavar="YYYY-MM-DDTHH:MM", help="pretend it is this UTC time (for testing)")
    p.set_defaults(handler=cmd_rules_run)

    mail = subparsers.add_parser("outbox", help="the email outbox")
    mail_sub = mail.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    p = mail_sub.add_parser("send", help="send the queued emails; exit 1 if some failed")
    add_db_argument(p)
    p.set_defaults(handler=cmd_outbox_send)


def _clock(args: argparse.Namespace) -> Any:
    from crm_desktop.automation.clock import ManualClock, SystemClock
    from crm_desktop.cli.main import CommandError
    from crm_desktop.reports.period import local_utc_offset_minutes

    if not args.now:
        return SystemClock()
    try:
        return ManualClock(datetime.fromisoformat(args.now).replace(tzinfo=None), local_utc_offset_minutes())
    except ValueError as exc:
        raise CommandError(f"--now: '{args.now}' is not a date and time like 2026-03-09T10:00") from exc


def cmd_rules_run(args: argparse.Namespace) -> int:
    from crm_desktop.automation.engine import run_due
    from crm_desktop.automation.presets import ensure_presets

    clock = _clock(args)
    with open_for_command(args):
        ensure_presets()
        report = run_due(clock).value
    for r in report.results:
        where = f"customer {r.customer_id}" if r.customer_id else "-"
        detail = r.detail.replace("\n", "; ")
        print(f"{r.status:<8} {r.rule_name} · {where} · {r.event_key}: {detail}")
    print(
        f"{report.count('done')} done, {report.count('skipped')} skipped (conditions not met), "
        f"{report.count('failed')} failed"
    )
    return 0


def cmd_outbox_send(args: argparse.Namespace) -> int:
    from crm_desktop.email import outbox
    from crm_desktop.email.sender import flush

    with open_for_command(args):
        report = flush()
        waiting = outbox.counts()["queued"]
    if report.busy:
        print("Another sender (the window?) is sending this outbox right now; nothing done.")
        return 0
    if report.not_configured:
        print(
            "Email sending is not set up (File › Email sending… in the window); "
            f"{waiting} email(s) wait in the outbox."
        )
        return 0 if not waiting else 1
    if report.recovered and report.recovered.unconfirmed:
        print(
            f"{report.recovered.unconfirmed} email(s) were cut off by a crash as the server took them: "
            "probably sent, so not sent again (see the outbox)."
        )
    for message_id, to, reason in report.failed:
        print(f"failed   #{message_id} to {to}: {reason}")
    for message_id, to, reason, when in report.retrying:
        print(f"waiting  #{message_id} to {to}: {reason} (next try {when:%Y-%m-%d %H:%M} UTC)")
    print(f"{report.sent} sent, {len(report.failed)} failed, {waiting} waiting in the outbox")
    return 0 if report.ok else 1
