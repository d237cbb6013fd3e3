"""Big loads: the customer table's indexes built once after the rows instead of row by row.

Keeping fourteen indexes up to date through 100,000 inserts in random key
order is a page search per index per row; building an index afterwards is
one sort. Only worth it when the load is big next to the table, so small
imports into a big list keep their indexes. Unique indexes stay (they are
constraints). Nothing here outlives the transaction: if the import fails or
is rolled back (a dry run, a cancel), so are the drops. The demo generator
does the same for its load.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

BIG_LOAD = 20_000


# the tables a customer import fills; their indexes on customer_id stay (rows arrive in id
# order, which is cheap, and matching a customer's phones and emails reads through them)
TABLES = ("customer", "customer_phone", "customer_email")


def _droppable(con: sqlite3.Connection) -> list[tuple[str, str]]:
    marks = ",".join("?" * len(TABLES))
    out = []
    for name, sql in con.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks}) "
        "AND sql IS NOT NULL ORDER BY name",
        TABLES,
    ):
        columns = [row[2] for row in con.execute(f'PRAGMA index_info("{name}")')]
        if not sql.lstrip().upper().startswith("CREATE UNIQUE") and columns != ["customer_id"]:
            out.append((name, sql))
    return out


@contextmanager
def customer_indexes_built_after(con: sqlite3.Connection, expected_rows: int) -> Iterator[None]:
    stored = int(con.execute("SELECT count(*) FROM customer").fetchone()[0])
    if expected_rows < BIG_LOAD or expected_rows < stored // 2:
        yield
        return
    saved = _droppable(con)
    for name, _sql in saved:
        con.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in saved:
        con.execute(sql)
