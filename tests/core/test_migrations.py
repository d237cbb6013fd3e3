"""Upgrading a shop's file: a database written by the first version, full of
data, must reach the latest version without losing or changing a row."""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

import pytest

import crm_desktop.db.migrations as migrations_module
from crm_desktop.db import sqlite as sqlite_module
from crm_desktop.db.migrations import LATEST_VERSION, MIGRATIONS, Migration, migrate
from crm_desktop.db.models import ALL_MODELS
from crm_desktop.db.store import StoreError, open_store
from crm_desktop.search import search_customer_ids
from crm_desktop.services.customers import load_input, update_customer
from crm_desktop.services.pipeline import DealInput, board, create_deal, move_deal, pipelines

V1_TABLES = (
    "user",
    "setting",
    "tag",
    "customer",
    "customer_phone",
    "customer_email",
    "customer_tag",
    "custom_field",
    "interaction",
    "pipeline",
    "stage",
    "deal",
    "deal_stage_change",
    "purchase",
    "task",
    "ticket",
)

CUSTOMER_COLUMNS = (
    "id, kind, display_name, sort_name, given_name, family_name, company, address, city, birthday, "
    "source, interests, notes, facebook, external_id, owner_id, created_at, updated_at, deleted_at, "
    "primary_phone, primary_email, tag_names, last_contact_at, last_purchase_at, lifetime_value_minor"
)

CUSTOMERS = [
    # id, display, sort, given, family, company, notes, phone, email, tags, deleted_at
    (1, "রহিম উদ্দিন", "রহিম উদ্দিন", "রহিম", "উদ্দিন", "রহিম ট্রেডার্স", "বাকিতে কেনে", "+8801712345678",
     "rahim@example.com", "পাইকারি, VIP", None),
    (2, "Karim Stores", "karim stores", "", "", "Karim Stores", "pays cash", "+8801812345678",
     "", "", None),
    (3, "Old Customer", "old customer", "Old", "Customer", "", "", "", "", "", "2023-05-01 09:00:00"),
]  # fmt: skip


