"""All or nothing: dry runs, refusals, cancel and database failures leave the database as it was."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from crm_desktop.db.store import Store
from crm_desktop.importing import (
    ImportCancelled,
    ImportFile,
    ImportOptions,
    ImportRefused,
    engine,
    run_import,
)
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.timeutil import frozen_clock
from tests.core.importing.conftest import counts, dump, rows, run


def _people(n: int, bad_at: int | None = None) -> bytes:
    lines = ["Name,Phone,Email"]
    for i in range(n):
        # the bad row names nobody: an odd value alone (a short code) is kept, not rejected
        lines.append("N/A,-,-" if i == bad_at else f"Person {i},017{i:08d},p{i}@example.com")
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CHUNK_ROWS", 3)


def test_a_dry_run_counts_the_same_and_writes_nothing(store: Store) -> None:
    create_customer(CustomerInput(display_name="Person 1", emails=["p1@example.com"]))
    before = dump(store)
    dry = run(_people(6, bad_at=4), dry_run=True)
    assert dry.status == "dry_run" and dry.batch_id is None
    assert dump(store) == before
    assert rows(store, "SELECT count(*) FROM import_batch") == [(0,)]
    real = run(_people(6, bad_at=4), skip_invalid=True)
    assert counts(dry) == counts(real) == (4, 1, 0, 1)


def test_one_bad_row_without_skip_invalid_writes_nothing(store: Store, small_chunks: None) -> None:
    before = dump(store)
    result = run(_people(10, bad_at=8))
    assert result.status == "refused" and not result.written
    assert counts(result) == (9, 0, 0, 1)  # what it would have done
    assert result.message.startswith("1 row(s) have problems, so nothing was imported.")
    assert dump(store) == before


def test_cancel_mid_import_leaves_the_database_as_it_was(store: Store, small_chunks: None) -> None:
    create_customer(CustomerInput(display_name="Already here", phones=["01700000001"]))
    before = dump(store)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # two chunks are written, then the user cancels

    progress: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        run_import(
            ImportFile(_people(10)),
            ImportOptions(),
            cancel=cancel,
            progress=lambda d, t: progress.append((d, t)),
        )
    assert progress == [(3, 10), (6, 10)]
    assert dump(store) == before


def test_a_database_constraint_failing_mid_write_rolls_everything_back(
    store: Store, small_chunks: None
) -> None:
    create_customer(CustomerInput(display_name="Holder", emails=["p7@example.com"]))
    # a real constraint in the database, as another version or a repair tool might add
    store.db.execute_sql("CREATE UNIQUE INDEX test_unique_email ON customer_email (email)")
    before = dump(store)
    with pytest.raises(ImportRefused) as caught:
        run(_people(10), on_match="create")  # p7@example.com is created again: the index refuses it
    message = str(caught.value)
    assert message.startswith("The database refused a row (UNIQUE constraint failed: customer_email.email)")
    assert "nothing was imported" in message and "up to line 10" in message
    assert dump(store) == before
    assert rows(store, "SELECT count(*) FROM import_batch") == [(0,)]


def test_an_unreadable_file_is_refused_with_the_reason(store: Store) -> None:
    with pytest.raises(ImportRefused, match="Unknown text encoding 'klingon'"):
        run(_people(2), encoding="klingon")
    with pytest.raises(ImportRefused, match="no rows to import"):
        run(b"Name,Phone\n")
    with pytest.raises(ImportRefused, match="No vCard found"):
        run(b"BEGIN:VCARD-ish nonsense", name="x.vcf")


def _indexes(store: Store) -> list[tuple[str, str]]:
    return rows(
        store, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    )


@pytest.fixture
def frozen_time() -> Iterator[None]:
    """Both loads stamp the same time, so their rows must be equal to the last column."""
    with frozen_clock(datetime(2026, 3, 5, 10, 30)):
        yield


def test_a_big_load_builds_the_indexes_after_and_gives_the_same_rows(
    store: Store, small_chunks: None, frozen_time: None, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # noqa: ANN001
    from crm_desktop.db.store import open_store
    from crm_desktop.importing import bulk

    indexes = _indexes(store)
    plain = dump(store)
    run(_people(10), dry_run=True)
    monkeypatch.setattr(bulk, "BIG_LOAD", 5)
    with pytest.raises(ImportCancelled):  # dropped, then rolled back
        run_import(ImportFile(_people(10)), ImportOptions(), cancel=lambda: True)
    assert _indexes(store) == indexes and dump(store) == plain
    result = run(_people(10))
    assert counts(result) == (10, 0, 0, 0)
    assert _indexes(store) == indexes
    bulk_rows = dump(store)
    store.close()
    monkeypatch.setattr(bulk, "BIG_LOAD", 10**9)
    with open_store(tmp_path / "other.sqlite3") as other:
        run(_people(10))
        row_by_row = dump(other)
    for table in ("customer", "customer_phone", "customer_email", "customer_search"):
        assert bulk_rows[table] == row_by_row[table]


def test_cells_the_services_would_refuse_never_reach_the_database(store, tmp_path) -> None:  # noqa: ANN001
    """NUL and terminal escape codes never reach the database through an import; the people in
    those rows are kept (issue 15), the characters replaced by spaces, with a warning by column."""
    from crm_desktop.db.models import Customer
    from crm_desktop.importing import ImportFile, ImportOptions, run_import

    path = tmp_path / "controls.csv"
    path.write_bytes(b"name,notes\nra\x00him,x\nKarim,ok\x1bthere\nNusrat,fine\n")
    result = run_import(ImportFile(path), ImportOptions(entity="customers"))
    assert (result.created, result.rejected) == (3, 0)
    assert [(p.line, p.column) for p in result.notes] == [(2, "name"), (3, "notes")]
    assert [(c.display_name, c.notes) for c in Customer.select()] == [
        ("ra him", "x"), ("Karim", "ok there"), ("Nusrat", "fine"),
    ]  # fmt: skip
