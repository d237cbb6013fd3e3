"""Opening the one SQLite file: creating it, reopening it, and refusing files
that are not ours, damaged, newer, busy or read-only — without changing a byte."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import crm_desktop.db.sqlite as sqlite_module
from crm_desktop.db.migrations import LATEST_VERSION
from crm_desktop.db.models import Customer
from crm_desktop.db.store import (
    DB_FILENAME,
    CorruptDatabaseError,
    DatabaseBusyError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    Store,
    StoreError,
    default_db_path,
    describe_sqlite_error,
    open_store,
    resolve_db_path,
)
from crm_desktop.services.customer_list import count_customers
from crm_desktop.services.customers import CustomerInput, create_customer, load_input
from crm_desktop.services.pipeline import pipelines, stages

# --- helpers -----------------------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    """The -wal, -shm and -journal files SQLite would leave next to ``path``."""
    return sorted(
        p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p.name != path.name
    )


def make_closed_database(path: Path, *, target_version: int = LATEST_VERSION, customers: int = 0) -> None:
    """A real CRM database on disk, closed (so no -wal/-shm is left beside it)."""
    store = open_store(path, target_version=target_version)
    try:
        if target_version == LATEST_VERSION:
            for i in range(customers):
                create_customer(CustomerInput(display_name=f"রহিম {i}", notes="খুচরা ক্রেতা " * 20))
    finally:
        store.close()
    assert sidecars(path) == []


def assert_refused_untouched(path: Path, error: type[StoreError], *words: str) -> StoreError:
    """Opening ``path`` raises ``error`` (exactly that class), leaves it byte-identical
    and creates nothing beside it."""
    before = digest(path)
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    assert str(path) in str(info.value)
    for word in words:
        assert word in str(info.value)
    assert digest(path) == before
    assert sidecars(path) == []
    return info.value


def scalar(store: Store, sql: str) -> object:
    return store.db.execute_sql(sql).fetchone()[0]


# --- a new file ---------------------------------------------------------------


def test_new_file_uses_wal_foreign_keys_and_normal_sync(store: Store, db_path: Path) -> None:
    assert db_path.is_file()
    assert scalar(store, "PRAGMA journal_mode") == "wal"
    assert scalar(store, "PRAGMA foreign_keys") == 1
    assert scalar(store, "PRAGMA synchronous") == 1  # NORMAL
    assert scalar(store, "PRAGMA user_version") == LATEST_VERSION
    store.close()
    header = db_path.read_bytes()[:100]
    assert header[18:20] == b"\x02\x02"  # WAL is persistent: the file itself says so


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"):
        store.db.execute_sql(
            "INSERT INTO customer_phone (customer_id, raw_text, e164, search_digits, label, position) "
            "VALUES (999, '017', '', '', '', 0)"
        )


def test_new_file_has_the_default_pipeline_and_an_owner(store: Store) -> None:
    [pipeline] = pipelines()
    assert pipeline.name == "Sales"
    got = [(s.name, s.kind, s.probability) for s in stages(pipeline.id)]
    assert got == [
        ("New lead", "open", 10),
        ("Qualified", "open", 25),
        ("Quote sent", "open", 50),
        ("Negotiation", "open", 75),
        ("Won", "won", 100),
        ("Lost", "lost", 0),
    ]
    assert store.db.execute_sql('SELECT name FROM "user"').fetchall() == [("Owner",)]


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "shop.sqlite3"
    with open_store(path) as store:
        assert scalar(store, "PRAGMA user_version") == LATEST_VERSION
    assert path.is_file()


def test_create_false_refuses_a_missing_file_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nothing-here.sqlite3"
    with pytest.raises(StoreError, match="no database"):
        open_store(path, create=False)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    path.touch()  # what a "Save as…" dialog may leave behind
    with open_store(path) as store:
        assert scalar(store, "PRAGMA user_version") == LATEST_VERSION
        assert len(pipelines()) == 1


def test_a_parent_that_is_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        open_store(blocker / DB_FILENAME)
    assert blocker.read_text() == "not a folder"


def test_reopening_keeps_the_data(db_path: Path) -> None:
    with open_store(db_path):
        cid = create_customer(
            CustomerInput(display_name="করিম স্টোর", phones=["01712-345678"], tags=["পাইকারি"])
        ).value
        typed = load_input(cid)
    with open_store(db_path) as again:
        assert load_input(cid) == typed
        assert count_customers() == 1
        assert len(pipelines()) == 1  # reopening does not seed a second pipeline
        assert scalar(again, "SELECT count(*) FROM stage") == 6


# --- where the file is --------------------------------------------------------


def test_default_path_is_in_the_user_data_folder(isolated_home: Path) -> None:
    path = default_db_path()
    assert path.name == DB_FILENAME
    assert str(path).startswith(str(isolated_home))


def test_environment_variable_wins_over_the_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CRM_DESKTOP_DB", str(tmp_path / "env.sqlite3"))
    assert default_db_path() == tmp_path / "env.sqlite3"
    assert resolve_db_path(None) == tmp_path / "env.sqlite3"
    assert resolve_db_path("") == tmp_path / "env.sqlite3"


def test_command_line_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CRM_DESKTOP_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_db_path(tmp_path / "cli.sqlite3") == tmp_path / "cli.sqlite3"
    assert resolve_db_path(str(tmp_path / "cli.sqlite3")) == tmp_path / "cli.sqlite3"


def test_home_folder_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_db_path("~/shop.sqlite3") == tmp_path / "shop.sqlite3"
    monkeypatch.setenv("CRM_DESKTOP_DB", "~/env.sqlite3")
    assert resolve_db_path(None) == tmp_path / "env.sqlite3"


# --- files that must be refused, untouched -------------------------------------


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    make_closed_database(path, customers=3)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    con.commit()
    con.close()
    assert sidecars(path) == []
    error = assert_refused_untouched(path, NewerDatabaseError, str(LATEST_VERSION + 5), str(LATEST_VERSION))
    assert "newer version" in str(error)


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_text("name,phone\nরহিম,01712345678\n", encoding="utf-8")
    assert_refused_untouched(path, NotADatabaseError, "not an SQLite file")


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.sqlite3"
    path.write_bytes(os.urandom(8192))
    assert_refused_untouched(path, NotADatabaseError)


@pytest.fixture(scope="module")
def real_database(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a real, closed database with a few hundred customers."""
    path = tmp_path_factory.mktemp("real") / "real.sqlite3"
    make_closed_database(path, customers=300)
    return path.read_bytes()


