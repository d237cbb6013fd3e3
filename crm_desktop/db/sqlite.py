"""Everything that only SQLite understands: pragmas, probing a file before
opening it, full-text search, online backup and integrity checks.

The rest of the core talks to the database through Peewee models; a
PostgreSQL backend would replace this module and the migrations' SQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import peewee
from peewee import DatabaseProxy, SqliteDatabase

BUSY_TIMEOUT_SECONDS = 5.0
SQLITE_HEADER = b"SQLite format 3\x00"

PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", 1),  # NORMAL: safe with WAL, a power cut loses at most the last commit
    ("cache_size", -32_000),  # 32 MB
    ("temp_store", "memory"),
)


def make_database(path: Path) -> SqliteDatabase:
    """A Peewee database for ``path``; each thread gets its own connection.

    Transactions begin IMMEDIATE: they take the write lock at ``BEGIN``. With
    the default deferred ``BEGIN`` a transaction that reads and then writes
    while another program (a second window, the CLI importing) is writing
    fails at once with "database is locked" — SQLite does not wait for a
    lock upgrade, whatever the busy timeout. Taken first, the lock is waited
    for (up to :data:`BUSY_TIMEOUT_SECONDS`), so a second writer waits its turn.
    """
    return SqliteDatabase(
        str(path),
        pragmas=PRAGMAS,
        timeout=BUSY_TIMEOUT_SECONDS,
        check_same_thread=False,
        lock_type="IMMEDIATE",
    )


# --- probing a file before it is opened for writing -------------------------


@dataclass(frozen=True)
class FileProbe:
    is_empty: bool
    user_version: int
    table_names: frozenset[str]


class ProbeError(Exception):
    """The file cannot be used; ``kind`` says why (not_sqlite, corrupt, locked, unreadable)."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind


def probe_file(path: Path) -> FileProbe:
    """Look at an existing file without writing a single byte to it."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise ProbeError("unreadable", exc.strerror or str(exc)) from exc
    if not header:
        return FileProbe(is_empty=True, user_version=0, table_names=frozenset())
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise ProbeError("not_sqlite", "the file is not an SQLite database")
    uri = path.resolve().as_uri() + "?mode=ro"
    if 2 in header[18:20] and not path.with_name(path.name + "-wal").exists():
        # Even a read-only connection to a WAL file creates -wal and -shm beside
        # it (and fails where it cannot, e.g. a read-only folder). With no -wal,
        # nobody has the file open and it holds everything: read it as immutable.
        uri += "&immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        raise ProbeError("unreadable", str(exc)) from exc
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        names = frozenset(row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'"))
    except sqlite3.OperationalError as exc:
        kind = "locked" if "locked" in str(exc) else "unreadable"
        raise ProbeError(kind, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise ProbeError("corrupt", str(exc)) from exc
    finally:
        con.close()
    return FileProbe(is_empty=False, user_version=version, table_names=names)


# --- statistics (ANALYZE) ----------------------------------------------------
#
# When SQLite gathers statistics about this database, on purpose (issue 13):
#
# * On close, :func:`optimize` (``Store.close``): ``PRAGMA optimize`` analyzes
#   the tables this connection queried whose statistics are missing or stale
#   (rows grown many times over), each bounded to ~400 rows of every index
#   (``analysis_limit``), so closing stays quick at a million customers. A new
#   database thus has ``sqlite_stat1`` from its first close on; the demo and a
#   large import get theirs when their store closes. Commands that only read
#   (stats, search, export, report) skip it, so they leave the file byte for
#   byte, and so does a connection that saw damage (``Store.close``).
# * Never during a session, never a full ``ANALYZE``: that reads every index
#   (seconds at 1M customers) and would change plans while the app runs.
#
# What the statistics may decide, and what they may not: they help pick among
# the indexes of one table (which sort order index, which range). They must
# never be able to make a hot query slow. The sampled statistics are rough (a
# bounded ANALYZE described the old ``customer_deleted_at`` index as "~2 rows
# per value" while 99 % of the rows shared one value, and every search then ran
# its full-text MATCH once per customer). So:
#
# * no index can serve "not in the trash": schema 12 indexes ``deleted_at`` for
#   the trashed rows only (``customer_trashed``, what the trash view reads);
# * the full-text MATCH is always a subquery of its own (:func:`search_sql`),
#   run once, with ``+deleted_at`` (no index) for "live";
# * ``tests/core/test_query_plans.py`` plans every user-facing query shape on a
#   shop with its own statistics after ANALYZE + ``PRAGMA optimize`` and with the
#   statistics the app leaves on a 100k-customer file, and fails if a MATCH
#   runs per row or the live customers are walked through a deleted_at index.
#
# To look at a database as users have it, run ``../shared/tools/lived-in-db``
# on it (the same bounded ANALYZE) before benchmarking or reading plans.

ANALYSIS_LIMIT = 400


def optimize(db: SqliteDatabase) -> None:
    """``PRAGMA optimize`` with a bounded analysis (see "statistics" above): on close."""
    db.execute_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    db.execute_sql("PRAGMA optimize")


def user_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def set_user_version(db: SqliteDatabase, version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def split_script(script: str) -> Iterator[str]:
    """Split an SQL script into complete statements (triggers included).

    ``executescript`` would commit the open transaction, so migrations run
    statement by statement inside their own transaction instead.
    """
    pending: list[str] = []
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending.append(line)
        statement = "".join(pending)
        if sqlite3.complete_statement(statement):
            yield statement.strip()
            pending = []
    if "".join(pending).strip():
        raise ValueError("incomplete SQL statement at the end of a migration script")


# --- full-text search --------------------------------------------------------

SEARCH_COLUMNS = ("name", "company", "phones", "emails", "tags", "notes")


def fts_phrase(text: str) -> str:
    """Quote user text as one FTS5 phrase, so no input is ever a syntax error."""
    return '"' + text.replace('"', '""') + '"'


def like_pattern(text: str) -> str:
    """Escape ``%``, ``_`` and the escape character itself for ``LIKE … ESCAPE '\\'``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Full-text search and statistics (issue 13). A join of ``customer_search``
