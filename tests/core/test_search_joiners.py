"""Bengali search ignores zero-width joiners and non-joiners, in the index and in the query
(issue 16, item 13): র‍্যাংগস typed with a ZWJ finds র্যাংগস stored without, and the reverse."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.db.store import Store, open_store
from crm_desktop.search import search_customer_ids
from crm_desktop.services.customers import CustomerInput, create_customer, load_input, update_customer

ZWJ, ZWNJ = "\u200d", "\u200c"
WITH_ZWJ = f"র{ZWJ}্যাংগস ইলেকট্রনিক্স"
WITHOUT = "র্যাংগস ইলেকট্রনিক্স"


def test_a_query_without_the_joiner_finds_the_name_stored_with_it(store: Store) -> None:
    rangs = create_customer(CustomerInput(display_name=WITH_ZWJ)).value
    assert search_customer_ids("র্যাংগস") == [rangs]
    assert search_customer_ids(WITHOUT) == [rangs]


def test_a_query_with_the_joiner_finds_the_name_stored_without_it(store: Store) -> None:
    rangs = create_customer(CustomerInput(display_name=WITHOUT)).value
    assert search_customer_ids(f"র{ZWJ}্যাংগস") == [rangs]
    assert search_customer_ids(f"র{ZWNJ}্যাংগস") == [rangs]


def test_notes_company_and_tags_too(store: Store) -> None:
    shop = create_customer(
        CustomerInput(display_name="Karim", company=f"র{ZWJ}্যাব স্টোর", notes=f"কক্স{ZWNJ}বাজার", tags=["ফ্রি"])
    ).value
    assert search_customer_ids("র্যাব") == [shop]
    assert search_customer_ids("কক্সবাজার") == [shop]


def test_an_edited_name_is_indexed_without_joiners(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="Someone")).value
    data = load_input(cid)
    data.display_name = WITH_ZWJ
    update_customer(cid, data)
    assert search_customer_ids("র্যাংগস") == [cid]


def test_an_older_database_is_reindexed_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with open_store(path, target_version=10):  # the index as version 10 made it: joiners in
        create_customer(CustomerInput(display_name=WITH_ZWJ))
    with open_store(path):
        assert len(search_customer_ids("র্যাংগস")) == 1


@pytest.mark.parametrize("query", [WITHOUT, WITH_ZWJ])
def test_the_index_and_the_table_agree_after_it(store: Store, query: str) -> None:
    from crm_desktop.db import sqlite as sq

    create_customer(CustomerInput(display_name=query))
    assert sq.search_index_problems(store.db) == []
