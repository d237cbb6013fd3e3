"""Schema migrations, applied in order when a database is opened.

The schema version lives in ``PRAGMA user_version``. Each migration runs in
its own transaction together with the version bump, so a crash leaves the
database at the previous version, never half-way. Migrations are frozen once
released: a change to the schema is a new migration at the end of the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from peewee import SqliteDatabase

from crm_desktop.db import sqlite
from crm_desktop.db.migrations.search_triggers import create_search_triggers


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[SqliteDatabase], None]


def _sql_file(filename: str) -> Callable[[SqliteDatabase], None]:
    def apply(db: SqliteDatabase) -> None:
        script = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
        for statement in sqlite.split_script(script):
            db.execute_sql(statement)

    return apply


def _search_index(db: SqliteDatabase) -> None:
    _sql_file("0002_search.sql")(db)
    create_search_triggers(db)


def _seed_defaults(db: SqliteDatabase) -> None:
    """A sales pipeline with the usual stages, the shop owner as the first user."""
    if not db.execute_sql("SELECT 1 FROM pipeline LIMIT 1").fetchone():
        db.execute_sql("INSERT INTO pipeline (name, position) VALUES ('Sales', 0)")
        pipeline_id = db.execute_sql("SELECT last_insert_rowid()").fetchone()[0]
        stages = [
            ("New lead", 10, "open"),
            ("Qualified", 25, "open"),
            ("Quote sent", 50, "open"),
            ("Negotiation", 75, "open"),
            ("Won", 100, "won"),
            ("Lost", 0, "lost"),
        ]
        for position, (name, probability, kind) in enumerate(stages):
            db.execute_sql(
                "INSERT INTO stage (pipeline_id, name, position, probability, kind) VALUES (?, ?, ?, ?, ?)",
                (pipeline_id, name, position, probability, kind),
            )
    if not db.execute_sql('SELECT 1 FROM "user" LIMIT 1').fetchone():
        db.execute_sql(
            "INSERT INTO \"user\" (name, created_at) VALUES ('Owner', strftime('%Y-%m-%d %H:%M:%S','now'))"
        )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "domain tables", _sql_file("0001_initial.sql")),
    Migration(2, "full-text search", _search_index),
    Migration(3, "default pipeline and owner", _seed_defaults),
    Migration(4, "import batches, saved mappings, external ids", _sql_file("0004_imports.sql")),
    Migration(5, "monthly goals", _sql_file("0005_goals.sql")),
    Migration(6, "report indexes", _sql_file("0006_report_indexes.sql")),
    Migration(7, "audit trail", _sql_file("0007_audit.sql")),
    Migration(8, "reminders, automation rules, email outbox, segments", _sql_file("0008_autopilot.sql")),
    Migration(9, "more report indexes", _sql_file("0009_report_indexes.sql")),
    Migration(10, "customer merges", _sql_file("0010_customer_merge.sql")),
    Migration(11, "search without zero-width joiners", _sql_file("0011_search_without_joiners.sql")),
    Migration(12, "an index of trashed customers only", _sql_file("0012_trashed_index.sql")),
    Migration(13, "purchase items", _sql_file("0013_purchase_items.sql")),
    Migration(14, "dues ledger", _sql_file("0014_ledger.sql")),
)

LATEST_VERSION = MIGRATIONS[-1].version


def migrate(db: SqliteDatabase, *, target: int = LATEST_VERSION) -> list[Migration]:
    """Bring the database up to ``target``; return the migrations applied."""
    applied = []
    current = sqlite.user_version(db)
    for migration in MIGRATIONS:
        if current < migration.version <= target:
            with db.atomic("IMMEDIATE"):
                migration.apply(db)
                sqlite.set_user_version(db, migration.version)
            applied.append(migration)
    return applied
