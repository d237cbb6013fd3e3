"""A process killed mid-write never leaves a damaged or half-written database."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_desktop.db import sqlite
from crm_desktop.db.store import open_store

BATCH = 25

WRITER = f"""
import sys
from crm_desktop.db.store import open_store
from crm_desktop.db.models import database_proxy
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.interactions import log_interaction
from crm_desktop.services.purchases import record_purchase

store = open_store(sys.argv[1])
n = 0
print("ready", flush=True)
while True:
    n += 1
    with database_proxy.atomic():  # one batch = one transaction
        for i in range({BATCH}):
            cid = create_customer(CustomerInput(
                display_name=f"ক্রেতা {{n}}-{{i}}", phones=[f"+88017{{n % 100:02d}}{{i:06d}}"],
                tags=[f"batch-{{sys.argv[2]}}-{{n}}"], notes="x" * 2000,
            )).value
            log_interaction(cid, "call", body="hello")
            record_purchase(cid, 1000 + i)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_leaves_whole_batches_only(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    open_store(db).close()
    rng = random.Random(20261122)
    for round_no in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(round_no)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()

        with open_store(db) as store:
            assert sqlite.integrity_problems(store.db) == []
            sizes = store.db.execute_sql(
                "SELECT t.name, count(ct.id), count(DISTINCT p.id), count(DISTINCT i.id) "
                "FROM tag t LEFT JOIN customer_tag ct ON ct.tag_id = t.id "
                "LEFT JOIN purchase p ON p.customer_id = ct.customer_id "
                "LEFT JOIN interaction i ON i.customer_id = ct.customer_id "
                "WHERE t.name LIKE 'batch-%' GROUP BY t.id"
            ).fetchall()
            for name, customers, purchases, interactions in sizes:
                assert (customers, purchases, interactions) == (BATCH, BATCH, BATCH), name
            orphans = store.db.execute_sql(
                "SELECT count(*) FROM customer c WHERE NOT EXISTS "
                "(SELECT 1 FROM customer_tag ct WHERE ct.customer_id = c.id)"
            ).fetchone()[0]
            assert orphans == 0
            found = store.db.execute_sql(
                "SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"ক্রেতা\"'"
            ).fetchone()[0]
            total = store.db.execute_sql("SELECT count(*) FROM customer").fetchone()[0]
            assert found == total  # the search index committed with the rows
    assert total > 0  # the writer got somewhere before at least one kill
