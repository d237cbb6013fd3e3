"""Hot queries use the index meant for them (a plan, not a timing: machines are noisy).

Plans depend on the statistics SQLite gathered (``sqlite_stat1``), so the
plans here are taken on a shop with a realistic skew (a percent or two of the
customers in the trash, nearly every purchase in BDT, most deals open), twice:
with the statistics of that file after ``ANALYZE`` and ``PRAGMA optimize``, and
with the statistics the app leaves on a 100,000-customer database (recorded in
``tests/data/stat1_lived_in_100k.tsv``). Under the latter, before issue 13,
every search ran its full-text MATCH once per live customer (0.2-137 s a
search instead of milliseconds).

What a plan must never do:

* run the full-text index (the ``customer_search`` virtual table) inside a
  loop over other rows, or in a correlated subquery: the MATCH must run once;
* walk the live customers (``deleted_at IS NULL``) through an index on
  ``deleted_at``: for 99 % of the table an index is the slow way, and a
  loop driven from it multiplies whatever is inside it.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.db import sqlite
from crm_desktop.db.store import Store, open_store
from crm_desktop.demo import generate
from crm_desktop.reports.dashboard import build_bundle
from crm_desktop.reports.period import Period
from crm_desktop.reports.rfm import rfm_summary
from crm_desktop.search import search_customer_ids
from crm_desktop.services import customer_list, duplicates, segments, stats
from crm_desktop.services.customer_list import SORT_COLUMNS, CustomerFilter, count_customers, customer_ids
from crm_desktop.services.customers import CustomerInput, create_customer, trash_customers
from crm_desktop.services.global_search import search_everything
from crm_desktop.services.purchases import record_purchase

DATA = Path(__file__).resolve().parent.parent / "data"
NOW = datetime(2025, 3, 15)
CUSTOMERS = 1500


# --- the shop -----------------------------------------------------------------


@dataclass(frozen=True)
class Shop:
    store: Store
    queries: dict[str, tuple[str, int]]  # kind -> (what a user types, a live customer it finds)


def _skew(store: Store) -> None:
    """Make the demo's shape the one issue 13 names: ~1 % trashed, most deals open."""
    con = store.raw_connection()
    ids = [row[0] for row in con.execute("SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY id")]
    trash_customers(ids[7::100])
    (open_stage,) = con.execute(
        "SELECT id FROM stage WHERE kind = 'open' ORDER BY position LIMIT 1"
    ).fetchone()
    with store.atomic():
        con.execute(
            "UPDATE deal SET status = 'open', closed_at = NULL, stage_id = ? "
            "WHERE status != 'open' AND id % 5 != 0",
            (open_stage,),
        )


def _queries(store: Store) -> dict[str, tuple[str, int]]:
    con = store.raw_connection()

    def one(sql: str) -> tuple[Any, ...]:
        row = con.execute(sql).fetchone()
        assert row is not None, sql
        return tuple(row)

    live = "c.deleted_at IS NULL AND c.kind = 'person'"
    latin = one(f"SELECT c.id, c.given_name, c.family_name FROM customer c WHERE {live} "
                "AND c.given_name GLOB '[A-Z]*' AND c.given_name NOT LIKE '% %' "
                "AND length(c.family_name) >= 3 ORDER BY c.id LIMIT 1")  # fmt: skip
    bengali = one(f"SELECT c.id, c.family_name FROM customer c WHERE {live} "
                  "AND c.family_name GLOB '*[ক-হ]*' AND length(c.family_name) >= 3 "
                  "ORDER BY c.id LIMIT 1")  # fmt: skip
    phone = one(f"SELECT c.id, p.search_digits FROM customer c JOIN customer_phone p ON p.customer_id = c.id "
                f"WHERE {live} ORDER BY c.id LIMIT 1")  # fmt: skip
    email = one(f"SELECT c.id, e.email FROM customer c JOIN customer_email e ON e.customer_id = c.id "
                f"WHERE {live} ORDER BY c.id LIMIT 1")  # fmt: skip
    digits = str(phone[1]).split()[-1]  # the national form, as people type it
    return {
        "name part": (str(latin[2]), int(latin[0])),  # e.g. rahman
        "full name": (f"{latin[1]} {latin[2]}", int(latin[0])),  # Nazma Rahman
        "bengali name": (str(bengali[1]), int(bengali[0])),  # রহিম
        "phone": (digits, int(phone[0])),
        "email": (str(email[1]), int(email[0])),
        "word and initial": (f"{latin[2]} {str(latin[1])[0]}", int(latin[0])),  # Rahman N
    }


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[str, int]]]:
    """The shop, built once: demo data, the skew, then ANALYZE and PRAGMA optimize."""
    path = tmp_path_factory.mktemp("plans") / "shop.sqlite3"
    with open_store(path) as store:
        generate(store, customers=CUSTOMERS, interactions_per_customer=3, now=NOW)
        _skew(store)
        queries = _queries(store)
        store.db.execute_sql("ANALYZE")
        sqlite.optimize(store.db)
    return path, queries


