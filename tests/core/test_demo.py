"""Demo data: the right counts, the same rows for the same seed, every channel,
stage and status present, caches that agree with the rows, and a database a
user can search straight away."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.contact_points import parse_phone
from crm_desktop.db import sqlite
from crm_desktop.db.store import Store, open_store
from crm_desktop.demo import DemoSummary, generate
from crm_desktop.demo.__main__ import main
from crm_desktop.domain import CHANNELS, DIRECTIONS, TICKET_STATUSES
from crm_desktop.search import search_customer_ids
from crm_desktop.services import tasks as task_service
from crm_desktop.services.customer_list import CustomerFilter, customer_ids
from crm_desktop.services.customers import sort_key, trash_customers
from crm_desktop.services.pipeline import POSITION_GAP
from crm_desktop.services.purchases import refresh_purchase_caches

NOW = datetime(2025, 3, 15)
SIZE = 200
BENGALI = re.compile("[\u0980-\u09ff]")

CACHE_COLUMNS = (
    "id, sort_name, primary_phone, primary_email, tag_names, "
    "last_contact_at, last_purchase_at, lifetime_value_minor"
)


def rows(store: Store, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    return list(store.db.execute_sql(sql, params).fetchall())


def table_counts(store: Store, summary: DemoSummary) -> dict[str, int]:
    return {table: rows(store, f'SELECT count(*) FROM "{table}"')[0][0] for table in summary.per_table()}


@pytest.fixture
def demo(store: Store) -> tuple[Store, DemoSummary]:
    return store, generate(store, customers=SIZE, seed=7, now=NOW)


def test_counts_match_the_summary(store: Store) -> None:
    before = table_counts(store, DemoSummary())
    summary = generate(store, customers=SIZE, seed=7, now=NOW)
    after = table_counts(store, summary)
    assert {t: after[t] - before[t] for t in after} == summary.per_table()
    assert summary.customers == SIZE
    assert summary.interactions == SIZE * 10
    assert summary.purchases == SIZE * 3
    assert min(summary.per_table().values()) > 0


def test_sizes_are_honoured(store: Store) -> None:
    summary = generate(
        store, customers=50, interactions_per_customer=2.5, purchases_per_customer=0.5, now=NOW
    )
    assert (summary.customers, summary.interactions, summary.purchases) == (50, 125, 25)


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    out = {
        table: rows(store, f'SELECT * FROM "{table}" ORDER BY 1')
        for table in DemoSummary().per_table()
        if table != "user"
    }
    out["user"] = rows(store, 'SELECT id, name, email FROM "user" ORDER BY id')
    out["search"] = rows(store, "SELECT rowid, * FROM customer_search ORDER BY rowid")
    return out


def test_same_seed_same_rows_other_seed_other_rows(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        with open_store(tmp_path / f"{name}.sqlite3") as store:
            generate(store, customers=60, seed=seed, now=NOW)
            dumps.append(_dump(store))
    assert dumps[0] == dumps[1]
    assert dumps[0]["customer"] != dumps[2]["customer"]
    assert dumps[0]["interaction"] != dumps[2]["interaction"]


def test_every_channel_direction_stage_status_and_bucket_is_there(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    assert {r[0] for r in rows(store, "SELECT DISTINCT channel FROM interaction")} == set(CHANNELS)
    assert {r[0] for r in rows(store, "SELECT DISTINCT direction FROM interaction")} == set(DIRECTIONS)
    stages = {r[0] for r in rows(store, "SELECT id FROM stage")}
    assert {r[0] for r in rows(store, "SELECT DISTINCT stage_id FROM deal")} == stages
    assert {r[0] for r in rows(store, "SELECT DISTINCT status FROM deal")} == {"open", "won", "lost"}
    assert {r[0] for r in rows(store, "SELECT DISTINCT status FROM ticket")} == set(TICKET_STATUSES)
    assert {r[0] for r in rows(store, "SELECT DISTINCT kind FROM customer")} == {"person", "business"}
    for bucket in task_service.BUCKETS:
        assert task_service.tasks_in(bucket, now=NOW), bucket


def test_shop_data_looks_real(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    names = [r[0] for r in rows(store, "SELECT display_name FROM customer")]
    assert sum(bool(BENGALI.search(n)) for n in names) > SIZE // 4
    assert sum(n.isascii() for n in names) > SIZE // 4
    assert any(n.endswith(("Traders", "Enterprise", "Store", "ট্রেডার্স", "এন্টারপ্রাইজ", "স্টোর")) for n in names)
    texts = names + [r[0] for r in rows(store, "SELECT body FROM interaction")]
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert rows(store, "SELECT count(*) FROM purchase WHERE amount_minor < 0")[0][0] > 0
    assert rows(store, "SELECT count(*) FROM purchase WHERE currency = 'USD'")[0][0] > 0
    oldest, newest = rows(store, "SELECT min(occurred_at), max(occurred_at) FROM purchase")[0]
    assert str(NOW - timedelta(days=731)) <= str(oldest) and str(newest) < str(NOW)
    assert rows(store, "SELECT max(occurred_at) FROM interaction")[0][0] < str(NOW)
    sources = {r[0] for r in rows(store, "SELECT DISTINCT source FROM customer")}
    assert {"Facebook", "Walk-in", "Referral"} <= sources
    tags = {r[0] for r in rows(store, "SELECT name FROM tag")}
    assert {"VIP", "wholesale", "পাইকারি"} <= tags


def test_phones_are_what_parse_phone_makes_of_the_typed_text(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    phones = rows(store, "SELECT raw_text, e164, search_digits FROM customer_phone")
    assert sum(bool(re.fullmatch(r"\+8801[3-9]\d{8}", e164)) for _, e164, _ in phones) > len(phones) * 0.9
    assert any(BENGALI.search(raw) for raw, _, _ in phones)  # typed with Bengali digits
    for raw, e164, digits in phones:
        parsed = parse_phone(raw)
        assert (parsed.raw, parsed.e164, parsed.search_digits) == (raw, e164, digits)
    assert len({e164 for _, e164, _ in phones}) == len(phones)


def test_deals_agree_with_their_stage_history(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    kind = dict(rows(store, "SELECT id, kind FROM stage"))
    deals = rows(
        store, "SELECT id, stage_id, status, closed_at, lost_reason, stage_entered_at, position FROM deal"
    )
    for deal_id, stage_id, status, closed_at, lost_reason, entered, _ in deals:
        history = rows(
            store,
            "SELECT from_stage_id, to_stage_id, changed_at FROM deal_stage_change "
            "WHERE deal_id = ? ORDER BY id",
            (deal_id,),
        )
        assert history[0][0] is None
        assert all(
            prev[1] == nxt[0] and prev[2] <= nxt[2] for prev, nxt in zip(history, history[1:], strict=False)
        )
        assert history[-1][1] == stage_id and history[-1][2] == entered
        assert status == kind[stage_id]
        assert (closed_at == entered) if status != "open" else closed_at is None
        assert bool(lost_reason) == (status == "lost")
    by_stage: dict[object, list[object]] = {}
    for _, stage_id, *_, position in deals:
        by_stage.setdefault(stage_id, []).append(position)
    for positions in by_stage.values():
        assert sorted(positions) == [i * POSITION_GAP for i in range(len(positions))]


def test_caches_equal_recomputed_values(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    stored = rows(store, f"SELECT {CACHE_COLUMNS} FROM customer ORDER BY id")
    recomputed = rows(
        store,
        "SELECT c.id, c.display_name, "
        " coalesce((SELECT e164 FROM customer_phone p WHERE p.customer_id = c.id"
        "   ORDER BY position LIMIT 1), ''),"
        " coalesce((SELECT email FROM customer_email e WHERE e.customer_id = c.id"
        "   ORDER BY position LIMIT 1), ''),"
        " coalesce((SELECT group_concat(name, ', ') FROM (SELECT t.name FROM customer_tag ct"
        "   JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = c.id ORDER BY ct.id)), ''),"
        " (SELECT max(occurred_at) FROM interaction i WHERE i.customer_id = c.id AND i.deleted_at IS NULL),"
        " (SELECT max(occurred_at) FROM purchase p WHERE p.customer_id = c.id AND p.deleted_at IS NULL),"
        " coalesce((SELECT sum(amount_minor) FROM purchase p WHERE p.customer_id = c.id"
        "   AND p.deleted_at IS NULL AND p.currency = 'BDT'), 0) "
        "FROM customer c ORDER BY c.id",
    )
    assert stored == [(r[0], sort_key(str(r[1])), *r[2:]) for r in recomputed]
    assert any(r[7] > 0 for r in stored) and any(r[5] is None for r in stored)  # buyers and non-contacts
    refresh_purchase_caches()  # the service's own rule changes nothing
    assert rows(store, f"SELECT {CACHE_COLUMNS} FROM customer ORDER BY id") == stored


def test_database_is_sound(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    assert sqlite.integrity_problems(store.db) == []
    assert rows(store, "SELECT enabled FROM search_sync") == [(1,)]


def test_search_finds_bengali_names_and_phone_digits(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    live = "c.deleted_at IS NULL"
    cid, name, given = rows(
        store, f"SELECT id, display_name, given_name FROM customer c WHERE {live} AND kind = 'person' "
        "AND given_name GLOB '*[ক-হ]*' AND given_name NOT LIKE '% %' ORDER BY id LIMIT 1"
    )[0]  # fmt: skip
    assert cid in search_customer_ids(str(name))
    assert cid in search_customer_ids(str(given), limit=None)
    cid, digits = rows(
        store, f"SELECT c.id, p.search_digits FROM customer c JOIN customer_phone p ON p.customer_id = c.id "
        f"WHERE {live} AND p.e164 LIKE '+8801%' ORDER BY c.id LIMIT 1"
    )[0]  # fmt: skip
    national = str(digits).split()[1]
    assert cid in search_customer_ids(national)
    bengali = national.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
    assert cid in search_customer_ids(f"{bengali[:5]}-{bengali[5:]}")


def test_adding_to_a_database_that_has_data(demo: tuple[Store, DemoSummary]) -> None:
    store, first = demo
    second = generate(store, customers=30, seed=8, now=NOW)
    assert second.users == 0  # the staff are there already
    assert rows(store, "SELECT count(*) FROM customer")[0][0] == first.customers + second.customers
    assert sqlite.integrity_problems(store.db) == []
    stored = rows(store, f"SELECT {CACHE_COLUMNS} FROM customer ORDER BY id")
    refresh_purchase_caches()
    assert rows(store, f"SELECT {CACHE_COLUMNS} FROM customer ORDER BY id") == stored


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "cli.sqlite3"), "--customers", "20", "--now", "2025-03-15"]) == 0
    assert re.search(r"^ *customer: 20$", capsys.readouterr().out, re.MULTILINE)


def test_customer_list_over_demo_data(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    live = rows(store, "SELECT id, sort_name FROM customer WHERE deleted_at IS NULL")
    assert customer_ids(CustomerFilter()) == [i for i, _ in sorted(live, key=lambda r: (r[1], r[0]))]
    name_of = dict(live)
    bengali_name = next(str(n) for n in name_of.values() if BENGALI.search(str(n)))
    for text in (bengali_name, "017", "র", "Ra", "regular", "gmail"):
        listed = customer_ids(CustomerFilter(text=text))
        assert listed, text
        assert set(listed) == set(search_customer_ids(text, limit=None)), text
        assert listed == sorted(listed, key=lambda i: (name_of[i], i)), text
    victim = customer_ids(CustomerFilter(text=bengali_name))[0]
    trash_customers([victim])
    assert victim not in customer_ids(CustomerFilter(text=bengali_name))
    assert victim in customer_ids(CustomerFilter(text=bengali_name, trashed=True))
    assert victim in customer_ids(CustomerFilter(text=bengali_name[:2], trashed=True))


def test_the_sample_tasks_already_past_due_do_not_pop_up_as_missed_reminders(
    demo: tuple[Store, DemoSummary],
) -> None:
    from datetime import timedelta

    from crm_desktop.automation.reminders import due_reminders

    store, _ = demo
    past_due = rows(store, "SELECT count(*) FROM task WHERE done = 0 AND due_at <= ?", (NOW,))[0][0]
    assert past_due > 0  # the demo has overdue work to show in Tasks…
    assert due_reminders(NOW) == []  # …but nothing "missed while the app was closed"
    later = due_reminders(NOW + timedelta(days=3))
    assert later and all(r.due_at > NOW for r in later)  # tasks due later still remind
