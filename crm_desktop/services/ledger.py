"""The dues ledger (বাকি খাতা): sales on credit, payments, adjustments, write-offs.

Append-only. Nothing here edits or deletes an entry: a mistake is undone by
:func:`reverse_entry`, which adds an entry cancelling it. What a customer owes
is worked out from the entries (:mod:`crm_desktop.services.dues`).

A sale on credit is also a purchase, recorded with
:func:`~crm_desktop.services.purchases.record_purchase` in the same
transaction, so revenue, RFM and lifetime value count it once; a payment is
money collected, not revenue, and makes no purchase.

Transaction ids of mobile money are checked for shape (typed in lower case,
they are kept in upper case, the way the operators print them):

* bKash TrxID: 10 letters or digits, e.g. ``9HG7AB3CDE``;
* Nagad TxnID: 8 letters or digits, e.g. ``71A2B3C4``;
* Rocket and the others: any one-line text.

These shapes are what the operators' confirmation SMS show; neither publishes
a specification, so they are the shapes seen, not a promise. An id already
recorded for a payment by the same method (and not reversed) is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from crm_desktop.db.models import (
    DEFAULT_CURRENCY,
    CreditTerms,
    Customer,
    LedgerEntry,
    LedgerSettlement,
    Purchase,
    database_proxy,
)
from crm_desktop.money import Money
from crm_desktop.services import audit, dues, input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.services.purchases import record_purchase, refresh_purchase_caches
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP, Message

KINDS = ("opening", "sale", "payment", "adjustment", "write_off", "reversal")
METHODS = ("cash", "bkash", "nagad", "rocket", "card", "bank", "other")
MOBILE_MONEY = ("bkash", "nagad", "rocket")  # their transaction ids are unique
REFERENCE_SHAPES = {"bkash": re.compile(r"[A-Z0-9]{10}"), "nagad": re.compile(r"[A-Z0-9]{8}")}

AMOUNT_NOT_POSITIVE = QT_TRANSLATE_NOOP("Ledger", "the amount must be more than zero")
NOT_A_METHOD = QT_TRANSLATE_NOOP("Ledger", "'{value}' is not a payment method ({choices})")
BKASH_SHAPE = QT_TRANSLATE_NOOP(
    "Ledger", "'{value}' is not a bKash transaction id (10 letters or digits, e.g. 9HG7AB3CDE)"
)
NAGAD_SHAPE = QT_TRANSLATE_NOOP(
    "Ledger", "'{value}' is not a Nagad transaction id (8 letters or digits, e.g. 71A2B3C4)"
)
REFERENCE_USED = QT_TRANSLATE_NOOP(
    "Ledger", "the transaction id {value} was already recorded (entry {entry}, customer {customer})"
)
ABOVE_BALANCE = QT_TRANSLATE_NOOP(
    "Ledger",
    "the payment {amount} is more than the {balance} owed; allow credit to keep the rest as an advance",
)
ADJUSTMENT_ZERO = QT_TRANSLATE_NOOP("Ledger", "an adjustment of zero changes nothing")
NEEDS_REASON = QT_TRANSLATE_NOOP("Ledger", "an adjustment needs a reason")
OTHER_CURRENCY = QT_TRANSLATE_NOOP(
    "Ledger", "this customer's ledger is in {currency}; an entry in {other} cannot be added to it"
)
NOTHING_OWED = QT_TRANSLATE_NOOP("Ledger", "nothing is owed, so there is nothing to write off")
NO_ENTRY = QT_TRANSLATE_NOOP("Ledger", "ledger entry {id} does not exist")
ALREADY_REVERSED = QT_TRANSLATE_NOOP("Ledger", "ledger entry {id} was already reversed")
REVERSAL_OF_REVERSAL = QT_TRANSLATE_NOOP(
    "Ledger", "ledger entry {id} is itself a reversal; record the entry again instead"
)
NOT_A_DEBT = QT_TRANSLATE_NOOP("Ledger", "entry {id} is not a sale or debt of this customer")
OVER_LIMIT = QT_TRANSLATE_NOOP("Ledger", "the balance {balance} is now above the credit limit of {limit}")
BAD_DUE_DAYS = QT_TRANSLATE_NOOP("Ledger", "the due days must be 0 to {limit}")


@dataclass(frozen=True)
class Recorded:
    """What a ledger write gives back: the new entry, and a warning the user should see."""

    entry_id: int
    balance: Money
    warning: Message | None = None  # e.g. the sale took the balance above the credit limit
    purchase_id: int | None = None


def _amount_errors(amount_minor: object, currency: str) -> list[FieldError]:
    errors = []
    if problem := input_rules.amount_problem(amount_minor, negative=True):
        errors.append(FieldError("amount", problem))
    elif not isinstance(amount_minor, int) or amount_minor <= 0:
        errors.append(FieldError("amount", AMOUNT_NOT_POSITIVE))
    if bad_currency := input_rules.currency_problem(currency):
        errors.append(FieldError("currency", bad_currency))
    return errors


def _check_customer(customer_id: int, currency: str) -> None:
    if not Customer.select().where((Customer.id == customer_id) & Customer.deleted_at.is_null()).exists():
        raise NotFoundError(input_rules.CUSTOMER_GONE.format(id=customer_id))
    existing = dues.ledger_currency(customer_id)
    if existing is not None and existing != currency:
        raise ValidationError.single("currency", OTHER_CURRENCY.format(currency=existing, other=currency))


def _audit(entry: LedgerEntry) -> None:
    values = {
        "kind": entry.kind,
        "amount": str(Money(entry.amount_minor, entry.currency)),
        "date": dues.local_date(entry.occurred_at).isoformat(),
        "method": entry.method,
        "reference": entry.reference,
        "note": entry.note,
        "reverses": str(entry.reverses_id) if entry.reverses_id else "",
    }
    audit.ledger_entry(entry.id, entry.customer_id, values, user_id=entry.user_id)


def _add(
    customer_id: int,
    kind: str,
    amount_minor: int,
    currency: str,
    occurred_at: datetime | None,
    *,
    note: str = "",
    method: str = "",
    reference: str = "",
    purchase_id: int | None = None,
    reverses_id: int | None = None,
    user_id: int | None = None,
) -> LedgerEntry:
    entry = LedgerEntry.create(
        customer=customer_id,
        kind=kind,
        occurred_at=occurred_at or utcnow(),
        amount_minor=amount_minor,
        currency=currency,
        method=method,
        reference=reference,
        note=note.strip(),
        purchase=purchase_id,
        reverses=reverses_id,
        user=user_id,
    )
    _audit(entry)
    return entry


def _changes(customer_id: int, *more: str) -> Changes:
    return Changes.of("ledger", "customer", *more, customers=[customer_id])


def _balance(customer_id: int, currency: str) -> Money:
    return Money(dues.balance_minor(customer_id), currency)


def record_opening_balance(
    customer_id: int,
    amount_minor: int,
    *,
    currency: str = DEFAULT_CURRENCY,
    occurred_at: datetime | None = None,
    note: str = "",
    user_id: int | None = None,
) -> Outcome[Recorded]:
    """What the customer owed before the ledger started (from the paper খাতা). Not revenue."""
    input_rules.raise_if(_amount_errors(amount_minor, currency) + input_rules.check_texts(note=note))
    currency = currency.upper()
    with database_proxy.atomic():
        _check_customer(customer_id, currency)
        entry = _add(customer_id, "opening", amount_minor, currency, occurred_at, note=note, user_id=user_id)
        balance = _balance(customer_id, currency)
    return Outcome(Recorded(entry.id, balance), _changes(customer_id))


def record_sale(
    customer_id: int,
    amount_minor: int,
    *,
    currency: str = DEFAULT_CURRENCY,
    occurred_at: datetime | None = None,
    note: str = "",
    reference: str = "",
    user_id: int | None = None,
) -> Outcome[Recorded]:
    """A sale on credit: a purchase and a debt, in one transaction. Passing the credit limit
    is allowed (the shop decides) but comes back as a warning."""
    errors = _amount_errors(amount_minor, currency)
    errors += input_rules.check_texts(note=note) + input_rules.check_lines(reference=reference)
    input_rules.raise_if(errors)
    currency = currency.upper()
    when = occurred_at or utcnow()
    with database_proxy.atomic():
        _check_customer(customer_id, currency)
        purchase = record_purchase(
            customer_id,
            amount_minor,
            currency=currency,
            occurred_at=when,
            description=note,
            reference=reference,
        ).value
        entry = _add(
            customer_id,
            "sale",
            amount_minor,
            currency,
            when,
            note=note,
            reference=reference.strip(),
            purchase_id=purchase,
            user_id=user_id,
        )
        balance = _balance(customer_id, currency)
        _days, limit = dues.terms_of(customer_id, currency)
    warning = None
    if limit is not None and balance > limit:
        warning = OVER_LIMIT.format(balance=str(balance), limit=str(limit))
    return Outcome(Recorded(entry.id, balance, warning, purchase), _changes(customer_id, "purchase"))


def normalize_reference(method: str, reference: str) -> str:
    text = reference.strip()
    return text.upper() if method in MOBILE_MONEY else text


def _reference_errors(method: str, reference: str) -> list[FieldError]:
    if method not in METHODS:
        return [FieldError("method", NOT_A_METHOD.format(value=method, choices=", ".join(METHODS)))]
    if not reference:
        return []
    shape = REFERENCE_SHAPES.get(method)
    if shape is not None and not shape.fullmatch(reference):
        message = BKASH_SHAPE if method == "bkash" else NAGAD_SHAPE
        return [FieldError("reference", message.format(value=input_rules.shown(reference)))]
    if method in MOBILE_MONEY:
        reversed_ids = LedgerEntry.select(LedgerEntry.reverses).where(LedgerEntry.reverses.is_null(False))
        used = (
            LedgerEntry.select(LedgerEntry.id, LedgerEntry.customer)
            .where(
                (LedgerEntry.reference == reference)
                & (LedgerEntry.reference != "")  # the same term as the partial index's, so SQLite uses it
                & (LedgerEntry.method == method)
                & (LedgerEntry.kind == "payment")
                & LedgerEntry.id.not_in(reversed_ids)
            )
            .first()
        )
        if used is not None:
            return [
                FieldError(
                    "reference",
                    REFERENCE_USED.format(value=reference, entry=used.id, customer=used.customer_id),
                )
            ]
    return []


def record_payment(
    customer_id: int,
    amount_minor: int,
    *,
    method: str = "cash",
    reference: str = "",
    currency: str = DEFAULT_CURRENCY,
    occurred_at: datetime | None = None,
    note: str = "",
    settles: Sequence[int] = (),
    allow_credit: bool = False,
    user_id: int | None = None,
) -> Outcome[Recorded]:
    """Money received. ``settles``: sale (or debt) entries this pays, in that order; what is
    left pays the oldest debts. More than is owed is refused unless ``allow_credit`` (then the
    rest is an advance: the balance goes below zero)."""
    errors = _amount_errors(amount_minor, currency)
    errors += input_rules.check_texts(note=note) + input_rules.check_lines(reference=reference)
    input_rules.raise_if(errors)
    currency = currency.upper()
    method = method.strip().lower()
    reference = normalize_reference(method, reference)
    with database_proxy.atomic():
        _check_customer(customer_id, currency)
        input_rules.raise_if(_reference_errors(method, reference))
        owed = dues.balance_minor(customer_id)
        if amount_minor > owed and not allow_credit:
            raise ValidationError.single(
                "amount",
                ABOVE_BALANCE.format(
                    amount=str(Money(amount_minor, currency)), balance=str(Money(max(owed, 0), currency))
                ),
            )
        named = _named_debts(customer_id, settles)
        entry = _add(
            customer_id,
            "payment",
            -amount_minor,
            currency,
            occurred_at,
            note=note,
            method=method,
            reference=reference,
            user_id=user_id,
        )
        left = amount_minor
        for debit_id, unpaid in named:
            paid = min(left, unpaid)
            if paid > 0:
                LedgerSettlement.create(payment=entry.id, debit=debit_id, amount_minor=paid)
                left -= paid
        balance = _balance(customer_id, currency)
    return Outcome(Recorded(entry.id, balance), _changes(customer_id))


def _named_debts(customer_id: int, settles: Sequence[int]) -> list[tuple[int, int]]:
    """(entry id, unpaid minor units) of the debts a payment names; refuses any that is not one."""
    if not settles:
        return []
    acct = dues.account(customer_id)
    unpaid = {
        line.id: line.unpaid.minor for line in acct.lines if line.amount.minor > 0 and not line.reversed
    }
    errors = [FieldError("settles", NOT_A_DEBT.format(id=i)) for i in settles if i not in unpaid]
    input_rules.raise_if(errors)
    return [(i, unpaid[i]) for i in dict.fromkeys(settles)]


def record_adjustment(
    customer_id: int,
    amount_minor: int,
    *,
    reason: str,
    currency: str = DEFAULT_CURRENCY,
    occurred_at: datetime | None = None,
    user_id: int | None = None,
) -> Outcome[Recorded]:
    """A correction with a reason: positive raises what is owed, negative lowers it."""
    errors = []
    if problem := input_rules.amount_problem(amount_minor, negative=True):
        errors.append(FieldError("amount", problem))
    elif amount_minor == 0:
        errors.append(FieldError("amount", ADJUSTMENT_ZERO))
    if bad_currency := input_rules.currency_problem(currency):
        errors.append(FieldError("currency", bad_currency))
    if not reason or not input_rules.visible(reason):
        errors.append(FieldError("reason", NEEDS_REASON))
    else:
        errors += input_rules.check_texts(reason=reason)
    input_rules.raise_if(errors)
    currency = currency.upper()
    with database_proxy.atomic():
        _check_customer(customer_id, currency)
        entry = _add(
            customer_id, "adjustment", amount_minor, currency, occurred_at, note=reason, user_id=user_id
        )
        balance = _balance(customer_id, currency)
    return Outcome(Recorded(entry.id, balance), _changes(customer_id))


def write_off(
    customer_id: int,
    amount_minor: int | None = None,
    *,
    note: str = "",
    occurred_at: datetime | None = None,
    user_id: int | None = None,
) -> Outcome[Recorded]:
    """Give up on a debt: ``amount_minor`` of it, or (None) all that is owed."""
    input_rules.raise_if(input_rules.check_texts(note=note))
    with database_proxy.atomic():
        currency = dues.ledger_currency(customer_id) or DEFAULT_CURRENCY
        _check_customer(customer_id, currency)
        owed = dues.balance_minor(customer_id)
        amount = owed if amount_minor is None else amount_minor
        if owed <= 0:
            raise ValidationError.single("amount", NOTHING_OWED)
        input_rules.raise_if(_amount_errors(amount, currency))
        if amount > owed:
            raise ValidationError.single(
                "amount",
                ABOVE_BALANCE.format(amount=str(Money(amount, currency)), balance=str(Money(owed, currency))),
            )
        entry = _add(customer_id, "write_off", -amount, currency, occurred_at, note=note, user_id=user_id)
        balance = _balance(customer_id, currency)
    return Outcome(Recorded(entry.id, balance), _changes(customer_id))


def reverse_entry(entry_id: int, *, reason: str = "", user_id: int | None = None) -> Outcome[Recorded]:
    """Cancel an entry with one that undoes it. A reversed sale's purchase goes to the trash, so
    revenue no longer counts it; a reversed payment's transaction id may be recorded again."""
    input_rules.raise_if(input_rules.check_texts(reason=reason))
    with database_proxy.atomic():
        original = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
        if original is None:
            raise NotFoundError(NO_ENTRY.format(id=entry_id))
        if original.kind == "reversal":
            raise ValidationError.single("entry", REVERSAL_OF_REVERSAL.format(id=entry_id))
        if LedgerEntry.select().where(LedgerEntry.reverses == entry_id).exists():
            raise ValidationError.single("entry", ALREADY_REVERSED.format(id=entry_id))
        cid = original.customer_id
        entry = _add(
            cid,
            "reversal",
            -original.amount_minor,
            original.currency,
            None,
            note=reason,
            reverses_id=entry_id,
            user_id=user_id,
        )
        more: tuple[str, ...] = ()
        if original.purchase_id is not None:
            Purchase.update(deleted_at=utcnow()).where(
                (Purchase.id == original.purchase_id) & Purchase.deleted_at.is_null()
            ).execute()
            refresh_purchase_caches([cid])
            more = ("purchase",)
        balance = _balance(cid, original.currency)
    return Outcome(Recorded(entry.id, balance), _changes(cid, *more))


def set_credit_terms(
    customer_id: int, *, limit_minor: int | None = None, due_days: int | None = None
) -> Outcome[int]:
    """A customer's credit limit (None: no limit) and due days (None: the shop's default)."""
    errors = []
    if limit_minor is not None and (problem := input_rules.amount_problem(limit_minor)):
        errors.append(FieldError("limit", problem))
    if due_days is not None and (
        isinstance(due_days, bool) or not isinstance(due_days, int) or not 0 <= due_days <= dues.MAX_DUE_DAYS
    ):
        errors.append(FieldError("due_days", BAD_DUE_DAYS.format(limit=dues.MAX_DUE_DAYS)))
    input_rules.raise_if(errors)
    with database_proxy.atomic():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFoundError(input_rules.NO_CUSTOMER.format(id=customer_id))
        CreditTerms.insert(
            customer=customer_id, limit_minor=limit_minor, due_days=due_days
        ).on_conflict_replace().execute()
    return Outcome(customer_id, _changes(customer_id))
