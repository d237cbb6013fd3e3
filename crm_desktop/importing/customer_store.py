"""Customers in and out of SQLite in bulk: load states, insert, write changes, restore.

Plain ``executemany`` on the import's connection; ids of new customers are
given by the import (it holds the write lock), so phones, emails, tags and
custom fields are inserted in bulk as well.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from crm_desktop.contact_points import Phone
from crm_desktop.importing.customer_record import CustomerState
from crm_desktop.importing.lookups import Tags

CHUNK = 500
CHILDREN: dict[str, tuple[str, ...]] = {
    "customer_phone": ("id", "raw_text", "e164", "search_digits", "label", "position"),
    "customer_email": ("id", "email", "label", "position"),
    "customer_tag": ("id", "tag_id"),
    "custom_field": ("id", "key", "value"),
}
NEW_CUSTOMER: dict[str, object] = {
    "kind": "person", "given_name": "", "family_name": "", "company": "", "address": "",
    "city": "", "birthday": None, "source": "", "interests": "", "notes": "", "facebook": "",
    "external_id": None, "owner_id": None, "deleted_at": None, "primary_phone": "",
    "primary_email": "", "tag_names": "", "last_contact_at": None, "last_purchase_at": None,
    "lifetime_value_minor": 0,
}  # fmt: skip


def customer_columns(con: sqlite3.Connection) -> list[str]:
    return [row[1] for row in con.execute('PRAGMA table_info("customer")') if row[1] != "id"]


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def snapshots(con: sqlite3.Connection, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Every stored detail of these customers, children with their ids (undo restores them)."""
    out: dict[int, dict[str, Any]] = {}
    columns = customer_columns(con)
    for part in chunks(sorted(set(ids))):
        marks = ",".join("?" * len(part))
        for row in con.execute(f"SELECT id, {', '.join(columns)} FROM customer WHERE id IN ({marks})", part):
            out[row[0]] = {"customer": dict(zip(columns, row[1:], strict=True))}
            out[row[0]].update({table: [] for table in CHILDREN})
        for table, cols in CHILDREN.items():
            sql = (
                f"SELECT customer_id, {', '.join(cols)} FROM {table} "
                f"WHERE customer_id IN ({marks}) ORDER BY id"
            )
            for row in con.execute(sql, part):
                out[row[0]][table].append(list(row[1:]))
    return out


def state_of(con: sqlite3.Connection, customer_id: int, snap: dict[str, Any]) -> CustomerState:
    """A customer's state from its snapshot (see :func:`snapshots`)."""
    phones = sorted(snap["customer_phone"], key=lambda r: (r[5], r[0]))
    emails = sorted(snap["customer_email"], key=lambda r: (r[3], r[0]))
    tag_ids = [r[1] for r in snap["customer_tag"]]
    names = dict(_tag_names(con, tag_ids))
    state = CustomerState(
        id=customer_id,
        values=dict(snap["customer"]),
        phones=[Phone(r[1], r[2], r[3]) for r in phones],
        emails=[r[1] for r in emails],
        tags=[names[t] for t in tag_ids if t in names],
        custom={r[1]: r[2] for r in snap["custom_field"]},
        phone_position=max([r[5] + 1 for r in phones], default=0),
        email_position=max([r[3] + 1 for r in emails], default=0),
    )
    state.mark_base()
    return state


def _tag_names(con: sqlite3.Connection, tag_ids: Sequence[int]) -> Iterator[tuple[int, str]]:
    if tag_ids:
        marks = ",".join("?" * len(tag_ids))
        yield from con.execute(f"SELECT id, name FROM tag WHERE id IN ({marks})", list(tag_ids))


def new_state(customer_id: int, stamp: str) -> CustomerState:
    values = dict(NEW_CUSTOMER, created_at=stamp, updated_at=stamp)
    return CustomerState(customer_id, values, [], [], [], {})


def insert_new(con: sqlite3.Connection, states: Sequence[CustomerState], tags: Tags) -> None:
    """Insert customers (with their given ids) and everything that belongs to them."""
    if not states:
        return
    known = set(customer_columns(con))  # columns added by later versions keep their defaults
    columns = [
        c for c in (*NEW_CUSTOMER, "display_name", "sort_name", "created_at", "updated_at") if c in known
    ]
    sql = f"INSERT INTO customer (id, {', '.join(columns)}) VALUES ({', '.join('?' * (len(columns) + 1))})"
    con.executemany(sql, ([s.id, *(s.values[c] for c in columns)] for s in states))
    _insert_children(con, states, tags, new=True)


def write_changes(con: sqlite3.Connection, state: CustomerState, tags: Tags, stamp: str) -> None:
    """Store what a merge changed in an existing customer (the diff against its base)."""
    changed = sorted(state.changed)
    if changed:
        sets = ", ".join(f'"{c}" = ?' for c in changed)
        params = [state.values[c] for c in changed]
        con.execute(f"UPDATE customer SET {sets}, updated_at = ? WHERE id = ?", [*params, stamp, state.id])
    else:
        con.execute("UPDATE customer SET updated_at = ? WHERE id = ?", (stamp, state.id))
    state.values["updated_at"] = stamp
    _insert_children(con, [state], tags, new=False)
    for key, value in state.custom.items():
        if key in state.base_custom and state.base_custom[key] != value:
            con.execute(
                "UPDATE custom_field SET value = ? WHERE customer_id = ? AND key = ?", (value, state.id, key)
            )
    state.mark_base()


def _insert_children(
    con: sqlite3.Connection, states: Sequence[CustomerState], tags: Tags, *, new: bool
) -> None:
    phones, emails, links, custom = [], [], [], []
    for s in states:
        for i, p in enumerate(s.phones[s.base_phones :]):
            phones.append((s.id, p.raw, p.e164, p.search_digits, "", s.phone_position + i))
        for i, e in enumerate(s.emails[s.base_emails :]):
            emails.append((s.id, e, "", s.email_position + i))
        links += [(s.id, tid) for tid in tags.ids(s.tags[s.base_tags :])]
        custom += [(s.id, k, v) for k, v in s.custom.items() if new or k not in s.base_custom]
    con.executemany(
        "INSERT INTO customer_phone (customer_id, raw_text, e164, search_digits, label, position) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        phones,
    )
    con.executemany(
        "INSERT INTO customer_email (customer_id, email, label, position) VALUES (?, ?, ?, ?)", emails
    )
    con.executemany("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)", links)
    con.executemany("INSERT INTO custom_field (customer_id, key, value) VALUES (?, ?, ?)", custom)


def restore(con: sqlite3.Connection, customer_id: int, snap: dict[str, Any]) -> None:
    """Put a customer back exactly as :func:`snapshots` saw it (children keep their ids)."""
    values = snap["customer"]
    columns = list(values)
    sets = ", ".join(f'"{c}" = ?' for c in columns)
    con.execute(f"UPDATE customer SET {sets} WHERE id = ?", [*(values[c] for c in columns), customer_id])
    for table, cols in CHILDREN.items():
        con.execute(f"DELETE FROM {table} WHERE customer_id = ?", (customer_id,))
        rows = [[r[0], customer_id, *r[1:]] for r in snap[table]]
        marks = ", ".join("?" * (len(cols) + 1))
        con.executemany(
            f"INSERT INTO {table} (id, customer_id, {', '.join(cols[1:])}) VALUES ({marks})", rows
        )
