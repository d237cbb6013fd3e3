"""A small shop with numbers worked out by hand (see the comments), in a real temp database.

The period under test is January to March 2026 (UTC, offset 0); "today" is
20 March 2026. February has no purchases at all.

Customers: Asha (Facebook, Jan), Bilal (Walk-in, Jan), Chitra (Facebook, Mar),
Dipu (no source, June 2025) and Tanvir (Facebook, Jan, then trashed: none of
his rows may count anywhere).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from crm_desktop.db.models import Customer, Deal, DealStageChange, Stage, Ticket
from crm_desktop.db.store import Store
from crm_desktop.reports.period import Period
from crm_desktop.services.customers import CustomerInput, create_customer, trash_customers
from crm_desktop.services.interactions import log_interaction, trash_interactions
from crm_desktop.services.pipeline import DealInput, create_deal, move_deal
from crm_desktop.services.purchases import record_purchase
from crm_desktop.services.tasks import TaskInput, create_task, set_done
from crm_desktop.services.tickets import open_ticket, set_status

PERIOD = Period(date(2026, 1, 1), date(2026, 3, 31))
TODAY = date(2026, 3, 20)
NOW = datetime(2026, 3, 20, 12, 0)


@dataclass(frozen=True)
class Shop:
    asha: int
    bilal: int
    chitra: int
    dipu: int
    tanvir: int
    stages: dict[str, int]  # stage name -> id


def customer(name: str, source: str, created: datetime) -> int:
    cid = create_customer(CustomerInput(display_name=name, source=source)).value
    Customer.update(created_at=created).where(Customer.id == cid).execute()
    return cid


def buy(cid: int, amount_minor: int, when: datetime, currency: str = "BDT") -> None:
    record_purchase(cid, amount_minor, currency=currency, occurred_at=when)


def deal(
    cid: int,
    value_minor: int,
    created: datetime,
    moves: list[tuple[str, datetime]],
    stages: dict[str, int],
    currency: str = "BDT",
) -> int:
    """A deal created at ``created`` in New lead, then moved through ``moves`` at those times."""
    did = create_deal(DealInput(cid, f"deal {cid}", value_minor, currency, stage_id=stages["New lead"])).value
    for name, _when in moves:
        move_deal(did, stages[name], lost_reason="price" if name == "Lost" else "")
    changes = list(DealStageChange.select().where(DealStageChange.deal == did).order_by(DealStageChange.id))
    times = [created] + [when for _, when in moves]
    for change, when in zip(changes, times, strict=True):
        DealStageChange.update(changed_at=when).where(DealStageChange.id == change.id).execute()
    last = times[-1]
    closed = last if moves and moves[-1][0] in ("Won", "Lost") else None
    Deal.update(created_at=created, stage_entered_at=last, closed_at=closed).where(Deal.id == did).execute()
    return did


@pytest.fixture
def shop(store: Store) -> Shop:
    return make_shop()


def make_shop() -> Shop:
    """Fill the open store with the shop described in the module docstring."""
    stages = {s.name: s.id for s in Stage.select()}
    asha = customer("Asha", "Facebook", datetime(2026, 1, 5, 9))
    bilal = customer("Bilal", "Walk-in", datetime(2026, 1, 20, 9))
    chitra = customer("Chitra", "Facebook", datetime(2026, 3, 2, 9))
    dipu = customer("Dipu", "", datetime(2025, 6, 1, 9))
    tanvir = customer("Tanvir", "Facebook", datetime(2026, 1, 10, 9))

    # Purchases. BDT by month: Jan 1000+500+2000 = 3500.00 (3 sales);
    # Feb nothing; Mar -200 (refund) + 300 + 700 = 800.00 (2 sales, 1 refund).
    buy(asha, 100_000, datetime(2026, 1, 10, 10))
    buy(asha, 50_000, datetime(2026, 1, 25, 10))
    buy(asha, -20_000, datetime(2026, 3, 5, 10))
    buy(asha, 30_000, datetime(2026, 3, 10, 10))
    buy(bilal, 200_000, datetime(2026, 1, 15, 10))
    buy(bilal, 5_000, datetime(2026, 3, 15, 10), "USD")  # $50.00, kept apart
    buy(chitra, 70_000, datetime(2026, 3, 18, 10))
    buy(dipu, 40_000, datetime(2025, 12, 20, 10))  # before the period
    buy(tanvir, 999_900, datetime(2026, 1, 12, 10))  # trashed below

    # Deals: won in Jan after 28 days; lost in Feb after 10 days; two open;
    # a USD deal won in March after 10 days.
    deal(
        asha,
        50_000,
        datetime(2026, 1, 3),
        [("Qualified", datetime(2026, 1, 10)), ("Won", datetime(2026, 1, 31))],
        stages,
    )
    deal(bilal, 80_000, datetime(2026, 2, 1), [("Lost", datetime(2026, 2, 11))], stages)
    deal(chitra, 30_000, datetime(2026, 3, 3), [("Quote sent", datetime(2026, 3, 6))], stages)
    deal(asha, 20_000, datetime(2026, 3, 4), [], stages)
    deal(bilal, 100_000, datetime(2026, 3, 2), [("Won", datetime(2026, 3, 12))], stages, currency="USD")

    # Interactions: Jan call + whatsapp (Asha); Mar two calls (Bilal, Chitra).
    log_interaction(asha, "call", occurred_at=datetime(2026, 1, 6, 10))
    log_interaction(asha, "whatsapp", occurred_at=datetime(2026, 1, 7, 10))
    log_interaction(bilal, "call", occurred_at=datetime(2026, 3, 1, 10))
    log_interaction(chitra, "call", occurred_at=datetime(2026, 3, 3, 10))
    log_interaction(tanvir, "call", occurred_at=datetime(2026, 1, 11, 10))
    gone = log_interaction(asha, "sms", occurred_at=datetime(2026, 1, 8, 10)).value
    trash_interactions([gone])

    # Tickets: resolved in 24 h (Jan); resolved in 72 h (opened Feb, closed Mar); one still open.
    for cid, opened, closed in (
        (asha, datetime(2026, 1, 8, 9), datetime(2026, 1, 9, 9)),
        (chitra, datetime(2026, 2, 27, 9), datetime(2026, 3, 2, 9)),
        (bilal, datetime(2026, 3, 1, 9), None),
    ):
        tid = open_ticket(cid, "a problem").value
        if closed:
            set_status(tid, "resolved")
        Ticket.update(opened_at=opened, closed_at=closed).where(Ticket.id == tid).execute()
    open_ticket(tanvir, "trashed customer's ticket")

    # Tasks: one overdue at NOW; one overdue but done; one due later.
    create_task(TaskInput("call back", due_at=datetime(2026, 3, 19, 9), customer_id=asha))
    done = create_task(TaskInput("done already", due_at=datetime(2026, 3, 19, 9))).value
    set_done(done)
    create_task(TaskInput("later", due_at=datetime(2026, 3, 25, 9)))

    trash_customers([tanvir])
    return Shop(asha, bilal, chitra, dipu, tanvir, stages)
