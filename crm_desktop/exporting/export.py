"""Export customers, purchases, deals, interactions and tasks to CSV, customers to vCard.

The file is written next to the target under a temporary name and moved
into place at the end, so a cancelled or failed export never leaves half a
file where the user expects a whole one.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import BinaryIO, TextIO

import peewee

from crm_desktop.db.store import refuse_if_damaged
from crm_desktop.exporting import columns as c
from crm_desktop.importing.lookups import database_id
from crm_desktop.importing.run import current_db
from crm_desktop.io.csv_writer import write_csv
from crm_desktop.io.vcard_model import TypedValue, VCardAddress, VCardContact
from crm_desktop.io.vcard_writer import write_vcards
from crm_desktop.output_files import check_output_path, replacing

ENTITIES = ("customers", "purchases", "deals", "interactions", "tasks")
Progress = Callable[[int, int], None]

_TABLES = {"customers": "customer", "purchases": "purchase", "deals": "deal", "interactions": "interaction",
           "tasks": "task"}  # fmt: skip


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


def _context() -> c.Context:
    db = current_db()
    con: sqlite3.Connection = db.connection()
    db_id = database_id(con)  # an export reads only; the id is written once, if it can be
    if db_id is None:
        refuse_if_damaged(db)  # the one write an export makes: never into a damaged file
        try:
            with db.atomic():
                db_id = database_id(con, create=True)
        except (sqlite3.OperationalError, peewee.OperationalError):
            db_id = None  # read-only file or another program writing: rows without a reference
    users = {uid: name for uid, name in con.execute('SELECT id, name FROM "user"')}
    return c.Context(con, db_id or "", users)


def count_rows(entity: str, customer_ids: Sequence[int] | None = None) -> int:
    """How many rows an export of ``entity`` writes (for progress)."""
    if customer_ids is not None and entity == "customers":
        return len(customer_ids)
    con = current_db().connection()
    table = _TABLES[entity]
    if entity == "customers":
        return int(con.execute("SELECT count(*) FROM customer WHERE deleted_at IS NULL").fetchone()[0])
    sql = (
        f'SELECT count(*) FROM "{table}" x LEFT JOIN customer c ON c.id = x.customer_id '
        "WHERE x.deleted_at IS NULL AND (c.id IS NULL OR c.deleted_at IS NULL)"
    )
    return int(con.execute(sql).fetchone()[0])


def export_csv(
    entity: str,
    target: str | os.PathLike[str] | TextIO | BinaryIO,
    *,
    bom: bool = False,
    customer_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Write ``entity`` as CSV (UTF-8, optionally with a byte-order mark for Excel); rows written.

    ``customer_ids`` limits the export to those customers (for customers, in
    that order; for the other kinds, the rows that belong to them).
    """
    if entity not in ENTITIES:
        raise ValueError(f"Unknown export {entity!r}; use one of {', '.join(ENTITIES)}.")
    if isinstance(target, str | os.PathLike):
        check_output_path(target)  # before anything is read or written
    ctx = _context()
    total = count_rows(entity, customer_ids)
    if entity == "customers":
        keys = c.custom_keys(ctx.con, customer_ids)
        headers = [*c.CUSTOMER_HEADERS, *(c.CUSTOM_PREFIX + k for k in keys)]
        rows: Iterable[list[object]] = c.customer_rows(ctx, customer_ids, keys)
    else:
        headers, maker = {
            "purchases": (c.PURCHASE_HEADERS, c.purchase_rows),
            "deals": (c.DEAL_HEADERS, c.deal_rows),
            "interactions": (c.INTERACTION_HEADERS, c.interaction_rows),
            "tasks": (c.TASK_HEADERS, c.task_rows),
        }[entity]
        rows = maker(ctx, customer_ids)
    return _write(target, lambda fp: write_csv(fp, headers, _watch(rows, total, progress, cancel), bom=bom))


def _watch(
    rows: Iterable[list[object]], total: int, progress: Progress | None, cancel: Callable[[], bool] | None
) -> Iterator[list[object]]:
    for done, row in enumerate(rows, start=1):
        if done % 1000 == 0:
            if cancel is not None and cancel():
                raise ExportCancelled
            if progress is not None:
                progress(done, max(total, done))
        yield row
    if progress is not None:
        progress(total, total)


def _write(target: str | os.PathLike[str] | TextIO | BinaryIO, writer: Callable[[BinaryIO], int]) -> int:
    if not isinstance(target, str | os.PathLike):
        return writer(target)  # type: ignore[arg-type]
    with replacing(check_output_path(target)) as partial, open(partial, "wb") as fp:
        return writer(fp)


def contacts(customer_ids: Sequence[int] | None = None) -> Iterator[VCardContact]:
    """Customers as vCard contacts (phones in E.164, which every phone dials from anywhere)."""
    ctx = _context()
    for row in c.customer_rows(ctx, customer_ids, [], phone_column="coalesce(nullif(e164, ''), raw_text)"):
        name, given, family, kind, company, phones, emails, address, city, birthday = row[:10]
        notes, tags, ext = row[12], row[14], row[16]
        given, family = name_parts(str(name), str(given), str(family), str(kind))
        yield VCardContact(
            formatted_name=str(name), given_name=given, family_name=family,
            organization=str(company),
            phones=[TypedValue(p, ["cell"]) for p in _split(phones)],
            emails=[TypedValue(e, ["internet"]) for e in _split(emails)],
            addresses=[VCardAddress(street=str(address), city=str(city))] if address or city else [],
            note=str(notes), birthday=str(birthday),
            categories=[t.strip() for t in str(tags).split(",") if t.strip()], uid=str(ext),
        )  # fmt: skip


def name_parts(name: str, given: str, family: str, kind: str) -> tuple[str, str]:
    """(given, family) for a vCard's N: the stored parts, or — for a person made in the window,
    who has only a name — the name's last word as the family name and the rest as given names.
    A business has no personal name (its name is the FN and the ORG)."""
    if given or family or kind == "business" or "@" in name or not any(ch.isalpha() for ch in name):
        return given, family
    *first, last = name.split()
    return " ".join(first), last


def _split(value: object) -> list[str]:
    return [p for p in str(value).split(c.JOIN) if p]


def export_vcards(
    target: str | os.PathLike[str] | BinaryIO,
    customer_ids: Sequence[int] | None = None,
    *,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Write customers as one vCard 3.0 file (UTF-8); the number of cards."""
    if isinstance(target, str | os.PathLike):
        check_output_path(target)

    def writer(fp: BinaryIO) -> int:
        count = 0
        batch: list[VCardContact] = []
        for contact in contacts(customer_ids):
            batch.append(contact)
            if len(batch) == c.PAGE:
                if cancel is not None and cancel():
                    raise ExportCancelled
                fp.write(write_vcards(batch).encode("utf-8"))
                count, batch = count + len(batch), []
        fp.write(write_vcards(batch).encode("utf-8"))
        return count + len(batch)

    return _write(target, writer)
