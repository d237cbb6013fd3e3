"""A database with a busy pipeline: 2,000 open deals, recent wins and losses, tasks.

Used by ``bench_ui_pipeline.py`` (when the 100k demo database is not there)
and for screenshots. Names mix Bengali and English, some very long, so the
cards have to elide.
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from peewee import fn

from crm_desktop.db.models import Customer, Deal, DealStageChange, Stage, Task, User, database_proxy
from crm_desktop.db.store import open_store
from crm_desktop.services.customers import sort_key
from crm_desktop.timeutil import utcnow

GIVEN = ["রহিম", "করিম", "ফাতেমা", "আয়েশা", "Rahim", "Karim", "Nusrat", "Tanvir", "Sumaiya", "Mahmud"]
FAMILY = ["আহমেদ", "হোসেন", "চৌধুরী", "Islam", "Rahman", "Khan", "Sarkar", "Talukder"]
SHOPS = [
    "মেসার্স রহমান ট্রেডার্স অ্যান্ড জেনারেল সাপ্লায়ার্স লিমিটেড",
    "Dhaka Garments & Textile Accessories Wholesale Ltd.",
    "চট্টগ্রাম ইলেকট্রনিক্স",
    "Sylhet Tea House",
]
ITEMS = ["school uniforms", "ceiling fans", "rice (50 kg bags)", "saree order", "mobile phones", "sofa set"]
TITLES = ["{n} {item}", "Quote: {item}", "Wholesale {item} for Eid", "{item} — repeat order"]


def build(path: Path, *, customers: int = 20_000, open_deals: int = 2_000, seed: int = 3) -> Path:
    """Create ``path`` (replacing it) and fill it; returns the path."""
    rng = random.Random(seed)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with open_store(path) as store, database_proxy.atomic():
        owners = [1] + [User.create(name=name).id for name in ("Nusrat", "Tanvir")]
        rows = []
        for i in range(customers):
            name = SHOPS[i % len(SHOPS)] if i % 7 == 0 else f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
            rows.append({"display_name": name, "sort_name": sort_key(name), "owner": rng.choice(owners)})
        for start in range(0, len(rows), 500):
            Customer.insert_many(rows[start : start + 500]).execute()
        add_deals(rng, open_deals, closed=open_deals // 3)
        add_tasks(rng, 300)
        store.db.execute_sql("ANALYZE")
    return path


def top_up(store_path: Path, open_deals: int = 2_000, seed: int = 3) -> int:
    """Give an existing database (a copy of the demo) ``open_deals`` open deals; returns the number added."""
    with open_store(store_path) as store, database_proxy.atomic():
        have = Deal.select().where((Deal.status == "open") & Deal.deleted_at.is_null()).count()
        missing = max(0, open_deals - have)
        if missing:
            add_deals(random.Random(seed), missing, closed=0)
            store.db.execute_sql("ANALYZE")
    return missing


def add_deals(rng: random.Random, open_deals: int, *, closed: int) -> None:
    """Open deals spread over the first pipeline's open stages, and recently won or lost ones."""
    now = utcnow()
    customer_ids = [c for (c,) in Customer.select(Customer.id).where(Customer.deleted_at.is_null()).tuples()]
    owners = [u for (u,) in User.select(User.id).tuples()]
    stages = list(Stage.select().where(Stage.pipeline == 1).order_by(Stage.position))
    open_stages = [s for s in stages if s.kind == "open"]
    closing = {s.kind: s for s in stages if s.kind != "open"}
    first_new = (Deal.select(fn.MAX(Deal.id)).scalar() or 0) + 1
    deals = []
    for i in range(open_deals + closed):
        is_open = i < open_deals
        stage = open_stages[i % len(open_stages)] if is_open else closing["won" if i % 2 else "lost"]
        entered = now - timedelta(days=rng.randint(0, 60 if is_open else 29), hours=rng.randint(0, 23))
        title = rng.choice(TITLES).format(n=rng.randint(2, 500), item=rng.choice(ITEMS))
        deals.append(
            {
                "customer": rng.choice(customer_ids),
                "title": title[:1].upper() + title[1:],
                "value_minor": rng.randint(5, 5_000) * 100_00,
                "currency": "BDT",
                "pipeline": stage.pipeline_id,
                "stage": stage.id,
                "position": (first_new + i) * 1024,
                "owner": rng.choice(owners),
                "status": stage.kind,
                "closed_at": None if is_open else entered,
                "lost_reason": "Price too high" if stage.kind == "lost" else "",
                "stage_entered_at": entered,
                "last_activity_at": max(entered, now - timedelta(days=rng.randint(0, 24))),
            }
        )
    for start in range(0, len(deals), 500):
        Deal.insert_many(deals[start : start + 500]).execute()
    DealStageChange.insert_from(
        Deal.select(Deal.id, Deal.stage, Deal.stage_entered_at).where(Deal.id >= first_new),
        [DealStageChange.deal, DealStageChange.to_stage, DealStageChange.changed_at],
    ).execute()


def add_tasks(rng: random.Random, count: int) -> None:
    now = utcnow()
    customers = Customer.select().count()
    deals = Deal.select().count()
    tasks = []
    for i in range(count):
        tasks.append(
            {
                "title": rng.choice(["Call back", "Send the quote", "Visit the shop", "Collect payment"]),
                "due_at": now + timedelta(hours=rng.randint(-24 * 5, 24 * 10)),
                "done": i % 9 == 0,
                "done_at": now if i % 9 == 0 else None,
                "priority": rng.choice([0, 1, 1, 2]),
                "customer": rng.randint(1, customers),
                "deal": rng.randint(1, deals) if i % 2 and deals else None,
            }
        )
    Task.insert_many(tasks).execute()
