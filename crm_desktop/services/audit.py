"""The audit trail: who changed what and when, field by field.

Customers and deals are recorded. Each service that changes one calls this
module once, inside its own transaction, so a change and its record commit
(or roll back) together::

    with database_proxy.atomic(), audit.tracking("customer", [cid], "updated"):
        ...  # the writes

    audit.created("deal", deal.id, user_id=user_id)     # after the INSERTs
    audit.record("customer", moved, "trashed")           # an action with no field values

An entry (:class:`~crm_desktop.db.models.AuditEntry`) says who, when, which
row and what kind of change; its values
(:class:`~crm_desktop.db.models.AuditValue`) are the fields that differ, old
→ new, as text. Caches (sort name, primary phone …) and a deal's place in
its column are not recorded: they follow from what is.

"Who" is the ``user_id`` a service was given, else the user set with
:func:`set_acting_user`, else the shop's owner (the first user).

The trail grows without bound only if the user wants it to: the setting
``audit_retention_days`` (0 = keep for ever, the default; 365 is the preset
offered) is applied by :func:`prune`, which whoever opens the store for the
window runs at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import JOIN, fn

from crm_desktop.db.models import (
    AuditEntry,
    AuditValue,
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomerTag,
    CustomField,
    Deal,
    Setting,
    Stage,
    Tag,
    User,
    database_proxy,
    tuples,
)
from crm_desktop.money import Money
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import ValidationError
from crm_desktop.timeutil import utcnow

ENTITIES = ("customer", "deal", "ledger")
ACTIONS = (
    "created",
    "updated",
    "trashed",
    "restored",
    "tagged",
    "untagged",
    "moved",
    "won",
    "lost",
    "reopened",
    "merged",
    "unmerged",
    "imported",  # changed by an import (the batch is recorded as the field "import")
)

CUSTOMER_FIELDS = (
    "display_name",
    "given_name",
    "family_name",
    "kind",
    "company",
    "phones",
    "emails",
    "address",
    "city",
    "birthday",
    "source",
    "interests",
    "notes",
    "facebook",
    "tags",
    "owner",
    "external_id",
)
CUSTOM_FIELD_PREFIX = "custom: "  # custom fields are recorded as "custom: <key>"
DEAL_FIELDS = ("title", "value", "stage", "status", "expected_close", "owner", "lost_reason")

MAX_VALUE_CHARS = 10_000  # a longer value (a 1 MB note) is kept shortened, with its length
DETAIL_VALUE_CHARS = 200  # how much of each value the timeline's detail line shows
MAX_LABEL_CHARS = 255

RETENTION_SETTING = "audit_retention_days"
RETENTION_PRESETS = (0, 365)  # keep for ever; one year
MAX_RETENTION_DAYS = 36_500

_acting_user_id: int | None = None


# --- who ----------------------------------------------------------------------


def set_acting_user(user_id: int | None) -> None:
    """The user whose changes are recorded when a service is not told (None: the owner)."""
    global _acting_user_id
    _acting_user_id = user_id


def _who(user_id: int | None) -> int | None:
    chosen = user_id if user_id is not None else _acting_user_id
    if chosen is not None and User.select().where(User.id == chosen).exists():
        return chosen
    owner = User.select(fn.MIN(User.id)).scalar()
    return int(owner) if owner is not None else None


# --- what a row looks like, as text -------------------------------------------


@dataclass(frozen=True)
class _State:
    customer_id: int
    label: str
    values: dict[str, str]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _customer_states(ids: Sequence[int], fields: Sequence[str] | None = None) -> dict[int, _State]:
    wanted = set(fields) if fields is not None else None
    states: dict[int, _State] = {}
    plain = [n for n in CUSTOMER_FIELDS if n not in ("phones", "emails", "tags", "owner")]
    columns = [getattr(Customer, n) for n in plain] if wanted is None else []
    for chunk in _chunks(ids):
        rows = (
            Customer.select(Customer.id, Customer.display_name, User.name, *columns)
            .join(User, JOIN.LEFT_OUTER, on=(Customer.owner == User.id))
            .where(Customer.id.in_(chunk))
        )
        for cid, name, owner, *rest in tuples(rows):
            values: dict[str, str] = {}
            if wanted is None:
                values = {n: _text(v) for n, v in zip(plain, rest, strict=True)}
                values["owner"] = owner or ""
            states[cid] = _State(cid, name, values)
        if wanted is None or "phones" in wanted:
            _add_lists(states, "phones", CustomerPhone.raw_text, CustomerPhone, chunk)
        if wanted is None or "emails" in wanted:
            _add_lists(states, "emails", CustomerEmail.email, CustomerEmail, chunk)
        if wanted is None or "tags" in wanted:
            tags: dict[int, list[str]] = {}
            query = (
                CustomerTag.select(CustomerTag.customer, Tag.name)
                .join(Tag)
                .where(CustomerTag.customer.in_(chunk))
            )
            for cid, name in tuples(query):
                tags.setdefault(cid, []).append(name)
            for cid in chunk:
                if cid in states:
                    states[cid].values["tags"] = ", ".join(sorted(tags.get(cid, []), key=str.casefold))
        if wanted is None:
            custom = CustomField.select(CustomField.customer, CustomField.key, CustomField.value).where(
                CustomField.customer.in_(chunk)
            )
            for cid, key, value in tuples(custom):
                if cid in states:
                    states[cid].values[CUSTOM_FIELD_PREFIX + key] = value
    return states


def _add_lists(states: dict[int, _State], name: str, column: object, model: object, chunk: list[int]) -> None:
    found: dict[int, list[str]] = {}
    query = (
        model.select(model.customer, column)  # type: ignore[attr-defined]
        .where(model.customer.in_(chunk))  # type: ignore[attr-defined]
        .order_by(model.customer, model.position)  # type: ignore[attr-defined]
    )
    for cid, text in tuples(query):
        found.setdefault(cid, []).append(text)
    for cid in chunk:
        if cid in states:
            states[cid].values[name] = ", ".join(found.get(cid, []))


def _money_text(minor: int, currency: str) -> str:
    try:
        return str(Money(minor, currency))
    except (TypeError, ValueError):  # a currency CLDR does not know
        return f"{minor} {currency} (minor units)"


def _deal_states(ids: Sequence[int], fields: Sequence[str] | None = None) -> dict[int, _State]:
    states: dict[int, _State] = {}
    for chunk in _chunks(ids):
        query = (
            Deal.select(
                Deal.id,
                Deal.customer,
                Deal.title,
                Deal.value_minor,
                Deal.currency,
                Stage.name,
                Deal.status,
                Deal.expected_close,
                User.name,
                Deal.lost_reason,
            )
            .join(Stage, on=(Deal.stage == Stage.id))
            .switch(Deal)
            .join(User, JOIN.LEFT_OUTER, on=(Deal.owner == User.id))
            .where(Deal.id.in_(chunk))
        )
        for did, cid, title, minor, currency, stage, status, closing, owner, reason in tuples(query):
            values = {
                "title": title,
                "value": _money_text(minor, currency),
                "stage": stage,
                "status": status,
                "expected_close": _text(closing),
                "owner": owner or "",
                "lost_reason": reason,
            }
            if fields is not None:
                values = {k: v for k, v in values.items() if k in fields}
            states[did] = _State(cid, title, values)
    return states


def _states(entity: str, ids: Sequence[int], fields: Sequence[str] | None) -> dict[int, _State]:
    if entity == "customer":
        return _customer_states(ids, fields)
    if entity == "deal":
        return _deal_states(ids, fields)
    raise ValueError(f"the audit trail does not record {entity!r}")


# --- writing entries -----------------------------------------------------------


def _clip(value: str | None) -> str | None:
    if value is None or len(value) <= MAX_VALUE_CHARS:
        return value
    return value[:MAX_VALUE_CHARS] + f"… (+{len(value) - MAX_VALUE_CHARS} characters)"


def _write(
    entity: str,
    state: _State,
    entity_id: int,
    action: str,
    diffs: Iterable[tuple[str, str | None, str | None]],
    user_id: int | None,
    at: datetime,
) -> int:
    entry_id = int(
        AuditEntry.insert(
            at=at,
            user=user_id,
            entity=entity,
            entity_id=entity_id,
            customer=state.customer_id,
            action=action,
            label=state.label[:MAX_LABEL_CHARS],
        ).execute()
    )
    rows = [
        {"entry": entry_id, "field": name, "old_value": _clip(old), "new_value": _clip(new)}
        for name, old, new in diffs
    ]
    for start in range(0, len(rows), 200):
        AuditValue.insert_many(rows[start : start + 200]).execute()
    return entry_id


def _diff(old: dict[str, str], new: dict[str, str]) -> list[tuple[str, str | None, str | None]]:
    names = [*old, *(k for k in new if k not in old)]
    return [(n, old.get(n, ""), new.get(n, "")) for n in names if old.get(n, "") != new.get(n, "")]


def _deal_action(old: dict[str, str], new: dict[str, str]) -> str:
    if old.get("status") != new.get("status"):
        return {"won": "won", "lost": "lost"}.get(new.get("status", ""), "reopened")
    if old.get("stage") != new.get("stage"):
        return "moved"
    return "updated"


@contextmanager
def tracking(
    entity: str,
    ids: Iterable[int],
    action: str | None = None,
    *,
    user_id: int | None = None,
    fields: Sequence[str] | None = None,
    extra: Sequence[tuple[str, str | None, str | None]] = (),
) -> Iterator[None]:
    """Record what the body changes in the rows ``ids`` of ``entity``.

    Enter it inside the transaction (``with database_proxy.atomic(),
    audit.tracking(...)``): the state before is read on entry, the state
    after on a normal exit, and each row that differs gets an entry. A body
    that raises records nothing. ``action`` None works it out (for deals:
    won, lost, reopened, moved or updated); ``fields`` limits what is
    compared (e.g. ``("tags",)`` for tagging many customers at once);
    ``extra`` values are added to each entry written (an import names its batch).
    """
    wanted = list(dict.fromkeys(int(i) for i in ids))
    before = _states(entity, wanted, fields)
    yield
    after = _states(entity, wanted, fields)
    who = _who(user_id)
    at = utcnow()
    for eid in wanted:
        old, new = before.get(eid), after.get(eid)
        if old is None or new is None:
            continue
        diffs = _diff(old.values, new.values)
        if diffs:
            what = action or (_deal_action(old.values, new.values) if entity == "deal" else "updated")
            _write(entity, new, eid, what, [*diffs, *extra], who, at)


def created(entity: str, entity_id: int, *, user_id: int | None = None) -> None:
    """Record a new row: every field that has a value, from nothing."""
    state = _states(entity, [entity_id], None).get(entity_id)
    if state is None:
        return
    diffs = [(name, None, value) for name, value in state.values.items() if value != ""]
    _write(entity, state, entity_id, "created", diffs, _who(user_id), utcnow())


def record(entity: str, ids: Iterable[int], action: str, *, user_id: int | None = None) -> None:
    """Record an action with no field values (trashed, restored) for each row."""
    wanted = list(dict.fromkeys(int(i) for i in ids))
    if not wanted:
        return
    if entity not in ENTITIES:
        raise ValueError(f"the audit trail does not record {entity!r}")
    who, at = _who(user_id), utcnow()
    for chunk in _chunks(wanted):
        query = (
            Customer.select(Customer.id, Customer.id, Customer.display_name).where(Customer.id.in_(chunk))
            if entity == "customer"
            else Deal.select(Deal.id, Deal.customer, Deal.title).where(Deal.id.in_(chunk))
        )
        rows = [
            {
                "at": at,
                "user": who,
                "entity": entity,
                "entity_id": eid,
                "customer": cid,
                "action": action,
                "label": (label or "")[:MAX_LABEL_CHARS],
            }
            for eid, cid, label in tuples(query)
        ]
        if rows:
            AuditEntry.insert_many(rows).execute()


def ledger_entry(
    entry_id: int, customer_id: int, values: dict[str, str], *, user_id: int | None = None
) -> None:
    """Record a new dues-ledger entry (append-only: "created" is the only action it gets)."""
    label = Customer.select(Customer.display_name).where(Customer.id == customer_id).scalar() or ""
    state = _State(customer_id, label, values)
    diffs = [(name, None, value) for name, value in values.items() if value != ""]
    _write("ledger", state, entry_id, "created", diffs, _who(user_id), utcnow())


# --- reading -------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime  # naive UTC
    user_name: str  # "" when the user was deleted
    entity: str
    entity_id: int
    action: str
    label: str
    values: tuple[tuple[str, str | None, str | None], ...]  # (field, old, new); None = not set


def values_of(entry_ids: Sequence[int]) -> dict[int, list[tuple[str, str | None, str | None]]]:
    found: dict[int, list[tuple[str, str | None, str | None]]] = {}
    for chunk in _chunks(list(entry_ids)):
        query = (
            AuditValue.select(AuditValue.entry, AuditValue.field, AuditValue.old_value, AuditValue.new_value)
            .where(AuditValue.entry.in_(chunk))
            .order_by(AuditValue.id)
        )
        for eid, name, old, new in tuples(query):
            found.setdefault(eid, []).append((name, old, new))
    return found


def history(customer_id: int, *, limit: int = 200) -> list[AuditRecord]:
    """The newest changes to a customer and its deals, with full values."""
    query = (
        AuditEntry.select(
            AuditEntry.id,
            AuditEntry.at,
            User.name,
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.action,
            AuditEntry.label,
        )
        .join(User, JOIN.LEFT_OUTER, on=(AuditEntry.user == User.id))
        .where(AuditEntry.customer == customer_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    rows = list(tuples(query))
    values = values_of([r[0] for r in rows])
    return [
        AuditRecord(i, at, user or "", entity, eid, action, label, tuple(values.get(i, [])))
        for i, at, user, entity, eid, action, label in rows
    ]


Change = tuple[str, str | None, str | None]  # field, old value, new value (as text)


def shorten(value: str | None) -> str:
    """A value as a detail line shows it: on one line, cut short, "—" for nothing."""
    if not value:
        return "—"
    one_line = " ".join(value.split())
    if len(one_line) > DETAIL_VALUE_CHARS:
        return one_line[:DETAIL_VALUE_CHARS] + "…"
    return one_line


def describe_values(values: Iterable[tuple[str, str | None, str | None]]) -> str:
    """One ``field: old → new`` line per value ("—" for nothing), each value shortened."""
    return "\n".join(f"{name}: {shorten(old)} → {shorten(new)}" for name, old, new in values)


def timeline_details(entry_ids: Sequence[int]) -> dict[int, tuple[str, str, tuple[Change, ...]]]:
    """For the timeline: entry id → (the ``field: old → new`` lines, the user's name, the values
    those lines are made of, for a window to say them in its own language)."""
    values = values_of(entry_ids)
    users: dict[int, str] = {}
    for chunk in _chunks(list(entry_ids)):
        query = (
            AuditEntry.select(AuditEntry.id, User.name)
            .join(User, JOIN.LEFT_OUTER, on=(AuditEntry.user == User.id))
            .where(AuditEntry.id.in_(chunk))
        )
        users.update({eid: name or "" for eid, name in tuples(query)})
    return {
        eid: (describe_values(values.get(eid, [])), users.get(eid, ""), tuple(values.get(eid, [])))
        for eid in entry_ids
    }


# --- retention -------------------------------------------------------------------


def retention_days() -> int:
    """Days the trail is kept; 0 = for ever (also what a damaged setting means)."""
    row = Setting.get_or_none(Setting.key == RETENTION_SETTING)
    try:
        days = int(row.value) if row else 0
    except ValueError:
        return 0
    return days if 0 < days <= MAX_RETENTION_DAYS else 0


def set_retention_days(days: int) -> Outcome[int]:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_RETENTION_DAYS:
        raise ValidationError.single(
            RETENTION_SETTING,
            f"keep the history for 0 (for ever) to {MAX_RETENTION_DAYS} days, e.g. 365 for a year",
        )
    Setting.insert(key=RETENTION_SETTING, value=str(days)).on_conflict_replace().execute()
    return Outcome(days, Changes.of("setting"))


def prune(now: datetime | None = None) -> int:
    """Delete entries older than the retention setting; returns how many went.

    ``now`` is naive UTC (default: now). With retention 0 nothing is deleted.
    """
    days = retention_days()
    if days == 0:
        return 0
    cutoff = (now or utcnow()) - timedelta(days=days)
    with database_proxy.atomic():
        old = AuditEntry.select(AuditEntry.id).where(AuditEntry.at < cutoff)
        AuditValue.delete().where(AuditValue.entry.in_(old)).execute()
        return int(AuditEntry.delete().where(AuditEntry.at < cutoff).execute())
