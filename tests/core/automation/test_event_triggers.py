"""Rules on events: deals, customers, purchases, tickets — each acting once per event."""

from __future__ import annotations

from datetime import timedelta

from crm_desktop.automation import engine, events
from crm_desktop.automation.clock import ManualClock
from crm_desktop.db.models import Customer, Interaction, OutboxMessage, RuleRun, Task, Ticket
from crm_desktop.db.store import open_store
from crm_desktop.email.template_store import save_template
from crm_desktop.services import pipeline, purchases, tickets
from crm_desktop.services.customers import load_input
from crm_desktop.timeutil import utcnow
from tests.core.automation.conftest import add_customer, rule, stage_id


def task_titles() -> list[str]:
    return [t.title for t in Task.select().order_by(Task.id)]


def test_a_deal_entering_a_stage_creates_the_task_once(store, clock: ManualClock, live_events) -> None:
    rule(
        clock,
        "deal_stage_entered",
        [{"type": "create_task", "title": "Follow up {deal_title} with {first_name}", "due_days": 3}],
        {"stage_id": stage_id("Quote sent")},
    )
    cid = add_customer("রহিম উদ্দিন", given_name="রহিম", owner_id=1)
    deal = pipeline.create_deal(pipeline.DealInput(cid, "20 sacks of rice")).value
    assert task_titles() == []  # created in "New lead": not the stage the rule waits for
    pipeline.move_deal(deal, stage_id("Quote sent"))
    assert task_titles() == ["Follow up 20 sacks of rice with রহিম"]
    task = Task.get()
    assert task.customer_id == cid and task.deal_id == deal and task.assignee_id == 1  # the customer's owner
    assert timedelta(days=3) - timedelta(minutes=2) < task.due_at - utcnow() <= timedelta(days=3)
    # found again by the periodic check, and again after a restart: still one task
    clock.advance(minutes=5)
    engine.run_due(clock)
    store.close()
    with open_store(store.path):
        engine.run_due(clock)
        engine.run_for_event(events.Event("deal", deal), clock)
        assert task_titles() == ["Follow up 20 sacks of rice with রহিম"]
        assert RuleRun.select().count() == 1


def test_won_and_lost_deals(store, clock: ManualClock, live_events) -> None:
    rule(clock, "deal_won", [{"type": "add_tag", "tag": "Won before"}])
    rule(clock, "deal_lost", [{"type": "log_note", "text": "Lost {deal_title}: ask why in a month"}])
    cid = add_customer()
    won = pipeline.create_deal(pipeline.DealInput(cid, "Fridge")).value
    lost = pipeline.create_deal(pipeline.DealInput(cid, "Oven")).value
    pipeline.mark_won(won)
    pipeline.mark_lost(lost, "too dear")
    assert load_input(cid).tags == ["Won before"]
    assert [i.body for i in Interaction.select().where(Interaction.channel == "note")] == [
        "Lost Oven: ask why in a month"
    ]


def test_a_new_customer_gets_the_welcome_email_if_it_has_an_address(
    store, clock: ManualClock, live_events
) -> None:
    template = save_template("Welcome", "Welcome, {first_name}", "Hello {name} from {company}!").value
    rule(clock, "customer_created", [{"type": "send_email", "template_id": template}])
    cid = add_customer("Karim Ali", given_name="Karim", company="Karim Stores", emails=["karim@example.com"])
    other = add_customer("No Email")
    assert [(m.customer_id, m.subject, m.body, m.status) for m in OutboxMessage.select()] == [
        (cid, "Welcome, Karim", "Hello Karim Ali from Karim Stores!", "queued")
    ]
    assert RuleRun.get(RuleRun.customer == cid).status == "done"
    assert "no email address" in RuleRun.get(RuleRun.customer == other).detail


