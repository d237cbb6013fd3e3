"""Customers: create, edit, tag, trash and restore.

Every function validates first and writes in one transaction; a refused
input raises :class:`ValidationError` naming each bad field and writes nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from peewee import fn

from crm_desktop.automation import events
from crm_desktop.contact_points import (
    DEFAULT_REGION,
    ContactPointError,
    Phone,
    digits_only,
    normalize_email,
    parse_phone,
)
from crm_desktop.db import sqlite
from crm_desktop.db.models import (
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomerTag,
    CustomField,
    Interaction,
    Tag,
    User,
    database_proxy,
    tuples,
)
from crm_desktop.domain import CUSTOMER_KINDS
from crm_desktop.services import audit, input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.conflicts import merged
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP

MAX_NAME = 255
MAX_TAG = 60
NO_TAG = QT_TRANSLATE_NOOP("InputRules", "no tag given")
# Where a phone or an email that cannot be verified is kept, as typed: a custom field of the
# customer (the importer keeps such values in the same fields). It is shown on the customer,
# marked as not verified, and never used for matching, duplicate finding, sending or dialling
# (those read customer_phone and customer_email only). A "phone" without a digit is refused.
UNVERIFIED_PHONE = "Phone (not verified)"
UNVERIFIED_EMAIL = "Email (not verified)"
UNVERIFIED_FIELDS = (UNVERIFIED_PHONE, UNVERIFIED_EMAIL)


@dataclass
class CustomerInput:
    """What a user can type about a customer. Phones and emails as typed."""

    display_name: str = ""
    given_name: str = ""
    family_name: str = ""
    kind: str = "person"
    company: str = ""
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    address: str = ""
    city: str = ""
    birthday: date | None = None
    source: str = ""
    interests: str = ""
    notes: str = ""
    facebook: str = ""
    tags: list[str] = field(default_factory=list)
    owner_id: int | None = None
    external_id: str | None = None
    custom_fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CleanCustomer:
    """A validated :class:`CustomerInput`, ready to write."""

    values: dict[str, object]
    phones: list[Phone]
    emails: list[str]
    tags: list[str]
    custom_fields: dict[str, str]


def sort_key(name: str) -> str:
    """The order names are listed in: case-insensitive, leading punctuation ignored."""
    return name.strip().lstrip("\"'(.-_ ").casefold()


def _clean_text(value: str | None) -> str:
    """Stripped and in NFC, so text typed as য় or as য + nukta is the same text
    (search normalizes queries to NFC too)."""
    return unicodedata.normalize("NFC", value or "").strip()


def clean_tags(tags: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags:
        text = " ".join(unicodedata.normalize("NFC", tag).split())
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return list(seen.values())


def kept_values(text: str) -> list[str]:
    """The values an unverified-phone or -email custom field holds (written ", "-separated)."""
    return [part.strip() for part in text.split(", ") if part.strip()]


def _keep(kept: list[str], raw: str) -> None:
    text = raw.strip()
    if text not in kept:
        kept.append(text)


def validate(data: CustomerInput, *, region: str = DEFAULT_REGION) -> CleanCustomer:
    """Check everything at once, so the user sees every problem in one go."""
    errors: list[FieldError] = input_rules.check_lines(
        display_name=data.display_name,
        given_name=data.given_name,
        family_name=data.family_name,
        company=data.company,
        city=data.city,
        source=data.source,
        facebook=data.facebook,
        external_id=data.external_id,
    )
    errors += input_rules.check_texts(address=data.address, interests=data.interests, notes=data.notes)
    errors += input_rules.check_custom_fields(data.custom_fields)
    given, family = _clean_text(data.given_name), _clean_text(data.family_name)
    company = _clean_text(data.company)
    display = _clean_text(data.display_name) or " ".join(p for p in (given, family) if p) or company
    custom = {k.strip(): v for k, v in data.custom_fields.items() if k.strip()}
    odd_phones = kept_values(custom.get(UNVERIFIED_PHONE, ""))
    odd_emails = kept_values(custom.get(UNVERIFIED_EMAIL, ""))
    phones: list[Phone] = []
    for i, raw in enumerate(data.phones):  # i is the row in the form, blank rows included
        if not raw.strip() or input_rules.refused(errors, "phones", raw, i):
            continue
        try:
            phone = parse_phone(raw, region)
        except ContactPointError as exc:
            if digits_only(raw):  # a number we cannot verify: kept as typed, marked, never dialled
                _keep(odd_phones, raw)
            else:
                errors.append(FieldError("phones", str(exc), i))
            continue
        if phone.e164 not in {p.e164 for p in phones}:
            phones.append(phone)
    emails: list[str] = []
    for i, raw in enumerate(data.emails):
        if not raw.strip() or input_rules.refused(errors, "emails", raw, i):
            continue
        try:
            email = normalize_email(raw)
        except ContactPointError:
            _keep(odd_emails, raw)  # kept as typed, marked not verified, never sent to
            continue
        if email.casefold() not in {e.casefold() for e in emails}:
            emails.append(email)
    if not display:
        display = emails[0] if emails else (phones[0].raw if phones else "")
    if not display:
        errors.append(FieldError("display_name", input_rules.NO_IDENTITY))
    elif len(display) > MAX_NAME and not any(e.field == "display_name" for e in errors):
        errors.append(FieldError("display_name", input_rules.NAME_TOO_LONG.format(limit=MAX_NAME)))
    if data.kind not in CUSTOMER_KINDS:
        errors.append(FieldError("kind", input_rules.not_one_of(data.kind, CUSTOMER_KINDS)))
    if data.birthday is not None and data.birthday > date.today():
        errors.append(FieldError("birthday", input_rules.BIRTHDAY_FUTURE))
    tags = clean_tags(data.tags)
    errors += input_rules.check_tags(data.tags, limit=MAX_TAG)
    if data.owner_id is not None and not User.select().where(User.id == data.owner_id).exists():
        errors.append(FieldError("owner_id", input_rules.NO_USER.format(id=data.owner_id)))
    for key, kept in ((UNVERIFIED_PHONE, odd_phones), (UNVERIFIED_EMAIL, odd_emails)):
        custom.pop(key, None)
        if kept:
            custom[key] = ", ".join(kept)
    if errors:
        raise ValidationError(errors)
    values: dict[str, object] = {
        "kind": data.kind,
        "display_name": display,
        "sort_name": sort_key(display),
        "given_name": given,
        "family_name": family,
        "company": company,
        "address": _clean_text(data.address),
        "city": _clean_text(data.city),
        "birthday": data.birthday,
        "source": _clean_text(data.source),
        "interests": _clean_text(data.interests),
        "notes": _clean_text(data.notes),
        "facebook": _clean_text(data.facebook),
        "owner": data.owner_id,
        "external_id": _clean_text(data.external_id) or None,
        "primary_phone": phones[0].e164 if phones else "",
        "primary_email": emails[0] if emails else "",
        "tag_names": ", ".join(tags),
    }
    return CleanCustomer(values, phones, emails, tags, custom)


def create_customer(data: CustomerInput, *, region: str = DEFAULT_REGION) -> Outcome[int]:
    clean = validate(data, region=region)
    with database_proxy.atomic(), sqlite.search_reindexed_once(database_proxy) as reindex:
        customer = Customer.create(**clean.values)
        _write_children(customer.id, clean)
        audit.created("customer", customer.id)
        reindex.append(customer.id)
    events.emit("customer", customer.id)
    return Outcome(customer.id, Changes.of("customer", "tag", customers=[customer.id]))


def update_customer(
    customer_id: int,
    data: CustomerInput,
    *,
    region: str = DEFAULT_REGION,
    expected: CustomerInput | None = None,
) -> Outcome[int]:
    """Save ``data`` over the customer. ``expected`` is the customer as the editor loaded it
    (:func:`load_input`): then a field changed meanwhile by another window or program is kept,
    and one both changed refuses the save (:class:`~crm_desktop.services.conflicts.ConflictError`)."""
    clean = validate(data, region=region)
    with (
        database_proxy.atomic(),
        audit.tracking("customer", [customer_id], "updated"),
        sqlite.search_reindexed_once(database_proxy, [customer_id]),
    ):
        _live(customer_id)
        if expected is not None:  # under the write lock: nobody changes it between look and write
            data_now = merged(expected, data, load_input(customer_id))
            if data_now is not data:
                clean = validate(data_now, region=region)
        Customer.update(**clean.values, updated_at=utcnow()).where(Customer.id == customer_id).execute()
        CustomerPhone.delete().where(CustomerPhone.customer == customer_id).execute()
        CustomerEmail.delete().where(CustomerEmail.customer == customer_id).execute()
        CustomerTag.delete().where(CustomerTag.customer == customer_id).execute()
        CustomField.delete().where(CustomField.customer == customer_id).execute()
        _write_children(customer_id, clean)
    return Outcome(customer_id, Changes.of("customer", "tag", customers=[customer_id]))


def _write_children(customer_id: int, clean: CleanCustomer) -> None:
    for position, phone in enumerate(clean.phones):
        CustomerPhone.create(
            customer=customer_id,
            raw_text=phone.raw,
            e164=phone.e164,
            search_digits=phone.search_digits,
            position=position,
        )
    for position, email in enumerate(clean.emails):
        CustomerEmail.create(customer=customer_id, email=email, position=position)
    for tag_id in tag_ids(clean.tags):
        CustomerTag.create(customer=customer_id, tag=tag_id)
    for key, value in clean.custom_fields.items():
        CustomField.create(customer=customer_id, key=key, value=value)


def tag_ids(names: Sequence[str]) -> list[int]:
    """Ids of the named tags, creating the missing ones (matched case-insensitively).

    Matched in Python: SQLite's lower() folds only A-Z, so a tag such as
    "Ärger" or "VIP-Клиент" never matched itself, and adding it again broke
    the unique tag name (a crash).
    """
    known = _tags_by_folded_name()
    ids = []
    for name in names:
        if name.casefold() not in known:
            known[name.casefold()] = Tag.create(name=name).id
        ids.append(known[name.casefold()])
    return ids


def _tags_by_folded_name() -> dict[str, int]:
    """Every tag by its case-folded name (the oldest wins where two fold alike)."""
    query = Tag.select(Tag.id, Tag.name).order_by(Tag.id.desc())
    return {str(name).casefold(): int(tid) for tid, name in tuples(query)}


def _live(customer_id: int) -> Customer:
    customer = Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null())
    if customer is None:
        raise NotFoundError(input_rules.CUSTOMER_GONE.format(id=customer_id))
    return customer


def load_input(customer_id: int) -> CustomerInput:
    """The stored customer as editable input (what the edit dialog shows)."""
    c = _live(customer_id)
    custom = {f.key: f.value for f in CustomField.select().where(CustomField.customer == c.id)}
    # the values kept unverified are edited where they were typed: in the phone and email rows
    odd_phones = kept_values(custom.pop(UNVERIFIED_PHONE, ""))
    odd_emails = kept_values(custom.pop(UNVERIFIED_EMAIL, ""))
    return CustomerInput(
        display_name=c.display_name,
        given_name=c.given_name,
        family_name=c.family_name,
        kind=c.kind,
        company=c.company,
        phones=[
            p.raw_text
            for p in CustomerPhone.select()
            .where(CustomerPhone.customer == c.id)
            .order_by(CustomerPhone.position)
        ]
        + odd_phones,
        emails=[
            e.email
            for e in CustomerEmail.select()
            .where(CustomerEmail.customer == c.id)
            .order_by(CustomerEmail.position)
        ]
        + odd_emails,
        address=c.address,
        city=c.city,
        birthday=c.birthday,
        source=c.source,
        interests=c.interests,
        notes=c.notes,
        facebook=c.facebook,
        tags=[t.strip() for t in c.tag_names.split(",") if t.strip()],
        owner_id=c.owner_id,
        external_id=c.external_id,
        custom_fields=custom,
    )


def refresh_tag_names(customer_ids: Iterable[int]) -> None:
    for cid in customer_ids:
        names = [
            t.name
            for t in Tag.select(Tag.name)
            .join(CustomerTag)
            .where(CustomerTag.customer == cid)
            .order_by(CustomerTag.id)
        ]
        Customer.update(tag_names=", ".join(names), updated_at=utcnow()).where(Customer.id == cid).execute()


def add_tags(customer_ids: Sequence[int], tags: Sequence[str]) -> Outcome[int]:
    """Tag several customers at once; returns how many links were added."""
    input_rules.raise_if(input_rules.check_tags(tags, limit=MAX_TAG))
    names = clean_tags(tags)
    if not names:
        raise ValidationError.single("tags", NO_TAG)
    customer_ids = list(dict.fromkeys(customer_ids))  # a customer named twice is tagged once
    with database_proxy.atomic(), audit.tracking("customer", customer_ids, "tagged", fields=("tags",)):
        ids = tag_ids(names)
        existing = {
            (link.customer_id, link.tag_id)
            for link in CustomerTag.select().where(
                CustomerTag.customer.in_(list(customer_ids)) & CustomerTag.tag.in_(ids)
            )
        }
        missing = [
            {"customer": cid, "tag": tid} for cid in customer_ids for tid in ids if (cid, tid) not in existing
        ]
        if missing:
            CustomerTag.insert_many(missing).execute()
        added = len(missing)
        refresh_tag_names(customer_ids)
    return Outcome(added, Changes.of("customer", "tag", customers=customer_ids))


def remove_tags(customer_ids: Sequence[int], tags: Sequence[str]) -> Outcome[int]:
    input_rules.raise_if(input_rules.check_tags(tags, limit=MAX_TAG))
    folded = {t.casefold() for t in clean_tags(tags)}
    with database_proxy.atomic(), audit.tracking("customer", customer_ids, "untagged", fields=("tags",)):
        tag_q = [tid for name, tid in _tags_by_folded_name().items() if name in folded]
        removed = (
            CustomerTag.delete()
            .where(CustomerTag.customer.in_(list(customer_ids)) & CustomerTag.tag.in_(tag_q))
            .execute()
        )
        refresh_tag_names(customer_ids)
    return Outcome(removed, Changes.of("customer", "tag", customers=customer_ids))


def _ids_with_tag(customer_ids: Sequence[int], tag: str) -> set[int]:
    folded = tag.strip().casefold()
    tag_q = [tid for name, tid in _tags_by_folded_name().items() if name == folded]
    query = CustomerTag.select(CustomerTag.customer).where(
        CustomerTag.customer.in_(list(customer_ids)) & CustomerTag.tag.in_(tag_q)
    )
    return {cid for (cid,) in tuples(query)}


def tag_customers(customer_ids: Sequence[int], tag: str) -> Outcome[list[int]]:
    """Add one tag to several customers; returns those that did not have it (what Undo un-tags)."""
    ids = list(dict.fromkeys(customer_ids))
    with database_proxy.atomic():
        had = _ids_with_tag(ids, tag)
        changes = add_tags(ids, [tag]).changes
    return Outcome([cid for cid in ids if cid not in had], changes)


def untag_customers(customer_ids: Sequence[int], tag: str) -> Outcome[list[int]]:
    """Remove one tag from several customers; returns those that had it (what Undo tags again)."""
    ids = list(dict.fromkeys(customer_ids))
    with database_proxy.atomic():
        had = _ids_with_tag(ids, tag)
        changes = remove_tags(ids, [tag]).changes
    return Outcome([cid for cid in ids if cid in had], changes)


def trash_customers(customer_ids: Sequence[int]) -> Outcome[list[int]]:
    """Move customers to the trash. Returns the ids moved (for Undo)."""
    ids = list(customer_ids)
    with database_proxy.atomic():
        moved = [
            c.id
            for c in Customer.select(Customer.id).where(Customer.id.in_(ids) & Customer.deleted_at.is_null())
        ]
        Customer.update(deleted_at=utcnow()).where(Customer.id.in_(moved)).execute()
        audit.record("customer", moved, "trashed")
    return Outcome(moved, Changes.of("customer", "deal", "task", "ticket", customers=moved))


def restore_customers(customer_ids: Sequence[int]) -> Outcome[list[int]]:
    ids = list(customer_ids)
    with database_proxy.atomic():
        restored = [
            c.id
            for c in Customer.select(Customer.id).where(
                Customer.id.in_(ids) & Customer.deleted_at.is_null(False)
            )
        ]
        Customer.update(deleted_at=None).where(Customer.id.in_(restored)).execute()
        audit.record("customer", restored, "restored")
    return Outcome(restored, Changes.of("customer", "deal", "task", "ticket", customers=restored))


def empty_trash() -> Outcome[int]:
    """Delete the trashed customers for good, with everything that belongs to them."""
    with database_proxy.atomic():
        gone = [c.id for c in Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))]
        count = Customer.delete().where(Customer.id.in_(gone)).execute()
    return Outcome(
        count, Changes.of("customer", "deal", "interaction", "purchase", "task", "ticket", customers=gone)
    )


def touch_last_contact(customer_id: int, when: datetime) -> None:
    """Keep the list's "last contact" column right after a new interaction."""
    Customer.update(last_contact_at=when).where(
        (Customer.id == customer_id)
        & (Customer.last_contact_at.is_null() | (Customer.last_contact_at < when))
    ).execute()


def refresh_last_contact(customer_ids: Iterable[int]) -> None:
    """The list's "last contact" from the contacts each customer has now (one was deleted or moved)."""
    newest = Interaction.select(fn.max(Interaction.occurred_at)).where(
        (Interaction.customer == Customer.id) & Interaction.deleted_at.is_null()
    )
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        Customer.update(last_contact_at=newest).where(Customer.id.in_(ids[start : start + 500])).execute()
