"""Time-based rules on the periodic check, with a clock the test moves."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from crm_desktop.automation import engine
from crm_desktop.automation.clock import ManualClock, local_today
from crm_desktop.db.models import Customer, RuleRun, Task, Ticket
from crm_desktop.services import interactions, purchases, tickets
from crm_desktop.timeutil import utcnow
from tests.core.automation.conftest import add_customer, rule


def titles() -> list[str]:
    return [t.title for t in Task.select().order_by(Task.id)]


def test_no_contact_for_n_days_creates_one_call_task_per_quiet_spell(store, clock: ManualClock) -> None:
    rule(clock, "no_interaction", [{"type": "create_task", "title": "Call {name}"}], {"days": 30})
    cid = add_customer("Salma")
    interactions.log_interaction(cid, "call", body="asked about saris", occurred_at=utcnow())
    clock.advance(days=29)
    engine.run_due(clock)
    assert titles() == []
    clock.advance(days=2)
    engine.run_due(clock)
    engine.run_due(clock)
    assert titles() == ["Call Salma"]
    # contacted again, then quiet for another 30 days: a new task
    interactions.log_interaction(cid, "visit", occurred_at=clock.now())
    clock.advance(days=31)
    engine.run_due(clock)
    assert titles() == ["Call Salma", "Call Salma"]


def test_no_purchase_for_n_days(store, clock: ManualClock) -> None:
    rule(clock, "no_purchase", [{"type": "add_tag", "tag": "lapsed"}], {"days": 60})
    buyer = add_customer("Buyer")
    add_customer("Never bought")
    purchases.record_purchase(buyer, 50_000, occurred_at=utcnow())
    clock.advance(days=61)
    report = engine.run_due(clock).value
    assert [(r.customer_id, r.status) for r in report.results] == [(buyer, "done")]
    assert Customer.get_by_id(buyer).tag_names == "lapsed"


def test_a_ticket_past_its_due_time(store, clock: ManualClock) -> None:
    rule(
        clock,
        "ticket_overdue",
        [{"type": "create_task", "title": "Overdue: {ticket_subject}", "priority": 2}],
    )
    cid = add_customer()
    late = tickets.open_ticket(cid, "Refund not received", priority=2).value  # due in 4 hours
    done = tickets.open_ticket(cid, "Wrong size", priority=2).value
    tickets.set_status(done, "resolved")
    clock.advance(hours=3)
    engine.run_due(clock)
    assert titles() == []
    clock.advance(hours=2)
    engine.run_due(clock)
    assert titles() == ["Overdue: Refund not received"]
    assert Task.get().priority == 2
    assert Ticket.get_by_id(late).status == "open"


def test_birthdays_once_a_year_in_the_shops_time_zone(store, clock: ManualClock) -> None:
    # 20:00 UTC on 9 March is 02:00 on 10 March in Dhaka
    clock.current = datetime(2027, 3, 9, 20, 0)
    rule(clock, "birthday", [{"type": "create_task", "title": "Wish {first_name} a happy birthday"}])
    Customer.update(created_at=datetime(2020, 1, 1)).execute()
    add_customer("Rina Das", given_name="Rina", birthday=date(1990, 3, 10))
    add_customer("Leap Day", given_name="Leap", birthday=date(2000, 2, 29))
    add_customer("Someone Else", birthday=date(1985, 7, 1))
    assert local_today(clock) == date(2027, 3, 10)
    engine.run_due(clock)
    engine.run_due(clock)
    assert titles() == ["Wish Rina a happy birthday"]
    # born on 29 February: greeted on the 29th in a leap year, on the 28th in other years
    clock.current = datetime(2028, 2, 28, 20, 0)  # 29 Feb 2028 in Dhaka
    engine.run_due(clock)
    clock.current = datetime(2028, 3, 10, 1, 0)  # Rina's next birthday
    engine.run_due(clock)
    clock.current = datetime(2029, 2, 27, 20, 0)  # 28 Feb 2029 in Dhaka
    engine.run_due(clock)
    assert titles() == [
        "Wish Rina a happy birthday",
        "Wish Leap a happy birthday",
        "Wish Rina a happy birthday",
        "Wish Leap a happy birthday",
    ]
    assert RuleRun.select().where(RuleRun.event_key.startswith("birthday:")).count() == 4


def test_a_birthday_missed_by_a_few_days_is_still_greeted_but_not_a_week_later(
    store, clock: ManualClock
) -> None:
    clock.current = datetime(2027, 5, 1, 6, 0)
    rule(clock, "birthday", [{"type": "create_task", "title": "Birthday {name}"}])
    add_customer("Two days ago", birthday=date(1990, 4, 29))
    add_customer("Week ago", birthday=date(1990, 4, 24))
    clock.current = datetime(2027, 4, 30, 6, 0) + timedelta(days=1)
    engine.run_due(clock)
    assert titles() == []  # both birthdays were before the rule was switched on
    clock.current = datetime(2028, 5, 1, 6, 0)  # next year, the app was closed on the 29th
    engine.run_due(clock)
    assert titles() == ["Birthday Two days ago"]


def test_a_burst_is_done_in_batches_and_nothing_twice(store, clock: ManualClock) -> None:
    rule(clock, "no_interaction", [{"type": "create_task", "title": "Call {name}"}], {"days": 30})
    for i in range(7):
        add_customer(f"Quiet {i}")
    clock.advance(days=31)
    first = engine.run_due(clock, limit=3).value
    assert (len(first.results), first.more) == (3, True)
    while engine.run_due(clock, limit=3).value.more:
        pass
    assert len(titles()) == 7 and len(set(titles())) == 7
    assert not engine.run_due(clock, limit=3).value.results
