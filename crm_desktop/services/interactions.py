"""Logging contact with a customer: calls, messages, visits, notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from crm_desktop.db.models import Customer, Interaction, database_proxy
from crm_desktop.domain import CHANNELS, DIRECTIONS
from crm_desktop.services import input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.customers import refresh_last_contact, touch_last_contact
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.services.trash import set_trashed
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP

NOT_A_CHANNEL = QT_TRANSLATE_NOOP("InputRules", "'{value}' is not a channel ({choices})")
IN_OR_OUT = QT_TRANSLATE_NOOP("InputRules", "'{value}' must be 'in' or 'out'")


def log_interaction(
    customer_id: int,
    channel: str,
    *,
    direction: str = "out",
    body: str = "",
    subject: str = "",
    occurred_at: datetime | None = None,
    user_id: int | None = None,
) -> Outcome[int]:
    """Add an entry to a customer's timeline. ``occurred_at`` is naive UTC, default now."""
    errors = input_rules.check_lines(subject=subject) + input_rules.check_texts(body=body)
    if channel not in CHANNELS:
        errors.append(FieldError("channel", NOT_A_CHANNEL.format(value=channel, choices=", ".join(CHANNELS))))
    if direction not in DIRECTIONS:
        errors.append(FieldError("direction", IN_OR_OUT.format(value=direction)))
    if not body.strip() and not subject.strip() and channel == "note":
        errors.append(FieldError("body", input_rules.NEEDS_TEXT))
    if errors:
        raise ValidationError(errors)
    when = occurred_at or utcnow()
    with database_proxy.atomic():
        if not Customer.select().where((Customer.id == customer_id) & Customer.deleted_at.is_null()).exists():
            raise NotFoundError(input_rules.CUSTOMER_GONE.format(id=customer_id))
        interaction = Interaction.create(
            customer=customer_id,
            channel=channel,
            direction=direction,
            body=body.strip(),
            subject=subject.strip(),
            occurred_at=when,
            user=user_id,
        )
        touch_last_contact(customer_id, when)
    return Outcome(interaction.id, Changes.of("interaction", "customer", customers=[customer_id]))


def trash_interactions(ids: Sequence[int]) -> Outcome[list[int]]:
    return set_trashed(Interaction, ids, True, "interaction", after=_refresh_last_contact)


def restore_interactions(ids: Sequence[int]) -> Outcome[list[int]]:
    return set_trashed(Interaction, ids, False, "interaction", after=_refresh_last_contact)


def _refresh_last_contact(_ids: list[int], customer_ids: list[int]) -> None:
    refresh_last_contact(customer_ids)
