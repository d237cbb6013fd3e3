"""What changed since an import, so undoing it would overwrite or delete someone's work."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from crm_desktop.importing import messages as m
from crm_desktop.translatable import joined

CHUNK = 500
# records that belong to a customer (or a deal) and may be added after an import
DEPENDENTS = {
    "customer": (("interaction", m.ENTITY_WORDS["interactions"]), ("purchase", m.ENTITY_WORDS["purchases"]),
                 ("deal", m.ENTITY_WORDS["deals"]), ("task", m.ENTITY_WORDS["tasks"]),
                 ("ticket", m.ENTITY_WORDS["tickets"])),
    "deal": (("task", m.ENTITY_WORDS["tasks"]),),
}  # fmt: skip
EDITABLE = ("customer", "deal")  # tables with updated_at, which every edit sets


@dataclass(frozen=True)
class Change:
    entity: str
    row_id: int
    action: str
    before: dict[str, Any] | None


@dataclass
class ConflictReport:
    messages: list[str] = field(default_factory=list)
    keep: set[tuple[str, int]] = field(default_factory=set)  # created rows to keep when forced
    kept: list[str] = field(default_factory=list)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _label(con: sqlite3.Connection, table: str, row_id: int) -> str:
    column = {"customer": "display_name", "deal": "title"}.get(table)
    if column is None:
        return m.word(m.ROW_LABELS, table)
    row = con.execute(f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    return _named(table, row[0]) if row else m.word(m.ROW_LABELS, table)


def _named(table: str, name: str) -> str:
    return m.NAMED_ROW_LABELS[table].format(name=name)


def find_conflicts(
    con: sqlite3.Connection, batch_id: int, stamp: str, changes: list[Change]
) -> ConflictReport:
    report = ConflictReport()
    by_table: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        by_table[change.entity].append(change)
    _later_imports(con, batch_id, by_table, report)
    for table in EDITABLE:
        _edited(con, table, stamp, by_table.get(table, []), report)
        created = [c.row_id for c in by_table.get(table, []) if c.action == "created"]
        _newer_records(con, table, created, by_table, report)
    return report


def _later_imports(
    con: sqlite3.Connection, batch_id: int, by_table: dict[str, list[Change]], report: ConflictReport
) -> None:
    for table, items in by_table.items():
        ids = [c.row_id for c in items]
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            for row_id, later in con.execute(
                "SELECT c.row_id, min(c.batch_id) FROM import_change c "
                "JOIN import_batch b ON b.id = c.batch_id "
                f"WHERE c.entity = ? AND c.batch_id > ? AND b.undone_at IS NULL AND c.row_id IN ({marks}) "
                "GROUP BY c.row_id",
                [table, batch_id, *part],
            ):
                what = _label(con, table, row_id)
                report.messages.append(m.LATER_IMPORT.format(what=what, row_id=row_id, later=later))


def _edited(
    con: sqlite3.Connection, table: str, stamp: str, items: list[Change], report: ConflictReport
) -> None:
    ids = [c.row_id for c in items]
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        for row_id, name in con.execute(
            f'SELECT id, {"display_name" if table == "customer" else "title"} FROM "{table}" '
            f"WHERE id IN ({marks}) AND (updated_at != ? OR deleted_at IS NOT NULL)",
            [*part, stamp],
        ):
            what = _named(table, name)
            report.messages.append(m.EDITED_AFTER.format(what=what, row_id=row_id))


def _newer_records(
    con: sqlite3.Connection,
    table: str,
    created: list[int],
    by_table: dict[str, list[Change]],
    report: ConflictReport,
) -> None:
    mine = {t: {c.row_id for c in items if c.action == "created"} for t, items in by_table.items()}
    found: dict[int, list[str]] = defaultdict(list)
    column = f"{table}_id"
    for child, word in DEPENDENTS[table]:
        for part in _chunks(created):
            marks = ",".join("?" * len(part))
            rows = con.execute(f'SELECT id, {column} FROM "{child}" WHERE {column} IN ({marks})', list(part))
            owners = {owner for cid, owner in rows if cid not in mine.get(child, set())}
            for owner in owners:
                found[owner].append(word)
    for row_id, words in sorted(found.items()):
        message = m.HAS_NEWER_RECORDS.format(
            what=_label(con, table, row_id), row_id=row_id, kinds=joined(words)
        )
        report.messages.append(message)
        report.kept.append(message)
        report.keep.add((table, row_id))
