"""Purchases: the customer's transaction history, and the caches it feeds."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from peewee import SQL

from crm_desktop.automation import events
from crm_desktop.db.models import DEFAULT_CURRENCY, Customer, Purchase, database_proxy
from crm_desktop.services import input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.services.trash import set_trashed
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP

NOT_WHOLE = QT_TRANSLATE_NOOP("InputRules", "the amount must be a whole number of minor units")
AMOUNT_ZERO = QT_TRANSLATE_NOOP("InputRules", "the amount is zero")


def record_purchase(
    customer_id: int,
    amount_minor: int,
    *,
    currency: str = DEFAULT_CURRENCY,
    occurred_at: datetime | None = None,
    description: str = "",
    reference: str = "",
) -> Outcome[int]:
    """Record a sale (or, with a negative amount, a refund)."""
    errors = input_rules.check_texts(description=description) + input_rules.check_lines(reference=reference)
    if not isinstance(amount_minor, int) or isinstance(amount_minor, bool):
        errors.append(FieldError("amount", NOT_WHOLE))
    elif amount_minor == 0:
        errors.append(FieldError("amount", AMOUNT_ZERO))
    elif too_much := input_rules.amount_problem(amount_minor, negative=True):
        errors.append(FieldError("amount", too_much))
    if bad_currency := input_rules.currency_problem(currency):
        errors.append(FieldError("currency", bad_currency))
    if errors:
        raise ValidationError(errors)
    with database_proxy.atomic():
        if not Customer.select().where((Customer.id == customer_id) & Customer.deleted_at.is_null()).exists():
            raise NotFoundError(input_rules.CUSTOMER_GONE.format(id=customer_id))
        purchase = Purchase.create(
            customer=customer_id,
            amount_minor=amount_minor,
            currency=currency.upper(),
            occurred_at=occurred_at or utcnow(),
            description=description.strip(),
            reference=reference.strip(),
        )
        refresh_purchase_caches([customer_id])
    events.emit("purchase", purchase.id)
    return Outcome(purchase.id, Changes.of("purchase", "customer", customers=[customer_id]))


def refresh_purchase_caches(customer_ids: Iterable[int] | None = None) -> None:
    """Recompute last purchase and lifetime value (in the default currency).

    Lifetime value counts purchases in the default currency only: sums of
    different currencies are never mixed. ``None`` refreshes every customer.
    """
    # "+p.currency" keeps SQLite on the (customer, time) index: the reports'
    # (currency, time) covering index would otherwise be read whole per customer.
    total = SQL(
        "(SELECT coalesce(sum(p.amount_minor), 0) FROM purchase p WHERE p.customer_id = customer.id "
        "AND p.deleted_at IS NULL AND +p.currency = ?)",
        [DEFAULT_CURRENCY],
    )
    last = SQL(
        "(SELECT max(p.occurred_at) FROM purchase p WHERE p.customer_id = customer.id "
        "AND p.deleted_at IS NULL)"
    )
    query = Customer.update(lifetime_value_minor=total, last_purchase_at=last)
    if customer_ids is None:
        query.execute()
        return
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        query.where(Customer.id.in_(ids[start : start + 500])).execute()


def trash_purchases(ids: Sequence[int]) -> Outcome[list[int]]:
    """A purchase entered by mistake: out of the totals, into the trash (Undo brings it back)."""
    return set_trashed(
        Purchase, ids, True, "purchase", after=lambda _ids, cids: refresh_purchase_caches(cids)
    )


def restore_purchases(ids: Sequence[int]) -> Outcome[list[int]]:
    return set_trashed(
        Purchase, ids, False, "purchase", after=lambda _ids, cids: refresh_purchase_caches(cids)
    )