# with ``customer`` leaves the planner free to loop over customers and run the
# MATCH once per row, which it did once ``sqlite_stat1`` made a condition on
# ``customer`` look selective: 0.2-137 s per search on 100k customers instead
# of milliseconds. So the match is always a subquery of its own (``id IN
# (SELECT rowid … MATCH ?)``: run once, its rows then fetched by id), and
# "not in the trash" is written with a unary plus, so that no index on
# ``deleted_at`` can drive the loop whatever the statistics say.
LIVE_UNINDEXED = "+c.deleted_at IS NULL"


def search_customer_ids(
    db: SqliteDatabase | DatabaseProxy,
    *,
    phrases: Sequence[tuple[str | None, str]],
    short_terms: Sequence[str],
    limit: int | None,
) -> list[int]:
    """Ids of live customers whose document matches every phrase and term
    (see :func:`search_sql`)."""
    built = search_sql(phrases=phrases, short_terms=short_terms)
    if built is None:
        return []
    sql, params = built
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in db.execute_sql(sql, params)]


def search_sql(
    *, phrases: Sequence[tuple[str | None, str]], short_terms: Sequence[str], live_only: bool = True
) -> tuple[str, list[object]] | None:
    """The ``SELECT`` of the ids of customers whose document matches every
    phrase and term, with its parameters; None when nothing can match.
    Usable as a subquery (``id IN (…)``), so a caller that needs every match
    never ships tens of thousands of ids through Python. ``live_only=False``
    leaves trashed customers in, for a caller that filters on its own (the
    trash view); it also spares the join with ``customer``.

    ``phrases`` are ``(column or None, text)`` pairs of at least three
    characters, matched through the trigram index. ``short_terms`` (one or
    two characters) are matched as substrings of the document (any column)
    among those rows; with no phrases at all, as a prefix of the name through
    an index.
    """
    params: list[object] = []
    if phrases:
        match = " AND ".join(
            (f"{{{column}}} : " if column else "") + fts_phrase(text) for column, text in phrases
        )
        sql = "SELECT s.rowid FROM customer_search s WHERE customer_search MATCH ?"
        params.append(match)
        document = " || ' ' || ".join(f"s.{column}" for column in SEARCH_COLUMNS)
        for term in short_terms:
            sql += f" AND ({document}) LIKE ? ESCAPE '\\'"
            params.append("%" + like_pattern(term) + "%")
        if live_only:
            # The match runs once, as a subquery, and its few rows are looked
            # up by id; never once per live customer (see LIVE_UNINDEXED).
            sql = f"SELECT c.id FROM customer c WHERE c.id IN ({sql}) AND {LIVE_UNINDEXED}"
    elif short_terms:
        first, *rest = short_terms
        # likely(): without it SQLite walks the deleted_at index, not the name range
        live = "likely(c.deleted_at IS NULL) AND " if live_only else ""
        sql = f"SELECT c.id FROM customer c WHERE {live}c.sort_name >= ? AND c.sort_name < ?"
        params += [first.casefold(), first.casefold() + "\U0010ffff"]
        for term in rest:
            sql += " AND c.display_name LIKE ? ESCAPE '\\'"
            params.append("%" + like_pattern(term) + "%")
    else:
        return None
    return sql, params


