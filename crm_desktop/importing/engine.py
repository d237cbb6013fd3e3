"""One import from start to end: the same path for the GUI, the CLI and a dry run.

1. Open the file (encoding, delimiter and header detected unless given) and
   decide the mapping (the one given, a saved one re-bound by header names,
   or the suggested one).
2. Read it once to count the rows and to see, per date column, whether dates
   are written day first.
3. In one transaction, with the search triggers off: record a batch, then
   per chunk of rows check, match and write them (bulk ``executemany``);
   rebuild the search index of the customers touched; update the batch.
4. Commit only when something changed and it is allowed: a dry run, a
   cancelled run, a run where rows had problems without "skip invalid
   rows", and a run that changed nothing are all rolled back, so the
   database is exactly as it was.
"""

from __future__ import annotations

import gc
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import Protocol

import peewee

from crm_desktop.db import sqlite
from crm_desktop.db.store import CorruptDatabaseError, describe_sqlite_error, refuse_if_damaged
from crm_desktop.importing import messages as m
from crm_desktop.importing import value_hints
from crm_desktop.importing import values as v
from crm_desktop.importing.batches import earlier_import
from crm_desktop.importing.bulk import customer_indexes_built_after
from crm_desktop.importing.customer_record import CUSTOM_PREFIX
from crm_desktop.importing.deals import lost_reason_column
from crm_desktop.importing.options import ImportCancelled, ImportOptions, ImportRefused
from crm_desktop.importing.problems import REJECT_COLUMNS
from crm_desktop.importing.recover import recover_cells
from crm_desktop.importing.result import DRY_RUN, IMPORTED, REFUSED, UNCHANGED, ImportResult
from crm_desktop.importing.run import DATE_FIELDS, ImportRun, current_db
from crm_desktop.importing.source import FileInfo, ImportFile, SourceRow
from crm_desktop.io import messages as io_messages
from crm_desktop.io.mapping import Mapping, MappingError, build_mapping
from crm_desktop.locale import detect_day_first
from crm_desktop.services import input_rules
from crm_desktop.services.settings import phone_region
from crm_desktop.timeutil import utcnow

Progress = Callable[[int, int], None]
CHUNK_ROWS = 2000
DATE_SAMPLE = 20_000


class _Rollback(Exception):
    def __init__(self, status: str) -> None:
        super().__init__(status)
        self.status = status


def suggested_mapping(headers: list[str], entity: str, rows: Sequence[Sequence[str]] = ()) -> Mapping:
    """The suggested mapping, except for columns that are ours and never a field.

    ``Custom: …`` columns (custom fields in our export) and the two columns of a
    rejected-rows file are left unmapped, whatever words their headers contain.
    Given the first ``rows``, the suggestion is checked against their values
    (:mod:`.value_hints`): a yes/no column is never an email.
    """
    return suggest_with_confidence(headers, entity, rows)[0]


def suggest_with_confidence(
    headers: list[str], entity: str, rows: Sequence[Sequence[str]] = ()
) -> tuple[Mapping, dict[int, str]]:
    """The suggested mapping and, per mapped column, how sure it is (see :mod:`.value_hints`)."""
    ours: dict[int, str | None] = {
        i: None for i, h in enumerate(headers) if h.startswith(CUSTOM_PREFIX) or h in REJECT_COLUMNS
    }
    mapping = build_mapping(headers, entity, ours)
    judged = value_hints.judge(headers, dict(mapping.columns), rows, entity)
    overrides = {i: f for i, f in judged.overrides.items() if i not in ours}
    if overrides:
        mapping = build_mapping(headers, entity, {**ours, **overrides})
    confidence = {i: judged.confidence.get(i, value_hints.HEADER_ONLY) for i in mapping.columns}
    return mapping, confidence


