"""``check`` compares the search index with the customers and ``check --repair`` rebuilds it
(issue 16, item 12)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.db.store import open_store
from crm_desktop.demo import generate
from crm_desktop.services.customers import CustomerInput, create_customer


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli.main", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    db = tmp_path / "shop.sqlite3"
    with open_store(db) as store:
        generate(store, customers=150, seed=3)
        create_customer(CustomerInput(display_name="Nadia Cosmetics", phones=["01712345678"], tags=["vip"]))
    return db


def _raw(db: Path, sql: str) -> None:
    con = sqlite3.connect(db)
    with con:
        con.execute(sql)
    con.close()


def test_a_healthy_database_has_no_search_index_problem(shop: Path) -> None:
    result = _cli("check", "--db", str(shop))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_customer_lost_from_the_index_is_found_and_repaired(shop: Path) -> None:
    _raw(
        shop,
        "DELETE FROM customer_search "
        "WHERE rowid = (SELECT id FROM customer WHERE display_name = 'Nadia Cosmetics')",
    )
    assert "Nadia" not in _cli("search", "Nadia Cosmetics", "--db", str(shop)).stdout
    checked = _cli("check", "--db", str(shop))
    assert checked.returncode == 1
    assert "search index: 1 customer(s) missing" in checked.stdout
    repaired = _cli("check", "--repair", "--db", str(shop))
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "rebuilt" in repaired.stderr
    assert "Nadia Cosmetics" in _cli("search", "Nadia Cosmetics", "--db", str(shop)).stdout
    assert _cli("check", "--db", str(shop)).returncode == 0


def test_an_entry_with_old_text_is_found(shop: Path) -> None:
    _raw(shop, "UPDATE customer_search SET name = 'someone else' WHERE rowid = 1")
    checked = _cli("check", "--db", str(shop))
    assert checked.returncode == 1
    assert "old text" in checked.stdout


def test_an_entry_for_no_customer_is_found(shop: Path) -> None:
    _raw(shop, "INSERT INTO customer_search (rowid, name) VALUES (99999, 'ghost')")
    checked = _cli("check", "--db", str(shop))
    assert checked.returncode == 1
    assert "do not exist" in checked.stdout