def test_no_automatic_email_to_a_customer_who_asked_not_to_be_contacted(store, clock: ManualClock) -> None:
    template = save_template("Welcome", "Welcome", "Hello {name}").value
    rule(clock, "customer_created", [{"type": "send_email", "template_id": template}])
    quiet = add_customer("Quiet One", emails=["quiet@example.com"])
    Customer.update(do_not_contact=True).where(Customer.id == quiet).execute()
    engine.run_due(ManualClock(utcnow() + timedelta(minutes=1), 360))
    assert "asked not to be contacted" in RuleRun.get(RuleRun.customer == quiet).detail
    assert OutboxMessage.select().count() == 0


def test_a_purchase_and_a_ticket(store, clock: ManualClock, live_events) -> None:
    rule(clock, "purchase_recorded", [{"type": "create_task", "title": "Deliver to {name}"}])
    rule(clock, "ticket_opened", [{"type": "add_tag", "tag": "complained"}], {"kind": "complaint"})
    cid = add_customer("Nasrin")
    purchases.record_purchase(cid, 150_000)
    purchases.record_purchase(cid, -50_000)  # a refund is not a purchase to thank for
    tickets.open_ticket(cid, "Need an invoice", kind="request")
    assert load_input(cid).tags == []
    tickets.open_ticket(cid, "Broken lid")
    assert task_titles() == ["Deliver to Nasrin"]
    assert load_input(cid).tags == ["complained"]


def test_a_rule_switched_on_later_ignores_what_happened_before(store, clock: ManualClock) -> None:
    cid = add_customer()
    purchases.record_purchase(cid, 10_000)
    clock.current = utcnow() + timedelta(seconds=1)
    rule(clock, "purchase_recorded", [{"type": "create_task", "title": "Thank {name}"}])
    clock.advance(minutes=1)
    engine.run_due(clock)
    assert task_titles() == []


def test_a_broken_rule_is_reported_and_never_stops_a_save(store, clock: ManualClock, live_events) -> None:
    template = save_template("Gone soon", "Hi", "Hi {name}").value
    broken = rule(clock, "purchase_recorded", [{"type": "send_email", "template_id": template}])
    rule(clock, "purchase_recorded", [{"type": "create_task", "title": "Thank {name}"}])
    from crm_desktop.email.template_store import delete_template

    delete_template(template)

    def exploding(event: events.Event) -> None:
        raise RuntimeError("listener bug")

    unsubscribe = events.subscribe(exploding)
    try:
        cid = add_customer(emails=["a@example.com"])
        purchase = purchases.record_purchase(cid, 10_000).value  # saved whatever the rules do
    finally:
        unsubscribe()
    assert purchase
    assert task_titles() == ["Thank Rahim Uddin"]
    failed = RuleRun.get(RuleRun.rule == broken)
    assert failed.status == "failed" and "template" in failed.detail and "deleted" in failed.detail
    assert OutboxMessage.select().count() == 0  # the failed run left nothing half done


def test_move_deal_and_remove_tag(store, clock: ManualClock, live_events) -> None:
    rule(
        clock,
        "ticket_opened",
        [{"type": "move_deal", "stage_id": stage_id("Negotiation")}, {"type": "remove_tag", "tag": "happy"}],
    )
    cid = add_customer(tags=["happy", "VIP"])
    deal = pipeline.create_deal(pipeline.DealInput(cid, "Sofa")).value
    tickets.open_ticket(cid, "Torn cover")
    assert pipeline._deal(deal).stage_id == stage_id("Negotiation")
    assert load_input(cid).tags == ["VIP"]
    other = add_customer("No deal")
    tickets.open_ticket(other, "Question")
    detail = RuleRun.get(RuleRun.customer == other).detail
    assert "no open deal" in detail and "not tagged 'happy'" in detail


def test_tickets_get_a_due_time_from_their_priority(store) -> None:
    cid = add_customer()
    high = tickets.open_ticket(cid, "Fire!", priority=2).value
    low = tickets.open_ticket(cid, "Someday", priority=0).value
    due = {t.id: t.due_at - t.opened_at for t in Ticket.select()}
    assert due[high] == timedelta(hours=4) and due[low] == timedelta(hours=72)
