"""The state of one import while it runs: counts, problems, rejects, undo records.

Entity importers (:mod:`.customers`, :mod:`.activities`, :mod:`.deals`)
get an :class:`ImportRun` and report every row through it, so all kinds
count, reject and record changes the same way.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peewee import SqliteDatabase

from crm_desktop.db.models import database_proxy
from crm_desktop.importing import values as v
from crm_desktop.importing.options import ImportOptions
from crm_desktop.importing.problems import Problem, ProblemList, RejectLog
from crm_desktop.importing.regions import country_columns
from crm_desktop.importing.source import FileInfo, SourceRow
from crm_desktop.io.mapping import MappedRow, Mapping, split_multi


def current_db() -> SqliteDatabase:
    """The open store's database (the proxy's target)."""
    db = database_proxy.obj
    if not isinstance(db, SqliteDatabase):
        raise RuntimeError("no database is open")
    return db


DATE_FIELDS = frozenset({"birthday", "created_at", "purchase_date", "occurred_at", "expected_close"})


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    merged: int = 0  # part of skipped: rows that repeat an earlier row of the file
    unchanged: int = 0  # part of skipped: matches whose values are all the same already


@dataclass
class ChangeLog:
    """ImportChange rows, buffered and written in bulk."""

    batch_id: int
    rows: list[tuple[int, str, int, str, str | None]] = field(default_factory=list)

    def created(self, entity: str, ids: Iterable[int]) -> None:
        self.rows.extend((self.batch_id, entity, i, "created", None) for i in ids)

    def updated(self, entity: str, row_id: int, before: dict[str, object]) -> None:
        self.rows.append((self.batch_id, entity, row_id, "updated", json.dumps(before, ensure_ascii=False)))

    def flush(self, con: sqlite3.Connection) -> None:
        if self.rows:
            con.executemany(
                "INSERT INTO import_change (batch_id, entity, row_id, action, before) VALUES (?, ?, ?, ?, ?)",
                self.rows,
            )
            self.rows.clear()


class ImportRun:
    """Everything an entity importer needs while it works through the rows."""

    def __init__(
        self,
        con: sqlite3.Connection,
        options: ImportOptions,
        mapping: Mapping,
        info: FileInfo,
        *,
        batch_id: int,
        stamp: str,
        region: str,
        today: date,
        day_first: dict[str, bool],
        file_name: str = "",
    ) -> None:
        self.con = con
        self.options = options
        self.mapping = mapping
        self.info = info
        self.stamp = stamp
        self.file_name = file_name
        self.region = region
        self.today = today
        self.day_first = day_first
        self.counts = Counts()
        self.problems = ProblemList()
        self.notes = ProblemList()
        self.rejects = RejectLog(info.headers)
        self.changes = ChangeLog(batch_id)
        self.touched_customers: set[int] = set()
        self.country_columns = country_columns(mapping.headers)  # phones are read in the row's country
        self.placeholders = 0  # cells read as empty because they held only "-", "N/A" …
        self.columns: dict[str, list[int]] = {}
        for index, fld in sorted(mapping.columns.items()):
            self.columns.setdefault(fld, []).append(index)

    # --- rows ---------------------------------------------------------------

    def apply(self, row: SourceRow) -> MappedRow:
        return self.mapping.apply(row.cells)

    def reject(self, row: SourceRow | None, line: int, problems: Sequence[tuple[str | None, str]]) -> None:
        """Count a row as rejected, keep its problems and its cells for the rejects file."""
        self.counts.rejected += 1
        for column, reason in problems:
            self.problems.add(Problem(line, column, reason))
        self.rejects.add(line, row.cells if row is not None else [], [reason for _, reason in problems])

    def note(self, line: int, reason: str, column: str | None = None) -> None:
        self.notes.add(Problem(line, column, reason))

    # --- where a value came from ----------------------------------------------

    def header(self, fld: str) -> str | None:
        """The (first) column mapped to ``fld``."""
        indexes = self.columns.get(fld)
        return self.mapping.headers[indexes[0]] if indexes else None

    def converter(self, cells: dict[str, str], issues: list[tuple[str | None, str]]) -> Callable[..., Any]:
        """``convert(field, fn, *args)``: ``fn(cells[field], *args)``, or None with the problem noted
        in ``issues`` under the field's column."""

        def convert(name: str, fn: Callable[..., Any], *args: Any) -> Any:
            try:
                return fn(cells[name], *args)
            except v.FieldProblem as exc:
                issues.append((self.header(name), str(exc)))
                return None

        return convert

    def column_of(self, row: SourceRow, fld: str, value: str) -> str | None:
        """The header of the column that held ``value`` for ``fld`` in this row."""
        indexes = self.columns.get(fld, [])
        for index in indexes:
            cell = row.cells[index] if index < len(row.cells) else ""
            if cell.strip() == value or value in split_multi(cell, fld):
                return self.mapping.headers[index]
        return self.header(fld)

    def utc_column(self, fld: str) -> bool:
        """True if the column of ``fld`` says its times are UTC ("Created date (UTC)")."""
        header = (self.header(fld) or "").casefold()
        return "utc" in header or "gmt" in header

    def day_first_for(self, fld: str) -> bool:
        return self.day_first.get(fld, True)
