"""Merging duplicate customers into one, and undoing a merge.

``merge_customers(kept, others)`` gives the kept customer everything the
others have: contacts, deals, purchases, tasks, tickets, campaign mail and
their audit trail move over; phones, emails, tags and custom fields move
unless the kept customer already has the same one. Empty fields of the kept
customer are filled from the others (the first that has a value), notes and
interests are joined, and "do not contact" is kept if any of them asked for
it. The others go to the trash, not away.

Every moved row and every filled field is written down
(:class:`~crm_desktop.db.models.CustomerMerge`), so ``undo_merge`` puts it all
back: rows return to the customer they came from, a field returns to what it
was unless it was edited since, and the merged customers come out of the
trash. Once one of them has been emptied from the trash the merge is final.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from crm_desktop.db import sqlite
from crm_desktop.db.models import (
    AuditEntry,
    BaseModel,
    CampaignRecipient,
    Customer,
    CustomerEmail,
    CustomerMerge,
    CustomerPhone,
    CustomerTag,
    CustomField,
    Deal,
    Interaction,
    LedgerEntry,
    OutboxMessage,
    Purchase,
    RuleRun,
    Task,
    Ticket,
    database_proxy,
    tuples,
)
from crm_desktop.db.store import refuse_if_damaged
from crm_desktop.services import audit
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.customers import refresh_last_contact, refresh_tag_names
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.purchases import refresh_purchase_caches
from crm_desktop.timeutil import utcnow

# Rows that simply belong to a customer: all of them move.
OWNED: tuple[type[BaseModel], ...] = (
    Interaction,
    Deal,
    Purchase,
    Task,
    Ticket,
    AuditEntry,
    OutboxMessage,
    RuleRun,
    LedgerEntry,  # the dues ledger: what a duplicate owes, the kept customer owes
)
# Fields filled in when the kept customer has none; text fields joined.
FILLED_FIELDS = ("given_name", "family_name", "company", "address", "city", "birthday", "source",
                 "facebook", "external_id", "owner_id")  # fmt: skip
JOINED_FIELDS = ("interests", "notes")
NOTE_SEPARATOR = "\n\n"

CHANGED_KINDS = ("customer", "deal", "interaction", "purchase", "task", "ticket", "tag", "ledger")


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    kept_id: int
    merged_ids: tuple[int, ...]
    moved_rows: int  # contacts, deals, purchases, … that now belong to the kept customer


MAX_AT_ONCE = 20  # more than this at once is a slip of the selection, not a duplicate


@dataclass(frozen=True)
class MergeCandidate:
    """What the merge dialog shows of each customer, to choose the one to keep."""

    id: int
    name: str
    phone: str
    email: str
    created_at: datetime
    activity: int  # contacts, purchases and deals: the one with most is suggested


def merge_candidates(customer_ids: Sequence[int]) -> list[MergeCandidate]:
    """The live customers among ``customer_ids``, the suggested one to keep first
    (most activity, then the oldest)."""
    ids = list(dict.fromkeys(int(i) for i in customer_ids))
    found = []
    for c in Customer.select().where(Customer.id.in_(ids) & Customer.deleted_at.is_null()):
        activity = sum(
            model.select().where((model.customer == c.id) & model.deleted_at.is_null()).count()
            for model in (Interaction, Purchase, Deal)
        )
        found.append(
            MergeCandidate(c.id, c.display_name, c.primary_phone, c.primary_email, c.created_at, activity)
        )
    return sorted(found, key=lambda m: (-m.activity, m.created_at, m.id))


# --- merging --------------------------------------------------------------------


def merge_customers(kept_id: int, merged_ids: Sequence[int]) -> Outcome[MergeResult]:
    """Merge ``merged_ids`` into ``kept_id``; the merged customers go to the trash."""
    kept_id = int(kept_id)
    others = [i for i in dict.fromkeys(int(i) for i in merged_ids) if i != kept_id]
    if not others:
        raise ValidationError.single("customers", "choose at least two customers to merge")
    if len(others) >= MAX_AT_ONCE:
        raise ValidationError.single("customers", f"merge at most {MAX_AT_ONCE} customers at once")
    involved = [kept_id, *others]
    refuse_if_damaged(database_proxy)  # a merge rewrites many rows: never into a damaged file
    with (
        database_proxy.atomic(),
        audit.tracking("customer", [kept_id], "merged"),
        sqlite.search_reindexed_once(database_proxy, involved),
    ):
        live = {
            cid
            for (cid,) in tuples(
                Customer.select(Customer.id).where(Customer.id.in_(involved) & Customer.deleted_at.is_null())
            )
        }
        missing = [cid for cid in involved if cid not in live]
        if missing:
            raise NotFoundError(f"customer {missing[0]} does not exist or is in the trash")
        moved: dict[str, list[list[int]]] = {}
        for model in OWNED:
            moved[model._meta.table_name] = _move_all(model, others, kept_id)
        moved.update(_move_contact_points(others, kept_id))
        kept_fields = _fill_fields(kept_id, others)
        Customer.update(deleted_at=utcnow()).where(Customer.id.in_(others)).execute()
        audit.record("customer", others, "trashed")
        _refresh_caches(involved)
        merge = CustomerMerge.create(
            kept=kept_id,
            merged_ids=json.dumps(others),
            moved=json.dumps(moved),
            kept_fields=json.dumps(kept_fields),
        )
    count = sum(len(rows) for table, rows in moved.items() if table != AuditEntry._meta.table_name)
    result = MergeResult(merge.id, kept_id, tuple(others), count)
    return Outcome(result, Changes.of(*CHANGED_KINDS, customers=involved))


def _move_all(model: type[BaseModel], others: list[int], kept_id: int) -> list[list[int]]:
    column = model.customer  # type: ignore[attr-defined]
    rows = [[rid, cid] for rid, cid in tuples(model.select(model.id, column).where(column.in_(others)))]
    _give(model, [r[0] for r in rows], kept_id)
    return rows


def _give(model: type[BaseModel], row_ids: list[int], customer_id: int) -> None:
    for start in range(0, len(row_ids), 500):
        model.update(customer=customer_id).where(model.id.in_(row_ids[start : start + 500])).execute()


# Rows a customer has one of per key; the kept customer's own one wins. Saving a
# customer rewrites these rows (new ids), so Undo finds them again by key.
KEYED: dict[type[BaseModel], Callable[[Any], object]] = {
    CustomerPhone: lambda p: p.e164 or p.raw_text.strip(),
    CustomerEmail: lambda e: e.email.casefold(),
    CustomerTag: lambda t: t.tag_id,
    CustomField: lambda f: f.key,
    CampaignRecipient: lambda r: r.campaign_id,
}
ORDERED = (CustomerPhone, CustomerEmail)  # they have a position: moved ones go last


def _move_contact_points(others: list[int], kept_id: int) -> dict[str, list[list[Any]]]:
    """Phones, emails, tags, custom fields and campaign places the kept customer
    does not have yet; a duplicate stays with the merged customer (in the trash).
    Each moved row is written down as [row id, customer it came from, key]."""
    moved: dict[str, list[list[Any]]] = {}
    for model, key_of in KEYED.items():
        column = model.customer  # type: ignore[attr-defined]
        have = {key_of(row) for row in model.select().where(column == kept_id)}
        rows = []
        for row in model.select().where(column.in_(others)).order_by(column, model.id):
            key = key_of(row)
            if key not in have:
                have.add(key)
                rows.append([row.id, row.customer_id, key])  # type: ignore[attr-defined]
                _hand_over(model, row.id, kept_id)
        moved[model._meta.table_name] = rows
    return moved


def _hand_over(model: type[BaseModel], row_id: int, customer_id: int) -> None:
    values: dict[str, object] = {"customer": customer_id}
    if model in ORDERED:
        values["position"] = _next_position(model, customer_id)
    model.update(**values).where(model.id == row_id).execute()


def _next_position(model: type[BaseModel], customer_id: int) -> int:
    positions = [p for (p,) in tuples(model.select(model.position).where(model.customer == customer_id))]  # type: ignore[attr-defined]
    return max(positions, default=-1) + 1


def _fill_fields(kept_id: int, others: list[int]) -> dict[str, list[Any]]:
    """Fill the kept customer's empty fields; returns {field: [before, after]} of what changed."""
    kept = Customer.get_by_id(kept_id)
    sources = list(Customer.select().where(Customer.id.in_(others)))
    sources.sort(key=lambda c: others.index(c.id))
    changed: dict[str, Any] = {}
    for name in FILLED_FIELDS:
        if _blank(getattr(kept, name)):
            value = next((getattr(c, name) for c in sources if not _blank(getattr(c, name))), None)
            if value is not None:
                changed[name] = value
    for name in JOINED_FIELDS:
        parts = [getattr(kept, name).strip()]
        for c in sources:
            text = getattr(c, name).strip()
            if text and text not in parts:
                parts.append(text)
        joined = NOTE_SEPARATOR.join(p for p in parts if p)
        if joined != getattr(kept, name):
            changed[name] = joined
    if not kept.do_not_contact and any(c.do_not_contact for c in sources):
        changed["do_not_contact"] = True
    if not changed:
        return {}
    before = {name: _plain(getattr(kept, name)) for name in changed}
    Customer.update(**changed, updated_at=utcnow()).where(Customer.id == kept_id).execute()
    return {name: [before[name], _plain(value)] for name, value in changed.items()}