def fill_version_1(path: Path) -> None:
    """Rows in every table, written the way version 1 wrote them (raw SQL)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("INSERT INTO \"user\" VALUES (1, 'Owner', NULL, '2023-01-01 08:00:00')")
    con.execute("INSERT INTO \"user\" VALUES (2, 'সেলিম', 'selim@example.com', '2023-01-02 08:00:00')")
    con.execute("INSERT INTO setting VALUES ('phone_region', 'BD'), ('stale_deal_days', '21')")
    con.execute("INSERT INTO tag VALUES (1, 'পাইকারি'), (2, 'VIP')")
    for cid, display, sort, given, family, company, notes, phone, email, tags, deleted in CUSTOMERS:
        con.execute(
            f"INSERT INTO customer ({CUSTOMER_COLUMNS}) VALUES "
            "(?, 'person', ?, ?, ?, ?, ?, 'মিরপুর ১০', 'ঢাকা', '1985-04-14', 'facebook', '', ?, '', ?, 2, "
            "'2023-02-01 10:00:00', '2023-03-01 10:00:00', ?, ?, ?, ?, '2023-04-01 12:30:00', "
            "'2023-04-02 12:30:00', 150000)",
            (cid, display, sort, given, family, company, notes, f"EXT-{cid}", deleted, phone, email, tags),
        )
    con.executemany(
        "INSERT INTO customer_phone VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (1, 1, "01712-345678", "+8801712345678", "8801712345678 01712345678", "mobile", 0),
            (2, 1, "০১৯১১ ২২২৩৩৩", "+8801911222333", "8801911222333 01911222333", "", 1),
            (3, 2, "+880 1812 345678", "+8801812345678", "8801812345678 01812345678", "shop", 0),
        ],
    )
    con.execute("INSERT INTO customer_email VALUES (1, 1, 'rahim@example.com', 'work', 0)")
    con.execute("INSERT INTO customer_tag VALUES (1, 1, 1), (2, 1, 2)")
    con.execute("INSERT INTO custom_field VALUES (1, 1, 'NID', '1234567890'), (2, 2, 'ট্রেড লাইসেন্স', 'TL-9')")
    con.execute(
        "INSERT INTO interaction VALUES (1, 1, 'call', 'in', '2023-04-01 12:30:00', 'দাম', "
        "'চালের দাম জানতে চাইলেন', 2, '2023-04-01 12:31:00', NULL)"
    )
    con.execute(
        "INSERT INTO interaction VALUES (2, 2, 'visit', 'out', '2023-04-03 09:00:00', '', 'delivered', "
        "NULL, '2023-04-03 09:05:00', '2023-04-04 00:00:00')"
    )
    con.execute("INSERT INTO pipeline VALUES (1, 'পাইকারি বিক্রি', 0)")
    con.executemany(
        "INSERT INTO stage VALUES (?, 1, ?, ?, ?, ?)",
        [(1, "নতুন", 0, 10, "open"), (2, "দরদাম", 1, 60, "open"), (3, "Won", 2, 100, "won"),
         (4, "Lost", 3, 0, "lost")],
    )  # fmt: skip
    con.executemany(
        "INSERT INTO deal VALUES (?, ?, ?, ?, 'BDT', 1, ?, ?, '2023-06-30', 2, ?, ?, ?, "
        "'2023-03-01 10:00:00', '2023-03-02 10:00:00', '2023-03-01 10:00:00', '2023-03-02 10:00:00', NULL)",
        [
            (1, 1, "৫০ বস্তা চাল", 2_500_000, 1, 0, "open", None, ""),
            (2, 1, "তেল", 120_000, 1, 1024, "open", None, ""),
            (3, 2, "Sugar", 90_000, 4, 0, "lost", "2023-03-02 10:00:00", "বেশি দাম"),
        ],
    )
    con.execute(
        "INSERT INTO deal_stage_change VALUES (1, 1, NULL, 1, '2023-03-01 10:00:00', 2), "
        "(2, 3, 1, 4, '2023-03-02 10:00:00', NULL)"
    )
    con.execute(
        "INSERT INTO purchase VALUES (1, 1, '2023-04-02 12:30:00', 150000, 'BDT', 'চাল', 'R-1', "
        "'2023-04-02 12:31:00', NULL), (2, 1, '2023-04-05 12:30:00', -5000, 'BDT', 'ফেরত', 'R-2', "
        "'2023-04-05 12:31:00', NULL), (3, 2, '2023-04-06 12:30:00', 2000, 'USD', '', '', "
        "'2023-04-06 12:31:00', NULL)"
    )
    con.execute(
        "INSERT INTO task VALUES (1, 'ফোন করুন', '', '2023-05-01 04:00:00', 0, NULL, 2, 1, 1, 2, "
        "'2023-04-01 00:00:00', NULL), (2, 'Send invoice', 'x', NULL, 1, '2023-04-02 00:00:00', 1, NULL, "
        "NULL, NULL, '2023-04-01 00:00:00', NULL)"
    )
    con.execute(
        "INSERT INTO ticket VALUES (1, 1, 'complaint', 'চাল ভেজা ছিল', 'বদলে দিন', 'resolved', 2, 2, "
        "'2023-04-03 00:00:00', '2023-04-04 00:00:00', NULL)"
    )
    con.commit()
    con.close()


def v1_columns() -> dict[str, list[str]]:
    """Each table's columns as version 1 made them (later versions may add more)."""
    con = sqlite3.connect(":memory:")
    try:
        for statement in sqlite_module.split_script(
            resources.files(migrations_module).joinpath("0001_initial.sql").read_text(encoding="utf-8")
        ):
            con.execute(statement)
        return {t: [row[1] for row in con.execute(f'PRAGMA table_info("{t}")')] for t in V1_TABLES}
    finally:
        con.close()


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every version-1 table, in the version-1 columns."""
    con = sqlite3.connect(path)
    try:
        rows = {}
        for table, columns in v1_columns().items():
            names = ", ".join('"' + c + '"' for c in columns)
            rows[table] = con.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
        return rows
    finally:
        con.close()


def user_version(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def schema(path: Path) -> set[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return set(con.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        con.close()


@pytest.fixture
def v1_path(tmp_path: Path) -> Path:
    path = tmp_path / "from-v1.sqlite3"
    open_store(path, target_version=1).close()
    assert user_version(path) == 1
    fill_version_1(path)
    return path


def test_the_fixture_really_fills_every_table(v1_path: Path) -> None:
    rows = snapshot(v1_path)
    assert all(rows[t] for t in V1_TABLES), [t for t in V1_TABLES if not rows[t]]
    con = sqlite3.connect(v1_path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()
    assert tables == set(V1_TABLES)


def test_upgrading_from_version_1_keeps_every_row(v1_path: Path) -> None:
    before = snapshot(v1_path)
    with open_store(v1_path) as store:
        assert store.db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert sqlite_module.integrity_problems(store.db) == []
    assert snapshot(v1_path) == before  # the shop's own pipeline and users: nothing seeded on top


def test_the_upgraded_schema_is_the_same_as_a_new_files(v1_path: Path, tmp_path: Path) -> None:
    open_store(v1_path).close()
    fresh = tmp_path / "fresh.sqlite3"
    open_store(fresh).close()
    assert schema(v1_path) == schema(fresh)


def test_search_finds_customers_that_existed_before_the_index(v1_path: Path) -> None:
    with open_store(v1_path):
        assert search_customer_ids("রহিম") == [1]
        assert search_customer_ids("ট্রেডার্স") == [1]  # company
        assert search_customer_ids("01911") == [1]  # second phone, typed with Bengali digits in v1
        assert search_customer_ids("+880 1812") == [2]
        assert search_customer_ids("rahim@example") == [1]
        assert search_customer_ids("পাইকারি") == [1]  # tag
        assert search_customer_ids("pays cash") == [2]  # notes
        assert search_customer_ids("Old Customer") == []  # in the trash
        assert search_customer_ids("ka") == [2]  # short prefix uses the new partial index


def test_old_customers_can_be_edited_after_the_upgrade(v1_path: Path) -> None:
    with open_store(v1_path):
        typed = load_input(1)
        assert typed.phones == ["01712-345678", "০১৯১১ ২২২৩৩৩"]
        assert typed.tags == ["পাইকারি", "VIP"]
        assert typed.custom_fields == {"NID": "1234567890"}
        typed.notes = "নতুন নোট"
        update_customer(1, typed)
        assert search_customer_ids("নতুন নোট") == [1]
        assert search_customer_ids("বাকিতে") == []
        assert load_input(1).phones == ["01712-345678", "০১৯১১ ২২২৩৩৩"]


def test_old_deals_keep_their_board_order_and_can_move(v1_path: Path) -> None:
    with open_store(v1_path):
        [pipeline] = pipelines()
        assert pipeline.name == "পাইকারি বিক্রি"
        columns = {c.name: [card.title for card in c.cards] for c in board(pipeline.id)}
        assert columns == {"নতুন": ["৫০ বস্তা চাল", "তেল"], "দরদাম": [], "Won": [], "Lost": ["Sugar"]}
        move_deal(2, 1, 0)
        new = create_deal(DealInput(customer_id=2, title="আটা")).value
        cards = [c.id for c in board(pipeline.id)[0].cards]
        assert cards == [new, 2, 1]


def test_a_version_1_file_without_a_pipeline_gets_the_default_one(tmp_path: Path) -> None:
    path = tmp_path / "bare.sqlite3"
    open_store(path, target_version=1).close()
    con = sqlite3.connect(path)
    con.execute(
        f"INSERT INTO customer ({CUSTOMER_COLUMNS}) VALUES (7, 'person', 'রহিম', 'রহিম', '', '', '', '', "
        "'', NULL, '', '', '', '', NULL, NULL, '2023-01-01 00:00:00', '2023-01-01 00:00:00', NULL, '', '', "
        "'', NULL, NULL, 0)"
    )
    con.commit()
    con.close()
    with open_store(path):
        assert [p.name for p in pipelines()] == ["Sales"]
        assert search_customer_ids("রহিম") == [7]


def test_upgrading_one_version_at_a_time(v1_path: Path) -> None:
    before = snapshot(v1_path)
    for version in range(2, LATEST_VERSION + 1):
        open_store(v1_path, target_version=version).close()
        assert user_version(v1_path) == version
    assert snapshot(v1_path) == before


def test_migrate_reports_what_it_applied_and_then_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path / "x.sqlite3", target_version=1)
    try:
        applied = migrate(store.db)
        assert [m.version for m in applied] == list(range(2, LATEST_VERSION + 1))
        assert migrate(store.db) == []
    finally:
        store.close()


def test_versions_are_numbered_one_to_latest() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


def test_the_models_match_the_tables(store) -> None:
    """A model field without a column (or the reverse) breaks at the first query."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in store.db.execute_sql(f'PRAGMA table_info("{table}")')}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert fields == columns, table


