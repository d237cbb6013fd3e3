"""Conditions (tag, owner, source, amount, RFM segment), rule validation and the shipped presets."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm_desktop.automation import engine
from crm_desktop.automation.clock import ManualClock
from crm_desktop.automation.presets import ensure_presets
from crm_desktop.automation.rules import RuleSpec, create_rule, history, list_rules, set_enabled, update_rule
from crm_desktop.db.models import AutomationRule, OutboxMessage, RuleRun, Task, User
from crm_desktop.services import pipeline, purchases, tickets
from crm_desktop.services.errors import ValidationError
from crm_desktop.timeutil import utcnow
from tests.core.automation.conftest import add_customer, rule, stage_id

TASK = [{"type": "create_task", "title": "Thank {name}"}]


def thanked() -> list[str]:
    return sorted(t.title.removeprefix("Thank ") for t in Task.select())


def test_tag_owner_and_source_conditions(store, clock: ManualClock, live_events) -> None:
    clerk = User.create(name="Clerk").id
    rule(
        clock,
        "purchase_recorded",
        TASK,
        conditions=[
            {"type": "tag", "tag": "vip"},
            {"type": "tag", "tag": "blocked", "absent": True},
            {"type": "owner", "owner_id": clerk},
            {"type": "source", "source": "Facebook"},
        ],
    )
    fits = add_customer("Fits", tags=["VIP"], owner_id=clerk, source="facebook")
    blocked = add_customer("Blocked", tags=["VIP", "blocked"], owner_id=clerk, source="facebook")
    other_owner = add_customer("Other owner", tags=["VIP"], owner_id=1, source="facebook")
    walk_in = add_customer("Walk in", tags=["VIP"], owner_id=clerk, source="walk-in")
    for cid in (fits, blocked, other_owner, walk_in):
        purchases.record_purchase(cid, 10_000)
    assert thanked() == ["Fits"]
    reasons = {r.customer_id: r.detail for r in RuleRun.select().where(RuleRun.status == "skipped")}
    assert reasons == {
        blocked: "the customer is tagged 'blocked'",
        other_owner: "another user owns it",
        walk_in: "the source is not 'Facebook'",
    }


def test_amount_condition_on_deals_and_purchases(store, clock: ManualClock, live_events) -> None:
    rule(clock, "purchase_recorded", TASK, conditions=[{"type": "amount", "min_minor": 100_000}])
    rule(
        clock,
        "deal_won",
        [{"type": "log_note", "text": "big win"}],
        conditions=[{"type": "amount", "min_minor": 500_000, "max_minor": 900_000}],
    )
    small, big = add_customer("Small"), add_customer("Big")
    purchases.record_purchase(small, 99_999)
    purchases.record_purchase(big, 100_000)
    assert thanked() == ["Big"]
    for value in (400_000, 600_000, 1_000_000):
        pipeline.mark_won(
            pipeline.create_deal(pipeline.DealInput(big, f"deal {value}", value_minor=value)).value
        )
    assert [r.status for r in RuleRun.select().where(RuleRun.event_key.startswith("won:"))] == [
        "skipped",
        "done",
        "skipped",
    ]


def test_rfm_segment_condition(store, clock: ManualClock) -> None:
    loyal = add_customer("Loyal")
    once = add_customer("Once")
    for days in (300, 200, 100, 30, 5):
        purchases.record_purchase(loyal, 500_000, occurred_at=utcnow() - timedelta(days=days))
    purchases.record_purchase(once, 1_000, occurred_at=utcnow() - timedelta(days=330))
    clock.current = utcnow()
    rule(clock, "no_interaction", TASK, {"days": 1}, conditions=[{"type": "rfm_segment", "segment": "loyal"}])
    clock.advance(days=2)
    engine.run_due(clock)
    assert thanked() == ["Loyal"]
    assert "not in the 'Lost' segment" not in RuleRun.get(RuleRun.customer == once).detail
    assert "segment" in RuleRun.get(RuleRun.customer == once).detail


def test_a_rule_is_checked_when_saved_and_the_error_names_the_problem(store) -> None:
    with pytest.raises(ValidationError) as refused:
        create_rule(
            RuleSpec(
                "",
                "deal_stage_entered",
                {"stage_id": 999},
                [{"type": "rfm_segment", "segment": "vips"}],
                [{"type": "create_task", "title": "Call {frist_name}", "due_days": -1}, {"type": "fly"}],
            )
        )
    text = str(refused.value)
    for expected in (
        "name",
        "stage 999 does not exist",
        "'vips' is not an RFM segment",
        "{frist_name}",
        "due days",
        "'fly'",
    ):
        assert expected in text
    with pytest.raises(ValidationError, match="at least one action"):
        create_rule(RuleSpec("Nothing", "customer_created"))
    assert AutomationRule.select().count() == 0


def test_presets_are_installed_off_once_and_work_when_switched_on(
    store, clock: ManualClock, live_events
) -> None:
    assert ensure_presets().value == 5
    assert ensure_presets().value == 0  # once per database: a deleted preset stays deleted
    rules = {r.preset: r for r in list_rules()}
    assert set(rules) == {
        "quote_follow_up",
        "thank_you_email",
        "no_contact_30",
        "birthday_greeting",
        "complaint_ack",
    }
    assert not any(r.enabled for r in rules.values())
    cid = add_customer("Rahim Uddin", given_name="Rahim", emails=["rahim@example.com"])
    purchases.record_purchase(cid, 10_000)
    assert OutboxMessage.select().count() == 0  # off: nothing happens
    for key in ("thank_you_email", "complaint_ack", "quote_follow_up"):
        set_enabled(rules[key].id, True, now=clock.now())
    purchases.record_purchase(cid, 20_000)
    tickets.open_ticket(cid, "Torn bag")
    tickets.open_ticket(cid, "More colours please", kind="request")
    deal = pipeline.create_deal(pipeline.DealInput(cid, "Wedding order")).value
    pipeline.move_deal(deal, stage_id("Quote sent"))
    assert [m.subject for m in OutboxMessage.select().order_by(OutboxMessage.id)] == [
        "Thank you, Rahim!",
        "We are looking into it: Torn bag",
    ]
    assert [t.title for t in Task.select()] == ["Follow up on the quote: Wedding order"]
    assert {h.status for h in history(rules["thank_you_email"].id)} == {"done"}


def test_editing_a_rule_keeps_its_history(store, clock: ManualClock, live_events) -> None:
    rid = rule(clock, "purchase_recorded", TASK)
    cid = add_customer()
    purchases.record_purchase(cid, 10_000)
    update_rule(rid, RuleSpec("Renamed", "purchase_recorded", actions=[{"type": "add_tag", "tag": "buyer"}]))
    [row] = list_rules()
    assert (row.spec.name, row.runs, row.failures, row.enabled) == ("Renamed", 1, 0, True)