def _blank(value: object) -> bool:
    return value is None or value == ""


def _plain(value: object) -> object:
    """A field value as JSON can keep it."""
    return value.isoformat() if isinstance(value, date | datetime) else value


def _refresh_caches(customer_ids: list[int]) -> None:
    """Primary phone and email, tags, last contact, purchase totals: from the rows each customer now has."""
    for cid in customer_ids:
        phone = (
            CustomerPhone.select(CustomerPhone.e164)
            .where(CustomerPhone.customer == cid)
            .order_by(CustomerPhone.position, CustomerPhone.id)
            .first()
        )
        email = (
            CustomerEmail.select(CustomerEmail.email)
            .where(CustomerEmail.customer == cid)
            .order_by(CustomerEmail.position, CustomerEmail.id)
            .first()
        )
        Customer.update(
            primary_phone=phone.e164 if phone else "",
            primary_email=email.email if email else "",
        ).where(Customer.id == cid).execute()
    refresh_tag_names(customer_ids)
    refresh_last_contact(customer_ids)
    refresh_purchase_caches(customer_ids)


# --- undoing --------------------------------------------------------------------


def last_merge_of(customer_id: int) -> int | None:
    """The newest merge into this customer that can still be undone, if any."""
    merge = (
        CustomerMerge.select(CustomerMerge.id)
        .where(CustomerMerge.kept == customer_id)
        .order_by(CustomerMerge.id.desc())
        .first()
    )
    return merge.id if merge else None