def unindexed(column: peewee.ColumnBase) -> peewee.ColumnBase:
    """``+column``: the same value, which SQLite will not look up through an index.

    For a condition that must only filter the rows another index delivers in
    the order wanted (see ``customer_list.customer_ids`` and ``reports.rfm``).
    """
    return peewee.NodeList((peewee.SQL("+"), column), glue="")


def likely(condition: peewee.Expression) -> peewee.ColumnBase:
    """Tell SQLite's planner that ``condition`` holds for most rows (``likely()``).

    "Not in the trash" is such a condition: without the hint SQLite reads every
    live row through the ``deleted_at`` index and sorts them, instead of walking
    the partial index ``customer_sort_name_live`` already in name order.
    """
    return peewee.fn.likely(condition)


@contextmanager
def search_sync_suspended(db: SqliteDatabase) -> Iterator[None]:
    """Switch the search triggers off for a bulk load inside one transaction.

    The caller must rebuild the index for what it wrote
    (:func:`rebuild_search`) before the transaction commits.
    """
    db.execute_sql("UPDATE search_sync SET enabled = 0")
    try:
        yield
    finally:
        db.execute_sql("UPDATE search_sync SET enabled = 1")


@contextmanager
def search_reindexed_once(
    db: SqliteDatabase | DatabaseProxy, customer_ids: Iterable[int] = ()
) -> Iterator[list[int]]:
    """Inside one transaction: index the customers in the yielded list (``customer_ids``
    plus any the body appends) once, at the end, instead of once per row written.

    Saving a customer rewrites its phones and emails, and every one of those
    rows re-indexed the whole document: with a 1 MB note, ten times a second
    of work. Nests inside :func:`search_sync_suspended` (the outer switch stays off).
    """
    touched = list(customer_ids)
    enabled = db.execute_sql("SELECT enabled FROM search_sync").fetchone()[0]
    if enabled:
        db.execute_sql("UPDATE search_sync SET enabled = 0")
    try:
        yield touched
    finally:
        if enabled:
            db.execute_sql("UPDATE search_sync SET enabled = 1")
    rebuild_search(db, touched)


def rebuild_search(db: SqliteDatabase | DatabaseProxy, customer_ids: Iterable[int] | None = None) -> None:
    """Re-index the given customers, or everyone when ``customer_ids`` is None."""
    insert = (
        "INSERT INTO customer_search (rowid, name, company, phones, emails, tags, notes) "
        "SELECT id, name, company, phones, emails, tags, notes FROM customer_search_doc"
    )
    if customer_ids is None:
        db.execute_sql("DELETE FROM customer_search")
        db.execute_sql(insert)
        return
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"DELETE FROM customer_search WHERE rowid IN ({marks})", chunk)
        db.execute_sql(f"{insert} WHERE id IN ({marks})", chunk)


# --- checks and backup -------------------------------------------------------


