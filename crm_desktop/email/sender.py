"""Sending the outbox: due messages, one connection, each message's state saved as it goes.

:func:`flush` is what the window's background worker and ``crm-desktop outbox
send`` both call. It holds the sender lock (one sender per database file),
first settles messages a crashed sender left "sending" (see :mod:`.outbox`),
then sends what is due. When the server cannot be reached, the message tried
waits per the backoff and the others due wait with it.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from crm_desktop.automation.clock import Clock, SystemClock
from crm_desktop.db.models import OutboxMessage, database_proxy
from crm_desktop.email import outbox, smtp
from crm_desktop.email.account import SmtpAccount, load_account, password_for
from crm_desktop.email.lock import SenderLock

log = logging.getLogger(__name__)


@dataclass
class FlushReport:
    sent: int = 0
    failed: list[tuple[int, str, str]] = field(default_factory=list)  # id, to, reason
    retrying: list[tuple[int, str, str, datetime]] = field(default_factory=list)  # id, to, reason, when
    postponed: int = 0  # due, not tried: the server could not be reached
    customer_ids: set[int] = field(default_factory=set)  # whose timeline got a sent email
    busy: bool = False  # another sender holds the lock
    not_configured: bool = False  # nothing is sent without an SMTP account
    recovered: outbox.Recovery | None = None

    @property
    def ok(self) -> bool:
        return not self.failed and not self.retrying and not (self.recovered and self.recovered.unconfirmed)


def lock_path() -> Path:
    return Path(str(database_proxy.obj.database) + ".outbox.lock")


def flush(
    clock: Clock | None = None,
    *,
    account: SmtpAccount | None = None,
    password: str | None = None,
    limit: int = 200,
    handed_over_hook: Callable[[int], None] | None = None,
) -> FlushReport:
    """Send every due message once. ``handed_over_hook`` is for the crash tests."""
    clock = clock or SystemClock()
    report = FlushReport()
    lock = SenderLock(lock_path())
    if not lock.acquire():
        report.busy = True
        return report
    try:
        report.recovered = outbox.recover_interrupted()
        if account is None:
            account = load_account()
            password = password_for(account) if account is not None else None
        if account is None or not account.configured:
            report.not_configured = True
            return report
        _send_due(account, password, clock, limit, report, handed_over_hook)
    finally:
        lock.release()
    return report


def _send_due(
    account: SmtpAccount,
    password: str | None,
    clock: Clock,
    limit: int,
    report: FlushReport,
    hook: Callable[[int], None] | None,
) -> None:
    ids = outbox.due(clock.now(), limit)
    conn: smtplib.SMTP | None = None
    try:
        for position, message_id in enumerate(ids):
            attempt = outbox.claim(message_id, clock.now())
            if attempt is None:
                continue  # another sender took it
            row = OutboxMessage.get_by_id(message_id)
            try:
                if conn is None:
                    conn = smtp.connect(account, password)
                message = smtp.build_message(
                    account, row.to_address, row.to_name, row.subject, row.body, row.message_id
                )

                def handed_over(mid: int = message_id, att: str = attempt) -> None:
                    outbox.mark_handed_over(mid, att, clock.now())
                    if hook is not None:
                        hook(mid)

                smtp.send_message(conn, message, account.from_address, row.to_address, handed_over)
            except Exception as error:  # never leave a message "sending" because of a bug of ours
                exc = (
                    error
                    if isinstance(error, smtp.SendError)
                    else smtp.SendError(f"unexpected error: {error!r}")
                )
                log.info("email %s not sent: %s", message_id, exc)
                if not _settle_failure(message_id, attempt, row.to_address, exc, clock, report):
                    conn = _reset(conn)
                    continue
                if exc.connection:  # nobody to talk to: everything due waits as long as this one
                    report.postponed += outbox.postpone(ids[position + 1 :], report.retrying[-1][3], str(exc))
                    return
                smtp.close_quietly(conn)  # mid-message trouble: start the next one on a fresh line
                conn = None
                continue
            outbox.mark_sent(message_id, attempt, clock.now())
            report.sent += 1
            if row.customer_id is not None:
                report.customer_ids.add(row.customer_id)
    finally:
        smtp.close_quietly(conn)


def _reset(conn: smtplib.SMTP | None) -> smtplib.SMTP | None:
    """The connection ready for the next message after a refused one, or None if it broke."""
    if conn is None:
        return None
    try:
        conn.rset()
        return conn
    except (OSError, smtplib.SMTPException):
        conn.close()
        return None


def _settle_failure(
    message_id: int, attempt: str, to: str, exc: smtp.SendError, clock: Clock, report: FlushReport
) -> bool:
    """Record why a message was not sent; True when it will be tried again later."""
    reason = str(exc)
    if OutboxMessage.get_by_id(message_id).handed_over_at is not None:
        reason = outbox.UNCONFIRMED
    elif not exc.permanent:
        when = outbox.mark_retry(message_id, attempt, reason, clock.now())
        if when is not None:
            report.retrying.append((message_id, to, reason, when))
            return True
        report.failed.append((message_id, to, f"gave up: {reason}"))
        return False
    outbox.mark_failed(message_id, attempt, reason, clock.now())
    report.failed.append((message_id, to, reason))
    return False
