"""Schema 2's re-indexing triggers, written from one template.

Each trigger re-indexes the customers a change touches: the row itself for
``customer``, the owning customer (before and after) for phones and emails.
Bulk loaders switch them off through ``search_sync`` (see ``0002_search.sql``).
"""

from __future__ import annotations

from peewee import SqliteDatabase

_REINDEX = """
CREATE TRIGGER {name} AFTER {event} ON {table}
WHEN (SELECT enabled FROM search_sync)
BEGIN
    DELETE FROM customer_search WHERE rowid IN ({ids});
    INSERT INTO customer_search (rowid, name, company, phones, emails, tags, notes)
    SELECT id, name, company, phones, emails, tags, notes FROM customer_search_doc WHERE id IN ({ids});
END"""

_SEARCHED_CUSTOMER_COLUMNS = "display_name, given_name, family_name, company, tag_names, notes"

TRIGGERS = (
    ("customer_search_ai", "INSERT", "customer", "NEW.id"),
    ("customer_search_au", f"UPDATE OF {_SEARCHED_CUSTOMER_COLUMNS}", "customer", "NEW.id"),
    *(
        (f"{table}_search_{suffix}", event, table, ids)
        for table in ("customer_phone", "customer_email")
        for suffix, event, ids in (
            ("ai", "INSERT", "NEW.customer_id"),
            ("ad", "DELETE", "OLD.customer_id"),
            ("au", "UPDATE", "OLD.customer_id, NEW.customer_id"),
        )
    ),
)


def create_search_triggers(db: SqliteDatabase) -> None:
    for name, event, table, ids in TRIGGERS:
        db.execute_sql(_REINDEX.format(name=name, event=event, table=table, ids=ids))