def quick_check_problems(db: SqliteDatabase | DatabaseProxy | sqlite3.Connection) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong (a page that cannot be read is a problem too).

    Reads only: run it before writing into a file that may be damaged.
    """
    run = db.execute if isinstance(db, sqlite3.Connection) else db.execute_sql
    try:
        return [row[0] for row in run("PRAGMA quick_check") if row[0] != "ok"]
    except sqlite3.OperationalError:
        raise  # busy, read-only…: not damage
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        if isinstance(exc, peewee.OperationalError):
            raise
        return [str(exc)]


_DAMAGED: set[str] = set()


def _name(db: SqliteDatabase | DatabaseProxy | sqlite3.Connection) -> str:
    target = db.obj if isinstance(db, DatabaseProxy) else db
    return str(getattr(target, "database", "") or id(target))


def mark_damaged(db: SqliteDatabase | DatabaseProxy) -> None:
    """Remember that a check found ``db`` damaged: nothing more is written to it (not even statistics)."""
    _DAMAGED.add(_name(db))


def forget_damage(path: Path) -> None:
    """A file opened afresh (after a restore, say) is judged afresh."""
    _DAMAGED.discard(str(path))


def damage_seen(db: SqliteDatabase | DatabaseProxy) -> bool:
    return _name(db) in _DAMAGED


def is_damage(exc: BaseException) -> bool:
    """An error that says the file is damaged (a page that cannot be read), not busy or read-only."""
    if isinstance(exc, sqlite3.OperationalError | peewee.OperationalError):
        return False
    if not isinstance(exc, sqlite3.DatabaseError | peewee.DatabaseError):
        return False
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text or "disk i/o" in text


def integrity_problems(db: SqliteDatabase | sqlite3.Connection) -> list[str]:
    """Everything ``integrity_check``, ``foreign_key_check`` and the search index checks find wrong.

    Reads only: it works on a read-only file and while another program writes
    (the FTS self-check, which needs a write lock, is left out when it cannot
    have one: busy or read-only is not damage).
    """
    run = db.execute if isinstance(db, sqlite3.Connection) else db.execute_sql
    problems = [row[0] for row in run("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _fk in run("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} points to a missing {parent} row")
    problems += search_index_problems(db)
    try:
        run("INSERT INTO customer_search(customer_search) VALUES ('integrity-check')")
    except (sqlite3.OperationalError, peewee.OperationalError):
        pass  # no write lock to be had (read-only file, another program writing): not damage
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        problems.append(f"search index: {exc}")
    return problems


SEARCH_SAMPLE = 500


def search_index_problems(db: SqliteDatabase | DatabaseProxy | sqlite3.Connection) -> list[str]:
    """The search index compared with the customers: one entry per customer (counts, and who
    is missing or left over), and the indexed text of a random sample equal to what it should be."""
    run = db.execute if isinstance(db, sqlite3.Connection) else db.execute_sql
    problems = []
    missing = run(
        "SELECT count(*) FROM customer WHERE id NOT IN (SELECT rowid FROM customer_search)"
    ).fetchone()[0]
    extra = run(
        "SELECT count(*) FROM customer_search WHERE rowid NOT IN (SELECT id FROM customer)"
    ).fetchone()[0]
    if missing:
        problems.append(f"search index: {missing} customer(s) missing from it (check --repair rebuilds it)")
    if extra:
        problems.append(f"search index: {extra} entry(ies) for customers that do not exist (check --repair)")
    columns = " OR ".join(f"d.{c} IS NOT s.{c}" for c in SEARCH_COLUMNS)
    stale = run(
        f"SELECT count(*) FROM customer_search_doc d JOIN customer_search s ON s.rowid = d.id "
        f"WHERE d.id IN (SELECT id FROM customer ORDER BY random() LIMIT {SEARCH_SAMPLE}) AND ({columns})"
    ).fetchone()[0]
    if stale:
        problems.append(f"search index: {stale} customer(s) indexed with old text (check --repair)")
    return problems


def online_backup(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database consistently with SQLite's online backup API."""
    dest = sqlite3.connect(str(target))
    try:
        with dest:
            source.backup(dest, pages=4096)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dest.close()
