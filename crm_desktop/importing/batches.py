"""The import history, and undoing one import as a whole.

Undo deletes the rows the import created and puts back, from the snapshot
kept in ``import_change.before``, the rows it updated — children (phones,
emails, tag links, custom fields) with their original ids, so the database
is as it was. It first looks for rows changed since: a customer or deal
edited (its ``updated_at`` is no longer the import's), trashed, changed
again by a later import, or a created customer that has records added
since. Then it refuses (:class:`UndoConflict`, saying which rows), unless
``force``: edited rows are put back anyway and customers with newer
records are kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crm_desktop.db import sqlite
from crm_desktop.importing import customer_store
from crm_desktop.importing import messages as m
from crm_desktop.importing.conflicts import Change, find_conflicts
from crm_desktop.importing.options import ImportRefused
from crm_desktop.importing.run import current_db
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.purchases import refresh_purchase_caches
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import joined

# deleted in this order (children before parents); updates restored in any order
DELETE_ORDER = ("deal_stage_change", "purchase", "interaction", "deal", "customer", "tag", "user")
TABLES = {"deal_stage_change", "purchase", "interaction", "deal", "customer", "tag", "user"}


@dataclass(frozen=True)
class EarlierImport:
    """The same file (by content) imported before and not undone."""

    batch_id: int
    created_at: str  # UTC, as stored

    def to_json(self) -> dict[str, Any]:
        return {"batch_id": self.batch_id, "date": self.created_at}


def earlier_import(digest: str, entity: str, con: sqlite3.Connection | None = None) -> EarlierImport | None:
    """The first import of a file with this content (``ImportFile.digest``) as ``entity``, if any."""
    con = con or current_db().connection()
    row = con.execute(
        "SELECT id, created_at FROM import_batch WHERE undone_at IS NULL AND entity = ? "
        "AND json_extract(options, '$.file_sha256') = ? ORDER BY id LIMIT 1",
        (entity, digest),
    ).fetchone()
    return EarlierImport(int(row[0]), str(row[1])[:19]) if row else None


@dataclass(frozen=True)
class BatchInfo:
    """One import in the history."""

    id: int
    entity: str
    file_name: str
    created_at: datetime
    created: int
    updated: int
    skipped: int
    rejected: int
    undone_at: datetime | None
    options: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "entity": self.entity,
            "file": self.file_name,
            "created_at": self.created_at.isoformat(sep=" "),
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "undone_at": self.undone_at.isoformat(sep=" ") if self.undone_at else None,
        }


@dataclass
class UndoResult:
    batch_id: int
    deleted: dict[str, int] = field(default_factory=dict)
    restored: dict[str, int] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)  # rows left in place (force with newer records)


class UndoConflict(ImportRefused):
    """Rows changed since the import; ``conflicts`` lists each one (a sentence)."""

    def __init__(self, batch_id: int, conflicts: list[str]) -> None:
        first = joined(conflicts[:3], "; ", more=len(conflicts) > 3)
        english = str(first)
        capital = english[:1].upper() + english[1:]
        super().__init__(
            m.UNDO_CONFLICTS.format(
                batch_id=batch_id,
                count=len(conflicts),
                first=first if capital == english else first.retold(capital),
            )
        )
        self.batch_id = batch_id
        self.conflicts = conflicts


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def list_batches(limit: int | None = None) -> list[BatchInfo]:
    """Imports, newest first."""
    sql = (
        "SELECT id, entity, file_name, created_at, created, updated, skipped, rejected, undone_at, options "
        "FROM import_batch ORDER BY id DESC"
    )
    params: list[object] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    out = []
    for row in current_db().execute_sql(sql, params):
        try:
            options = json.loads(row[9])
        except ValueError:
            options = {}
        out.append(
            BatchInfo(
                id=row[0],
                entity=row[1],
                file_name=row[2],
                created_at=_when(row[3]) or utcnow(),
                created=row[4],
                updated=row[5],
                skipped=row[6],
                rejected=row[7],
                undone_at=_when(row[8]),
                options=options,
            )  # fmt: skip
        )
    return out


def undo_import(batch_id: int, *, force: bool = False) -> Outcome[UndoResult]:
    """Undo import ``batch_id`` (see the module notes)."""
    db = current_db()
    with db.atomic("IMMEDIATE"):
        con: sqlite3.Connection = db.connection()
        row = con.execute(
            "SELECT created_at, undone_at FROM import_batch WHERE id = ?", (batch_id,)
        ).fetchone()
        if row is None:
            raise ImportRefused(m.NO_BATCH.format(batch_id=batch_id))
        stamp, undone = row
        if undone:
            raise ImportRefused(m.ALREADY_UNDONE.format(batch_id=batch_id, when=undone))
        changes = [
            Change(entity, row_id, action, json.loads(before) if before else None)
            for entity, row_id, action, before in con.execute(
                "SELECT entity, row_id, action, before FROM import_change WHERE batch_id = ? ORDER BY id",
                (batch_id,),
            )
        ]
        report = find_conflicts(con, batch_id, stamp, changes)
        if report.messages and not force:
            raise UndoConflict(batch_id, report.messages)
        result = UndoResult(batch_id, kept=report.kept)
        customers: set[int] = set()
        with sqlite.search_sync_suspended(db):
            _restore_updates(con, changes, result, customers)
            _delete_created(con, changes, report.keep, result, customers)
            _restore_caches(con, changes, stamp, customers)
            # the history the import wrote goes with the changes it describes
            con.execute(
                "DELETE FROM audit_entry WHERE action = 'imported' AND id IN "
                "(SELECT entry_id FROM audit_value WHERE field = 'import' AND new_value LIKE ?)",
                (f"% (#{batch_id})",),
            )
            alive = [cid for (cid,) in con.execute("SELECT id FROM customer") if cid in customers]
            sqlite.rebuild_search(db, alive)
        con.execute(
            "UPDATE import_batch SET undone_at = ? WHERE id = ?", (utcnow().isoformat(sep=" "), batch_id)
        )
    kinds = ("customer", "tag", "deal", "purchase", "interaction", "user")
    return Outcome(result, Changes.of(*kinds, customers=customers))


def _restore_updates(
    con: sqlite3.Connection, changes: list[Change], result: UndoResult, customers: set[int]
) -> None:
    for change in changes:
        if change.action != "updated" or change.before is None:
            continue
        if change.entity == "customer":
            customer_store.restore(con, change.row_id, change.before)
            customers.add(change.row_id)
        elif change.entity in TABLES:
            _restore_row(con, change.entity, change.row_id, change.before)
            if change.entity in ("purchase", "interaction", "deal"):
                customers.update(_owners(con, change.entity, [change.row_id]))
        else:
            continue
        result.restored[change.entity] = result.restored.get(change.entity, 0) + 1


def _restore_row(con: sqlite3.Connection, table: str, row_id: int, values: dict[str, Any]) -> None:
    columns = list(values)
    sets = ", ".join(f'"{c}" = ?' for c in columns)
    con.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', [*(values[c] for c in columns), row_id])


def _delete_created(
    con: sqlite3.Connection,
    changes: list[Change],
    keep: set[tuple[str, int]],
    result: UndoResult,
    customers: set[int],
) -> None:
    created: dict[str, list[int]] = defaultdict(list)
    for change in changes:
        if change.action == "created" and (change.entity, change.row_id) not in keep:
            created[change.entity].append(change.row_id)
    for table in DELETE_ORDER:
        ids = created.get(table, [])
        if table in ("purchase", "interaction", "deal"):
            customers.update(_owners(con, table, ids))
        elif table == "customer":
            customers.update(ids)
        count = 0
        for part in customer_store.chunks(ids):
            marks = ",".join("?" * len(part))
            where = f"id IN ({marks})"
            if table == "tag":
                where += " AND id NOT IN (SELECT tag_id FROM customer_tag)"
            elif table == "user":
                where += " AND " + _UNUSED_USER
            count += con.execute(f'DELETE FROM "{table}" WHERE {where}', list(part)).rowcount
        if count:
            result.deleted[table] = count


_UNUSED_USER = " AND ".join(
    f'id NOT IN (SELECT {col} FROM "{table}" WHERE {col} IS NOT NULL)'
    for table, col in (
        ("customer", "owner_id"), ("deal", "owner_id"), ("interaction", "user_id"), ("task", "assignee_id"),
        ("ticket", "assignee_id"), ("deal_stage_change", "user_id"),
    )
)  # fmt: skip


def _owners(con: sqlite3.Connection, table: str, ids: list[int]) -> set[int]:
    out: set[int] = set()
    for part in customer_store.chunks(ids):
        marks = ",".join("?" * len(part))
        out.update(
            cid for (cid,) in con.execute(f'SELECT customer_id FROM "{table}" WHERE id IN ({marks})', part)
        )
    return out


def _restore_caches(con: sqlite3.Connection, changes: list[Change], stamp: str, customers: set[int]) -> None:
    """Last contact as it was (or as later interactions made it); purchase caches recomputed."""
    for change in changes:
        if change.entity == "customer_cache" and change.before is not None:
            later = con.execute(
                "SELECT max(occurred_at) FROM interaction WHERE customer_id = ? AND created_at > ? "
                "AND deleted_at IS NULL",
                (change.row_id, stamp),
            ).fetchone()[0]
            old = change.before.get("last_contact_at")
            value = max((v for v in (old, later) if v), default=None)
            con.execute("UPDATE customer SET last_contact_at = ? WHERE id = ?", (value, change.row_id))
    if any(c.entity == "purchase" for c in changes):
        live = [
            cid for cid in customers if con.execute("SELECT 1 FROM customer WHERE id = ?", (cid,)).fetchone()
        ]
        refresh_purchase_caches(live)