def resolve_mapping(
    options: ImportOptions, info: FileInfo, rows: Sequence[Sequence[str]] = ()
) -> tuple[Mapping, list[str]]:
    """The mapping to use for this file and the notices it gives (``rows``: the first rows,
    whose values check a suggested mapping)."""
    notices: list[str] = []
    mapping = options.mapping
    try:
        if mapping is None:
            mapping = suggested_mapping(info.headers, options.entity, rows)
        elif mapping.headers != info.headers:
            mapping, missing = mapping.rebind(info.headers)
            notices += [io_messages.COLUMN_MISSING.format(header=h) for h in missing]
    except MappingError as exc:
        raise ImportRefused(str(exc)) from None
    if mapping.entity != options.entity:
        raise ImportRefused(
            m.MAPPING_IS_FOR.format(
                saved=m.word(m.ENTITY_WORDS, mapping.entity), entity=m.word(m.ENTITY_WORDS, options.entity)
            )
        )
    columns = {i: f for i, f in mapping.columns.items() if mapping.headers[i] not in REJECT_COLUMNS}
    if columns != mapping.columns:
        mapping = Mapping(mapping.entity, columns, mapping.headers, mapping.extra)
    if not mapping.columns:
        raise ImportRefused(m.NOTHING_MAPPED.format(entity=m.word(m.ENTITY_WORDS, options.entity)))
    if options.entity != "customers" and mapping.extra == "custom_fields":
        skip = set(REJECT_COLUMNS)
        if options.entity == "deals" and (lost := lost_reason_column(mapping)) is not None:
            skip.add(info.headers[lost])
        unmapped = [h for i, h in enumerate(info.headers) if i not in mapping.columns and h not in skip]
        notices += [
            m.COLUMN_NOT_IMPORTED.format(header=h, entity=m.word(m.ENTITY_WORDS, options.entity))
            for h in unmapped
        ]
    if options.entity == "deals" and "notes" in mapping.columns.values():
        header = mapping.headers[next(i for i, f in mapping.columns.items() if f == "notes")]
        notices.append(m.DEAL_NOTES_DROPPED.format(header=header))
    return mapping, notices


def _date_samples(rows: Iterator[SourceRow], mapping: Mapping) -> dict[str, list[str]]:
    """The first values of each date column (read only when dates are mapped)."""
    dates = {i: f for i, f in mapping.columns.items() if f in DATE_FIELDS}
    samples: dict[str, list[str]] = {f: [] for f in dates.values()}
    if dates:
        for row in islice(rows, DATE_SAMPLE):
            for index, fld in dates.items():
                if index < len(row.cells) and row.cells[index]:
                    samples[fld].append(row.cells[index])
    return samples


def _chunks(rows: Iterator[SourceRow], size: int) -> Iterator[list[SourceRow]]:
    while chunk := list(islice(rows, size)):
        yield chunk


