"""What happens with a customer over time: calls and notes, purchases and
refunds, tasks, tickets, and the timeline that shows all of it in pages."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from crm_desktop.db.models import Customer, DealStageChange, Interaction, Purchase, Task, Ticket
from crm_desktop.db.store import Store
from crm_desktop.services.customer_list import customer_ids, customer_rows
from crm_desktop.services.customers import CustomerInput, create_customer, trash_customers
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.interactions import log_interaction, restore_interactions, trash_interactions
from crm_desktop.services.pipeline import DealInput, create_deal, move_deal, pipelines, stages, trash_deals
from crm_desktop.services.purchases import record_purchase, restore_purchases, trash_purchases
from crm_desktop.services.tasks import TaskInput, create_task, restore_tasks, set_done, tasks_in, trash_tasks
from crm_desktop.services.tickets import open_ticket, set_status
from crm_desktop.services.timeline import timeline_page

T0 = datetime(2024, 3, 10, 12, 0, 0)


@pytest.fixture
def rahim(store: Store) -> int:
    return create_customer(CustomerInput(display_name="রহিম", phones=["01712345678"])).value


@pytest.fixture
def karim(store: Store) -> int:
    return create_customer(CustomerInput(display_name="করিম")).value


def fields(error: ValidationError) -> set[str]:
    return {e.field for e in error.errors}


# --- interactions ------------------------------------------------------------------------


def test_an_unknown_channel_is_named(rahim: int) -> None:
    with pytest.raises(ValidationError) as info:
        log_interaction(rahim, "pigeon", direction="sideways")
    assert fields(info.value) == {"channel", "direction"}
    assert "pigeon" in str(info.value)
    assert "call" in info.value.for_field("channel")[0].message  # says what would be accepted
    assert Interaction.select().count() == 0


def test_an_empty_note_is_refused(rahim: int) -> None:
    with pytest.raises(ValidationError) as info:
        log_interaction(rahim, "note", body="   ")
    assert fields(info.value) == {"body"}
    assert log_interaction(rahim, "call").value  # a call needs no text
    assert Interaction.select().count() == 1


def test_logging_for_a_missing_or_trashed_customer(rahim: int) -> None:
    trash_customers([rahim])
    for cid in (rahim, 4242):
        with pytest.raises(NotFoundError):
            log_interaction(cid, "call", body="x")
    assert Interaction.select().count() == 0


def test_last_contact_only_moves_forward(rahim: int, karim: int) -> None:
    outcome = log_interaction(rahim, "call", body="দাম", occurred_at=T0)
    assert outcome.changes.kinds == {"interaction", "customer"}
    assert outcome.changes.customer_ids == {rahim}
    assert customer_rows([rahim])[rahim].last_contact_at == T0
    log_interaction(rahim, "visit", occurred_at=T0 - timedelta(days=30))  # logged late, happened earlier
    assert customer_rows([rahim])[rahim].last_contact_at == T0
    log_interaction(rahim, "whatsapp", direction="in", occurred_at=T0 + timedelta(minutes=5))
    assert customer_rows([rahim])[rahim].last_contact_at == T0 + timedelta(minutes=5)
    log_interaction(karim, "sms", occurred_at=T0 - timedelta(days=1))
    assert customer_ids(sort="last_contact", descending=True) == [rahim, karim]


def test_an_interaction_is_stored_as_typed(rahim: int) -> None:
    iid = log_interaction(
        rahim, "meeting", direction="in", subject=" দাম ", body=" চাল কত? ", occurred_at=T0
    ).value
    row = Interaction.get_by_id(iid)
    assert (row.channel, row.direction, row.subject, row.body, row.occurred_at) == (
        "meeting",
        "in",
        "দাম",
        "চাল কত?",
        T0,
    )


# --- purchases ------------------------------------------------------------------------------


def test_purchases_refunds_and_lifetime_value_in_taka_only(rahim: int) -> None:
    outcome = record_purchase(rahim, 150_000, occurred_at=T0, description=" চাল ", reference="R-1")
    assert outcome.changes.kinds == {"purchase", "customer"}
    record_purchase(rahim, -5_000, occurred_at=T0 + timedelta(days=1), description="ফেরত")
    record_purchase(rahim, 2_000, currency="usd", occurred_at=T0 + timedelta(days=2))
    row = customer_rows([rahim])[rahim]
    assert row.lifetime_value_minor == 145_000  # dollars are never added to taka
    assert Customer.get_by_id(rahim).last_purchase_at == T0 + timedelta(days=2)
    amounts = [(p.amount_minor, p.currency) for p in Purchase.select().order_by(Purchase.id)]
    assert amounts == [(150_000, "BDT"), (-5_000, "BDT"), (2_000, "USD")]


@pytest.mark.parametrize(
    ("amount", "currency", "bad"),
    [
        (0, "BDT", {"amount"}),
        (10.5, "BDT", {"amount"}),
        (True, "BDT", {"amount"}),
        (100, "TAKA", {"currency"}),
        (100, "৳", {"currency"}),
        (0, "", {"amount", "currency"}),
    ],
)
def test_bad_purchases_are_refused_by_field(rahim: int, amount, currency: str, bad: set[str]) -> None:
    with pytest.raises(ValidationError) as info:
        record_purchase(rahim, amount, currency=currency)
    assert fields(info.value) == bad
    assert Purchase.select().count() == 0
    assert customer_rows([rahim])[rahim].lifetime_value_minor == 0


def test_a_mistyped_purchase_deleted_leaves_the_totals_and_undo_puts_it_back(rahim: int) -> None:
    record_purchase(rahim, 1_500_00, occurred_at=datetime(2025, 1, 5, 10))
    typo = record_purchase(rahim, 150_000_00, occurred_at=datetime(2025, 2, 1, 10)).value
    assert Customer.get_by_id(rahim).lifetime_value_minor == 151_500_00

    assert trash_purchases([typo]).value == [typo]
    customer = Customer.get_by_id(rahim)
    assert customer.lifetime_value_minor == 1_500_00 and customer.last_purchase_at == datetime(2025, 1, 5, 10)
    assert trash_purchases([typo]).value == []  # already in the trash: nothing moves twice

    restore_purchases([typo])
    assert Customer.get_by_id(rahim).lifetime_value_minor == 151_500_00


def test_deleting_the_latest_contact_moves_last_contact_back(rahim: int) -> None:
    log_interaction(rahim, "call", body="first", occurred_at=datetime(2025, 1, 5, 10))
    latest = log_interaction(rahim, "visit", body="second", occurred_at=datetime(2025, 3, 1, 10)).value
    trash_interactions([latest])
    assert Customer.get_by_id(rahim).last_contact_at == datetime(2025, 1, 5, 10)
    restore_interactions([latest])
    assert Customer.get_by_id(rahim).last_contact_at == datetime(2025, 3, 1, 10)


def test_a_purchase_for_a_trashed_customer_is_not_recorded(rahim: int) -> None:
    trash_customers([rahim])
    with pytest.raises(NotFoundError):
        record_purchase(rahim, 100)
    assert Purchase.select().count() == 0


def test_the_list_sorts_by_lifetime_value(rahim: int, karim: int) -> None:
    record_purchase(rahim, 1_000)
    record_purchase(karim, 9_000)
    record_purchase(rahim, 50_000, currency="USD")
    assert customer_ids(sort="lifetime_value", descending=True) == [karim, rahim]


# --- tasks ---------------------------------------------------------------------------------


def test_a_bad_task_is_refused_by_field(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        create_task(TaskInput(title=" ", priority=7, customer_id=4242, deal_id=4242))
    assert fields(info.value) == {"title", "priority", "customer_id", "deal_id"}
    assert Task.select().count() == 0


def test_a_task_about_a_deal_belongs_to_its_customer(rahim: int) -> None:
    deal = create_deal(DealInput(customer_id=rahim, title="চাল")).value
    outcome = create_task(TaskInput(title="কোটেশন পাঠান", deal_id=deal))
    assert outcome.changes.customer_ids == {rahim}
    [row] = tasks_in("upcoming")
    assert (row.customer_id, row.customer_name, row.deal_id, row.deal_title) == (rahim, "রহিম", deal, "চাল")


def _titles(bucket: str, **kwargs) -> list[str]:
    return [t.title for t in tasks_in(bucket, **kwargs)]


def test_tasks_fall_into_buckets_by_time(rahim: int) -> None:
    def task(title: str, due: datetime | None) -> int:
        return create_task(TaskInput(title=title, due_at=due, customer_id=rahim)).value

    task("last week", T0 - timedelta(days=7))
    task("this morning", T0 - timedelta(hours=3))
    task("this evening", T0 + timedelta(hours=6))
    task("tonight, last second", T0.replace(hour=23, minute=59, second=59))
    task("tomorrow midnight", T0.replace(hour=0) + timedelta(days=1))
    task("someday", None)
    task("next month", T0 + timedelta(days=30))
    done = task("done already", T0 - timedelta(days=1))
    set_done(done)

    assert _titles("overdue", now=T0) == ["last week", "this morning"]
    assert _titles("today", now=T0) == ["this evening", "tonight, last second"]
    assert _titles("upcoming", now=T0) == ["tomorrow midnight", "next month", "someday"]
    assert _titles("done", now=T0) == ["done already"]
    with pytest.raises(ValueError):
        tasks_in("soon")


def test_today_follows_the_users_day_not_utc(rahim: int) -> None:
    """In Dhaka (UTC+6) the day of 10 March starts at 9 March 18:00 UTC."""
    dhaka_day_start = datetime(2024, 3, 9, 18, 0)
    create_task(TaskInput(title="20:00 UTC = 02:00 in Dhaka tomorrow", due_at=datetime(2024, 3, 10, 20, 0)))
    create_task(TaskInput(title="17:00 UTC = 23:00 in Dhaka", due_at=datetime(2024, 3, 10, 17, 0)))
    assert _titles("today", now=T0, day_start=dhaka_day_start) == ["17:00 UTC = 23:00 in Dhaka"]
    assert _titles("upcoming", now=T0, day_start=dhaka_day_start) == ["20:00 UTC = 02:00 in Dhaka tomorrow"]
    assert len(_titles("today", now=T0)) == 2  # a UTC day would count both as today


def test_set_done_and_undo(rahim: int) -> None:
    first = create_task(TaskInput(title="first", due_at=T0 - timedelta(days=1))).value
    second = create_task(TaskInput(title="second", due_at=T0 - timedelta(days=2))).value
    set_done(first)
    assert _titles("overdue", now=T0) == ["second"]
    assert Task.get_by_id(first).done_at is not None
    outcome = set_done(first, False)
    assert outcome.changes.kinds == {"task"}
    assert Task.get_by_id(first).done_at is None
    assert _titles("overdue", now=T0) == ["second", "first"]
    with pytest.raises(NotFoundError):
        set_done(4242)
    trash_tasks([second])
    with pytest.raises(NotFoundError):
        set_done(second)


def test_trashed_tasks_and_tasks_of_trashed_customers_are_hidden(rahim: int, karim: int) -> None:
    mine = create_task(TaskInput(title="mine", customer_id=rahim)).value
    create_task(TaskInput(title="karim's", customer_id=karim))
    create_task(TaskInput(title="nobody's"))
    trash_customers([karim])
    assert sorted(_titles("upcoming")) == ["mine", "nobody's"]
    trash_tasks([mine])
    assert _titles("upcoming") == ["nobody's"]
    restore_tasks([mine])
    assert sorted(_titles("upcoming")) == ["mine", "nobody's"]


# --- tickets ---------------------------------------------------------------------------------


def test_a_bad_ticket_is_refused_by_field(rahim: int) -> None:
    with pytest.raises(ValidationError) as info:
        open_ticket(rahim, "  ", kind="praise", priority=9)
    assert fields(info.value) == {"subject", "kind", "priority"}
    trash_customers([rahim])
    with pytest.raises(ValidationError) as info:
        open_ticket(rahim, "চাল ভেজা")
    assert fields(info.value) == {"customer_id"}
    assert Ticket.select().count() == 0


def test_ticket_status_sets_and_clears_closed_at(rahim: int) -> None:
    tid = open_ticket(rahim, " চাল ভেজা ছিল ", body="বদলে দিন", kind="complaint").value
    ticket = Ticket.get_by_id(tid)
    assert (ticket.subject, ticket.status, ticket.closed_at) == ("চাল ভেজা ছিল", "open", None)
    set_status(tid, "in_progress")
    assert Ticket.get_by_id(tid).closed_at is None
    set_status(tid, "resolved")
    resolved_at = Ticket.get_by_id(tid).closed_at
    assert resolved_at is not None
    Ticket.update(closed_at=resolved_at - timedelta(days=1)).where(Ticket.id == tid).execute()  # a day passes
    set_status(tid, "closed")
    assert Ticket.get_by_id(tid).closed_at == resolved_at - timedelta(
        days=1
    )  # closing keeps when it was solved
    set_status(tid, "open")  # the customer came back
    assert Ticket.get_by_id(tid).closed_at is None
    with pytest.raises(ValidationError) as info:
        set_status(tid, "forgotten")
    assert fields(info.value) == {"status"}
    assert Ticket.get_by_id(tid).status == "open"
    with pytest.raises(NotFoundError):
        set_status(4242, "closed")


# --- timeline ---------------------------------------------------------------------------------


def every_event(customer_id: int, page_size: int, **kwargs) -> list:
    events, cursor, pages = [], None, 0
    while True:
        page = timeline_page(customer_id, after=cursor, limit=page_size, **kwargs)
        if not page:
            return events
        assert len(page) <= page_size
        events += page
        cursor = page[-1].cursor
        pages += 1
        assert pages < 1000, "the cursor does not advance"


def test_timeline_is_newest_first_across_kinds(rahim: int, karim: int) -> None:
    log_interaction(rahim, "call", body="প্রথম ফোন", occurred_at=T0)
    record_purchase(rahim, 150_000, occurred_at=T0 + timedelta(hours=1), description="চাল")
    create_deal(DealInput(customer_id=rahim, title="তেল", value_minor=9_000))
    DealStageChange.update(changed_at=T0 + timedelta(hours=2)).execute()
    create_task(TaskInput(title="ফোন করুন", due_at=T0 + timedelta(hours=3), customer_id=rahim))
    ticket = open_ticket(rahim, "চাল ভেজা").value
    Ticket.update(opened_at=T0 + timedelta(hours=4)).where(Ticket.id == ticket).execute()
    log_interaction(karim, "call", occurred_at=T0 + timedelta(hours=5))  # someone else's

    page = timeline_page(rahim)
    assert [(e.kind, e.title) for e in page] == [
        ("ticket", "চাল ভেজা"),
        ("task", "ফোন করুন"),
        ("stage_change", "তেল"),
        ("purchase", "চাল"),
        ("interaction", ""),
    ]
    assert [e.at for e in page] == [T0 + timedelta(hours=h) for h in (4, 3, 2, 1, 0)]
    by_kind = {e.kind: e for e in page}
    assert (by_kind["interaction"].detail, by_kind["interaction"].channel) == ("প্রথম ফোন", "call")
    assert (by_kind["purchase"].amount_minor, by_kind["purchase"].currency) == (150_000, "BDT")
    assert by_kind["stage_change"].status == "New lead"
    assert (by_kind["ticket"].channel, by_kind["ticket"].status) == ("complaint", "open")
    assert by_kind["task"].status == "open"


def test_timeline_kind_filter(rahim: int) -> None:
    log_interaction(rahim, "call", occurred_at=T0)
    record_purchase(rahim, 100, occurred_at=T0)
    record_purchase(rahim, 200, occurred_at=T0 + timedelta(seconds=1))
    assert [e.amount_minor for e in timeline_page(rahim, kinds=["purchase"])] == [200, 100]
    assert {e.kind for e in timeline_page(rahim, kinds=["interaction", "purchase"])} == {
        "interaction",
        "purchase",
    }
    assert timeline_page(rahim, kinds=[]) == []
    assert timeline_page(rahim, kinds=["nonsense"]) == []


def test_paging_returns_every_event_exactly_once(rahim: int, karim: int) -> None:
    """237 events on few distinct timestamps (shops log in bursts), pages of 50."""
    moments = [T0 + timedelta(minutes=m) for m in (0, 0, 1, 1, 1, 7)] + [
        T0 + timedelta(minutes=1, microseconds=500_000)
    ]

    def at(i: int) -> datetime:
        return moments[i % len(moments)]

    for i in range(100):
        log_interaction(rahim, "call", body=f"ফোন {i}", occurred_at=at(i))
    for i in range(60):
        record_purchase(rahim, 100 + i, occurred_at=at(i))
    for i in range(40):
        create_task(TaskInput(title=f"task {i}", due_at=at(i), customer_id=rahim))
    for i in range(20):
        tid = open_ticket(rahim, f"ticket {i}").value
        Ticket.update(opened_at=at(i)).where(Ticket.id == tid).execute()
    deals = [create_deal(DealInput(customer_id=rahim, title=f"deal {i}")).value for i in range(10)]
    qualified = stages(pipelines()[0].id)[1].id
    for deal in deals[:7]:
        move_deal(deal, qualified, 0)
    for i, change in enumerate(DealStageChange.select().order_by(DealStageChange.id)):
        DealStageChange.update(changed_at=at(i)).where(DealStageChange.id == change.id).execute()
    for i in range(15):
        log_interaction(karim, "call", occurred_at=at(i))  # not rahim's

    events = every_event(rahim, 50)
    keys = [(e.kind, e.id) for e in events]
    assert len(keys) == 237
    assert len(set(keys)) == 237
    expected = (
        {("interaction", i.id) for i in Interaction.select().where(Interaction.customer == rahim)}
        | {("purchase", p.id) for p in Purchase.select()}
        | {("task", t.id) for t in Task.select()}
        | {("ticket", t.id) for t in Ticket.select()}
        | {("stage_change", h.id) for h in DealStageChange.select()}
    )
    assert set(keys) == expected
    order = [e.cursor for e in events]
    assert order == sorted(order, reverse=True)
    # an odd page size that splits runs of equal timestamps differently
    assert [(e.kind, e.id) for e in every_event(rahim, 7)] == keys
    assert [(e.kind, e.id) for e in every_event(rahim, 1)][:60] == keys[:60]


def test_trashed_things_leave_the_timeline(rahim: int) -> None:
    kept = log_interaction(rahim, "call", occurred_at=T0).value
    gone = log_interaction(rahim, "sms", occurred_at=T0 + timedelta(minutes=1)).value
    deal = create_deal(DealInput(customer_id=rahim, title="চাল")).value
    task = create_task(TaskInput(title="ফোন", customer_id=rahim)).value
    assert {e.kind for e in timeline_page(rahim)} == {"interaction", "stage_change", "task"}
    trash_interactions([gone])
    trash_deals([deal])
    trash_tasks([task])
    assert [(e.kind, e.id) for e in timeline_page(rahim)] == [("interaction", kept)]
    restore_interactions([gone])
    assert [(e.kind, e.id) for e in timeline_page(rahim)] == [("interaction", gone), ("interaction", kept)]


def test_a_done_task_sits_at_the_time_it_was_done(rahim: int) -> None:
    log_interaction(rahim, "call", occurred_at=datetime(2000, 1, 1))
    tid = create_task(TaskInput(title="পুরনো", due_at=datetime(1999, 1, 1), customer_id=rahim)).value
    assert timeline_page(rahim)[0].kind == "interaction"
    set_done(tid)
    first = timeline_page(rahim)[0]
    assert (first.kind, first.status) == ("task", "done")
