"""How many live (not trashed) rows of each kind there are."""

from __future__ import annotations

import sqlite3

from crm_desktop.db.models import database_proxy

STAT_KEYS = ("customers", "interactions", "deals", "purchases", "tasks", "tickets")

_LIVE_CUSTOMER = "c.deleted_at IS NULL"
_COUNT_SQL = {
    "customers": "SELECT count(*) FROM customer c WHERE c.deleted_at IS NULL",
    **{
        key: f'SELECT count(*) FROM "{table}" x JOIN customer c ON c.id = x.customer_id '
        f"WHERE x.deleted_at IS NULL AND {_LIVE_CUSTOMER}"
        for key, table in (
            ("interactions", "interaction"),
            ("deals", "deal"),
            ("purchases", "purchase"),
            ("tickets", "ticket"),
        )
    },
    "tasks": "SELECT count(*) FROM task x LEFT JOIN customer c ON c.id = x.customer_id "
    f"WHERE x.deleted_at IS NULL AND (c.id IS NULL OR {_LIVE_CUSTOMER})",
}


def counts(connection: sqlite3.Connection | None = None) -> dict[str, int]:
    """Counts of live rows; rows that belong to a trashed customer count as trashed.

    Works on the open store, or on any connection (a backup being verified).
    """
    con = connection if connection is not None else database_proxy.connection()
    return {key: int(con.execute(_COUNT_SQL[key]).fetchone()[0]) for key in STAT_KEYS}