def undo_merge(merge_id: int) -> Outcome[list[int]]:
    """Put a merge back; returns the customers brought back from the trash."""
    with database_proxy.atomic():
        merge = CustomerMerge.get_or_none(CustomerMerge.id == merge_id)
        if merge is None:
            raise NotFoundError(f"merge {merge_id} does not exist or was already undone")
        others = [int(i) for i in json.loads(merge.merged_ids)]
        present = {cid for (cid,) in tuples(Customer.select(Customer.id).where(Customer.id.in_(others)))}
        if len(present) < len(others):
            raise ValidationError.single(
                "customers",
                "this merge can no longer be undone: a merged customer was emptied from the trash",
            )
        involved = [merge.kept_id, *others]
        with (
            audit.tracking("customer", [merge.kept_id], "unmerged"),
            sqlite.search_reindexed_once(database_proxy, involved),
        ):
            tables = {model._meta.table_name: model for model in (*OWNED, *KEYED)}
            for table, rows in json.loads(merge.moved).items():
                model = tables[table]
                if model in KEYED:
                    _give_back_by_key(model, merge.kept_id, rows)
                else:
                    _give_back(model, merge.kept_id, rows)
            _put_fields_back(merge.kept_id, json.loads(merge.kept_fields))
            Customer.update(deleted_at=None).where(Customer.id.in_(others)).execute()
            audit.record("customer", others, "restored")
            _refresh_caches(involved)
        merge.delete_instance()
    return Outcome(others, Changes.of(*CHANGED_KINDS, customers=involved))


def _give_back(model: type[BaseModel], kept_id: int, rows: list[list[int]]) -> None:
    """Each row to the customer it came from, if it is still with the kept one."""
    by_owner: dict[int, list[int]] = {}
    for row_id, owner in rows:
        by_owner.setdefault(owner, []).append(row_id)
    column = model.customer  # type: ignore[attr-defined]
    for owner, row_ids in by_owner.items():
        for start in range(0, len(row_ids), 500):
            chunk = row_ids[start : start + 500]
            model.update(customer=owner).where(model.id.in_(chunk) & (column == kept_id)).execute()


def _give_back_by_key(model: type[BaseModel], kept_id: int, rows: list[list[Any]]) -> None:
    """The kept customer's row with each moved key goes back to where it came from,
    unless that customer has one with the key again."""
    key_of = KEYED[model]
    column = model.customer  # type: ignore[attr-defined]
    kept_rows = {key_of(row): row.id for row in model.select().where(column == kept_id)}
    for _row_id, owner, key in rows:
        key = tuple(key) if isinstance(key, list) else key
        if key not in kept_rows:
            continue  # removed from the kept customer since: nothing to give back
        if any(key_of(row) == key for row in model.select().where(column == owner)):
            continue
        _hand_over(model, kept_rows.pop(key), owner)


def _put_fields_back(kept_id: int, fields: dict[str, list[Any]]) -> None:
    """A field goes back to its value before the merge unless it was edited since."""
    if not fields:
        return
    kept = Customer.get_by_id(kept_id)
    back = {name: before for name, (before, after) in fields.items() if _plain(getattr(kept, name)) == after}
    if back:
        Customer.update(**back, updated_at=utcnow()).where(Customer.id == kept_id).execute()
