"""Two programs on one file: two app instances, or the app and the CLI importing.

Real processes, real SQLite locking. Writers wait for each other (a write
transaction takes the write lock when it begins, so it never fails half-way
on a lock it cannot upgrade); a reader never sees half a batch; afterwards
the file passes every check and holds every committed batch whole. A writer
kept waiting longer than the busy timeout gets "is busy: another program is
writing to it", in the window and on the command line (exit 2, one line).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import peewee
import pytest

from crm_desktop.cli.main import main
from crm_desktop.db import sqlite
from crm_desktop.db.store import DatabaseBusyError, describe_sqlite_error, open_store
from crm_desktop.services.customers import CustomerInput, create_customer

BATCH = 5
SECONDS = 3.0
ROOT = Path(__file__).resolve().parents[2]

WRITER = f"""
import json, sys, time
import peewee
from crm_desktop.db.store import open_store
from crm_desktop.db.models import database_proxy
from crm_desktop.services.customers import CustomerInput, create_customer, load_input, update_customer
from crm_desktop.services.interactions import log_interaction
from crm_desktop.services.pipeline import DealInput, create_deal, mark_won
from crm_desktop.services.purchases import record_purchase

store = open_store(sys.argv[1])
name, stop = sys.argv[2], time.monotonic() + float(sys.argv[3])
committed, busy, waited = 0, 0, 0.0
print("ready", flush=True)
while time.monotonic() < stop:
    tag = f"{{name}}-{{committed + busy + 1}}"
    started = time.monotonic()
    try:
        with database_proxy.atomic():  # one batch = one transaction
            for i in range({BATCH}):
                cid = create_customer(CustomerInput(display_name=f"ক্রেতা {{tag}} {{i}}", tags=[tag])).value
                log_interaction(cid, "call", body="হ্যালো")
                record_purchase(cid, 1000 + i)
                deal = create_deal(DealInput(customer_id=cid, title=f"চাল {{i}}", value_minor=500)).value
                mark_won(deal)
                data = load_input(cid)
                data.notes = f"batch {{tag}}"
                update_customer(cid, data)
    except peewee.OperationalError as exc:
        busy += 1
        print(json.dumps({{"error": str(exc)}}), flush=True)
        continue
    waited = max(waited, time.monotonic() - started)
    committed += 1
    time.sleep(0.05)  # the next click, the next chunk of a file: nobody writes in a tight loop
print(json.dumps({{"committed": committed, "busy": busy, "slowest": waited}}), flush=True)
"""

READER = f"""
import json, sys, time
from crm_desktop.db.store import open_store
from crm_desktop.db.models import database_proxy
from crm_desktop.search import search_customer_ids
from crm_desktop.services import stats
from crm_desktop.services.customer_list import CustomerFilter, customer_ids

store = open_store(sys.argv[1])
stop = time.monotonic() + float(sys.argv[2])
reads, torn, errors = 0, [], []
print("ready", flush=True)
while time.monotonic() < stop:
    try:
        con = database_proxy.connection()
        con.execute("BEGIN")  # one snapshot for the whole check
        try:
            sizes = con.execute(
                "SELECT t.name, count(DISTINCT ct.customer_id), count(DISTINCT p.id), count(DISTINCT d.id) "
                "FROM tag t JOIN customer_tag ct ON ct.tag_id = t.id "
                "LEFT JOIN purchase p ON p.customer_id = ct.customer_id "
                "LEFT JOIN deal d ON d.customer_id = ct.customer_id AND d.status = 'won' GROUP BY t.id"
            ).fetchall()
        finally:
            con.execute("COMMIT")
        torn += [row for row in sizes if row[1:] != ({BATCH}, {BATCH}, {BATCH})]
        customer_ids(CustomerFilter(text="ক্রেতা"))
        search_customer_ids("batch")
        stats.counts()
        reads += 1
    except Exception as exc:
        errors.append(f"{{type(exc).__name__}}: {{exc}}")
