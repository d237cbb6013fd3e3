"""The outbox: every email is a row first, then a send. The state machine::

    queued ──claim──▶ sending ──accepted──▶ sent   (and an interaction on the timeline)
       ▲                 │
       └── retry later ◀─┤ (no connection, 4xx: wait per crm_desktop.email.backoff)
                         └──────────────────▶ failed (refused address, too many tries, unconfirmed)

A claim gives the row a fresh ``attempt_id``; every later update names it, so
a stale sender can never overwrite a newer attempt. The Message-ID is fixed
when the email is queued.

**At most once.** Just before the last byte of a message goes to the server
(the line that ends the DATA), ``handed_over_at`` is committed. After a crash:

* ``sending`` without ``handed_over_at``: the server cannot have accepted it
  (an SMTP server drops a message whose DATA never ended) — back to ``queued``.
* ``sending`` with ``handed_over_at``: it may have been accepted — ``failed``,
  with a reason saying so, and never resent by itself; the user can check
  the Sent folder and press Retry.

We chose at-most-once because a duplicate of a thank-you or a campaign email
in a customer's inbox costs the shop more than a rare message it must resend
by hand, and the window where the outcome is unknown is one network round
trip (the server's "250 accepted" for a message already handed over).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import make_msgid

from peewee import Case, fn

from crm_desktop.contact_points import ContactPointError, normalize_email
from crm_desktop.db.models import OutboxMessage, database_proxy, tuples
from crm_desktop.email.backoff import MAX_ATTEMPTS, delay_after
from crm_desktop.services import input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.timeutil import utcnow

STATUSES = ("queued", "sending", "sent", "failed")
UNCONFIRMED = (
    "The connection broke while the mail server was accepting this email: it was probably sent. "
    "Check your Sent folder before you press Retry."
)
MESSAGE_ID_DOMAIN = "crm-desktop.invalid"


@dataclass(frozen=True)
class OutboxRow:
    id: int
    customer_id: int | None
    to_address: str
    to_name: str
    subject: str
    body: str
    message_id: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str
    origin: str
    created_at: datetime
    sent_at: datetime | None


def _row(m: OutboxMessage) -> OutboxRow:
    return OutboxRow(
        m.id,
        m.customer_id,
        m.to_address,
        m.to_name,
        m.subject,
        m.body,
        m.message_id,
        m.status,
        m.attempts,
        m.next_attempt_at,
        m.last_error,
        m.origin,
        m.created_at,
        m.sent_at,
    )


def queue_email(
    to_address: str,
    subject: str,
    body: str,
    *,
    customer_id: int | None = None,
    to_name: str = "",
    origin: str = "manual",
    campaign_id: int | None = None,
    now: datetime | None = None,
) -> Outcome[int]:
    """Put an email in the outbox; the sender sends it when it can."""
    errors = []
    try:
        address = normalize_email(to_address)
    except ContactPointError as exc:
        errors.append(FieldError("to_address", str(exc)))
    if not subject.strip():
        errors.append(FieldError("subject", input_rules.EMAIL_NEEDS_SUBJECT))
    if not body.strip():
        errors.append(FieldError("body", input_rules.EMAIL_EMPTY))
    if errors:
        raise ValidationError(errors)
    now = now or utcnow()
    message = OutboxMessage.create(
        customer=customer_id,
        to_address=address,
        to_name=to_name.strip(),
        subject=subject.strip(),
        body=body,
        message_id=make_msgid(idstring=uuid.uuid4().hex[:12], domain=MESSAGE_ID_DOMAIN),
        status="queued",
        next_attempt_at=now,
        origin=origin,
        campaign=campaign_id,
        created_at=now,
    )
    return Outcome(message.id, Changes.of("email", customers=[customer_id] if customer_id else []))


def get(message_id: int) -> OutboxRow:
    row = OutboxMessage.get_or_none(OutboxMessage.id == message_id)
    if row is None:
        raise NotFoundError(f"email {message_id} is not in the outbox")
    return _row(row)


def messages(status: str | None = None, *, limit: int = 500) -> list[OutboxRow]:
    """Failed first (they need the user), then the ones being sent, waiting, sent; newest first."""
    first = Case(OutboxMessage.status, [("failed", 0), ("sending", 1), ("queued", 2)], 3)
    query = OutboxMessage.select().order_by(first, OutboxMessage.id.desc()).limit(limit)
    if status is not None:
        query = query.where(OutboxMessage.status == status)
    return [_row(m) for m in query]


def counts() -> dict[str, int]:
    found: dict[str, int] = dict(
        tuples(
            OutboxMessage.select(OutboxMessage.status, fn.COUNT(OutboxMessage.id)).group_by(
                OutboxMessage.status
            )
        )
    )
    return {status: int(found.get(status, 0)) for status in STATUSES}


def due(now: datetime, limit: int = 200) -> list[int]:
    """Queued messages whose time has come, oldest first."""
    query = (
        OutboxMessage.select(OutboxMessage.id)
        .where((OutboxMessage.status == "queued") & (OutboxMessage.next_attempt_at <= now))
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        .limit(limit)
    )
    return [m.id for m in query]


def next_wakeup() -> datetime | None:
    """When the earliest queued message is due (None: nothing queued)."""
    value = (
        OutboxMessage.select(fn.MIN(OutboxMessage.next_attempt_at))
        .where(OutboxMessage.status == "queued")
        .scalar()
    )
    return value if isinstance(value, datetime) or value is None else datetime.fromisoformat(str(value))


def claim(message_id: int, now: datetime) -> str | None:
    """queued → sending; returns the attempt id, or None if someone else has it."""
    attempt = uuid.uuid4().hex
    claimed = (
        OutboxMessage.update(
            status="sending",
            attempt_id=attempt,
            attempts=OutboxMessage.attempts + 1,
            claimed_at=now,
            handed_over_at=None,
        )
        .where((OutboxMessage.id == message_id) & (OutboxMessage.status == "queued"))
        .execute()
    )
    return attempt if claimed else None


def _mine(message_id: int, attempt: str) -> object:
    return (
        (OutboxMessage.id == message_id)
        & (OutboxMessage.attempt_id == attempt)
        & (OutboxMessage.status == "sending")
    )


def mark_handed_over(message_id: int, attempt: str, now: datetime) -> None:
    """Committed just before the byte that lets the server accept the message."""
    OutboxMessage.update(handed_over_at=now).where(_mine(message_id, attempt)).execute()


def mark_sent(message_id: int, attempt: str, now: datetime) -> bool:
    """sending → sent, and the email on the customer's timeline, in one transaction."""
    from crm_desktop.services.interactions import log_interaction

    with database_proxy.atomic():
        done = (
            OutboxMessage.update(status="sent", sent_at=now, last_error="")
            .where(_mine(message_id, attempt))
            .execute()
        )
        message = OutboxMessage.get_by_id(message_id)
        if done and message.customer_id is not None:
            try:
                with database_proxy.atomic():
                    log_interaction(
                        message.customer_id,
                        "email",
                        subject=message.subject[:255],
                        body=message.body,
                        occurred_at=now,
                    )
            except (NotFoundError, ValidationError):
                pass  # the customer went to the trash meanwhile: the email is sent all the same
    return bool(done)