def run_import(
    file: ImportFile,
    options: ImportOptions,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import ``file`` into the open store (see the module notes).

    Raises :class:`ImportRefused` when the file cannot be read or mapped or
    the database refuses a write (nothing written), :class:`ImportCancelled`
    when ``cancel()`` turned true (nothing written).
    """
    with file.open(options) as first:
        info = first.info
        head = list(islice(first.rows(), value_hints.SAMPLE))
        mapping, notices = resolve_mapping(options, info, [row.cells for row in head])
        samples = _date_samples(chain(head, first.rows()), mapping)
        notices += [io_messages.LINE_NOTICE.format(line=n, reason=reason) for n, reason in first.notices]
    day_first = {
        fld: options.day_first if options.day_first is not None else detect_day_first(values) is not False
        for fld, values in samples.items()
    }
    estimate = file.estimate_rows(info)
    db = current_db()
    if not dry_run:
        try:
            refuse_if_damaged(db)  # never write into a damaged file
        except CorruptDatabaseError as exc:
            raise ImportRefused(exc.args[0]) from exc
    digest = file.digest()
    earlier = earlier_import(digest, options.entity, db.connection())
    if earlier is not None:
        notices.insert(0, m.ALREADY_IMPORTED.format(date=earlier.created_at[:16], batch=earlier.batch_id))
    options = replace(options, extra={**options.extra, "file_sha256": digest})
    stamp = utcnow().isoformat(sep=" ")
    region = options.region or phone_region()
    last_line = 0
    try:
        with _gc_paused(), db.atomic("IMMEDIATE"):
            con: sqlite3.Connection = db.connection()
            batch_id = _start_batch(con, options, file.name, stamp, mapping)
            run = ImportRun(
                con, options, mapping, info, batch_id=batch_id, stamp=stamp, region=region,
                today=date.today(), day_first=day_first, file_name=file.name,
            )  # fmt: skip
            importer = _importer(run)
            done = 0
            bulk = estimate if options.entity == "customers" else 0
            with (
                sqlite.search_sync_suspended(db),
                customer_indexes_built_after(con, bulk),
                file.open(options) as source,
            ):
                for chunk in _chunks(source.rows(), CHUNK_ROWS):
                    if cancel is not None and cancel():
                        raise ImportCancelled(m.CANCELLED)
                    last_line = chunk[-1].line
                    importer.process(_storable(run, chunk))
                    run.changes.flush(con)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, max(estimate, done))
                unreadable, blank = source.problems, source.blank_records
                if done == 0 and not unreadable:
                    raise ImportRefused(m.EMPTY_FILE if info.kind == "csv" else m.NO_CARDS)
                cells = recover_cells(file, info, {line for line, _ in unreadable}) if unreadable else {}
                short = _short_rows(run, unreadable, cells)
                if short:  # a row that left out its last empty cells: read as empty, with a warning
                    importer.process(_storable(run, short))
                    run.changes.flush(con)
                for problem in unreadable:
                    if problem[0] not in {row.line for row in short}:
                        _reject_unreadable(run, problem, cells)
                run.problems.items.sort(key=lambda p: p.line)
                importer.finish()
                run.changes.flush(con)
                _reindex(con, run.touched_customers)
            if run.placeholders:
                notices.append(m.PLACEHOLDERS_EMPTY.format(count=run.placeholders))
            status = _status(run, dry_run)
            result = _result(run, file, info, status, notices, done + len(unreadable))
            result.blank_records = blank
            result.already_imported = earlier
            if status != IMPORTED:
                raise _Rollback(status)
            counts = run.counts
            con.execute(
                "UPDATE import_batch SET created = ?, updated = ?, skipped = ?, rejected = ? WHERE id = ?",
                (counts.created, counts.updated, counts.skipped, counts.rejected, batch_id),
            )
            result.batch_id = batch_id
    except _Rollback:
        pass
    except (sqlite3.OperationalError, peewee.OperationalError) as exc:
        # busy (another program is writing), read-only, disk full: say that, not "refused a row"
        raise ImportRefused(
            f"{describe_sqlite_error(Path(db.database), exc)} Nothing was imported."
        ) from None
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        raise ImportRefused(m.DATABASE_REFUSED.format(detail=exc, line=last_line)) from None
    if result.status == REFUSED:
        result.message = m.ROWS_HAVE_PROBLEMS.format(count=result.rejected)
    return result


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while rows are loaded: the import keeps large lookup tables
    (every key of the file) that each collection would walk again, a third of the import's
    time; it makes almost no cycles, so one collection at the end frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            gc.collect()


def _storable(run: ImportRun, chunk: list[SourceRow]) -> list[SourceRow]:
    """The rows whose cells can all be stored; the others are rejected, naming the column.

    Placeholders for "no value" (``-``, ``N/A``, ``null``, ``#N/A`` …) are made empty first.

    The import writes with SQL of its own, so it applies the services' text rules
    (crm_desktop/services/input_rules.py) here: no NUL, no control characters
    besides tab and line breaks, no half characters, nothing over the size limit.
    """
    kept = []
    for row in chunk:
        cells = row.cells
        for i, cell in enumerate(cells):
            if cell and len(cell) <= 12 and v.is_placeholder(cell):
                cells[i] = ""
                run.placeholders += 1
        found = [
            (header, reason)
            for header, cell in zip(run.mapping.headers, row.cells, strict=False)
            if cell and (reason := input_rules.problem(cell, multiline=True))
        ]
        if found and all(getattr(r, "template", "") in _CLEANABLE for _, r in found):
            # a stray control or broken character does not lose the row: it is replaced
            for i, cell in enumerate(cells):
                if cell and input_rules.problem(cell, multiline=True):
                    cells[i] = _clean(cell)
                    header = run.mapping.headers[i] if i < len(run.mapping.headers) else None
                    run.note(row.line, m.CHARACTER_REPLACED, header)
            found = []
        if found:
            run.reject(row, row.line, found)
        else:
            kept.append(row)
    return kept


_CLEANABLE = frozenset(
    {input_rules.CONTROL_CHARACTER, input_rules.NUL_CHARACTER, input_rules.BROKEN_CHARACTER}
)


def _clean(cell: str) -> str:
    """Control characters (other than tab and line breaks) as spaces, half characters as U+FFFD."""
    return "".join(
        " "
        if (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r")
        else "\ufffd"
        if 0xD800 <= ord(ch) <= 0xDFFF
        else ch
        for ch in cell
    )


def _reindex(con: sqlite3.Connection, customer_ids: set[int]) -> None:
    """Re-index the customers touched; when that is (nearly) everyone, one rebuild of it all is
    faster than customer by customer and gives the same index."""
    if not customer_ids:
        return
    stored = int(con.execute("SELECT count(*) FROM customer").fetchone()[0])
    db = current_db()
    if len(customer_ids) * 10 >= stored * 9:
        sqlite.rebuild_search(db)
    else:
        sqlite.rebuild_search(db, sorted(customer_ids))


def _start_batch(
    con: sqlite3.Connection, options: ImportOptions, name: str, stamp: str, mapping: Mapping
) -> int:
    options_json = ImportOptions(**{**vars(options), "mapping": mapping}).to_json()
    cursor = con.execute(
        "INSERT INTO import_batch (entity, file_name, created_at, created, updated, skipped, rejected, "
        "options, undone_at) VALUES (?, ?, ?, 0, 0, 0, 0, ?, NULL)",
        (options.entity, name, stamp, options_json),
    )
    return int(cursor.lastrowid or 0)


def _short_rows(
    run: ImportRun, unreadable: list[tuple[int, str]], cells: dict[int, list[str]]
) -> list[SourceRow]:
    """Rows with fewer fields than the header (an exporter that drops trailing empty cells, a
    hand-edited file): the missing cells are empty. Rows with too many fields stay refused:
    which comma was meant is a guess."""
    width = len(run.mapping.headers)
    rows = []
    for line, reason in unreadable:
        found = cells.get(line)
        if (
            getattr(reason, "template", "") == io_messages.TOO_FEW_AGAINST_HEADER
            and found
            and len(found) < width
        ):
            rows.append(SourceRow(line, [*found, *[""] * (width - len(found))]))
            run.note(line, m.SHORT_ROW.format(count=len(found), expected=width))
    return rows


def _reject_unreadable(run: ImportRun, problem: tuple[int, str], cells: dict[int, list[str]]) -> None:
    line, reason = problem
    run.reject(SourceRow(line, cells.get(line, [])), line, [(None, reason)])


def _status(run: ImportRun, dry_run: bool) -> str:
    counts = run.counts
    if dry_run:
        return DRY_RUN
    if counts.rejected and not run.options.skip_invalid:
        return REFUSED
    if not (counts.created or counts.updated):
        return UNCHANGED
    return IMPORTED


def _result(
    run: ImportRun, file: ImportFile, info: FileInfo, status: str, notices: list[str], rows: int
) -> ImportResult:
    return ImportResult(
        entity=run.options.entity,
        file_name=file.name,
        status=status,
        counts=run.counts,
        info=info,
        problems=run.problems.items,
        problem_count=run.problems.total,
        notes=run.notes.items,
        note_count=run.notes.total,
        notices=notices,
        rows=rows,
        rejects=run.rejects,
        customer_ids=frozenset(run.touched_customers) if status == IMPORTED else frozenset(),
    )


def _importer(run: ImportRun) -> _Importer:
    entity = run.options.entity
    if entity == "customers":
        from crm_desktop.importing.customers import CustomerImporter

        return CustomerImporter(run)
    if entity == "deals":
        from crm_desktop.importing.deals import DealImporter

        return DealImporter(run)
    from crm_desktop.importing.activities import ActivityImporter

    return ActivityImporter(run)


class _Importer(Protocol):
    """What every entity importer provides."""

    def process(self, rows: Sequence[SourceRow]) -> None: ...
    def finish(self) -> None: ...