# --- a migration that fails half-way --------------------------------------------


def _half_done(db) -> None:
    db.execute_sql("CREATE TABLE loyalty_card (id INTEGER PRIMARY KEY, customer_id INTEGER)")
    db.execute_sql("INSERT INTO loyalty_card (customer_id) SELECT id FROM customer")
    db.execute_sql("UPDATE customer SET notes = 'migrated'")
    db.execute_sql("ALTER TABLE no_such_table ADD COLUMN points INTEGER")  # the bug in this migration


def test_a_failing_migration_leaves_the_previous_version_whole(
    v1_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = LATEST_VERSION + 1
    monkeypatch.setattr(
        migrations_module, "MIGRATIONS", (*MIGRATIONS, Migration(broken, "broken", _half_done))
    )
    with pytest.raises(StoreError) as info:
        open_store(v1_path, target_version=broken)
    assert "no_such_table" in str(info.value)
    # the good migrations before it were kept; the broken one left nothing behind
    assert user_version(v1_path) == LATEST_VERSION
    con = sqlite3.connect(v1_path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    notes = [r[0] for r in con.execute("SELECT notes FROM customer ORDER BY id")]
    con.close()
    assert "loyalty_card" not in tables
    assert notes == ["বাকিতে কেনে", "pays cash", ""]
    monkeypatch.setattr(migrations_module, "MIGRATIONS", MIGRATIONS)
    with open_store(v1_path):
        assert search_customer_ids("রহিম") == [1]


def test_a_failing_first_step_leaves_version_1(v1_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(v1_path)

    def broken_search(db) -> None:
        MIGRATIONS[1].apply(db)  # the real search migration runs, then the step fails
        db.execute_sql("SELECT * FROM no_such_table")

    patched = (MIGRATIONS[0], Migration(2, "search", broken_search), *MIGRATIONS[2:])
    monkeypatch.setattr(migrations_module, "MIGRATIONS", patched)
    with pytest.raises(StoreError):
        open_store(v1_path)
    assert user_version(v1_path) == 1
    assert snapshot(v1_path) == before
    names = {n for _, n in schema(v1_path)}
    assert not {"customer_search", "customer_search_doc", "search_sync"} & names