def mark_retry(message_id: int, attempt: str, reason: str, now: datetime) -> datetime | None:
    """sending → queued for a later try (or failed after too many); returns when."""
    message = OutboxMessage.get_or_none(OutboxMessage.id == message_id)
    if message is None:
        return None
    if message.attempts >= MAX_ATTEMPTS:
        mark_failed(message_id, attempt, f"gave up after {message.attempts} tries: {reason}", now)
        return None
    when = now + delay_after(message.attempts)
    OutboxMessage.update(status="queued", next_attempt_at=when, last_error=reason).where(
        _mine(message_id, attempt)
    ).execute()
    return when


def mark_failed(message_id: int, attempt: str, reason: str, now: datetime) -> None:
    OutboxMessage.update(status="failed", last_error=reason).where(_mine(message_id, attempt)).execute()


def postpone(message_ids: Sequence[int], until: datetime, reason: str) -> int:
    """Queued messages that were not tried because the server could not be reached."""
    if not message_ids:
        return 0
    return int(
        OutboxMessage.update(next_attempt_at=until, last_error=reason)
        .where(
            OutboxMessage.id.in_(list(message_ids))
            & (OutboxMessage.status == "queued")
            & (OutboxMessage.next_attempt_at < until)
        )
        .execute()
    )


@dataclass(frozen=True)
class Recovery:
    requeued: int
    unconfirmed: int


def recover_interrupted() -> Recovery:
    """After a crash (call only while holding the sender lock): see the module docstring."""
    with database_proxy.atomic():
        unconfirmed = (
            OutboxMessage.update(status="failed", last_error=UNCONFIRMED)
            .where((OutboxMessage.status == "sending") & OutboxMessage.handed_over_at.is_null(False))
            .execute()
        )
        requeued = (
            OutboxMessage.update(status="queued")
            .where((OutboxMessage.status == "sending") & OutboxMessage.handed_over_at.is_null())
            .execute()
        )
    return Recovery(requeued, unconfirmed)


def retry(message_ids: Sequence[int], now: datetime | None = None) -> Outcome[int]:
    """The user's Retry: failed messages go back to the queue, due now, with fresh tries."""
    count = (
        OutboxMessage.update(
            status="queued", attempts=0, next_attempt_at=now or utcnow(), last_error="", handed_over_at=None
        )
        .where(OutboxMessage.id.in_(list(message_ids)) & (OutboxMessage.status == "failed"))
        .execute()
    )
    return Outcome(count, Changes.of("email"))


def discard(message_ids: Sequence[int]) -> Outcome[int]:
    """Remove queued or failed messages (never one being sent, nor the record of a sent one)."""
    count = (
        OutboxMessage.delete()
        .where(OutboxMessage.id.in_(list(message_ids)) & OutboxMessage.status.in_(("queued", "failed")))
        .execute()
    )
    return Outcome(count, Changes.of("email"))