@pytest.mark.parametrize("keep", [100, 4096, 8192])
def test_a_truncated_database_is_refused(tmp_path: Path, real_database: bytes, keep: int) -> None:
    """The first bytes of a real database: the header is fine (it says SQLite,
    our version, WAL), but the schema pages it points to are missing."""
    assert len(real_database) > 20 * keep
    path = tmp_path / "cut.sqlite3"
    path.write_bytes(real_database[:keep])
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert_refused_untouched(path, CorruptDatabaseError, "damaged")


def test_a_database_missing_only_its_last_pages_is_refused(tmp_path: Path, real_database: bytes) -> None:
    """Cut short by a full disk or an interrupted copy: the schema is all there,
    but the file is shorter than its header says."""
    data = real_database
    path = tmp_path / "cut.sqlite3"
    path.write_bytes(data[: len(data) * 9 // 10 // 4096 * 4096])
    assert_refused_untouched(path, CorruptDatabaseError)


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    con.commit()
    con.close()
    assert_refused_untouched(path, NotADatabaseError, "another program")


def test_another_programs_wal_file_is_refused_without_leaving_files(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = wal")
    con.execute("CREATE TABLE stuff (x)")
    con.commit()
    con.close()
    assert sidecars(path) == []
    assert_refused_untouched(path, NotADatabaseError)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shop.sqlite3"
    folder.mkdir()
    with pytest.raises(StoreError, match="folder") as info:
        open_store(folder)
    assert type(info.value) is StoreError
    assert list(folder.iterdir()) == []


# --- busy ----------------------------------------------------------------------


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_module, "BUSY_TIMEOUT_SECONDS", 0.1)


@pytest.fixture
def exclusive_lock() -> Iterator[object]:
    """Hold ``BEGIN EXCLUSIVE`` on a file from another connection, as another program would."""
    held: list[sqlite3.Connection] = []

    def lock(path: Path) -> None:
        con = sqlite3.connect(path, isolation_level=None, timeout=0.1)
        con.execute("BEGIN EXCLUSIVE")
        held.append(con)

    yield lock
    for con in held:
        con.execute("ROLLBACK")
        con.close()


def test_opening_that_needs_a_migration_while_locked_is_busy(
    tmp_path: Path, short_busy_timeout: None, exclusive_lock
) -> None:
    path = tmp_path / "old.sqlite3"
    make_closed_database(path, target_version=1)
    exclusive_lock(path)
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert type(info.value) is DatabaseBusyError
    assert "busy" in str(info.value)


def test_a_busy_migration_leaves_the_old_version_and_works_later(
    tmp_path: Path, short_busy_timeout: None
) -> None:
    path = tmp_path / "old.sqlite3"
    make_closed_database(path, target_version=1)
    other = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(DatabaseBusyError):
        open_store(path)
    other.execute("ROLLBACK")
    assert other.execute("PRAGMA user_version").fetchone()[0] == 1
    other.close()
    with open_store(path) as store:
        assert scalar(store, "PRAGMA user_version") == LATEST_VERSION


def test_an_up_to_date_database_opens_for_reading_while_another_program_writes(
    tmp_path: Path, short_busy_timeout: None, exclusive_lock
) -> None:
    """WAL lets readers in while a writer holds its lock: the shop can still look things up."""
    path = tmp_path / "shop.sqlite3"
    make_closed_database(path, customers=2)
    exclusive_lock(path)
    with open_store(path):
        assert count_customers() == 2
        with pytest.raises(Exception) as info:
            create_customer(CustomerInput(display_name="নতুন"))
        assert type(describe_sqlite_error(path, info.value)) is DatabaseBusyError


def test_a_file_that_fails_to_open_does_not_take_over_the_open_one(
    tmp_path: Path, short_busy_timeout: None, exclusive_lock
) -> None:
    """The window has the shop open; the user tries to open another file, which
    is busy. The shop stays open, and what is typed next goes into the shop."""
    shop = tmp_path / "shop.sqlite3"
    other = tmp_path / "other.sqlite3"
    make_closed_database(other, target_version=1)
    with open_store(shop):
        exclusive_lock(other)
        with pytest.raises(DatabaseBusyError):
            open_store(other)
        create_customer(CustomerInput(display_name="রহিম"))
        assert count_customers() == 1
    con = sqlite3.connect(other)
    assert con.execute("SELECT count(*) FROM customer").fetchone()[0] == 0
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    con.close()
    with open_store(shop):
        assert count_customers() == 1


def test_a_rollback_journal_file_locked_by_another_program_is_busy(
    tmp_path: Path, short_busy_timeout: None, exclusive_lock
) -> None:
    """A backup copy uses the classic journal; a writer there blocks even reading."""
    path = tmp_path / "backup.sqlite3"
    make_closed_database(path, customers=1)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = delete")
    con.close()
    exclusive_lock(path)
    before = digest(path)
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert type(info.value) is DatabaseBusyError
    assert digest(path) == before


# --- read-only -----------------------------------------------------------------


@pytest.fixture
def read_only() -> Iterator[object]:
    """Make a file truly unwritable. ``chmod`` does not stop root, so as root
    the file is marked immutable (``chattr +i``); skip when neither works."""
    undo: list[list[str] | Path] = []

    def make(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o555 if path.is_dir() else 0o444)
            undo.append(path)
        else:
            chattr = shutil.which("chattr")
            if chattr is None:
                pytest.skip("running as root without chattr: cannot make a file read-only")
            done = subprocess.run([chattr, "+i", str(path)], capture_output=True)
            if done.returncode != 0:
                pytest.skip(f"chattr +i not supported here: {done.stderr.decode(errors='replace')}")
            undo.append([chattr, "-i", str(path)])
        try:
            if path.is_dir():
                (path / "probe").touch()
            else:
                with path.open("r+b"):
                    pass
        except OSError:
            return
        pytest.skip(f"{path} is still writable")

    yield make
    for item in reversed(undo):
        if isinstance(item, Path):
            item.chmod(0o755 if item.is_dir() else 0o644)
        else:
            subprocess.run(item, check=False)


def test_a_read_only_file_that_needs_a_migration_is_refused_untouched(tmp_path: Path, read_only) -> None:
    path = tmp_path / "old.sqlite3"
    make_closed_database(path, target_version=1)
    read_only(path)
    before = digest(path)
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert type(info.value) is ReadOnlyDatabaseError
    assert "read-only" in str(info.value)
    assert digest(path) == before


def test_a_read_only_up_to_date_file_can_be_read_and_a_write_says_read_only(
    tmp_path: Path, read_only
) -> None:
    """Current behaviour: an up-to-date read-only file opens (nothing needs
    writing); the first write fails with SQLite's error, which
    ``describe_sqlite_error`` turns into a ReadOnlyDatabaseError for the user."""
    path = tmp_path / "shop.sqlite3"
    make_closed_database(path, customers=2)
    read_only(path)
    before = digest(path)
    with open_store(path):
        assert count_customers() == 2
        with pytest.raises(Exception) as info:
            create_customer(CustomerInput(display_name="নতুন"))
        assert type(describe_sqlite_error(path, info.value)) is ReadOnlyDatabaseError
        assert count_customers() == 2
    assert digest(path) == before


def test_a_newer_database_in_a_read_only_folder_still_says_newer(tmp_path: Path, read_only) -> None:
    """A copy on a read-only share or a write-protected stick: the message must
    be about the version, not a puzzling "cannot be read"."""
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "newer.sqlite3"
    make_closed_database(path, customers=1)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    con.commit()
    con.close()
    read_only(folder)
    assert_refused_untouched(path, NewerDatabaseError, str(LATEST_VERSION + 1))


# --- turning real SQLite errors into messages -------------------------------------


def _real_error(action) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as info:
        action()
    return info.value


def test_describe_readonly_error(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    con = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    exc = _real_error(lambda: con.execute("INSERT INTO t VALUES (1)"))
    con.close()
    error = describe_sqlite_error(path, exc)
    assert type(error) is ReadOnlyDatabaseError
    assert str(path) in str(error)


def test_describe_locked_error(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    exc = _real_error(lambda: other.execute("BEGIN IMMEDIATE"))
    holder.execute("ROLLBACK")
    holder.close()
    other.close()
    assert type(describe_sqlite_error(path, exc)) is DatabaseBusyError


def test_describe_disk_full_error(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("PRAGMA max_page_count = 3")
    exc = _real_error(lambda: con.executemany("INSERT INTO t VALUES (?)", [("x" * 1000,)] * 100))
    con.close()
    error = describe_sqlite_error(path, exc)
    assert type(error) is StoreError
    assert "full" in str(error)


def test_describe_not_a_database_error(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"hello, this is not a database" * 200)
    con = sqlite3.connect(path)
    exc = _real_error(lambda: con.execute("SELECT * FROM sqlite_master").fetchall())
    con.close()
    assert type(describe_sqlite_error(path, exc)) is CorruptDatabaseError


def test_describe_unable_to_open_error(tmp_path: Path) -> None:
    path = tmp_path / "missing-folder" / "x.sqlite3"
    exc = _real_error(lambda: sqlite3.connect(path))
    error = describe_sqlite_error(path, exc)
    assert type(error) is StoreError
    assert "cannot be opened" in str(error)


def test_store_is_usable_as_a_context_manager_and_closes(db_path: Path) -> None:
    with open_store(db_path) as store:
        create_customer(CustomerInput(display_name="A"))
    assert store.db.is_closed()
    store.close()  # closing twice is harmless
    with open_store(db_path):
        assert Customer.select().count() == 1