def _lived_in_100k_statistics(store: Store) -> None:
    """Replace the statistics with those of the 100k-customer demo after lived-in-db."""
    con = store.raw_connection()
    indexes = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    recorded = [
        line.split("\t")
        for line in (DATA / "stat1_lived_in_100k.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    with store.atomic():
        for tbl, idx, stat in recorded:
            if idx in indexes:
                con.execute("DELETE FROM sqlite_stat1 WHERE tbl = ? AND idx = ?", (tbl, idx))
                con.execute("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (tbl, idx, stat))
    con.execute("ANALYZE sqlite_schema")  # re-read the statistics now


@pytest.fixture(params=["own statistics", "100k lived-in statistics"])
def shop(
    request: pytest.FixtureRequest, shop_file: tuple[Path, dict[str, tuple[str, int]]], tmp_path: Path
) -> Iterator[Shop]:
    path = tmp_path / "shop.sqlite3"
    shutil.copy(shop_file[0], path)
    store = open_store(path)
    try:
        if request.param == "100k lived-in statistics":
            _lived_in_100k_statistics(store)
        yield Shop(store, shop_file[1])
    finally:
        store.close()


# --- plans ----------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    sql: str
    rows: list[tuple[int, int, str]]  # (id, parent, detail) as EXPLAIN QUERY PLAN gives them

    def __str__(self) -> str:
        return self.sql + "\n" + "\n".join(f"  {detail}" for _id, _parent, detail in self.rows)


def plans_of(store: Store, action: Callable[[], object]) -> list[Plan]:
    """The plan of every SELECT ``action`` ran on the store's connection."""
    con = store.raw_connection()
    seen: list[str] = []
    con.set_trace_callback(seen.append)
    try:
        action()
    finally:
        con.set_trace_callback(None)
    plans = []
    for sql in seen:
        if re.match(r"\s*(SELECT|WITH)\b", sql, re.IGNORECASE):
            rows = con.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
            plans.append(Plan(sql, [(r[0], r[1], r[3]) for r in rows]))
    return plans


_LOOP = re.compile(r"^(SCAN|SEARCH) ")
_LIVE_THROUGH_DELETED_AT = re.compile(r"^(SCAN|SEARCH) \S+ USING (COVERING )?INDEX \S+ \(deleted_at=\?")


def match_runs_more_than_once(plan: Plan) -> list[str]:
    """Why the full-text index would be read more than once (empty: it is not)."""
    problems = []
    by_id = {i: (parent, detail) for i, parent, detail in plan.rows}
    for _i, parent, detail in plan.rows:
        if "VIRTUAL TABLE" not in detail:
            continue
        loops = [d for _i, p, d in plan.rows if p == parent and _LOOP.match(d)]
        if loops and loops[0] != detail:
            problems.append(f"'{detail}' runs inside the loop '{loops[0]}'")
        up = parent
        while up in by_id:
            up, above = by_id[up]
            if above.startswith("CORRELATED"):
                problems.append(f"'{detail}' runs in '{above}', once per outer row")
    return problems


def live_customers_through_deleted_at(plan: Plan) -> list[str]:
    return [detail for _i, _p, detail in plan.rows if _LIVE_THROUGH_DELETED_AT.match(detail)]


def assert_sound(plans: list[Plan]) -> None:
    assert plans, "no statement was traced"
    for plan in plans:
        assert not match_runs_more_than_once(plan), f"{match_runs_more_than_once(plan)}\n{plan}"
        assert not live_customers_through_deleted_at(plan), str(plan)


def touches_search(plans: list[Plan]) -> list[Plan]:
    found = [p for p in plans if "customer_search" in p.sql]
    assert found, "the action did not search"
    return found


QUERY_KINDS = ["name part", "full name", "bengali name", "phone", "email", "word and initial"]


# --- search: every box a user types into ------------------------------------------


@pytest.mark.parametrize("kind", QUERY_KINDS)
def test_customer_search_runs_the_match_once(shop: Shop, kind: str) -> None:
    """The Ctrl+K customers, the deal dialog's customer picker, ``crm-desktop search``."""
    text, expected = shop.queries[kind]
    found: list[int] = []
    plans = plans_of(shop.store, lambda: found.extend(search_customer_ids(text, limit=200)))
    assert expected in found
    assert_sound(touches_search(plans))


@pytest.mark.parametrize("kind", QUERY_KINDS)
def test_ctrl_k_runs_the_match_once_and_finds_deals_and_tickets_by_their_rows(shop: Shop, kind: str) -> None:
    text, expected = shop.queries[kind]
    results = []
    plans = plans_of(shop.store, lambda: results.append(search_everything(text)))
    assert expected in [hit.id for hit in results[0].customers]
    touches_search(plans)
    assert_sound(plans)


def test_ctrl_k_deals_and_tickets_are_not_found_by_walking_live_customers(shop: Shop) -> None:
    plans = plans_of(shop.store, lambda: search_everything("order"))
    deal_or_ticket = [p for p in plans if '"deal"' in p.sql or '"ticket"' in p.sql]
    assert len(deal_or_ticket) == 2
    assert_sound(deal_or_ticket)


@pytest.mark.parametrize("sort", list(SORT_COLUMNS))
def test_customer_list_text_filter_runs_the_match_once(shop: Shop, sort: str) -> None:
    """The list's first page while typing, then every match, in each column's order."""
    text, expected = shop.queries["full name"]
    pages: list[list[int]] = []

    def type_and_wait() -> None:
        pages.append(customer_ids(CustomerFilter(text=text), sort, limit=200))
        pages.append(customer_ids(CustomerFilter(text=text), sort, descending=True))

    plans = plans_of(shop.store, type_and_wait)
    assert all(expected in page for page in pages)
    assert_sound(touches_search(plans))


def _most_used_tag(shop: Shop) -> str:
    sql = (
        "SELECT t.name FROM tag t JOIN customer_tag ct ON ct.tag_id = t.id "
        "GROUP BY t.id ORDER BY count(*) DESC"
    )
    (tag,) = shop.store.raw_connection().execute(sql).fetchone()
    return str(tag)


@pytest.mark.parametrize("walk_rows", [20_000, 1_000])  # the whole shop, or part of it
def test_list_first_page_of_a_frequent_word_walks_the_name_index_not_a_sort_of_every_match(
    shop: Shop, walk_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word a third of the customers have: the first page stops after 200 rows in name order."""
    monkeypatch.setattr(customer_list, "MANY_MATCHES", 50)  # this shop is small: "many" is fewer
    monkeypatch.setattr(customer_list, "WALK_ROWS", walk_rows)
    flt = CustomerFilter(text=_most_used_tag(shop))
    first: list[int] = []
    plans = plans_of(shop.store, lambda: first.extend(customer_ids(flt, limit=200)))
    assert len(first) == 200
    assert first == customer_ids(flt)[:200]
    assert customer_ids(flt, descending=True, limit=200) == customer_ids(flt, descending=True)[:200]
    [page] = [p for p in plans if "customer_search" in p.sql and "ORDER BY" in p.sql]
    assert_sound([page])
    details = [detail for _i, _p, detail in page.rows]
    assert any(re.match(r"(SCAN|SEARCH) t1 USING INDEX customer_sort_name_live\b", d) for d in details), page
    assert "USE TEMP B-TREE FOR ORDER BY" not in details, page


def test_list_first_page_falls_back_to_sorting_when_the_walk_would_be_long(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Matches further down the names than the walk goes: the page is still the first 200 by name."""
    monkeypatch.setattr(customer_list, "MANY_MATCHES", 50)
    monkeypatch.setattr(customer_list, "WALK_ROWS", 150)  # fewer names than a page
    flt = CustomerFilter(text=_most_used_tag(shop))
    first: list[int] = []
    plans = plans_of(shop.store, lambda: first.extend(customer_ids(flt, limit=200)))
    assert first == customer_ids(flt)[:200]
    assert (
        len([p for p in plans if "customer_search" in p.sql and "ORDER BY" in p.sql]) == 2
    )  # walked, sorted
    assert_sound(plans)


@pytest.mark.parametrize("kind", ["phone", "email", "bengali name"])
def test_customer_list_text_filter_with_tag_and_owner_runs_the_match_once(shop: Shop, kind: str) -> None:
    text, _expected = shop.queries[kind]
    con = shop.store.raw_connection()
    tag, owner = con.execute(
        "SELECT t.name, (SELECT min(id) FROM user) FROM tag t "
        "JOIN customer_tag ct ON ct.tag_id = t.id LIMIT 1"
    ).fetchone()
    plans = plans_of(
        shop.store,
        lambda: [
            customer_ids(CustomerFilter(text=text, tag=tag), limit=200),
            customer_ids(CustomerFilter(text=text, owner_id=owner), "last_contact", limit=200),
        ],
    )
    assert_sound(touches_search(plans))


def test_trash_text_filter_runs_the_match_once(shop: Shop) -> None:
    con = shop.store.raw_connection()
    trashed, name = con.execute(
        "SELECT id, family_name FROM customer "
        "WHERE deleted_at IS NOT NULL AND length(family_name) >= 3 LIMIT 1"
    ).fetchone()
    found: list[int] = []
    plans = plans_of(shop.store, lambda: found.extend(customer_ids(CustomerFilter(text=name, trashed=True))))
    assert trashed in found
    assert_sound(touches_search(plans))


# --- the rest of what reads live customers ----------------------------------------


@pytest.mark.parametrize("sort", list(SORT_COLUMNS))
def test_customer_list_without_text_never_walks_the_deleted_at_index(shop: Shop, sort: str) -> None:
    plans = plans_of(shop.store, lambda: customer_ids(CustomerFilter(), sort, limit=200))
    assert_sound(plans)


def test_counts_after_a_save_never_walk_the_deleted_at_index(shop: Shop) -> None:
    """What the status bar and the list's empty state recount after every save."""
    before: list[dict[str, int]] = []

    def recount() -> None:
        before.append(stats.counts())
        count_customers()
        count_customers(trashed=True)

    plans = plans_of(shop.store, recount)
    assert_sound(plans)
    create_customer(CustomerInput(display_name="নতুন গ্রাহক"))
    assert stats.counts()["customers"] == before[0]["customers"] + 1


def test_duplicates_never_walk_the_deleted_at_index(shop: Shop) -> None:
    plans = plans_of(shop.store, duplicates.duplicate_groups)
    assert_sound(plans)


def test_segments_never_walk_the_deleted_at_index(shop: Shop) -> None:
    con = shop.store.raw_connection()
    (tag,) = con.execute("SELECT name FROM tag ORDER BY id LIMIT 1").fetchone()
    filters = [
        segments.SegmentFilter(tags=[tag]),
        segments.SegmentFilter(source="facebook", has_email=True),
        segments.SegmentFilter(min_spent_minor=100_000, last_purchase_after=date(2024, 6, 1)),
        segments.SegmentFilter(rfm_segment="champions"),
    ]
    plans = plans_of(shop.store, lambda: [segments.customer_ids(f, today=NOW.date()) for f in filters])
    assert_sound(plans)


def test_reports_never_walk_the_deleted_at_index(shop: Shop) -> None:
    period = Period.preset("last_12_months", NOW.date(), 0)
    plans = plans_of(shop.store, lambda: (build_bundle(period, NOW.date(), now=NOW), rfm_summary(period)))
    assert_sound(plans)


def _rfm_purchase_reads(shop: Shop, period: Period) -> list[str]:
    plans = plans_of(shop.store, lambda: rfm_summary(period))
    rfm = [p for p in plans if "rfm_values" in p.sql]
    assert len(rfm) == 1
    return [d for _i, _p, d in rfm[0].rows if re.match(r"(SCAN|SEARCH) t1 ", d)]


def test_rfm_over_a_year_groups_purchases_as_they_stream_in_customer_order(shop: Shop) -> None:
    """A year of a two-year history: reading every purchase in customer order beats sorting half of them."""
    reads = _rfm_purchase_reads(shop, Period.preset("last_12_months", NOW.date(), 0))
    assert reads == ["SEARCH t1 USING COVERING INDEX purchase_currency_customer_id (currency=?)"]


def test_rfm_over_a_month_reads_only_that_months_purchases(shop: Shop) -> None:
    reads = _rfm_purchase_reads(shop, Period.preset("this_month", NOW.date(), 0))
    range_read = "(currency=? AND occurred_at>? AND occurred_at<?)"
    assert reads == [f"SEARCH t1 USING COVERING INDEX purchase_currency_occurred_at {range_read}"]


# --- caches ----------------------------------------------------------------------------


def _plans_of_statements(store: Store, action) -> list[str]:  # noqa: ANN001
    con = store.raw_connection()
    seen: list[str] = []
    con.set_trace_callback(seen.append)
    try:
        action()
    finally:
        con.set_trace_callback(None)
    plans = []
    for sql in seen:
        if sql.lstrip().upper().startswith('UPDATE "CUSTOMER"') or "FROM purchase p" in sql:
            rows = con.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
            plans.append(" | ".join(row[3] for row in rows))
    return plans


def test_recording_a_purchase_refreshes_caches_through_the_customer_index(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="রহিম")).value
    plans = _plans_of_statements(store, lambda: record_purchase(cid, 50_000))
    purchase_plans = [p for p in plans if "purchase" in p.lower()]
    assert purchase_plans, plans
    for plan in purchase_plans:
        assert "purchase_customer_id_occurred_at" in plan, plan
        assert "purchase_currency_occurred_at" not in plan, plan