print(json.dumps({{"reads": reads, "torn": torn, "errors": errors[:3]}}), flush=True)
"""


def spawn(script: str, *args: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def last_json(child: subprocess.Popen[str]) -> dict[str, object]:
    out, _ = child.communicate(timeout=60)
    assert child.returncode == 0
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    errors = [line["error"] for line in lines if "error" in line]
    assert errors == [], errors  # a writer waits; it never fails on a lock
    return lines[-1]


@pytest.mark.skipif(sys.platform == "win32", reason="the same test runs there, only slower to spawn")
def test_two_writers_and_a_reader_leave_every_batch_whole(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    open_store(db).close()
    writers = [spawn(WRITER, str(db), name, str(SECONDS)) for name in ("app", "cli")]
    reader = spawn(READER, str(db), str(SECONDS))
    results = [last_json(w) for w in writers]
    seen = last_json(reader)

    assert all(r["committed"] > 0 for r in results), results  # both got their turn
    assert seen["reads"] > 0 and seen["torn"] == [] and seen["errors"] == [], seen
    with open_store(db) as store:
        assert sqlite.integrity_problems(store.db) == []
        sizes = store.db.execute_sql(
            "SELECT t.name, count(DISTINCT ct.customer_id), count(DISTINCT p.id), count(DISTINCT i.id), "
            "count(DISTINCT d.id), count(DISTINCT a.id) FROM tag t JOIN customer_tag ct ON ct.tag_id = t.id "
            "LEFT JOIN purchase p ON p.customer_id = ct.customer_id "
            "LEFT JOIN interaction i ON i.customer_id = ct.customer_id "
            "LEFT JOIN deal d ON d.customer_id = ct.customer_id AND d.status = 'won' "
            "LEFT JOIN audit_entry a ON a.customer_id = ct.customer_id GROUP BY t.id"
        ).fetchall()
        # per customer: created, updated; per deal: created, won
        assert all(row[1:] == (BATCH, BATCH, BATCH, BATCH, 4 * BATCH) for row in sizes), sizes
        assert len(sizes) == sum(int(r["committed"]) for r in results)  # every committed batch, no other
        found = store.db.execute_sql(
            "SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"ক্রেতা\"'"
        ).fetchone()[0]
        assert found == len(sizes) * BATCH
    print("concurrency run:", results, seen["reads"], "reads")


def test_the_app_writing_while_the_command_line_imports(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    open_store(db).close()
    files = []
    for n in range(2):
        rows = "".join(f"আমদানি {n}-{i},0171{n}{i:06d}\n" for i in range(400))
        files.append(tmp_path / f"import-{n}.csv")
        files[-1].write_text("name,phone\n" + rows, encoding="utf-8")
    app = spawn(WRITER, str(db), "app", str(SECONDS))
    for csv in files:
        cli = subprocess.run(
            [sys.executable, "-m", "crm_desktop.cli.main", "--db", str(db), "import", "customers", str(csv)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
        assert (cli.returncode, cli.stderr) == (0, ""), cli.stderr
    result = last_json(app)
    assert result["committed"] > 0
    with open_store(db) as store:
        assert sqlite.integrity_problems(store.db) == []
        imported = store.db.execute_sql(
            "SELECT created FROM import_batch WHERE undone_at IS NULL ORDER BY id"
        ).fetchall()
        assert imported == [(400,), (400,)]
        count = store.db.execute_sql("SELECT count(*) FROM customer WHERE display_name LIKE 'আমদানি %'")
        assert count.fetchone()[0] == 800
        batches = store.db.execute_sql(
            "SELECT count(DISTINCT ct.customer_id) FROM tag t JOIN customer_tag ct ON ct.tag_id = t.id "
            "GROUP BY t.id"
        ).fetchall()
        assert batches == [(BATCH,)] * int(result["committed"])


HOLDER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("INSERT INTO setting (key, value) VALUES ('long write', 'in progress')")
print("holding", flush=True)
sys.stdin.readline()  # until the test lets go
con.execute("COMMIT")
"""


@pytest.fixture
def lock_holder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """An empty shop file that another program is in the middle of a long write to.

    The busy timeout is 0.3 s instead of 5 s, so waiting it out is quick."""
    db = tmp_path / "held.sqlite3"
    open_store(db).close()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_SECONDS", 0.3)
    yield db
    assert child.stdin is not None
    child.stdin.write("go\n")
    child.stdin.close()
    child.wait(timeout=10)
    child.stdout.close()


def busy(path: Path) -> str:
    return f"{path} is busy: another program is writing to it. Try again in a moment."


def test_a_writer_kept_waiting_past_the_busy_timeout_is_told_the_file_is_busy(lock_holder: Path) -> None:
    with open_store(lock_holder) as store:
        started = time.monotonic()
        with pytest.raises(peewee.OperationalError) as info:
            create_customer(CustomerInput(display_name="করিম"))
        assert time.monotonic() - started >= 0.25  # it waited its turn before giving up
        error = describe_sqlite_error(store.path, info.value)
        assert isinstance(error, DatabaseBusyError) and str(error) == busy(lock_holder)
        assert store.db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 0


def test_the_command_line_says_busy_in_one_line_and_exits_2(
    lock_holder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--db", str(lock_holder), "demo", "--customers", "5"])
    assert (status, capsys.readouterr().err) == (2, f"crm-desktop: error: {busy(lock_holder)}\n")


def test_importing_while_the_window_writes_says_busy_and_imports_nothing(
    lock_holder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "customers.csv"
    csv.write_text("name,phone\nকরিম,01711111111\n", encoding="utf-8")
    status = main(["--db", str(lock_holder), "import", "customers", str(csv)])
    err = capsys.readouterr().err
    assert status == 2
    assert err == f"crm-desktop: error: {busy(lock_holder)} Nothing was imported.\n"
